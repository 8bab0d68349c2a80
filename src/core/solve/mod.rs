//! The allocation optimiser: public types shared by the solver, the app and
//! the exports. See `docs/MODEL.md` for the mathematics.
//!
//! CONTRACT: the types of `solution.rs` and `control.rs` are what the GUI (`src/gui`) and the
//! reports (`src/core/report`) code against. The solver may add fields and
//! variants; renaming or removing one must be done together with its users.
//!
//! Entry points (all take the scenario by id or name):
//! - [`solve`]: baselines first, then the scenario; always checker-verified;
//! - [`solve_with_baseline`]: one scenario with a given baseline result;
//! - [`spawn_solve`]: the same on a background thread ([`SolveHandle`]: progress
//!   channel, `cancel()`, `try_result()`);
//! - [`check`]: the independent checker on any solution;
//! - [`evaluate`]: KPIs, objective and broken rules of hand-made assignments;
//! - [`explain`]: one cadre's choice and every alternative;
//! - [`binding_rules`]: binding capacities with the value of one more unit.
//!
//! Functions that measure disruption take the baseline scenario's solution
//! (`baseline: Option<&Solution>`) when the scenario has a baseline; `None`
//! measures it against each cadre's current site.

pub(crate) mod check;
mod control;
mod diagnose;
mod explain;
mod highs;
pub(crate) mod model;
mod runner;
pub(crate) mod scenario;
mod solution;
mod warm;
mod why;

use std::sync::atomic::Ordering;
use std::sync::mpsc::Sender;
use std::time::Instant;

use crate::core::file::{CheckedPlan, EntityKind};

pub use explain::{binding_rules, explain};
pub use runner::{SolveHandle, spawn_solve};
pub use why::reasons_for;

use highs::RunStatus;
use model::Arr;
use scenario::ScenarioData;

pub use control::*;
pub use solution::*;

/// Relative gap between an objective and a bound: |obj - bound| / max(1, |obj|).
pub fn relative_gap(objective: f64, bound: f64) -> f64 {
    ((objective - bound).abs() / objective.abs().max(1.0)).max(0.0)
}

fn send_phase(ctl: &SolveControl, started: Instant, phase: SolvePhase) {
    if let Some(tx) = &ctl.progress {
        // Nobody listening is fine.
        let _ = tx.send(Progress {
            elapsed_secs: started.elapsed().as_secs_f64(),
            phase,
            best_objective: None,
            best_bound: None,
            gap: None,
        });
    }
}

/// Solves `scenario` (id or name) of `plan`. When the scenario has a baseline
/// scenario, the baseline is solved first (recursively, same options) and its
/// result is the reference for disruption. Returns `Ok` with status
/// `Infeasible` and a diagnosis when no plan satisfies the hard rules; the plan
/// returned always passed the independent checker.
pub fn solve(
    plan: &CheckedPlan,
    scenario: &str,
    opts: &SolveOptions,
    ctl: &SolveControl,
) -> Result<Solution, SolveError> {
    Ok(solve_with_its_baseline(plan, scenario, opts, ctl)?.solution)
}

/// A solve's outcome: the scenario's solution and its baseline's, if it has one
/// (explanations and hand moves measure disruption against the baseline).
#[derive(Debug, Clone)]
pub struct Solved {
    /// The scenario's solution.
    pub solution: Solution,
    /// The baseline scenario's solution.
    pub baseline: Option<Solution>,
}

/// Solves `scenario` and, first, its chain of baselines (the one place that
/// recursion lives). A cancelled baseline cancels the scenario; a baseline
/// without a plan is refused with [`SolveError::BaselineWithoutPlan`].
pub fn solve_with_its_baseline(
    plan: &CheckedPlan,
    scenario: &str,
    opts: &SolveOptions,
    ctl: &SolveControl,
) -> Result<Solved, SolveError> {
    let scen = plan
        .plan()
        .scenario(scenario)
        .ok_or_else(|| SolveError::UnknownScenario(scenario.to_owned()))?;
    let Some(base_id) = &scen.baseline else {
        return Ok(Solved {
            solution: solve_with_baseline(plan, scenario, None, opts, ctl)?,
            baseline: None,
        });
    };
    let baseline = solve(plan, base_id, opts, ctl)?;
    if baseline.status == SolveStatus::Cancelled {
        let mut c = empty_solution(&scen.id, SolveStatus::Cancelled, opts, 0.0);
        c.seconds = baseline.seconds;
        return Ok(Solved {
            solution: c,
            baseline: Some(baseline),
        });
    }
    let solution = solve_with_baseline(plan, scenario, Some(&baseline), opts, ctl)?;
    Ok(Solved {
        solution,
        baseline: Some(baseline),
    })
}

fn empty_solution(scenario: &str, status: SolveStatus, opts: &SolveOptions, secs: f64) -> Solution {
    Solution {
        scenario: scenario.to_owned(),
        status,
        objective: 0.0,
        bound: None,
        gap: None,
        seconds: secs,
        options: *opts,
        assignments: Vec::new(),
        vehicles: Vec::new(),
        kpis: Kpis::default(),
        objective_terms: ObjectiveBreakdown::default(),
        diagnosis: Vec::new(),
    }
}

