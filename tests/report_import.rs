//! Staff import: a 2,600-row staff list with 20 bad rows of every kind reports
//! exactly those 20 with their reasons, in CSV and in XLSX; merge and replace;
//! rejected rows written out and read back.

use std::path::Path;

use chrono::NaiveDate;
use hq_planner::core::input::{self, Cell, ImportMode, ImportOptions, ImportPreview, RejectReason};
use hq_planner::core::plan::{CadreField, Gender, Plan};
use hq_planner::core::report::Lang;
use hq_planner::core::sample::sample_plan;

const HEADERS: [&str; 9] = [
    "STT",
    "Mã cán bộ",
    "Họ và tên",
    "Ngày sinh",
    "Giới tính",
    "Đơn vị",
    "Chức vụ",
    "Nơi ở",
    "Ghi chú",
];

/// What kind of mistake a bad row carries (and the reason expected for it).
#[derive(Debug, Clone, Copy, PartialEq)]
enum Mistake {
    UnknownUnit,
    UnknownZone,
    InvalidDate,
    TextDate,
    TwoDigitYear,
    FutureBirth,
    DuplicateCode,
    MissingName,
    MissingCode,
    MissingUnit,
    MissingZone,
    WrongGender,
    UnknownGrade,
}

/// The 20 bad rows: index among data rows and kind.
fn bad_rows() -> Vec<(usize, Mistake)> {
    use Mistake::*;
    let kinds = [
        UnknownUnit,
        UnknownZone,
        InvalidDate,
        TextDate,
        TwoDigitYear,
        FutureBirth,
        DuplicateCode,
        MissingName,
        MissingCode,
        MissingUnit,
        MissingZone,
        WrongGender,
        UnknownGrade,
        UnknownUnit,
        UnknownZone,
        DuplicateCode,
        InvalidDate,
        MissingName,
        WrongGender,
        UnknownGrade,
    ];
    kinds
        .iter()
        .enumerate()
        .map(|(i, k)| (37 + i * 127, *k))
        .collect()
}

/// One row of text cells: 2,580 good cadres of the sample, 20 bad rows among them.
fn staff_rows(plan: &Plan) -> Vec<[String; 9]> {
    let bad = bad_rows();
    let mut out = Vec::new();
    let mut good = plan.cadres.iter().take(2_580);
    for i in 0..2_600 {
        let kind = bad.iter().find(|(at, _)| *at == i).map(|(_, k)| *k);
        let c = match kind {
            // Bad rows are new people, except duplicates which copy an earlier code.
            Some(_) => None,
            None => good.next(),
        };
        let row = match (c, kind) {
            (Some(c), _) => {
                let unit = plan.unit(&c.unit).expect("unit");
                let zone = plan.zone(&c.zone).expect("zone");
                let grade = plan.grade(&c.grade).expect("grade");
                // Mix ids and names, with case and diacritics varied, as real files do.
                let unit_text = match i % 3 {
                    0 => unit.id.clone(),
                    1 => unit.name.clone(),
                    _ => unit.name.to_uppercase(),
                };
                let zone_text = if i % 2 == 0 {
                    zone.name.clone()
                } else {
                    zone.id.clone()
                };
                [
                    (i + 1).to_string(),
                    c.code.clone(),
                    c.name.clone(),
                    c.birth_date
                        .map(|d| d.format("%d/%m/%Y").to_string())
                        .unwrap_or_default(),
                    match c.gender {
                        Gender::Female => "Nữ",
                        Gender::Male => "Nam",
                        Gender::Unspecified => "",
                    }
                    .to_owned(),
                    unit_text,
                    grade.name.clone(),
                    zone_text,
                    String::new(),
                ]
            }
            (None, Some(k)) => bad_row(plan, i, k, &out),
            (None, None) => unreachable!("the sample has more than 2,580 cadres"),
        };
        out.push(row);
    }
    out
}

fn bad_row(plan: &Plan, i: usize, kind: Mistake, so_far: &[[String; 9]]) -> [String; 9] {
    let mut r = [
        (i + 1).to_string(),
        format!("NEW-{i:05}"),
        "Nguyễn Thị Bích".to_owned(),
        "12/05/1985".to_owned(),
        "Nữ".to_owned(),
        plan.units[0].name.clone(),
        plan.grades[0].name.clone(),
        plan.zones[0].name.clone(),
        format!("lỗi {kind:?}"),
    ];
    match kind {
        Mistake::UnknownUnit => r[5] = "Sở Không Tồn Tại".into(),
        Mistake::UnknownZone => r[7] = "Phường Ma".into(),
        Mistake::InvalidDate => r[3] = "31/02/1980".into(),
        Mistake::TextDate => r[3] = "không rõ".into(),
        Mistake::TwoDigitYear => r[3] = "12/05/85".into(),
        Mistake::FutureBirth => r[3] = "01/01/2030".into(),
        Mistake::DuplicateCode => r[1] = so_far[i - 5][1].clone(),
        Mistake::MissingName => r[2] = String::new(),
        Mistake::MissingCode => r[1] = String::new(),
        Mistake::MissingUnit => r[5] = String::new(),
        Mistake::MissingZone => r[7] = String::new(),
        Mistake::WrongGender => r[4] = "?".into(),
        Mistake::UnknownGrade => r[6] = "Tổng thống".into(),
    }
    r
}

