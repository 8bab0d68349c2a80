//! Share of all staff per site: between a minimum and a maximum percentage
//! (MODEL.md §6.8), each share with its own hardness.

use crate::core::file::EntityKind;
use crate::core::plan::{Hardness, Plan, Scenario};
use crate::core::solve::check::{EPS, Tally};
use crate::core::solve::model::Builder;
use crate::core::solve::scenario::ScenarioData;
use crate::core::solve::{EntityRef, RuleDetail};
use crate::core::text::{Lang, fmt};

use super::{Family, Finding, Part, PlanRule, Rule, RuleFamily, entity, people};

/// The site-share rule.
pub(crate) struct SiteShareRule;

impl Family for SiteShareRule {
    identity!(SiteShare, "Family `site_share`");
    texts!("rule-site-share", "rule-site-share-short");

    fn plan_rules(&self, plan: &Plan, scenario: &Scenario, lang: Lang) -> Vec<PlanRule> {
        let shares = scenario
            .overrides
            .rules
            .site_shares
            .as_ref()
            .unwrap_or(&plan.rules.site_shares);
        shares
            .iter()
            .map(|s| PlanRule {
                family: RuleFamily::SiteShare,
                entity: Some(s.site.clone()),
                scope: format!(
                    "{}: {}–{}%",
                    plan.site(&s.site)
                        .map_or(s.site.as_str(), |x| x.name.as_str()),
                    fmt::number(s.min_pct, 0, lang),
                    fmt::number(s.max_pct, 0, lang)
                ),
                hardness: s.hardness,
            })
            .collect()
    }

    fn rows(&self, b: &mut Builder<'_>) {
        let sd = b.sd;
        let total = sd.persons.len() as f64;
        for (i, sh) in sd.shares.iter().enumerate() {
            let e = sh.site.map(|s| b.at_site[s].clone()).unwrap_or_default();
            b.share(
                e,
                sh.min_pct / 100.0 * total,
                sh.max_pct / 100.0 * total,
                sh.hardness,
                Rule::part(RuleFamily::SiteShare, Part::Low, i),
                Rule::part(RuleFamily::SiteShare, Part::High, i),
            );
        }
    }

    fn check(&self, t: &Tally<'_>, out: &mut Vec<(Rule, f64, Hardness)>) {
        let total = t.sd.persons.len() as f64;
        for (i, sh) in t.sd.shares.iter().enumerate() {
            let n = sh.site.map(|s| t.people[s]).unwrap_or(0) as f64;
            let lo = sh.min_pct / 100.0 * total;
            let hi = sh.max_pct / 100.0 * total;
            if lo - n > EPS {
                out.push((
                    Rule::part(RuleFamily::SiteShare, Part::Low, i),
                    lo - n,
                    sh.hardness,
                ));
            }
            if n - hi > EPS {
                out.push((
                    Rule::part(RuleFamily::SiteShare, Part::High, i),
                    n - hi,
                    sh.hardness,
                ));
            }
        }
    }

    fn entity(&self, rule: &Rule, sd: &ScenarioData) -> EntityRef {
        entity(EntityKind::Site, &sd.shares[rule.index()].site_id)
    }

    fn detail(&self, rule: &Rule, sd: &ScenarioData) -> Option<RuleDetail> {
        let sh = &sd.shares[rule.index()];
        Some(RuleDetail::SiteShare {
            min_pct: sh.min_pct,
            max_pct: sh.max_pct,
            low: rule.part == Part::Low,
        })
    }

    fn message(&self, rule: &Rule, sd: &ScenarioData, amount: f64) -> String {
        let sh = &sd.shares[rule.index()];
        if rule.part == Part::Low {
            format!(
                "{} is {} below its minimum share of {}% of all staff",
                sh.site_id,
                people(amount),
                sh.min_pct
            )
        } else {
            format!(
                "{} is {} above its maximum share of {}% of all staff",
                sh.site_id,
                people(amount),
                sh.max_pct
            )
        }
    }

    fn detail_sentence(&self, detail: &RuleDetail, f: &Finding<'_>) -> Option<String> {
        let &RuleDetail::SiteShare {
            min_pct,
            max_pct,
            low,
        } = detail
        else {
            return None;
        };
        Some(if low {
            said!(f, "rule-site-share-low", p = f.number(min_pct))
        } else {
            said!(f, "rule-site-share-high", p = f.number(max_pct))
        })
    }
}
