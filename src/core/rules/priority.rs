//! Priority groups: people in a group work at one of their nearest sites
//! (MODEL.md §3, "Priority groups").

use crate::core::file::EntityKind;
use crate::core::plan::{Hardness, Plan, Scenario};
use crate::core::solve::check::{EPS, Tally};
use crate::core::solve::model::{Arr, Opt};
use crate::core::solve::scenario::{NEAREST_TOLERANCE_MINUTES, ScenarioData, UnitPlacement};
use crate::core::solve::{Assignment, EntityRef, Reason};
use crate::core::text::Lang;

use super::{Family, PlanRule, Rule, RuleFamily, entity, people};

/// The priority-group rule.
pub(crate) struct Priority;

/// Whether a hard whole-unit rule decides person `p`'s site (it wins over priority).
fn whole_unit_decides(sd: &ScenarioData, p: usize) -> bool {
    sd.units[sd.persons[p].unit].placement == UnitPlacement::Whole
        && sd.enforcement().unit_placement == Hardness::Hard
}

/// Whether option `o` is one the person actually has, for the nearest-site test
/// (MODEL.md §3): no hard breach, and a vehicle service with a vehicle to run.
fn usable(sd: &ScenarioData, o: &Opt) -> bool {
    let runs = match o.arr {
        Arr::Daily(t) => {
            let svc = &sd.services[t];
            !svc.has_vehicles() || svc.vehicles_available > 0
        }
        Arr::Weekly(_) => true,
    };
    runs && !o.forbidden()
}

/// The nearest sites over the person's usable options (MODEL.md §3): within 0.5
/// minute of the shortest usable daily commute; when no daily option is usable,
/// every site with a usable option; when none at all, every site.
fn nearest_sites(sd: &ScenarioData, opts: &[Opt]) -> Vec<bool> {
    let ns = sd.sites.len();
    let mut daily = vec![f64::INFINITY; ns];
    let mut any = vec![false; ns];
    for o in opts.iter().filter(|o| usable(sd, o)) {
        any[o.site] = true;
        if matches!(o.arr, Arr::Daily(_)) {
            daily[o.site] = daily[o.site].min(o.minutes);
        }
    }
    let best = daily.iter().copied().fold(f64::INFINITY, f64::min);
    if best.is_finite() {
        return daily
            .iter()
            .map(|m| *m <= best + NEAREST_TOLERANCE_MINUTES)
            .collect();
    }
    if any.iter().any(|a| *a) {
        return any;
    }
    vec![true; ns]
}

/// The priority-group test for person `p` working at site `s`: `None` when
/// the person is in no group or a hard whole-unit rule decides their site;
/// else whether `s` is one of their nearest sites over the options they
/// actually have (MODEL.md §3): written from the plain rules, apart from the
/// model's option list. The checker and the reasons share it.
pub(crate) fn priority_nearest(sd: &ScenarioData, p: usize, s: usize) -> Option<bool> {
    let per = &sd.persons[p];
    let enf = sd.enforcement();
    if per.groups == 0 || whole_unit_decides(sd, p) {
        return None;
    }
    let hard = |h: Hardness| h == Hardness::Hard;
    // Site-wide rules that rule a site out for this person when hard.
    let site_ok = |x: usize| {
        let open = sd.sites[x].open || !hard(enf.opening_dates);
        let pin = match &per.pin {
            Some(Ok(ps)) => *ps == x || !hard(enf.pins),
            Some(Err(_)) => !hard(enf.pins),
            None => true,
        };
        let unit = match &sd.units[per.unit].placement {
            UnitPlacement::AtSite(target, _) => *target == Some(x) || !hard(enf.unit_placement),
            _ => true,
        };
        open && pin && unit
    };
    let ns = sd.sites.len();
    let mut daily = vec![f64::INFINITY; ns];
    let mut reachable = vec![false; ns];
    for (t, svc) in sd.services.iter().enumerate() {
        let m = sd.service_minutes[per.zone][t];
        let usable = svc.serves(per.zone)
            && m.is_finite()
            && site_ok(svc.site)
            && !(m > svc.max_ride_minutes + EPS && hard(enf.ride_time))
            && !(m > sd.max_daily_commute_minutes + EPS && hard(enf.max_commute))
            && !(svc.has_vehicles() && svc.vehicles_available == 0);
        if usable {
            daily[svc.site] = daily[svc.site].min(m);
            reachable[svc.site] = true;
        }
    }
    for hd in &sd.housing {
        let usable = site_ok(hd.site)
            && (hd.open || !hard(enf.opening_dates))
            && (hd.eligibility.admits(per.gender) || !hard(enf.eligibility));
        if usable {
            reachable[hd.site] = true;
        }
    }
    let best = daily.iter().copied().fold(f64::INFINITY, f64::min);
    Some(if best.is_finite() {
        daily[s] <= best + NEAREST_TOLERANCE_MINUTES
    } else if reachable.iter().any(|r| *r) {
        reachable[s]
    } else {
        true
    })
}

