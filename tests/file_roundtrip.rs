//! Load -> save -> load is lossless, for random plans with awkward text and numbers.

use chrono::NaiveDate;
use hq_planner::core::file::{parse, to_ron};
use hq_planner::core::generate::{GenerateOptions, generate};
use hq_planner::core::plan::{
    Cadre, Care, Gender, Hardness, LatLon, Placement, Plan, Preference, Site, TransportMode,
    TravelEntry, Unit,
};
use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;

fn text() -> impl Strategy<Value = String> {
    // Vietnamese letters, quotes, backslashes, newlines, emoji and RON punctuation.
    prop_oneof![
        "[a-zA-Z0-9 ]{0,12}",
        Just("Nguyễn Thị Ánh Tuyết".to_owned()),
        Just("Trụ sở \"cũ\" \\ (A), [B]: {C}".to_owned()),
        Just("dòng 1\ndòng 2\r\n\ttab".to_owned()),
        Just("🏛️ Đặng Bùi Đỗ ₫".to_owned()),
        // Any printable text, in NFC: the form a plan is read in (PLAN_FILES.md, "Text").
        "\\PC{0,10}".prop_map(|s| s.nfc().collect()),
    ]
}

fn number() -> impl Strategy<Value = f64> {
    prop_oneof![
        -1e12..1e12f64,
        Just(0.0),
        Just(-0.0),
        Just(0.1 + 0.2),
        Just(f64::MAX),
        Just(f64::MIN_POSITIVE),
        Just(1e-300),
    ]
}

fn date() -> impl Strategy<Value = Option<NaiveDate>> {
    prop_oneof![
        Just(None),
        (1900i32..2100, 1u32..13, 1u32..29).prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d))
    ]
}

fn hardness() -> impl Strategy<Value = Hardness> {
    prop_oneof![
        Just(Hardness::Hard),
        Just(Hardness::Off),
        number().prop_map(Hardness::Soft)
    ]
}

fn site() -> impl Strategy<Value = Site> {
    (
        text(),
        text(),
        number(),
        number(),
        any::<u32>(),
        number(),
        number(),
        date(),
    )
        .prop_map(
            |(id, name, lat, lon, desks, area_m2, common_use_share, opens)| Site {
                id,
                name,
                address: String::new(),
                location: LatLon { lat, lon },
                desks,
                area_m2,
                common_use_share,
                opens,
                notes: "ghi chú".into(),
            },
        )
}

fn placement() -> impl Strategy<Value = Placement> {
    prop_oneof![
        Just(Placement::Free),
        Just(Placement::WholeAtOneSite),
        text().prop_map(Placement::AtSite),
        (text(), number(), number()).prop_map(|(site, min_pct, max_pct)| Placement::ShareAtSite {
            site,
            min_pct,
            max_pct
        }),
    ]
}

fn cadre() -> impl Strategy<Value = Cadre> {
    (
        text(),
        text(),
        date(),
        prop_oneof![
            Just(Gender::Female),
            Just(Gender::Male),
            Just(Gender::Unspecified)
        ],
        any::<(bool, bool, bool)>(),
        prop_oneof![
            Just(Preference::DailyCommute),
            Just(Preference::WeeklyWithHousing),
            Just(Preference::MoveHome),
            Just(Preference::None)
        ],
        proptest::option::of(text()),
        proptest::option::of(text()),
        text(),
    )
        .prop_map(
            |(
                code,
                name,
                birth_date,
                gender,
                (a, b, c),
                preference,
                current_site,
                pinned_site,
                notes,
            )| Cadre {
                code,
                name,
                unit: "u".into(),
                grade: "chuyen-vien".into(),
                zone: "z".into(),
                birth_date,
                gender,
                care: Care {
                    child_under_36_months: a,
                    dependent_elderly: b,
                    health: c,
                },
                preference,
                current_site,
                pinned_site,
                notes,
            },
        )
}

