//! The command line on good and bad files.

use assert_cmd::Command;
use predicates::prelude::*;

const SAMPLE: &str = "saved_plans/hai-duong-hai-phong-2025.ron";

fn cmd() -> Command {
    Command::cargo_bin("hq-planner").expect("binary")
}

#[test]
fn validate_accepts_the_sample() {
    cmd()
        .args(["validate", SAMPLE])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "valid (2582 cadres, 25 units, 2 sites, 3 scenarios)",
        ));
}

#[test]
fn validate_lists_ten_located_problems_and_exits_1() {
    let out = cmd()
        .args(["validate", "tests/data/ten-mistakes.ron"])
        .assert()
        .code(1);
    let stderr = String::from_utf8(out.get_output().stderr.clone()).expect("utf8");
    let located: Vec<&str> = stderr.lines().filter(|l| l.contains(": line ")).collect();
    assert_eq!(located.len(), 10, "{stderr}");
    assert!(stderr.contains("10 problem(s)"));
    assert!(
        stderr.contains("field `area_m2`: -1 is negative"),
        "{stderr}"
    );
    assert!(
        stderr.contains("unknown pinned site \"ghost-site\""),
        "{stderr}"
    );
}

#[test]
fn validate_reports_line_and_column_of_a_truncated_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("cut.ron");
    std::fs::write(&path, &hq_planner::core::sample::SAMPLE_RON[..3000]).expect("write");
    cmd()
        .arg("validate")
        .arg(&path)
        .assert()
        .code(1)
        .stderr(predicate::str::is_match(r"cut\.ron: line \d+, column \d+: ").expect("regex"));
}

#[test]
fn validate_of_a_missing_file_says_which_file() {
    cmd()
        .args(["validate", "no/such/plan.ron"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot read no/such/plan.ron"));
}

#[test]
fn info_counts_per_entity_site_and_unit() {
    cmd()
        .args(["info", SAMPLE])
        .assert()
        .success()
        .stdout(predicate::str::contains("cadres                   2582"))
        .stdout(predicate::str::contains(
            "Trung tâm Chính trị - Hành chính Thủy Nguyên",
        ))
        .stdout(predicate::str::contains("Sở Tài chính"));
}

#[test]
fn generate_is_deterministic_and_valid() {
    let dir = tempfile::tempdir().expect("tempdir");
    let a = dir.path().join("a.ron");
    let b = dir.path().join("b.ron");
    for p in [&a, &b] {
        cmd()
            .args([
                "generate", "--staff", "500", "--sites", "3", "--zones", "20", "--seed", "42", "-o",
            ])
            .arg(p)
            .assert()
            .success();
    }
    assert_eq!(
        std::fs::read(&a).expect("a"),
        std::fs::read(&b).expect("b"),
        "same seed, same bytes"
    );
    cmd()
        .arg("validate")
        .arg(&a)
        .assert()
        .success()
        .stdout(predicate::str::contains("500 cadres"));
}

#[test]
fn write_sample_reproduces_the_shipped_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("s.ron");
    cmd()
        .args(["write-sample", "-o"])
        .arg(&out)
        .assert()
        .success();
    assert_eq!(
        std::fs::read_to_string(&out).expect("read"),
        hq_planner::core::sample::SAMPLE_RON
    );
}

#[test]
fn validate_in_vietnamese_lists_the_same_problems_translated() {
    let out = cmd()
        .args(["validate", "--lang", "vi", "tests/data/ten-mistakes.ron"])
        .assert()
        .code(1);
    let stderr = String::from_utf8(out.get_output().stderr.clone()).expect("utf8");
    let located: Vec<&str> = stderr.lines().filter(|l| l.contains(": dòng ")).collect();
    assert_eq!(located.len(), 10, "{stderr}");
    assert!(stderr.contains("10 lỗi"), "{stderr}");
    assert!(stderr.contains("-1 là số âm"), "{stderr}");
    assert!(
        stderr.contains("Trụ sở được chỉ định cố định “ghost-site” không tồn tại"),
        "{stderr}"
    );
    assert!(!stderr.contains("is negative"), "{stderr}");
}

/// `validate` prints, byte for byte, what it printed before the text catalogue
/// (issue 10): the Vietnamese list now comes from the Fluent files, the
/// English one from the core's `Display`.
#[test]
fn validate_output_of_ten_mistakes_is_unchanged_in_both_languages() {
    for (args, expected) in [
        (
            &["validate", "--lang", "vi", "tests/data/ten-mistakes.ron"][..],
            "tests/data/ten-mistakes.vi.txt",
        ),
        (
            &["validate", "tests/data/ten-mistakes.ron"][..],
            "tests/data/ten-mistakes.en.txt",
        ),
    ] {
        let out = cmd().args(args).assert().code(1);
        let stderr = String::from_utf8(out.get_output().stderr.clone()).expect("utf8");
        let want = std::fs::read_to_string(expected).expect("expected output");
        assert_eq!(stderr, want, "{args:?}");
        assert!(out.get_output().stdout.is_empty(), "{args:?}");
        assert!(
            !stderr.contains(['\u{2068}', '\u{2069}']),
            "isolation marks in {args:?}"
        );
    }
}
