//! Every kind of validation problem is found, located and described; the
//! validator reports all problems at once and never panics.

use chrono::NaiveDate;
use hq_planner::core::file::{
    EntityKind, Place, Problem, ProblemDetail, ProblemKind, parse, parse_checked, problems,
};
use hq_planner::core::generate::{GenerateOptions, generate};
use hq_planner::core::plan::{Hardness, LatLon, Placement, Plan, TransportMode, TravelEntry};

fn small() -> Plan {
    let p = generate(GenerateOptions {
        staff: 30,
        sites: 2,
        zones: 4,
        seed: 5,
    });
    assert!(
        problems(&p).is_empty(),
        "generated plan is valid: {:?}",
        problems(&p)
    );
    p
}

/// Asserts exactly one problem of `kind` at entity `entity` / `field`, and returns it.
fn only(p: &Plan, kind: ProblemKind, entity: EntityKind, field: &str) -> Problem {
    let all = problems(p);
    assert_eq!(all.len(), 1, "expected one problem, got {all:#?}");
    let pr = all.into_iter().next().expect("one problem");
    assert_eq!(pr.kind, kind, "{pr}");
    match &pr.place {
        Place::Entity {
            kind: k, field: f, ..
        } => {
            assert_eq!(*k, entity, "{pr}");
            assert_eq!(f, field, "{pr}");
        }
        other => panic!("expected an entity place, got {other:?}"),
    }
    pr
}

#[test]
fn empty_id() {
    let mut p = small();
    p.zones[1].id = " ".into();
    // The zone's cadres and services now point at nothing too; only check the id problem.
    let all = problems(&p);
    assert!(all.iter().any(|x| x.kind == ProblemKind::EmptyId
        && matches!(
            &x.place,
            Place::Entity {
                kind: EntityKind::Zone,
                index: 1,
                ..
            }
        )));
}

#[test]
fn duplicate_id_names_the_first_user() {
    let mut p = small();
    let first = p.cadres[0].code.clone();
    p.cadres[3].code = first.clone();
    let pr = only(&p, ProblemKind::DuplicateId, EntityKind::Cadre, "code");
    assert!(
        pr.message.contains(&first) && pr.message.contains("#1"),
        "{pr}"
    );
    assert!(pr.to_string().contains("(#4)"), "{pr}");
}

#[test]
fn unknown_reference() {
    let mut p = small();
    p.cadres[2].unit = "so-khong-co".into();
    let pr = only(&p, ProblemKind::UnknownReference, EntityKind::Cadre, "unit");
    assert!(pr.message.contains("so-khong-co"));
}

#[test]
fn pinned_site_that_does_not_exist() {
    let mut p = small();
    p.cadres[7].pinned_site = Some("tru-so-ma".into());
    let pr = only(
        &p,
        ProblemKind::UnknownReference,
        EntityKind::Cadre,
        "pinned_site",
    );
    assert!(pr.message.contains("pinned site \"tru-so-ma\""), "{pr}");
}

#[test]
fn missing_name() {
    let mut p = small();
    p.units[0].name = String::new();
    only(&p, ProblemKind::MissingValue, EntityKind::Unit, "name");
}

#[test]
fn not_finite_number() {
    let mut p = small();
    p.sites[0].area_m2 = f64::NAN;
    only(&p, ProblemKind::NotFinite, EntityKind::Site, "area_m2");
    p.sites[0].area_m2 = f64::INFINITY;
    only(&p, ProblemKind::NotFinite, EntityKind::Site, "area_m2");
}

#[test]
fn negative_number() {
    let mut p = small();
    p.housing[0].cost_vnd_per_bed_month = -1.0;
    only(
        &p,
        ProblemKind::Negative,
        EntityKind::Housing,
        "cost_vnd_per_bed_month",
    );
}

#[test]
fn out_of_range() {
    let mut p = small();
    p.sites[1].common_use_share = 1.5;
    only(
        &p,
        ProblemKind::OutOfRange,
        EntityKind::Site,
        "common_use_share",
    );
    let mut p = small();
    p.zones[0].location.lat = 123.0;
    only(
        &p,
        ProblemKind::OutOfRange,
        EntityKind::Zone,
        "location.lat",
    );
}

#[test]
fn min_above_max() {
    let mut p = small();
    p.units[0].placement = Placement::ShareAtSite {
        site: p.sites[0].id.clone(),
        min_pct: 80.0,
        max_pct: 20.0,
    };
    only(
        &p,
        ProblemKind::MinAboveMax,
        EntityKind::Unit,
        "placement.min_pct",
    );
}

#[test]
fn end_before_start() {
    let mut p = small();
    p.scenarios[0].end = NaiveDate::from_ymd_opt(2020, 1, 1).expect("date");
    only(&p, ProblemKind::EndBeforeStart, EntityKind::Scenario, "end");
}