fn plan() -> impl Strategy<Value = Plan> {
    (
        (1usize..40, 1usize..4, 1usize..6, any::<u64>()),
        proptest::collection::vec(site(), 0..4),
        proptest::collection::vec((text(), placement(), proptest::option::of(text())), 0..4),
        proptest::collection::vec(cadre(), 0..6),
        proptest::collection::vec((number(), number(), number()), 0..3),
        (hardness(), proptest::option::of(number()), text()),
    )
        .prop_map(
            |(
                (staff, sites, zones, seed),
                extra_sites,
                units,
                cadres,
                travel,
                (h, budget, name),
            )| {
                let mut p = generate(GenerateOptions {
                    staff,
                    sites,
                    zones,
                    seed,
                });
                p.name = name;
                p.sites.extend(extra_sites);
                p.units
                    .extend(units.into_iter().map(|(id, placement, parent)| Unit {
                        id,
                        name: "Sở Nội vụ".into(),
                        parent,
                        placement,
                        notes: String::new(),
                    }));
                p.cadres.extend(cadres);
                p.travel
                    .entries
                    .extend(
                        travel
                            .into_iter()
                            .map(|(minutes, km, cost_vnd)| TravelEntry {
                                zone: "zone-001".into(),
                                site: "site-1".into(),
                                mode: TransportMode::TrainShuttle,
                                minutes,
                                km,
                                cost_vnd,
                            }),
                    );
                p.rules.enforcement.desks = h;
                p.rules.monthly_budget_vnd = budget;
                p
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn save_then_load_gives_the_same_plan(p in plan()) {
        let text = to_ron(&p).expect("serialise");
        let back = parse(&text).map_err(|e| TestCaseError::fail(format!("{e:?}\n{text}")))?;
        prop_assert_eq!(&back, &p);
        // And the text is stable: saving the loaded plan gives the same bytes.
        prop_assert_eq!(to_ron(&back).expect("serialise"), text);
    }
}

#[test]
fn the_sample_round_trips_byte_for_byte() {
    let text = hq_planner::core::sample::SAMPLE_RON;
    let plan = parse(text).expect("sample parses");
    assert_eq!(to_ron(&plan).expect("serialise"), text);
}

/// Regression (audit item 21): the same text typed precomposed (NFC) or with
/// combining marks (NFD) reads as one text, raw or escaped as the writer does.
#[test]
fn nfd_text_reads_as_nfc_raw_or_escaped() {
    let mut p = generate(GenerateOptions {
        staff: 3,
        sites: 1,
        zones: 1,
        seed: 1,
    });
    p.name = "Ha\u{309}i Phòng".into();
    let escaped = to_ron(&p).unwrap();
    assert!(
        escaped.contains("\\u{309}"),
        "the writer escapes combining marks"
    );
    let raw = escaped.replace("\\u{309}", "\u{309}");
    for text in [escaped, raw] {
        assert_eq!(parse(&text).unwrap().name, "Hải Phòng");
    }
    // A literal backslash before "u{309}" stays text.
    p.name = "a\\u{309}".into();
    assert_eq!(parse(&to_ron(&p).unwrap()).unwrap().name, "a\\u{309}");
}

#[test]
fn a_plan_file_starting_with_a_utf8_byte_order_mark_is_read() {
    // Notepad on Windows writes one; it used to fail with "Expected opening `(`".
    let plan = hq_planner::core::sample::sample_plan();
    let text = format!("\u{feff}{}", to_ron(&plan).expect("serialise"));
    assert_eq!(parse(&text).expect("parses with a BOM"), plan);
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("notepad.ron");
    std::fs::write(&path, &text).expect("write");
    let checked = hq_planner::core::file::load(&path).expect("loads with a BOM");
    assert_eq!(checked.plan(), &plan);
    // A syntax error after a BOM is placed as the user sees the text (BOM not counted).
    let bad = "(format_version: 1,\n name: x)";
    let (Err(with_bom), Err(without)) = (parse(&format!("\u{feff}{bad}")), parse(bad)) else {
        panic!("must fail");
    };
    assert_eq!(with_bom, without);
    assert!(
        matches!(
            with_bom[0].place,
            hq_planner::core::file::Place::Text { line: 2, .. }
        ),
        "{with_bom:?}"
    );
}

#[test]
fn a_non_utf8_plan_file_names_the_line_column_and_offset_of_its_first_bad_byte_once() {
    use hq_planner::core::file::{LoadError, Place, ProblemKind, load};
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("latin1.ron");
    // "Nguyễn" written by a legacy (Windows-1258-like) editor: byte 0xEA alone.
    let mut bytes = b"(\n  format_version: 1,\n  name: \"Tr\xc6\xb0\xe1\xbb\x9dng Nguy".to_vec();
    let offset = bytes.len();
    bytes.extend_from_slice(b"\xEAn\",\n)\n");
    std::fs::write(&path, &bytes).expect("write");
    let err = load(&path).expect_err("not UTF-8");
    let LoadError::Invalid { problems, .. } = &err else {
        panic!("expected a placed problem, got {err:?}");
    };
    assert_eq!(problems.len(), 1, "{problems:?}");
    let p = &problems[0];
    assert_eq!(p.kind, ProblemKind::Syntax);
    // Line 3; `  name: "Trường Nguy` is 20 characters, so the bad byte is column 21.
    assert_eq!(p.place, Place::Text { line: 3, col: 21 });
    assert!(
        p.message.contains(&format!("byte offset {offset}")),
        "{}",
        p.message
    );
    assert!(p.message.contains("0xEA"), "{}", p.message);
    // The command line shows the place and says the cause once.
    let out = assert_cmd::Command::cargo_bin("hq-planner")
        .expect("binary")
        .arg("validate")
        .arg(&path)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("line 3, column 21"), "{stderr}");
    assert_eq!(
        stderr.matches("not UTF-8").count(),
        1,
        "one cause: {stderr}"
    );
    assert_eq!(stderr.matches("0xEA").count(), 1, "one cause: {stderr}");
}

#[test]
fn an_unreadable_plan_file_says_why_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("missing.ron");
    let err = hq_planner::core::file::load(&path).expect_err("missing");
    let chain = format!("{:#}", anyhow::Error::new(err));
    assert!(chain.contains("missing.ron"), "{chain}");
    assert_eq!(
        chain.matches("No such file").count(),
        1,
        "the cause is printed once: {chain}"
    );
}
