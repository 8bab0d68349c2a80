//! The one place where the solver's structured findings become sentences, in
//! Vietnamese and English: broken rules ([`Violation`]), infeasibility
//! diagnosis ([`DiagnosisItem`]), binding capacities ([`BindingRule`]), the
//! reasons for a cadre's assignment ([`Reason`]) and why an alternative was not
//! chosen ([`WhyNot`]). The app and every export call these functions, so a
//! screen and the committee's workbook always say the same thing.
//!
//! Ids are turned into the names people know through [`Names`].

use std::collections::HashMap;

use super::Lang;
use super::fmt::number;
use crate::core::file::EntityKind;
use crate::core::plan::{Plan, Preference};
use crate::core::rules::Finding;
use crate::core::solve::{
    BindingRule, DiagnosisItem, DiagnosisScope, EntityRef, Reason, RuleDetail, RuleFamily,
    Violation, WhyNot,
};

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

/// Replaces `{key}` placeholders.
fn fill(template: &str, args: &[(&str, String)]) -> String {
    let mut s = template.to_owned();
    for (k, v) in args {
        s = s.replace(&format!("{{{k}}}"), v);
    }
    s
}

/// Picks the Vietnamese or English template and fills it.
fn say(lang: Lang, vi: &str, en: &str, args: &[(&str, String)]) -> String {
    fill(
        match lang {
            Lang::Vi => vi,
            Lang::En => en,
        },
        args,
    )
}

/// The name of a rule family, e.g. "Chỗ làm việc mỗi trụ sở" / "Desks per site".
pub fn family_name(family: RuleFamily, lang: Lang) -> String {
    family.name(lang)
}