/// Solves one scenario with a given baseline result (None: disruption is measured
/// against each cadre's current site).
pub fn solve_with_baseline(
    plan: &CheckedPlan,
    scenario: &str,
    baseline: Option<&Solution>,
    opts: &SolveOptions,
    ctl: &SolveControl,
) -> Result<Solution, SolveError> {
    let started = Instant::now();
    send_phase(ctl, started, SolvePhase::BuildingModel);
    let sd = ScenarioData::build(plan, scenario, baseline)?;
    let scen_id = sd.scenario.id.clone();
    let cohorts = model::cohorts(&sd, opts.formulation);
    let built = model::build(&sd, &cohorts, false);
    if ctl.cancel.load(Ordering::Relaxed) {
        return Ok(empty_solution(
            &scen_id,
            SolveStatus::Cancelled,
            opts,
            started.elapsed().as_secs_f64(),
        ));
    }
    let infeasible = |ctl: &SolveControl| -> Result<Solution, SolveError> {
        send_phase(ctl, started, SolvePhase::Diagnosing);
        let diagnosis = diagnose::diagnose(&sd, &cohorts, opts, ctl, started)?;
        let mut s = empty_solution(
            &scen_id,
            SolveStatus::Infeasible,
            opts,
            started.elapsed().as_secs_f64(),
        );
        s.diagnosis = diagnosis;
        Ok(s)
    };
    if built.trivially_infeasible {
        return infeasible(ctl);
    }
    let phase = SolvePhase::Solving(Some(ModelSize {
        cohorts: cohorts.len(),
        variables: built.lp.cost.len(),
        constraints: built.lp.rows.len(),
    }));
    if std::env::var_os("HQ_PLANNER_SOLVE_LOG").is_some() {
        eprintln!("[{:.2}s] {phase}", started.elapsed().as_secs_f64());
    }
    let start = warm::vehicle_start(&built, opts.time_limit_secs, opts.mip_gap, ctl, started)?;
    let run = highs::run(
        &built.lp,
        opts.time_limit_secs,
        opts.mip_gap,
        ctl,
        started,
        phase,
        start.as_deref(),
    )?;
    let Some(values) = run.values.as_ref() else {
        return match run.status {
            RunStatus::Infeasible => infeasible(ctl),
            RunStatus::Interrupted => Ok(empty_solution(
                &scen_id,
                SolveStatus::Cancelled,
                opts,
                started.elapsed().as_secs_f64(),
            )),
            RunStatus::Optimal | RunStatus::TimeLimit => Ok(empty_solution(
                &scen_id,
                SolveStatus::TimeLimitNoSolution,
                opts,
                started.elapsed().as_secs_f64(),
            )),
        };
    };
    send_phase(ctl, started, SolvePhase::Checking);
    let ex = model::extract(&sd, &cohorts, &built, values);
    let assignments = assignments_from(&sd, &cohorts, &ex.counts);
    // The checker on the solver's own vehicles must agree with the model's
    // objective at the solver's point, both ways (MODEL.md §9).
    let own: Vec<(String, u32)> = sd
        .services
        .iter()
        .enumerate()
        .filter(|(_, s)| s.has_vehicles())
        .map(|(t, s)| (s.id.clone(), ex.vehicles[t]))
        .collect();
    let as_solved = check::check(&sd, &assignments, Some(&own));
    let hard: Vec<Violation> = as_solved
        .violations
        .iter()
        .filter(|v| v.hard)
        .cloned()
        .collect();
    if !hard.is_empty() {
        return Err(SolveError::CheckFailed(hard));
    }
    let model_objective = built.objective_at(values);
    if let Some(e) = objective_mismatch(&scen_id, as_solved.terms.total, model_objective) {
        return Err(e);
    }
    let tol = objective_tolerance(model_objective);
    // The reported plan: vehicles by the one rule (MODEL.md §8) when that is no
    // dearer and breaks no hard rule, else the solver's own.
    let by_rule = check::check(&sd, &assignments, None);
    let checked = if by_rule.violations.iter().all(|v| !v.hard)
        && by_rule.terms.total <= as_solved.terms.total + tol
    {
        by_rule
    } else {
        as_solved
    };
    let objective = checked.terms.total;
    let bound = run.bound.min(objective);
    let status = match run.status {
        RunStatus::Optimal => SolveStatus::Optimal,
        RunStatus::TimeLimit => SolveStatus::Feasible,
        RunStatus::Interrupted => SolveStatus::Cancelled,
        RunStatus::Infeasible => SolveStatus::Feasible,
    };
    Ok(Solution {
        scenario: scen_id,
        status,
        objective,
        bound: Some(bound),
        gap: Some(relative_gap(objective, bound)),
        seconds: started.elapsed().as_secs_f64(),
        options: *opts,
        assignments: checked.assignments,
        vehicles: checked.vehicles,
        kpis: checked.kpis,
        objective_terms: checked.terms,
        diagnosis: Vec::new(),
    })
}

