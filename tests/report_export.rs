//! Exports written from a Solution built by hand (known numbers): the XLSX is
//! read back with calamine, the PDF's text extracted with pdftotext (skipped
//! with a message when poppler-utils is missing), the CSV parsed; anonymised
//! exports carry no name; the same inputs give the same bytes.

use std::io::Cursor;
use std::process::Command;

use calamine::{Data, Reader};
use chrono::{NaiveDate, NaiveDateTime};
use hq_planner::core::file::EntityKind;
use hq_planner::core::plan::{
    Cadre, Care, Gender, Hardness, Housing, Placement, Plan, Preference, PriorityCriterion,
    PriorityGroup, Scenario, Site, TransportMode, TransportService, Unit, Zone,
};
use hq_planner::core::report::{
    self, ExportFormat, ExportOptions, Lang, ReportModel, SignOff, pdf,
};
use hq_planner::core::solve::{
    Arrangement, Assignment, CommuteStats, CostBreakdown, DiagnosisItem, DiagnosisScope, EntityRef,
    HousingKpi, Kpis, ObjectiveBreakdown, RuleFamily, ServiceKpi, SiteKpi, Solution, SolveOptions,
    SolveStatus, UnitKpi, Violation,
};

const NAMES: [&str; 6] = [
    "Nguyễn Thị Hoa",
    "Trần Văn Bình",
    "Lê Minh Đức",
    "Phạm Thu Hà",
    "Hoàng Văn Nam",
    "Đỗ Thị Lan",
];

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("date")
}

fn plan() -> Plan {
    let site = |id: &str, name: &str, desks| Site {
        id: id.into(),
        name: name.into(),
        desks,
        area_m2: 150.0,
        ..Site::default()
    };
    let zone = |id: &str, name: &str| Zone {
        id: id.into(),
        name: name.into(),
        ..Zone::default()
    };
    let units = vec![
        Unit {
            id: "so-tai-chinh".into(),
            name: "Sở Tài chính".into(),
            ..Unit::default()
        },
        Unit {
            id: "vp-ubnd".into(),
            name: "Văn phòng UBND tỉnh".into(),
            placement: Placement::AtSite("tttc".into()),
            ..Unit::default()
        },
    ];
    let cadre = |i: usize, unit: &str, zone: &str, gender, current: Option<&str>| Cadre {
        code: format!("CB{:03}", i + 1),
        name: NAMES[i].into(),
        unit: unit.into(),
        grade: "chuyen-vien".into(),
        zone: zone.into(),
        birth_date: Some(d(1975 + i as i32, 3, 5)),
        gender,
        care: Care {
            child_under_36_months: i == 3,
            ..Care::default()
        },
        preference: if i == 1 {
            Preference::WeeklyWithHousing
        } else {
            Preference::DailyCommute
        },
        current_site: current.map(str::to_owned),
        pinned_site: (i == 2).then(|| "tttc".to_owned()),
        notes: String::new(),
    };
    let mut p = Plan {
        name: "Sáp nhập thử nghiệm".into(),
        sites: vec![
            site("tru-so-cu", "Trụ sở Hải Dương (cũ)", 4),
            site("tttc", "Trung tâm Chính trị - Hành chính Thủy Nguyên", 5),
        ],
        zones: vec![
            zone("z1", "Phường Trần Hưng Đạo"),
            zone("z2", "Thị trấn Gia Lộc"),
        ],
        units,
        cadres: vec![
            cadre(0, "so-tai-chinh", "z1", Gender::Female, Some("tru-so-cu")),
            cadre(1, "so-tai-chinh", "z2", Gender::Male, Some("tru-so-cu")),
            cadre(2, "vp-ubnd", "z1", Gender::Male, Some("tru-so-cu")),
            cadre(3, "vp-ubnd", "z2", Gender::Female, None),
            cadre(4, "so-tai-chinh", "z1", Gender::Male, Some("tru-so-cu")),
            cadre(5, "vp-ubnd", "z1", Gender::Female, Some("tru-so-cu")),
        ],
        transport: vec![
            TransportService {
                id: "bus".into(),
                name: "Tuyến buýt Hải Dương - Thủy Nguyên".into(),
                mode: TransportMode::Bus,
                site: "tttc".into(),
                vehicles_available: 2,
                seats_per_vehicle: 45,
                round_trips_per_day: 1,
                ..TransportService::default()
            },
            TransportService {
                id: "tu-tuc".into(),
                name: "Tự túc đến trụ sở cũ".into(),
                mode: TransportMode::OwnMeans,
                site: "tru-so-cu".into(),
                cost_vnd_per_person_month: 500_000.0,
                ..TransportService::default()
            },
        ],
        housing: vec![Housing {
            id: "ncv".into(),
            name: "Nhà công vụ Thủy Nguyên".into(),
            site: "tttc".into(),
            beds: 10,
            cost_vnd_per_bed_month: 1_500_000.0,
            ..Housing::default()
        }],
        scenarios: vec![
            Scenario {
                id: "gd1".into(),
                name: "Giai đoạn 1: hai trụ sở".into(),
                ..Scenario::default()
            },
            Scenario {
                id: "gd2".into(),
                name: "Giai đoạn 2: chỉ Trung tâm mới".into(),
                start: d(2026, 1, 1),
                end: d(2026, 12, 31),
                ..Scenario::default()
            },
        ],
        ..Plan::default()
    };
    p.rules.priority_groups = vec![PriorityGroup {
        id: "con-nho".into(),
        name: "Nuôi con dưới 36 tháng".into(),
        criterion: PriorityCriterion::ChildUnder36Months,
        hardness: Hardness::Soft(100_000.0),
    }];
    p.rules.monthly_budget_vnd = Some(20_000_000.0);
    p
}

