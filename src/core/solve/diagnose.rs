//! Infeasibility diagnosis (docs/MODEL.md section 10): the elastic model finds
//! a smallest relaxation of the hard rules; each relaxation becomes a located
//! sentence.

use std::collections::BTreeMap;
use std::time::Instant;

use crate::core::plan::Hardness;

use super::model::{self, Cohort, Col};
use super::rule::Rule;
use super::scenario::ScenarioData;
use super::{DiagnosisItem, SolveControl, SolveError, SolveOptions, highs};

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
    let run = highs::run(&built.lp, limit, 1e-6, ctl, started, "diagnosing")?;
    let Some(x) = run.values else {
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
        }]);
    };
    let mut amounts: BTreeMap<Rule, f64> = BTreeMap::new();
    for (j, col) in built.cols.iter().enumerate() {
        let v = x.get(j).copied().unwrap_or(0.0);
        if v <= 1e-6 {
            continue;
        }
        match col {
            Col::Slack(r) => *amounts.entry(r.clone()).or_default() += v,
            Col::X { k, o } => {
                for (r, h) in &cohorts[*k].options[*o].breaches {
                    if *h == Hardness::Hard {
                        *amounts.entry(r.clone()).or_default() += v;
                    }
                }
            }
            Col::Unplaced(k) => {
                let z = sd.persons[cohorts[*k].members[0]].zone;
                *amounts.entry(Rule::NoOption(z)).or_default() += v;
            }
            Col::V(_) | Col::Y => {}
        }
    }
    Ok(amounts
        .into_iter()
        .map(|(r, a)| {
            // Budget slack is in millions of VND in the model.
            let a = if r == Rule::Budget { a * 1e6 } else { a };
            DiagnosisItem {
                entity: r.entity(sd),
                rule: r.family(),
                shortfall: (a - 1e-6).ceil().max(0.0),
                detail: r.detail(sd),
                message: r.message(sd, a),
            }
        })
        .collect())
}
