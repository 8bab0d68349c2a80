//! The one place where the solver's structured findings become sentences, in
//! Vietnamese and English: broken rules ([`Violation`]), infeasibility
//! diagnosis ([`DiagnosisItem`]), binding capacities ([`BindingRule`]), the
//! reasons for a cadre's assignment ([`Reason`]) and why an alternative was not
//! chosen ([`WhyNot`]). The app and every export call these functions, so a
//! screen and the committee's workbook always say the same thing.
//!
//! Ids are turned into the names people know through [`Names`].

use std::collections::HashMap;

use i18n_embed_fl::fl;

use super::Lang;
use super::fmt::number;
use crate::core::file::EntityKind;
use crate::core::plan::{Plan, Preference};
use crate::core::rules::Finding;
use crate::core::solve::{
    BindingRule, DiagnosisItem, DiagnosisScope, EntityRef, Reason, RuleDetail, RuleFamily,
    Violation, WhyNot,
};
use crate::core::text::loader;

/// Display names of a plan's entities by id (falls back to the id).
#[derive(Debug, Clone)]
pub struct Names<'a> {
    sites: HashMap<&'a str, &'a str>,
    units: HashMap<&'a str, &'a str>,
    zones: HashMap<&'a str, &'a str>,
    grades: HashMap<&'a str, &'a str>,
    services: HashMap<&'a str, &'a str>,
    housing: HashMap<&'a str, &'a str>,
    groups: HashMap<&'a str, &'a str>,
    scenarios: HashMap<&'a str, &'a str>,
    /// Cadres are looked up on demand (only invalid assignments name one), so
    /// building names stays cheap on 30,000 cadres, every frame if need be.
    plan: &'a Plan,
    anonymized: bool,
}

fn lookup(map: &HashMap<&str, &str>, id: &str) -> String {
    map.get(id)
        .filter(|n| !n.is_empty())
        .map_or_else(|| id.to_owned(), |n| (*n).to_owned())
}