fn assignment(
    i: usize,
    site: &str,
    arr: Arrangement,
    before: Option<f64>,
    after: f64,
    cost: f64,
) -> Assignment {
    Assignment {
        code: format!("CB{:03}", i + 1),
        site: site.into(),
        arrangement: arr,
        commute_minutes_before: before,
        commute_minutes_after: after,
        cost_vnd_per_month: cost,
        pinned: i == 2,
        reference_site: before.is_some().then(|| "tru-so-cu".to_owned()),
        disrupted: site == "tttc" && before.is_some(),
        preference_mismatch: i == 5,
    }
}

/// The hand-made solution: 2 at the old site, 4 at the centre; total 10,400,000 VND.
fn solution(scenario: &str) -> Solution {
    let bus = || Arrangement::Daily {
        service: "bus".into(),
    };
    let own = || Arrangement::Daily {
        service: "tu-tuc".into(),
    };
    let assignments = vec![
        assignment(0, "tru-so-cu", own(), Some(10.0), 10.0, 500_000.0),
        assignment(
            1,
            "tttc",
            Arrangement::Weekly {
                housing: "ncv".into(),
            },
            Some(25.0),
            8.0,
            1_900_000.0,
        ),
        assignment(2, "tttc", bus(), Some(10.0), 62.5, 2_500_000.0),
        assignment(3, "tttc", bus(), None, 70.0, 2_500_000.0),
        assignment(4, "tru-so-cu", own(), Some(10.0), 10.0, 500_000.0),
        assignment(5, "tttc", bus(), Some(10.0), 62.5, 2_500_000.0),
    ];
    let kpis = Kpis {
        sites: vec![
            SiteKpi {
                site: "tru-so-cu".into(),
                people: 2,
                desks: 4,
                area_used_m2: 20.0,
                area_available_m2: 100.0,
                people_by_unit: vec![("so-tai-chinh".into(), 2)],
            },
            SiteKpi {
                site: "tttc".into(),
                people: 4,
                desks: 5,
                area_used_m2: 40.0,
                area_available_m2: 100.0,
                people_by_unit: vec![("so-tai-chinh".into(), 1), ("vp-ubnd".into(), 3)],
            },
        ],
        units: vec![
            UnitKpi {
                unit: "so-tai-chinh".into(),
                people_by_site: vec![("tru-so-cu".into(), 2), ("tttc".into(), 1)],
            },
            UnitKpi {
                unit: "vp-ubnd".into(),
                people_by_site: vec![("tttc".into(), 3)],
            },
        ],
        commute_before: CommuteStats {
            mean: 13.0,
            p95: 25.0,
            max: 25.0,
        },
        commute_after: CommuteStats {
            mean: 37.2,
            p95: 70.0,
            max: 70.0,
        },
        daily_commuters: 5,
        housed: 1,
        services: vec![
            ServiceKpi {
                service: "bus".into(),
                riders: 3,
                vehicles: 1,
                seat_fill_share: 3.0 / 45.0,
                cost_vnd_per_month: 7_500_000.0,
            },
            ServiceKpi {
                service: "tu-tuc".into(),
                riders: 2,
                vehicles: 0,
                seat_fill_share: 0.0,
                cost_vnd_per_month: 1_000_000.0,
            },
        ],
        housing: vec![HousingKpi {
            housing: "ncv".into(),
            beds_used: 1,
            beds: 10,
            cost_vnd_per_month: 1_500_000.0,
        }],
        cost: CostBreakdown {
            vehicles_vnd: 7_500_000.0,
            tickets_vnd: 0.0,
            allowances_vnd: 1_000_000.0,
            housing_vnd: 1_500_000.0,
            weekly_travel_vnd: 400_000.0,
            total_vnd: 10_400_000.0,
        },
        disrupted: 3,
        preference_mismatches: 1,
        soft_violations: vec![Violation {
            entity: EntityRef {
                kind: EntityKind::Rules,
                id: "con-nho".into(),
            },
            rule: RuleFamily::Priority,
            amount: 1.0,
            detail: None,
            hard: false,
            message: "1 person of Nuôi con dưới 36 tháng is not at their nearest site".into(),
        }],
    };
    Solution {
        scenario: scenario.into(),
        status: SolveStatus::Optimal,
        objective: 12_345_678.9,
        bound: Some(12_345_678.9),
        gap: Some(0.0),
        seconds: 0.5,
        options: SolveOptions::default(),
        assignments,
        vehicles: vec![("bus".into(), 1)],
        kpis,
        objective_terms: ObjectiveBreakdown::default(),
        diagnosis: Vec::new(),
    }
}

fn opts(lang: Lang, anonymize: bool) -> ExportOptions {
    ExportOptions {
        lang,
        anonymize,
        exported_at: NaiveDateTime::parse_from_str("2025-06-20 09:30:00", "%Y-%m-%d %H:%M:%S")
            .expect("time"),
        sign_off: SignOff {
            prepared_by: "Vũ Thị Thu".into(),
            reviewed_by: String::new(),
            approved_by: String::new(),
            ..SignOff::default()
        },
    }
}

const PLAN_BYTES: &[u8] = b"(format_version: 1, name: \"Sap nhap thu nghiem\")";

fn model(scenario: usize, lang: Lang, anonymize: bool) -> ReportModel {
    let p = plan();
    let sol = solution(&p.scenarios[scenario].id);
    ReportModel::build(
        &p,
        PLAN_BYTES,
        &p.scenarios[scenario],
        &sol,
        &sol.kpis.soft_violations,
        &opts(lang, anonymize),
    )
}

