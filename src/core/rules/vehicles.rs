//! Vehicles available per service: never more vehicles than the service has.
//! In the model this is the bound `v[t] ≤ avail_t` of the vehicle column,
//! which the seats family adds (MODEL.md §5); the checker verifies it here.

use i18n_embed_fl::fl;

use crate::core::file::EntityKind;
use crate::core::plan::{Hardness, Plan, Scenario};
use crate::core::solve::EntityRef;
use crate::core::solve::check::Tally;
use crate::core::solve::scenario::ScenarioData;
use crate::core::text::{Lang, loader};

use super::{Family, PlanRule, Rule, RuleFamily, counted, entity, qty, whole};

/// The vehicles-available rule (always hard).
pub(crate) struct Vehicles;

impl Family for Vehicles {
    fn id(&self) -> RuleFamily {
        RuleFamily::Vehicles
    }

    fn model_section(&self) -> &'static str {
        "Family `vehicles`"
    }

    fn is_capacity(&self) -> bool {
        true
    }

    fn plan_rules(&self, _plan: &Plan, _scenario: &Scenario, _lang: Lang) -> Vec<PlanRule> {
        vec![PlanRule {
            family: RuleFamily::Vehicles,
            entity: None,
            scope: String::new(),
            hardness: Hardness::Hard,
        }]
    }

    fn check(&self, t: &Tally<'_>, out: &mut Vec<(Rule, f64, Hardness)>) {
        for (s, svc) in t.sd.services.iter().enumerate() {
            if svc.has_vehicles() && t.vehicles[s] > svc.vehicles_available {
                out.push((
                    Rule::of(RuleFamily::Vehicles, s),
                    (t.vehicles[s] - svc.vehicles_available) as f64,
                    Hardness::Hard,
                ));
            }
        }
    }

    fn entity(&self, rule: &Rule, sd: &ScenarioData) -> EntityRef {
        entity(EntityKind::Transport, &sd.services[rule.index()].id)
    }

    fn message(&self, rule: &Rule, sd: &ScenarioData, amount: f64) -> String {
        format!(
            "{} would need {} than are available",
            sd.services[rule.index()].name,
            counted(amount, "more vehicle", "more vehicles")
        )
    }

    fn total_message(&self, amount: f64) -> String {
        format!(
            "the services together would need {} than are available (which service is open)",
            counted(amount, "more vehicle", "more vehicles")
        )
    }

    fn name(&self, lang: Lang) -> String {
        fl!(loader(lang), "rule-vehicles")
    }

    fn sentence(&self, lang: Lang, name: &str, amount: f64) -> String {
        fl!(
            loader(lang),
            "rule-vehicles-short",
            name = name,
            n = qty(amount, lang),
            count = whole(amount)
        )
    }

    fn total_sentence(&self, lang: Lang, amount: f64) -> String {
        fl!(
            loader(lang),
            "rule-vehicles-total",
            n = qty(amount, lang),
            count = whole(amount)
        )
    }
}
