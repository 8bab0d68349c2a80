//! Saving never loses the previous file: a failure at any point leaves it
//! intact and no partial file visible; a success keeps the old one as `.bak`.

use std::io;

use std::path::Path;

use hq_planner::core::file::{
    Fingerprint, SaveError, WriteError, WriteOptions, backup_path, load, load_with_fingerprint,
    save, save_if_unchanged, write_atomic, write_atomic_with, write_bytes_atomic,
};
use hq_planner::core::generate::{GenerateOptions, generate};
use hq_planner::core::plan::Plan;

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

fn small_plan(name: &str) -> Plan {
    let mut plan = generate(GenerateOptions {
        staff: 20,
        sites: 2,
        zones: 3,
        seed: 4,
    });
    plan.name = name.into();
    plan
}

// ---------------------------------------------------------------------------
// Lost updates (audit item 11)

#[test]
fn a_save_is_refused_when_the_file_changed_on_disk_since_it_was_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("plan.ron");
    save(&small_plan("original"), &path).expect("save");
    let (checked, read) = load_with_fingerprint(&path).expect("load");
    let mut mine = checked.into_plan();
    mine.name = "my import".into();
    // Another program saves the file behind our back.
    save(&small_plan("their import"), &path).expect("their save");
    let theirs = std::fs::read(&path).expect("read");
    let bak_before = std::fs::read(backup_path(&path)).expect("bak");

    let err = save_if_unchanged(&mine, &path, &read).expect_err("must refuse");
    assert!(err.is_changed_on_disk(), "{err:?}");
    assert!(matches!(
        &err,
        SaveError::Write(WriteError::Changed { path: p }) if p == &path
    ));
    let text = err.to_string();
    assert!(
        text.contains(&path.display().to_string())
            && text.contains("changed on disk since it was read")
            && text.contains("nothing was written"),
        "{text}"
    );
    assert_eq!(
        std::fs::read(&path).expect("read"),
        theirs,
        "plan untouched"
    );
    assert_eq!(
        std::fs::read(backup_path(&path)).expect("bak"),
        bak_before,
        "backup untouched"
    );
    assert_eq!(
        visible_files(dir.path()),
        vec!["plan.ron".to_owned(), "plan.ron.bak".to_owned()],
        "no temp file left"
    );
}

#[test]
fn a_save_of_an_unchanged_file_goes_through_and_chains() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("plan.ron");
    save(&small_plan("v0"), &path).expect("save");
    let (_, mut read) = load_with_fingerprint(&path).expect("load");
    for v in 1..4 {
        read = save_if_unchanged(&small_plan(&format!("v{v}")), &path, &read).expect("save");
        assert_eq!(
            Fingerprint::of_file(&path).expect("fp"),
            Some(read.clone()),
            "the returned fingerprint is what is on disk"
        );
    }
    assert_eq!(load(&path).expect("load").plan().name, "v3");
}

#[test]
fn concurrent_read_modify_write_saves_never_lose_an_update_silently() {
    // Two "imports" at once, each adding its own token to the description, many
    // rounds: every save either succeeds and its token survives to the end, or
    // is refused as changed on disk (and then retried on a fresh read).
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("plan.ron");
    save(&small_plan("shared"), &path).expect("save");
    const ROUNDS: usize = 25;
    let workers: Vec<_> = (0..2)
        .map(|w| {
            let path = path.clone();
            std::thread::spawn(move || {
                let (mut saved, mut refused) = (Vec::new(), 0usize);
                for round in 0..ROUNDS {
                    let token = format!("[w{w}r{round}]");
                    loop {
                        let (checked, read) = load_with_fingerprint(&path).expect("load");
                        let mut plan = checked.into_plan();
                        plan.description.push_str(&token);
                        match save_if_unchanged(&plan, &path, &read) {
                            Ok(_) => {
                                saved.push(token.clone());
                                break;
                            }
                            Err(e) if e.is_changed_on_disk() => refused += 1,
                            Err(e) => panic!("unexpected save error: {e}"),
                        }
                    }
                }
                (saved, refused)
            })
        })
        .collect();
    let mut all_saved = Vec::new();
    for w in workers {
        let (saved, _refused) = w.join().expect("worker");
        all_saved.extend(saved);
    }
    let description = load(&path).expect("load").plan().description.clone();
    for token in &all_saved {
        assert_eq!(
            description.matches(token.as_str()).count(),
            1,
            "update {token} was lost or doubled: {description}"
        );
    }
    assert_eq!(all_saved.len(), 2 * ROUNDS);
    assert_eq!(
        description.matches('[').count(),
        2 * ROUNDS,
        "{description}"
    );
    assert_eq!(
        visible_files(dir.path()),
        vec!["plan.ron".to_owned(), "plan.ron.bak".to_owned()]
    );
}

