//! Infeasibility diagnosis (docs/MODEL.md section 10): the elastic model finds
//! a smallest relaxation of the hard rules; each relaxation becomes a located
//! sentence.

use std::collections::BTreeMap;
use std::time::Instant;

use crate::core::plan::Hardness;

use super::highs::{Lp, RunStatus};
use super::model::{self, Cohort, Col};
use super::scenario::ScenarioData;
use super::{
    DiagnosisItem, DiagnosisScope, RuleFamily, SolveControl, SolveError, SolveOptions, SolvePhase,
    highs,
};
use crate::core::rules::{Rule, RuleFamily as F};

/// Smallest relaxations that make the scenario feasible, sorted by rule family and entity.
pub(crate) fn diagnose(
    sd: &ScenarioData,
    cohorts: &[Cohort],
    opts: &SolveOptions,
    ctl: &SolveControl,
    started: Instant,
) -> Result<Vec<DiagnosisItem>, SolveError> {
    let built = model::build(sd, cohorts, true);
    // The diagnosis gets at least 30 more seconds than the time left.
    let limit = opts
        .time_limit_secs
        .max(started.elapsed().as_secs_f64() + 30.0);
    let run = highs::run(
        &built.lp,
        limit,
        1e-6,
        ctl,
        started,
        SolvePhase::Diagnosing,
        None,
    )?;
    let Some(x) = run.values.as_ref() else {
        return Ok(vec![DiagnosisItem {
            entity: super::EntityRef {
                kind: crate::core::file::EntityKind::Scenario,
                id: sd.scenario.id.clone(),
            },
            rule: super::RuleFamily::Unknown,
            shortfall: 0.0,
            detail: None,
            message: "no plan satisfies the hard rules, and the diagnosis did not finish in time"
                .into(),
            scope: DiagnosisScope::Only,
        }]);
    };
    // Each reported relaxation, with the columns that make it up.
    let mut parts: BTreeMap<Rule, Vec<usize>> = BTreeMap::new();
    for (j, col) in built.cols.iter().enumerate() {
        match col {
            // A soft rule is never a cause (MODEL.md §10): its slack is free here.
            Col::Slack { rule, hard: true } => parts.entry(rule.clone()).or_default().push(j),
            Col::X { k, o } => {
                for (r, h) in &cohorts[*k].options[*o].breaches {
                    if *h == Hardness::Hard {
                        parts.entry(r.clone()).or_default().push(j);
                    }
                }
            }
            Col::Unplaced(k) => {
                let z = sd.persons[cohorts[*k].members[0]].zone;
                parts.entry(Rule::of(F::NoOption, z)).or_default().push(j);
            }
            Col::Slack { hard: false, .. } | Col::V(_) | Col::Y => {}
        }
    }
    let value = |j: usize| x.get(j).copied().unwrap_or(0.0);
    let mut amounts: BTreeMap<Rule, f64> = BTreeMap::new();
    for (r, js) in &parts {
        let a: f64 = js.iter().map(|&j| value(j)).filter(|v| *v > 1e-6).sum();
        if a > 1e-6 {
            amounts.insert(r.clone(), a);
        }
    }
    // Budget slack is in millions of VND in the model.
    let scaled = |r: &Rule, a: f64| if r.family == F::Budget { a * 1e6 } else { a };
    let item = |r: &Rule, a: f64, scope: DiagnosisScope| DiagnosisItem {
        entity: r.entity(sd),
        rule: r.family(),
        shortfall: (a - 1e-6).ceil().max(0.0),
        detail: r.detail(sd),
        message: r.message(sd, a),
        scope,
    };
    let mut by_family: BTreeMap<RuleFamily, Vec<(Rule, f64)>> = BTreeMap::new();
    for (r, a) in amounts {
        let a = scaled(&r, a);
        by_family.entry(r.family()).or_default().push((r, a));
    }
    let mut out = Vec::new();
    let mut lp_solves = 0usize;
    for (family, rules) in by_family {
        // The least each entity must take in any smallest relaxation (LP bound).
        let mut least = Vec::with_capacity(rules.len());
        for (r, _) in &rules {
            let l = if lp_solves < MAX_FORCED_SOLVES {
                lp_solves += 1;
                scaled(
                    r,
                    least_share(&built.lp, &parts[r], run.objective, limit, ctl, started)?,
                )
            } else {
                0.0
            };
            least.push(l);
        }
        // Shortfalls are shown rounded up, and an LP bound rounds up to a valid one
        // for whole people, desks and beds.
        let up = |a: f64| (a - 1e-6).ceil().max(0.0);
        let total: f64 = rules.iter().map(|(_, a)| a).sum();
        let forced: f64 = least.iter().map(|l| up(*l)).sum();
        if forced >= up(total) {
            // Every entity's amount is forced: each item is exact.
            out.extend(rules.iter().map(|(r, a)| item(r, *a, DiagnosisScope::Only)));
            continue;
        }
        // The split is (partly) arbitrary: the total leads, forced shares follow.
        out.push(DiagnosisItem {
            entity: super::EntityRef {
                kind: crate::core::file::EntityKind::Scenario,
                id: sd.scenario.id.clone(),
            },
            rule: family,
            shortfall: (total - 1e-6).ceil().max(0.0),
            detail: None,
            message: family.def().total_message(total),
            scope: DiagnosisScope::Total,
        });
        for ((r, _), l) in rules.iter().zip(least) {
            if l > 1e-6 {
                out.push(item(r, l, DiagnosisScope::AtLeast));
            }
        }
    }
    Ok(out)
}

/// At most this many LPs look for forced shares (each is one LP of the elastic model).
const MAX_FORCED_SOLVES: usize = 24;

/// The least that the relaxation columns `js` must take together in any relaxation
/// of cost at most `optimum` (the LP relaxation, so a valid lower bound; 0 when the
/// LP does not finish).
fn least_share(
    elastic: &Lp,
    js: &[usize],
    optimum: f64,
    limit: f64,
    ctl: &SolveControl,
    started: Instant,
) -> Result<f64, SolveError> {
    let mut lp = elastic.clone();
    let cost_row: Vec<(usize, f64)> = lp
        .cost
        .iter()
        .enumerate()
        .filter(|(_, c)| **c != 0.0)
        .map(|(j, c)| (j, *c))
        .collect();
    lp.row(f64::NEG_INFINITY, optimum * (1.0 + 1e-7) + 1e-6, cost_row);
    lp.cost.iter_mut().for_each(|c| *c = 0.0);
    for &j in js {
        lp.cost[j] = 1.0;
    }
    lp.int.iter_mut().for_each(|i| *i = false);
    let run = highs::run(&lp, limit, 1e-6, ctl, started, SolvePhase::Diagnosing, None)?;
    Ok(match run.values {
        Some(_) if run.status == RunStatus::Optimal => run.objective.max(0.0),
        _ => 0.0,
    })
}
