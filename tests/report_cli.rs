//! `hq-planner export` and `hq-planner import` end to end on the sample plan:
//! one call each gives a workbook, a PDF in Vietnamese and in English, and a
//! CSV a committee member can read; imports never replace a good plan with a
//! bad one.

use std::io::Cursor;
use std::path::Path;

use assert_cmd::Command;
use calamine::{Data, Reader};
use predicates::prelude::*;

const SAMPLE: &str = "saved_plans/hai-duong-hai-phong-2025.ron";
const TIME: &str = "2025-06-20 09:30:00";

fn cmd() -> Command {
    Command::cargo_bin("hq-planner").expect("binary")
}

fn export(out: &Path, format: &str, extra: &[&str]) -> String {
    let assert = cmd()
        .args([
            "export",
            SAMPLE,
            "--format",
            format,
            "--export-time",
            TIME,
            "-o",
        ])
        .arg(out)
        .args(extra)
        .assert()
        .success();
    String::from_utf8_lossy(&assert.get_output().stdout).into_owned()
}

fn pdftotext(path: &Path) -> Option<String> {
    match std::process::Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
    {
        Ok(o) if o.status.success() => Some(String::from_utf8_lossy(&o.stdout).into_owned()),
        Ok(o) => panic!("pdftotext failed: {}", String::from_utf8_lossy(&o.stderr)),
        Err(e) => {
            eprintln!("SKIPPED PDF text checks: pdftotext (poppler-utils) not available: {e}");
            None
        }
    }
}

#[test]
fn export_xlsx_of_every_scenario_from_the_sample() {
    let dir = tempfile::tempdir().expect("tmp");
    let out = dir.path().join("hq.xlsx");
    let stdout = export(
        &out,
        "xlsx",
        &[
            "--all-scenarios",
            "--approved-by",
            "Trần Văn Duyệt",
            "--approved-on",
            "12/03/2026",
        ],
    );
    assert!(stdout.contains("+ 2 compared"), "{stdout}");
    let bytes = std::fs::read(&out).expect("xlsx");
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).expect("open");
    assert_eq!(book.sheet_names().len(), 8);
    assert_eq!(book.sheet_names()[7], "So sánh");
    let cadres = book.worksheet_range("Cán bộ").expect("cadres");
    assert_eq!(cadres.height(), 2_583, "header + 2,582 cadres");
    // The per-cadre costs add up to the Summary's total (rounding aside).
    let header: Vec<String> = (0..cadres.width() as u32)
        .map(|c| match cadres.get_value((0, c)) {
            Some(Data::String(s)) => s.clone(),
            _ => String::new(),
        })
        .collect();
    let col = header
        .iter()
        .position(|h| h == "Kinh phí/tháng (đồng)")
        .expect("cost column") as u32;
    let sum: f64 = (1..cadres.height() as u32)
        .filter_map(|r| match cadres.get_value((r, col)) {
            Some(Data::Float(f)) => Some(*f),
            _ => None,
        })
        .sum();
    let summary = book.worksheet_range("Tóm tắt").expect("summary");
    let total = (0..summary.height() as u32)
        .find(|r| {
            matches!(summary.get_value((*r, 0)), Some(Data::String(s)) if s == "Tổng kinh phí hằng tháng")
        })
        .and_then(|r| match summary.get_value((r, 1)) {
            Some(Data::Float(f)) => Some(*f),
            _ => None,
        })
        .expect("total cost");
    assert!(total > 0.0);
    assert!((sum - total).abs() < 1.0, "cadres {sum} vs summary {total}");
    // The sign-off given on the command line is on the Summary, the date a real date.
    let approved = (0..summary.height() as u32)
        .find(|r| matches!(summary.get_value((*r, 0)), Some(Data::String(s)) if s == "Người phê duyệt"))
        .expect("approved-by row");
    assert_eq!(
        summary.get_value((approved, 1)),
        Some(&Data::String("Trần Văn Duyệt".into()))
    );
    assert!(matches!(
        summary.get_value((approved, 2)),
        Some(Data::DateTime(dt)) if dt.as_f64() == 46093.0
    ));
}