fn write_csv(path: &Path, rows: &[[String; 9]]) {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    {
        let mut w = csv::WriterBuilder::new()
            .delimiter(b';')
            .flexible(true)
            .from_writer(&mut bytes);
        w.write_record(["DANH SÁCH CÁN BỘ CHUYỂN NƠI LÀM VIỆC"])
            .expect("title");
        w.write_record(HEADERS).expect("header");
        for r in rows {
            w.write_record(r).expect("row");
        }
        w.flush().expect("flush");
    }
    std::fs::write(path, bytes).expect("write csv");
}

/// Writes the rows as a workbook: birth dates as real Excel dates (and a few as
/// serial numbers), the header on row 3 under a title.
fn write_xlsx(path: &Path, rows: &[[String; 9]]) {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let date_fmt = rust_xlsxwriter::Format::new().set_num_format("dd/mm/yyyy");
    sheet
        .write(0, 0, "DANH SÁCH CÁN BỘ CHUYỂN NƠI LÀM VIỆC")
        .expect("title");
    for (c, h) in HEADERS.iter().enumerate() {
        sheet.write(2, c as u16, *h).expect("header");
    }
    for (i, r) in rows.iter().enumerate() {
        let row = i as u32 + 3;
        for (c, v) in r.iter().enumerate() {
            let c16 = c as u16;
            if c == 0 {
                sheet.write(row, c16, (i + 1) as f64).expect("stt");
            } else if c == 3 {
                let parsed = NaiveDate::parse_from_str(v, "%d/%m/%Y")
                    .ok()
                    .filter(|_| v.len() == 10);
                match parsed.ok_or(()) {
                    Ok(d) if i % 10 == 1 => {
                        let serial = (d - NaiveDate::from_ymd_opt(1899, 12, 30).expect("epoch"))
                            .num_days() as f64;
                        sheet.write(row, c16, serial).expect("serial");
                    }
                    Ok(d) => {
                        let xd = rust_xlsxwriter::ExcelDateTime::from_ymd(
                            d.format("%Y").to_string().parse().expect("y"),
                            d.format("%m").to_string().parse().expect("m"),
                            d.format("%d").to_string().parse().expect("d"),
                        )
                        .expect("date");
                        sheet
                            .write_datetime_with_format(row, c16, &xd, &date_fmt)
                            .expect("date");
                    }
                    Err(_) if v.is_empty() => {}
                    Err(_) => {
                        sheet.write(row, c16, v.as_str()).expect("text");
                    }
                }
            } else if !v.is_empty() {
                sheet.write(row, c16, v.as_str()).expect("cell");
            }
        }
    }
    book.save(path).expect("save xlsx");
}

fn opts(mode: ImportMode) -> ImportOptions {
    ImportOptions::for_day(mode, NaiveDate::from_ymd_opt(2025, 6, 1).expect("day"))
}

fn run_preview(plan: &Plan, path: &Path, mode: ImportMode) -> ImportPreview {
    let table = input::read_staff_file(path, &mut |_| {}).expect("read");
    let mapping = input::mapping_for(&table.headers, &plan.import_mapping);
    input::preview(plan, &table, &mapping, &opts(mode), &mut |_| {}).expect("preview")
}

