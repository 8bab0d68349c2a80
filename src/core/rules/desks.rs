//! Desks per site: no more people at a site than it has desks (MODEL.md §6.2).

use i18n_embed_fl::fl;

use crate::core::file::EntityKind;
use crate::core::plan::{Enforcement, Hardness};
use crate::core::solve::EntityRef;
use crate::core::solve::check::{EPS, Tally};
use crate::core::solve::model::Builder;
use crate::core::solve::scenario::ScenarioData;
use crate::core::text::{Lang, loader};

use super::{Family, Rule, RuleFamily, counted, entity, qty, whole};

/// The desks rule.
pub(crate) struct Desks;

impl Family for Desks {
    fn id(&self) -> RuleFamily {
        RuleFamily::Desks
    }

    fn model_section(&self) -> &'static str {
        "Family `desks`"
    }

    fn is_capacity(&self) -> bool {
        true
    }

    fn elastic_weight(&self) -> f64 {
        1.0
    }

    fn enforcement<'a>(&self, e: &'a mut Enforcement) -> Option<&'a mut Hardness> {
        Some(&mut e.desks)
    }

    fn rows(&self, b: &mut Builder<'_>) {
        let hard = b.sd.enforcement().desks;
        for s in 0..b.sd.sites.len() {
            let entries = b.at_site[s].clone();
            let desks = b.sd.sites[s].desks as f64;
            b.capacity(entries, desks, hard, Rule::of(RuleFamily::Desks, s));
        }
    }

    fn check(&self, t: &Tally<'_>, out: &mut Vec<(Rule, f64, Hardness)>) {
        let hard = t.sd.enforcement().desks;
        for (s, site) in t.sd.sites.iter().enumerate() {
            let over = t.people[s] as f64 - site.desks as f64;
            if over > EPS {
                out.push((Rule::of(RuleFamily::Desks, s), over, hard));
            }
        }
    }

    fn entity(&self, rule: &Rule, sd: &ScenarioData) -> EntityRef {
        entity(EntityKind::Site, &sd.sites[rule.index()].id)
    }

    fn message(&self, rule: &Rule, sd: &ScenarioData, amount: f64) -> String {
        format!(
            "{} is short of {}",
            sd.sites[rule.index()].name,
            counted(amount, "desk", "desks")
        )
    }

    fn total_message(&self, amount: f64) -> String {
        format!(
            "the headquarters together are short of {} (which site takes them is open)",
            counted(amount, "desk", "desks")
        )
    }

    fn name(&self, lang: Lang) -> String {
        fl!(loader(lang), "rule-desks")
    }

    fn sentence(&self, lang: Lang, name: &str, amount: f64) -> String {
        fl!(
            loader(lang),
            "rule-desks-short",
            name = name,
            n = qty(amount, lang),
            count = whole(amount)
        )
    }

    fn total_sentence(&self, lang: Lang, amount: f64) -> String {
        fl!(
            loader(lang),
            "rule-desks-total",
            n = qty(amount, lang),
            count = whole(amount)
        )
    }
}