/// Declares one accessor per table of [`Names`]: `fn $name(&self, id: &str)
/// -> String` returns the name `$table` records for `id`, or `id` itself when
/// it has none ([`lookup`]).
macro_rules! name_accessors {
    ($($(#[$doc:meta])* $name:ident => $table:ident;)*) => {
        $(
            $(#[$doc])*
            pub fn $name(&self, id: &str) -> String {
                lookup(&self.$table, id)
            }
        )*
    };
}

impl<'a> Names<'a> {
    /// Names of `plan`'s entities; grades get their English name in English when they have one.
    pub fn new(plan: &'a Plan, lang: Lang) -> Self {
        let pairs = |v: Vec<(&'a str, &'a str)>| v.into_iter().collect::<HashMap<_, _>>();
        Self {
            sites: pairs(plan.sites.iter().map(|x| (&*x.id, &*x.name)).collect()),
            units: pairs(plan.units.iter().map(|x| (&*x.id, &*x.name)).collect()),
            zones: pairs(plan.zones.iter().map(|x| (&*x.id, &*x.name)).collect()),
            grades: pairs(
                plan.grades
                    .iter()
                    .map(|g| {
                        let name = if lang == Lang::En && !g.name_en.is_empty() {
                            &*g.name_en
                        } else {
                            &*g.name
                        };
                        (&*g.id, name)
                    })
                    .collect(),
            ),
            services: pairs(plan.transport.iter().map(|x| (&*x.id, &*x.name)).collect()),
            housing: pairs(plan.housing.iter().map(|x| (&*x.id, &*x.name)).collect()),
            groups: pairs(
                plan.rules
                    .priority_groups
                    .iter()
                    .map(|x| (&*x.id, &*x.name))
                    .collect(),
            ),
            scenarios: pairs(plan.scenarios.iter().map(|x| (&*x.id, &*x.name)).collect()),
            plan,
            anonymized: false,
        }
    }

    /// The same, with cadres named by their staff code only (anonymised exports).
    pub fn anonymized(mut self, yes: bool) -> Self {
        self.anonymized = yes;
        self
    }

    name_accessors! {
        /// Site name.
        site => sites;
        /// Unit name.
        unit => units;
        /// Home zone name.
        zone => zones;
        /// Grade name.
        grade => grades;
        /// Transport service name.
        service => services;
        /// Housing block name.
        housing => housing;
        /// Priority group name.
        group => groups;
    }

    /// Cadre as "Name (code)", or the code alone when anonymised or unknown.
    pub fn cadre(&self, code: &str) -> String {
        let found = self.plan.cadres.iter().find(|c| c.code == code);
        match found.map(|c| c.name.as_str()).filter(|n| !n.is_empty()) {
            Some(n) if !self.anonymized => format!("{n} ({code})"),
            _ => code.to_owned(),
        }
    }

    /// The name of the entity a finding is about.
    pub fn entity(&self, e: &EntityRef) -> String {
        match e.kind {
            EntityKind::Site => self.site(&e.id),
            EntityKind::Unit => self.unit(&e.id),
            EntityKind::Zone => self.zone(&e.id),
            EntityKind::Grade => self.grade(&e.id),
            EntityKind::Transport => self.service(&e.id),
            EntityKind::Housing => self.housing(&e.id),
            EntityKind::Rules => self.group(&e.id),
            EntityKind::Scenario => lookup(&self.scenarios, &e.id),
            EntityKind::Cadre => self.cadre(&e.id),
            EntityKind::Plan | EntityKind::Travel => e.id.clone(),
        }
    }
}

/// Money: "1.234.567 ₫" or "1,234,567 VND".
pub fn money(x: f64, lang: Lang) -> String {
    crate::core::rules::money(x, lang)
}

/// A signed number: "+12" or "-5" (nothing for zero).
fn signed(x: f64, decimals: usize, lang: Lang) -> String {
    let n = number(x, decimals, lang);
    if x > 0.0 && n.chars().any(|c| c.is_ascii_digit() && c != '0') {
        format!("+{n}")
    } else {
        n
    }
}

/// The name of a rule family, e.g. "Chỗ làm việc mỗi trụ sở" / "Desks per site".
pub fn family_name(family: RuleFamily, lang: Lang) -> String {
    family.name(lang)
}

/// A survey answer in words.
pub fn preference_name(p: Preference, lang: Lang) -> String {
    let l = loader(lang);
    match p {
        Preference::DailyCommute => fl!(l, "reason-preference-daily-commute"),
        Preference::WeeklyWithHousing => fl!(l, "reason-preference-weekly-with-housing"),
        Preference::MoveHome => fl!(l, "reason-preference-move-home"),
        Preference::None => fl!(l, "reason-preference-none"),
    }
}

/// A broken or unmeetable rule as a sentence: `amount` of `family` at `entity`,
/// e.g. "Trụ sở X thiếu 837 chỗ làm việc" / "X is short of 837 desks"; with
/// `detail`, the limit is named too ("... so với tỷ lệ tối thiểu 30% tại ...").
pub fn rule_sentence(
    entity: &EntityRef,
    family: RuleFamily,
    amount: f64,
    detail: Option<&RuleDetail>,
    names: &Names<'_>,
    lang: Lang,
) -> String {
    let def = family.def();
    let name = names.entity(entity);
    let site_name = |id: &str| names.site(id);
    let finding = Finding {
        lang,
        name: &name,
        amount,
        site_name: &site_name,
    };
    detail
        .and_then(|d| def.detail_sentence(d, &finding))
        .unwrap_or_else(|| def.sentence(lang, &name, amount))
}

/// A checker violation as a sentence.
pub fn violation_sentence(v: &Violation, names: &Names<'_>, lang: Lang) -> String {
    rule_sentence(&v.entity, v.rule, v.amount, v.detail.as_ref(), names, lang)
}

/// A diagnosis item as a sentence: a family's total leads ("1,224 beds short in
/// all"), an entity's forced share says "at least" (MODEL.md §10).
pub fn diagnosis_sentence(d: &DiagnosisItem, names: &Names<'_>, lang: Lang) -> String {
    let one = || {
        rule_sentence(
            &d.entity,
            d.rule,
            d.shortfall,
            d.detail.as_ref(),
            names,
            lang,
        )
    };
    match d.scope {
        DiagnosisScope::Only => one(),
        DiagnosisScope::AtLeast => fl!(loader(lang), "reason-finding-at-least", sentence = one()),
        DiagnosisScope::Total => total_sentence(d.rule, d.shortfall, lang),
    }
}

/// A family's whole shortfall over interchangeable entities.
fn total_sentence(family: RuleFamily, amount: f64, lang: Lang) -> String {
    family.def().total_sentence(lang, amount)
}

/// A binding capacity as a sentence: what one more desk, m², bed, vehicle or
/// million VND of budget would gain.
pub fn binding_sentence(b: &BindingRule, names: &Names<'_>, lang: Lang) -> String {
    let l = loader(lang);
    let unit = match b.rule {
        RuleFamily::Desks => fl!(l, "reason-binding-unit-desks"),
        RuleFamily::Area => fl!(l, "reason-binding-unit-area"),
        RuleFamily::Beds => fl!(l, "reason-binding-unit-beds"),
        RuleFamily::Vehicles => fl!(l, "reason-binding-unit-vehicles"),
        RuleFamily::Budget => fl!(l, "reason-binding-unit-budget"),
        _ => fl!(l, "reason-binding-unit-other"),
    };
    let name = if b.rule == RuleFamily::Budget {
        fl!(l, "reason-binding-monthly-budget")
    } else {
        names.entity(&b.entity)
    };
    fl!(
        l,
        "reason-binding",
        name = name,
        unit = unit,
        value = marginal_text(b, lang)
    )
}

/// A marginal value, with its interval when the bounds leave it wider than 1%
/// (MODEL.md §11): "2.441.258" or "2.441.258 (2.400.000 – 4.086.504)".
fn marginal_text(b: &BindingRule, lang: Lang) -> String {
    let v = number(b.marginal_value, 0, lang);
    let width = b.marginal_value_max - b.marginal_value_min;
    if width > 0.01 * b.marginal_value.abs().max(1.0) {
        format!(
            "{v} ({} – {})",
            number(b.marginal_value_min, 0, lang),
            number(b.marginal_value_max, 0, lang)
        )
    } else {
        v
    }
}

/// One reason for a cadre's assignment as a short sentence.
pub fn reason_sentence(r: &Reason, names: &Names<'_>, lang: Lang) -> String {
    let l = loader(lang);
    match r {
        Reason::Pinned { site } => fl!(l, "reason-pinned", site = names.site(site)),
        Reason::PinNotKept { site } => fl!(l, "reason-pin-not-kept", site = names.site(site)),
        Reason::UnitAtSite { site } => fl!(l, "reason-unit-at-site", site = names.site(site)),
        Reason::UnitAtSiteNotKept { site } => {
            fl!(l, "reason-unit-at-site-not-kept", site = names.site(site))
        }
        Reason::UnitWhole => fl!(l, "reason-unit-whole"),
        Reason::UnitShare {
            site,
            min_pct,
            max_pct,
        } => fl!(
            l,
            "reason-unit-share",
            site = names.site(site),
            min = number(*min_pct, 0, lang),
            max = number(*max_pct, 0, lang)
        ),
        Reason::PriorityGroup { group, name } => fl!(
            l,
            "reason-priority-group",
            group = group_name(names, group, name)
        ),
        Reason::PriorityGroupNotNearest { group, name } => fl!(
            l,
            "reason-priority-group-not-nearest",
            group = group_name(names, group, name)
        ),
        Reason::MatchesPreference { preference } => fl!(
            l,
            "reason-matches-preference",
            preference = preference_name(*preference, lang)
        ),
        Reason::PreferenceMismatch { preference } => fl!(
            l,
            "reason-preference-mismatch",
            preference = preference_name(*preference, lang)
        ),
        Reason::KeepsSite { site } => fl!(l, "reason-keeps-site", site = names.site(site)),
        Reason::Moved { from, to } => fl!(
            l,
            "reason-moved",
            from = names.site(from),
            to = names.site(to)
        ),
    }
}

fn group_name(names: &Names<'_>, id: &str, name: &str) -> String {
    if name.is_empty() {
        names.group(id)
    } else {
        name.to_owned()
    }
}

/// What to say when no rule or fact stands behind a choice: the optimiser
/// picked it for the plan's lowest total cost.
pub fn no_reason_sentence(lang: Lang) -> String {
    fl!(loader(lang), "reason-none")
}

/// Every reason joined by "; ", for one table cell ([`no_reason_sentence`] when there is none).
pub fn reasons_text(rs: &[Reason], names: &Names<'_>, lang: Lang) -> String {
    if rs.is_empty() {
        return no_reason_sentence(lang);
    }
    joined(rs.iter().map(|r| reason_sentence(r, names, lang)))
}

/// Why an alternative was not chosen, as a sentence.
pub fn why_not_sentence(w: &WhyNot, names: &Names<'_>, lang: Lang) -> String {
    let l = loader(lang);
    match w {
        WhyNot::BreaksHardRules(fams) => {
            let rules = fams.iter().map(|f| family_name(*f, lang));
            fl!(l, "whynot-breaks-hard-rules", rules = joined(rules))
        }
        WhyNot::CapacityFull(v) => {
            let rules = joined(v.iter().map(|v| violation_sentence(v, names, lang)));
            if v.iter().all(|v| v.rule.is_capacity()) {
                fl!(l, "whynot-no-room", rules = rules)
            } else {
                fl!(l, "whynot-breaks-plan-rules", rules = rules)
            }
        }
        WhyNot::CostsMore {
            objective_delta,
            commute_minutes_delta,
            plan_cost_delta_vnd,
        } => fl!(
            l,
            "whynot-costs-more",
            delta = number(*objective_delta, 0, lang),
            minutes = signed(commute_minutes_delta.round(), 0, lang),
            cost = signed(plan_cost_delta_vnd.round(), 0, lang)
        ),
        WhyNot::AsGood { objective_delta } => fl!(
            l,
            "whynot-as-good",
            delta = signed(*objective_delta, 0, lang)
        ),
        WhyNot::Better {
            objective_delta,
            plan_cost_delta_vnd,
        } => fl!(
            l,
            "whynot-better",
            delta = number(-objective_delta, 0, lang),
            cost = signed(plan_cost_delta_vnd.round(), 0, lang)
        ),
    }
}

/// Sentences joined by "; ", for one cell.
fn joined(parts: impl Iterator<Item = String>) -> String {
    parts.collect::<Vec<_>>().join("; ")
}

#[cfg(test)]
mod tests;
