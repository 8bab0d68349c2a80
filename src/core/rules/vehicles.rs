//! Vehicles available per service: never more vehicles than the service has.
//! In the model this is the bound `v[t] ≤ avail_t` of the vehicle column,
//! which the seats family adds (MODEL.md §5); the checker verifies it here.

use crate::core::plan::{Hardness, Plan, Scenario};
use crate::core::solve::EntityRef;
use crate::core::solve::check::Tally;
use crate::core::solve::scenario::ScenarioData;
use crate::core::text::Lang;

use super::common::{Holder, over_capacity};
use super::{Family, PlanRule, Rule, RuleFamily, counted};

/// The vehicles-available rule (always hard).
pub(crate) struct Vehicles;

/// "1 more vehicle", "3 more vehicles".
fn more_vehicles(x: f64) -> String {
    counted(x, "more vehicle", "more vehicles")
}

impl Family for Vehicles {
    identity!(Vehicles, "Family `vehicles`");
    texts!(
        "rule-vehicles",
        "rule-vehicles-short",
        "rule-vehicles-total"
    );

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
        let services = t.sd.services.iter().enumerate();
        let vehicles = services
            .filter(|(_, svc)| svc.has_vehicles())
            .map(|(s, svc)| (s, t.vehicles[s] as f64, svc.vehicles_available as f64));
        over_capacity(RuleFamily::Vehicles, Hardness::Hard, vehicles, out);
    }

    fn entity(&self, rule: &Rule, sd: &ScenarioData) -> EntityRef {
        Holder::Service.entity(sd, rule.index())
    }

    fn message(&self, rule: &Rule, sd: &ScenarioData, amount: f64) -> String {
        let service = Holder::Service.name(sd, rule.index());
        let more = more_vehicles(amount);
        format!("{service} would need {more} than are available")
    }

    fn total_message(&self, amount: f64) -> String {
        let more = more_vehicles(amount);
        format!(
            "the services together would need {more} than are available (which service is open)"
        )
    }
}