fn bytes(models: &[ReportModel], f: ExportFormat) -> Vec<u8> {
    report::export_bytes(models, f, &mut |_| {}).expect("export")
}

fn cell_text(d: &Data) -> String {
    match d {
        Data::String(s) => s.clone(),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        other => format!("{other:?}"),
    }
}

fn row(range: &calamine::Range<Data>, r: u32) -> Vec<String> {
    (0..range.width() as u32)
        .map(|c| range.get_value((r, c)).map(cell_text).unwrap_or_default())
        .collect()
}

/// Finds the value in column B of the Summary row labelled `label`.
fn summary_value(range: &calamine::Range<Data>, label: &str) -> Option<Data> {
    (0..range.height() as u32)
        .find(|r| range.get_value((*r, 0)).map(cell_text).as_deref() == Some(label))
        .and_then(|r| range.get_value((r, 1)).cloned())
}

#[test]
fn xlsx_has_every_sheet_with_headers_numbers_and_real_dates() {
    let b = bytes(&[model(0, Lang::Vi, false)], ExportFormat::Xlsx);
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(b)).expect("open xlsx");
    assert_eq!(
        book.sheet_names(),
        vec![
            "Tóm tắt",
            "Trụ sở",
            "Đơn vị",
            "Cán bộ",
            "Phương tiện",
            "Nhà ở",
            "Quy tắc"
        ]
    );
    let summary = book.worksheet_range("Tóm tắt").expect("summary");
    assert_eq!(
        summary_value(&summary, "Tổng kinh phí hằng tháng"),
        Some(Data::Float(10_400_000.0))
    );
    assert_eq!(
        summary_value(&summary, "Tổng số cán bộ"),
        Some(Data::Float(6.0))
    );
    assert!(matches!(
        summary_value(&summary, "Ngày xuất"),
        Some(Data::DateTime(_))
    ));
    // The period is two real dates: 01/07/2025 (serial 45839) to 31/12/2025.
    assert!(matches!(
        summary_value(&summary, "Thời gian áp dụng"),
        Some(Data::DateTime(dt)) if dt.as_f64() == 45839.0
    ));
    assert_eq!(
        summary_value(&summary, "Kế hoạch"),
        Some(Data::String("Sáp nhập thử nghiệm".into()))
    );
    assert!(summary_value(&summary, "Mã kiểm tra").is_some());

    let cadres = book.worksheet_range("Cán bộ").expect("cadres");
    let header = row(&cadres, 0);
    assert_eq!(
        header[..6],
        [
            "Mã cán bộ",
            "Họ và tên",
            "Ngày sinh",
            "Giới tính",
            "Đơn vị",
            "Chức vụ"
        ]
    );
    assert!(header.contains(&"Kinh phí/tháng (đồng)".to_owned()));
    assert!(header.contains(&"Lý do".to_owned()));
    assert_eq!(cadres.height(), 7, "header + 6 cadres");
    let r1 = row(&cadres, 1);
    assert_eq!(r1[0], "CB001");
    assert_eq!(r1[1], "Nguyễn Thị Hoa");
    // Birth dates are real Excel dates, not text.
    assert!(matches!(
        cadres.get_value((1, 2)),
        Some(Data::DateTime(dt)) if dt.as_f64() == 27458.0 // 05/03/1975
    ));
    let cost_col = header
        .iter()
        .position(|h| h == "Kinh phí/tháng (đồng)")
        .expect("cost col") as u32;
    assert_eq!(
        cadres.get_value((3, cost_col)),
        Some(&Data::Float(2_500_000.0))
    );
    let reason_col = header.iter().position(|h| h == "Lý do").expect("reason") as u32;
    let reason3 = cell_text(cadres.get_value((3, reason_col)).expect("reason"));
    // The solver's reasons (core::solve::reasons_for), worded in Vietnamese.
    assert!(
        reason3.contains("Được chỉ định làm việc tại Trung tâm Chính trị - Hành chính Thủy Nguyên"),
        "{reason3}"
    );
    assert!(
        reason3.contains("Đơn vị phải làm việc tại Trung tâm Chính trị - Hành chính Thủy Nguyên"),
        "{reason3}"
    );
    assert!(
        reason3.contains("Chuyển nơi làm việc từ Trụ sở Hải Dương (cũ) đến"),
        "{reason3}"
    );

    let units = book.worksheet_range("Đơn vị").expect("units");
    assert_eq!(
        row(&units, 0),
        [
            "Đơn vị",
            "Trụ sở Hải Dương (cũ)",
            "Trung tâm Chính trị - Hành chính Thủy Nguyên",
            "Tổng"
        ]
    );
    assert_eq!(row(&units, 1), ["Sở Tài chính", "2", "1", "3"]);
    assert_eq!(row(&units, 3), ["Tổng", "2", "4", "6"]);

    let transport = book.worksheet_range("Phương tiện").expect("transport");
    assert_eq!(row(&transport, 1)[3], "3");
    assert!(matches!(
        transport.get_value((1, 7)),
        Some(Data::Float(f)) if (f - 3.0 / 45.0).abs() < 1e-9
    ));
    let housing = book.worksheet_range("Nhà ở").expect("housing");
    assert_eq!(row(&housing, 1)[2..5], ["10", "1", "9"]);

    let rules = book.worksheet_range("Quy tắc").expect("rules");
    let violated: Vec<Vec<String>> = (1..rules.height() as u32)
        .map(|r| row(&rules, r))
        .filter(|r| r[4] == "Vi phạm")
        .collect();
    assert_eq!(violated.len(), 1, "{violated:?}");
    assert_eq!(violated[0][0], "Nhóm ưu tiên");
    assert_eq!(violated[0][2], "Mềm");
    assert_eq!(violated[0][5], "1");
    let budget = (1..rules.height() as u32)
        .map(|r| row(&rules, r))
        .find(|r| r[0] == "Trần kinh phí")
        .expect("budget rule");
    assert_eq!(budget[4], "Đạt");
    assert_eq!(budget[1], "tối đa 20.000.000 ₫");
}

