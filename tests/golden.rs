//! Golden outputs of the built-in sample plan: the safety net of a change that
//! must not change behaviour (a restructuring, a dependency bump).
//!
//! For every scenario of `saved_plans/hai-duong-hai-phong-2025.ron` this runs
//! the built binary, as a user would, and compares with the files committed
//! under `tests/golden/`:
//!
//! * `solve.json.txt`: `hq-planner solve --json --no-timing` (all scenarios);
//! * `csv/`: the per-cadre CSV of each scenario in Vietnamese and English
//!   (and one anonymized), exported from that JSON (`--solution`);
//! * `xlsx/`: every sheet's cell values of the workbook of each scenario and
//!   language (the first scenario with `--all-scenarios`, for the Comparison
//!   sheet), read back with calamine: one line per row, cells tab-separated,
//!   numbers with `{:?}` (full precision, so float noise shows);
//! * `pdf/`: the text of the PDF report (lopdf's extraction, page by page)
//!   of each scenario and language without the staff list, and of one with
//!   the staff list and a filled-in sign-off block (its staff-list pages as
//!   one SHA-256 each, but the last).
//!
//! Every command gets a fixed `--export-time` (and fixed sign-off dates where
//! there are any; left out, they print blanks), so nothing depends on today.
//! A section longer than 1,000 lines (the JSON, the CSVs, the Cadres sheets)
//! is stored as its first 100 lines plus the SHA-256 of each
//! further block of 100 lines, which keeps `tests/golden` small and still
//! names the lines that changed. On a mismatch the test prints the first
//! differing line of each file (golden file and line number). Every run also
//! leaves the whole regenerated texts, nothing hashed, under
//! `<target>/tmp/golden-actual/`: copy that folder on the commit before a
//! change, run again after it, and diff the two to see every changed line.
//!
//! To accept new outputs on purpose: `UPDATE_GOLDEN=1 cargo test --test
//! golden`, then review `git diff tests/golden` and say in the commit message
//! why the outputs changed.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use assert_cmd::Command;
use calamine::{Data, Reader};
use sha2::{Digest, Sha256};

const SAMPLE: &str = "saved_plans/hai-duong-hai-phong-2025.ron";
const TIME: &str = "2025-06-20 09:30:00";
const SCENARIOS: [&str; 3] = ["giai-doan-1", "giai-doan-2", "duong-moi"];
const LANGS: [&str; 2] = ["vi", "en"];

/// Sections up to this many lines are stored whole.
const VERBATIM_MAX: usize = 1_000;
/// Longer ones: this many lines whole, then one hash per block of this size.
const HEAD: usize = 100;

fn cmd() -> Command {
    Command::cargo_bin("hq-planner").expect("binary")
}

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

fn updating() -> bool {
    std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| !v.is_empty() && v != "0")
}

/// The solve run once for all tests: its temporary folder and JSON.
struct Solved {
    dir: tempfile::TempDir,
    json: PathBuf,
}

fn solved() -> &'static Solved {
    static SOLVED: OnceLock<Solved> = OnceLock::new();
    SOLVED.get_or_init(|| {
        let dir = tempfile::tempdir().expect("tmp");
        let json = dir.path().join("solutions.json");
        cmd()
            .args(["solve", SAMPLE, "--no-timing", "--json"])
            .arg(&json)
            .assert()
            .success();
        Solved { dir, json }
    })
}

/// `hq-planner export` of the sample from the stored solutions; returns the file.
fn export(name: &str, format: &str, args: &[&str]) -> PathBuf {
    let s = solved();
    let out = s.dir.path().join(name);
    cmd()
        .args(["export", SAMPLE, "--format", format, "--export-time", TIME])
        .arg("--solution")
        .arg(&s.json)
        .arg("-o")
        .arg(&out)
        .args(args)
        .assert()
        .success();
    out
}

// ---------------------------------------------------------------- rendering

