//! Opening dates: nobody works at a site or stays in housing before it opens
//! (MODEL.md §3).

use i18n_embed_fl::fl;

use crate::core::file::EntityKind;
use crate::core::plan::{Enforcement, Hardness};
use crate::core::solve::check::Tally;
use crate::core::solve::model::Arr;
use crate::core::solve::scenario::ScenarioData;
use crate::core::solve::{EntityRef, RuleDetail};
use crate::core::text::{Lang, fmt, loader};

use super::{Family, Part, Rule, RuleFamily, entity, people, qty, whole};

/// The opening-dates rule.
pub(crate) struct OpeningDates;

impl Family for OpeningDates {
    fn id(&self) -> RuleFamily {
        RuleFamily::OpeningDates
    }

    fn model_section(&self) -> &'static str {
        "Family `opening_dates`"
    }

    fn enforcement<'a>(&self, e: &'a mut Enforcement) -> Option<&'a mut Hardness> {
        Some(&mut e.opening_dates)
    }

    fn arrangement_breaches(
        &self,
        sd: &ScenarioData,
        _p: usize,
        arr: Arr,
        _minutes: f64,
        out: &mut Vec<(Rule, Hardness)>,
    ) {
        if let Arr::Weekly(h) = arr
            && !sd.housing[h].open
        {
            out.push((
                Rule::part(RuleFamily::OpeningDates, Part::Housing, h),
                sd.enforcement().opening_dates,
            ));
        }
    }

    fn site_breaches(
        &self,
        sd: &ScenarioData,
        _p: usize,
        s: usize,
        out: &mut Vec<(Rule, Hardness)>,
    ) {
        if !sd.sites[s].open {
            out.push((
                Rule::part(RuleFamily::OpeningDates, Part::Site, s),
                sd.enforcement().opening_dates,
            ));
        }
    }

    fn check(&self, t: &Tally<'_>, out: &mut Vec<(Rule, f64, Hardness)>) {
        let hard = t.sd.enforcement().opening_dates;
        for (_, pl) in t.placed() {
            if let Some(h) = pl.weekly
                && !t.sd.housing[h].open
            {
                out.push((
                    Rule::part(RuleFamily::OpeningDates, Part::Housing, h),
                    1.0,
                    hard,
                ));
            }
            if !t.sd.sites[pl.site].open {
                out.push((
                    Rule::part(RuleFamily::OpeningDates, Part::Site, pl.site),
                    1.0,
                    hard,
                ));
            }
        }
    }

    fn entity(&self, rule: &Rule, sd: &ScenarioData) -> EntityRef {
        let i = rule.index();
        match rule.part {
            Part::Housing => entity(EntityKind::Housing, &sd.housing[i].id),
            _ => entity(EntityKind::Site, &sd.sites[i].id),
        }
    }

    fn detail(&self, rule: &Rule, sd: &ScenarioData) -> Option<RuleDetail> {
        let i = rule.index();
        Some(RuleDetail::Opens {
            date: match rule.part {
                Part::Housing => sd.housing[i].available_from,
                _ => sd.sites[i].opens,
            },
        })
    }

    fn message(&self, rule: &Rule, sd: &ScenarioData, amount: f64) -> String {
        let i = rule.index();
        let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        match rule.part {
            Part::Housing => format!(
                "{} would need {} before it is available ({})",
                people(amount),
                sd.housing[i].name,
                date(sd.housing[i].available_from)
            ),
            _ => format!(
                "{} would need {} before it opens ({})",
                people(amount),
                sd.sites[i].name,
                date(sd.sites[i].opens)
            ),
        }
    }

    fn name(&self, lang: Lang) -> String {
        fl!(loader(lang), "rule-opening-dates")
    }

    fn sentence(&self, lang: Lang, name: &str, amount: f64) -> String {
        fl!(
            loader(lang),
            "rule-opening-dates-short",
            name = name,
            n = qty(amount, lang),
            count = whole(amount)
        )
    }

    fn detail_sentence(
        &self,
        lang: Lang,
        detail: &RuleDetail,
        name: &str,
        amount: f64,
        _site_name: &dyn Fn(&str) -> String,
    ) -> Option<String> {
        let RuleDetail::Opens { date: Some(d) } = detail else {
            return None;
        };
        Some(fl!(
            loader(lang),
            "rule-opening-dates-opens",
            name = name,
            n = qty(amount, lang),
            count = whole(amount),
            date = fmt::date(*d)
        ))
    }
}
