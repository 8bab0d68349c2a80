//! `hq-planner export` and `hq-planner import`: thin wrappers around
//! [`crate::core::report`], which the app uses too.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};

use crate::core::file;
use crate::core::report::Lang;
use crate::core::report::import::{self, ImportMode, ImportOptions};

/// Arguments of `hq-planner export`.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// Plan file (.ron).
    pub file: PathBuf,
}

/// Arguments of `hq-planner import`.
#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// Plan file (.ron) to import into; saved atomically (previous version kept as .bak).
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
    /// Write the rejected rows with their reasons to this file (.csv or .xlsx).
    #[arg(long)]
    pub rejected: Option<PathBuf>,
    /// Check and report only; do not save the plan.
    #[arg(long)]
    pub dry_run: bool,
}

/// Runs `hq-planner export`.
pub fn run_export(_args: ExportArgs) -> Result<ExitCode> {
    anyhow::bail!("export is not available in this build yet")
}

/// Runs `hq-planner import`.
///
/// Exit code 0: every row imported; 1: the plan is invalid, or some rows were
/// rejected (the others are imported and listed); 2: the files could not be read.
pub fn run_import(args: ImportArgs) -> Result<ExitCode> {
    let Some(checked) = super::load_or_report(&args.file)? else {
        return Ok(ExitCode::from(1));
    };
    let mut plan = checked.into_plan();
    let table = import::read_staff_file(&args.staff, &mut |_| {})
        .with_context(|| format!("reading staff list {}", args.staff.display()))?;

    let mut saved = plan.import_mapping.clone();
    if let Some(m) = &args.mapping {
        let text = std::fs::read_to_string(m)
            .with_context(|| format!("reading mapping file {}", m.display()))?;
        match import::mapping_from_text(&text) {
            Ok(v) => saved.extend(v),
            Err(errors) => {
                for e in &errors {
                    eprintln!("{}: {e}", m.display());
                }
                anyhow::bail!("{}: {} bad line(s)", m.display(), errors.len());
            }
        }
    }
    let mapping = import::mapping_for(&table.headers, &saved);
    println!(
        "{}: header on row {}, {} data rows{}",
        args.staff.display(),
        table.header_row,
        table.rows.len(),
        if table.sheet.is_empty() {
            String::new()
        } else {
            format!(" (sheet \"{}\")", table.sheet)
        }
    );
    println!("Column mapping (edit and pass with --mapping FILE):");
    for line in import::mapping_to_text(&mapping).lines() {
        println!("  {line}");
    }

    let mode = if args.replace {
        ImportMode::Replace
    } else {
        ImportMode::Merge
    };
    let today = chrono::Local::now().date_naive();
    let opts = ImportOptions::for_day(mode, today);
    let preview = import::preview(&plan, &table, &mapping, &opts, &mut |_| {})
        .with_context(|| format!("checking {}", args.staff.display()))?;
    for r in &preview.rejected {
        let code = if r.code.is_empty() {
            String::new()
        } else {
            format!(" ({})", r.code)
        };
        eprintln!(
            "{}: row {}{code}: {}",
            args.staff.display(),
            r.row,
            r.reasons_text(Lang::En)
        );
    }
    if let Some(out) = &args.rejected {
        import::write_rejected(out, &preview)?;
        println!(
            "wrote {} rejected row(s) to {}",
            preview.rejected.len(),
            out.display()
        );
    }

    let summary = import::apply(&mut plan, &preview);
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
        "{} rows read: {} added, {} updated, {} removed, {} rejected{}{}",
        preview.rows_read,
        summary.added,
        summary.updated,
        summary.removed,
        summary.rejected,
        if summary.kept_rejected > 0 {
            format!(
                " ({} cadres with a rejected row kept unchanged)",
                summary.kept_rejected
            )
        } else {
            String::new()
        },
        if preview.defaulted_grade > 0 {
            format!(
                "; {} new cadres without a grade got the most junior one",
                preview.defaulted_grade
            )
        } else {
            String::new()
        }
    );
    if args.dry_run {
        println!("dry run: {} not changed", args.file.display());
    } else {
        save_plan(&plan, &args.file)?;
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

fn save_plan(plan: &crate::core::plan::Plan, path: &Path) -> Result<()> {
    file::save(plan, path).with_context(|| format!("saving {}", path.display()))
}
