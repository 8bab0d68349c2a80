//! The monthly budget cap: money per month at most the budget (MODEL.md §6.9).

use i18n_embed_fl::fl;

use crate::core::file::EntityKind;
use crate::core::plan::{Hardness, Plan, Scenario};
use crate::core::report::labels::L;
use crate::core::solve::EntityRef;
use crate::core::solve::check::{EPS, Tally};
use crate::core::solve::model::Builder;
use crate::core::solve::scenario::ScenarioData;
use crate::core::text::{Lang, fmt, loader};

use super::{Family, PlanRule, Rule, RuleFamily, entity, fmt_qty};

/// The budget rule.
pub(crate) struct Budget;

/// Money: "1.234.567 ₫" or "1,234,567 VND".
pub(crate) fn money(x: f64, lang: Lang) -> String {
    let n = fmt::number(x.round(), 0, lang);
    match lang {
        Lang::Vi => format!("{n} ₫"),
        Lang::En => format!("{n} VND"),
    }
}

impl Family for Budget {
    identity!(Budget, "Family `budget`");

    fn elastic_weight(&self) -> f64 {
        1.0
    }

    fn plan_rules(&self, plan: &Plan, scenario: &Scenario, lang: Lang) -> Vec<PlanRule> {
        let overrides = &scenario.overrides.rules;
        let budget = overrides
            .monthly_budget_vnd
            .or(plan.rules.monthly_budget_vnd);
        budget
            .map(|b| PlanRule {
                family: RuleFamily::Budget,
                entity: None,
                scope: format!("{} {}", L::AtMost.t(lang), money(b, lang)),
                hardness: plan.rules.budget,
            })
            .into_iter()
            .collect()
    }

    fn rows(&self, b: &mut Builder<'_>) {
        let Some(budget) = b.sd.monthly_budget_vnd else {
            return;
        };
        // In millions of VND.
        let hard = match b.sd.budget_hardness() {
            Hardness::Soft(wt) => Hardness::Soft(wt * 1e6),
            h => h,
        };
        let money = std::mem::take(&mut b.money);
        b.capacity(
            money,
            budget / 1e6,
            hard,
            Rule::scenario(RuleFamily::Budget),
        );
    }

    fn check(&self, t: &Tally<'_>, out: &mut Vec<(Rule, f64, Hardness)>) {
        if let Some(b) = t.sd.monthly_budget_vnd {
            let over = t.total_vnd - b;
            if over > EPS.max(b * 1e-9) {
                out.push((
                    Rule::scenario(RuleFamily::Budget),
                    over,
                    t.sd.budget_hardness(),
                ));
            }
        }
    }

    fn entity(&self, _rule: &Rule, _sd: &ScenarioData) -> EntityRef {
        entity(EntityKind::Rules, "monthly_budget_vnd")
    }

    fn entity_name(&self, _rule: &Rule, _sd: &ScenarioData) -> String {
        "the monthly budget".into()
    }

    /// The budget is one entity: its finding is the family's total.
    fn message(&self, _rule: &Rule, _sd: &ScenarioData, amount: f64) -> String {
        self.total_message(amount)
    }

    fn total_message(&self, amount: f64) -> String {
        format!("the monthly budget is short of {} VND", fmt_qty(amount))
    }

    fn name(&self, lang: Lang) -> String {
        fl!(loader(lang), "rule-budget")
    }

    fn sentence(&self, lang: Lang, _name: &str, amount: f64) -> String {
        let over = money(amount.abs(), lang);
        fl!(loader(lang), "rule-budget-over", n = over)
    }
}
