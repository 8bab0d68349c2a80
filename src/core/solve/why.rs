//! Reasons for each cadre's assignment (docs/MODEL.md section 11): the rules
//! and facts the decision rests on, read from the scenario and the
//! assignment alone (no re-solve, no alternatives), so that the app's
//! explanation and the exports' "reason" column say the same thing.

use std::collections::BTreeMap;

use crate::core::plan::{Plan, Preference};
use crate::core::rules::FAMILIES;

use super::scenario::ScenarioData;
use super::{Assignment, Reason, Solution, SolveError};

/// The reasons of every assigned cadre of `solution`, by staff code. Builds
/// the scenario once; linear in the number of cadres (cheap for 30,000).
/// `baseline` only matters for assignments that do not carry their reference
/// site (solutions saved before it was recorded).
pub fn reasons_for(
    plan: &Plan,
    scenario: &str,
    baseline: Option<&Solution>,
    solution: &Solution,
) -> Result<BTreeMap<String, Vec<Reason>>, SolveError> {
    let sd = ScenarioData::build_plan(plan, scenario, baseline)?;
    let index: std::collections::HashMap<&str, usize> = sd
        .persons
        .iter()
        .enumerate()
        .map(|(p, per)| (per.code.as_str(), p))
        .collect();
    Ok(solution
        .assignments
        .iter()
        .filter_map(|a| {
            let p = *index.get(a.code.as_str())?;
            Some((a.code.clone(), person_reasons(&sd, p, a)))
        })
        .collect())
}

/// The reasons of person `p` (an index into `sd.persons`) assigned as `a`.
pub(crate) fn person_reasons(sd: &ScenarioData, p: usize, a: &Assignment) -> Vec<Reason> {
    let per = &sd.persons[p];
    let mut out = Vec::new();
    // The rules that decided it (pins, unit placement, priority groups...).
    for f in FAMILIES {
        f.reasons(sd, p, a, &mut out);
    }
    if per.preference != Preference::None {
        let preference = per.preference;
        out.push(if a.preference_mismatch {
            Reason::PreferenceMismatch { preference }
        } else {
            Reason::MatchesPreference { preference }
        });
    }
    if let Some(reference) = a.reference_site.clone().or_else(|| sd.reference_id(p)) {
        out.push(if reference != a.site {
            Reason::Moved {
                from: reference,
                to: a.site.clone(),
            }
        } else {
            Reason::KeepsSite { site: reference }
        });
    }
    out
}