#[test]
fn xlsx_with_several_scenarios_has_a_comparison_sheet() {
    let b = bytes(
        &[model(0, Lang::En, false), model(1, Lang::En, false)],
        ExportFormat::Xlsx,
    );
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(b)).expect("open xlsx");
    assert_eq!(
        book.sheet_names().last().map(String::as_str),
        Some("Comparison")
    );
    assert_eq!(book.sheet_names()[0], "Summary");
    let cmp = book.worksheet_range("Comparison").expect("comparison");
    assert_eq!(
        row(&cmp, 0),
        [
            "Indicator",
            "Giai đoạn 1: hai trụ sở",
            "Giai đoạn 2: chỉ Trung tâm mới"
        ]
    );
    let total = (1..cmp.height() as u32)
        .map(|r| row(&cmp, r))
        .find(|r| r[0] == "Total monthly cost")
        .expect("total row");
    assert_eq!(total[1..], ["10400000", "10400000"]);
}

#[test]
fn csv_is_utf8_with_bom_one_row_per_cadre_and_stamped() {
    let b = bytes(&[model(0, Lang::Vi, false)], ExportFormat::Csv);
    assert!(b.starts_with(b"\xEF\xBB\xBF"));
    let text = String::from_utf8(b[3..].to_vec()).expect("utf8");
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let header = rdr.headers().expect("header").clone();
    assert_eq!(&header[0], "Mã cán bộ");
    assert_eq!(&header[1], "Họ và tên");
    let rows: Vec<csv::StringRecord> = rdr.records().map(|r| r.expect("row")).collect();
    let data: Vec<&csv::StringRecord> = rows
        .iter()
        .filter(|r| r.get(0).is_some_and(|c| c.starts_with("CB")))
        .collect();
    assert_eq!(data.len(), 6);
    assert_eq!(&data[1][1], "Trần Văn Bình");
    assert_eq!(&data[1][2], "05/03/1976");
    assert_eq!(&data[1][9], "Ở lại, về hằng tuần");
    assert!(text.contains("# Mã kiểm tra"));
}

#[test]
fn anonymised_exports_contain_no_name_birth_date_or_gender() {
    let m = model(0, Lang::Vi, true);
    assert!(
        m.cadres
            .iter()
            .all(|c| c.name == c.code && c.birth_date.is_none())
    );
    let csv_text =
        String::from_utf8(bytes(std::slice::from_ref(&m), ExportFormat::Csv)).expect("utf8");
    let b = bytes(std::slice::from_ref(&m), ExportFormat::Xlsx);
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(b)).expect("open xlsx");
    let mut xlsx_text = String::new();
    for name in book.sheet_names() {
        let r = book.worksheet_range(&name).expect("sheet");
        for row in r.rows() {
            for c in row {
                xlsx_text.push_str(&cell_text(c));
                xlsx_text.push('\t');
            }
        }
    }
    let pdf_text = pdf_text(&bytes(std::slice::from_ref(&m), ExportFormat::Pdf));
    for name in NAMES {
        assert!(!csv_text.contains(name), "CSV has {name}");
        assert!(!xlsx_text.contains(name), "XLSX has {name}");
        if let Some(t) = &pdf_text {
            assert!(!t.contains(name), "PDF has {name}");
        }
    }
    for word in ["Ngày sinh", "Giới tính", "05/03/1975", "Nữ"] {
        assert!(!csv_text.contains(word), "CSV has {word}");
        assert!(!xlsx_text.contains(word), "XLSX has {word}");
    }
    assert!(csv_text.contains("CB001"));
    assert!(xlsx_text.contains("Bản ẩn danh"));
}

/// The PDF's text via `pdftotext`, or None (with a message) when it is not installed.
fn pdf_text(bytes: &[u8]) -> Option<String> {
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("r.pdf");
    std::fs::write(&path, bytes).expect("write pdf");
    match Command::new("pdftotext").arg(&path).arg("-").output() {
        Ok(out) if out.status.success() => Some(String::from_utf8_lossy(&out.stdout).into_owned()),
        Ok(out) => panic!(
            "pdftotext failed on our PDF: {}",
            String::from_utf8_lossy(&out.stderr)
        ),
        Err(e) => {
            eprintln!("SKIPPED PDF text checks: pdftotext (poppler-utils) is not available: {e}");
            None
        }
    }
}

#[test]
fn pdf_text_is_real_vietnamese_text_with_the_key_numbers() {
    let m = model(0, Lang::Vi, false);
    let b = bytes(std::slice::from_ref(&m), ExportFormat::Pdf);
    assert!(b.starts_with(b"%PDF-"));
    let Some(text) = pdf_text(&b) else { return };
    for s in [
        "PHƯƠNG ÁN BỐ TRÍ TRỤ SỞ",
        "Tóm tắt đề xuất",
        "Trung tâm Chính trị - Hành chính Thủy Nguyên",
        "Văn phòng UBND tỉnh",
        "Nhà công vụ Thủy Nguyên",
        "Người lập",
        "Người kiểm tra",
        "Người phê duyệt",
        "Vũ Thị Thu",
        "10.400.000",
        "Nhóm ưu tiên",
        "Vi phạm",
        m.stamp.stamp_id.as_str(),
        m.stamp.plan_sha256.as_str(),
    ] {
        assert!(text.contains(s), "PDF text lacks {s:?}\n{text}");
    }
    let en = model(0, Lang::En, false);
    let Some(text) = pdf_text(&bytes(std::slice::from_ref(&en), ExportFormat::Pdf)) else {
        return;
    };
    for s in [
        "Decision summary",
        "Prepared by",
        "10,400,000",
        "Giai đoạn 1: hai trụ sở",
    ] {
        assert!(text.contains(s), "English PDF text lacks {s:?}");
    }
}