// ---------------------------------------------------------------------------
// Leftovers (audit item 17)

#[test]
fn a_failed_backup_rename_leaves_no_temp_file_and_the_plan_intact() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("plan.ron");
    save(&small_plan("old"), &path).expect("save");
    let old = std::fs::read(&path).expect("read");
    // A folder where the backup goes: renaming the backup over it fails.
    let bak = backup_path(&path);
    std::fs::create_dir(&bak).expect("mkdir");
    std::fs::write(bak.join("keep"), "x").expect("write");
    let err = save(&small_plan("new"), &path).expect_err("backup cannot be made");
    assert!(err.to_string().contains("previous file is intact"), "{err}");
    assert_eq!(std::fs::read(&path).expect("read"), old);
    assert_eq!(
        visible_files(dir.path()),
        vec!["plan.ron".to_owned(), "plan.ron.bak".to_owned()],
        "no temp file of the plan or of its backup left"
    );
}

#[test]
fn a_save_removes_stale_temp_files_of_dead_processes_and_keeps_others() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("plan.ron");
    // A process id that is certainly gone: a child that ran and was reaped.
    let mut child = std::process::Command::new(std::env::current_exe().expect("exe"))
        .arg("--list")
        .stdout(std::process::Stdio::null())
        .spawn()
        .expect("spawn");
    let dead = child.id();
    child.wait().expect("wait");
    let write = |name: &str| std::fs::write(dir.path().join(name), "partial").expect("write");
    write(&format!(".plan.ron.{dead}.tmp")); // older builds' name
    write(&format!(".plan.ron.{dead}-3.tmp"));
    write(&format!(".plan.ron.bak.{dead}-4.tmp"));
    // Files of other names are never touched.
    write(&format!(".other.ron.{dead}.tmp"));
    write("notes.txt");
    save(&small_plan("new"), &path).expect("save");
    assert_eq!(
        visible_files(dir.path()),
        vec![
            format!(".other.ron.{dead}.tmp"),
            "notes.txt".to_owned(),
            "plan.ron".to_owned(),
        ]
    );
}

#[cfg(unix)]
#[test]
fn a_temp_file_of_a_live_process_is_kept_unless_it_is_old() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("plan.ron");
    // Process 1 always runs.
    let fresh = dir.path().join(".plan.ron.1-0.tmp");
    let old = dir.path().join(".plan.ron.1-1.tmp");
    std::fs::write(&fresh, "in progress").expect("write");
    std::fs::write(&old, "abandoned").expect("write");
    let long_ago = std::time::SystemTime::now()
        - hq_planner::core::file::STALE_TEMP_AGE
        - std::time::Duration::from_secs(60);
    std::fs::File::options()
        .write(true)
        .open(&old)
        .expect("open")
        .set_modified(long_ago)
        .expect("set mtime");
    save(&small_plan("new"), &path).expect("save");
    assert!(fresh.exists(), "a live process's save in progress is kept");
    assert!(!old.exists(), "an abandoned temp file is removed");
}

// ---------------------------------------------------------------------------
// Outputs (audit item 19)

#[test]
fn an_output_whose_write_fails_midway_leaves_the_old_file_and_no_temp() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("result.json");
    std::fs::write(&path, "{\"old\": true}").expect("write");
    let err = write_atomic_with(&path, WriteOptions::default(), |w| {
        w.write_all(b"{\"new\": [1, 2, 3")?;
        Err(io::Error::new(
            io::ErrorKind::StorageFull,
            "no space left (simulated)",
        ))
    })
    .expect_err("simulated failure");
    assert!(err.to_string().contains("simulated"), "{err}");
    assert_eq!(
        std::fs::read_to_string(&path).expect("read"),
        "{\"old\": true}"
    );
    assert_eq!(visible_files(dir.path()), vec!["result.json".to_owned()]);
    // And a successful output replaces it without a backup.
    write_bytes_atomic(&path, b"{\"new\": true}").expect("write");
    assert_eq!(
        std::fs::read_to_string(&path).expect("read"),
        "{\"new\": true}"
    );
    assert_eq!(visible_files(dir.path()), vec!["result.json".to_owned()]);
}