/// How far the checker's and the model's objectives may differ: rounding only.
fn objective_tolerance(objective: f64) -> f64 {
    1e-6 * objective.abs().max(1.0) + 1e-3
}

/// The two-sided objective test of MODEL.md §9: `CheckFailed` when the checker's
/// objective differs from the model's at the same point, in either direction.
fn objective_mismatch(scenario: &str, checker: f64, model: f64) -> Option<SolveError> {
    if (checker - model).abs() <= objective_tolerance(model) {
        return None;
    }
    Some(SolveError::CheckFailed(vec![Violation {
        entity: EntityRef {
            kind: EntityKind::Scenario,
            id: scenario.to_owned(),
        },
        rule: RuleFamily::Objective,
        amount: checker - model,
        detail: None,
        hard: true,
        message: format!("the checker's objective {checker} differs from the model's {model}"),
    }]))
}

/// Turns cohort counts into assignments (section 4, split by staff code).
fn assignments_from(
    sd: &ScenarioData,
    cohorts: &[model::Cohort],
    counts: &[Vec<usize>],
) -> Vec<Assignment> {
    let split = model::split(cohorts, counts, sd.persons.len());
    let mut out = Vec::with_capacity(sd.persons.len());
    for (p, per) in sd.persons.iter().enumerate() {
        let Some((k, o)) = split[p] else { continue };
        let opt = &cohorts[k].options[o];
        out.push(Assignment {
            code: per.code.clone(),
            site: sd.sites[opt.site].id.clone(),
            arrangement: arrangement_of(sd, opt.arr),
            commute_minutes_before: None,
            commute_minutes_after: opt.minutes,
            cost_vnd_per_month: opt.vnd,
            pinned: false,
            reference_site: None,
            disrupted: opt.disrupted,
            preference_mismatch: opt.mismatch,
        });
    }
    out
}

fn arrangement_of(sd: &ScenarioData, arr: Arr) -> Arrangement {
    match arr {
        Arr::Daily(t) => Arrangement::Daily {
            service: sd.services[t].id.clone(),
        },
        Arr::Weekly(h) => Arrangement::Weekly {
            housing: sd.housing[h].id.clone(),
        },
    }
}

/// Checks a solution independently of the solver: every broken rule, hard
/// (the plan is invalid) and soft (priced in the objective). `baseline` is the
/// baseline scenario's solution when the scenario has one.
pub fn check(
    plan: &CheckedPlan,
    scenario: &str,
    baseline: Option<&Solution>,
    solution: &Solution,
) -> Result<Vec<Violation>, SolveError> {
    let sd = ScenarioData::build(plan, scenario, baseline)?;
    Ok(check::check(&sd, &solution.assignments, Some(&solution.vehicles)).violations)
}

/// Evaluates hand-made assignments without solving (the app's "move a cadre by
/// hand"): KPIs, objective and every broken rule (hard ones in
/// `kpis.soft_violations` are not listed; see the returned violations).
/// Vehicles are the fewest that carry the riders. The status is `Feasible`
/// when no hard rule is broken, else `Infeasible`, with the broken hard rules
/// in `diagnosis`.
pub fn evaluate(
    plan: &CheckedPlan,
    scenario: &str,
    baseline: Option<&Solution>,
    assignments: &[Assignment],
) -> Result<Solution, SolveError> {
    let sd = ScenarioData::build(plan, scenario, baseline)?;
    let checked = check::check(&sd, assignments, None);
    let hard: Vec<DiagnosisItem> = checked
        .violations
        .iter()
        .filter(|v| v.hard)
        .map(|v| DiagnosisItem {
            entity: v.entity.clone(),
            rule: v.rule,
            shortfall: v.amount,
            detail: v.detail.clone(),
            message: v.message.clone(),
            scope: DiagnosisScope::Only,
        })
        .collect();
    let opts = SolveOptions::default();
    Ok(Solution {
        scenario: sd.scenario.id.clone(),
        status: if hard.is_empty() {
            SolveStatus::Evaluated
        } else {
            SolveStatus::Infeasible
        },
        objective: checked.terms.total,
        bound: None,
        gap: None,
        seconds: 0.0,
        options: opts,
        assignments: checked.assignments,
        vehicles: checked.vehicles,
        kpis: checked.kpis,
        objective_terms: checked.terms,
        diagnosis: hard,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checker_objective_test_is_two_sided() {
        // Equal within rounding passes; an over- or under-counted term fails.
        assert!(objective_mismatch("s", 1_000_000.0, 1_000_000.000_5).is_none());
        assert!(objective_mismatch("s", 1_000_100.0, 1_000_000.0).is_some());
        assert!(objective_mismatch("s", 999_900.0, 1_000_000.0).is_some());
    }
}
