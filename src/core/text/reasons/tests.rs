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

/// A `$ty` with only its id and name set.
macro_rules! named {
    ($ty:ident, $id:expr, $name:expr) => {
        $ty {
            id: $id.into(),
            name: $name.into(),
            ..$ty::default()
        }
    };
}

fn plan() -> Plan {
    let mut p = Plan::default();
    p.sites
        .push(named!(Site, "tttc", "Trung tâm Chính trị - Hành chính"));
    p.sites.push(named!(Site, "cu", "Trụ sở Hải Dương"));
    p.units.push(named!(Unit, "stc", "Sở Tài chính"));
    p.zones.push(named!(Zone, "z1", "Phường Trần Hưng Đạo"));
    p.rules
        .priority_groups
        .push(named!(PriorityGroup, "con-nho", "Nuôi con nhỏ"));
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
            &preference_name(pref, Lang::Vi),
            &preference_name(pref, Lang::En),
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