/// Control characters and the BOM made visible, so a golden file is plain
/// text and a changed line ending or BOM shows in a diff.
fn visible(line: &str) -> String {
    let mut s = String::with_capacity(line.len());
    for c in line.chars() {
        match c {
            '\t' => s.push('\t'),
            c if (c as u32) < 0x20 || c == '\u{7f}' || c == '\u{feff}' => {
                let _ = write!(s, "\\u{{{:x}}}", c as u32);
            }
            c => s.push(c),
        }
    }
    s
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// An output rendered twice: `digest` is what `tests/golden` keeps, `whole`
/// the same text with nothing hashed (written under target/ to diff).
#[derive(Default)]
struct Out {
    digest: String,
    whole: String,
}

impl Out {
    fn line(&mut self, both: &str) {
        for t in [&mut self.digest, &mut self.whole] {
            t.push_str(both);
            t.push('\n');
        }
    }
}

/// One titled section: whole, or (when long) its head plus block hashes.
fn section(out: &mut Out, title: &str, lines: &[String]) {
    let n = lines.len();
    if n <= VERBATIM_MAX {
        out.line(&format!("== {title} ({n} lines)"));
        for l in lines {
            out.line(&visible(l));
        }
        return;
    }
    let _ = writeln!(
        out.digest,
        "== {title} ({n} lines; lines 1-{HEAD} below, then the SHA-256 of each block of {HEAD} lines)"
    );
    let _ = writeln!(out.whole, "== {title} ({n} lines)");
    for l in &lines[..HEAD] {
        out.line(&visible(l));
    }
    for (i, block) in lines[HEAD..].chunks(HEAD).enumerate() {
        let first = HEAD + i * HEAD + 1;
        let last = first + block.len() - 1;
        let _ = writeln!(
            out.digest,
            "#lines {first}-{last} sha256 {}",
            sha256_hex(block.join("\n").as_bytes())
        );
        for l in block {
            out.whole.push_str(&visible(l));
            out.whole.push('\n');
        }
    }
}

/// A text file split on '\n' (a trailing newline gives a last empty line).
fn text_lines(text: &str) -> Vec<String> {
    text.split('\n').map(str::to_owned).collect()
}

fn render_text(title: &str, bytes: &[u8]) -> Out {
    let text = std::str::from_utf8(bytes).expect("UTF-8 output");
    let mut out = Out::default();
    section(&mut out, title, &text_lines(text));
    out
}

fn cell(d: &Data) -> String {
    match d {
        Data::Empty => String::new(),
        Data::String(s) => s.replace('\\', "\\\\").replace('\t', "\\t"),
        Data::Float(f) => format!("{f:?}"),
        Data::Int(i) => format!("int:{i}"),
        Data::Bool(b) => format!("bool:{b}"),
        Data::DateTime(t) => {
            let kind = if t.is_datetime() { "date" } else { "duration" };
            format!("{kind}:{:?}", t.as_f64())
        }
        Data::DateTimeIso(s) => format!("iso:{s}"),
        Data::DurationIso(s) => format!("isoduration:{s}"),
        Data::Error(e) => format!("error:{e:?}"),
    }
}

fn render_xlsx(path: &Path) -> Out {
    let bytes = std::fs::read(path).expect("xlsx");
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).expect("open xlsx");
    let mut out = Out::default();
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).expect("sheet");
        let span = match (range.start(), range.end()) {
            (Some((r0, c0)), Some((r1, c1))) => format!("rows {r0}-{r1}, columns {c0}-{c1}"),
            _ => "empty".to_owned(),
        };
        let rows: Vec<String> = range
            .rows()
            .map(|r| r.iter().map(cell).collect::<Vec<_>>().join("\t"))
            .collect();
        section(&mut out, &format!("sheet {name}: {span}"), &rows);
    }
    out
}

