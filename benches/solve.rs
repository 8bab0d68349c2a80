//! Solver benchmarks (a plain bench binary; `cargo bench --bench solve`).
//!
//! Cases (pick some with arguments, e.g. `cargo bench --bench solve -- sample 30k`):
//! `sample` every scenario of the built-in sample (default gap, 0.05%);
//! `30k` 30,000 cadres, 5 sites, 200 zones, 20 services at gap 0.1%;
//! `150k` 150,000 cadres, 5 sites, 200 zones at gap 0.1%;
//! `compare` cohort vs per-person formulation on the same 30,000-cadre plan.
//! Prints one Markdown table row per solve; numbers go to docs/BENCHMARKS.md.

use std::time::Instant;

use hq_planner::core::file::{self, CheckedPlan};
use hq_planner::core::generate::{GenerateOptions, generate};
use hq_planner::core::sample::SAMPLE_RON;
use hq_planner::core::solve::{
    Formulation, Solution, SolveControl, SolveOptions, solve_with_baseline,
};

fn generated(staff: usize) -> CheckedPlan {
    let t = Instant::now();
    let plan = file::validate(generate(GenerateOptions {
        staff,
        sites: 5,
        zones: 200,
        seed: 1,
    }));
    match plan {
        Ok(p) => {
            eprintln!(
                "generated {staff} cadres in {:.2} s",
                t.elapsed().as_secs_f64()
            );
            p
        }
        Err(problems) => {
            eprintln!("generated plan is invalid: {problems:?}");
            std::process::exit(2);
        }
    }
}

/// CPU seconds of this process so far (Linux /proc; None elsewhere). On a shared
/// machine this is closer to what the solve costs than wall time, because the
/// solver is single-threaded.
fn cpu_secs() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let after = stat.rsplit_once(')')?.1;
    let f: Vec<&str> = after.split_whitespace().collect();
    // Fields 14 and 15 of stat (utime, stime) are at 11 and 12 after the command.
    let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

fn row(case: &str, scenario: &str, opts: &SolveOptions, f: impl FnOnce() -> Solution) -> Solution {
    let t = Instant::now();
    let c0 = cpu_secs();
    let s = f();
    let wall = t.elapsed().as_secs_f64();
    let cpu = match (c0, cpu_secs()) {
        (Some(a), Some(b)) => format!("{:.2}", b - a),
        _ => "n/a".into(),
    };
    println!(
        "| {case} | {scenario} | {:?} | {:.4}% | {:?} | {:.1} | {} | {} | {:.2} | {cpu} |",
        opts.formulation,
        opts.mip_gap * 100.0,
        s.status,
        s.objective,
        s.bound.map_or("n/a".into(), |b| format!("{b:.1}")),
        s.gap.map_or("n/a".into(), |g| format!("{:.4}%", g * 100.0)),
        wall
    );
    s
}

fn solve_scenario(
    plan: &CheckedPlan,
    id: &str,
    baseline: Option<&Solution>,
    opts: &SolveOptions,
) -> Solution {
    match solve_with_baseline(plan, id, baseline, opts, &SolveControl::default()) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{id}: {e}");
            std::process::exit(1);
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let want = |c: &str| args.is_empty() || args.iter().any(|a| a == c);
    println!(
        "| case | scenario | formulation | gap asked | status | objective | bound | gap | wall s | CPU s |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|");
    if want("sample") {
        let plan = match file::parse_checked(SAMPLE_RON) {
            Ok(p) => p,
            Err(e) => {
                eprintln!("sample invalid: {e:?}");
                std::process::exit(2);
            }
        };
        let opts = SolveOptions::default();
        let mut done: Vec<(String, Solution)> = Vec::new();
        for scen in &plan.plan().scenarios {
            let base = scen
                .baseline
                .as_ref()
                .and_then(|b| done.iter().find(|(id, _)| id == b).map(|(_, s)| s.clone()));
            let s = row("sample 2,582", &scen.id, &opts, || {
                solve_scenario(&plan, &scen.id, base.as_ref(), &opts)
            });
            done.push((scen.id.clone(), s));
        }
    }
    let gen_opts = |formulation, limit| SolveOptions {
        time_limit_secs: limit,
        mip_gap: 1e-3,
        formulation,
    };
    if want("30k") || want("compare") {
        let plan = generated(30_000);
        let opts = gen_opts(Formulation::Cohort, 60.0);
        let c = row("30,000", "base", &opts, || {
            solve_scenario(&plan, "base", None, &opts)
        });
        if want("compare") {
            let popts = gen_opts(Formulation::PerPerson, 600.0);
            let p = row("30,000", "base", &popts, || {
                solve_scenario(&plan, "base", None, &popts)
            });
            println!(
                "\ncohort {:.2} s vs per-person {:.2} s: {:.1}x; objectives {:.1} vs {:.1} (difference {:.4}%)\n",
                c.seconds,
                p.seconds,
                p.seconds / c.seconds.max(1e-9),
                c.objective,
                p.objective,
                (c.objective - p.objective).abs() / c.objective.abs().max(1.0) * 100.0
            );
        }
    }
    if want("150k") {
        let plan = generated(150_000);
        let opts = gen_opts(Formulation::Cohort, 120.0);
        row("150,000", "base", &opts, || {
            solve_scenario(&plan, "base", None, &opts)
        });
    }
}
