//! Working area per site: the Decree 152 norms of the people at a site fit in
//! its working area net of common use (MODEL.md §6.3).

use i18n_embed_fl::fl;

use crate::core::file::EntityKind;
use crate::core::plan::{Enforcement, Hardness};
use crate::core::solve::EntityRef;
use crate::core::solve::check::{EPS, Tally};
use crate::core::solve::model::Builder;
use crate::core::solve::scenario::ScenarioData;
use crate::core::text::{Lang, loader};

use super::{Family, Rule, RuleFamily, entity, fmt_qty, qty};

/// The working-area rule.
pub(crate) struct Area;

impl Family for Area {
    fn id(&self) -> RuleFamily {
        RuleFamily::Area
    }

    fn model_section(&self) -> &'static str {
        "Family `area`"
    }

    fn is_capacity(&self) -> bool {
        true
    }

    fn elastic_weight(&self) -> f64 {
        0.1
    }

    fn enforcement<'a>(&self, e: &'a mut Enforcement) -> Option<&'a mut Hardness> {
        Some(&mut e.area)
    }

    fn rows(&self, b: &mut Builder<'_>) {
        let hard = b.sd.enforcement().area;
        for s in 0..b.sd.sites.len() {
            let entries = std::mem::take(&mut b.area_at[s]);
            let m2 = b.sd.sites[s].area_available_m2;
            b.capacity(entries, m2, hard, Rule::of(RuleFamily::Area, s));
        }
    }

    fn check(&self, t: &Tally<'_>, out: &mut Vec<(Rule, f64, Hardness)>) {
        let hard = t.sd.enforcement().area;
        for (s, site) in t.sd.sites.iter().enumerate() {
            let over = t.area[s] - site.area_available_m2;
            if over > EPS {
                out.push((Rule::of(RuleFamily::Area, s), over, hard));
            }
        }
    }

    fn entity(&self, rule: &Rule, sd: &ScenarioData) -> EntityRef {
        entity(EntityKind::Site, &sd.sites[rule.index()].id)
    }

    fn message(&self, rule: &Rule, sd: &ScenarioData, amount: f64) -> String {
        format!(
            "{} is short of {} m2 of working area",
            sd.sites[rule.index()].name,
            fmt_qty(amount)
        )
    }

    fn total_message(&self, amount: f64) -> String {
        format!(
            "the headquarters together are short of {} m2 of working area (which site takes it is open)",
            fmt_qty(amount)
        )
    }

    fn name(&self, lang: Lang) -> String {
        fl!(loader(lang), "rule-area")
    }

    fn sentence(&self, lang: Lang, name: &str, amount: f64) -> String {
        fl!(
            loader(lang),
            "rule-area-short",
            name = name,
            n = qty(amount, lang)
        )
    }

    fn total_sentence(&self, lang: Lang, amount: f64) -> String {
        fl!(loader(lang), "rule-area-total", n = qty(amount, lang))
    }
}
