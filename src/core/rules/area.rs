//! Working area per site: the Decree 152 norms of the people at a site fit in
//! its working area net of common use (MODEL.md §6.3).

use i18n_embed_fl::fl;

use crate::core::plan::Hardness;
use crate::core::solve::check::Tally;
use crate::core::solve::model::Builder;
use crate::core::text::{Lang, loader};

use super::common::{Holder, capacity_rows, over_capacity};
use super::{Family, Rule, RuleFamily, fmt_qty, qty};

/// The working-area rule.
pub(crate) struct Area;

impl Family for Area {
    identity!(Area, "Family `area`", enforcement area);
    capacity!(
        Holder::Site,
        |x| format!("{} m2 of working area", fmt_qty(x)),
        "it"
    );

    fn elastic_weight(&self) -> f64 {
        0.1
    }

    fn rows(&self, b: &mut Builder<'_>) {
        let (hard, sites) = (b.sd.enforcement().area, b.sd.sites.len());
        capacity_rows(b, RuleFamily::Area, hard, sites, |b, s| {
            (
                std::mem::take(&mut b.area_at[s]),
                b.sd.sites[s].area_available_m2,
            )
        });
    }

    fn check(&self, t: &Tally<'_>, out: &mut Vec<(Rule, f64, Hardness)>) {
        let sites = t.sd.sites.iter().enumerate();
        let m2 = sites.map(|(s, site)| (s, t.area[s], site.area_available_m2));
        over_capacity(RuleFamily::Area, t.sd.enforcement().area, m2, out);
    }

    fn name(&self, lang: Lang) -> String {
        fl!(loader(lang), "rule-area")
    }

    /// Area is no count: its sentences have no plural forms.
    fn sentence(&self, lang: Lang, name: &str, amount: f64) -> String {
        let m2 = qty(amount, lang);
        fl!(loader(lang), "rule-area-short", name = name, n = m2)
    }

    fn total_sentence(&self, lang: Lang, amount: f64) -> String {
        fl!(loader(lang), "rule-area-total", n = qty(amount, lang))
    }
}
