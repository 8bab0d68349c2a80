//! Atomic file replacement: every file HQ Planner writes (plans, exports, JSON
//! results, rejected-row lists, recovery copies) goes through [`write_atomic_with`].
//!
//! Why: a plan file is weeks of work and an export may be the only copy a
//! committee gets. The new content is written to a hidden temporary file beside
//! the target, synced, and renamed over the target, so at every instant the
//! target path holds a whole file, old or new. On top of that:
//!
//! - a symlinked target is written through: the temporary file goes beside the
//!   real file and the link stays a link;
//! - the replaced file's permission bits and (where permitted) owner are kept;
//! - a read-only target is refused, never silently replaced;
//! - with [`WriteOptions::unchanged_since`], the write is refused when the target
//!   no longer holds what was read (another program saved it meanwhile); the
//!   check and the rename happen under an advisory lock, so two HQ Planner
//!   saves can never both pass the check;
//! - stale temporary files of this target left by a killed process are removed.
//!
//! docs/PLAN_FILES.md ("Saving") states the decisions.

use std::fs::{self, File, Metadata, OpenOptions};
use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

use sha2::{Digest, Sha256};

/// A temporary file untouched for this long belongs to no running save, even if
/// its process id is alive again (ids are reused), and is removed.
pub const STALE_TEMP_AGE: Duration = Duration::from_secs(10 * 60);

/// How long a save waits for another save of the same folder to finish.
const LOCK_WAIT: Duration = Duration::from_secs(30);

/// The backup path kept for `path`: `NAME.ron` -> `NAME.ron.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(".bak");
    PathBuf::from(s)
}

/// What a file held when it was read: its length and SHA-256.
///
/// Content, not the modification time, decides whether a file changed: a file
/// touched, or saved back with the same bytes, loses nothing when replaced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fingerprint {
    len: u64,
    sha256: [u8; 32],
}

impl Fingerprint {
    /// The fingerprint of `bytes`.
    pub fn of_bytes(bytes: &[u8]) -> Self {
        Self {
            len: bytes.len() as u64,
            sha256: Sha256::digest(bytes).into(),
        }
    }

    /// The fingerprint of the file at `path` now; `None` when there is no file.
    pub fn of_file(path: &Path) -> io::Result<Option<Self>> {
        let mut f = match File::open(path) {
            Ok(f) => f,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e),
        };
        let mut hasher = Sha256::new();
        let mut buf = vec![0u8; 1 << 16];
        let mut len = 0u64;
        loop {
            let n = f.read(&mut buf)?;
            if n == 0 {
                break;
            }
            len += n as u64;
            hasher.update(&buf[..n]);
        }
        Ok(Some(Self {
            len,
            sha256: hasher.finalize().into(),
        }))
    }
}

/// Why a file could not be written. In every case the previous file is intact
/// and no temporary file is left.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// The target is read-only; it is never replaced behind the user's back.
    #[error(
        "{} is read-only; nothing was written (save under another name, or make the file writable first)",
        path.display()
    )]
    ReadOnly {
        /// The file (the link's target when a symlink was given).
        path: PathBuf,
    },
    /// The target no longer holds what was read from it.
    #[error(
        "{} changed on disk since it was read (another program saved it); nothing was written; run again",
        path.display()
    )]
    Changed {
        /// The file (the link's target when a symlink was given).
        path: PathBuf,
    },
    /// Reading, writing, syncing or renaming failed.
    #[error("cannot write {} (the previous file is intact): {cause}", path.display())]
    Io {
        /// The file (the link's target when a symlink was given).
        path: PathBuf,
        /// What failed. Not a `source`: it is in the message already, and an
        /// error chain printed with `{:#}` would say it twice.
        cause: io::Error,
    },
}

/// How [`write_atomic_with`] replaces a file.
#[derive(Debug, Clone, Copy, Default)]
pub struct WriteOptions<'a> {
    /// Keep the replaced file as `NAME.bak` (plan files do; exports do not).
    pub keep_backup: bool,
    /// Refuse with [`WriteError::Changed`] unless the target still holds what
    /// this fingerprint was taken of (a target that was deleted meanwhile is
    /// written: nothing on disk is lost).
    pub unchanged_since: Option<&'a Fingerprint>,
}

