//! `hq-planner solve`: solve one scenario (or all, baselines first), print a
//! readable summary, optionally write JSON. Exit codes: see [`super::exit_code`]
//! (0 every scenario has a checked plan, 3 infeasible, 4 no plan within the time
//! limit, 130 interrupted by Ctrl-C with what was solved kept).

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::{Context, Result, bail};

use crate::core::solve::{
    Formulation, Progress, Solution, SolveControl, SolveOptions, SolveStatus, binding_rules,
    solve_with_baseline,
};

/// Model formulation on the command line.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum FormulationArg {
    /// Interchangeable cadres grouped (fast).
    Cohort,
    /// One variable per cadre and option (verification).
    PerPerson,
}

/// Arguments of `hq-planner solve`.
#[derive(Debug, clap::Args)]
pub struct SolveArgs {
    /// Plan file (.ron).
    pub file: PathBuf,
    /// Scenario id or name; default: every scenario, baselines first.
    #[arg(long)]
    pub scenario: Option<String>,
    /// Time limit per scenario, seconds.
    #[arg(long, default_value_t = 60.0)]
    pub time_limit: f64,
    /// Relative MIP gap at which to stop (0.0005 = 0.05%, about 3 million VND a month on the sample).
    #[arg(long, default_value_t = 5e-4)]
    pub gap: f64,
    /// Model formulation.
    #[arg(long, value_enum, default_value_t = FormulationArg::Cohort)]
    pub formulation: FormulationArg,
    /// Write the solution as JSON (one object for --scenario, else an array).
    #[arg(long)]
    pub json: Option<PathBuf>,
    /// Write 0 for the measured seconds in the JSON, so runs can be compared byte for byte.
    #[arg(long)]
    pub no_timing: bool,
    /// Print the solver's progress (best plan, bound, gap) to stderr while it runs.
    #[arg(long)]
    pub progress: bool,
    /// Also print what one more desk, m2, bed, vehicle or million VND of budget
    /// would save, from paired re-solves (slower: up to two solves per rule).
    #[arg(long)]
    pub binding: bool,
}

/// The exit code one scenario's result calls for.
pub(super) fn status_exit_code(s: &Solution) -> u8 {
    use super::exit_code as code;
    match s.status {
        SolveStatus::Optimal | SolveStatus::Feasible | SolveStatus::Evaluated => code::OK,
        SolveStatus::Infeasible => code::INFEASIBLE,
        SolveStatus::TimeLimitNoSolution => code::NO_PLAN_IN_TIME,
        SolveStatus::Cancelled => code::INTERRUPTED,
    }
}

/// Makes Ctrl-C (and SIGTERM) stop the solve: the first asks HiGHS to stop and
/// keep its best plan, a second one ends the process at once.
pub(super) fn cancel_on_interrupt(cancel: &Arc<AtomicBool>) {
    let cancel = cancel.clone();
    // Fails only if a handler is already set (a second command in one process).
    let _ = ctrlc::set_handler(move || {
        if cancel.swap(true, Ordering::SeqCst) {
            std::process::exit(i32::from(super::exit_code::INTERRUPTED));
        }
        eprintln!(
            "interrupted: stopping the solver, keeping what was solved (Ctrl-C again to quit now)"
        );
    });
}

/// Prints progress messages to stderr until the sender side closes.
fn print_progress(rx: std::sync::mpsc::Receiver<Progress>) {
    let mut last = f64::NEG_INFINITY;
    for p in rx {
        // One line a second is plenty for a terminal.
        if p.elapsed_secs - last < 1.0 && p.best_objective.is_none() {
            continue;
        }
        last = p.elapsed_secs;
        let mut line = format!("[{:7.1} s] {}", p.elapsed_secs, p.phase);
        if let Some(b) = p.best_objective {
            line.push_str(&format!("; best plan {b:.1}"));
        }
        if let (Some(l), Some(g)) = (p.best_bound, p.gap) {
            line.push_str(&format!("; bound {l:.1}; gap {:.4}%", g * 100.0));
        }
        eprintln!("{line}");
    }
}