#[test]
fn a_panicking_writer_leaves_no_temp_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("export.csv");
    let caught = std::panic::catch_unwind(|| {
        let _ = write_bytes_atomic(&path, b"a,b\n");
        write_atomic_with(&path, WriteOptions::default(), |w| {
            w.write_all(b"half")?;
            panic!("writer bug (simulated)")
        })
    });
    assert!(caught.is_err());
    assert_eq!(std::fs::read_to_string(&path).expect("read"), "a,b\n");
    assert_eq!(visible_files(dir.path()), vec!["export.csv".to_owned()]);
}

#[test]
fn no_source_file_writes_a_file_except_through_the_atomic_writer() {
    // Every file HQ Planner writes goes through core::file::atomic; a direct
    // `fs::write` or `File::create` is how truncated outputs came back.
    let forbidden = [
        "fs::write(",
        "File::create(",
        ".save(path",
        "OpenOptions::new()",
    ];
    let mut offenders = Vec::new();
    let mut stack = vec![std::path::PathBuf::from("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("read src") {
            let p = entry.expect("entry").path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            if p.extension().is_none_or(|e| e != "rs") || p.ends_with("core/file/atomic.rs") {
                continue;
            }
            let text = std::fs::read_to_string(&p).expect("read");
            // Unit tests may prepare files however they like.
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            for (i, line) in code.lines().enumerate() {
                if forbidden.iter().any(|f| line.contains(f))
                    && !line.trim_start().starts_with("//")
                {
                    offenders.push(format!("{}:{}: {}", p.display(), i + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "direct file writes:\n{}",
        offenders.join("\n")
    );
}

// ---------------------------------------------------------------------------
// What a save keeps (audit item 18)

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).expect("meta").permissions().mode() & 0o7777
}

#[cfg(unix)]
#[test]
fn saving_keeps_a_private_plan_private_and_keeps_its_owner() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("plan.ron");
    save(&small_plan("v1"), &path).expect("save");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    // Give the file away where we may (as root); otherwise keep our own ids.
    let (uid, gid) = {
        let m = std::fs::metadata(&path).expect("meta");
        if std::os::unix::fs::chown(&path, Some(4242), Some(4343)).is_ok() {
            (4242, 4343)
        } else {
            (m.uid(), m.gid())
        }
    };
    save(&small_plan("v2"), &path).expect("save");
    assert_eq!(mode(&path), 0o600, "the plan stays private");
    assert_eq!(mode(&backup_path(&path)), 0o600, "its backup too");
    let m = std::fs::metadata(&path).expect("meta");
    assert_eq!((m.uid(), m.gid()), (uid, gid), "the owner is kept");
    assert_eq!(load(&path).expect("load").plan().name, "v2");
}

#[cfg(unix)]
#[test]
fn saving_through_a_symlink_updates_the_real_file_and_keeps_the_link() {
    let dir = tempfile::tempdir().expect("tempdir");
    let real_dir = dir.path().join("shared");
    std::fs::create_dir(&real_dir).expect("mkdir");
    let real = real_dir.join("plan.ron");
    save(&small_plan("v1"), &real).expect("save");
    let link = dir.path().join("my-plan.ron");
    std::os::unix::fs::symlink("shared/plan.ron", &link).expect("symlink");
    let (_, read) = load_with_fingerprint(&link).expect("load");
    save_if_unchanged(&small_plan("v2"), &link, &read).expect("save through link");
    assert!(
        std::fs::symlink_metadata(&link)
            .expect("meta")
            .file_type()
            .is_symlink(),
        "the link is still a link"
    );
    assert_eq!(
        load(&real).expect("load").plan().name,
        "v2",
        "real file updated"
    );
    assert_eq!(load(&link).expect("load").plan().name, "v2");
    assert_eq!(
        visible_files(&real_dir),
        vec!["plan.ron".to_owned(), "plan.ron.bak".to_owned()],
        "backup and temp beside the real file"
    );
    assert_eq!(
        visible_files(dir.path()),
        vec!["my-plan.ron".to_owned(), "shared".to_owned()]
    );
}

#[cfg(unix)]
#[test]
fn saving_a_read_only_plan_is_refused_naming_it() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("approved.ron");
    save(&small_plan("approved"), &path).expect("save");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).expect("chmod");
    let before = std::fs::read(&path).expect("read");
    let err = save(&small_plan("changed"), &path).expect_err("read-only");
    assert!(
        matches!(&err, SaveError::Write(WriteError::ReadOnly { path: p }) if p == &path),
        "{err:?}"
    );
    let text = err.to_string();
    assert!(
        text.contains(&path.display().to_string()) && text.contains("read-only"),
        "{text}"
    );
    assert_eq!(std::fs::read(&path).expect("read"), before);
    assert_eq!(mode(&path), 0o444);
    assert_eq!(visible_files(dir.path()), vec!["approved.ron".to_owned()]);
}