/// Row numbers as a spreadsheet shows them: data row `i` is at `first_data_row + i`.
fn check_exactly_the_bad_rows(p: &ImportPreview, first_data_row: usize) {
    let bad = bad_rows();
    assert_eq!(p.rows_read, 2_600);
    let rej: Vec<String> = p
        .rejected
        .iter()
        .map(|r| format!("{} {:?}", r.row, r.reasons))
        .collect();
    assert_eq!(p.accepted.len(), 2_580, "accepted; rejected: {rej:?}");
    let got: Vec<usize> = p.rejected.iter().map(|r| r.row).collect();
    let want: Vec<usize> = bad.iter().map(|(i, _)| first_data_row + i).collect();
    assert_eq!(got, want, "rejected row numbers");
    for (r, (_, kind)) in p.rejected.iter().zip(&bad) {
        assert_eq!(r.reasons.len(), 1, "row {}: {:?}", r.row, r.reasons);
        let reason = &r.reasons[0];
        let ok = match kind {
            Mistake::UnknownUnit => {
                matches!(reason, RejectReason::Unknown { field: CadreField::Unit, value } if value == "Sở Không Tồn Tại")
            }
            Mistake::UnknownZone => matches!(
                reason,
                RejectReason::Unknown {
                    field: CadreField::Zone,
                    ..
                }
            ),
            Mistake::UnknownGrade => matches!(
                reason,
                RejectReason::Unknown {
                    field: CadreField::Grade,
                    ..
                }
            ),
            Mistake::InvalidDate | Mistake::TextDate | Mistake::TwoDigitYear => {
                matches!(reason, RejectReason::BadDate(_))
            }
            Mistake::FutureBirth => matches!(reason, RejectReason::ImplausibleDate(_)),
            Mistake::DuplicateCode => {
                matches!(reason, RejectReason::DuplicateCode { first_row, .. } if *first_row == r.row - 5)
            }
            Mistake::MissingName => matches!(reason, RejectReason::Missing(CadreField::Name)),
            Mistake::MissingCode => matches!(reason, RejectReason::MissingCode),
            Mistake::MissingUnit => matches!(reason, RejectReason::Missing(CadreField::Unit)),
            Mistake::MissingZone => matches!(reason, RejectReason::Missing(CadreField::Zone)),
            Mistake::WrongGender => matches!(
                reason,
                RejectReason::BadValue {
                    field: CadreField::Gender,
                    ..
                }
            ),
        };
        assert!(ok, "row {} ({kind:?}): got {reason:?}", r.row);
    }
}

#[test]
fn csv_with_20_bad_rows_out_of_2600_reports_exactly_those_20() {
    let plan = sample_plan();
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("staff_2600.csv");
    write_csv(&path, &staff_rows(&plan));
    let p = run_preview(&plan, &path, ImportMode::Merge);
    // Line 1 is the title, line 2 the header: data row 0 is on line 3.
    check_exactly_the_bad_rows(&p, 3);
    assert_eq!(p.updated_cadres(), 2_580);
    assert_eq!(p.new_cadres(), 0);
    let m: Vec<Option<CadreField>> = p.mapping.iter().map(|m| m.field).collect();
    assert_eq!(
        m,
        vec![
            None,
            Some(CadreField::Code),
            Some(CadreField::Name),
            Some(CadreField::BirthDate),
            Some(CadreField::Gender),
            Some(CadreField::Unit),
            Some(CadreField::Grade),
            Some(CadreField::Zone),
            Some(CadreField::Notes),
        ]
    );
}

#[test]
fn xlsx_with_real_dates_and_serials_reports_the_same_20_rows() {
    let plan = sample_plan();
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("staff_2600.xlsx");
    write_xlsx(&path, &staff_rows(&plan));
    let p = run_preview(&plan, &path, ImportMode::Merge);
    // Title on row 1, blank row 2, header on row 3: data row 0 is spreadsheet row 4.
    check_exactly_the_bad_rows(&p, 4);

    // Importing the sample's own data changes nothing but what the file says.
    let mut merged = plan.clone();
    let s = input::apply(&mut merged, &p);
    assert_eq!(
        (s.added, s.updated, s.removed, s.rejected),
        (0, 2_580, 0, 20)
    );
    assert_eq!(merged.cadres.len(), plan.cadres.len());
    for (a, b) in merged.cadres.iter().zip(&plan.cadres) {
        assert_eq!(a.code, b.code);
        assert_eq!(a.unit, b.unit, "{}", a.code);
        assert_eq!(a.zone, b.zone, "{}", a.code);
        assert_eq!(a.birth_date, b.birth_date, "{}", a.code);
        assert_eq!(a.gender, b.gender, "{}", a.code);
        assert_eq!(a.care, b.care, "{}", a.code);
    }
    assert!(hq_planner::core::file::problems(&merged).is_empty());
    assert_eq!(merged.import_mapping, p.mapping);
}

#[test]
fn replace_keeps_people_whose_row_was_rejected_and_removes_the_others() {
    let plan = sample_plan();
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("staff.csv");
    let mut rows = staff_rows(&plan);
    // Spoil the row of an existing cadre: they must not disappear.
    let spoiled_code = rows[10][1].clone();
    rows[10][5] = "Đơn vị gõ sai".into();
    write_csv(&path, &rows);
    let p = run_preview(&plan, &path, ImportMode::Replace);
    assert_eq!(p.rejected.len(), 21);
    let mut replaced = plan.clone();
    let s = input::apply(&mut replaced, &p);
    assert_eq!(s.updated, 2_579);
    assert_eq!(s.kept_rejected, 1);
    // Cadres 2,581 and 2,582 of the sample are not in the file.
    assert_eq!(s.removed, plan.cadres.len() - 2_580);
    assert_eq!(replaced.cadres.len(), 2_580);
    assert!(replaced.cadres.iter().any(|c| c.code == spoiled_code));
    assert!(hq_planner::core::file::problems(&replaced).is_empty());
}

