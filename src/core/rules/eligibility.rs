//! Housing eligibility: who may stay in a housing block (MODEL.md §3).

use i18n_embed_fl::fl;

use crate::core::file::EntityKind;
use crate::core::plan::{Enforcement, Hardness};
use crate::core::solve::EntityRef;
use crate::core::solve::check::Tally;
use crate::core::solve::model::Arr;
use crate::core::solve::scenario::ScenarioData;
use crate::core::text::{Lang, loader};

use super::{Family, Rule, RuleFamily, entity, people, qty, whole};

/// The housing-eligibility rule.
pub(crate) struct EligibilityRule;

impl Family for EligibilityRule {
    fn id(&self) -> RuleFamily {
        RuleFamily::Eligibility
    }

    fn model_section(&self) -> &'static str {
        "Family `eligibility`"
    }

    fn enforcement<'a>(&self, e: &'a mut Enforcement) -> Option<&'a mut Hardness> {
        Some(&mut e.eligibility)
    }

    fn arrangement_breaches(
        &self,
        sd: &ScenarioData,
        p: usize,
        arr: Arr,
        _minutes: f64,
        out: &mut Vec<(Rule, Hardness)>,
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
        entity(EntityKind::Housing, &sd.housing[rule.index()].id)
    }

    fn message(&self, rule: &Rule, sd: &ScenarioData, amount: f64) -> String {
        format!(
            "{} not eligible for {} would have to be housed there",
            people(amount),
            sd.housing[rule.index()].name
        )
    }

    fn name(&self, lang: Lang) -> String {
        fl!(loader(lang), "rule-eligibility")
    }

    fn sentence(&self, lang: Lang, name: &str, amount: f64) -> String {
        fl!(
            loader(lang),
            "rule-eligibility-short",
            name = name,
            n = qty(amount, lang),
            count = whole(amount)
        )
    }
}