#[test]
fn every_character_of_the_pdf_has_a_glyph_in_the_bundled_font() {
    for lang in [Lang::Vi, Lang::En] {
        let pages = pdf::layout(&model(0, lang, false)).expect("layout");
        assert!(pages.len() >= 4, "{lang:?}: {} pages", pages.len());
        assert_eq!(
            pdf::missing_glyphs(&pages).expect("font"),
            Vec::<char>::new()
        );
    }
}

#[test]
fn an_infeasible_scenario_exports_its_diagnosis() {
    let p = plan();
    let mut sol = solution("gd1");
    sol.status = SolveStatus::Infeasible;
    sol.assignments.clear();
    sol.kpis = Kpis::default();
    sol.diagnosis = vec![DiagnosisItem {
        entity: EntityRef {
            kind: EntityKind::Site,
            id: "tttc".into(),
        },
        rule: RuleFamily::Desks,
        shortfall: 37.0,
        detail: None,
        message: "Trung tâm Chính trị - Hành chính Thủy Nguyên is short of 37 desks".into(),
        scope: DiagnosisScope::Only,
    }];
    let m = ReportModel::build(
        &p,
        PLAN_BYTES,
        &p.scenarios[0],
        &sol,
        &[],
        &opts(Lang::Vi, false),
    );
    assert!(!m.has_plan());
    let b = bytes(std::slice::from_ref(&m), ExportFormat::Xlsx);
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(b)).expect("open xlsx");
    let rules = book.worksheet_range("Quy tắc").expect("rules");
    let all: Vec<String> = rules.rows().flatten().map(cell_text).collect();
    let vi = "Trung tâm Chính trị - Hành chính Thủy Nguyên thiếu 37 chỗ làm việc";
    assert_eq!(m.diagnosis, [vi]);
    assert!(all.iter().any(|c| c.contains(vi)), "{all:?}");
    if let Some(text) = pdf_text(&bytes(std::slice::from_ref(&m), ExportFormat::Pdf)) {
        assert!(text.contains("Chưa có phương án bố trí"));
        assert!(text.contains("thiếu 37 chỗ làm việc"), "{text}");
    }
    let en = ReportModel::build(
        &p,
        PLAN_BYTES,
        &p.scenarios[0],
        &sol,
        &[],
        &opts(Lang::En, false),
    );
    assert_eq!(
        en.diagnosis,
        ["Trung tâm Chính trị - Hành chính Thủy Nguyên is short of 37 desks"]
    );
}

#[test]
fn same_plan_and_settings_give_the_same_bytes_and_stamp() {
    for f in [ExportFormat::Xlsx, ExportFormat::Csv, ExportFormat::Pdf] {
        let a = bytes(&[model(0, Lang::Vi, false)], f);
        let b = bytes(&[model(0, Lang::Vi, false)], f);
        assert!(a == b, "{f:?} differs between two identical exports");
    }
    let a = model(0, Lang::Vi, false);
    assert!(a.stamp.is_consistent());
    // The stamp id ignores the export time but not the plan, the result or anonymisation.
    let p = plan();
    let sol = solution("gd1");
    let mut later = opts(Lang::Vi, false);
    later.exported_at += chrono::Duration::hours(5);
    let b = ReportModel::build(&p, PLAN_BYTES, &p.scenarios[0], &sol, &[], &later);
    assert_eq!(a.stamp.stamp_id, b.stamp.stamp_id);
    let c = ReportModel::build(&p, b"other plan", &p.scenarios[0], &sol, &[], &later);
    assert_ne!(a.stamp.stamp_id, c.stamp.stamp_id);
    let mut moved = sol.clone();
    moved.assignments[0].site = "tttc".into();
    let e = ReportModel::build(&p, PLAN_BYTES, &p.scenarios[0], &moved, &[], &later);
    assert_ne!(a.stamp.result_sha256, e.stamp.result_sha256);
    assert_ne!(a.stamp.stamp_id, model(0, Lang::Vi, true).stamp.stamp_id);
}

#[test]
fn an_exported_csv_or_workbook_imports_back_without_changing_the_plan() {
    use hq_planner::core::input::{self, ImportMode, ImportOptions};
    let p = plan();
    let dir = tempfile::tempdir().expect("tmp");
    for (f, name) in [
        (ExportFormat::Csv, "back.csv"),
        (ExportFormat::Xlsx, "back.xlsx"),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes(&[model(0, Lang::Vi, false)], f)).expect("write");
        let table = input::read_staff_file(&path, &mut |_| {}).expect("read");
        if f == ExportFormat::Xlsx {
            assert_eq!(table.sheet, "Cán bộ", "the staff sheet, not the summary");
        }
        let mapping = input::mapping_for(&table.headers, &[]);
        let opts = ImportOptions::for_day(ImportMode::Merge, d(2025, 6, 1));
        let preview = input::preview(&p, &table, &mapping, &opts, &mut |_| {}).expect("preview");
        let rejected: Vec<String> = preview
            .rejected
            .iter()
            .map(|r| format!("{}: {}", r.row, r.reasons_text(Lang::En)))
            .collect();
        assert!(rejected.is_empty(), "{name}: {rejected:?}");
        assert_eq!(preview.updated_cadres(), 6, "{name}");
        let mut back = p.clone();
        input::apply(&mut back, &preview);
        assert_eq!(back.cadres, p.cadres, "{name}");
    }
}