#[test]
fn rejected_rows_file_lists_row_reason_and_original_cells_and_reads_back() {
    let plan = sample_plan();
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("staff.csv");
    write_csv(&path, &staff_rows(&plan));
    let p = run_preview(&plan, &path, ImportMode::Merge);
    for ext in ["csv", "xlsx"] {
        let out = dir.path().join(format!("rejected.{ext}"));
        input::write_rejected(&out, &p).expect("write rejected");
        if ext == "csv" {
            let bytes = std::fs::read(&out).expect("read");
            assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "BOM");
            let text = String::from_utf8(bytes[3..].to_vec()).expect("utf8");
            assert!(text.contains("Sở Không Tồn Tại"));
            // CSV doubles the quotes inside a quoted field.
            assert!(text.contains("ngày sinh \"\"31/02/1980\"\" không hợp lệ"));
            assert!(text.contains("bad birth date \"\"31/02/1980\"\""));
        }
        // The rejected file imports again with the same mapping and the same
        // verdicts, except the two duplicates: alone in this file, they are
        // plain updates of existing cadres now.
        let again = run_preview(&plan, &out, ImportMode::Merge);
        assert_eq!(again.rows_read, 20);
        assert_eq!(again.rejected.len(), 18, "{ext}");
        assert_eq!(again.accepted.len(), 2, "{ext}");
        let not_dup: Vec<String> = p
            .rejected
            .iter()
            .filter(|r| !matches!(r.reasons[0], RejectReason::DuplicateCode { .. }))
            .map(|r| r.reasons_text(Lang::En))
            .collect();
        let reasons: Vec<String> = again
            .rejected
            .iter()
            .map(|r| r.reasons_text(Lang::En))
            .collect();
        assert_eq!(reasons, not_dup, "{ext}");
    }
}

#[test]
fn small_fixture_with_english_headers_and_every_optional_field() {
    let plan = sample_plan();
    let p = run_preview(
        &plan,
        Path::new("tests/data/staff_small.csv"),
        ImportMode::Merge,
    );
    let rejected: Vec<(usize, String)> = p
        .rejected
        .iter()
        .map(|r| (r.row, r.reasons_text(Lang::En)))
        .collect();
    assert_eq!(
        rejected,
        vec![(
            5,
            "bad preference \"sometimes\"; unknown pinned site \"Nowhere\" (not in the plan by id or name)"
                .to_owned()
        )]
    );
    assert_eq!(p.accepted.len(), 3);
    let mut merged = plan.clone();
    input::apply(&mut merged, &p);
    let c = merged
        .cadres
        .iter()
        .find(|c| c.code == "TEST-001")
        .expect("new cadre");
    assert_eq!(c.name, "Trần Văn An");
    assert_eq!(c.gender, Gender::Male);
    assert!(c.care.child_under_36_months);
    assert_eq!(c.birth_date, NaiveDate::from_ymd_opt(1988, 3, 5));
    assert_eq!(c.pinned_site.as_deref(), Some("tttc-thuy-nguyen"));
    assert_eq!(c.grade, "truong-phong");
    assert!(hq_planner::core::file::problems(&merged).is_empty());
}

#[test]
fn cells_display_like_a_person_reads_them() {
    assert_eq!(Cell::Number(42.0).display(), "42");
    assert_eq!(
        Cell::Date(NaiveDate::from_ymd_opt(1980, 3, 5).expect("d")).display(),
        "05/03/1980"
    );
}

/// Writes a minimal OpenDocument spreadsheet (what LibreOffice saves) with the given rows.
fn write_ods(path: &Path, rows: &[Vec<&str>]) {
    use std::io::Write;
    let cell = |v: &str| -> String {
        // A dd/mm/yyyy text becomes a real ODS date cell.
        match NaiveDate::parse_from_str(v, "%d/%m/%Y") {
            Ok(d) if v.len() == 10 => format!(
                "<table:table-cell office:value-type=\"date\" office:date-value=\"{}\"><text:p>{v}</text:p></table:table-cell>",
                d.format("%Y-%m-%d")
            ),
            _ if v.is_empty() => "<table:table-cell/>".to_owned(),
            _ => format!(
                "<table:table-cell office:value-type=\"string\"><text:p>{v}</text:p></table:table-cell>"
            ),
        }
    };
    let body: String = rows
        .iter()
        .map(|r| {
            format!(
                "<table:table-row>{}</table:table-row>",
                r.iter().map(|v| cell(v)).collect::<String>()
            )
        })
        .collect();
    let content = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" \
xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">\
<office:body><office:spreadsheet><table:table table:name=\"Nhân sự\">{body}</table:table>\
</office:spreadsheet></office:body></office:document-content>"
    );
    let manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">\
<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>\
<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\
</manifest:manifest>";
    let file = std::fs::File::create(path).expect("create ods");
    let mut z = zip::ZipWriter::new(file);
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    z.start_file("mimetype", stored).expect("mimetype");
    z.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .expect("mimetype");
    z.start_file("META-INF/manifest.xml", stored)
        .expect("manifest");
    z.write_all(manifest.as_bytes()).expect("manifest");
    z.start_file("content.xml", stored).expect("content");
    z.write_all(content.as_bytes()).expect("content");
    z.finish().expect("finish ods");
}

