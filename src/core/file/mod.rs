//! Plan files: RON text with a `format_version`, read in two stages (text ->
//! permissive [`Plan`] -> [`CheckedPlan`]) and written atomically.
//!
//! Why so careful: a plan file is a board's work of weeks. Loading never writes;
//! saving writes a temporary file beside the target, syncs it, keeps the old
//! file as `NAME.ron.bak` and renames the new one over the target, so a crash at
//! any moment leaves either the old or the new file whole. A plan read with
//! [`load_with_fingerprint`] is saved back with [`save_if_unchanged`], which
//! refuses when another program saved the file in between (no lost update).

mod atomic;
mod validate;

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::core::plan::{FORMAT_VERSION, Plan};

pub use atomic::{
    Fingerprint, STALE_TEMP_AGE, WriteError, WriteOptions, backup_path, write_atomic,
    write_atomic_with, write_bytes_atomic,
};
pub use validate::{
    CadreRefs, CheckedPlan, CycleKind, Dangling, EntityKind, GradeIx, Place, Problem,
    ProblemDetail, ProblemKind, RefKind, Resolved, SiteIx, UnitIx, ZoneIx, elide, limits, problems,
    problems_on, validate,
};

/// Why a plan file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be opened or read.
    #[error("cannot read {}: {cause}", path.display())]
    Io {
        /// File path.
        path: PathBuf,
        /// Underlying error (in the message, so not a `source`: a chain printed
        /// with `{:#}` would say it twice).
        cause: std::io::Error,
    },
    /// The file was read but has problems (syntax or content).
    #[error("{}: {} problem(s)", path.display(), problems.len())]
    Invalid {
        /// File path.
        path: PathBuf,
        /// Every problem found.
        problems: Vec<Problem>,
    },
}

/// Why a plan could not be saved.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// Serialising the plan failed.
    #[error("cannot serialise the plan: {0}")]
    Serialize(String),
    /// Writing was refused or failed; the previous file is intact.
    #[error(transparent)]
    Write(#[from] WriteError),
}

impl SaveError {
    /// Whether the save was refused because the file changed on disk since it was read.
    pub fn is_changed_on_disk(&self) -> bool {
        matches!(self, SaveError::Write(WriteError::Changed { .. }))
    }
}

/// Reads just the version field, ignoring everything else.
#[derive(Deserialize)]
struct VersionProbe {
    #[serde(default)]
    format_version: u32,
}

fn syntax_problem(e: &ron::error::SpannedError) -> Problem {
    Problem::new(
        Place::Text {
            line: e.span.start.line,
            col: e.span.start.col,
        },
        ProblemDetail::Syntax {
            text: e.code.to_string(),
        },
    )
}

/// Options for RON: allow implicit `Some` so people can write `opens: "2025-09-01"`.
fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// Parses plan text into a permissive [`Plan`] (stage one), migrating old versions.
///
/// Only syntax and structure are checked here; use [`validate`] for content.
/// The text is parsed once; only when that fails is the version probed, so a
/// file from a newer build gets "newer format" rather than a confusing field error.
pub fn parse(text: &str) -> Result<Plan, Vec<Problem>> {
    // Windows editors (Notepad, Excel's "UTF-8" CSV habit) start files with a
    // byte order mark; it carries no content.
    let text = strip_bom(text);
    let text = &*nfc(text);
    let opts = ron_options();
    match opts.from_str::<Plan>(text) {
        Ok(plan) => match version_problem(Some(plan.format_version)) {
            None => Ok(plan),
            Some(p) => Err(vec![p]),
        },
        Err(e) => {
            let probed = opts
                .from_str::<VersionProbe>(text)
                .ok()
                .map(|p| p.format_version);
            match probed.and_then(|v| version_problem(Some(v))) {
                Some(p) => Err(vec![p]),
                None => Err(vec![syntax_problem(&e)]),
            }
        }
    }
    // Migration: when the format changes, each older version is converted here
    // one step at a time (through `ron::Value`) before the current structs read
    // it. Format 1 is the first published one, so there is nothing to convert yet.
}

/// `text` in Unicode NFC: an id typed with combining marks (NFD, as some
/// keyboards and macOS file names write Vietnamese) is the same id as the one
/// typed precomposed, so "Hải" matches "Hải" (PLAN_FILES.md, "Text").
///
/// The RON writer escapes combining marks (`\u{300}`), so those escapes are
/// read back as the marks themselves first; nothing else changes meaning.
fn nfc(text: &str) -> std::borrow::Cow<'_, str> {
    use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};
    let unescaped = unescape_combining_marks(text);
    if is_nfc_quick(unescaped.chars()) == IsNormalized::Yes {
        unescaped
    } else {
        std::borrow::Cow::Owned(unescaped.nfc().collect())
    }
}