/// The PDF's text via `pdftotext -layout` (table rows stay on one line), or None.
fn pdf_layout_text(bytes: &[u8]) -> Option<String> {
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("r.pdf");
    std::fs::write(&path, bytes).expect("write pdf");
    match Command::new("pdftotext")
        .arg("-layout")
        .arg(&path)
        .arg("-")
        .output()
    {
        Ok(out) if out.status.success() => Some(String::from_utf8_lossy(&out.stdout).into_owned()),
        Ok(out) => panic!("pdftotext failed: {}", String::from_utf8_lossy(&out.stderr)),
        Err(e) => {
            eprintln!("SKIPPED PDF text checks: pdftotext (poppler-utils) is not available: {e}");
            None
        }
    }
}

#[test]
fn pdf_staff_list_has_a_row_per_cadre_with_name_unit_and_site() {
    let m = model(0, Lang::Vi, false);
    let pages = pdf::layout(&m).expect("layout");
    let last = pages.last().expect("pages");
    assert!(last.landscape, "the staff list is on landscape pages");
    assert!(!pages[0].landscape, "the report itself stays portrait");
    let Some(text) = pdf_layout_text(&bytes(std::slice::from_ref(&m), ExportFormat::Pdf)) else {
        return;
    };
    let appendix = text
        .split("Phụ lục: Danh sách cán bộ")
        .nth(1)
        .expect("the PDF has the staff list appendix");
    for i in 0..6 {
        let code = format!("CB{:03}", i + 1);
        assert_eq!(
            appendix.matches(&code).count(),
            1,
            "{code} once\n{appendix}"
        );
    }
    let row = appendix
        .lines()
        .find(|l| l.contains("CB001"))
        .expect("row of CB001");
    assert!(row.contains("Nguyễn Thị Hoa"), "{row}");
    assert!(row.contains("Trụ sở Hải Dương (cũ)"), "{row}");
    // Her unit's band comes before her row.
    let band = appendix.find("Sở Tài chính —").expect("unit band");
    assert!(band < appendix.find("CB001").expect("row"), "{appendix}");
}

#[test]
fn anonymised_pdf_staff_list_shows_codes_and_no_names() {
    let m = model(0, Lang::Vi, true);
    let Some(text) = pdf_text(&bytes(std::slice::from_ref(&m), ExportFormat::Pdf)) else {
        return;
    };
    assert!(text.contains("Phụ lục: Danh sách cán bộ"));
    for i in 0..6 {
        assert!(text.contains(&format!("CB{:03}", i + 1)), "code {i}");
    }
    for name in NAMES {
        assert!(!text.contains(name), "anonymised PDF shows {name}");
    }
}

#[test]
fn pdf_staff_list_can_be_left_out() {
    let m = model(0, Lang::En, false);
    let with = pdf::layout(&m).expect("layout");
    let without =
        pdf::layout_with(&m, pdf::PdfOptions { staff_list: false }, &mut |_| {}).expect("layout");
    assert!(without.len() < with.len());
    assert!(without.iter().all(|p| !p.landscape));
    let b =
        pdf::pdf_bytes_with(&m, pdf::PdfOptions { staff_list: false }, &mut |_| {}).expect("pdf");
    if let Some(text) = pdf_text(&b) {
        assert!(!text.contains("Appendix: Staff list"));
        assert!(!text.contains("CB001"));
    }
}