#[test]
fn ods_staff_list_with_real_date_cells_imports() {
    let plan = sample_plan();
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("staff.ods");
    write_ods(
        &path,
        &[
            vec![
                "Mã cán bộ",
                "Họ và tên",
                "Đơn vị",
                "Nơi ở",
                "Ngày sinh",
                "Giới tính",
            ],
            vec![
                "ODS-1",
                "Bùi Thị Mai",
                "Sở Y tế",
                "p-thanh-binh",
                "05/03/1988",
                "Nữ",
            ],
            vec![
                "ODS-2",
                "Vũ Văn Hải",
                "Sở Ma",
                "p-thanh-binh",
                "01/01/1980",
                "Nam",
            ],
        ],
    );
    let p = run_preview(&plan, &path, ImportMode::Merge);
    assert_eq!(p.accepted.len(), 1);
    assert_eq!(p.accepted[0].row, 2);
    assert_eq!(
        p.accepted[0].patch.birth_date,
        Some(NaiveDate::from_ymd_opt(1988, 3, 5))
    );
    assert_eq!(p.rejected.len(), 1);
    assert_eq!(p.rejected[0].row, 3);
    assert_eq!(
        p.rejected[0].reasons_text(Lang::En),
        "unknown unit \"Sở Ma\" (not in the plan by id or name)"
    );
}

/// Exports the sample plan with the real `hq-planner export` (CSV or XLSX,
/// anonymised or not) into `dir`, returning the file.
fn export_sample(dir: &Path, ext: &str, anonymize: bool) -> std::path::PathBuf {
    let plan = dir.join("plan.ron");
    if !plan.exists() {
        std::fs::copy("saved_plans/hai-duong-hai-phong-2025.ron", &plan).expect("copy plan");
    }
    let out = dir.join(format!(
        "{}.{ext}",
        if anonymize { "anonymised" } else { "named" }
    ));
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_hq-planner"));
    cmd.arg("export")
        .arg(&plan)
        .args(["--format", ext, "--time-limit", "30", "-o"])
        .arg(&out);
    if anonymize {
        cmd.arg("--anonymize");
    }
    let run = cmd.output().expect("run hq-planner export");
    assert!(
        run.status.success(),
        "export failed: {}",
        String::from_utf8_lossy(&run.stderr)
    );
    out
}

#[test]
fn an_anonymised_csv_or_xlsx_export_is_refused_as_a_whole_naming_the_file() {
    let plan = sample_plan();
    let dir = tempfile::tempdir().expect("tmp");
    for ext in ["csv", "xlsx"] {
        let path = export_sample(dir.path(), ext, true);
        let table = input::read_staff_file(&path, &mut |_| {}).expect("read export");
        let mapping = input::mapping_for(&table.headers, &plan.import_mapping);
        for mode in [ImportMode::Merge, ImportMode::Replace] {
            let err = input::preview(&plan, &table, &mapping, &opts(mode), &mut |_| {})
                .expect_err("an anonymised export must be refused");
            let text = err.to_string();
            assert!(
                matches!(err, input::ImportError::AnonymisedExport { .. }),
                "{text}"
            );
            assert!(text.contains(&path.display().to_string()), "{text}");
            assert!(text.contains("anonymised HQ Planner export"), "{text}");
        }
        if ext == "csv" {
            // The CSV carries its audit stamp; the refusal quotes it.
            let stamp = table.export_stamp.clone().expect("stamp read from # lines");
            assert_eq!(stamp.len(), 16);
            assert!(
                input::anonymised_export_evidence(&table, &mapping)
                    .is_some_and(|e| e.contains(&stamp))
            );
        }
    }
    // The same export with names is a staff list like any other: nothing is refused.
    let named = export_sample(dir.path(), "csv", false);
    let p = run_preview(&plan, &named, ImportMode::Merge);
    assert!(p.rejected.is_empty(), "{:?}", p.rejected.first());
    assert_eq!(p.updated_cadres(), plan.cadres.len());
    // Its audit stamp (after the header, the rows and a blank line) is the one
    // block left out, and its rows are named.
    let table = input::read_staff_file(&named, &mut |_| {}).expect("read");
    let lines = std::fs::read_to_string(&named)
        .expect("read")
        .lines()
        .count();
    assert_eq!(table.stamp_rows, Some((plan.cadres.len() + 3, lines)));
}

#[test]
fn cli_import_of_an_anonymised_export_fails_and_leaves_the_plan_unchanged() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = export_sample(dir.path(), "csv", true);
    let plan_file = dir.path().join("plan.ron");
    let before = std::fs::read(&plan_file).expect("plan");
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_hq-planner"))
        .arg("import")
        .arg(&plan_file)
        .arg("--staff")
        .arg(&path)
        .output()
        .expect("run import");
    assert!(!run.status.success());
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(err.contains("anonymised HQ Planner export"), "{err}");
    assert_eq!(std::fs::read(&plan_file).expect("plan"), before);
}