/// A survey answer in words.
pub fn preference_name(p: Preference, lang: Lang) -> &'static str {
    match (p, lang) {
        (Preference::DailyCommute, Lang::Vi) => "đi lại hằng ngày",
        (Preference::DailyCommute, Lang::En) => "daily commute",
        (Preference::WeeklyWithHousing, Lang::Vi) => "ở lại, về nhà hằng tuần",
        (Preference::WeeklyWithHousing, Lang::En) => "weekly, with housing",
        (Preference::MoveHome, Lang::Vi) => "chuyển nhà",
        (Preference::MoveHome, Lang::En) => "move home",
        (Preference::None, Lang::Vi) => "không trả lời",
        (Preference::None, Lang::En) => "no answer",
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
        DiagnosisScope::AtLeast => say(
            lang,
            "Trong đó, ít nhất: {s}",
            "Of these, at least: {s}",
            &[("s", one())],
        ),
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
    let (vi_unit, en_unit) = match b.rule {
        RuleFamily::Desks => ("chỗ làm việc", "desk"),
        RuleFamily::Area => ("m² diện tích làm việc", "m² of working area"),
        RuleFamily::Beds => ("giường", "bed"),
        RuleFamily::Vehicles => ("xe", "vehicle"),
        RuleFamily::Budget => ("triệu ₫ kinh phí", "million VND of budget"),
        _ => ("đơn vị", "unit"),
    };
    let name = if b.rule == RuleFamily::Budget {
        match lang {
            Lang::Vi => "Kinh phí hằng tháng".to_owned(),
            Lang::En => "Monthly budget".to_owned(),
        }
    } else {
        names.entity(&b.entity)
    };
    let args = [
        ("name", name),
        (
            "u",
            (if lang == Lang::Vi { vi_unit } else { en_unit }).to_owned(),
        ),
        ("v", marginal_text(b, lang)),
    ];
    say(
        lang,
        "{name}: thêm 1 {u} thì điểm mục tiêu giảm {v}",
        "{name}: one more {u} improves the objective by {v}",
        &args,
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
    match r {
        Reason::Pinned { site } => say(
            lang,
            "Được chỉ định làm việc tại {s}",
            "Pinned to {s}",
            &[("s", names.site(site))],
        ),
        Reason::PinNotKept { site } => say(
            lang,
            "Được chỉ định tại {s} nhưng không thể bố trí đúng chỉ định",
            "Pinned to {s}, but the pin could not be kept",
            &[("s", names.site(site))],
        ),
        Reason::UnitAtSite { site } => say(
            lang,
            "Đơn vị phải làm việc tại {s}",
            "The unit must work at {s}",
            &[("s", names.site(site))],
        ),
        Reason::UnitAtSiteNotKept { site } => say(
            lang,
            "Đơn vị bố trí tại {s} nhưng người này làm việc ở trụ sở khác",
            "The unit is placed at {s}, but this person works elsewhere",
            &[("s", names.site(site))],
        ),
        Reason::UnitWhole => say(
            lang,
            "Đơn vị làm việc tập trung tại một trụ sở",
            "The unit stays whole at one headquarters",
            &[],
        ),
        Reason::UnitShare {
            site,
            min_pct,
            max_pct,
        } => say(
            lang,
            "Đơn vị giữ {lo}–{hi}% nhân sự tại {s}",
            "The unit keeps {lo}–{hi}% of its people at {s}",
            &[
                ("s", names.site(site)),
                ("lo", number(*min_pct, 0, lang)),
                ("hi", number(*max_pct, 0, lang)),
            ],
        ),
        Reason::PriorityGroup { group, name } => say(
            lang,
            "Thuộc nhóm ưu tiên {g}: được bố trí trụ sở có thời gian đi lại ngắn nhất",
            "Priority group {g}: at the headquarters with the shortest commute",
            &[("g", group_name(names, group, name))],
        ),
        Reason::PriorityGroupNotNearest { group, name } => say(
            lang,
            "Thuộc nhóm ưu tiên {g} nhưng không ở trụ sở gần nhất",
            "Priority group {g}, but not at the nearest headquarters",
            &[("g", group_name(names, group, name))],
        ),
        Reason::MatchesPreference { preference } => say(
            lang,
            "Đúng nguyện vọng khảo sát ({p})",
            "As asked in the survey ({p})",
            &[("p", preference_name(*preference, lang).to_owned())],
        ),
        Reason::PreferenceMismatch { preference } => say(
            lang,
            "Khác nguyện vọng khảo sát ({p})",
            "Against the survey answer ({p})",
            &[("p", preference_name(*preference, lang).to_owned())],
        ),
        Reason::KeepsSite { site } => say(
            lang,
            "Tiếp tục làm việc tại {s}",
            "Keeps working at {s}",
            &[("s", names.site(site))],
        ),
        Reason::Moved { from, to } => say(
            lang,
            "Chuyển nơi làm việc từ {f} đến {t}",
            "Moves from {f} to {t}",
            &[("f", names.site(from)), ("t", names.site(to))],
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
pub fn no_reason_sentence(lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => {
            "Không có quy tắc nào bắt buộc: bộ tối ưu chọn vì tổng chi phí của phương án thấp nhất"
        }
        Lang::En => "No rule decides it: the optimiser chose it for the plan's lowest total cost",
    }
}

/// Every reason joined by "; ", for one table cell ([`no_reason_sentence`] when there is none).
pub fn reasons_text(rs: &[Reason], names: &Names<'_>, lang: Lang) -> String {
    if rs.is_empty() {
        return no_reason_sentence(lang).to_owned();
    }
    rs.iter()
        .map(|r| reason_sentence(r, names, lang))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Why an alternative was not chosen, as a sentence.
pub fn why_not_sentence(w: &WhyNot, names: &Names<'_>, lang: Lang) -> String {
    match w {
        WhyNot::BreaksHardRules(fams) => say(
            lang,
            "Vi phạm quy tắc bắt buộc: {r}",
            "Breaks hard rules: {r}",
            &[(
                "r",
                fams.iter()
                    .map(|f| family_name(*f, lang))
                    .collect::<Vec<_>>()
                    .join("; "),
            )],
        ),
        WhyNot::CapacityFull(v) => say(
            lang,
            if v.iter().all(|v| v.rule.is_capacity()) {
                "Không còn chỗ: {r}"
            } else {
                "Vi phạm quy tắc bắt buộc của phương án: {r}"
            },
            if v.iter().all(|v| v.rule.is_capacity()) {
                "No room left: {r}"
            } else {
                "Would break hard rules of the plan: {r}"
            },
            &[(
                "r",
                v.iter()
                    .map(|v| violation_sentence(v, names, lang))
                    .collect::<Vec<_>>()
                    .join("; "),
            )],
        ),
        WhyNot::CostsMore {
            objective_delta,
            commute_minutes_delta,
            plan_cost_delta_vnd,
        } => {
            let cost = signed(plan_cost_delta_vnd.round(), 0, lang);
            say(
                lang,
                "Kém hơn: điểm mục tiêu tăng {d} (đi lại {m} phút mỗi chiều, chi phí cả phương án {c} ₫/tháng)",
                "Worse: the objective rises by {d} ({m} min one way, {c} VND a month for the plan)",
                &[
                    ("d", number(*objective_delta, 0, lang)),
                    ("m", signed(commute_minutes_delta.round(), 0, lang)),
                    ("c", cost),
                ],
            )
        }
        WhyNot::AsGood { objective_delta } => say(
            lang,
            "Tương đương khi xét riêng (điểm mục tiêu {d}): ngang bằng, hoặc nằm trong sai số cho phép của bộ tối ưu",
            "As good on its own (objective {d}): a tie, or within the optimiser's tolerance",
            &[("d", signed(*objective_delta, 0, lang))],
        ),
        WhyNot::Better {
            objective_delta,
            plan_cost_delta_vnd,
        } => say(
            lang,
            "Tốt hơn: điểm mục tiêu giảm {d} (chi phí cả phương án {c} ₫/tháng); phương án đã được điều chỉnh thủ công hoặc dừng trước khi tối ưu",
            "Better: the objective falls by {d} ({c} VND a month for the plan); the plan was changed by hand or stopped before the optimum",
            &[
                ("d", number(-objective_delta, 0, lang)),
                ("c", signed(plan_cost_delta_vnd.round(), 0, lang)),
            ],
        ),
    }
}

#[cfg(test)]
mod tests;