#[test]
fn long_names_keep_family_and_given_name_in_the_staff_list() {
    let mut m = model(0, Lang::Vi, false);
    m.cadres[0].name = "Tôn Nữ Thị Ngọc Hoàng Phương Khánh Linh".into();
    let pages = pdf::layout(&m).expect("layout");
    let texts: Vec<&str> = pages
        .iter()
        .flat_map(|p| &p.ops)
        .filter_map(|op| match op {
            pdf::Op::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect();
    assert!(
        texts.contains(&"Tôn N. T. N. H. P. K. Linh"),
        "{:?}",
        texts
            .iter()
            .filter(|t| t.contains("Linh"))
            .collect::<Vec<_>>()
    );
}

#[test]
fn vietnamese_reasons_and_rule_details_carry_no_english() {
    let vi = model(0, Lang::Vi, false);
    let en = model(0, Lang::En, false);
    let english = [
        "Pinned", "unit", "survey", "Moves", "Keeps", "Priority", "short of", "people",
    ];
    let texts = vi
        .cadres
        .iter()
        .map(|c| c.reason.as_str())
        .chain(vi.rules.iter().map(|r| r.details.as_str()));
    for t in texts {
        for w in english {
            assert!(!t.contains(w), "English {w:?} in {t:?}");
        }
    }
    for (a, b) in vi.cadres.iter().zip(&en.cadres) {
        assert!(!a.reason.is_empty(), "{}", a.code);
        assert_ne!(a.reason, b.reason);
    }
    let broken = vi.violated_rules().next().expect("one broken rule");
    assert_eq!(
        broken.details,
        "Nhóm ưu tiên Nuôi con dưới 36 tháng: 1 người không được bố trí ở trụ sở gần nhất"
    );
    let broken = en.violated_rules().next().expect("one broken rule");
    assert_eq!(
        broken.details,
        "Priority group Nuôi con dưới 36 tháng: 1 person not at their nearest headquarters"
    );
}

#[test]
fn the_sample_in_vietnamese_explains_every_cadre_without_english() {
    use hq_planner::core::solve::{SolveControl, explain, reasons_for, solve};
    let text = std::fs::read_to_string("saved_plans/hai-duong-hai-phong-2025.ron").expect("sample");
    let checked = hq_planner::core::file::validate(
        hq_planner::core::file::parse(&text).expect("sample parses"),
    )
    .expect("sample validates");
    let p = checked.plan();
    let scenario = &p.scenarios[0];
    let sol = solve(
        &checked,
        &scenario.id,
        &SolveOptions::default(),
        &SolveControl::default(),
    )
    .expect("sample solves");
    let violations =
        hq_planner::core::solve::check(&checked, &scenario.id, None, &sol).expect("check runs");
    let m = ReportModel::build(
        p,
        text.as_bytes(),
        scenario,
        &sol,
        &violations,
        &opts(Lang::Vi, false),
    );
    assert_eq!(m.cadres.len(), p.cadres.len());
    let english = [
        "Pinned", "unit", "survey", "Moves", "Keeps", "Priority", "short of", "people", "person",
        "rule", "VND",
    ];
    let texts = m
        .cadres
        .iter()
        .map(|c| c.reason.as_str())
        .chain(
            m.rules
                .iter()
                .flat_map(|r| [r.details.as_str(), r.scope.as_str()]),
        )
        .chain(m.diagnosis.iter().map(String::as_str));
    for t in texts {
        for w in english {
            assert!(!t.contains(w), "English {w:?} in {t:?}");
        }
    }
    // Everyone with a current site either keeps it or moves, in words.
    assert!(
        m.cadres
            .iter()
            .filter(|c| !c.current_site.is_empty())
            .all(|c| c.reason.contains("Tiếp tục làm việc tại")
                || c.reason.contains("Chuyển nơi làm việc từ"))
    );
    // The workbook's reason is the app's explanation, word for word.
    let all = reasons_for(p, &scenario.id, None, &sol).expect("reasons");
    let names = report::reasons::Names::new(p, Lang::Vi);
    for row in m.cadres.iter().step_by(97) {
        let ex = explain(&checked, &scenario.id, None, &sol, &row.code)
            .expect("explain")
            .expect("assigned");
        assert_eq!(ex.reasons, all[&row.code]);
        assert_eq!(
            row.reason,
            report::reasons::reasons_text(&ex.reasons, &names, Lang::Vi)
        );
    }
}

#[test]
fn an_arrow_in_a_route_name_prints_without_an_empty_box() {
    let mut m = model(0, Lang::Vi, false);
    m.cadres[0].service_or_housing = "Tự túc (phụ cấp) → Trụ sở cũ".into();
    let pages = pdf::layout(&m).expect("layout");
    assert_eq!(
        pdf::missing_glyphs(&pages).expect("font"),
        Vec::<char>::new()
    );
}

/// The sample model with sign-off names and two of the three dates.
fn signed_model(lang: Lang) -> ReportModel {
    let p = plan();
    let sol = solution(&p.scenarios[0].id);
    let mut o = opts(lang, false);
    o.sign_off = SignOff {
        prepared_by: "Vũ Thị Thu".into(),
        reviewed_by: "Trần Quốc Kiểm".into(),
        approved_by: "Lê Văn Duyệt".into(),
        prepared_on: Some(d(2026, 3, 5)),
        reviewed_on: None,
        approved_on: Some(d(2026, 3, 12)),
    };
    ReportModel::build(
        &p,
        PLAN_BYTES,
        &p.scenarios[0],
        &sol,
        &sol.kpis.soft_violations,
        &o,
    )
}

#[test]
fn pdf_sign_off_prints_given_dates_and_leaves_the_others_blank() {
    let vi = signed_model(Lang::Vi);
    let Some(text) = pdf_text(&bytes(std::slice::from_ref(&vi), ExportFormat::Pdf)) else {
        return;
    };
    let block = text.split("Xác nhận").last().expect("the sign-off block");
    for s in [
        "Ngày 05/03/2026",
        "Ngày 12/03/2026",
        "Trần Quốc Kiểm",
        "Lê Văn Duyệt",
    ] {
        assert!(block.contains(s), "sign-off lacks {s:?}\n{block}");
    }
    // The reviewer gave no date: a line to fill in by hand, once.
    assert_eq!(
        block.matches("Ngày ...../...../........").count(),
        1,
        "{block}"
    );
    let en = signed_model(Lang::En);
    let Some(text) = pdf_text(&bytes(std::slice::from_ref(&en), ExportFormat::Pdf)) else {
        return;
    };
    assert!(text.contains("Date 05/03/2026"), "{text}");
    assert!(text.contains("Date 12/03/2026"), "{text}");
    assert_eq!(text.matches("Date ...../...../........").count(), 1);
}

#[test]
fn xlsx_summary_has_the_sign_off_names_and_real_dates() {
    let b = bytes(&[signed_model(Lang::Vi)], ExportFormat::Xlsx);
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(b)).expect("open xlsx");
    let summary = book.worksheet_range("Tóm tắt").expect("summary");
    let row_of = |label: &str| {
        (0..summary.height() as u32)
            .find(|r| summary.get_value((*r, 0)).map(cell_text).as_deref() == Some(label))
    };
    let heading = row_of("Xác nhận").expect("a sign-off heading");
    let prepared = row_of("Người lập").expect("prepared-by row");
    assert!(prepared > heading);
    assert_eq!(
        summary.get_value((prepared, 1)),
        Some(&Data::String("Vũ Thị Thu".into()))
    );
    // 05/03/2026 is Excel serial 46086.
    assert!(
        matches!(summary.get_value((prepared, 2)), Some(Data::DateTime(dt)) if dt.as_f64() == 46086.0),
        "{:?}",
        summary.get_value((prepared, 2))
    );
    let reviewed = row_of("Người kiểm tra").expect("reviewed-by row");
    assert_eq!(
        summary.get_value((reviewed, 1)),
        Some(&Data::String("Trần Quốc Kiểm".into()))
    );
    assert!(
        matches!(summary.get_value((reviewed, 2)), None | Some(Data::Empty)),
        "no date given, no date written"
    );
    let approved = row_of("Người phê duyệt").expect("approved-by row");
    assert!(matches!(
        summary.get_value((approved, 2)),
        Some(Data::DateTime(dt)) if dt.as_f64() == 46093.0
    ));

    // No sign-off given: no sign-off section.
    let p = plan();
    let sol = solution(&p.scenarios[0].id);
    let mut o = opts(Lang::Vi, false);
    o.sign_off = SignOff::default();
    let m = ReportModel::build(
        &p,
        PLAN_BYTES,
        &p.scenarios[0],
        &sol,
        &sol.kpis.soft_violations,
        &o,
    );
    let b = bytes(&[m], ExportFormat::Xlsx);
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(b)).expect("open xlsx");
    let summary = book.worksheet_range("Tóm tắt").expect("summary");
    assert!(
        (0..summary.height() as u32)
            .all(|r| summary.get_value((r, 0)).map(cell_text).as_deref() != Some("Người lập"))
    );
}

