//! `hq-planner export` and `hq-planner import`: thin wrappers around
//! [`crate::core::report`], which the app uses too.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use chrono::{NaiveDate, Timelike};

use crate::core::file;
use crate::core::input::{self, ImportMode, ImportOptions};
use crate::core::report::{ExportFormat, ExportOptions, Lang, ReportModel, SignOff};
use crate::core::solve::{Solution, SolveControl, SolveOptions, SolveStatus, check, solve};

/// Export format on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FormatArg {
    /// Excel workbook (Summary, Headquarters, Units, Cadres, Transport, Housing, Rules).
    Xlsx,
    /// PDF committee report (A4).
    Pdf,
    /// Per-cadre CSV (UTF-8 with BOM).
    Csv,
}

/// A language on the command line: its tag, `vi` or `en`.
pub fn parse_lang(tag: &str) -> Result<Lang, String> {
    Lang::from_tag(tag).ok_or_else(|| format!("unknown language {tag:?}: use vi or en"))
}

/// Arguments of `hq-planner export`.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// Plan file (.ron).
    pub file: PathBuf,
    /// Scenario id or name (default: the plan's first). Repeat to add scenarios
    /// to the XLSX Comparison sheet; the first is reported in detail.
    #[arg(long)]
    pub scenario: Vec<String>,
    /// Compare every scenario of the plan (XLSX Comparison sheet).
    #[arg(long)]
    pub all_scenarios: bool,
    /// Output format.
    #[arg(long, value_enum)]
    pub format: FormatArg,
    /// Output file.
    #[arg(short, long)]
    pub output: PathBuf,
    /// Replace names by staff codes and leave out birth dates and gender.
    #[arg(long)]
    pub anonymize: bool,
    /// PDF: leave out the appendix listing every cadre (one landscape row each;
    /// about 19 cadres a page with their reasons, so some 136 pages for 2,582 people).
    #[arg(long)]
    pub no_staff_list: bool,
    /// Language of the export.
    #[arg(long, value_parser = parse_lang, default_value = "vi")]
    pub lang: Lang,
    /// Solver time limit per scenario, seconds (default: the solver's).
    #[arg(long, default_value_t = SolveOptions::default().time_limit_secs)]
    pub time_limit: f64,
    /// Relative MIP gap at which the solver may stop (default: the solver's).
    #[arg(long, default_value_t = SolveOptions::default().mip_gap)]
    pub gap: f64,
    /// Name printed under "Prepared by" in the PDF sign-off block (and on the XLSX Summary).
    #[arg(long, default_value = "")]
    pub prepared_by: String,
    /// Name printed under "Reviewed by".
    #[arg(long, default_value = "")]
    pub reviewed_by: String,
    /// Name printed under "Approved by".
    #[arg(long, default_value = "")]
    pub approved_by: String,
    /// Date printed under "Prepared by", dd/mm/yyyy or yyyy-mm-dd (default: a
    /// blank line to fill in by hand).
    #[arg(long, value_name = "DATE", value_parser = sign_off_date)]
    pub prepared_on: Option<NaiveDate>,
    /// Date printed under "Reviewed by", dd/mm/yyyy or yyyy-mm-dd.
    #[arg(long, value_name = "DATE", value_parser = sign_off_date)]
    pub reviewed_on: Option<NaiveDate>,
    /// Date printed under "Approved by", dd/mm/yyyy or yyyy-mm-dd.
    #[arg(long, value_name = "DATE", value_parser = sign_off_date)]
    pub approved_on: Option<NaiveDate>,
    /// Solutions written by `hq-planner solve --json FILE`: a scenario found in
    /// it is checked against the plan and exported without solving again.
    #[arg(long)]
    pub solution: Option<PathBuf>,
    /// Export time to print in the audit stamp, "YYYY-MM-DD HH:MM:SS" (default:
    /// now); with it, the same plan and settings give byte-identical CSV and PDF files,
    /// and byte-identical XLSX files when the solution comes from `--solution` (a
    /// fresh solve's measured seconds are in the workbook's Summary).
    #[arg(long)]
    pub export_time: Option<String>,
}

/// Parses a sign-off date flag; clap names the flag in the error.
fn sign_off_date(text: &str) -> Result<NaiveDate, String> {
    crate::core::report::fmt::parse_date(text)
        .ok_or_else(|| "expected a date as dd/mm/yyyy (e.g. 05/03/2026) or yyyy-mm-dd".to_owned())
}