#[test]
fn names_that_are_staff_codes_never_replace_real_names() {
    let plan = sample_plan();
    let dir = tempfile::tempdir().expect("tmp");
    let codes: Vec<String> = plan.cadres.iter().take(4).map(|c| c.code.clone()).collect();
    let unit = &plan.cadres[0].unit;
    let zone = &plan.cadres[0].zone;
    let write = |name: &str, code_names: usize| {
        let path = dir.path().join(name);
        let mut text = "Mã cán bộ,Họ và tên,Đơn vị,Nơi ở\n".to_owned();
        for (i, code) in codes.iter().enumerate() {
            let person = if i < code_names {
                code.clone()
            } else {
                format!("Nguyễn Văn Thử {i}")
            };
            text.push_str(&format!("{code},{person},{unit},{zone}\n"));
        }
        std::fs::write(&path, text).expect("write");
        path
    };
    // Most rows name = code: the whole file is refused.
    let most = write("most.csv", 3);
    let table = input::read_staff_file(&most, &mut |_| {}).expect("read");
    let mapping = input::mapping_for(&table.headers, &[]);
    let err = input::preview(
        &plan,
        &table,
        &mapping,
        &opts(ImportMode::Merge),
        &mut |_| {},
    )
    .expect_err("refused");
    assert!(
        err.to_string()
            .contains("in 3 of 4 rows the name is the staff code"),
        "{err}"
    );
    // One row of four: only that row is rejected, with its row number and reason.
    let one = write("one.csv", 1);
    let p = run_preview(&plan, &one, ImportMode::Merge);
    assert_eq!(p.accepted.len(), 3);
    assert_eq!(p.rejected.len(), 1);
    assert_eq!(p.rejected[0].row, 2);
    assert_eq!(p.rejected[0].reasons, vec![RejectReason::NameIsCode]);
    assert_eq!(
        p.rejected[0].reasons_text(Lang::En),
        "name is the staff code: this looks like an anonymised export"
    );
    let mut merged = plan.clone();
    input::apply(&mut merged, &p);
    assert_eq!(merged.cadres[0].name, plan.cadres[0].name);
}

/// tests/data/staff_small.xls and .ods (written by scripts/make_staff_small.py):
/// a title row, a blank row, Vietnamese headers on row 3, birth dates as a real
/// date cell, dd/mm/yyyy text and a bare Excel serial, and four bad rows.
fn check_small_office_file(path: &str) {
    let plan = sample_plan();
    let table = input::read_staff_file(Path::new(path), &mut |_| {}).expect("read");
    assert_eq!(table.header_row, 3, "{path}");
    assert_eq!(table.sheet, "Danh sách");
    let p = run_preview(&plan, Path::new(path), ImportMode::Merge);
    assert_eq!(p.rows_read, 7, "{path}");
    let accepted: Vec<usize> = p.accepted.iter().map(|a| a.row).collect();
    assert_eq!(accepted, vec![4, 5, 6], "{path}");
    let rejected: Vec<(usize, String)> = p
        .rejected
        .iter()
        .map(|r| (r.row, r.reasons_text(Lang::En)))
        .collect();
    assert_eq!(
        rejected,
        vec![
            (
                7,
                "bad preference \"sometimes\"; unknown pinned site \"Nowhere\" (not in the plan by id or name)".to_owned()
            ),
            (
                8,
                "unknown unit \"Sở Ma\" (not in the plan by id or name); bad birth date \"31/02/1985\" (expected dd/mm/yyyy)".to_owned()
            ),
            (9, "duplicate staff code TEST-002 (first on row 5)".to_owned()),
            (10, "missing staff code".to_owned()),
        ],
        "{path}"
    );
    assert_eq!(p.defaulted_grade, 1, "{path}");
    let mut merged = plan.clone();
    let summary = input::apply(&mut merged, &p);
    assert_eq!((summary.added, summary.rejected), (3, 4));
    let get = |code: &str| {
        merged
            .cadres
            .iter()
            .find(|c| c.code == code)
            .unwrap_or_else(|| panic!("{code} imported from {path}"))
    };
    let a = get("TEST-001");
    assert_eq!(a.name, "Trần Văn An");
    assert_eq!(a.birth_date, NaiveDate::from_ymd_opt(1988, 3, 5)); // real date cell
    assert_eq!(a.gender, Gender::Male);
    assert!(a.care.child_under_36_months);
    assert_eq!(a.pinned_site.as_deref(), Some("tttc-thuy-nguyen"));
    assert_eq!(a.grade, "truong-phong");
    let b = get("TEST-002");
    assert_eq!(b.name, "Lê Thị Hoa");
    assert_eq!(b.birth_date, NaiveDate::from_ymd_opt(1990, 11, 23)); // dd/mm/yyyy text
    assert_eq!(b.gender, Gender::Female);
    let c = get("TEST-003");
    assert_eq!(c.birth_date, NaiveDate::from_ymd_opt(1985, 1, 1)); // serial 31048
    assert!(hq_planner::core::file::problems(&merged).is_empty());
}

