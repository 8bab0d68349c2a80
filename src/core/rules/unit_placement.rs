//! Unit placement: a unit works whole at one site, keeps a share of its
//! people at a site, or works at a given site (MODEL.md §3, §6.6, §6.7).

use crate::core::file::EntityKind;
use crate::core::plan::Hardness;
use crate::core::solve::check::{EPS, Tally};
use crate::core::solve::model::{Builder, Col};
use crate::core::solve::scenario::{ScenarioData, UnitPlacement};
use crate::core::solve::{Assignment, EntityRef, Reason, RuleDetail};

use super::{Breaches, Family, Finding, Part, Rule, RuleFamily, entity, people};

/// The unit-placement rules.
pub(crate) struct UnitPlacementRule;

/// Whether unit `u`'s whole-unit equalities replace its cohorts' own rows
/// (a hard whole-unit rule outside the diagnosis, MODEL.md §6.6).
pub(crate) fn replaces_cohort_row(sd: &ScenarioData, u: usize, elastic: bool) -> bool {
    !elastic
        && sd.enforcement().unit_placement == Hardness::Hard
        && sd.units[u].placement == UnitPlacement::Whole
}

impl Family for UnitPlacementRule {
    identity!(UnitPlacement, "Family `unit_placement`", enforcement unit_placement);
    texts!("rule-unit-placement", "rule-unit-placement-short");

    fn site_breaches(&self, sd: &ScenarioData, p: usize, s: usize, out: &mut Breaches) {
        let u = sd.persons[p].unit;
        if let UnitPlacement::AtSite(target, _) = &sd.units[u].placement
            && *target != Some(s)
        {
            out.push((
                Rule::part(RuleFamily::UnitPlacement, Part::AtSite, u),
                sd.enforcement().unit_placement,
            ));
        }
    }

    fn rows(&self, b: &mut Builder<'_>) {
        let sd = b.sd;
        let hard = sd.enforcement().unit_placement;
        for (u, ud) in sd.units.iter().enumerate() {
            let n_u = b.unit_size[u] as f64;
            match &ud.placement {
                UnitPlacement::Whole => {
                    let whole_hard = replaces_cohort_row(sd, u, b.elastic);
                    let mut ys = Vec::new();
                    for s in 0..sd.sites.len() {
                        let y = b.lp.col(0.0, 0.0, 1.0, true);
                        b.cols.push(Col::Y);
                        ys.push((y, 1.0));
                        if whole_hard {
                            // Per cohort: people at s = n_k y[u,s] (the convex hull of "all at
                            // one site"), much tighter than the aggregated big-M row and
                            // replacing the cohort's own row (MODEL.md §6.6).
                            for k in b.whole_cohorts[u].clone() {
                                let mut e = b
                                    .unit_site_cohort
                                    .get(&(u, s, k))
                                    .cloned()
                                    .unwrap_or_default();
                                e.push((y, -(b.cohorts[k].members.len() as f64)));
                                b.lp.row(0.0, 0.0, e);
                            }
                            continue;
                        }
                        let mut e = b.unit_site.get(&(u, s)).cloned().unwrap_or_default();
                        if e.is_empty() {
                            continue;
                        }
                        e.push((y, -n_u));
                        let rule = Rule::part(RuleFamily::UnitPlacement, Part::Whole, u);
                        b.capped(e, f64::NEG_INFINITY, 0.0, hard, None, Some(rule));
                    }
                    if !ys.is_empty() {
                        b.lp.row(1.0, 1.0, ys);
                    }
                }
                UnitPlacement::Share {
                    site,
                    min_pct,
                    max_pct,
                    ..
                } => {
                    let e = site
                        .and_then(|s| b.unit_site.get(&(u, s)).cloned())
                        .unwrap_or_default();
                    b.share(
                        e,
                        min_pct / 100.0 * n_u,
                        max_pct / 100.0 * n_u,
                        hard,
                        Rule::part(RuleFamily::UnitPlacement, Part::Low, u),
                        Rule::part(RuleFamily::UnitPlacement, Part::High, u),
                    );
                }
                UnitPlacement::Free | UnitPlacement::AtSite(..) => {}
            }
        }
    }