/// `text` with each `\u{XXXX}` escape of a combining mark replaced by the mark.
fn unescape_combining_marks(text: &str) -> std::borrow::Cow<'_, str> {
    fn is_combining(c: char) -> bool {
        matches!(u32::from(c), 0x300..=0x36F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
    }
    if !text.contains("\\u{") {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("\\u{") {
        let backslashes = rest[..at].chars().rev().take_while(|&c| c == '\\').count();
        let escape = rest[at + 3..]
            .find('}')
            .and_then(|end| {
                let c = u32::from_str_radix(&rest[at + 3..at + 3 + end], 16).ok()?;
                Some((char::from_u32(c)?, end))
            })
            .filter(|&(c, _)| backslashes % 2 == 0 && is_combining(c));
        match escape {
            Some((c, end)) => {
                out.push_str(&rest[..at]);
                out.push(c);
                rest = &rest[at + 3 + end + 1..];
            }
            None => {
                out.push_str(&rest[..at + 3]);
                rest = &rest[at + 3..];
            }
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// The problem with a file's format version, if any (`Some(0)`/`None`: missing).
fn version_problem(version: Option<u32>) -> Option<Problem> {
    let found = version.unwrap_or(0);
    if found == FORMAT_VERSION {
        return None;
    }
    Some(Problem::new(
        Place::Entity {
            kind: EntityKind::Plan,
            index: 0,
            id: String::new(),
            name: String::new(),
            field: "format_version".into(),
            line: None,
        },
        ProblemDetail::UnsupportedVersion {
            found,
            supported: FORMAT_VERSION,
        },
    ))
}

/// Parses and validates plan text (both stages); content problems carry the
/// line of their entity where it can be found.
pub fn parse_checked(text: &str) -> Result<CheckedPlan, Vec<Problem>> {
    let text = strip_bom(text);
    validate(parse(text)?).map_err(|mut problems| {
        locate_lines(text, &mut problems);
        // File order: located problems by line, the rest after them (stable).
        problems.sort_by_key(|p| match p.place {
            Place::Entity { line: Some(l), .. } => l,
            _ => usize::MAX,
        });
        problems
    })
}

/// The entity kind listed under a top-level (or `travel.entries`) key.
fn list_kind(key: &str) -> Option<EntityKind> {
    Some(match key {
        "grades" => EntityKind::Grade,
        "sites" => EntityKind::Site,
        "zones" => EntityKind::Zone,
        "entries" => EntityKind::Travel,
        "units" => EntityKind::Unit,
        "cadres" => EntityKind::Cadre,
        "transport" => EntityKind::Transport,
        "housing" => EntityKind::Housing,
        "scenarios" => EntityKind::Scenario,
        _ => return None,
    })
}

/// Fills in the line of each entity problem by finding the n-th item of its list.
///
/// Items are recognised by their opening `(` at the indentation of the first
/// item, which covers files written by HQ Planner and most hand-formatted ones;
/// where the layout is unusual the line is simply left unknown.
fn locate_lines(text: &str, problems: &mut [Problem]) {
    let mut starts: std::collections::HashMap<(EntityKind, usize), usize> = Default::default();
    let mut current: Option<(EntityKind, Option<usize>, usize)> = None; // kind, item indent, count
    for (i, line) in text.lines().enumerate() {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        if let Some(key) = trimmed.strip_suffix(": [").map(str::trim)
            && let Some(kind) = list_kind(key)
        {
            current = Some((kind, None, 0));
            continue;
        }
        let Some((kind, item_indent, count)) = current.as_mut() else {
            continue;
        };
        if trimmed.starts_with(']') && item_indent.is_none_or(|ii| indent < ii) {
            current = None;
            continue;
        }
        if trimmed.starts_with('(') && item_indent.is_none_or(|ii| ii == indent) {
            *item_indent = Some(indent);
            starts.insert((*kind, *count), i + 1);
            *count += 1;
        }
    }
    for p in problems {
        // Travel settings problems (field `travel.…`) are not about an entry.
        if let Place::Entity {
            kind,
            index,
            line,
            field,
            ..
        } = &mut p.place
            && !matches!(kind, EntityKind::Rules | EntityKind::Plan)
            && !field.starts_with("travel.")
        {
            *line = starts.get(&(*kind, *index)).copied();
        }
    }
}

/// `text` without a leading UTF-8 byte order mark.
fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// Reads a plan file's text and the fingerprint of its bytes. A file that is
/// not UTF-8 is one syntax problem placed at its first invalid byte.
fn read_text(path: &Path) -> Result<(String, Fingerprint), LoadError> {
    let bytes = std::fs::read(path).map_err(|cause| LoadError::Io {
        path: path.to_owned(),
        cause,
    })?;
    let fingerprint = Fingerprint::of_bytes(&bytes);
    match String::from_utf8(bytes) {
        Ok(text) => Ok((text, fingerprint)),
        Err(e) => Err(LoadError::Invalid {
            path: path.to_owned(),
            problems: vec![not_utf8_problem(e.as_bytes(), e.utf8_error())],
        }),
    }
}

/// The problem for bytes that are not UTF-8: line and column (in characters,
/// the byte order mark not counted) and byte offset of the first invalid byte.
fn not_utf8_problem(bytes: &[u8], e: std::str::Utf8Error) -> Problem {
    let offset = e.valid_up_to();
    let before = bytes
        .get(..offset)
        .and_then(|b| std::str::from_utf8(b).ok())
        .unwrap_or_default();
    let before = strip_bom(before);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before.get(line_start..).unwrap_or_default().chars().count() + 1;
    let byte = bytes.get(offset).copied().unwrap_or_default();
    Problem::new(
        Place::Text { line, col },
        ProblemDetail::Syntax {
            text: format!(
                "the file is not UTF-8 text: byte 0x{byte:02X} at byte offset {offset} is invalid (save the file as UTF-8)"
            ),
        },
    )
}

/// Reads and validates a plan file. Never writes anything.
pub fn load(path: &Path) -> Result<CheckedPlan, LoadError> {
    load_with_fingerprint(path).map(|(plan, _)| plan)
}

/// Reads and validates a plan file and fingerprints what was read, for
/// [`save_if_unchanged`]. Never writes anything.
pub fn load_with_fingerprint(path: &Path) -> Result<(CheckedPlan, Fingerprint), LoadError> {
    read_and(path, parse_checked)
}

/// Reads a plan file without validating its content (for opening a file with
/// mistakes in the editor so they can be fixed). Syntax errors still fail.
pub fn load_unchecked(path: &Path) -> Result<Plan, LoadError> {
    load_unchecked_with_fingerprint(path).map(|(plan, _)| plan)
}

/// [`load_unchecked`] that also fingerprints what was read.
pub fn load_unchecked_with_fingerprint(path: &Path) -> Result<(Plan, Fingerprint), LoadError> {
    read_and(path, parse)
}

/// Reads `path`, turns its text into a `T` with `parse` (problems placed in
/// that file) and fingerprints what was read.
fn read_and<T>(
    path: &Path,
    parse: fn(&str) -> Result<T, Vec<Problem>>,
) -> Result<(T, Fingerprint), LoadError> {
    let (text, fingerprint) = read_text(path)?;
    let plan = parse(&text).map_err(|problems| LoadError::Invalid {
        path: path.to_owned(),
        problems,
    })?;
    Ok((plan, fingerprint))
}

/// Serialises a plan to RON text: top-level fields one per line, each entity on one line.
pub fn to_ron(plan: &Plan) -> Result<String, SaveError> {
    let cfg = ron::ser::PrettyConfig::new()
        .depth_limit(2)
        .indentor("  ".to_owned())
        .struct_names(false)
        .extensions(ron::extensions::Extensions::IMPLICIT_SOME);
    let mut text =
        ron::ser::to_string_pretty(plan, cfg).map_err(|e| SaveError::Serialize(e.to_string()))?;
    text.push('\n');
    Ok(text)
}

/// Saves a plan atomically, keeping the previous file as `NAME.ron.bak`.
///
/// For a plan that was read from `path`, use [`save_if_unchanged`] instead.
pub fn save(plan: &Plan, path: &Path) -> Result<(), SaveError> {
    save_with(plan, path, None).map(|_| ())
}

/// Saves a plan like [`save`] and returns the fingerprint of what was written
/// (for a later [`save_if_unchanged`]).
pub fn save_fingerprinted(plan: &Plan, path: &Path) -> Result<Fingerprint, SaveError> {
    save_with(plan, path, None)
}

/// Saves a plan read from `path` back to it, unless the file changed on disk
/// since `read` was taken: then [`WriteError::Changed`], nothing written.
/// Returns the fingerprint of what was written.
pub fn save_if_unchanged(
    plan: &Plan,
    path: &Path,
    read: &Fingerprint,
) -> Result<Fingerprint, SaveError> {
    save_with(plan, path, Some(read))
}

fn save_with(
    plan: &Plan,
    path: &Path,
    unchanged_since: Option<&Fingerprint>,
) -> Result<Fingerprint, SaveError> {
    let text = to_ron(plan)?;
    let opts = WriteOptions {
        keep_backup: true,
        unchanged_since,
    };
    write_atomic_with(path, opts, |w| w.write_all(text.as_bytes()))?;
    Ok(Fingerprint::of_bytes(text.as_bytes()))
}