/// Whether a CSV cell could start a spreadsheet formula (OWASP's list), a
/// plain number aside.
fn formula_like(cell: &str) -> bool {
    cell.starts_with(['=', '+', '-', '@', '\t', '\r'])
        && cell.replace(',', ".").parse::<f64>().is_err()
}

#[test]
fn csv_export_cells_that_look_like_formulas_are_quoted_and_import_back() {
    use hq_planner::core::input::{self, ImportMode, ImportOptions};
    let payloads = [
        "=CMD()",
        "+1+1",
        "-2+3",
        "@SUM(A1)",
        "=HYPERLINK(\"http://x.example\",\"y\")",
        "-2",
    ];
    let mut p = plan();
    for (c, name) in p.cadres.iter_mut().zip(payloads) {
        c.name = name.into();
    }
    // Units are named in the anonymised export too.
    p.units[0].name = "=CMD()|' /C calc'!A0".into();
    let sol = solution(&p.scenarios[0].id);
    let dir = tempfile::tempdir().expect("tmp");
    for anonymize in [false, true] {
        let m = ReportModel::build(
            &p,
            PLAN_BYTES,
            &p.scenarios[0],
            &sol,
            &sol.kpis.soft_violations,
            &opts(Lang::Vi, anonymize),
        );
        let csv_bytes = bytes(&[m], ExportFormat::Csv);
        let mut r = csv::ReaderBuilder::new()
            .flexible(true)
            .has_headers(false)
            .from_reader(&csv_bytes[3..]);
        let rows: Vec<Vec<String>> = r
            .records()
            .map(|rec| rec.expect("record").iter().map(str::to_owned).collect())
            .collect();
        let cells: Vec<&String> = rows.iter().flatten().collect();
        let unsafe_cells: Vec<&&String> = cells.iter().filter(|c| formula_like(c)).collect();
        assert!(
            unsafe_cells.is_empty(),
            "anonymize {anonymize}: {unsafe_cells:?}"
        );
        assert!(cells.iter().any(|c| *c == "'=CMD()|' /C calc'!A0"), "unit");
        if !anonymize {
            let names: Vec<&str> = rows[1..=6].iter().map(|r| r[1].as_str()).collect();
            let mut want: Vec<String> = payloads[..5].iter().map(|p| format!("'{p}")).collect();
            want.push("-2".into());
            let mut names_sorted: Vec<String> = names.iter().map(|s| s.to_string()).collect();
            names_sorted.sort();
            want.sort();
            assert_eq!(
                names_sorted, want,
                "each payload quoted, the plain number left alone"
            );
            // Imported back, every name is the one the plan had.
            let path = dir.path().join("named.csv");
            std::fs::write(&path, &csv_bytes).expect("write");
            let table = input::read_staff_file(&path, &mut |_| {}).expect("read");
            let mapping = input::mapping_for(&table.headers, &[]);
            let opts = ImportOptions::for_day(ImportMode::Merge, d(2025, 6, 1));
            let preview =
                input::preview(&p, &table, &mapping, &opts, &mut |_| {}).expect("preview");
            assert!(preview.rejected.is_empty(), "{:?}", preview.rejected);
            let mut back = p.clone();
            input::apply(&mut back, &preview);
            assert_eq!(back.cadres, p.cadres);
        }
    }
}

/// Every `.rs` file under `dir`.
fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_csv_writer_in_the_sources_is_the_formula_safe_one() {
    let mut files = Vec::new();
    rust_files(std::path::Path::new("src"), &mut files);
    let own = std::path::Path::new("src/core/report/csv_out.rs");
    let offenders: Vec<String> = files
        .iter()
        .filter(|f| f.as_path() != own)
        .filter(|f| {
            let text = std::fs::read_to_string(f).expect("read source");
            text.contains("csv::Writer") || text.contains("WriterBuilder")
        })
        .map(|f| f.display().to_string())
        .collect();
    assert!(
        offenders.is_empty(),
        "write CSV through report::csv_out::SafeCsvWriter: {offenders:?}"
    );
    assert!(files.len() > 20, "the sources were found");
}
