//! Rejected rows: why each was rejected, and the file of rejected rows to fix
//! and import again.

use std::fmt;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use i18n_embed_fl::fl;

use super::cells::shown;
use super::error::ImportError;
use super::mapping::field_label;
use super::staff::ImportPreview;
use crate::core::plan::CadreField;
use crate::core::report::Lang;
use crate::core::text::loader;

/// Why one row was rejected.
#[derive(Debug, Clone, PartialEq)]
pub enum RejectReason {
    /// The staff code is empty.
    MissingCode,
    /// The same staff code is on an earlier row.
    DuplicateCode {
        /// The code.
        code: String,
        /// Row where it first appears.
        first_row: usize,
    },
    /// A required value (name, unit, zone) is empty for this row.
    Missing(CadreField),
    /// A unit, zone, grade or site that is not in the plan (by id or by name).
    Unknown {
        /// Field.
        field: CadreField,
        /// Value as written.
        value: String,
    },
    /// A date that is not a valid `dd/mm/yyyy`, ISO date or Excel serial.
    BadDate(String),
    /// A plausible-looking date outside the accepted birth-date window.
    ImplausibleDate(NaiveDate),
    /// The name is the staff code itself, as in an anonymised export; a real
    /// name is never replaced by it.
    NameIsCode,
    /// A value that is not one of the accepted words (gender, yes/no, preference).
    BadValue {
        /// Field.
        field: CadreField,
        /// Value as written.
        value: String,
    },
}

impl RejectReason {
    /// The reason in words, in the given language; values from the file are
    /// [`shown`] (control characters escaped, long values cut).
    pub fn describe(&self, lang: Lang) -> String {
        let l = loader(lang);
        // A field's name inside a sentence ("missing unit").
        let name = |field: &CadreField| field_label(*field, lang).to_lowercase();
        match self {
            RejectReason::MissingCode => fl!(l, "reject-missing-code"),
            RejectReason::DuplicateCode { code, first_row } => fl!(
                l,
                "reject-duplicate-code",
                code = shown(code, lang),
                first_row = first_row.to_string()
            ),
            RejectReason::Missing(field) => fl!(l, "reject-missing", name = name(field)),
            RejectReason::Unknown { field, value } => fl!(
                l,
                "reject-unknown",
                name = name(field),
                value = shown(value, lang)
            ),
            RejectReason::BadDate(value) => {
                fl!(l, "reject-bad-date", value = shown(value, lang))
            }
            RejectReason::ImplausibleDate(d) => fl!(
                l,
                "reject-implausible-date",
                date = d.format("%d/%m/%Y").to_string()
            ),
            RejectReason::NameIsCode => fl!(l, "reject-name-is-code"),
            RejectReason::BadValue { field, value } => fl!(
                l,
                "reject-bad-value",
                name = name(field),
                value = shown(value, lang)
            ),
        }
    }
}

impl fmt::Display for RejectReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

/// A row that was not imported, with every reason.
#[derive(Debug, Clone, PartialEq)]
pub struct RejectedRow {
    /// Row number as the spreadsheet shows it.
    pub row: usize,
    /// Staff code as written (may be empty).
    pub code: String,
    /// Every reason found.
    pub reasons: Vec<RejectReason>,
    /// The row's cells as text, in file column order (for the rejected-rows file).
    pub cells: Vec<String>,
}

impl RejectedRow {
    /// All reasons joined with "; ".
    pub fn reasons_text(&self, lang: Lang) -> String {
        self.reasons
            .iter()
            .map(|r| r.describe(lang))
            .collect::<Vec<_>>()
            .join("; ")
    }
}

/// Whether `a` and `b` name the same file, however written (`./plan.ron`,
/// `../x/plan.ron`, a symbolic or hard link): compared by device and inode when
/// both exist (Unix), else by canonical path; a path that does not exist yet by
/// its canonical folder and its file name. Used to refuse writing an output
/// (the rejected rows) onto one of the inputs before anything is read.
pub fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(x), Ok(y)) = (std::fs::metadata(a), std::fs::metadata(b)) {
            return x.dev() == y.dev() && x.ino() == y.ino();
        }
    }
    match (canonical_path(a), canonical_path(b)) {
        (Some(x), Some(y)) => x == y,
        _ => false,
    }
}

/// `p` made canonical; for a file that does not exist yet, its canonical
/// folder joined with its name.
fn canonical_path(p: &Path) -> Option<PathBuf> {
    if let Ok(c) = std::fs::canonicalize(p) {
        return Some(c);
    }
    let name = p.file_name()?;
    let parent = match p.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    Some(std::fs::canonicalize(parent).ok()?.join(name))
}

/// Writes the rejected rows (row number, original cells, reasons in Vietnamese
/// and English) to `path`: `.xlsx` as a workbook, anything else as CSV UTF-8
/// with BOM. The file can be fixed and imported again: the extra columns are
/// not mapped to any field.
pub fn write_rejected(path: &Path, preview: &ImportPreview) -> Result<(), ImportError> {
    let werr = |message: String| ImportError::Write {
        path: path.to_owned(),
        message,
    };
    let mut header: Vec<String> = vec!["Dòng / Row".to_owned()];
    header.extend(preview.headers.iter().cloned());
    header.push("Lý do".to_owned());
    header.push("Reason".to_owned());
    let rows = preview.rejected.iter().map(|r| {
        let mut v = vec![r.row.to_string()];
        let mut cells = r.cells.clone();
        cells.resize(preview.headers.len().max(r.cells.len()), String::new());
        v.extend(cells);
        v.push(r.reasons_text(Lang::Vi));
        v.push(r.reasons_text(Lang::En));
        v
    });
    let is_xlsx = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"));
    if is_xlsx {
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet();
        let bold = rust_xlsxwriter::Format::new().set_bold();
        let e = |x: rust_xlsxwriter::XlsxError| werr(x.to_string());
        for (c, h) in header.iter().enumerate() {
            sheet.write_with_format(0, c as u16, h, &bold).map_err(e)?;
        }
        for (r, row) in rows.enumerate() {
            for (c, v) in row.iter().enumerate() {
                sheet.write(r as u32 + 1, c as u16, v).map_err(e)?;
            }
        }
        sheet.set_freeze_panes(1, 0).map_err(e)?;
        sheet.autofit();
        let bytes = book.save_to_buffer().map_err(e)?;
        return write_rejected_bytes(path, &bytes);
    }
    let mut buf: Vec<u8> = b"\xEF\xBB\xBF".to_vec();
    {
        // Formula-like cells are neutralised like every CSV we write.
        let mut w = crate::core::report::csv_out::SafeCsvWriter::new(&mut buf);
        w.write_record(&header).map_err(|e| werr(e.to_string()))?;
        for row in rows {
            w.write_record(&row).map_err(|e| werr(e.to_string()))?;
        }
        w.flush().map_err(|e| werr(e.to_string()))?;
    }
    write_rejected_bytes(path, &buf)
}

/// Writes the rejected-rows file atomically: a failure leaves no partial file.
fn write_rejected_bytes(path: &Path, bytes: &[u8]) -> Result<(), ImportError> {
    crate::core::file::write_bytes_atomic(path, bytes).map_err(|e| ImportError::Write {
        path: path.to_owned(),
        message: match e {
            crate::core::file::WriteError::Io { cause, .. } => cause.to_string(),
            other => other.to_string(),
        },
    })
}