#[test]
fn missing_travel_for_a_served_zone_without_coordinates() {
    let mut p = small();
    let served = p.transport[0]
        .zones
        .first()
        .cloned()
        .unwrap_or_else(|| p.zones[0].id.clone());
    let zone = p.zones.iter_mut().find(|z| z.id == served).expect("zone");
    zone.location = LatLon::default();
    let all = problems(&p);
    assert!(!all.is_empty());
    assert!(
        all.iter().all(|x| x.kind == ProblemKind::MissingTravel),
        "{all:#?}"
    );
    assert!(all[0].message.contains(&served));
    // An explicit entry for every mode to every site repairs it.
    for s in p.sites.clone() {
        for mode in TransportMode::ALL {
            p.travel.entries.push(TravelEntry {
                zone: served.clone(),
                site: s.id.clone(),
                mode,
                minutes: 30.0,
                km: 20.0,
                cost_vnd: 0.0,
            });
        }
    }
    assert!(problems(&p).is_empty(), "{:#?}", problems(&p));
}

#[test]
fn cycles_in_units_and_baselines() {
    let mut p = small();
    p.units[0].parent = Some(p.units[0].id.clone());
    only(&p, ProblemKind::Cycle, EntityKind::Unit, "parent");
    let mut p = small();
    let (a, b) = (p.scenarios[0].id.clone(), p.scenarios[1].id.clone());
    p.scenarios[0].baseline = Some(b);
    p.scenarios[1].baseline = Some(a);
    let all = problems(&p);
    assert_eq!(
        all.iter().filter(|x| x.kind == ProblemKind::Cycle).count(),
        2,
        "{all:#?}"
    );
}

#[test]
fn negative_soft_weight() {
    let mut p = small();
    p.rules.enforcement.beds = Hardness::Soft(-5.0);
    only(
        &p,
        ProblemKind::Negative,
        EntityKind::Rules,
        "enforcement.beds.Soft",
    );
}

#[test]
fn scenario_override_of_an_unknown_site() {
    let mut p = small();
    p.scenarios[1].overrides.sites[0].site = "khong-co".into();
    only(
        &p,
        ProblemKind::UnknownReference,
        EntityKind::Scenario,
        "overrides.sites[0].site",
    );
}

#[test]
fn syntax_error_has_line_and_column() {
    let text = "(\n  format_version: 1,\n  name: \"x\",\n  sites: [(id: \"a\", desks: 12,,)],\n)";
    let err = parse(text).expect_err("bad syntax");
    assert_eq!(err.len(), 1);
    assert_eq!(err[0].kind, ProblemKind::Syntax);
    assert!(
        matches!(err[0].place, Place::Text { line: 4, .. }),
        "{:?}",
        err[0]
    );
}

#[test]
fn truncated_file_gets_a_line_and_column() {
    let text = &hq_planner::core::sample::SAMPLE_RON[..5000];
    let err = parse(text).expect_err("truncated");
    let Place::Text { line, col } = err[0].place else {
        panic!("{:?}", err[0])
    };
    assert!(line > 1 && col > 0, "{}", err[0]);
}

#[test]
fn unknown_field_is_a_located_error_not_silently_dropped() {
    let text = "(format_version: 1, sites: [(id: \"a\", name: \"A\", desk: 5)])";
    let err = parse(text).expect_err("typo");
    assert!(err[0].message.contains("desk"), "{}", err[0]);
    assert!(matches!(err[0].place, Place::Text { line: 1, .. }));
}

#[test]
fn newer_and_missing_versions_are_refused_clearly() {
    let err = parse("(format_version: 99)").expect_err("newer");
    assert_eq!(err[0].kind, ProblemKind::UnsupportedVersion);
    assert!(err[0].message.contains("newer"));
    let err = parse("(name: \"x\")").expect_err("missing");
    assert_eq!(err[0].kind, ProblemKind::UnsupportedVersion);
}