    fn check(&self, t: &Tally<'_>, out: &mut Vec<(Rule, f64, Hardness)>) {
        let sd = t.sd;
        let hard = sd.enforcement().unit_placement;
        let rule = |part, u| Rule::part(RuleFamily::UnitPlacement, part, u);
        for (p, pl) in t.placed() {
            let u = sd.persons[p].unit;
            if let UnitPlacement::AtSite(target, _) = &sd.units[u].placement
                && *target != Some(pl.site)
            {
                out.push((rule(Part::AtSite, u), 1.0, hard));
            }
        }
        let ns = sd.sites.len();
        for (u, ud) in sd.units.iter().enumerate() {
            let at = |s: usize| t.unit_site.get(&(u, s)).copied().unwrap_or(0);
            match &ud.placement {
                UnitPlacement::Whole => {
                    let max = (0..ns).map(at).max().unwrap_or(0);
                    let placed_u: usize = (0..ns).map(at).sum();
                    let elsewhere = placed_u - max;
                    if elsewhere > 0 {
                        out.push((rule(Part::Whole, u), elsewhere as f64, hard));
                    }
                }
                UnitPlacement::Share {
                    site,
                    min_pct,
                    max_pct,
                    ..
                } => {
                    let n = site.map(at).unwrap_or(0) as f64;
                    let lo = min_pct / 100.0 * t.unit_size[u] as f64;
                    let hi = max_pct / 100.0 * t.unit_size[u] as f64;
                    if lo - n > EPS {
                        out.push((rule(Part::Low, u), lo - n, hard));
                    }
                    if n - hi > EPS {
                        out.push((rule(Part::High, u), n - hi, hard));
                    }
                }
                UnitPlacement::Free | UnitPlacement::AtSite(..) => {}
            }
        }
    }

    fn reasons(&self, sd: &ScenarioData, p: usize, a: &Assignment, out: &mut Vec<Reason>) {
        if sd.enforcement().unit_placement == Hardness::Off {
            return;
        }
        match sd.units.get(sd.persons[p].unit).map(|u| &u.placement) {
            Some(UnitPlacement::AtSite(_, s)) => out.push(if *s == a.site {
                Reason::UnitAtSite { site: s.clone() }
            } else {
                Reason::UnitAtSiteNotKept { site: s.clone() }
            }),
            Some(UnitPlacement::Whole) => out.push(Reason::UnitWhole),
            Some(UnitPlacement::Share {
                site_id,
                min_pct,
                max_pct,
                ..
            }) => out.push(Reason::UnitShare {
                site: site_id.clone(),
                min_pct: *min_pct,
                max_pct: *max_pct,
            }),
            _ => {}
        }
    }

    fn entity(&self, rule: &Rule, sd: &ScenarioData) -> EntityRef {
        entity(EntityKind::Unit, &sd.units[rule.index()].id)
    }

    fn detail(&self, rule: &Rule, sd: &ScenarioData) -> Option<RuleDetail> {
        let placement = &sd.units[rule.index()].placement;
        match (rule.part, placement) {
            (
                Part::Low | Part::High,
                UnitPlacement::Share {
                    site_id,
                    min_pct,
                    max_pct,
                    ..
                },
            ) => Some(RuleDetail::UnitShare {
                site: site_id.clone(),
                min_pct: *min_pct,
                max_pct: *max_pct,
                low: rule.part == Part::Low,
            }),
            (Part::AtSite, UnitPlacement::AtSite(_, id)) => {
                Some(RuleDetail::UnitAtSite { site: id.clone() })
            }
            (Part::Whole, _) => Some(RuleDetail::UnitWhole),
            _ => None,
        }
    }

    fn message(&self, rule: &Rule, sd: &ScenarioData, amount: f64) -> String {
        let ud = &sd.units[rule.index()];
        match rule.part {
            Part::Whole => format!(
                "unit {} cannot stay whole at one site ({} elsewhere)",
                ud.name,
                people(amount)
            ),
            Part::AtSite => {
                let target = match &ud.placement {
                    UnitPlacement::AtSite(_, id) => id.clone(),
                    _ => String::new(),
                };
                format!(
                    "{} of unit {} cannot be placed at their required site {target}",
                    people(amount),
                    ud.name
                )
            }
            _ => {
                let (site_id, lo, hi) = match &ud.placement {
                    UnitPlacement::Share {
                        site_id,
                        min_pct,
                        max_pct,
                        ..
                    } => (site_id.clone(), *min_pct, *max_pct),
                    _ => (String::new(), 0.0, 100.0),
                };
                let side = if rule.part == Part::Low {
                    "short of"
                } else {
                    "over"
                };
                format!(
                    "unit {} is {} its share {lo}%..{hi}% at {site_id} by {}",
                    ud.name,
                    side,
                    people(amount)
                )
            }
        }
    }

    fn detail_sentence(&self, detail: &RuleDetail, f: &Finding<'_>) -> Option<String> {
        Some(match detail {
            RuleDetail::UnitShare {
                site,
                min_pct,
                max_pct,
                low,
            } => {
                let site = (f.site_name)(site);
                if *low {
                    said!(
                        f,
                        "rule-unit-share-low",
                        p = f.number(*min_pct),
                        site = site
                    )
                } else {
                    said!(
                        f,
                        "rule-unit-share-high",
                        p = f.number(*max_pct),
                        site = site
                    )
                }
            }
            RuleDetail::UnitAtSite { site } => {
                said!(f, "rule-unit-at-site", site = (f.site_name)(site))
            }
            RuleDetail::UnitWhole => said!(f, "rule-unit-whole"),
            _ => return None,
        })
    }
}
