//! Kinds of finding that are not rules of the plan: people with no way to
//! work, invalid assignments, an objective the checker disputes, and a
//! diagnosis that did not finish (MODEL.md §9, §10).

use i18n_embed_fl::fl;

use crate::core::file::EntityKind;
use crate::core::solve::EntityRef;
use crate::core::solve::scenario::ScenarioData;
use crate::core::text::{Lang, loader};

use super::{At, Family, Rule, entity, has, people, qty, zone_name};

/// People with no way to reach any open site. Found by the diagnosis only: a
/// checked plan places everyone.
pub(crate) struct NoOption;

/// A structurally invalid assignment. The checker's structural pass finds
/// these before any family runs.
pub(crate) struct Invalid;

/// The checker's objective disagrees with the solver's. Compared by the
/// solve itself (checker against solver), not per assignment.
pub(crate) struct Objective;

/// The diagnosis did not finish (said by the diagnosis itself).
pub(crate) struct Unknown;

impl Family for NoOption {
    finding!(NoOption, "Finding `no_option`");
    fn elastic_weight(&self) -> f64 {
        1_000.0
    }
    fn entity(&self, rule: &Rule, sd: &ScenarioData) -> EntityRef {
        entity(EntityKind::Zone, &sd.zone_ids[rule.index()])
    }
    fn message(&self, rule: &Rule, sd: &ScenarioData, amount: f64) -> String {
        format!(
            "{} from {} {} no way to reach any open site (no running service, no housing)",
            people(amount),
            zone_name(sd, rule.index()),
            has(amount)
        )
    }
    texts!("rule-no-option", "rule-no-option-short");
}

impl Family for Invalid {
    finding!(Invalid, "Finding `invalid`");
    fn entity(&self, rule: &Rule, _sd: &ScenarioData) -> EntityRef {
        match &rule.at {
            At::Invalid(code, _) => entity(EntityKind::Cadre, code),
            _ => entity(EntityKind::Cadre, ""),
        }
    }
    fn message(&self, rule: &Rule, _sd: &ScenarioData, _amount: f64) -> String {
        match &rule.at {
            At::Invalid(_, msg) => msg.clone(),
            _ => String::new(),
        }
    }
    fn name(&self, lang: Lang) -> String {
        fl!(loader(lang), "rule-invalid")
    }
    fn sentence(&self, lang: Lang, name: &str, _amount: f64) -> String {
        fl!(loader(lang), "rule-invalid-short", name = name)
    }
}

impl Family for Objective {
    finding!(Objective, "Finding `objective`", about_scenario);
    fn message(&self, _rule: &Rule, _sd: &ScenarioData, amount: f64) -> String {
        format!("the checker's objective differs from the optimiser's by {amount}")
    }
    fn name(&self, lang: Lang) -> String {
        fl!(loader(lang), "rule-objective")
    }
    fn sentence(&self, lang: Lang, _name: &str, amount: f64) -> String {
        fl!(loader(lang), "rule-objective-short", n = qty(amount, lang))
    }
}

impl Family for Unknown {
    finding!(Unknown, "Finding `unknown`", about_scenario);
    fn message(&self, _rule: &Rule, _sd: &ScenarioData, _amount: f64) -> String {
        "no plan satisfies the hard rules, and the diagnosis did not finish in time".into()
    }
    fn name(&self, lang: Lang) -> String {
        fl!(loader(lang), "rule-unknown")
    }
    fn sentence(&self, lang: Lang, _name: &str, _amount: f64) -> String {
        fl!(loader(lang), "rule-unknown-short")
    }
}