#[test]
fn a_bad_sign_off_date_is_refused_naming_the_flag() {
    let dir = tempfile::tempdir().expect("tmp");
    let out = dir.path().join("x.pdf");
    for bad in ["31/02/2026", "March 5", "2026/03/05"] {
        cmd()
            .args([
                "export",
                SAMPLE,
                "--format",
                "pdf",
                "--reviewed-on",
                bad,
                "-o",
            ])
            .arg(&out)
            .assert()
            .code(2)
            .stderr(
                predicate::str::contains("--reviewed-on")
                    .and(predicate::str::contains(bad))
                    .and(predicate::str::contains("dd/mm/yyyy")),
            );
    }
    assert!(!out.exists());
}

#[test]
fn export_pdf_in_vietnamese_and_english_from_the_sample() {
    let dir = tempfile::tempdir().expect("tmp");
    let vi = dir.path().join("vi.pdf");
    let en = dir.path().join("en.pdf");
    export(
        &vi,
        "pdf",
        &[
            "--prepared-by",
            "Nguyễn Văn Minh",
            "--prepared-on",
            "05/03/2026",
            "--approved-on",
            "2026-03-12",
        ],
    );
    export(&en, "pdf", &["--lang", "en"]);
    for p in [&vi, &en] {
        assert!(std::fs::read(p).expect("pdf").starts_with(b"%PDF-"));
    }
    let Some(text) = pdftotext(&vi) else { return };
    for s in [
        "Sáp nhập Hải Dương vào Hải Phòng 2025",
        "Giai đoạn 1: hai trụ sở",
        "Trung tâm Chính trị - Hành chính Thủy Nguyên",
        "Sở Nông nghiệp và Môi trường",
        "Tóm tắt đề xuất",
        "2.582",
        "Nguyễn Văn Minh",
        "Người phê duyệt",
        "Ngày 05/03/2026",
        "Ngày 12/03/2026",
    ] {
        assert!(text.contains(s), "Vietnamese PDF lacks {s:?}");
    }
    let Some(text) = pdftotext(&en) else { return };
    for s in ["Decision summary", "2,582", "Approved by", "Thủy Nguyên"] {
        assert!(text.contains(s), "English PDF lacks {s:?}");
    }
}

#[test]
fn anonymised_csv_of_the_sample_contains_no_name() {
    let dir = tempfile::tempdir().expect("tmp");
    let out = dir.path().join("hq.csv");
    export(&out, "csv", &["--anonymize", "--scenario", "giai-doan-1"]);
    let bytes = std::fs::read(&out).expect("csv");
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    let text = String::from_utf8(bytes[3..].to_vec()).expect("utf8");
    let plan = hq_planner::core::sample::sample_plan();
    assert_eq!(text.lines().filter(|l| l.starts_with("HD")).count(), 2_582);
    for c in &plan.cadres {
        assert!(!text.contains(&c.name), "{} appears", c.name);
    }
    assert!(!text.contains("Ngày sinh"));
}

#[test]
fn unknown_scenario_is_named_in_the_error() {
    let dir = tempfile::tempdir().expect("tmp");
    cmd()
        .args([
            "export",
            SAMPLE,
            "--format",
            "csv",
            "--scenario",
            "khong-co",
            "-o",
        ])
        .arg(dir.path().join("x.csv"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no scenario \"khong-co\""));
    assert!(!dir.path().join("x.csv").exists());
}

