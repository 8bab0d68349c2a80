//! Housing eligibility: who may stay in a housing block (MODEL.md §3).

use crate::core::plan::Hardness;
use crate::core::solve::EntityRef;
use crate::core::solve::check::Tally;
use crate::core::solve::model::Arr;
use crate::core::solve::scenario::ScenarioData;

use super::common::Holder;
use super::{Breaches, Family, Rule, RuleFamily, people};

/// The housing-eligibility rule.
pub(crate) struct EligibilityRule;

impl Family for EligibilityRule {
    identity!(Eligibility, "Family `eligibility`", enforcement eligibility);
    texts!("rule-eligibility", "rule-eligibility-short");

    fn arrangement_breaches(
        &self,
        sd: &ScenarioData,
        p: usize,
        arr: Arr,
        _minutes: f64,
        out: &mut Breaches,
    ) {
        if let Arr::Weekly(h) = arr
            && !sd.housing[h].eligibility.admits(sd.persons[p].gender)
        {
            out.push((
                Rule::of(RuleFamily::Eligibility, h),
                sd.enforcement().eligibility,
            ));
        }
    }

    fn check(&self, t: &Tally<'_>, out: &mut Vec<(Rule, f64, Hardness)>) {
        let hard = t.sd.enforcement().eligibility;
        for (p, pl) in t.placed() {
            if let Some(h) = pl.weekly
                && !t.sd.housing[h].eligibility.admits(t.sd.persons[p].gender)
            {
                out.push((Rule::of(RuleFamily::Eligibility, h), 1.0, hard));
            }
        }
    }

    fn entity(&self, rule: &Rule, sd: &ScenarioData) -> EntityRef {
        Holder::Housing.entity(sd, rule.index())
    }

    fn message(&self, rule: &Rule, sd: &ScenarioData, amount: f64) -> String {
        let block = Holder::Housing.name(sd, rule.index());
        format!(
            "{} not eligible for {block} would have to be housed there",
            people(amount)
        )
    }
}