#[test]
fn xls_office_file_imports_three_rows_and_rejects_four_with_reasons() {
    check_small_office_file("tests/data/staff_small.xls");
}

#[test]
fn ods_office_file_imports_three_rows_and_rejects_four_with_reasons() {
    check_small_office_file("tests/data/staff_small.ods");
}

/// `tests/data/staff_small.csv` with its line endings replaced by `eol`.
fn staff_small_with(eol: &str) -> String {
    std::fs::read_to_string("tests/data/staff_small.csv")
        .expect("fixture")
        .lines()
        .collect::<Vec<_>>()
        .join(eol)
        + eol
}

/// The "Dòng / Row" column of a rejected-rows CSV.
fn rejected_file_rows(path: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(path).expect("rejected file");
    let mut r =
        csv::ReaderBuilder::new().from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    r.records()
        .map(|rec| rec.expect("record")[0].to_owned())
        .collect()
}

#[test]
fn windows_line_endings_give_the_same_row_numbers_as_a_text_editor() {
    // The csv crate's positions put every CRLF row one line too low ("row 4"
    // for line 5) and every CR-only row on line 1; rows are lines as shown.
    let plan = sample_plan();
    let dir = tempfile::tempdir().expect("tmp");
    for (name, eol) in [("lf", "\n"), ("crlf", "\r\n"), ("cr", "\r")] {
        let path = dir.path().join(format!("staff-{name}.csv"));
        // A blank line after the header moves the data rows one line down.
        let text = staff_small_with(eol).replacen(eol, &format!("{eol}{eol}"), 1);
        std::fs::write(&path, text).expect("write");
        let p = run_preview(&plan, &path, ImportMode::Merge);
        let rows: Vec<usize> = p.accepted.iter().map(|a| a.row).collect();
        assert_eq!(rows, vec![3, 4, 5], "{name}");
        let rejected: Vec<(usize, String)> =
            p.rejected.iter().map(|r| (r.row, r.code.clone())).collect();
        assert_eq!(rejected, vec![(6, "TEST-004".to_owned())], "{name}");
        let out = dir.path().join(format!("rejected-{name}.csv"));
        input::write_rejected(&out, &p).expect("write rejected");
        assert_eq!(rejected_file_rows(&out), vec!["6".to_owned()], "{name}");
    }
    // A note over two lines: the rows after it keep their own line numbers.
    let path = dir.path().join("multiline.csv");
    let text = "Staff code,Full name,Unit,Home zone,Notes\r\n\
        TEST-101,Lê Văn Một,Sở Y tế,p-thanh-binh,\"dòng 1\r\ndòng 2\"\r\n\
        TEST-102,Lê Văn Hai,Sở Ma,p-thanh-binh,\r\n";
    std::fs::write(&path, text).expect("write");
    let p = run_preview(&plan, &path, ImportMode::Merge);
    assert_eq!(p.accepted[0].row, 2);
    assert_eq!(p.rejected[0].row, 4);
    assert_eq!(p.accepted[0].patch.notes.as_deref(), Some("dòng 1\ndòng 2"));
}

#[test]
fn a_staff_code_starting_with_hash_is_imported_not_dropped_as_a_comment() {
    let plan = sample_plan();
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("hash.csv");
    std::fs::write(
        &path,
        "Staff code,Full name,Unit,Home zone\n#CB-1,Lê Văn Một,Sở Y tế,p-thanh-binh\n# CB-2,Lê Văn Hai,Sở Y tế,p-thanh-binh\n",
    )
    .expect("write");
    let p = run_preview(&plan, &path, ImportMode::Merge);
    assert_eq!(p.rows_read, 2);
    let codes: Vec<(usize, &str)> = p
        .accepted
        .iter()
        .map(|a| (a.row, a.patch.code.as_str()))
        .collect();
    assert_eq!(codes, vec![(2, "#CB-1"), (3, "# CB-2")]);
}