/// Arguments of `hq-planner import`.
#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// Plan file (.ron) to import into; saved atomically (previous version kept as
    /// .bak), and refused if another program saved it while the import ran.
    pub file: PathBuf,
    /// Staff list: .csv (UTF-8, comma/semicolon/tab), .xlsx, .xls or .ods.
    #[arg(long)]
    pub staff: PathBuf,
    /// Column mapping file, one `Header = field` line per column (`-` ignores a
    /// column); headers not in it use the plan's saved mapping or a guess.
    #[arg(long)]
    pub mapping: Option<PathBuf>,
    /// Replace the staff list instead of merging (update by staff code, add new).
    #[arg(long)]
    pub replace: bool,
    /// With --replace: allow removing every cadre of the plan (a file with no
    /// staff, or none of the plan's staff codes); refused without it.
    #[arg(long, requires = "replace")]
    pub allow_empty: bool,
    /// Write the rejected rows with their reasons to this file (.csv or .xlsx);
    /// never one of the input files (refused before anything is read).
    #[arg(long)]
    pub rejected: Option<PathBuf>,
    /// Check and report only; do not save the plan (a --rejected file is still
    /// written: it is the report asked for).
    #[arg(long)]
    pub dry_run: bool,
}

/// Runs `hq-planner export`: solves the scenario(s) and writes the file.
///
/// Exit code 0: written; 1: the plan file is invalid; 3: written, but the
/// scenario has no valid plan (the export then carries the diagnosis); 4: no
/// plan was found within the time limit, nothing written; 130: interrupted,
/// nothing written (see [`super::exit_code`]).
pub fn run_export(args: ExportArgs) -> Result<ExitCode> {
    if args.time_limit.is_nan() || args.time_limit <= 0.0 || args.gap.is_nan() || args.gap < 0.0 {
        anyhow::bail!("--time-limit must be positive and --gap zero or more");
    }
    let exported_at = match &args.export_time {
        Some(t) => chrono::NaiveDateTime::parse_from_str(t, "%Y-%m-%d %H:%M:%S")
            .with_context(|| format!("--export-time \"{t}\": expected YYYY-MM-DD HH:MM:SS"))?,
        None => chrono::Local::now()
            .naive_local()
            .with_nanosecond(0)
            .unwrap_or_default(),
    };
    let plan_bytes =
        std::fs::read(&args.file).with_context(|| format!("reading {}", args.file.display()))?;
    let Some(checked) = super::load_or_report(&args.file)? else {
        return Ok(ExitCode::from(super::exit_code::INVALID));
    };
    let plan = checked.plan();
    let ctl = SolveControl::default();
    super::solve_cmd::cancel_on_interrupt(&ctl.cancel);
    let mut wanted: Vec<String> = Vec::new();
    for s in &args.scenario {
        let Some(sc) = plan.scenario(s) else {
            let known: Vec<&str> = plan.scenarios.iter().map(|s| s.id.as_str()).collect();
            anyhow::bail!(
                "no scenario \"{s}\" in {}; known: {}",
                args.file.display(),
                known.join(", ")
            );
        };
        if !wanted.contains(&sc.id) {
            wanted.push(sc.id.clone());
        }
    }
    if args.all_scenarios || wanted.is_empty() {
        for sc in &plan.scenarios {
            if !wanted.contains(&sc.id) && (args.all_scenarios || wanted.is_empty()) {
                wanted.push(sc.id.clone());
                if !args.all_scenarios {
                    break;
                }
            }
        }
    }
    if wanted.is_empty() {
        anyhow::bail!("{} has no scenario to export", args.file.display());
    }
    let solve_opts = SolveOptions {
        time_limit_secs: args.time_limit,
        mip_gap: args.gap,
        ..SolveOptions::default()
    };
    let opts = ExportOptions {
        lang: args.lang,
        anonymize: args.anonymize,
        exported_at,
        sign_off: SignOff {
            prepared_by: args.prepared_by.clone(),
            reviewed_by: args.reviewed_by.clone(),
            approved_by: args.approved_by.clone(),
            prepared_on: args.prepared_on,
            reviewed_on: args.reviewed_on,
            approved_on: args.approved_on,
        },
    };
    let stored: Vec<Solution> = match &args.solution {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("reading {}", path.display()))?;
            serde_json::from_str::<Vec<Solution>>(&text)
                .or_else(|_| serde_json::from_str::<Solution>(&text).map(|s| vec![s]))
                .with_context(|| {
                    format!(
                        "{}: not a solution file written by `hq-planner solve --json`",
                        path.display()
                    )
                })?
        }
        None => Vec::new(),
    };
    let mut models = Vec::with_capacity(wanted.len());
    let mut first_valid = true;
    for (i, id) in wanted.iter().enumerate() {
        let Some(scenario) = plan.scenario(id) else {
            continue;
        };
        let given = stored.iter().find(|s| &s.scenario == id);
        let solution = match given {
            Some(sol) if sol.assignments.is_empty() && !sol.has_plan() => {
                // No plan to check: refused below unless it carries a diagnosis.
                sol.clone()
            }
            Some(sol) => {
                // A stored solution must still fit the plan (it may have been edited since).
                let hard: Vec<String> = check(&checked, id, None, sol)
                    .with_context(|| format!("checking the stored solution of \"{id}\""))?
                    .into_iter()
                    .filter(|v| v.hard)
                    .map(|v| v.message)
                    .collect();
                if !hard.is_empty() {
                    anyhow::bail!(
                        "the stored solution of \"{}\" breaks {} hard rule(s) of the plan (was the plan edited?): {}",
                        scenario.name,
                        hard.len(),
                        hard.iter().take(3).cloned().collect::<Vec<_>>().join("; ")
                    );
                }
                eprintln!("using the stored solution of \"{}\"", scenario.name);
                sol.clone()
            }
            None => {
                // No solution at hand: solve now (baselines first).
                let s = solve(&checked, id, &solve_opts, &ctl)
                    .with_context(|| format!("solving scenario \"{}\"", scenario.name))?;
                eprintln!(
                    "solved \"{}\": {}",
                    scenario.name,
                    super::solve_cmd::status_line(&s)
                );
                s
            }
        };
        // Only a plan or a diagnosis is worth a committee's paper: a run that
        // stopped before either exists writes nothing.
        let interrupted = ctl.cancel.load(std::sync::atomic::Ordering::SeqCst);
        let nothing = solution.assignments.is_empty()
            && matches!(
                solution.status,
                SolveStatus::TimeLimitNoSolution | SolveStatus::Cancelled
            );
        if interrupted || nothing {
            let code = if interrupted {
                super::exit_code::INTERRUPTED
            } else {
                super::solve_cmd::status_exit_code(&solution)
            };
            eprintln!(
                "error: scenario \"{}\" has no plan to export ({}); {} was not written",
                scenario.name,
                super::solve_cmd::status_line(&solution),
                args.output.display()
            );
            return Ok(ExitCode::from(code));
        }
        if i == 0 {
            first_valid = matches!(
                solution.status,
                SolveStatus::Optimal | SolveStatus::Feasible | SolveStatus::Evaluated
            );
        }
        models.push(ReportModel::build(
            plan,
            &plan_bytes,
            scenario,
            &solution,
            &solution.kpis.soft_violations,
            &opts,
        ));
    }
    let format = match args.format {
        FormatArg::Xlsx => ExportFormat::Xlsx,
        FormatArg::Pdf => ExportFormat::Pdf,
        FormatArg::Csv => ExportFormat::Csv,
    };
    let started = std::time::Instant::now();
    let written = if format == ExportFormat::Pdf {
        let pdf_opts = crate::core::report::pdf::PdfOptions {
            staff_list: !args.no_staff_list,
        };
        crate::core::report::pdf::pdf_bytes_with(&models[0], pdf_opts, &mut |_| {})
            .and_then(|bytes| crate::core::report::write_file(&args.output, &bytes))
    } else {
        crate::core::report::write_export(&models, format, &args.output, &mut |_| {})
    };
    written.with_context(|| format!("exporting to {}", args.output.display()))?;
    let m = &models[0];
    println!(
        "wrote {} in {:.2} s ({}, scenario \"{}\"{}, {} cadres)",
        args.output.display(),
        started.elapsed().as_secs_f64(),
        format.extension(),
        m.scenario_name,
        if models.len() > 1 {
            format!(" + {} compared", models.len() - 1)
        } else {
            String::new()
        },
        m.cadres.len()
    );
    println!("{}", m.stamp.short(opts.lang));
    Ok(if first_valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(super::exit_code::INFEASIBLE)
    })
}