/// Writes a plan-like file atomically, keeping the previous version as `NAME.bak`.
///
/// `fill` writes the content into a temporary file beside `path`; only when it
/// succeeds and the data is synced is the previous file copied to `NAME.bak` and
/// the new file renamed over `path`. If `fill` or any step fails, `path` is
/// untouched and the temporary file removed.
pub fn write_atomic(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), WriteError> {
    write_atomic_with(
        path,
        WriteOptions {
            keep_backup: true,
            unchanged_since: None,
        },
        fill,
    )
}

/// Writes `bytes` to `path` atomically without a backup (exports, JSON, lists).
pub fn write_bytes_atomic(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    write_atomic_with(path, WriteOptions::default(), |w| w.write_all(bytes))
}

/// Writes a file atomically as `opts` says; see the module documentation.
pub fn write_atomic_with(
    path: &Path,
    opts: WriteOptions<'_>,
    fill: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), WriteError> {
    let target = resolve_links(path).map_err(|cause| WriteError::Io {
        path: path.to_owned(),
        cause,
    })?;
    let io_err = |cause| WriteError::Io {
        path: target.clone(),
        cause,
    };
    let existing = match fs::metadata(&target) {
        Ok(m) => Some(m),
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => return Err(io_err(e)),
    };
    if let Some(m) = &existing {
        if m.is_dir() {
            return Err(io_err(io::Error::other("it is a folder")));
        }
        if is_read_only(&target, m) {
            return Err(WriteError::ReadOnly { path: target });
        }
    }

    let tmp = TempFile::create(&target).map_err(io_err)?;
    let written = (|| {
        let file = tmp.file()?;
        if let Some(m) = &existing {
            keep_owner_and_mode(m, file)?;
        }
        let mut w = BufWriter::new(file);
        fill(&mut w)?;
        w.flush()?;
        drop(w);
        tmp.file()?.sync_all()
    })();
    written.map_err(io_err)?;

    // From here to the rename, no other HQ Planner save of this folder runs.
    let _lock = DirLock::acquire(&target).map_err(io_err)?;
    remove_stale_temps(&target);
    if let Some(expected) = opts.unchanged_since {
        match Fingerprint::of_file(&target).map_err(io_err)? {
            Some(now) if &now != expected => return Err(WriteError::Changed { path: target }),
            _ => {}
        }
    }
    if opts.keep_backup && target.exists() {
        keep_backup(&target).map_err(io_err)?;
    }
    tmp.rename_over(&target).map_err(io_err)?;
    sync_dir(&target);
    Ok(())
}

/// Follows symlinks to the file they name (which may not exist yet), so the
/// temporary file is made beside the real file and the link is kept.
fn resolve_links(path: &Path) -> io::Result<PathBuf> {
    let mut p = path.to_owned();
    for _ in 0..40 {
        match fs::symlink_metadata(&p) {
            Ok(m) if m.file_type().is_symlink() => {
                let link = fs::read_link(&p)?;
                p = match p.parent() {
                    Some(dir) if link.is_relative() => dir.join(link),
                    _ => link,
                };
            }
            _ => return Ok(p),
        }
    }
    Err(io::Error::other("too many levels of symbolic links"))
}

/// Whether the user may not write the file: no write permission bit at all, or
/// (on unix) no write access for this user.
fn is_read_only(path: &Path, meta: &Metadata) -> bool {
    if meta.permissions().readonly() {
        return true;
    }
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        if let Ok(c) = std::ffi::CString::new(path.as_os_str().as_bytes()) {
            // SAFETY: `c` is a valid NUL-terminated path; access() only reads it.
            if unsafe { libc::access(c.as_ptr(), libc::W_OK) } != 0 {
                let e = io::Error::last_os_error().raw_os_error();
                return e == Some(libc::EACCES) || e == Some(libc::EROFS);
            }
        }
    }
    #[cfg(not(unix))]
    let _ = path;
    false
}

