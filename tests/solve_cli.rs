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
        // 4 cadres, 1 desk at each site: 2 desks short at one site or the other.
        .stdout(
            predicate::str::is_match(r"Site [AB] is short of 2 desks \[desks site [AB]\]")
                .expect("regex"),
        );
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
        assert_eq!(d["entity"]["kind"], "Site", "{d}");
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