#[test]
fn import_merges_saves_atomically_and_reports_rejected_rows() {
    let dir = tempfile::tempdir().expect("tmp");
    let plan = dir.path().join("plan.ron");
    std::fs::copy(SAMPLE, &plan).expect("copy");
    let rejected = dir.path().join("rejected.csv");
    cmd()
        .args(["import"])
        .arg(&plan)
        .args(["--staff", "tests/data/staff_small.csv", "--rejected"])
        .arg(&rejected)
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "3 added, 0 updated, 0 removed, 1 rejected",
        ))
        .stderr(predicate::str::contains(
            "row 5 (TEST-004): bad preference \"sometimes\"",
        ));
    let saved = hq_planner::core::file::load(&plan).expect("valid plan");
    assert_eq!(saved.plan().cadres.len(), 2_585);
    assert!(!saved.plan().import_mapping.is_empty());
    assert!(plan.with_extension("ron.bak").exists());
    let rej = std::fs::read_to_string(&rejected).expect("rejected file");
    assert!(rej.contains("TEST-004") && rej.contains("Nowhere"));
}

#[test]
fn import_never_touches_an_invalid_plan_or_a_plan_when_the_staff_file_is_bad() {
    let dir = tempfile::tempdir().expect("tmp");
    let bad = dir.path().join("bad.ron");
    std::fs::copy("tests/data/ten-mistakes.ron", &bad).expect("copy");
    let before = std::fs::read(&bad).expect("read");
    cmd()
        .arg("import")
        .arg(&bad)
        .args(["--staff", "tests/data/staff_small.csv"])
        .assert()
        .code(1);
    assert_eq!(std::fs::read(&bad).expect("read"), before);

    let good = dir.path().join("good.ron");
    std::fs::copy(SAMPLE, &good).expect("copy");
    let before = std::fs::read(&good).expect("read");
    cmd()
        .arg("import")
        .arg(&good)
        .args(["--staff", "no/such/staff.xlsx"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no/such/staff.xlsx"));
    let garbage = dir.path().join("staff.xlsx");
    std::fs::write(&garbage, b"this is not a workbook").expect("write");
    cmd()
        .arg("import")
        .arg(&good)
        .arg("--staff")
        .arg(&garbage)
        .assert()
        .code(2);
    cmd()
        .arg("import")
        .arg(&good)
        .args(["--staff", "tests/data/staff_small.csv", "--dry-run"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("dry run"));
    assert_eq!(std::fs::read(&good).expect("read"), before);
}

#[test]
fn a_mapping_file_overrides_the_guess_and_bad_lines_are_located() {
    let dir = tempfile::tempdir().expect("tmp");
    let plan = dir.path().join("plan.ron");
    std::fs::copy(SAMPLE, &plan).expect("copy");
    let mapping = dir.path().join("m.txt");
    // Ignore the Notes column and the pinned site (which is bad on row 5).
    std::fs::write(&mapping, "# test\nNotes = -\nPinned site = -\n").expect("write");
    cmd()
        .arg("import")
        .arg(&plan)
        .args(["--staff", "tests/data/staff_small.csv", "--mapping"])
        .arg(&mapping)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("Pinned site = -"))
        .stderr(
            predicate::str::contains("bad preference \"sometimes\"")
                .and(predicate::str::contains("Nowhere").not()),
        );
    std::fs::write(&mapping, "Notes = remarks\n").expect("write");
    cmd()
        .arg("import")
        .arg(&plan)
        .args(["--staff", "tests/data/staff_small.csv", "--mapping"])
        .arg(&mapping)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("line 1: unknown field `remarks`"));
}

#[test]
fn a_stored_solution_is_exported_without_solving_and_checked_against_the_plan() {
    let dir = tempfile::tempdir().expect("tmp");
    let json = dir.path().join("sol.json");
    cmd()
        .args(["solve", SAMPLE, "--scenario", "giai-doan-1", "--json"])
        .arg(&json)
        .assert()
        .success();
    let out = dir.path().join("a.csv");
    let solved = dir.path().join("b.csv");
    cmd()
        .args([
            "export",
            SAMPLE,
            "--format",
            "csv",
            "--export-time",
            TIME,
            "--solution",
        ])
        .arg(&json)
        .arg("-o")
        .arg(&out)
        .assert()
        .success()
        .stderr(predicate::str::contains("using the stored solution"));
    export(&solved, "csv", &[]);
    // Same plan, same settings: the stored and the fresh solution export identically.
    assert_eq!(
        std::fs::read(&out).expect("a"),
        std::fs::read(&solved).expect("b")
    );
    // A solution that no longer fits the plan is refused, naming the scenario.
    let text = std::fs::read_to_string(&json).expect("json");
    let mut v: serde_json::Value = serde_json::from_str(&text).expect("parse");
    let a = &mut v["assignments"][0];
    a["site"] = serde_json::Value::String("no-such-site".into());
    std::fs::write(&json, serde_json::to_string(&v).expect("json")).expect("write");
    cmd()
        .args(["export", SAMPLE, "--format", "csv", "--solution"])
        .arg(&json)
        .arg("-o")
        .arg(dir.path().join("c.csv"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("breaks"));
}

#[test]
fn two_imports_at_once_never_lose_an_update_while_both_say_saved() {
    // Audit: two `import` runs into one plan at once; often one update was lost
    // while both printed "saved" and exited 0. Now each run either saves (and its
    // cadres are in the file at the end) or is refused, naming the file, with
    // nothing written.
    let dir = tempfile::tempdir().expect("tmp");
    let plan = dir.path().join("plan.ron");
    std::fs::copy(SAMPLE, &plan).expect("copy");
    let header = "Staff code,Full name,Unit,Grade,Home zone,Preference\n";
    let exe = assert_cmd::cargo::cargo_bin("hq-planner");
    let mut saved_codes = Vec::new();
    let mut refusals = 0;
    for round in 0..5 {
        let runs: Vec<(String, std::process::Child)> = ["A", "B"]
            .iter()
            .map(|who| {
                let code = format!("RACE-{who}{round}");
                let staff = dir.path().join(format!("staff-{who}{round}.csv"));
                std::fs::write(
                    &staff,
                    format!("{header}{code},Nguyễn Văn {who},Sở Y tế,chuyen-vien,p-thanh-binh,hằng ngày\n"),
                )
                .expect("write staff");
                let child = std::process::Command::new(&exe)
                    .arg("import")
                    .arg(&plan)
                    .arg("--staff")
                    .arg(&staff)
                    .stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .expect("spawn");
                (code, child)
            })
            .collect();
        for (code, child) in runs {
            let out = child.wait_with_output().expect("wait");
            let stdout = String::from_utf8_lossy(&out.stdout);
            let stderr = String::from_utf8_lossy(&out.stderr);
            if out.status.success() {
                assert!(stdout.contains("saved"), "{stdout}");
                saved_codes.push(code);
            } else {
                assert_eq!(out.status.code(), Some(2), "{stdout}\n{stderr}");
                assert!(
                    stderr.contains(&format!(
                        "{} changed on disk since it was read (another program saved it); nothing was written; run again",
                        plan.display()
                    )),
                    "{stderr}"
                );
                assert!(!stdout.contains("saved "), "{stdout}");
                refusals += 1;
            }
        }
    }
    let saved = hq_planner::core::file::load(&plan).expect("valid plan");
    let codes: Vec<&str> = saved
        .plan()
        .cadres
        .iter()
        .map(|c| c.code.as_str())
        .filter(|c| c.starts_with("RACE-"))
        .collect();
    let mut expected: Vec<&str> = saved_codes.iter().map(String::as_str).collect();
    expected.sort_unstable();
    let mut found = codes.clone();
    found.sort_unstable();
    assert_eq!(found, expected, "{refusals} run(s) were refused");
}

#[test]
fn rejected_onto_an_input_is_refused_before_anything_is_read_or_written() {
    let dir = tempfile::tempdir().expect("tmp");
    let plan = dir.path().join("plan.ron");
    std::fs::copy(SAMPLE, &plan).expect("copy");
    let staff = dir.path().join("staff.csv");
    std::fs::copy("tests/data/staff_small.csv", &staff).expect("copy");
    let (plan_before, staff_before) = (
        std::fs::read(&plan).expect("read"),
        std::fs::read(&staff).expect("read"),
    );
    // Onto the plan (even as a dry run), spelled another way; onto the staff list.
    let sub = dir.path().join("sub");
    std::fs::create_dir(&sub).expect("mkdir");
    let plan_other_spelling = sub.join("..").join("plan.ron");
    for (out, extra, what) in [
        (&plan, vec!["--dry-run"], "plan file"),
        (&plan_other_spelling, vec![], "plan file"),
        (&staff, vec![], "staff list"),
    ] {
        cmd()
            .arg("import")
            .arg(&plan)
            .arg("--staff")
            .arg(&staff)
            .arg("--rejected")
            .arg(out)
            .args(extra)
            .assert()
            .code(2)
            .stdout(predicate::str::is_empty())
            .stderr(
                predicate::str::contains(format!("is the {what}"))
                    .and(predicate::str::contains("Nothing was read or written")),
            );
        assert_eq!(std::fs::read(&plan).expect("read"), plan_before);
        assert_eq!(std::fs::read(&staff).expect("read"), staff_before);
        assert!(!plan.with_extension("ron.bak").exists(), "no backup either");
    }
    // A new file beside them is fine, and a dry run still writes it (it is the report).
    let out = dir.path().join("rejected.csv");
    cmd()
        .arg("import")
        .arg(&plan)
        .arg("--staff")
        .arg(&staff)
        .arg("--rejected")
        .arg(&out)
        .arg("--dry-run")
        .assert()
        .code(1);
    assert!(
        std::fs::read_to_string(&out)
            .expect("written")
            .contains("TEST-004")
    );
    assert_eq!(std::fs::read(&plan).expect("read"), plan_before);
}

#[test]
fn a_header_only_replace_is_refused_unless_allow_empty_is_given() {
    let dir = tempfile::tempdir().expect("tmp");
    let plan = dir.path().join("plan.ron");
    std::fs::copy(SAMPLE, &plan).expect("copy");
    let before = std::fs::read(&plan).expect("read");
    let staff = dir.path().join("empty.csv");
    std::fs::write(&staff, "Staff code,Full name,Unit,Home zone\r\n").expect("write");
    cmd()
        .arg("import")
        .arg(&plan)
        .arg("--staff")
        .arg(&staff)
        .arg("--replace")
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("would remove all 2582 staff")
                .and(predicate::str::contains("--allow-empty")),
        );
    assert_eq!(std::fs::read(&plan).expect("read"), before);
    // --allow-empty needs --replace (a merge removes nobody).
    cmd()
        .arg("import")
        .arg(&plan)
        .arg("--staff")
        .arg(&staff)
        .arg("--allow-empty")
        .assert()
        .code(2);
    cmd()
        .arg("import")
        .arg(&plan)
        .arg("--staff")
        .arg(&staff)
        .args(["--replace", "--allow-empty"])
        .assert()
        .success()
        .stdout(predicate::str::contains("2582 removed"));
    let saved = hq_planner::core::file::load(&plan).expect("valid plan");
    assert!(saved.plan().cadres.is_empty());
    cmd()
        .args(["import", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("--allow-empty"));
}

#[test]
fn crlf_and_lf_staff_lists_report_the_rows_an_editor_shows_in_messages_and_the_rejected_file() {
    let dir = tempfile::tempdir().expect("tmp");
    let plan = dir.path().join("plan.ron");
    std::fs::copy(SAMPLE, &plan).expect("copy");
    let fixture = std::fs::read_to_string("tests/data/staff_small.csv").expect("fixture");
    for (name, eol) in [("lf", "\n"), ("crlf", "\r\n")] {
        let staff = dir.path().join(format!("staff-{name}.csv"));
        std::fs::write(&staff, fixture.lines().collect::<Vec<_>>().join(eol) + eol).expect("write");
        let out = dir.path().join(format!("rejected-{name}.csv"));
        cmd()
            .arg("import")
            .arg(&plan)
            .arg("--staff")
            .arg(&staff)
            .arg("--rejected")
            .arg(&out)
            .arg("--dry-run")
            .assert()
            .code(1)
            .stderr(predicate::str::contains("row 5 (TEST-004): bad preference"));
        let text = std::fs::read_to_string(&out).expect("rejected");
        let row = text.lines().nth(1).expect("one rejected row");
        assert!(row.starts_with("5,TEST-004,"), "{name}: {row}");
    }
}

#[test]
fn control_characters_in_cells_are_escaped_and_long_values_cut_in_messages() {
    let dir = tempfile::tempdir().expect("tmp");
    let plan = dir.path().join("plan.ron");
    std::fs::copy(SAMPLE, &plan).expect("copy");
    let staff = dir.path().join("staff.csv");
    let huge = "Z".repeat(1_000_000);
    std::fs::write(
        &staff,
        format!(
            "Staff code,Full name,Unit,Home zone\nX\u{1b}[31m-1,Lê Văn Một,\u{1b}]0;owned\u{7}\u{202e},{huge}\n"
        ),
    )
    .expect("write");
    let assert = cmd()
        .arg("import")
        .arg(&plan)
        .arg("--staff")
        .arg(&staff)
        .arg("--dry-run")
        .assert()
        .code(1);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(
        !stderr.contains('\u{1b}') && !stderr.contains('\u{202e}'),
        "{stderr:?}"
    );
    assert!(stderr.contains("row 2 (X\\u{1b}[31m-1)"), "{stderr}");
    assert!(
        stderr.contains("unknown unit \"\\u{1b}]0;owned\\u{7}\\u{202e}\""),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("\"{}… (1000000 characters)\"", "Z".repeat(77))),
        "{stderr}"
    );
    assert!(stderr.len() < 2_000, "{} bytes", stderr.len());
}

#[test]
fn an_unclosed_quote_and_a_semicolon_file_are_named_plainly() {
    let dir = tempfile::tempdir().expect("tmp");
    let plan = dir.path().join("plan.ron");
    std::fs::copy(SAMPLE, &plan).expect("copy");
    let staff = dir.path().join("quote.csv");
    std::fs::write(
        &staff,
        "Staff code,Full name,Unit,Home zone\r\nX-1,\"Lê Văn Một,Sở Y tế,p-thanh-binh\r\nX-2,Lê Văn Hai,Sở Y tế,p-thanh-binh\r\n",
    )
    .expect("write");
    cmd()
        .arg("import")
        .arg(&plan)
        .arg("--staff")
        .arg(&staff)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "row 2: a quote \" opened in column 2 is never closed; the rows after it were read as one cell",
        ));
    // More commas in the note than semicolons on any line: the old count
    // chose the comma and found "no column is mapped to Staff code".
    let staff = dir.path().join("semicolon.csv");
    std::fs::write(
        &staff,
        "Mã cán bộ;Họ và tên;Đơn vị;Nơi ở;Ghi chú\nX-1;Lê Văn Một;Sở Y tế;p-thanh-binh;con nhỏ, ở xa, đi xe buýt, thứ 2, thứ 4, thứ 6\n",
    )
    .expect("write");
    cmd()
        .arg("import")
        .arg(&plan)
        .arg("--staff")
        .arg(&staff)
        .arg("--dry-run")
        .assert()
        .success()
        .stdout(predicate::str::contains("1 added"));
}
