//! Kinds of finding that are not rules of the plan: people with no way to
//! work, invalid assignments, an objective the checker disputes, and a
//! diagnosis that did not finish (MODEL.md §9, §10).

use i18n_embed_fl::fl;

use crate::core::file::EntityKind;
use crate::core::plan::{Hardness, Plan, Scenario};
use crate::core::solve::EntityRef;
use crate::core::solve::check::Tally;
use crate::core::solve::scenario::ScenarioData;
use crate::core::text::{Lang, loader};

use super::{At, Family, PlanRule, Rule, RuleFamily, entity, has, people, qty, whole, zone_name};

/// People with no way to reach any open site (diagnosis only).
pub(crate) struct NoOption;

/// A structurally invalid assignment (the checker's own structural test).
pub(crate) struct Invalid;

/// The checker's objective disagrees with the solver's.
pub(crate) struct Objective;

/// The diagnosis did not finish.
pub(crate) struct Unknown;

/// Findings are no rules of the plan: nothing on the Rules page.
fn none() -> Vec<PlanRule> {
    Vec::new()
}

impl Family for NoOption {
    fn id(&self) -> RuleFamily {
        RuleFamily::NoOption
    }
    fn model_section(&self) -> &'static str {
        "Finding `no_option`"
    }
    fn is_rule(&self) -> bool {
        false
    }
    fn elastic_weight(&self) -> f64 {
        1_000.0
    }
    fn plan_rules(&self, _: &Plan, _: &Scenario, _: Lang) -> Vec<PlanRule> {
        none()
    }
    /// Found by the diagnosis only: a checked plan places everyone.
    fn check(&self, _t: &Tally<'_>, _out: &mut Vec<(Rule, f64, Hardness)>) {}
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
    fn name(&self, lang: Lang) -> String {
        fl!(loader(lang), "rule-no-option")
    }
    fn sentence(&self, lang: Lang, name: &str, amount: f64) -> String {
        fl!(
            loader(lang),
            "rule-no-option-short",
            name = name,
            n = qty(amount, lang),
            count = whole(amount)
        )
    }
}

impl Family for Invalid {
    fn id(&self) -> RuleFamily {
        RuleFamily::Invalid
    }
    fn model_section(&self) -> &'static str {
        "Finding `invalid`"
    }
    fn is_rule(&self) -> bool {
        false
    }
    fn plan_rules(&self, _: &Plan, _: &Scenario, _: Lang) -> Vec<PlanRule> {
        none()
    }
    /// The checker's structural pass finds these before any family runs.
    fn check(&self, _t: &Tally<'_>, _out: &mut Vec<(Rule, f64, Hardness)>) {}
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
    fn id(&self) -> RuleFamily {
        RuleFamily::Objective
    }
    fn model_section(&self) -> &'static str {
        "Finding `objective`"
    }
    fn is_rule(&self) -> bool {
        false
    }
    fn plan_rules(&self, _: &Plan, _: &Scenario, _: Lang) -> Vec<PlanRule> {
        none()
    }
    /// Compared by the solve itself (checker against solver), not per assignment.
    fn check(&self, _t: &Tally<'_>, _out: &mut Vec<(Rule, f64, Hardness)>) {}
    fn entity(&self, _rule: &Rule, sd: &ScenarioData) -> EntityRef {
        entity(EntityKind::Scenario, &sd.scenario.id)
    }
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
    fn id(&self) -> RuleFamily {
        RuleFamily::Unknown
    }
    fn model_section(&self) -> &'static str {
        "Finding `unknown`"
    }
    fn is_rule(&self) -> bool {
        false
    }
    fn plan_rules(&self, _: &Plan, _: &Scenario, _: Lang) -> Vec<PlanRule> {
        none()
    }
    /// Said by the diagnosis when it does not finish.
    fn check(&self, _t: &Tally<'_>, _out: &mut Vec<(Rule, f64, Hardness)>) {}
    fn entity(&self, _rule: &Rule, sd: &ScenarioData) -> EntityRef {
        entity(EntityKind::Scenario, &sd.scenario.id)
    }
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
