//! Saving never loses the previous file: a failure at any point leaves it
//! intact and no partial file visible; a success keeps the old one as `.bak`.

use std::io;

use hq_planner::core::file::{backup_path, load, save, write_atomic};
use hq_planner::core::generate::{GenerateOptions, generate};

fn visible_files(dir: &std::path::Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .expect("read dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn failure_while_writing_leaves_old_file_intact_and_no_temp_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("ke-hoach.ron");
    std::fs::write(&path, "old content").expect("write");
    let err = write_atomic(&path, |w| {
        w.write_all(b"half of the new cont")?;
        Err(io::Error::other("disk full (simulated)"))
    })
    .expect_err("simulated failure");
    assert!(err.to_string().contains("simulated"));
    assert_eq!(std::fs::read_to_string(&path).expect("read"), "old content");
    assert_eq!(
        visible_files(dir.path()),
        vec!["ke-hoach.ron".to_owned()],
        "no temp or backup left"
    );
}

#[test]
fn success_replaces_and_keeps_a_backup_of_the_previous_version() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("plan.ron");
    let mut plan = generate(GenerateOptions {
        staff: 12,
        sites: 2,
        zones: 3,
        seed: 2,
    });
    save(&plan, &path).expect("first save");
    assert!(!backup_path(&path).exists(), "no backup of nothing");
    let first = std::fs::read_to_string(&path).expect("read");
    plan.name = "Phương án sửa đổi".into();
    save(&plan, &path).expect("second save");
    assert_eq!(
        std::fs::read_to_string(backup_path(&path)).expect("bak"),
        first
    );
    assert_eq!(load(&path).expect("load").plan().name, "Phương án sửa đổi");
    assert_eq!(
        visible_files(dir.path()),
        vec!["plan.ron".to_owned(), "plan.ron.bak".to_owned()]
    );
}

#[test]
fn save_into_a_missing_folder_fails_cleanly() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("no-such-folder").join("plan.ron");
    let plan = generate(GenerateOptions {
        staff: 3,
        sites: 1,
        zones: 1,
        seed: 2,
    });
    let err = save(&plan, &path).expect_err("missing folder");
    assert!(err.to_string().contains("previous file is intact"), "{err}");
}

#[test]
fn loading_a_bad_file_never_writes_to_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("bad.ron");
    std::fs::write(&path, "(format_version: 1, sites: [(id: ").expect("write");
    let before = std::fs::metadata(&path)
        .expect("meta")
        .modified()
        .expect("mtime");
    assert!(load(&path).is_err());
    assert_eq!(
        std::fs::read_to_string(&path).expect("read"),
        "(format_version: 1, sites: [(id: "
    );
    assert_eq!(
        std::fs::metadata(&path)
            .expect("meta")
            .modified()
            .expect("mtime"),
        before
    );
    assert_eq!(visible_files(dir.path()), vec!["bad.ron".to_owned()]);
}