#[test]
fn a_replace_that_removes_everyone_is_refused_unless_allowed() {
    let plan = sample_plan();
    let staff = plan.cadres.len();
    let dir = tempfile::tempdir().expect("tmp");
    let table_of = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).expect("write");
        input::read_staff_file(&path, &mut |_| {}).expect("read")
    };
    let header_only = table_of("empty.csv", "Staff code,Full name,Unit,Home zone\n");
    let strangers = table_of(
        "others.csv",
        "Staff code,Full name,Unit,Home zone\nX-1,Lê Văn Một,Sở Y tế,p-thanh-binh\n",
    );
    for (table, kept) in [(&header_only, 0), (&strangers, 1)] {
        let mapping = input::mapping_for(&table.headers, &[]);
        let refused = input::preview(
            &plan,
            table,
            &mapping,
            &opts(ImportMode::Replace),
            &mut |_| {},
        );
        match refused {
            Err(input::ImportError::WouldRemoveEveryone {
                staff: s, kept: k, ..
            }) => assert_eq!((s, k), (staff, kept)),
            other => panic!("expected a refusal, got {other:?}"),
        }
        let message = input::preview(
            &plan,
            table,
            &mapping,
            &opts(ImportMode::Replace),
            &mut |_| {},
        )
        .expect_err("refused")
        .to_string();
        assert!(
            message.contains("would remove all 2582 staff") && message.contains("--allow-empty"),
            "{message}"
        );
        // Merge never removes anyone, so it needs no confirmation.
        let merged = input::preview(
            &plan,
            table,
            &mapping,
            &opts(ImportMode::Merge),
            &mut |_| {},
        )
        .expect("merge");
        assert_eq!(merged.removes_everyone, None);
        // Asked for explicitly, the preview says so and apply does it.
        let allowed = ImportOptions {
            allow_empty: true,
            ..opts(ImportMode::Replace)
        };
        let p = input::preview(&plan, table, &mapping, &allowed, &mut |_| {}).expect("allowed");
        assert_eq!(p.removes_everyone, Some(staff));
        let mut replaced = plan.clone();
        let s = input::apply(&mut replaced, &p);
        assert_eq!((s.removed, s.added), (staff, kept));
        assert_eq!(replaced.cadres.len(), kept);
    }
}

#[test]
fn an_id_typed_with_decomposed_accents_matches_the_plan_and_is_stored_nfc() {
    // Two zones whose ids fold to the same text: only the exact id tells them
    // apart, and an NFD "an-lạc" was not that id before the cells were made NFC.
    let mut plan = sample_plan();
    for (id, name) in [("an-lạc", "Xã An Lạc"), ("an-lác", "Xã An Lác")] {
        plan.zones.push(hq_planner::core::plan::Zone {
            id: id.into(),
            name: name.into(),
            ..Default::default()
        });
    }
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("nfd.csv");
    std::fs::write(
        &path,
        "Staff code,Full name,Unit,Home zone\nX-1,Le\u{0302}\u{0301} Va\u{0306}n Mo\u{0323}\u{0302}t,Sở Y tế,an-la\u{0323}c\n",
    )
    .expect("write");
    let p = run_preview(&plan, &path, ImportMode::Merge);
    assert!(p.rejected.is_empty(), "{:?}", p.rejected);
    assert_eq!(p.accepted[0].patch.zone.as_deref(), Some("an-lạc"));
    assert_eq!(p.accepted[0].patch.name.as_deref(), Some("Lế Văn Một"));
}

#[test]
fn formula_cells_of_rejected_rows_are_neutralised_and_read_back_as_written() {
    let plan = sample_plan();
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("staff.csv");
    let payloads = [
        "=CMD()",
        "+1+1",
        "-2+3",
        "@SUM(A1)",
        "=HYPERLINK(\"http://x.example\",\"y\")",
    ];
    let mut text = "Staff code,Full name,Unit,Home zone,Notes\n".to_owned();
    for (i, p) in payloads.iter().enumerate() {
        // An unknown unit rejects the row; the payload is its note.
        text.push_str(&format!(
            "X-{i},Lê Văn Một,Sở Ma,p-thanh-binh,\"{}\"\n",
            p.replace('"', "\"\"")
        ));
    }
    text.push_str("X-9,Lê Văn Một,Sở Ma,p-thanh-binh,-2\n");
    std::fs::write(&path, text).expect("write");
    let p = run_preview(&plan, &path, ImportMode::Merge);
    assert_eq!(p.rejected.len(), 6);
    let out = dir.path().join("rejected.csv");
    input::write_rejected(&out, &p).expect("write rejected");
    let written = std::fs::read_to_string(&out).expect("read");
    let mut r =
        csv::ReaderBuilder::new().from_reader(written.trim_start_matches('\u{feff}').as_bytes());
    let notes: Vec<String> = r
        .records()
        .map(|rec| rec.expect("rec")[5].to_owned())
        .collect();
    let mut want: Vec<String> = payloads.iter().map(|p| format!("'{p}")).collect();
    want.push("-2".into());
    assert_eq!(
        notes, want,
        "every payload quoted, the plain number left alone"
    );
    let again = run_preview(&plan, &out, ImportMode::Merge);
    let back: Vec<String> = again.rejected.iter().map(|r| r.cells[5].clone()).collect();
    let mut original: Vec<String> = payloads.iter().map(|p| p.to_string()).collect();
    original.push("-2".into());
    assert_eq!(back, original);
}
