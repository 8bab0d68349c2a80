//! Plan file speed: parse + validate and atomic save of generated plans.
//!
//! Run: `cargo bench --bench plan_files` (optionally `-- 150000` for one size).
//! Prints the median of several runs per size; results go in docs/BENCHMARKS.md.

use std::time::Instant;

use hq_planner::core::file::{parse_checked, save, to_ron};
use hq_planner::core::generate::{GenerateOptions, generate};

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![2_582, 30_000, 150_000]
    } else {
        sizes
    };
    let dir = std::env::temp_dir().join(format!("hq-planner-bench-{}", std::process::id()));
    if std::fs::create_dir_all(&dir).is_err() {
        eprintln!("cannot create {}", dir.display());
        return;
    }
    println!(
        "{:>8} {:>10} {:>14} {:>14} {:>12}",
        "staff", "file MB", "parse+check ms", "to_ron ms", "save ms"
    );
    for staff in sizes {
        let plan = generate(GenerateOptions {
            staff,
            sites: 5,
            zones: 200,
            seed: 1,
        });
        let text = match to_ron(&plan) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{e}");
                return;
            }
        };
        let runs = if staff > 50_000 { 5 } else { 9 };
        let mut parse_ms = Vec::new();
        let mut ser_ms = Vec::new();
        let mut save_ms = Vec::new();
        let path = dir.join("plan.ron");
        for _ in 0..runs {
            let t = Instant::now();
            let checked = parse_checked(&text);
            parse_ms.push(t.elapsed().as_secs_f64() * 1e3);
            assert!(checked.is_ok(), "generated plan must be valid");
            let t = Instant::now();
            let _ = to_ron(&plan);
            ser_ms.push(t.elapsed().as_secs_f64() * 1e3);
            let t = Instant::now();
            if let Err(e) = save(&plan, &path) {
                eprintln!("{e}");
                return;
            }
            save_ms.push(t.elapsed().as_secs_f64() * 1e3);
        }
        println!(
            "{:>8} {:>10.1} {:>14.0} {:>14.0} {:>12.0}",
            staff,
            text.len() as f64 / 1e6,
            median(parse_ms),
            median(ser_ms),
            median(save_ms)
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
