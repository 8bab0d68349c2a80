//! Explanations for one cadre and marginal values of capacities
//! (docs/MODEL.md section 11).

use std::time::Instant;

use crate::core::file::CheckedPlan;
use crate::core::plan::Hardness;

use super::check;
use super::model::{self, Col};
use super::scenario::ScenarioData;
use super::{
    Alternative, Assignment, BindingRule, Explanation, RuleFamily, Solution, SolveControl,
    SolveError, SolveOptions, SolvePhase, Violation, WhyNot, arrangement_of, highs,
};
use crate::core::rules::{Rule, RuleFamily as F};

/// Why `code` landed where they did in `solution`, with every alternative
/// (objective change if this person alone moved, others fixed, vehicles
/// recomputed). `None` when the code is not assigned in the solution.
pub fn explain(
    plan: &CheckedPlan,
    scenario: &str,
    baseline: Option<&Solution>,
    solution: &Solution,
    code: &str,
) -> Result<Option<Explanation>, SolveError> {
    let sd = ScenarioData::build(plan, scenario, baseline)?;
    let Some(p) = sd.persons.iter().position(|x| x.code == code) else {
        return Ok(None);
    };
    let Some(ai) = solution.assignments.iter().position(|a| a.code == code) else {
        return Ok(None);
    };
    let chosen = solution.assignments[ai].clone();
    // Priced by the one function, on the solution's own vehicles (MODEL.md §9).
    let base = check::check(&sd, &solution.assignments, Some(&solution.vehicles));
    let base_hard = base.violations.iter().filter(|v| v.hard).count();
    let reasons = super::why::person_reasons(&sd, p, &chosen);

    // A difference within rounding is a tie; a cheaper move within the solve's gap
    // is "as good"; beyond it the plan is not optimal (moved by hand, or stopped).
    let scale = base.terms.total.abs().max(1.0);
    let tie = 1e-6 * scale + 1e-3;
    let within_gap = tie + solution.options.mip_gap.max(solution.gap.unwrap_or(0.0)) * scale;
    let mut alternatives = Vec::new();
    for opt in model::options_of(&sd, p) {
        let arrangement = arrangement_of(&sd, opt.arr);
        let site = sd.sites[opt.site].id.clone();
        if site == chosen.site && arrangement == chosen.arrangement {
            continue;
        }
        let mut hard_breaches: Vec<RuleFamily> = opt
            .breaches
            .iter()
            .filter(|(_, h)| *h == Hardness::Hard)
            .map(|(r, _)| r.family())
            .collect();
        hard_breaches.sort();
        hard_breaches.dedup();
        let mut moved: Vec<Assignment> = solution.assignments.clone();
        moved[ai].site = site.clone();
        moved[ai].arrangement = arrangement.clone();
        let vehicles = vehicles_after_move(&sd, solution, &chosen, &moved[ai]);
        let after = check::check(&sd, &moved, Some(&vehicles));
        let delta = after.terms.total - base.terms.total;
        let new_hard: Vec<Violation> = after
            .violations
            .iter()
            .filter(|v| v.hard && !base.violations.contains(v))
            .cloned()
            .collect();
        let (objective_delta, why_not) = if !hard_breaches.is_empty() {
            (None, WhyNot::BreaksHardRules(hard_breaches))
        } else if after.violations.iter().filter(|v| v.hard).count() > base_hard
            || !new_hard.is_empty()
        {
            (Some(delta), WhyNot::CapacityFull(new_hard))
        } else if delta > tie {
            (
                Some(delta),
                WhyNot::CostsMore {
                    objective_delta: delta,
                    commute_minutes_delta: opt.minutes - chosen.commute_minutes_after,
                    plan_cost_delta_vnd: after.kpis.cost.total_vnd - base.kpis.cost.total_vnd,
                },
            )
        } else if delta < -within_gap {
            (
                Some(delta),
                WhyNot::Better {
                    objective_delta: delta,
                    plan_cost_delta_vnd: after.kpis.cost.total_vnd - base.kpis.cost.total_vnd,
                },
            )
        } else {
            (
                Some(delta),
                WhyNot::AsGood {
                    objective_delta: delta,
                },
            )
        };
        alternatives.push(Alternative {
            site,
            arrangement,
            commute_minutes: opt.minutes,
            cost_vnd_per_month: opt.vnd,
            objective_delta,
            why_not,
        });
    }
    alternatives.sort_by(|a, b| {
        let ka = a.objective_delta.unwrap_or(f64::INFINITY);
        let kb = b.objective_delta.unwrap_or(f64::INFINITY);
        ka.total_cmp(&kb)
            .then_with(|| a.site.cmp(&b.site))
            .then_with(|| a.arrangement.cmp(&b.arrangement))
    });
    Ok(Some(Explanation {
        code: code.to_owned(),
        chosen,
        reasons,
        alternatives,
    }))
}