/// Gives `file` the owner (where permitted) and permission bits of the file it replaces.
fn keep_owner_and_mode(meta: &Metadata, file: &File) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt, fchown};
        // Owner first: changing it may clear set-id bits. Only root may give a
        // file away; others may still set a group they belong to. EPERM is the
        // normal answer for an ordinary user and is ignored.
        if fchown(file, Some(meta.uid()), Some(meta.gid())).is_err() {
            let _ = fchown(file, None, Some(meta.gid()));
        }
    }
    match file.set_permissions(meta.permissions()) {
        // File systems without unix modes (FAT on a USB stick) refuse chmod;
        // there is no mode to keep there.
        Err(e)
            if matches!(
                e.kind(),
                io::ErrorKind::PermissionDenied | io::ErrorKind::Unsupported
            ) =>
        {
            Ok(())
        }
        other => other,
    }
}

/// A counter that makes temporary names unique between threads of one process.
static TEMP_COUNTER: AtomicU64 = AtomicU64::new(0);

/// The folder holding `path` (`.` for a bare file name).
fn dir_of(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."))
}

fn file_name_of(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "file".to_owned())
}

/// A hidden temporary file `.NAME.PID-N.tmp` beside a target, removed when
/// dropped unless it was renamed over the target (so every error path, and a
/// panic in the writer, cleans up).
struct TempFile {
    path: PathBuf,
    file: Option<File>,
}

impl TempFile {
    fn create(target: &Path) -> io::Result<Self> {
        let dir = dir_of(target);
        let name = file_name_of(target);
        loop {
            let n = TEMP_COUNTER.fetch_add(1, Ordering::Relaxed);
            let path = dir.join(format!(".{name}.{}-{n}.tmp", std::process::id()));
            match OpenOptions::new().write(true).create_new(true).open(&path) {
                Ok(file) => {
                    return Ok(Self {
                        path,
                        file: Some(file),
                    });
                }
                // A leftover of an earlier process with the same id: take the next number.
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(e),
            }
        }
    }

    fn file(&self) -> io::Result<&File> {
        self.file
            .as_ref()
            .ok_or_else(|| io::Error::other("temporary file already closed"))
    }

    /// Closes the file and renames it over `target`; on failure it is removed.
    fn rename_over(mut self, target: &Path) -> io::Result<()> {
        drop(self.file.take());
        fs::rename(&self.path, target)?;
        self.path = PathBuf::new();
        Ok(())
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        drop(self.file.take());
        if !self.path.as_os_str().is_empty() {
            let _ = fs::remove_file(&self.path);
        }
    }
}

/// Makes `NAME.bak` a real copy of the current file (its own file, not a link
/// to the plan), through a temporary file, so `path` is never missing and the
/// backup is never half-written.
fn keep_backup(path: &Path) -> io::Result<()> {
    let bak = backup_path(path);
    let tmp = TempFile::create(&bak)?;
    let mut from = File::open(path)?;
    let mut copy = tmp.file()?;
    keep_owner_and_mode(&from.metadata()?, copy)?;
    // `io::copy` between files uses the kernel's copy where it can.
    io::copy(&mut from, &mut copy)?;
    copy.sync_all()?;
    tmp.rename_over(&bak)
}

/// Whether `name` is one of our temporary names for `target_name`
/// (`.NAME.PID.tmp` from older builds or `.NAME.PID-N.tmp`); returns the PID.
fn temp_pid(name: &str, target_name: &str) -> Option<u32> {
    let middle = name
        .strip_prefix('.')?
        .strip_prefix(target_name)?
        .strip_prefix('.')?
        .strip_suffix(".tmp")?;
    let (pid, n) = middle.split_once('-').unwrap_or((middle, "0"));
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(pid) || !digits(n) {
        return None;
    }
    pid.parse().ok()
}