impl Family for Priority {
    identity!(Priority, "Family `priority`");
    texts!("rule-priority", "rule-priority-short");

    fn plan_rules(&self, plan: &Plan, _scenario: &Scenario, _lang: Lang) -> Vec<PlanRule> {
        plan.rules
            .priority_groups
            .iter()
            .map(|g| PlanRule {
                family: RuleFamily::Priority,
                entity: Some(g.id.clone()),
                scope: g.name.clone(),
                hardness: g.hardness,
            })
            .collect()
    }

    fn option_set_breaches(&self, sd: &ScenarioData, p: usize, opts: &mut [Opt]) {
        let per = &sd.persons[p];
        // A hard whole-unit rule wins over priority: the unit's site is shared (MODEL.md §3).
        if per.groups == 0 || whole_unit_decides(sd, p) {
            return;
        }
        let nearest = nearest_sites(sd, opts);
        for opt in opts.iter_mut() {
            if nearest[opt.site] {
                continue;
            }
            for (g, gd) in sd.groups.iter().enumerate() {
                if per.groups & (1 << g) != 0 && gd.hardness != Hardness::Off {
                    opt.breaches
                        .push((Rule::of(RuleFamily::Priority, g), gd.hardness));
                }
            }
        }
    }

    fn check(&self, t: &Tally<'_>, out: &mut Vec<(Rule, f64, Hardness)>) {
        for (p, pl) in t.placed() {
            if priority_nearest(t.sd, p, pl.site) == Some(false) {
                for (g, gd) in t.sd.groups.iter().enumerate() {
                    if t.sd.persons[p].groups & (1 << g) != 0 {
                        out.push((Rule::of(RuleFamily::Priority, g), 1.0, gd.hardness));
                    }
                }
            }
        }
    }

    fn reasons(&self, sd: &ScenarioData, p: usize, a: &Assignment, out: &mut Vec<Reason>) {
        let per = &sd.persons[p];
        // The checker's own test, so a reason never contradicts the rules check.
        // Unchecked plans may leave a zone unresolved: then nobody is "nearest".
        let nearest = sd
            .sites
            .iter()
            .position(|s| s.id == a.site)
            .filter(|_| per.zone < sd.site_minutes.len())
            .and_then(|s| priority_nearest(sd, p, s));
        let Some(nearest) = nearest else { return };
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

    fn entity(&self, rule: &Rule, sd: &ScenarioData) -> EntityRef {
        entity(EntityKind::Rules, &sd.groups[rule.index()].id)
    }

    fn entity_name(&self, rule: &Rule, sd: &ScenarioData) -> String {
        sd.groups[rule.index()].name.clone()
    }

    fn message(&self, rule: &Rule, sd: &ScenarioData, amount: f64) -> String {
        let group = &sd.groups[rule.index()].name;
        format!(
            "{} in priority group {group} cannot get their nearest site",
            people(amount)
        )
    }
}