/// The solution's vehicles with the services that `from` leaves and `to` joins
/// re-counted by the one vehicle rule (MODEL.md §8); every other service keeps
/// what the solution hired.
fn vehicles_after_move(
    sd: &ScenarioData,
    solution: &Solution,
    from: &Assignment,
    to: &Assignment,
) -> Vec<(String, u32)> {
    let service_of = |a: &Assignment| match &a.arrangement {
        super::Arrangement::Daily { service } => Some(service.clone()),
        super::Arrangement::Weekly { .. } => None,
    };
    let touched: Vec<String> = [service_of(from), service_of(to)]
        .into_iter()
        .flatten()
        .collect();
    let mut out = solution.vehicles.clone();
    for id in touched {
        let Some(t) = sd.services.iter().position(|s| s.id == id) else {
            continue;
        };
        let mut riders = solution
            .assignments
            .iter()
            .filter(|a| service_of(a).as_deref() == Some(id.as_str()))
            .count();
        if service_of(from).as_deref() == Some(id.as_str()) {
            riders = riders.saturating_sub(1);
        }
        if service_of(to).as_deref() == Some(id.as_str()) {
            riders += 1;
        }
        let v = check::cheapest_vehicles(sd, t, riders);
        match out.iter_mut().find(|(s, _)| *s == id) {
            Some(entry) => entry.1 = v,
            None => out.push((id, v)),
        }
    }
    out
}

/// Relative MIP gap of the paired solves behind a marginal value.
const PAIRED_GAP: f64 = 1e-6;

/// Capacities and rules that bind in `solution`, with the objective improvement of
/// one more desk, m2, bed, vehicle or million VND of budget, found by re-solving
/// the model with that one capacity raised (exact for the MIP, unlike LP duals).
pub fn binding_rules(
    plan: &CheckedPlan,
    scenario: &str,
    baseline: Option<&Solution>,
    solution: &Solution,
    opts: &SolveOptions,
) -> Result<Vec<BindingRule>, SolveError> {
    let sd = ScenarioData::build(plan, scenario, baseline)?;
    if solution.assignments.is_empty() {
        return Ok(Vec::new());
    }
    let cohorts = model::cohorts(&sd, opts.formulation);
    let built = model::build(&sd, &cohorts, false);
    let ctl = SolveControl::default();
    // Paired solves at a tight gap, so the solve's own gap cannot dominate the
    // difference (MODEL.md §11).
    let gap = opts.mip_gap.min(PAIRED_GAP);
    let base_run = highs::run(
        &built.lp,
        opts.time_limit_secs,
        gap,
        &ctl,
        Instant::now(),
        SolvePhase::Solving(None),
        None,
    )?;
    let Some(base_values) = base_run.values.clone() else {
        return Ok(Vec::new());
    };
    let (base_ub, base_lb) = (base_run.objective, base_run.bound.min(base_run.objective));
    let k = &solution.kpis;
    // (rule, row to relax, column to relax, amount, unit word)
    type Candidate = (Rule, Option<usize>, Option<usize>, f64, &'static str);
    let mut candidates: Vec<Candidate> = Vec::new();
    for (rule, row) in &built.capacity_rows {
        let i = rule.index();
        let tight = match rule.family {
            F::Desks => k.sites[i].people as f64 >= k.sites[i].desks as f64 - 1e-6,
            F::Area => k.sites[i].area_used_m2 >= k.sites[i].area_available_m2 - 50.0,
            F::Beds => k.housing[i].beds_used >= k.housing[i].beds,
            F::Budget => sd
                .monthly_budget_vnd
                .is_some_and(|b| k.cost.total_vnd >= b - 5e6),
            _ => false,
        };
        if tight {
            let (amount, unit) = match rule.family {
                F::Desks => (1.0, "desk"),
                F::Area => (1.0, "m2"),
                F::Beds => (1.0, "bed"),
                _ => (1.0, "million VND"),
            };
            candidates.push((rule.clone(), Some(*row), None, amount, unit));
        }
    }
    for (j, col) in built.cols.iter().enumerate() {
        if let Col::V(t) = col {
            let svc = &sd.services[*t];
            let used = k
                .services
                .iter()
                .find(|x| x.service == svc.id)
                .map(|x| x.vehicles)
                .unwrap_or(0);
            if used >= svc.vehicles_available {
                candidates.push((Rule::of(F::Vehicles, *t), None, Some(j), 1.0, "vehicle"));
            }
        }
    }
    let mut out = Vec::new();
    for (rule, row, col, amount, unit) in candidates {
        let mut lp = built.lp.clone();
        if let Some(r) = row {
            lp.rows[r].1 += amount;
        }
        if let Some(c) = col {
            lp.hi[c] += amount;
        }
        // The base plan stays feasible with one more unit: start from it, so the
        // relaxed incumbent is never worse.
        let run = highs::run(
            &lp,
            opts.time_limit_secs,
            gap,
            &ctl,
            Instant::now(),
            SolvePhase::Solving(None),
            Some(&base_values),
        )?;
        let (value, value_min, value_max) = match run.values {
            Some(_) => {
                let ub = run.objective.min(base_ub);
                let lb = run.bound.min(ub);
                let lo = (base_lb - ub).max(0.0);
                let hi = (base_ub - lb).max(0.0);
                ((base_ub - ub).clamp(lo, hi), lo, hi)
            }
            None => (0.0, 0.0, 0.0),
        };
        let entity = rule.entity(&sd);
        let message = format!(
            "{} ({}): one more {unit} improves the objective by {value:.0}",
            rule.entity_name(&sd),
            rule.family()
        );
        out.push(BindingRule {
            entity,
            rule: rule.family(),
            marginal_value: value,
            marginal_value_min: value_min,
            marginal_value_max: value_max,
            message,
        });
    }
    out.sort_by(|a, b| {
        b.marginal_value
            .total_cmp(&a.marginal_value)
            .then_with(|| a.entity.cmp(&b.entity))
    });
    Ok(out)
}
