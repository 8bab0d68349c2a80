//! `hq-planner solve` on the sample (every scenario, JSON, byte-identical) and
//! on an infeasible plan (located diagnosis, exit code 3).

use assert_cmd::Command;
use predicates::prelude::*;

const SAMPLE: &str = "saved_plans/hai-duong-hai-phong-2025.ron";

fn cmd() -> Command {
    Command::cargo_bin("hq-planner").expect("binary")
}

#[test]
fn solve_writes_json_for_every_sample_scenario() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("out.json");
    cmd()
        .args(["solve", SAMPLE, "--gap", "0.001", "--no-timing", "--json"])
        .arg(&out)
        .assert()
        .success()
        .stdout(
            predicate::str::contains("checker: every hard rule holds for 2582 cadres").count(3),
        );
    let text = std::fs::read_to_string(&out).expect("json written");
    let v: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    let arr = v.as_array().expect("one solution per scenario");
    assert_eq!(arr.len(), 3);
    for s in arr {
        assert_eq!(s["status"], "Optimal");
        assert_eq!(s["assignments"].as_array().map(|a| a.len()), Some(2582));
        assert!(s["objective"].as_f64().is_some_and(|o| o > 0.0));
        assert!(s["bound"].as_f64().is_some());
        assert!(s["gap"].as_f64().is_some_and(|g| g <= 1e-3));
        assert_eq!(s["seconds"], 0.0);
        assert!(s["kpis"]["sites"].is_array());
    }
}

#[test]
fn solve_json_is_byte_identical_between_runs() {
    let dir = tempfile::tempdir().expect("tempdir");
    let run = |name: &str| {
        let out = dir.path().join(name);
        cmd()
            .args([
                "solve",
                SAMPLE,
                "--scenario",
                "giai-doan-1",
                "--no-timing",
                "--json",
            ])
            .arg(&out)
            .assert()
            .success();
        std::fs::read(&out).expect("json written")
    };
    assert!(run("a.json") == run("b.json"));
}

#[test]
fn solve_reports_a_located_diagnosis_and_exits_3_when_infeasible() {
    cmd()
        .args(["solve", "tests/data/solve_infeasible.ron"])
        .assert()
        .code(3)
        .stdout(predicate::str::contains("No plan satisfies the hard rules"))
        // 4 cadres, 1 desk at each site: 2 desks short at one site or the other,
        // so the total leads and no site is blamed for an arbitrary split.
        .stdout(predicate::str::contains(
            "the headquarters together are short of 2 desks (which site takes them is open) [desks scenario s]",
        ))
        .stdout(predicate::str::contains("[desks site").not());
}

#[test]
fn solve_json_keeps_snake_case_rule_families() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("infeasible.json");
    cmd()
        .args(["solve", "tests/data/solve_infeasible.ron", "--json"])
        .arg(&out)
        .assert()
        .code(3);
    let text = std::fs::read_to_string(&out).expect("json written");
    let v: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    let diagnosis = v[0]["diagnosis"].as_array().expect("diagnosis list");
    assert!(!diagnosis.is_empty());
    for d in diagnosis {
        assert_eq!(d["rule"], "desks", "{d}");
        // The split between A and B is open: the total is about the scenario.
        assert_eq!(d["entity"]["kind"], "Scenario", "{d}");
        assert_eq!(d["scope"], "total", "{d}");
        assert!(
            d["message"]
                .as_str()
                .is_some_and(|m| m.contains("short of"))
        );
    }
}

#[test]
fn solve_rejects_an_unknown_scenario() {
    cmd()
        .args(["solve", SAMPLE, "--scenario", "nope"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("no scenario \"nope\""));
}

/// Issue 9, item 9: a plan being set up (sites, services, housing, no staff yet)
/// made `solve` and every `export` exit 101 (the `highs` crate panicked on
/// HiGHS's error status for an empty model). An empty model is an empty plan.
#[test]
fn a_plan_with_no_staff_solves_and_exports_instead_of_panicking() {
    let plan = "tests/data/no_staff.ron";
    cmd()
        .args(["solve", plan])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("status optimal; objective 0.0"))
        .stdout(predicate::str::contains("the plan has no staff yet"));
    let dir = tempfile::tempdir().expect("tempdir");
    for format in ["csv", "xlsx", "pdf"] {
        let out = dir.path().join(format!("empty.{format}"));
        cmd()
            .args(["export", plan, "--format", format, "--output"])
            .arg(&out)
            .assert()
            .code(0)
            .stderr(predicate::str::contains("panicked").not());
        assert!(
            std::fs::metadata(&out).is_ok_and(|m| m.len() > 0),
            "{format}"
        );
    }
    // The report says what is missing, not "see the diagnosis" (there is none).
    for (lang, words) in [
        ("en", "The plan has no staff yet"),
        ("vi", "Kế hoạch chưa có cán bộ nào"),
    ] {
        let out = dir.path().join(format!("empty-{lang}.pdf"));
        cmd()
            .args([
                "export", plan, "--format", "pdf", "--lang", lang, "--output",
            ])
            .arg(&out)
            .assert()
            .code(0);
        let doc = lopdf::Document::load(&out).expect("open pdf");
        let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
        let text = doc.extract_text(&pages).expect("pdf text");
        assert!(text.contains(words), "{lang}: {text}");
        assert!(
            !text.contains("see the diagnosis") && !text.contains("xem chẩn đoán"),
            "{lang}: {text}"
        );
    }
}

