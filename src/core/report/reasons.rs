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

    /// Site name.
    pub fn site(&self, id: &str) -> String {
        lookup(&self.sites, id)
    }
    /// Unit name.
    pub fn unit(&self, id: &str) -> String {
        lookup(&self.units, id)
    }
    /// Home zone name.
    pub fn zone(&self, id: &str) -> String {
        lookup(&self.zones, id)
    }
    /// Grade name.
    pub fn grade(&self, id: &str) -> String {
        lookup(&self.grades, id)
    }
    /// Transport service name.
    pub fn service(&self, id: &str) -> String {
        lookup(&self.services, id)
    }
    /// Housing block name.
    pub fn housing(&self, id: &str) -> String {
        lookup(&self.housing, id)
    }
    /// Priority group name.
    pub fn group(&self, id: &str) -> String {
        lookup(&self.groups, id)
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
    detail
        .and_then(|d| def.detail_sentence(lang, d, &name, amount, &site_name))
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
mod tests {
    use super::*;
    use crate::core::plan::{PriorityGroup, Site, Unit, Zone};

    /// English words that must never appear in a Vietnamese sentence.
    const ENGLISH: [&str; 24] = [
        " is ",
        "short",
        "desk",
        "bed",
        "seat",
        "vehicle",
        "people",
        "person",
        "rule",
        "unit ",
        "Unit",
        "Pinned",
        "survey",
        "Moves",
        "Keeps",
        "Priority",
        "objective",
        "budget",
        "Breaks",
        "room",
        "Worse",
        "good",
        "VND",
        "commute",
    ];

    fn plan() -> Plan {
        let mut p = Plan::default();
        p.sites.push(Site {
            id: "tttc".into(),
            name: "Trung tâm Chính trị - Hành chính".into(),
            ..Site::default()
        });
        p.sites.push(Site {
            id: "cu".into(),
            name: "Trụ sở Hải Dương".into(),
            ..Site::default()
        });
        p.units.push(Unit {
            id: "stc".into(),
            name: "Sở Tài chính".into(),
            ..Unit::default()
        });
        p.zones.push(Zone {
            id: "z1".into(),
            name: "Phường Trần Hưng Đạo".into(),
            ..Zone::default()
        });
        p.rules.priority_groups.push(PriorityGroup {
            id: "con-nho".into(),
            name: "Nuôi con nhỏ".into(),
            ..PriorityGroup::default()
        });
        p
    }

    fn entity_for(f: RuleFamily) -> (EntityRef, &'static str) {
        let e = |kind, id: &str| EntityRef {
            kind,
            id: id.to_owned(),
        };
        match f {
            RuleFamily::Desks
            | RuleFamily::Area
            | RuleFamily::OpeningDates
            | RuleFamily::SiteShare
            | RuleFamily::Pins => (
                e(EntityKind::Site, "tttc"),
                "Trung tâm Chính trị - Hành chính",
            ),
            RuleFamily::Beds | RuleFamily::Eligibility => (e(EntityKind::Housing, "ncv"), "ncv"),
            RuleFamily::Seats | RuleFamily::Vehicles | RuleFamily::RideTime => {
                (e(EntityKind::Transport, "bus"), "bus")
            }
            RuleFamily::UnitPlacement => (e(EntityKind::Unit, "stc"), "Sở Tài chính"),
            RuleFamily::MaxCommute | RuleFamily::NoOption => {
                (e(EntityKind::Zone, "z1"), "Phường Trần Hưng Đạo")
            }
            RuleFamily::Priority => (e(EntityKind::Rules, "con-nho"), "Nuôi con nhỏ"),
            RuleFamily::Budget => (e(EntityKind::Rules, "monthly_budget_vnd"), ""),
            RuleFamily::Invalid => (e(EntityKind::Cadre, "CB001"), "CB001"),
            RuleFamily::Objective | RuleFamily::Unknown => (e(EntityKind::Scenario, "s1"), ""),
        }
    }

    fn assert_vietnamese(vi: &str, en: &str) {
        assert_ne!(vi, en);
        assert!(!vi.is_ascii(), "no Vietnamese letter in {vi:?}");
        for w in ENGLISH {
            assert!(!vi.contains(w), "English {w:?} in {vi:?}");
        }
    }

    #[test]
    fn every_rule_family_reads_in_both_languages() {
        let p = plan();
        let (nv, ne) = (Names::new(&p, Lang::Vi), Names::new(&p, Lang::En));
        for &f in RuleFamily::ALL {
            let (e, name) = entity_for(f);
            let vi = rule_sentence(&e, f, 1234.2, None, &nv, Lang::Vi);
            let en = rule_sentence(&e, f, 1234.2, None, &ne, Lang::En);
            assert_vietnamese(&vi, &en);
            assert!(vi.contains(name) && en.contains(name), "{f:?}: {vi} / {en}");
            // Amounts are whole and rounded up, with each language's separators.
            let counts = !matches!(
                f,
                RuleFamily::Unknown | RuleFamily::Invalid | RuleFamily::Budget
            );
            if counts {
                assert!(vi.contains("1.235") && en.contains("1,235"), "{vi} / {en}");
            }
            assert_vietnamese(&family_name(f, Lang::Vi), &family_name(f, Lang::En));
        }
        let (e, _) = entity_for(RuleFamily::Desks);
        assert_eq!(
            rule_sentence(&e, RuleFamily::Desks, 837.0, None, &nv, Lang::Vi),
            "Trung tâm Chính trị - Hành chính thiếu 837 chỗ làm việc"
        );
        assert_eq!(
            rule_sentence(&e, RuleFamily::Desks, 1.0, None, &ne, Lang::En),
            "Trung tâm Chính trị - Hành chính is short of 1 desk"
        );
        let (b, _) = entity_for(RuleFamily::Budget);
        assert_eq!(
            rule_sentence(&b, RuleFamily::Budget, 1_234_567.0, None, &nv, Lang::Vi),
            "Vượt kinh phí hằng tháng 1.234.567 ₫"
        );
        assert_eq!(
            rule_sentence(&b, RuleFamily::Budget, 1_234_567.0, None, &ne, Lang::En),
            "The monthly budget is exceeded by 1,234,567 VND"
        );
    }

    #[test]
    fn limits_are_named_in_both_languages() {
        let p = plan();
        let (nv, ne) = (Names::new(&p, Lang::Vi), Names::new(&p, Lang::En));
        let share = |low| RuleDetail::UnitShare {
            site: "tttc".into(),
            min_pct: 30.0,
            max_pct: 70.0,
            low,
        };
        let site_share = |low| RuleDetail::SiteShare {
            min_pct: 20.0,
            max_pct: 80.0,
            low,
        };
        let all = [
            (
                RuleFamily::UnitPlacement,
                share(true),
                "Đơn vị Sở Tài chính thiếu 5 người so với tỷ lệ tối thiểu 30% tại Trung tâm Chính trị - Hành chính",
            ),
            (
                RuleFamily::UnitPlacement,
                share(false),
                "Đơn vị Sở Tài chính vượt 5 người so với tỷ lệ tối đa 70% tại Trung tâm Chính trị - Hành chính",
            ),
            (
                RuleFamily::UnitPlacement,
                RuleDetail::UnitAtSite { site: "cu".into() },
                "5 người của đơn vị Sở Tài chính không thể bố trí tại trụ sở quy định Trụ sở Hải Dương",
            ),
            (
                RuleFamily::UnitPlacement,
                RuleDetail::UnitWhole,
                "Đơn vị Sở Tài chính không thể làm việc tập trung tại một trụ sở (5 người ở nơi khác)",
            ),
            (
                RuleFamily::SiteShare,
                site_share(true),
                "Trung tâm Chính trị - Hành chính thiếu 5 người so với tỷ lệ tối thiểu 20% tổng số cán bộ",
            ),
            (
                RuleFamily::SiteShare,
                site_share(false),
                "Trung tâm Chính trị - Hành chính vượt 5 người so với tỷ lệ tối đa 80% tổng số cán bộ",
            ),
            (
                RuleFamily::RideTime,
                RuleDetail::RideTime { max_minutes: 90.0 },
                "bus: 5 người đi xe lâu hơn 90 phút cho phép",
            ),
            (
                RuleFamily::MaxCommute,
                RuleDetail::MaxCommute { max_minutes: 120.0 },
                "Phường Trần Hưng Đạo: 5 người phải đi lại hằng ngày quá 120 phút",
            ),
            (
                RuleFamily::OpeningDates,
                RuleDetail::Opens {
                    date: chrono::NaiveDate::from_ymd_opt(2025, 9, 2),
                },
                "Trung tâm Chính trị - Hành chính chưa đưa vào sử dụng cho 5 người (sử dụng từ 02/09/2025)",
            ),
        ];
        for (f, d, want) in &all {
            let (e, _) = entity_for(*f);
            let vi = rule_sentence(&e, *f, 5.0, Some(d), &nv, Lang::Vi);
            let en = rule_sentence(&e, *f, 5.0, Some(d), &ne, Lang::En);
            assert_vietnamese(&vi, &en);
            assert!(vi.starts_with(want), "{vi:?} is not {want:?}");
            assert!(en.contains('5'), "{en}");
        }
        let (e, _) = entity_for(RuleFamily::UnitPlacement);
        assert_eq!(
            rule_sentence(
                &e,
                RuleFamily::UnitPlacement,
                1.0,
                Some(&share(true)),
                &ne,
                Lang::En
            ),
            "Unit Sở Tài chính is 1 person short of its minimum 30% at Trung tâm Chính trị - Hành chính"
        );
        // No date known: the plain sentence.
        let (e, _) = entity_for(RuleFamily::OpeningDates);
        assert_eq!(
            rule_sentence(
                &e,
                RuleFamily::OpeningDates,
                5.0,
                Some(&RuleDetail::Opens { date: None }),
                &nv,
                Lang::Vi
            ),
            rule_sentence(&e, RuleFamily::OpeningDates, 5.0, None, &nv, Lang::Vi)
        );
    }

    #[test]
    fn violations_diagnosis_and_binding_rules_use_the_same_words() {
        let p = plan();
        let n = Names::new(&p, Lang::Vi);
        let (entity, _) = entity_for(RuleFamily::Desks);
        let v = Violation {
            entity: entity.clone(),
            rule: RuleFamily::Desks,
            amount: 37.0,
            detail: None,
            hard: true,
            message: "English".into(),
        };
        let d = DiagnosisItem {
            entity: entity.clone(),
            rule: RuleFamily::Desks,
            shortfall: 37.0,
            detail: None,
            message: "English".into(),
            scope: DiagnosisScope::Only,
        };
        assert_eq!(
            violation_sentence(&v, &n, Lang::Vi),
            diagnosis_sentence(&d, &n, Lang::Vi)
        );
        for rule in [
            RuleFamily::Desks,
            RuleFamily::Area,
            RuleFamily::Beds,
            RuleFamily::Vehicles,
            RuleFamily::Budget,
        ] {
            let b = BindingRule {
                entity: entity.clone(),
                rule,
                marginal_value: 1500.0,
                marginal_value_min: 1500.0,
                marginal_value_max: 1500.0,
                message: "English".into(),
            };
            let vi = binding_sentence(&b, &n, Lang::Vi);
            let en = binding_sentence(&b, &Names::new(&p, Lang::En), Lang::En);
            assert_vietnamese(&vi, &en);
            assert!(vi.contains("1.500") && en.contains("1,500"), "{vi} / {en}");
        }
    }

    #[test]
    fn every_reason_reads_in_both_languages() {
        let p = plan();
        let (nv, ne) = (Names::new(&p, Lang::Vi), Names::new(&p, Lang::En));
        let site = || "tttc".to_owned();
        let all = [
            (Reason::Pinned { site: site() }, "Trung tâm Chính trị"),
            (Reason::PinNotKept { site: site() }, "Trung tâm Chính trị"),
            (Reason::UnitAtSite { site: site() }, "Trung tâm Chính trị"),
            (Reason::UnitWhole, ""),
            (
                Reason::UnitShare {
                    site: site(),
                    min_pct: 30.0,
                    max_pct: 70.0,
                },
                "30–70%",
            ),
            (
                Reason::PriorityGroup {
                    group: "con-nho".into(),
                    name: "Nuôi con nhỏ".into(),
                },
                "Nuôi con nhỏ",
            ),
            (
                Reason::PriorityGroupNotNearest {
                    group: "con-nho".into(),
                    name: String::new(),
                },
                "Nuôi con nhỏ",
            ),
            (
                Reason::MatchesPreference {
                    preference: Preference::DailyCommute,
                },
                "",
            ),
            (
                Reason::PreferenceMismatch {
                    preference: Preference::WeeklyWithHousing,
                },
                "",
            ),
            (Reason::KeepsSite { site: "cu".into() }, "Trụ sở Hải Dương"),
            (
                Reason::Moved {
                    from: "cu".into(),
                    to: site(),
                },
                "Trụ sở Hải Dương",
            ),
            (
                Reason::UnitAtSiteNotKept { site: site() },
                "Trung tâm Chính trị",
            ),
        ];
        for (r, name) in &all {
            let vi = reason_sentence(r, &nv, Lang::Vi);
            let en = reason_sentence(r, &ne, Lang::En);
            assert_vietnamese(&vi, &en);
            assert!(vi.contains(name) && en.contains(name), "{vi} / {en}");
        }
        assert_eq!(
            reasons_text(&[all[0].0.clone(), all[10].0.clone()], &nv, Lang::Vi),
            "Được chỉ định làm việc tại Trung tâm Chính trị - Hành chính; \
             Chuyển nơi làm việc từ Trụ sở Hải Dương đến Trung tâm Chính trị - Hành chính"
        );
        assert_vietnamese(
            &reasons_text(&[], &nv, Lang::Vi),
            &reasons_text(&[], &ne, Lang::En),
        );
        for pref in [
            Preference::DailyCommute,
            Preference::WeeklyWithHousing,
            Preference::MoveHome,
            Preference::None,
        ] {
            assert_vietnamese(
                preference_name(pref, Lang::Vi),
                preference_name(pref, Lang::En),
            );
        }
    }

    #[test]
    fn every_why_not_reads_in_both_languages() {
        let p = plan();
        let (nv, ne) = (Names::new(&p, Lang::Vi), Names::new(&p, Lang::En));
        let (entity, _) = entity_for(RuleFamily::Desks);
        let full = Violation {
            entity,
            rule: RuleFamily::Desks,
            amount: 1.0,
            detail: None,
            hard: true,
            message: "English".into(),
        };
        let all = [
            (
                WhyNot::BreaksHardRules(vec![RuleFamily::Pins, RuleFamily::OpeningDates]),
                "Cán bộ được chỉ định trụ sở; Ngày đưa vào sử dụng",
            ),
            (
                WhyNot::CapacityFull(vec![full.clone()]),
                "Trung tâm Chính trị - Hành chính thiếu 1 chỗ làm việc",
            ),
            (
                WhyNot::CostsMore {
                    objective_delta: 12_500.0,
                    commute_minutes_delta: 35.0,
                    plan_cost_delta_vnd: 1_200_000.0,
                },
                "tăng 12.500 (đi lại +35 phút mỗi chiều, chi phí cả phương án +1.200.000 ₫/tháng)",
            ),
            (
                WhyNot::AsGood {
                    objective_delta: 0.0,
                },
                "điểm mục tiêu 0",
            ),
            (
                WhyNot::Better {
                    objective_delta: -34_378_780.0,
                    plan_cost_delta_vnd: -34_000_000.0,
                },
                "giảm 34.378.780",
            ),
        ];
        for (w, want) in &all {
            let vi = why_not_sentence(w, &nv, Lang::Vi);
            let en = why_not_sentence(w, &ne, Lang::En);
            assert_vietnamese(&vi, &en);
            assert!(vi.contains(want), "{vi:?} lacks {want:?}");
        }
        assert_eq!(
            why_not_sentence(&all[2].0, &ne, Lang::En),
            "Worse: the objective rises by 12,500 (+35 min one way, +1,200,000 VND a month for the plan)"
        );
        // "No room" only when every new hard breach is a capacity.
        assert!(why_not_sentence(&all[1].0, &ne, Lang::En).starts_with("No room left: "));
        let (entity, _) = entity_for(RuleFamily::UnitPlacement);
        let share = Violation {
            entity,
            rule: RuleFamily::UnitPlacement,
            ..full.clone()
        };
        let mixed = WhyNot::CapacityFull(vec![full, share]);
        let en = why_not_sentence(&mixed, &ne, Lang::En);
        let vi = why_not_sentence(&mixed, &nv, Lang::Vi);
        assert!(
            en.starts_with("Would break hard rules of the plan: "),
            "{en}"
        );
        assert!(
            vi.starts_with("Vi phạm quy tắc bắt buộc của phương án: "),
            "{vi}"
        );
        assert_vietnamese(&vi, &en);
    }

    #[test]
    fn anonymised_names_hide_cadres_only() {
        let mut p = plan();
        p.cadres.push(crate::core::plan::Cadre {
            code: "CB001".into(),
            name: "Nguyễn Thị Hoa".into(),
            ..crate::core::plan::Cadre::default()
        });
        let e = EntityRef {
            kind: EntityKind::Cadre,
            id: "CB001".into(),
        };
        assert_eq!(
            Names::new(&p, Lang::Vi).entity(&e),
            "Nguyễn Thị Hoa (CB001)"
        );
        let anon = Names::new(&p, Lang::Vi).anonymized(true);
        assert_eq!(anon.entity(&e), "CB001");
        assert_eq!(anon.site("tttc"), "Trung tâm Chính trị - Hành chính");
        assert_eq!(anon.site("nowhere"), "nowhere");
    }
}
