//! Pinned cadres: a cadre pinned by the plan works at that site (MODEL.md §3).

use crate::core::file::EntityKind;
use crate::core::plan::Hardness;
use crate::core::solve::check::Tally;
use crate::core::solve::scenario::ScenarioData;
use crate::core::solve::{Assignment, EntityRef, Reason};

use super::{At, Breaches, Family, Part, Rule, RuleFamily, entity, people};

/// The pins rule.
pub(crate) struct Pins;

/// The pins rule about pinned site `id` (which may be closed).
fn pin(id: &str) -> Rule {
    Rule {
        family: RuleFamily::Pins,
        part: Part::Only,
        at: At::Id(id.to_owned()),
    }
}

/// The pin that person `p` breaks by working at site `s`, if any.
fn broken_pin(sd: &ScenarioData, p: usize, s: usize) -> Option<Rule> {
    match &sd.persons[p].pin {
        Some(Ok(ps)) if *ps != s => Some(pin(&sd.sites[*ps].id)),
        Some(Err(id)) => Some(pin(id)),
        _ => None,
    }
}

fn site_id(rule: &Rule) -> &str {
    match &rule.at {
        At::Id(id) => id,
        _ => "",
    }
}

impl Family for Pins {
    identity!(Pins, "Family `pins`", enforcement pins);
    texts!("rule-pins", "rule-pins-short");

    fn site_breaches(&self, sd: &ScenarioData, p: usize, s: usize, out: &mut Breaches) {
        if let Some(r) = broken_pin(sd, p, s) {
            out.push((r, sd.enforcement().pins));
        }
    }

    fn check(&self, t: &Tally<'_>, out: &mut Vec<(Rule, f64, Hardness)>) {
        let hard = t.sd.enforcement().pins;
        for (p, pl) in t.placed() {
            // Written apart from `broken_pin`, which the model uses.
            match &t.sd.persons[p].pin {
                Some(Ok(ps)) if *ps != pl.site => out.push((pin(&t.sd.sites[*ps].id), 1.0, hard)),
                Some(Err(id)) => out.push((pin(id), 1.0, hard)),
                _ => {}
            }
        }
    }

    fn reasons(&self, sd: &ScenarioData, p: usize, a: &Assignment, out: &mut Vec<Reason>) {
        if sd.enforcement().pins != Hardness::Off
            && let Some(pin) = &sd.cadre(p).pinned_site
        {
            out.push(if *pin == a.site {
                Reason::Pinned { site: pin.clone() }
            } else {
                Reason::PinNotKept { site: pin.clone() }
            });
        }
    }

    fn entity(&self, rule: &Rule, _sd: &ScenarioData) -> EntityRef {
        entity(EntityKind::Site, site_id(rule))
    }

    fn message(&self, rule: &Rule, sd: &ScenarioData, amount: f64) -> String {
        let s = site_id(rule);
        let name = sd
            .plan
            .site(s)
            .map(|x| x.name.clone())
            .unwrap_or_else(|| s.to_owned());
        format!("{} pinned to {name} cannot be placed there", people(amount))
    }
}