/// Issue 9, item 20: an export whose scenario has no plan (time limit reached
/// before any plan) wrote a CSV with 0 staff and said so only in the audit stamp.
#[test]
fn an_export_without_a_plan_refuses_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let json = dir.path().join("solution.json");
    cmd()
        .args(["solve", "tests/data/seats_ten.ron", "--no-timing", "--json"])
        .arg(&json)
        .assert()
        .code(0);
    // The same solution, as a run stopped by the time limit before any plan.
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).expect("json")).expect("valid");
    v[0]["status"] = "TimeLimitNoSolution".into();
    v[0]["assignments"] = serde_json::json!([]);
    v[0]["vehicles"] = serde_json::json!([]);
    v[0]["bound"] = serde_json::Value::Null;
    v[0]["gap"] = serde_json::Value::Null;
    std::fs::write(&json, v.to_string()).expect("write");
    let out = dir.path().join("plan.csv");
    cmd()
        .args(["export", "tests/data/seats_ten.ron", "--format", "csv"])
        .arg("--solution")
        .arg(&json)
        .arg("--output")
        .arg(&out)
        .assert()
        .code(4)
        .stderr(predicate::str::contains("has no plan to export"))
        .stderr(predicate::str::contains("was not written"));
    assert!(!out.exists(), "nothing may be written without a plan");
}

/// Issue 9, item 20: exit codes are distinct and documented.
#[test]
fn help_lists_distinct_exit_codes() {
    cmd()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("Exit codes:"))
        .stdout(predicate::str::contains(
            "3    no plan satisfies the hard rules",
        ))
        .stdout(predicate::str::contains(
            "4    the time limit passed before any plan was found",
        ))
        .stdout(predicate::str::contains("130  stopped by Ctrl-C"));
    let readme = std::fs::read_to_string("README.md").expect("README");
    for code in ["| 0 ", "| 1 ", "| 2 ", "| 3 ", "| 4 ", "| 130 "] {
        assert!(readme.contains(code), "README lists exit code {code}");
    }
}

/// Issue 9, item 21: `hq-planner info F | head -1` exited 101 (a panic on the
/// broken pipe). The reader is closed before the command writes anything.
#[cfg(unix)]
#[test]
fn info_into_a_closed_pipe_ends_quietly() {
    use std::os::unix::process::ExitStatusExt;
    let (reader, writer) = std::io::pipe().expect("pipe");
    drop(reader);
    let child = std::process::Command::new(assert_cmd::cargo::cargo_bin("hq-planner"))
        .args(["info", SAMPLE])
        .stdout(writer)
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    let out = child.wait_with_output().expect("wait");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(
        out.status.signal() == Some(libc::SIGPIPE) || out.status.success(),
        "{:?}: {stderr}",
        out.status
    );
}

/// Issue 9, item 20: Ctrl-C during `solve` stops the solver inside HiGHS, keeps
/// what was solved (printed and written whole) and exits 130.
#[cfg(unix)]
#[test]
fn ctrl_c_stops_a_solve_inside_highs_and_keeps_what_was_solved() {
    use std::io::BufRead;
    let dir = tempfile::tempdir().expect("tempdir");
    let plan = dir.path().join("big.ron");
    cmd()
        .args([
            "generate", "--staff", "6000", "--sites", "4", "--zones", "40",
        ])
        .arg("--output")
        .arg(&plan)
        .assert()
        .success();
    let json = dir.path().join("out.json");
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("hq-planner"))
        .arg("solve")
        .arg(&plan)
        .args(["--formulation", "per-person", "--gap", "0", "--progress"])
        .args(["--time-limit", "600", "--json"])
        .arg(&json)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    let stderr = child.stderr.take().expect("stderr");
    let mut lines = std::io::BufReader::new(stderr).lines();
    // A progress line with a bound comes from HiGHS's own callback: the run is inside HiGHS.
    let mut seen = Vec::new();
    for line in lines.by_ref() {
        let line = line.expect("line");
        let inside = line.contains("solving (") && line.contains("bound");
        seen.push(line);
        if inside {
            break;
        }
    }
    assert!(
        seen.last().is_some_and(|l| l.contains("bound")),
        "no progress from inside HiGHS: {seen:?}"
    );
    // SAFETY: sending SIGINT to our own child process.
    unsafe {
        libc::kill(child.id() as i32, libc::SIGINT);
    }
    let rest: Vec<String> = lines.map_while(Result::ok).collect();
    let out = child.wait_with_output().expect("wait");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(130), "{stdout}\n{rest:?}");
    assert!(
        rest.iter()
            .any(|l| l.contains("interrupted: stopping the solver")),
        "{rest:?}"
    );
    assert!(stdout.contains("status interrupted"), "{stdout}");
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).expect("json written"))
            .expect("whole JSON");
    assert_eq!(v[0]["status"], "Cancelled");
}
