//! Longest daily commute: people whose daily commute would be longer must be
//! housed (MODEL.md §3).

use i18n_embed_fl::fl;

use crate::core::file::EntityKind;
use crate::core::plan::{Enforcement, Hardness, Plan, Scenario};
use crate::core::report::labels::L;
use crate::core::solve::check::{EPS, Tally};
use crate::core::solve::model::Arr;
use crate::core::solve::scenario::ScenarioData;
use crate::core::solve::{EntityRef, RuleDetail};
use crate::core::text::{Lang, fmt, loader};

use super::{Family, PlanRule, Rule, RuleFamily, entity, people, qty, whole, zone_name};

/// The longest-daily-commute rule.
pub(crate) struct MaxCommute;

impl Family for MaxCommute {
    fn id(&self) -> RuleFamily {
        RuleFamily::MaxCommute
    }

    fn model_section(&self) -> &'static str {
        "Family `max_commute`"
    }

    fn enforcement<'a>(&self, e: &'a mut Enforcement) -> Option<&'a mut Hardness> {
        Some(&mut e.max_commute)
    }

    fn plan_rules(&self, plan: &Plan, scenario: &Scenario, lang: Lang) -> Vec<PlanRule> {
        let max = scenario
            .overrides
            .rules
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
        out: &mut Vec<(Rule, Hardness)>,
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
        format!(
            "{} from {} would commute daily longer than {} minutes and cannot all be housed",
            people(amount),
            zone_name(sd, rule.index()),
            sd.max_daily_commute_minutes
        )
    }

    fn name(&self, lang: Lang) -> String {
        fl!(loader(lang), "rule-max-commute")
    }

    fn sentence(&self, lang: Lang, name: &str, amount: f64) -> String {
        fl!(
            loader(lang),
            "rule-max-commute-short",
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
        let RuleDetail::MaxCommute { max_minutes } = detail else {
            return None;
        };
        Some(fl!(
            loader(lang),
            "rule-max-commute-over",
            name = name,
            n = qty(amount, lang),
            count = whole(amount),
            m = fmt::number(*max_minutes, 0, lang)
        ))
    }
}