/// Runs `hq-planner solve`.
pub fn run(args: SolveArgs) -> Result<ExitCode> {
    let Some(plan) = super::load_or_report(&args.file)? else {
        return Ok(ExitCode::from(super::exit_code::INVALID));
    };
    if args.time_limit.is_nan() || args.time_limit <= 0.0 || args.gap.is_nan() || args.gap < 0.0 {
        bail!("--time-limit must be positive and --gap zero or more");
    }
    let opts = SolveOptions {
        time_limit_secs: args.time_limit,
        mip_gap: args.gap,
        formulation: match args.formulation {
            FormulationArg::Cohort => Formulation::Cohort,
            FormulationArg::PerPerson => Formulation::PerPerson,
        },
    };
    let p = plan.plan();
    let wanted: Vec<String> = match &args.scenario {
        Some(s) => {
            let Some(sc) = p.scenario(s) else {
                let known: Vec<&str> = p.scenarios.iter().map(|s| s.id.as_str()).collect();
                bail!(
                    "no scenario \"{s}\" in {}; known: {}",
                    args.file.display(),
                    known.join(", ")
                );
            };
            vec![sc.id.clone()]
        }
        None => p.scenarios.iter().map(|s| s.id.clone()).collect(),
    };
    if wanted.is_empty() {
        bail!("{} has no scenarios to solve", args.file.display());
    }
    let cancel = Arc::new(AtomicBool::new(false));
    cancel_on_interrupt(&cancel);
    let (progress, printer) = if args.progress {
        let (tx, rx) = std::sync::mpsc::channel();
        (
            Some(tx),
            Some(std::thread::spawn(move || print_progress(rx))),
        )
    } else {
        (None, None)
    };
    let ctl = SolveControl {
        cancel: cancel.clone(),
        progress,
    };
    let mut done: BTreeMap<String, Solution> = BTreeMap::new();
    let mut results = Vec::new();
    let mut code = super::exit_code::OK;
    for id in &wanted {
        if cancel.load(Ordering::SeqCst) {
            println!("== Scenario {id}: not solved (interrupted) ==");
            continue;
        }
        let sol = solve_chain(&plan, id, &opts, &ctl, &mut done)?;
        print_summary(&plan, &sol);
        if args.binding && sol.has_plan() {
            let baseline = plan
                .plan()
                .scenario(id)
                .and_then(|s| s.baseline.as_ref())
                .and_then(|b| done.get(b));
            let rules = binding_rules(&plan, id, baseline, &sol, &opts)
                .with_context(|| format!("valuing the binding rules of {id}"))?;
            println!("binding rules (objective saved by one more unit):");
            if rules.is_empty() {
                println!("  none: no capacity limits the plan");
            }
            for b in &rules {
                // The bounds of the paired solves allow an interval; say it
                // only when it is wider than 1% of the value.
                let width = b.marginal_value_max - b.marginal_value_min;
                if width > 0.01 * b.marginal_value.abs().max(1.0) {
                    println!(
                        "  {} (somewhere from {:.0} to {:.0}: the solves stopped at their gap)",
                        b.message, b.marginal_value_min, b.marginal_value_max
                    );
                } else {
                    println!("  {}", b.message);
                }
            }
        }
        code = code.max(status_exit_code(&sol));
        let mut sol = sol.clone();
        if args.no_timing {
            sol.seconds = 0.0;
        }
        results.push(sol);
    }
    drop(ctl);
    if let Some(t) = printer {
        // The channel closed with `ctl`; the printer ends on its own.
        let _ = t.join();
    }
    if let Some(path) = &args.json {
        let text = if results.len() == 1 && args.scenario.is_some() {
            serde_json::to_string_pretty(&results[0])
        } else {
            serde_json::to_string_pretty(&results)
        }
        .context("cannot serialise the solution")?;
        // Atomic: a full disk or a crash never leaves a truncated JSON where the old file was.
        crate::core::file::write_bytes_atomic(path, (text + "\n").as_bytes())?;
        println!("JSON written to {}", path.display());
    }
    Ok(ExitCode::from(code))
}

/// Solves `id` after its baseline chain, reusing results already computed.
fn solve_chain(
    plan: &crate::core::file::CheckedPlan,
    id: &str,
    opts: &SolveOptions,
    ctl: &SolveControl,
    done: &mut BTreeMap<String, Solution>,
) -> Result<Solution> {
    if let Some(s) = done.get(id) {
        return Ok(s.clone());
    }
    let scen = plan
        .plan()
        .scenario(id)
        .with_context(|| format!("no scenario {id}"))?;
    let baseline = match scen.baseline.clone() {
        Some(b) => Some(solve_chain(plan, &b, opts, ctl, done)?),
        None => None,
    };
    let sol = solve_with_baseline(plan, id, baseline.as_ref(), opts, ctl)
        .with_context(|| format!("solving scenario {id}"))?;
    done.insert(id.to_owned(), sol.clone());
    Ok(sol)
}

