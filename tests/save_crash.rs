//! Save crash test: a child process saves a plan over and over and is killed
//! with SIGKILL at random (seeded) moments. After every kill the plan and its
//! backup must each parse as a whole plan, old or new, and the next save by
//! another process must leave no temporary file of ours behind.
//!
//! A second part runs two processes that read, modify and save the same plan
//! concurrently: no update may be lost silently (each save either lands or is
//! refused as changed on disk and retried).
//!
//! This test has its own `main` (`harness = false`): run with the environment
//! variable `HQ_SAVE_CRASH_ROLE` set, the same binary becomes the writer.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use hq_planner::core::file::{
    backup_path, load, load_unchecked, load_with_fingerprint, save, save_if_unchanged,
};
use hq_planner::core::generate::{GenerateOptions, generate};
use hq_planner::core::plan::Plan;

const ROLE: &str = "HQ_SAVE_CRASH_ROLE";
const PATH: &str = "HQ_SAVE_CRASH_PATH";
const KILLS: usize = 60;
const SEED: u64 = 0x5EED_0017;
const INCREMENT_ROUNDS: usize = 20;

fn main() {
    match std::env::var(ROLE).as_deref() {
        Ok("writer") => writer(&env_path()),
        Ok(w) if w.starts_with("increment:") => incrementer(&env_path(), &w["increment:".len()..]),
        _ => {
            kill_during_saves_never_leaves_a_broken_plan_or_a_stale_temp();
            println!("save_crash: kill -9 during saves: ok ({KILLS} kills)");
            two_processes_saving_the_same_plan_never_lose_an_update();
            println!("save_crash: two processes saving one plan: ok");
        }
    }
}

fn env_path() -> PathBuf {
    PathBuf::from(std::env::var_os(PATH).unwrap_or_default())
}

/// A plan big enough that a save takes a while (about 150 kB).
fn plan(name: &str) -> Plan {
    let mut p = generate(GenerateOptions {
        staff: 600,
        sites: 3,
        zones: 12,
        seed: 7,
    });
    p.name = name.into();
    p
}

/// Writer role: saves "A" and "B" alternately forever, saying "ready" after the first.
fn writer(path: &Path) {
    let plans = [plan("A"), plan("B")];
    let mut said_ready = false;
    for i in 0usize.. {
        if let Err(e) = save(&plans[i % 2], path) {
            eprintln!("writer: {e}");
            std::process::exit(3);
        }
        if !said_ready {
            println!("ready");
            let _ = std::io::stdout().flush();
            said_ready = true;
        }
    }
}

/// Incrementer role: appends its own tokens to the description, one save each,
/// retrying when the file changed on disk; prints each token that was saved.
fn incrementer(path: &Path, who: &str) {
    let mut out = std::io::stdout();
    for round in 0..INCREMENT_ROUNDS {
        let token = format!("[{who}{round}]");
        loop {
            let Ok((checked, read)) = load_with_fingerprint(path) else {
                std::process::exit(3);
            };
            let mut p = checked.into_plan();
            p.description.push_str(&token);
            match save_if_unchanged(&p, path, &read) {
                Ok(_) => {
                    let _ = writeln!(out, "saved {token}");
                    break;
                }
                Err(e) if e.is_changed_on_disk() => {
                    let _ = writeln!(out, "refused {token}");
                }
                Err(e) => {
                    eprintln!("incrementer: {e}");
                    std::process::exit(3);
                }
            }
        }
    }
}

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % n
    }
}

fn spawn(role: &str, path: &Path) -> Child {
    let exe = std::env::current_exe().expect("own executable");
    Command::new(exe)
        .env(ROLE, role)
        .env(PATH, path)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("spawn writer")
}

fn files(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .expect("read dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

fn kill_during_saves_never_leaves_a_broken_plan_or_a_stale_temp() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("plan.ron");
    let expected = |name: &str| name == "A" || name == "B" || name == "parent";
    save(&plan("parent"), &path).expect("first save");
    let mut rng = Rng(SEED);
    let mut left_temps = 0;
    for kill in 0..KILLS {
        let mut child = spawn("writer", &path);
        let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
        let ready = lines.next();
        assert!(
            matches!(&ready, Some(Ok(l)) if l == "ready"),
            "writer did not start: {ready:?}"
        );
        // Somewhere inside the next few saves.
        std::thread::sleep(Duration::from_micros(rng.below(20_000)));
        child.kill().expect("kill -9");
        child.wait().expect("reap");

        for p in [path.clone(), backup_path(&path)] {
            let plan = load(&p).unwrap_or_else(|e| {
                panic!("kill {kill}: {} is not a whole plan: {e}", p.display())
            });
            assert!(
                expected(&plan.plan().name),
                "kill {kill}: {} holds {:?}",
                p.display(),
                plan.plan().name
            );
        }
        if files(dir.path()).iter().any(|f| f.ends_with(".tmp")) {
            left_temps += 1;
        }

        // The next save (this process) cleans what the killed one left.
        save(&plan("parent"), &path).expect("save after kill");
        assert_eq!(
            files(dir.path()),
            vec!["plan.ron".to_owned(), "plan.ron.bak".to_owned()],
            "kill {kill}: stale temporary files remain"
        );
        assert_eq!(load_unchecked(&path).expect("load").name, "parent");
    }
    // The kills must have hit saves in progress, or the test proves nothing.
    assert!(
        left_temps > 0,
        "no kill in {KILLS} interrupted a save; the test did not exercise a crash"
    );
    println!("save_crash: {left_temps} of {KILLS} kills interrupted a save mid-way");
}

fn two_processes_saving_the_same_plan_never_lose_an_update() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("plan.ron");
    save(&plan("shared"), &path).expect("first save");
    let children: Vec<Child> = ["x", "y"]
        .iter()
        .map(|who| spawn(&format!("increment:{who}"), &path))
        .collect();
    let mut saved = Vec::new();
    let mut refused = 0;
    for mut child in children {
        let out = BufReader::new(child.stdout.take().expect("stdout"));
        for line in out.lines() {
            let line = line.expect("line");
            if let Some(t) = line.strip_prefix("saved ") {
                saved.push(t.to_owned());
            } else if line.starts_with("refused ") {
                refused += 1;
            }
        }
        let status = child.wait().expect("wait");
        assert!(status.success(), "incrementer failed: {status}");
    }
    let description = load(&path).expect("load").plan().description.clone();
    assert_eq!(saved.len(), 2 * INCREMENT_ROUNDS);
    for t in &saved {
        assert_eq!(
            description.matches(t.as_str()).count(),
            1,
            "the update {t} reported as saved was lost: {description}"
        );
    }
    assert_eq!(
        description.matches('[').count(),
        saved.len(),
        "{description}"
    );
    println!("save_crash: {refused} saves refused as changed on disk and retried");
}