#[test]
fn ten_mistakes_give_ten_located_messages_in_file_order() {
    let mut p = hq_planner::core::sample::sample_plan();
    p.sites[1].desks = 1500;
    p.sites[1].area_m2 = -1.0; // 1 negative
    p.zones[2].location.lon = 500.0; // 2 out of range
    p.units[3].placement = Placement::AtSite("nowhere".into()); // 3 unknown site
    p.cadres[10].unit = "ghost".into(); // 4 unknown unit
    p.cadres[11].zone = "ghost-zone".into(); // 5 unknown zone
    p.cadres[12].pinned_site = Some("ghost-site".into()); // 6 unknown pinned site
    p.cadres[14].code = p.cadres[13].code.clone(); // 7 duplicate code
    p.transport[0].target_fill_share = 0.0; // 8 out of range
    p.housing[1].site = "ghost-site".into(); // 9 unknown site
    p.scenarios[2].end = NaiveDate::from_ymd_opt(2000, 1, 1).expect("date"); // 10 end before start
    let text = hq_planner::core::file::to_ron(&p).expect("serialise");
    let all = parse_checked(&text).expect_err("ten mistakes");
    assert_eq!(all.len(), 10, "{all:#?}");
    let lines: Vec<usize> = all
        .iter()
        .map(|x| match x.place {
            Place::Entity { line: Some(l), .. } => l,
            _ => panic!("every problem has a line: {x}"),
        })
        .collect();
    assert!(
        lines.windows(2).all(|w| w[0] <= w[1]),
        "sorted by line: {lines:?}"
    );
    // The line really is the entity's line.
    let text_lines: Vec<&str> = text.lines().collect();
    for x in &all {
        if let Place::Entity {
            line: Some(l), id, ..
        } = &x.place
        {
            assert!(
                text_lines[l - 1].contains(&format!("\"{id}\"")),
                "line {l} holds {id}: {x}"
            );
        }
    }
}

#[test]
fn garbage_never_panics() {
    for text in [
        "",
        "(",
        ")",
        "[1,2",
        "\u{0}",
        "(format_version: 1, cadres: [(code: 5)])",
        "(format_version: -1)",
    ] {
        assert!(parse(text).is_err(), "{text:?}");
    }
}

/// The English message and the kind are made from the structured detail, so
/// the CLI's words and the app's translated words describe the same thing.
#[test]
fn message_and_kind_come_from_the_detail() {
    let text = std::fs::read_to_string("tests/data/ten-mistakes.ron").expect("test file");
    let Err(all) = parse_checked(&text) else {
        panic!("ten-mistakes.ron must have problems");
    };
    assert!(all.len() >= 10, "{all:#?}");
    for p in &all {
        assert_eq!(p.message, p.detail.to_string(), "{p}");
        assert_eq!(p.kind, p.detail.kind(), "{p}");
    }
    let neg = all
        .iter()
        .find(|p| matches!(p.detail, ProblemDetail::Negative { .. }))
        .expect("ten-mistakes.ron has a negative number");
    assert!(neg.message.ends_with("is negative"), "{neg}");
}

/// Regression (audit item 10): 1e308 costs, minutes, weights or areas used to
/// validate and then fail inside HiGHS as "status Unknown" without a field.
#[test]
fn implausible_numbers_are_refused_at_their_field() {
    type Set = fn(&mut Plan, f64);
    let cases: [(&str, EntityKind, Set); 8] = [
        ("cost_vnd_per_bed_month", EntityKind::Housing, |p, x| {
            p.housing[0].cost_vnd_per_bed_month = x
        }),
        (
            "cost_vnd_per_person_month",
            EntityKind::Transport,
            |p, x| p.transport[0].cost_vnd_per_person_month = x,
        ),
        ("max_ride_minutes", EntityKind::Transport, |p, x| {
            p.transport[0].max_ride_minutes = x
        }),
        ("weights.money_vnd", EntityKind::Rules, |p, x| {
            p.rules.weights.money_vnd = x
        }),
        ("weights.commute_minute", EntityKind::Rules, |p, x| {
            p.rules.weights.commute_minute = x
        }),
        ("area_m2", EntityKind::Site, |p, x| p.sites[0].area_m2 = x),
        ("area_m2_per_person", EntityKind::Grade, |p, x| {
            p.grades[0].area_m2_per_person = x
        }),
        ("max_daily_commute_minutes", EntityKind::Rules, |p, x| {
            p.rules.max_daily_commute_minutes = x
        }),
    ];
    for (field, entity, set) in cases {
        for x in [1e308, 1e15] {
            let mut p = small();
            set(&mut p, x);
            let pr = only(&p, ProblemKind::OutOfRange, entity, field);
            assert!(
                matches!(pr.detail, ProblemDetail::OutOfRange { value, .. } if value == x),
                "{pr}"
            );
            // A huge number is written with an exponent, not 309 digits.
            assert!(pr.message.len() < 80, "{}", pr.message);
        }
    }
}

/// Regression (audit item 10): NaN/inf `target_fill_share` was rejected on
/// buses but accepted on own-means services.
#[test]
fn target_fill_share_must_be_a_number_on_own_means_too() {
    let mut p = small();
    let own = p
        .transport
        .iter()
        .position(|t| t.mode == TransportMode::OwnMeans)
        .expect("the generated plan has an own-means service");
    for x in [f64::NAN, f64::INFINITY] {
        p.transport[own].target_fill_share = x;
        only(
            &p,
            ProblemKind::NotFinite,
            EntityKind::Transport,
            "target_fill_share",
        );
    }
}