/// The PDF's text page by page: the first pages (the report itself) and the
/// last whole, the pages between (the staff list) as one SHA-256 each.
fn render_pdf(path: &Path) -> Out {
    const WHOLE_PAGES: u32 = 6;
    let doc = lopdf::Document::load(path).expect("open pdf");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let total = pages.len();
    let mut out = Out::default();
    let _ = writeln!(
        out.digest,
        "== PDF text, {total} pages (pages 1-{WHOLE_PAGES} and the last whole, the others as the SHA-256 of their text)"
    );
    let _ = writeln!(out.whole, "== PDF text, {total} pages");
    for &p in &pages {
        let text = doc.extract_text(&[p]).expect("pdf text");
        let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
        if p <= WHOLE_PAGES || p as usize == total {
            out.line(&format!("--- page {p}/{total} ({} lines)", lines.len()));
            for l in &lines {
                out.line(&visible(l));
            }
        } else {
            let _ = writeln!(
                out.digest,
                "--- page {p}/{total} ({} lines) sha256 {}",
                lines.len(),
                sha256_hex(lines.join("\n").as_bytes())
            );
            let _ = writeln!(out.whole, "--- page {p}/{total} ({} lines)", lines.len());
            for l in &lines {
                out.whole.push_str(&visible(l));
                out.whole.push('\n');
            }
        }
    }
    out
}

// --------------------------------------------------------------- comparing

/// Where every run leaves the whole regenerated texts (nothing hashed): run
/// the test before and after a change and diff the two copies of this folder.
fn actual_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("golden-actual")
}

/// Compares `out.digest` with `tests/golden/<rel>` (or rewrites it under
/// UPDATE_GOLDEN); returns a description of the first difference.
fn check(rel: &str, out: &Out) -> Option<String> {
    let whole = actual_dir().join(rel);
    std::fs::create_dir_all(whole.parent().expect("parent")).expect("mkdir");
    std::fs::write(&whole, &out.whole).expect("write actual");
    let path = golden_dir().join(rel);
    if updating() {
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(&path, &out.digest).expect("write golden");
        return None;
    }
    let expected = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            return Some(format!(
                "{}: cannot read ({e}); run with UPDATE_GOLDEN=1 to create it",
                path.display()
            ));
        }
    };
    if expected == out.digest {
        return None;
    }
    let (mut e, mut a) = (expected.lines(), out.digest.lines());
    let mut n = 0;
    let msg = loop {
        n += 1;
        match (e.next(), a.next()) {
            (Some(x), Some(y)) if x == y => continue,
            (Some(x), Some(y)) => break format!("expected: {x}\n      got:      {y}"),
            (Some(x), None) => break format!("expected: {x}\n      got:      (end of output)"),
            (None, Some(y)) => break format!("expected: (end of file)\n      got:      {y}"),
            (None, None) => break "the files differ only in their final newline".to_owned(),
        }
    };
    Some(format!(
        "{}:{n}: first difference\n      {msg}\n      (whole regenerated text: {})",
        path.display(),
        whole.display()
    ))
}