/// Runs `hq-planner import`.
///
/// Exit code 0: every row imported; 1: the plan is invalid, or some rows were
/// rejected (the others are imported and listed); 2: the files could not be
/// read, `--rejected` names one of the inputs, or a replace would remove every
/// cadre without `--allow-empty`.
pub fn run_import(args: ImportArgs) -> Result<ExitCode> {
    // An output onto an input would destroy it (the plan, even with
    // --dry-run; the staff list): refused before anything is read or written.
    if let Some(out) = &args.rejected {
        let mut inputs = vec![("plan file", &args.file), ("staff list", &args.staff)];
        if let Some(m) = &args.mapping {
            inputs.push(("mapping file", m));
        }
        for (what, input) in inputs {
            if input::same_file(out, input) {
                anyhow::bail!(
                    "--rejected {} is the {what} {}: writing the rejected rows there would destroy it. Nothing was read or written; choose another file (e.g. rejected.csv)",
                    out.display(),
                    input.display()
                );
            }
        }
    }
    let Some((checked, read)) = super::load_or_report_with_fingerprint(&args.file)? else {
        return Ok(ExitCode::from(1));
    };
    let mut plan = checked.into_plan();
    let started = std::time::Instant::now();
    let table = input::read_staff_file(&args.staff, &mut |_| {})
        .with_context(|| format!("reading staff list {}", args.staff.display()))?;

    let mut saved = plan.import_mapping.clone();
    if let Some(m) = &args.mapping {
        let text = std::fs::read_to_string(m)
            .with_context(|| format!("reading mapping file {}", m.display()))?;
        match input::mapping_from_text(&text) {
            Ok(v) => saved.extend(v),
            Err(errors) => {
                for e in &errors {
                    eprintln!("{}: {e}", m.display());
                }
                anyhow::bail!("{}: {} bad line(s)", m.display(), errors.len());
            }
        }
    }
    let mapping = input::mapping_for(&table.headers, &saved);
    println!(
        "{}: header on row {}, {} data rows{}",
        args.staff.display(),
        table.header_row,
        table.rows.len(),
        if table.sheet.is_empty() {
            String::new()
        } else {
            format!(" (sheet \"{}\")", input::shown(&table.sheet, Lang::En))
        }
    );
    if let Some((first, last)) = table.stamp_rows {
        println!(
            "{}: rows {first} to {last} are the audit stamp of an HQ Planner export, not staff; left out",
            args.staff.display()
        );
    }
    println!("Column mapping (edit and pass with --mapping FILE):");
    for m in &mapping {
        // The header as `mapping_to_text` writes it, made safe for the terminal.
        let key = m.field.map_or("-", input::field_key);
        println!("  {} = {key}", input::shown(&m.header, Lang::En));
    }

    let mode = if args.replace {
        ImportMode::Replace
    } else {
        ImportMode::Merge
    };
    let today = chrono::Local::now().date_naive();
    let opts = ImportOptions {
        allow_empty: args.allow_empty,
        ..ImportOptions::for_day(mode, today)
    };
    let preview = input::preview(&plan, &table, &mapping, &opts, &mut |_| {})
        .with_context(|| format!("checking {}", args.staff.display()))?;
    for r in &preview.rejected {
        let code = if r.code.is_empty() {
            String::new()
        } else {
            format!(" ({})", input::shown(&r.code, Lang::En))
        };
        eprintln!(
            "{}: row {}{code}: {}",
            args.staff.display(),
            r.row,
            r.reasons_text(Lang::En)
        );
    }
    if let Some(out) = &args.rejected {
        input::write_rejected(out, &preview)?;
        println!(
            "wrote {} rejected row(s) to {}",
            preview.rejected.len(),
            out.display()
        );
    }

    let summary = input::apply(&mut plan, &preview);
    let problems = file::problems(&plan);
    if !problems.is_empty() {
        // Never replace a good plan with a bad one.
        super::print_problems(&args.file, &problems);
        anyhow::bail!(
            "the imported plan would not be valid; {} was not changed",
            args.file.display()
        );
    }
    println!(
        "{} rows read and checked in {:.2} s: {} added, {} updated, {} removed, {} rejected{}{}",
        preview.rows_read,
        started.elapsed().as_secs_f64(),
        summary.added,
        summary.updated,
        summary.removed,
        summary.rejected,
        when_any(summary.kept_rejected, |n| format!(
            " ({n} cadres with a rejected row kept unchanged)"
        )),
        when_any(preview.defaulted_grade, |n| format!(
            "; {n} new cadres without a grade got the most junior one"
        )),
    );
    if args.dry_run {
        println!("dry run: {} not changed", args.file.display());
    } else {
        // Refused, not overwritten, when another program (another import) saved
        // the file since it was read: that update would be lost.
        file::save_if_unchanged(&plan, &args.file, &read)?;
        println!(
            "saved {} ({} cadres; previous version kept as {})",
            args.file.display(),
            plan.cadres.len(),
            file::backup_path(&args.file).display()
        );
    }
    Ok(if preview.rejected.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// The `note` about `n` things when there are any, else nothing.
fn when_any(n: usize, note: impl FnOnce(usize) -> String) -> String {
    if n > 0 { note(n) } else { String::new() }
}
