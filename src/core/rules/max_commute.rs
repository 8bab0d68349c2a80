//! Longest daily commute: people whose daily commute would be longer must be
//! housed (MODEL.md §3).

use crate::core::file::EntityKind;
use crate::core::plan::{Hardness, Plan, Scenario};
use crate::core::report::labels::L;
use crate::core::solve::check::{EPS, Tally};
use crate::core::solve::model::Arr;
use crate::core::solve::scenario::ScenarioData;
use crate::core::solve::{EntityRef, RuleDetail};
use crate::core::text::{Lang, fmt};

use super::{Breaches, Family, PlanRule, Rule, RuleFamily, entity, people, zone_name};

/// The longest-daily-commute rule.
pub(crate) struct MaxCommute;

impl Family for MaxCommute {
    identity!(MaxCommute, "Family `max_commute`", enforcement max_commute);
    texts!("rule-max-commute", "rule-max-commute-short");
    minutes_limit_sentence!(MaxCommute, "rule-max-commute-over");

    fn plan_rules(&self, plan: &Plan, scenario: &Scenario, lang: Lang) -> Vec<PlanRule> {
        let overrides = &scenario.overrides.rules;
        let max = overrides
            .max_daily_commute_minutes
            .unwrap_or(plan.rules.max_daily_commute_minutes);
        vec![PlanRule {
            family: RuleFamily::MaxCommute,
            entity: None,
            scope: format!(
                "{} {} {}",
                L::AtMost.t(lang),
                fmt::number(max, 0, lang),
                L::Minutes.t(lang)
            ),
            hardness: plan.rules.enforcement.max_commute,
        }]
    }

    fn arrangement_breaches(
        &self,
        sd: &ScenarioData,
        p: usize,
        arr: Arr,
        minutes: f64,
        out: &mut Breaches,
    ) {
        if matches!(arr, Arr::Daily(_)) && minutes > sd.max_daily_commute_minutes + 1e-9 {
            out.push((
                Rule::of(RuleFamily::MaxCommute, sd.persons[p].zone),
                sd.enforcement().max_commute,
            ));
        }
    }

    fn check(&self, t: &Tally<'_>, out: &mut Vec<(Rule, f64, Hardness)>) {
        let hard = t.sd.enforcement().max_commute;
        for (p, pl) in t.placed() {
            if pl.daily.is_some() && pl.minutes > t.sd.max_daily_commute_minutes + EPS {
                let zone = t.sd.persons[p].zone;
                out.push((Rule::of(RuleFamily::MaxCommute, zone), 1.0, hard));
            }
        }
    }

    fn entity(&self, rule: &Rule, sd: &ScenarioData) -> EntityRef {
        entity(EntityKind::Zone, &sd.zone_ids[rule.index()])
    }

    fn detail(&self, _rule: &Rule, sd: &ScenarioData) -> Option<RuleDetail> {
        Some(RuleDetail::MaxCommute {
            max_minutes: sd.max_daily_commute_minutes,
        })
    }

    fn message(&self, rule: &Rule, sd: &ScenarioData, amount: f64) -> String {
        let (zone, max) = (zone_name(sd, rule.index()), sd.max_daily_commute_minutes);
        format!(
            "{} from {zone} would commute daily longer than {max} minutes and cannot all be housed",
            people(amount)
        )
    }
}