/// Removes temporary files of `target` and of its backup left by saves that
/// will never finish: their process is gone, or they were not touched for
/// [`STALE_TEMP_AGE`]. Files of other names are never touched. Best effort.
fn remove_stale_temps(target: &Path) {
    let name = file_name_of(target);
    let bak_name = format!("{name}.bak");
    let Ok(entries) = fs::read_dir(dir_of(target)) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let file_name = file_name.to_string_lossy();
        let Some(pid) = temp_pid(&file_name, &name).or_else(|| temp_pid(&file_name, &bak_name))
        else {
            continue;
        };
        let old = entry
            .metadata()
            .ok()
            .and_then(|m| m.modified().ok())
            .and_then(|t| SystemTime::now().duration_since(t).ok())
            .is_some_and(|age| age > STALE_TEMP_AGE);
        if old || !process_alive(pid) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Whether a process with this id runs (this process counts: another thread may be saving).
fn process_alive(pid: u32) -> bool {
    if pid == std::process::id() {
        return true;
    }
    #[cfg(unix)]
    {
        let Ok(pid) = libc::pid_t::try_from(pid) else {
            return false;
        };
        // SAFETY: signal 0 only checks that the process exists.
        if unsafe { libc::kill(pid, 0) } == 0 {
            return true;
        }
        // EPERM: it exists but belongs to someone else.
        io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
    }
    #[cfg(not(unix))]
    {
        // No cheap portable check: rely on the age rule.
        true
    }
}

/// An advisory lock held from the on-disk check to the rename.
///
/// On unix the folder itself is locked (`flock` on its descriptor), so no lock
/// file is left beside the plan; elsewhere a hidden `.NAME.lock` beside the
/// target is locked and kept. Where locking is not supported (some network
/// file systems) saving goes on without it: the content check still runs.
struct DirLock {
    _file: Option<File>,
}

impl DirLock {
    fn acquire(target: &Path) -> io::Result<Self> {
        #[cfg(unix)]
        let file = File::open(dir_of(target));
        #[cfg(not(unix))]
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(dir_of(target).join(format!(".{}.lock", file_name_of(target))));
        let Ok(file) = file else {
            return Ok(Self { _file: None });
        };
        // Another save holds the lock for milliseconds; wait for it, but never
        // hang a save (or the app) on a lock that is not released.
        let started = std::time::Instant::now();
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(Self { _file: Some(file) }),
                Err(fs::TryLockError::WouldBlock) if started.elapsed() < LOCK_WAIT => {
                    std::thread::sleep(Duration::from_millis(5));
                }
                Err(fs::TryLockError::WouldBlock) => {
                    return Err(io::Error::new(
                        io::ErrorKind::TimedOut,
                        format!(
                            "another save in this folder did not finish within {} s",
                            LOCK_WAIT.as_secs()
                        ),
                    ));
                }
                // Locking unsupported here: go on; the content check still runs.
                Err(fs::TryLockError::Error(_)) => return Ok(Self { _file: None }),
            }
        }
    }
}

/// Syncs the directory entry so the rename survives a power cut (best effort).
fn sync_dir(path: &Path) {
    if let Ok(d) = File::open(dir_of(path)) {
        let _ = d.sync_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temp_names_of_this_target_are_recognised_and_others_are_not() {
        assert_eq!(temp_pid(".plan.ron.123.tmp", "plan.ron"), Some(123));
        assert_eq!(temp_pid(".plan.ron.123-7.tmp", "plan.ron"), Some(123));
        assert_eq!(
            temp_pid(".plan.ron.bak.123-7.tmp", "plan.ron.bak"),
            Some(123)
        );
        assert_eq!(temp_pid(".plan.ron.bak.123-7.tmp", "plan.ron"), None);
        assert_eq!(temp_pid(".other.ron.123.tmp", "plan.ron"), None);
        assert_eq!(temp_pid(".plan.ron.x.tmp", "plan.ron"), None);
        assert_eq!(temp_pid("plan.ron.123.tmp", "plan.ron"), None);
    }
}
