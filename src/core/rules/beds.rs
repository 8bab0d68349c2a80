//! Beds per housing block: no more housed people than beds (MODEL.md §6.4).

use i18n_embed_fl::fl;

use crate::core::file::EntityKind;
use crate::core::plan::{Enforcement, Hardness};
use crate::core::solve::EntityRef;
use crate::core::solve::check::{EPS, Tally};
use crate::core::solve::model::Builder;
use crate::core::solve::scenario::ScenarioData;
use crate::core::text::{Lang, loader};

use super::{Family, Rule, RuleFamily, counted, entity, qty, whole};

/// The beds rule.
pub(crate) struct Beds;

impl Family for Beds {
    fn id(&self) -> RuleFamily {
        RuleFamily::Beds
    }

    fn model_section(&self) -> &'static str {
        "Family `beds`"
    }

    fn is_capacity(&self) -> bool {
        true
    }

    fn elastic_weight(&self) -> f64 {
        1.0
    }

    fn enforcement<'a>(&self, e: &'a mut Enforcement) -> Option<&'a mut Hardness> {
        Some(&mut e.beds)
    }

    fn rows(&self, b: &mut Builder<'_>) {
        let hard = b.sd.enforcement().beds;
        for h in 0..b.sd.housing.len() {
            let entries = std::mem::take(&mut b.beds[h]);
            let beds = b.sd.housing[h].beds as f64;
            b.capacity(entries, beds, hard, Rule::of(RuleFamily::Beds, h));
        }
    }

    fn check(&self, t: &Tally<'_>, out: &mut Vec<(Rule, f64, Hardness)>) {
        let hard = t.sd.enforcement().beds;
        for (h, hd) in t.sd.housing.iter().enumerate() {
            let over = t.beds[h] as f64 - hd.beds as f64;
            if over > EPS {
                out.push((Rule::of(RuleFamily::Beds, h), over, hard));
            }
        }
    }

    fn entity(&self, rule: &Rule, sd: &ScenarioData) -> EntityRef {
        entity(EntityKind::Housing, &sd.housing[rule.index()].id)
    }

    fn message(&self, rule: &Rule, sd: &ScenarioData, amount: f64) -> String {
        format!(
            "{} is short of {}",
            sd.housing[rule.index()].name,
            counted(amount, "bed", "beds")
        )
    }

    fn total_message(&self, amount: f64) -> String {
        format!(
            "the housing blocks together are short of {} (which block takes them is open)",
            counted(amount, "bed", "beds")
        )
    }

    fn name(&self, lang: Lang) -> String {
        fl!(loader(lang), "rule-beds")
    }

    fn sentence(&self, lang: Lang, name: &str, amount: f64) -> String {
        fl!(
            loader(lang),
            "rule-beds-short",
            name = name,
            n = qty(amount, lang),
            count = whole(amount)
        )
    }

    fn total_sentence(&self, lang: Lang, amount: f64) -> String {
        fl!(
            loader(lang),
            "rule-beds-total",
            n = qty(amount, lang),
            count = whole(amount)
        )
    }
}
