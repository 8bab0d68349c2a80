//! Reasons for each cadre's assignment (docs/MODEL.md section 11): the rules
//! and facts the decision rests on, read from the scenario and the
//! assignment alone (no re-solve, no alternatives), so that the app's
//! explanation and the exports' "reason" column say the same thing.

use std::collections::BTreeMap;

use crate::core::plan::{Hardness, Plan, Preference};

use super::scenario::{ScenarioData, UnitPlacement};
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
    let cadre = sd.cadre(p);
    let mut out = Vec::new();
    if sd.enforcement().pins != Hardness::Off
        && let Some(pin) = &cadre.pinned_site
    {
        out.push(if *pin == a.site {
            Reason::Pinned { site: pin.clone() }
        } else {
            Reason::PinNotKept { site: pin.clone() }
        });
    }
    let unit_rule = sd.enforcement().unit_placement != Hardness::Off;
    match sd.units.get(per.unit).map(|u| &u.placement) {
        Some(UnitPlacement::AtSite(_, s)) if unit_rule => out.push(if *s == a.site {
            Reason::UnitAtSite { site: s.clone() }
        } else {
            Reason::UnitAtSiteNotKept { site: s.clone() }
        }),
        Some(UnitPlacement::Whole) if unit_rule => out.push(Reason::UnitWhole),
        Some(UnitPlacement::Share {
            site_id,
            min_pct,
            max_pct,
            ..
        }) if unit_rule => out.push(Reason::UnitShare {
            site: site_id.clone(),
            min_pct: *min_pct,
            max_pct: *max_pct,
        }),
        _ => {}
    }
    // The checker's own test, so a reason never contradicts the rules check.
    // Unchecked plans may leave a zone unresolved: then nobody is "nearest".
    let nearest = sd
        .sites
        .iter()
        .position(|s| s.id == a.site)
        .filter(|_| per.zone < sd.site_minutes.len())
        .and_then(|s| super::check::priority_nearest(sd, p, s));
    if let Some(nearest) = nearest {
        for (g, gd) in sd.groups.iter().enumerate() {
            if per.groups & (1 << g) != 0 && gd.hardness != Hardness::Off {
                let (group, name) = (gd.id.clone(), gd.name.clone());
                out.push(if nearest {
                    Reason::PriorityGroup { group, name }
                } else {
                    Reason::PriorityGroupNotNearest { group, name }
                });
            }
        }
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
