//! Opening dates: nobody works at a site or stays in housing before it opens
//! (MODEL.md §3).

use crate::core::plan::Hardness;
use crate::core::solve::check::Tally;
use crate::core::solve::model::Arr;
use crate::core::solve::scenario::ScenarioData;
use crate::core::solve::{EntityRef, RuleDetail};
use crate::core::text::fmt;

use super::common::Holder;
use super::{Breaches, Family, Finding, Part, Rule, RuleFamily, people};

/// The opening-dates rule.
pub(crate) struct OpeningDates;

impl Family for OpeningDates {
    identity!(OpeningDates, "Family `opening_dates`", enforcement opening_dates);
    texts!("rule-opening-dates", "rule-opening-dates-short");

    fn arrangement_breaches(
        &self,
        sd: &ScenarioData,
        _p: usize,
        arr: Arr,
        _minutes: f64,
        out: &mut Breaches,
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

    fn site_breaches(&self, sd: &ScenarioData, _p: usize, s: usize, out: &mut Breaches) {
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
        let holder = match rule.part {
            Part::Housing => Holder::Housing,
            _ => Holder::Site,
        };
        holder.entity(sd, rule.index())
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

    fn detail_sentence(&self, detail: &RuleDetail, f: &Finding<'_>) -> Option<String> {
        let RuleDetail::Opens { date: Some(d) } = detail else {
            return None;
        };
        Some(said!(f, "rule-opening-dates-opens", date = fmt::date(*d)))
    }
}
