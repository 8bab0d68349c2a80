//! Export and import speed on a generated plan (default 30,000 staff).
//!
//! Run: `cargo bench --bench report` (optionally `-- 150000` for another size).
//! The solution is not solved but evaluated from a simple assignment (each
//! cadre on the first service that serves their zone, else housed), so the
//! figures are the reports' own. Prints the median of 3 runs per step; results
//! go in docs/BENCHMARKS.md ("Reports"). `HQ_PLANNER_BENCH_OUT=DIR` keeps the files.

use std::time::Instant;

use chrono::NaiveDate;
use hq_planner::core::file::validate;
use hq_planner::core::generate::{GenerateOptions, generate};
use hq_planner::core::input::{self, ImportMode, ImportOptions};
use hq_planner::core::report::{self, ExportFormat, ExportOptions, Lang, ReportModel, SignOff};
use hq_planner::core::solve::{Arrangement, Assignment, evaluate};

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> (f64, T) {
    let mut secs = Vec::with_capacity(runs);
    let mut last = None;
    for _ in 0..runs {
        let t = Instant::now();
        last = Some(f());
        secs.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    match last {
        Some(v) => (median(secs), v),
        None => unreachable!("runs > 0"),
    }
}

fn main() {
    let staff = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(30_000);
    let plan = generate(GenerateOptions {
        staff,
        sites: 5,
        zones: 200,
        seed: 1,
    });
    let Ok(checked) = validate(plan.clone()) else {
        eprintln!("the generated plan is not valid");
        return;
    };
    let Some(scenario) = plan.scenarios.first() else {
        eprintln!("the generated plan has no scenario");
        return;
    };
    let assignments: Vec<Assignment> = plan
        .cadres
        .iter()
        .map(|c| {
            let (site, arrangement) = match plan.transport.iter().find(|t| t.serves(&c.zone)) {
                Some(t) => (
                    t.site.clone(),
                    Arrangement::Daily {
                        service: t.id.clone(),
                    },
                ),
                None => (
                    plan.housing
                        .first()
                        .map(|h| h.site.clone())
                        .unwrap_or_default(),
                    Arrangement::Weekly {
                        housing: plan
                            .housing
                            .first()
                            .map(|h| h.id.clone())
                            .unwrap_or_default(),
                    },
                ),
            };
            Assignment {
                code: c.code.clone(),
                site,
                arrangement,
                commute_minutes_before: None,
                commute_minutes_after: 0.0,
                cost_vnd_per_month: 0.0,
                pinned: false,
                reference_site: None,
                disrupted: false,
                preference_mismatch: false,
            }
        })
        .collect();
    let (eval_ms, solution) = time(1, || evaluate(&checked, &scenario.id, None, &assignments));
    let Ok(solution) = solution else {
        eprintln!("evaluation failed");
        return;
    };
    println!(
        "{staff} staff, {} units; evaluate (not part of the reports): {eval_ms:.0} ms",
        plan.units.len()
    );
    let opts = ExportOptions {
        lang: Lang::Vi,
        anonymize: false,
        exported_at: NaiveDate::from_ymd_opt(2025, 6, 20)
            .and_then(|d| d.and_hms_opt(9, 30, 0))
            .unwrap_or_default(),
        sign_off: SignOff::default(),
    };
    let plan_bytes = hq_planner::core::file::to_ron(&plan).unwrap_or_default();
    let (ms, model) = time(3, || {
        ReportModel::build(
            &plan,
            plan_bytes.as_bytes(),
            scenario,
            &solution,
            &solution.kpis.soft_violations,
            &opts,
        )
    });
    println!("report model:        {ms:>7.0} ms");
    let models = [model];
    // HQ_PLANNER_BENCH_OUT=DIR keeps the exported files there (to look at them).
    let keep = std::env::var_os("HQ_PLANNER_BENCH_OUT").map(std::path::PathBuf::from);
    let dir = keep.clone().unwrap_or_else(|| {
        std::env::temp_dir().join(format!("hq-planner-report-bench-{}", std::process::id()))
    });
    if std::fs::create_dir_all(&dir).is_err() {
        eprintln!("cannot create {}", dir.display());
        return;
    }
    for f in [ExportFormat::Xlsx, ExportFormat::Pdf, ExportFormat::Csv] {
        let (ms, bytes) = time(3, || report::export_bytes(&models, f, &mut |_| {}));
        let Ok(bytes) = bytes else {
            eprintln!("{f:?} export failed");
            return;
        };
        let path = dir.join(format!("export.{}", f.extension()));
        if report::write_file(&path, &bytes).is_err() {
            eprintln!("cannot write {}", path.display());
            return;
        }
        println!(
            "export {:<5}        {ms:>7.0} ms  ({:.1} MB)",
            f.extension(),
            bytes.len() as f64 / 1e6
        );
    }
    let import_opts = ImportOptions::for_day(
        ImportMode::Merge,
        NaiveDate::from_ymd_opt(2025, 6, 1).unwrap_or_default(),
    );
    for ext in ["csv", "xlsx"] {
        let path = dir.join(format!("export.{ext}"));
        let (read_ms, table) = time(3, || input::read_staff_file(&path, &mut |_| {}));
        let Ok(table) = table else {
            eprintln!("cannot read {}", path.display());
            return;
        };
        let mapping = input::mapping_for(&table.headers, &[]);
        let (check_ms, preview) = time(3, || {
            input::preview(&plan, &table, &mapping, &import_opts, &mut |_| {})
        });
        let Ok(preview) = preview else {
            eprintln!("preview failed");
            return;
        };
        let (apply_ms, _) = time(3, || {
            let mut p = plan.clone();
            input::apply(&mut p, &preview)
        });
        println!(
            "import {ext:<5} read {read_ms:>6.0} ms, check {check_ms:>5.0} ms, apply {apply_ms:>4.0} ms ({} rows, {} rejected)",
            preview.rows_read,
            preview.rejected.len()
        );
    }
    if keep.is_none() {
        let _ = std::fs::remove_dir_all(&dir);
    }
}