/// The status line: the objective, bound and gap only where they exist.
pub(super) fn status_line(s: &Solution) -> String {
    let what = match s.status {
        SolveStatus::Optimal => "optimal".to_owned(),
        SolveStatus::Feasible => "feasible (stopped at the time limit)".to_owned(),
        SolveStatus::Evaluated => "adjusted by hand (checked, not optimised)".to_owned(),
        SolveStatus::Infeasible => "infeasible".to_owned(),
        SolveStatus::Cancelled if s.assignments.is_empty() => {
            "interrupted before any plan was found".to_owned()
        }
        SolveStatus::Cancelled => "interrupted; best plan so far".to_owned(),
        SolveStatus::TimeLimitNoSolution => format!(
            "no plan found within the time limit ({:.0} s); try a longer --time-limit",
            s.options.time_limit_secs
        ),
    };
    let mut line = format!("status {what}");
    if !s.assignments.is_empty() || s.has_plan() {
        line.push_str(&format!("; objective {:.1}", s.objective));
    }
    if let (Some(b), Some(g)) = (s.bound, s.gap) {
        line.push_str(&format!("; bound {b:.1}; gap {:.4}%", g * 100.0));
    }
    line.push_str(&format!("; {:.2} s", s.seconds));
    line
}

fn vnd(x: f64) -> String {
    let n = x.round() as i64;
    let s = n.abs().to_string();
    let mut out = String::new();
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(ch);
    }
    if n < 0 { format!("-{out}") } else { out }
}

fn print_summary(plan: &crate::core::file::CheckedPlan, s: &Solution) {
    let p = plan.plan();
    let name = p
        .scenario(&s.scenario)
        .map(|x| x.name.clone())
        .unwrap_or_default();
    println!("== Scenario {} \"{}\" ==", s.scenario, name);
    println!("{}", status_line(s));
    if s.status == SolveStatus::Infeasible {
        println!("No plan satisfies the hard rules. Smallest relaxations found:");
        for d in &s.diagnosis {
            println!(
                "  - {} [{} {} {}]",
                d.message,
                d.rule,
                d.entity.kind.label(),
                d.entity.id
            );
        }
        return;
    }
    if s.assignments.is_empty() && !s.has_plan() {
        println!("no plan");
        return;
    }
    if s.assignments.is_empty() {
        println!("the plan has no staff yet: nothing to assign");
    }
    let k = &s.kpis;
    println!("sites:");
    for site in &k.sites {
        let nm = p.site(&site.site).map(|x| x.name.as_str()).unwrap_or("");
        println!(
            "  {:<26} {:>6} people / {:>5} desks; area {:>8.0} / {:>8.0} m2  {}",
            site.site, site.people, site.desks, site.area_used_m2, site.area_available_m2, nm
        );
    }
    println!("transport:");
    for t in &k.services {
        println!(
            "  {:<26} {:>6} riders, {:>3} vehicles, fill {:>5.1}%, {} VND/month",
            t.service,
            t.riders,
            t.vehicles,
            t.seat_fill_share * 100.0,
            vnd(t.cost_vnd_per_month)
        );
    }
    println!("housing:");
    for h in &k.housing {
        println!(
            "  {:<26} {:>6} / {:>5} beds, {} VND/month",
            h.housing,
            h.beds_used,
            h.beds,
            vnd(h.cost_vnd_per_month)
        );
    }
    println!(
        "commute one-way minutes: before mean {:.1} p95 {:.1} max {:.1}; after mean {:.1} p95 {:.1} max {:.1}",
        k.commute_before.mean,
        k.commute_before.p95,
        k.commute_before.max,
        k.commute_after.mean,
        k.commute_after.p95,
        k.commute_after.max
    );
    println!(
        "daily {} / housed {}; disrupted {}; preference mismatches {}",
        k.daily_commuters, k.housed, k.disrupted, k.preference_mismatches
    );
    let c = &k.cost;
    println!(
        "money per month: vehicles {} + tickets {} + allowances {} + housing {} + weekly trips {} = {} VND",
        vnd(c.vehicles_vnd),
        vnd(c.tickets_vnd),
        vnd(c.allowances_vnd),
        vnd(c.housing_vnd),
        vnd(c.weekly_travel_vnd),
        vnd(c.total_vnd)
    );
    let t = &s.objective_terms;
    println!(
        "objective terms: commute {:.0} + money {:.0} + disruption {:.0} + preference {:.0} + penalties {:.0}",
        t.commute, t.money, t.disruption, t.preference, t.penalties
    );
    for v in &k.soft_violations {
        println!("  soft rule broken: {}", v.message);
    }
    println!(
        "checker: every hard rule holds for {} cadres",
        s.assignments.len()
    );
}