/// Regression (audit item 10): "2025-1-1" used to pass although a plan file
/// writes every date YYYY-MM-DD.
#[test]
fn unpadded_dates_are_refused_with_their_line() {
    let mut p = small();
    p.scenarios[0].start = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
    let text = hq_planner::core::file::to_ron(&p).unwrap();
    assert!(text.contains("\"2025-01-01\""));
    assert!(parse(&text).is_ok());
    let bad = text.replacen("\"2025-01-01\"", "\"2025-1-1\"", 1);
    let err = parse(&bad).unwrap_err();
    assert_eq!(err.len(), 1);
    assert_eq!(err[0].kind, ProblemKind::Syntax);
    assert!(err[0].message.contains("2025-1-1"), "{}", err[0].message);
    assert!(err[0].message.contains("YYYY-MM-DD"), "{}", err[0].message);
    let line = bad
        .lines()
        .position(|l| l.contains("\"2025-1-1\""))
        .unwrap()
        + 1;
    assert!(
        matches!(err[0].place, Place::Text { line: l, .. } if l == line),
        "{:?} (expected line {line})",
        err[0].place
    );
}

/// Regression (audit item 10): birth dates in 2090 or 0001 and retirement ages
/// of 0 passed validation although the staff import rejects such dates.
#[test]
fn validation_and_import_agree_on_birth_dates_and_retirement_ages() {
    use hq_planner::core::file::problems_on;
    use hq_planner::core::input::{ImportMode, ImportOptions};
    let today = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
    let import = ImportOptions::for_day(ImportMode::Merge, today);
    for (y, m, d, plausible) in [
        (2090, 1, 1, false),
        (1, 1, 1, false),
        (1980, 5, 17, true),
        (2011, 12, 1, true),
        (2011, 12, 2, false),
        (1926, 12, 1, true),
        (1926, 11, 30, false),
    ] {
        let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let mut p = small();
        p.cadres[0].birth_date = Some(date);
        let found = problems_on(&p, today);
        let by_import = date >= import.earliest_birth_date && date <= import.latest_birth_date;
        assert_eq!(by_import, plausible, "import on {date}");
        assert_eq!(
            found.is_empty(),
            plausible,
            "validation on {date}: {found:?}"
        );
        if !plausible {
            assert!(matches!(
                &found[0].place,
                Place::Entity { kind: EntityKind::Cadre, field, .. } if field == "birth_date"
            ));
        }
    }
    let mut p = small();
    p.rules.retirement_age_female_months = 0;
    only(
        &p,
        ProblemKind::OutOfRange,
        EntityKind::Rules,
        "retirement_age_female_months",
    );
}

/// Regression (audit item 21): an id typed with combining marks (NFD) was
/// "unknown" though it looks identical to the precomposed id.
#[test]
fn an_id_typed_in_nfd_is_the_same_id() {
    let mut p = small();
    p.units[0].id = "phòng-hải".into(); // NFC
    for c in &mut p.cadres {
        if c.unit == small().units[0].id {
            c.unit = "pho\u{300}ng-ha\u{309}i".into(); // the same, NFD
        }
    }
    let text = hq_planner::core::file::to_ron(&p).unwrap();
    let checked = parse_checked(&text).expect("NFD and NFC ids are one id");
    assert!(checked.plan().cadres.iter().any(|c| c.unit == "phòng-hải"));
}

/// Regression (audit item 21): a 10 MB name was echoed whole in the error.
#[test]
fn a_huge_name_is_refused_and_never_echoed_whole() {
    let mut p = small();
    p.sites[0].name = "Trụ sở ".repeat(1_500_000);
    let all = problems(&p);
    assert_eq!(
        all.len(),
        1,
        "{:?}",
        all.iter().map(|x| &x.message).collect::<Vec<_>>()
    );
    let pr = &all[0];
    assert!(matches!(
        pr.detail,
        ProblemDetail::TextTooLong {
            chars: 10_500_000,
            max_chars: 1000
        }
    ));
    let shown = pr.to_string();
    assert!(shown.len() < 400, "{} bytes shown", shown.len());
    assert!(shown.contains("10500000 characters"), "{shown}");
}

/// Regression (issue 10 audit): priority groups past the 64th were dropped
/// silently by the solver; validation now refuses them at the field.
#[test]
fn more_than_64_priority_groups_are_refused_not_dropped() {
    let mut p = small();
    let g = p.rules.priority_groups[0].clone();
    p.rules.priority_groups = (0..65)
        .map(|i| {
            let mut g = g.clone();
            g.id = format!("g{i}");
            g
        })
        .collect();
    let pr = only(
        &p,
        ProblemKind::OutOfRange,
        EntityKind::Rules,
        "priority_groups",
    );
    assert!(pr.message.contains("65"), "{}", pr.message);
    p.rules.priority_groups.truncate(64);
    assert!(problems(&p).is_empty());
}
