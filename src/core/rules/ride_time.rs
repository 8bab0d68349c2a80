//! Longest ride per service: nobody rides longer than the service allows (MODEL.md §3).

use crate::core::plan::Hardness;
use crate::core::solve::check::{EPS, Tally};
use crate::core::solve::model::Arr;
use crate::core::solve::scenario::ScenarioData;
use crate::core::solve::{EntityRef, RuleDetail};

use super::common::Holder;
use super::{Breaches, Family, Rule, RuleFamily, people};

/// The ride-time rule.
pub(crate) struct RideTime;

impl Family for RideTime {
    identity!(RideTime, "Family `ride_time`", enforcement ride_time);
    texts!("rule-ride-time", "rule-ride-time-short");
    minutes_limit_sentence!(RideTime, "rule-ride-time-over");

    fn arrangement_breaches(
        &self,
        sd: &ScenarioData,
        _p: usize,
        arr: Arr,
        minutes: f64,
        out: &mut Breaches,
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
        Holder::Service.entity(sd, rule.index())
    }

    fn detail(&self, rule: &Rule, sd: &ScenarioData) -> Option<RuleDetail> {
        Some(RuleDetail::RideTime {
            max_minutes: sd.services[rule.index()].max_ride_minutes,
        })
    }

    fn message(&self, rule: &Rule, sd: &ScenarioData, amount: f64) -> String {
        let svc = &sd.services[rule.index()];
        let (name, max) = (&svc.name, svc.max_ride_minutes);
        format!(
            "{} on {name} would ride longer than its {max} minute limit",
            people(amount)
        )
    }
}