fn finish(kind: &str, results: Vec<(String, Out)>) {
    let mut failures = Vec::new();
    let mut produced = BTreeSet::new();
    for (rel, out) in &results {
        produced.insert(rel.clone());
        if let Some(f) = check(rel, out) {
            failures.push(f);
        }
    }
    // A golden file of this kind that nothing produces any more is stale.
    if let Ok(dir) = std::fs::read_dir(golden_dir().join(kind)) {
        for entry in dir.flatten() {
            let rel = format!("{kind}/{}", entry.file_name().to_string_lossy());
            if !produced.contains(&rel) {
                if updating() {
                    std::fs::remove_file(entry.path()).expect("remove stale golden");
                } else {
                    failures.push(format!("tests/golden/{rel}: produced by no test (stale?)"));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} golden {kind} output(s) differ (a '#lines' or 'sha256' line names the block or page \
         that changed; diff the whole texts of a run before and after the change, under {}; \
         UPDATE_GOLDEN=1 rewrites the golden files: explain why in the commit):\n{}",
        failures.len(),
        actual_dir().display(),
        failures.join("\n")
    );
}

// ------------------------------------------------------------------- tests

#[test]
fn golden_solution_json() {
    let bytes = std::fs::read(&solved().json).expect("json");
    let results = vec![(
        "solve/solve.json.txt".to_owned(),
        render_text(
            "hq-planner solve --json --no-timing (every scenario)",
            &bytes,
        ),
    )];
    finish("solve", results);
}

#[test]
fn golden_csv() {
    let mut results = Vec::new();
    for s in SCENARIOS {
        for lang in LANGS {
            let out = export(
                &format!("{s}.{lang}.csv"),
                "csv",
                &["--scenario", s, "--lang", lang],
            );
            let bytes = std::fs::read(out).expect("csv");
            results.push((
                format!("csv/{s}.{lang}.txt"),
                render_text(&format!("CSV {s} --lang {lang}"), &bytes),
            ));
        }
    }
    let out = export(
        "anon.csv",
        "csv",
        &["--scenario", "giai-doan-1", "--lang", "vi", "--anonymize"],
    );
    let bytes = std::fs::read(out).expect("csv");
    results.push((
        "csv/giai-doan-1.vi.anonymize.txt".to_owned(),
        render_text("CSV giai-doan-1 --lang vi --anonymize", &bytes),
    ));
    finish("csv", results);
}

/// Exporting without `--solution` solves again inside `export`: the CSV is
/// the same as from the stored solutions (the golden one).
#[test]
fn csv_after_a_fresh_solve_matches_the_stored_solution() {
    let dir = tempfile::tempdir().expect("tmp");
    for s in SCENARIOS {
        let fresh = dir.path().join(format!("{s}.csv"));
        cmd()
            .args(["export", SAMPLE, "--format", "csv", "--export-time", TIME])
            .args(["--scenario", s, "--lang", "en", "-o"])
            .arg(&fresh)
            .assert()
            .success();
        let stored = export(
            &format!("{s}.en.fresh-check.csv"),
            "csv",
            &["--scenario", s, "--lang", "en"],
        );
        assert!(
            std::fs::read(&fresh).expect("fresh") == std::fs::read(&stored).expect("stored"),
            "scenario {s}: CSV after a fresh solve differs from the one from --solution"
        );
    }
}

#[test]
fn golden_xlsx() {
    let mut results = Vec::new();
    for s in SCENARIOS {
        for lang in LANGS {
            let (name, args): (String, Vec<&str>) = if s == SCENARIOS[0] {
                (
                    format!("{s}.all-scenarios.{lang}"),
                    vec!["--all-scenarios", "--lang", lang],
                )
            } else {
                (format!("{s}.{lang}"), vec!["--scenario", s, "--lang", lang])
            };
            let out = export(&format!("{name}.xlsx"), "xlsx", &args);
            results.push((format!("xlsx/{name}.txt"), render_xlsx(&out)));
        }
    }
    finish("xlsx", results);
}

#[test]
fn golden_pdf() {
    let mut results = Vec::new();
    for s in SCENARIOS {
        for lang in LANGS {
            let out = export(
                &format!("{s}.{lang}.pdf"),
                "pdf",
                &["--scenario", s, "--lang", lang, "--no-staff-list"],
            );
            results.push((format!("pdf/{s}.{lang}.txt"), render_pdf(&out)));
        }
    }
    let out = export(
        "staff-list.pdf",
        "pdf",
        &[
            "--scenario",
            "duong-moi",
            "--lang",
            "vi",
            "--prepared-by",
            "Nguyễn Thị Lập",
            "--prepared-on",
            "10/03/2026",
            "--reviewed-by",
            "Lê Văn Soát",
            "--reviewed-on",
            "2026-03-11",
            "--approved-by",
            "Trần Văn Duyệt",
            "--approved-on",
            "12/03/2026",
        ],
    );
    results.push((
        "pdf/duong-moi.vi.staff-list.signed.txt".to_owned(),
        render_pdf(&out),
    ));
    finish("pdf", results);
}
