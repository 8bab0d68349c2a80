//! Longest ride per service: nobody rides longer than the service allows (MODEL.md §3).

use i18n_embed_fl::fl;

use crate::core::file::EntityKind;
use crate::core::plan::{Enforcement, Hardness};
use crate::core::solve::check::{EPS, Tally};
use crate::core::solve::model::Arr;
use crate::core::solve::scenario::ScenarioData;
use crate::core::solve::{EntityRef, RuleDetail};
use crate::core::text::{Lang, fmt, loader};

use super::{Family, Rule, RuleFamily, entity, people, qty, whole};

/// The ride-time rule.
pub(crate) struct RideTime;

impl Family for RideTime {
    fn id(&self) -> RuleFamily {
        RuleFamily::RideTime
    }

    fn model_section(&self) -> &'static str {
        "Family `ride_time`"
    }

    fn enforcement<'a>(&self, e: &'a mut Enforcement) -> Option<&'a mut Hardness> {
        Some(&mut e.ride_time)
    }

    fn arrangement_breaches(
        &self,
        sd: &ScenarioData,
        _p: usize,
        arr: Arr,
        minutes: f64,
        out: &mut Vec<(Rule, Hardness)>,
    ) {
        if let Arr::Daily(t) = arr
            && minutes > sd.services[t].max_ride_minutes + 1e-9
        {
            out.push((
                Rule::of(RuleFamily::RideTime, t),
                sd.enforcement().ride_time,
            ));
        }
    }

    fn check(&self, t: &Tally<'_>, out: &mut Vec<(Rule, f64, Hardness)>) {
        let hard = t.sd.enforcement().ride_time;
        for (_, pl) in t.placed() {
            if let Some(s) = pl.daily
                && pl.minutes > t.sd.services[s].max_ride_minutes + EPS
            {
                out.push((Rule::of(RuleFamily::RideTime, s), 1.0, hard));
            }
        }
    }

    fn entity(&self, rule: &Rule, sd: &ScenarioData) -> EntityRef {
        entity(EntityKind::Transport, &sd.services[rule.index()].id)
    }

    fn detail(&self, rule: &Rule, sd: &ScenarioData) -> Option<RuleDetail> {
        Some(RuleDetail::RideTime {
            max_minutes: sd.services[rule.index()].max_ride_minutes,
        })
    }

    fn message(&self, rule: &Rule, sd: &ScenarioData, amount: f64) -> String {
        let svc = &sd.services[rule.index()];
        format!(
            "{} on {} would ride longer than its {} minute limit",
            people(amount),
            svc.name,
            svc.max_ride_minutes
        )
    }

    fn name(&self, lang: Lang) -> String {
        fl!(loader(lang), "rule-ride-time")
    }

    fn sentence(&self, lang: Lang, name: &str, amount: f64) -> String {
        fl!(
            loader(lang),
            "rule-ride-time-short",
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
        let RuleDetail::RideTime { max_minutes } = detail else {
            return None;
        };
        Some(fl!(
            loader(lang),
            "rule-ride-time-over",
            name = name,
            n = qty(amount, lang),
            count = whole(amount),
            m = fmt::number(*max_minutes, 0, lang)
        ))
    }
}
