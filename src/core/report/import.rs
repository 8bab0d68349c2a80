//! Staff import: a staff list as the personnel office keeps it (CSV, XLSX, XLS,
//! ODS) becomes cadres of the plan.
//!
//! Three stages, so the app can show each one:
//! 1. [`read_staff_file`] reads the file into a [`StaffTable`] of raw cells
//!    (nothing interpreted yet, row numbers as the spreadsheet shows them);
//! 2. [`mapping_for`] proposes which column fills which field (reusing the
//!    mapping saved in the plan, else guessing from English or Vietnamese
//!    headers), and [`preview`] checks every row against the plan: each
//!    rejected row gets its row number and every reason, nothing is dropped;
//! 3. [`apply`] merges (update by staff code, add new) or replaces the staff
//!    list, and [`write_rejected`] writes the rejected rows to a file to fix
//!    and import again.
//!
//! Why day-first dates: Vietnamese offices write `dd/mm/yyyy`; a date such as
//! `05/03/1980` is 5 March. Excel serial numbers (real date cells, or the number
//! a date becomes when a column is formatted as text) are understood too.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::labels::L;
use super::text::fold;
use super::{Lang, Phase, Progress};
use crate::core::plan::{Cadre, CadreField, ColumnMapping, Gender, Plan, Preference};

/// Why a staff file could not be read or written at all (as opposed to a rejected row).
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file could not be opened or read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// File path.
        path: PathBuf,
        /// Underlying error.
        source: std::io::Error,
    },
    /// The CSV file is not UTF-8 text.
    #[error("{path}, line {line}: the file is not UTF-8 text; save it as \"CSV UTF-8\"")]
    NotUtf8 {
        /// File path.
        path: PathBuf,
        /// 1-based line of the first byte that is not UTF-8.
        line: u64,
    },
    /// The CSV text is malformed.
    #[error("{path}, line {line}: {message}")]
    Csv {
        /// File path.
        path: PathBuf,
        /// 1-based line.
        line: u64,
        /// What is wrong.
        message: String,
    },
    /// The spreadsheet could not be opened.
    #[error("{path}: {message}")]
    Spreadsheet {
        /// File path.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// The workbook has no worksheet at all.
    #[error("{path}: the workbook has no worksheet")]
    NoWorksheet {
        /// File path.
        path: PathBuf,
    },
    /// The file has no row with any content.
    #[error("{path}: the file is empty (no header row found)")]
    Empty {
        /// File path.
        path: PathBuf,
    },
    /// The file's extension is not a known staff-list format.
    #[error("{path}: unknown staff file type (expected .csv, .xlsx, .xls or .ods)")]
    UnknownFormat {
        /// File path.
        path: PathBuf,
    },
    /// A field every row needs has no column.
    #[error("no column is mapped to {0}: map one (e.g. a header \"{hint}\")", hint = .0.vietnamese_header())]
    MissingColumn(FieldName),
    /// The file is one of HQ Planner's own anonymised exports (names replaced by
    /// staff codes, birth dates and gender left out): importing it would put
    /// codes where real names belong, so it is refused as a whole.
    #[error(
        "{path}: this looks like an anonymised HQ Planner export ({evidence}); importing it could put staff codes where real names belong, so nothing was imported. Import the personnel office's staff list (or a named export) instead"
    )]
    AnonymisedExport {
        /// File path.
        path: PathBuf,
        /// What gave it away.
        evidence: AnonymisedEvidence,
    },
    /// A quote opened in a CSV cell is never closed, or closes rows later with
    /// text after it: the rows after it would be read as one cell.
    #[error("{path}, {}", quote_problem_text(*.row, *.column, *.closes_on))]
    UnclosedQuote {
        /// File path.
        path: PathBuf,
        /// Row (line) of the opening quote.
        row: usize,
        /// Column of the cell it opens (1-based).
        column: usize,
        /// Row where it closes, if it does.
        closes_on: Option<usize>,
    },
    /// A replace would remove every cadre of the plan (an empty or wrong
    /// staff list); refused unless asked for (`ImportOptions::allow_empty`).
    #[error(
        "{path}: replacing the staff list with this file would remove all {staff} staff of the plan ({kept} left after the import); nothing was imported. If that is really meant, ask for it explicitly (command line: --allow-empty)"
    )]
    WouldRemoveEveryone {
        /// File path.
        path: PathBuf,
        /// Cadres in the plan now.
        staff: usize,
        /// Cadres the plan would have after the import (all of them new).
        kept: usize,
    },
    /// The rejected rows could not be written.
    #[error("cannot write {path}: {message}")]
    Write {
        /// File path.
        path: PathBuf,
        /// What went wrong.
        message: String,
    },
}

/// The English words of [`ImportError::UnclosedQuote`] after the file name.
fn quote_problem_text(row: usize, column: usize, closes_on: Option<usize>) -> String {
    match closes_on {
        None => format!(
            "row {row}: a quote \" opened in column {column} is never closed; the rows after it were read as one cell"
        ),
        Some(end) => format!(
            "row {row}: a quote \" opened in column {column} is not closed on its row but on row {end}; rows {row} to {end} were read as one cell"
        ),
    }
}

/// A value from a staff file as it is safe to show in a message: control
/// characters (ESC and the other C0 and C1 codes, DEL) and the invisible
/// characters that reorder text (bidi overrides and isolates, marks) are shown
/// escaped (`\u{1b}`), so a cell cannot drive the terminal or disguise a
/// message; a value longer than 80 characters is cut to its first 77 and `…`,
/// with its length, so a 10 MB cell is never echoed whole.
pub fn shown(value: &str, lang: Lang) -> String {
    let (mut out, cut) = crate::core::text::echo(value);
    if let Some(total) = cut {
        match lang {
            Lang::Vi => out.push_str(&format!(" ({total} ký tự)")),
            Lang::En => out.push_str(&format!(" ({total} characters)")),
        }
    }
    out
}

/// What shows that a file is one of HQ Planner's own anonymised exports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnonymisedEvidence {
    /// The per-cadre export's result columns without any name, birth date or
    /// gender column; the CSV's audit stamp id when it has one.
    ExportColumns {
        /// Stamp id from the CSV's `# Stamp id` line.
        stamp: Option<String>,
    },
    /// In most rows the name is the staff code.
    NamesAreCodes {
        /// Rows whose name is their code.
        same: usize,
        /// Rows with a staff code.
        with_code: usize,
    },
}

impl fmt::Display for AnonymisedEvidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnonymisedEvidence::ExportColumns { stamp: Some(id) } => write!(
                f,
                "audit stamp {id}; the per-cadre export's columns without names, birth dates or gender"
            ),
            AnonymisedEvidence::ExportColumns { stamp: None } => {
                f.write_str("the per-cadre export's columns without names, birth dates or gender")
            }
            AnonymisedEvidence::NamesAreCodes { same, with_code } => {
                write!(
                    f,
                    "in {same} of {with_code} rows the name is the staff code"
                )
            }
        }
    }
}

/// A [`CadreField`] shown by name in messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldName(pub CadreField);

impl fmt::Display for FieldName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(field_label(self.0, Lang::En))
    }
}

impl FieldName {
    /// The usual Vietnamese header for this field.
    pub fn vietnamese_header(&self) -> &'static str {
        field_label(self.0, Lang::Vi)
    }
}

/// One raw cell of a staff file.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// No value.
    Empty,
    /// Text as typed.
    Text(String),
    /// A number (an Excel date stored as a number arrives here too).
    Number(f64),
    /// A real date cell.
    Date(NaiveDate),
    /// A true/false cell.
    Bool(bool),
}

impl Cell {
    /// Whether the cell holds nothing but spaces.
    pub fn is_blank(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(s) => s.trim().is_empty(),
            _ => false,
        }
    }

    /// The cell as text, the way a person would read it (dates `dd/mm/yyyy`).
    pub fn display(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(s) => s.trim().to_owned(),
            Cell::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{n:.0}"),
            Cell::Number(n) => n.to_string(),
            Cell::Date(d) => d.format("%d/%m/%Y").to_string(),
            Cell::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
        }
    }
}

/// One data row of a staff file.
#[derive(Debug, Clone, PartialEq)]
pub struct RawRow {
    /// Row number as the spreadsheet shows it (1-based; CSV: the line number).
    pub row: usize,
    /// Cells, one per column (may be shorter than the header).
    pub cells: Vec<Cell>,
}

/// A staff file read into raw cells.
#[derive(Debug, Clone, PartialEq)]
pub struct StaffTable {
    /// Headers as they appear in the file.
    pub headers: Vec<String>,
    /// Row number of the header row (1-based).
    pub header_row: usize,
    /// Data rows after the header, blank rows left out.
    pub rows: Vec<RawRow>,
    /// Sheet the rows came from (empty for CSV).
    pub sheet: String,
    /// The file read (named in whole-file refusals).
    pub path: PathBuf,
    /// The audit stamp id when the file is an HQ Planner CSV export (its `#` lines).
    pub export_stamp: Option<String>,
    /// First and last row of the audit stamp at the end of an HQ Planner CSV
    /// export, which holds no staff and was left out (every other row is read).
    pub stamp_rows: Option<(usize, usize)>,
}

/// Merge into or replace the plan's staff list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ImportMode {
    /// Update cadres by staff code, add new ones, keep the others.
    #[default]
    Merge,
    /// The file is the whole staff list: cadres not in it are removed (except
    /// those whose row was rejected, which are kept as they were).
    Replace,
}

/// Settings of an import.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportOptions {
    /// Merge or replace.
    pub mode: ImportMode,
    /// Birth dates after this day are rejected as implausible (staff are adults).
    pub latest_birth_date: NaiveDate,
    /// Birth dates before this day are rejected as implausible.
    pub earliest_birth_date: NaiveDate,
    /// Replace even when it removes every cadre of the plan (an empty file, or
    /// one sharing no staff code with the plan). Off by default: such a replace
    /// is refused with [`ImportError::WouldRemoveEveryone`].
    pub allow_empty: bool,
}

impl ImportOptions {
    /// Options for an import done on `today`: birth dates 15 to 100 years back are plausible.
    pub fn for_day(mode: ImportMode, today: NaiveDate) -> Self {
        let (earliest_birth_date, latest_birth_date) =
            crate::core::plan::dates::birth_date_window(today);
        Self {
            mode,
            latest_birth_date,
            earliest_birth_date,
            allow_empty: false,
        }
    }
}

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
        let vi = lang == Lang::Vi;
        match self {
            RejectReason::MissingCode => if vi {
                "thiếu mã cán bộ"
            } else {
                "missing staff code"
            }
            .to_owned(),
            RejectReason::DuplicateCode { code, first_row } => {
                let code = shown(code, lang);
                if vi {
                    format!("mã cán bộ {code} trùng với dòng {first_row}")
                } else {
                    format!("duplicate staff code {code} (first on row {first_row})")
                }
            }
            RejectReason::Missing(field) => {
                let name = field_label(*field, lang).to_lowercase();
                if vi {
                    format!("thiếu {name}")
                } else {
                    format!("missing {name}")
                }
            }
            RejectReason::Unknown { field, value } => {
                let name = field_label(*field, lang).to_lowercase();
                let value = shown(value, lang);
                if vi {
                    format!("{name} \"{value}\" không có trong kế hoạch")
                } else {
                    format!("unknown {name} \"{value}\" (not in the plan by id or name)")
                }
            }
            RejectReason::BadDate(value) => {
                let value = shown(value, lang);
                if vi {
                    format!("ngày sinh \"{value}\" không hợp lệ (dd/mm/yyyy)")
                } else {
                    format!("bad birth date \"{value}\" (expected dd/mm/yyyy)")
                }
            }
            RejectReason::ImplausibleDate(d) => {
                let d = d.format("%d/%m/%Y");
                if vi {
                    format!("ngày sinh {d} không hợp lý")
                } else {
                    format!("implausible birth date {d}")
                }
            }
            RejectReason::NameIsCode => if vi {
                "họ tên chính là mã cán bộ: có vẻ đây là tệp xuất đã ẩn danh"
            } else {
                "name is the staff code: this looks like an anonymised export"
            }
            .to_owned(),
            RejectReason::BadValue { field, value } => {
                let name = field_label(*field, lang).to_lowercase();
                let value = shown(value, lang);
                if vi {
                    format!("{name} \"{value}\" không hợp lệ")
                } else {
                    format!("bad {name} \"{value}\"")
                }
            }
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

/// The values a row sets; `None` means the column is not mapped (keep what the plan has).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CadrePatch {
    /// Staff code.
    pub code: String,
    /// Full name.
    pub name: Option<String>,
    /// Unit id.
    pub unit: Option<String>,
    /// Grade id.
    pub grade: Option<String>,
    /// Zone id.
    pub zone: Option<String>,
    /// Birth date (inner `None`: cell empty).
    pub birth_date: Option<Option<NaiveDate>>,
    /// Gender.
    pub gender: Option<Gender>,
    /// Child under 36 months.
    pub child_under_36_months: Option<bool>,
    /// Dependent elderly.
    pub dependent_elderly: Option<bool>,
    /// Health.
    pub health: Option<bool>,
    /// Survey answer.
    pub preference: Option<Preference>,
    /// Current site id (inner `None`: cell empty).
    pub current_site: Option<Option<String>>,
    /// Pinned site id (inner `None`: cell empty).
    pub pinned_site: Option<Option<String>>,
    /// Notes.
    pub notes: Option<String>,
}

impl CadrePatch {
    /// Writes the mapped values onto `c`.
    fn apply_to(&self, c: &mut Cadre) {
        c.code.clone_from(&self.code);
        let set = |dst: &mut String, v: &Option<String>| {
            if let Some(v) = v {
                dst.clone_from(v);
            }
        };
        set(&mut c.name, &self.name);
        set(&mut c.unit, &self.unit);
        set(&mut c.grade, &self.grade);
        set(&mut c.zone, &self.zone);
        set(&mut c.notes, &self.notes);
        if let Some(v) = self.birth_date {
            c.birth_date = v;
        }
        if let Some(v) = self.gender {
            c.gender = v;
        }
        if let Some(v) = self.child_under_36_months {
            c.care.child_under_36_months = v;
        }
        if let Some(v) = self.dependent_elderly {
            c.care.dependent_elderly = v;
        }
        if let Some(v) = self.health {
            c.care.health = v;
        }
        if let Some(v) = self.preference {
            c.preference = v;
        }
        if let Some(v) = &self.current_site {
            c.current_site.clone_from(v);
        }
        if let Some(v) = &self.pinned_site {
            c.pinned_site.clone_from(v);
        }
    }
}

/// A row that passed the checks.
#[derive(Debug, Clone, PartialEq)]
pub struct AcceptedRow {
    /// Row number as the spreadsheet shows it.
    pub row: usize,
    /// What it sets.
    pub patch: CadrePatch,
    /// Whether a cadre with this code is already in the plan.
    pub updates_existing: bool,
}

/// What an import would do, before it is applied.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportPreview {
    /// The mapping used.
    pub mapping: Vec<ColumnMapping>,
    /// File headers.
    pub headers: Vec<String>,
    /// Rows read (blank rows not counted).
    pub rows_read: usize,
    /// Rows that will be imported, in file order.
    pub accepted: Vec<AcceptedRow>,
    /// Rows that will not, in file order, each with every reason.
    pub rejected: Vec<RejectedRow>,
    /// New cadres that got the default grade because their grade cell or column was empty.
    pub defaulted_grade: usize,
    /// The import mode checked for.
    pub mode: ImportMode,
    /// Replace only: `Some(n)` when applying removes all `n` cadres the plan
    /// has (allowed by [`ImportOptions::allow_empty`]); the app says so before
    /// it imports.
    pub removes_everyone: Option<usize>,
}

impl ImportPreview {
    /// Accepted rows that add a new cadre.
    pub fn new_cadres(&self) -> usize {
        self.accepted.iter().filter(|a| !a.updates_existing).count()
    }
    /// Accepted rows that update an existing cadre.
    pub fn updated_cadres(&self) -> usize {
        self.accepted.iter().filter(|a| a.updates_existing).count()
    }
}

/// What [`apply`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ImportSummary {
    /// Cadres added.
    pub added: usize,
    /// Cadres updated by staff code.
    pub updated: usize,
    /// Cadres removed (replace mode: not in the file).
    pub removed: usize,
    /// Cadres kept unchanged because their row was rejected (replace mode).
    pub kept_rejected: usize,
    /// Rows rejected.
    pub rejected: usize,
}

// ---------------------------------------------------------------------------
// Reading

/// Reads a staff file (CSV, XLSX, XLSM, XLSB, XLS, ODS) into raw cells.
///
/// The header row is the first row, among the first 20, in which at least two
/// headers are recognised (title rows above it are skipped); if none is, the
/// first non-blank row.
pub fn read_staff_file(
    path: &Path,
    progress: &mut dyn FnMut(Progress),
) -> Result<StaffTable, ImportError> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    progress(Progress::new(Phase::Reading, 0, 1));
    let mut export_stamp = None;
    let mut stamp_rows = None;
    let (sheet, rows) = match ext.as_str() {
        "csv" | "txt" | "tsv" => {
            let bytes = std::fs::read(path).map_err(|source| ImportError::Io {
                path: path.to_owned(),
                source,
            })?;
            export_stamp = csv_stamp_id(&bytes);
            let csv = read_csv_rows(path, &bytes)?;
            stamp_rows = csv.stamp_rows;
            (String::new(), csv.rows)
        }
        "xlsx" | "xlsm" | "xlsb" | "xls" | "ods" => read_spreadsheet_rows(path)?,
        _ => {
            return Err(ImportError::UnknownFormat {
                path: path.to_owned(),
            });
        }
    };
    progress(Progress::new(Phase::Reading, 1, 1));
    let mut table = table_from_rows(path, sheet, rows)?;
    table.export_stamp = export_stamp;
    table.stamp_rows = stamp_rows;
    Ok(table)
}

/// The stamp id of an HQ Planner CSV export: its `# Stamp id,…` comment line
/// (in either language), if there is one.
fn csv_stamp_id(bytes: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(bytes);
    let labels = [L::StampId.t(Lang::Vi), L::StampId.t(Lang::En)];
    text.lines().find_map(|line| {
        let rest = line.trim().strip_prefix('#')?.trim_start();
        let (label, value) = rest.split_once(',')?;
        labels
            .contains(&label.trim())
            .then(|| value.trim().trim_matches('"').to_owned())
    })
}

/// Headers only HQ Planner's per-cadre export has (both languages, folded).
fn export_only_headers() -> Vec<String> {
    [
        L::Arrangement,
        L::ServiceOrHousing,
        L::CommuteAfter,
        L::CostPerMonth,
        L::Reason,
    ]
    .into_iter()
    .flat_map(|l| [fold(l.t(Lang::Vi)), fold(l.t(Lang::En))])
    .collect()
}

/// Why `table` looks like an anonymised HQ Planner export, or `None`.
///
/// Two independent signs, either is enough: the per-cadre export's own header
/// (at least three of its result columns) without a name column, which is what
/// an anonymised CSV or XLSX export writes; or a mapped name column in which
/// most rows' name is their staff code (an anonymised table copied elsewhere).
pub fn anonymised_export_evidence(table: &StaffTable, mapping: &[ColumnMapping]) -> Option<String> {
    anonymised_export_signs(table, mapping).map(|e| e.to_string())
}

/// The signs that `table` is an anonymised HQ Planner export, or `None`; see
/// [`anonymised_export_evidence`].
pub fn anonymised_export_signs(
    table: &StaffTable,
    mapping: &[ColumnMapping],
) -> Option<AnonymisedEvidence> {
    let folded: Vec<String> = table.headers.iter().map(|h| fold(h)).collect();
    let export_cols = export_only_headers();
    let result_cols = folded.iter().filter(|h| export_cols.contains(h)).count();
    let person_cols: Vec<String> = [L::Name, L::BirthDate, L::Gender]
        .into_iter()
        .flat_map(|l| [fold(l.t(Lang::Vi)), fold(l.t(Lang::En))])
        .collect();
    let has_person_col = folded.iter().any(|h| person_cols.contains(h));
    if result_cols >= 3 && !has_person_col {
        return Some(AnonymisedEvidence::ExportColumns {
            stamp: table.export_stamp.clone(),
        });
    }
    let col = |f: CadreField| mapping.iter().position(|m| m.field == Some(f));
    let (Some(code_col), Some(name_col)) = (col(CadreField::Code), col(CadreField::Name)) else {
        return None;
    };
    let mut with_code = 0usize;
    let mut same = 0usize;
    for r in &table.rows {
        let code = r.cells.get(code_col).map(Cell::display).unwrap_or_default();
        if code.is_empty() {
            continue;
        }
        with_code += 1;
        let name = r.cells.get(name_col).map(Cell::display).unwrap_or_default();
        same += usize::from(name_is_code(&name, &code));
    }
    (same > 0 && same * 2 > with_code)
        .then_some(AnonymisedEvidence::NamesAreCodes { same, with_code })
}

/// Whether a name cell just repeats the staff code.
fn name_is_code(name: &str, code: &str) -> bool {
    !code.trim().is_empty() && fold(name) == fold(code)
}

/// Splits raw rows into the header and data rows.
fn table_from_rows(
    path: &Path,
    sheet: String,
    rows: Vec<RawRow>,
) -> Result<StaffTable, ImportError> {
    let nonblank: Vec<usize> = rows
        .iter()
        .enumerate()
        .filter(|(_, r)| r.cells.iter().any(|c| !c.is_blank()))
        .map(|(i, _)| i)
        .collect();
    let Some(&first) = nonblank.first() else {
        return Err(ImportError::Empty {
            path: path.to_owned(),
        });
    };
    let header_idx = nonblank
        .iter()
        .take(20)
        .copied()
        .find(|&i| looks_like_header(&rows[i].cells))
        .unwrap_or(first);
    let header_row = rows[header_idx].row;
    let headers: Vec<String> = rows[header_idx].cells.iter().map(Cell::display).collect();
    let data = rows
        .into_iter()
        .skip(header_idx + 1)
        .filter(|r| r.cells.iter().any(|c| !c.is_blank()))
        .collect();
    Ok(StaffTable {
        headers,
        header_row,
        rows: data,
        sheet,
        path: path.to_owned(),
        export_stamp: None,
        stamp_rows: None,
    })
}

/// Parses CSV bytes (UTF-8, optional BOM; comma, semicolon, tab or `|`
/// separated) into rows numbered by the line each starts on.
///
/// Why our own reader rather than the csv crate's: its record positions count
/// `\n` only, so with Windows line endings every row but the first came out one
/// line too low, with old Mac `\r` endings all on line 1, and after a blank line
/// on the blank line; and a quote that is never closed silently swallows the
/// rest of the file into one cell. Here a line ends at `\n`, `\r\n` or `\r`,
/// a row's number is the line of its first character (what a text editor shows),
/// and a broken quote stops the import with its row and column.
///
/// No row is a comment: a staff code starting with `#` is data. The one block
/// left out is the audit stamp HQ Planner writes at the end of its own CSV
/// export (its `# Audit stamp` line and the `#` lines after it, up to the end of
/// the file); its rows are reported in [`StaffTable::stamp_rows`].
fn read_csv_rows(path: &Path, bytes: &[u8]) -> Result<CsvRows, ImportError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let line = bytes[..e.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count() as u64
                + 1;
            return Err(ImportError::NotUtf8 {
                path: path.to_owned(),
                line,
            });
        }
    };
    let delimiter = sniff_delimiter(text);
    let parsed = parse_csv(text, delimiter, usize::MAX);
    let quote_error = |q: QuoteProblem| ImportError::UnclosedQuote {
        path: path.to_owned(),
        row: q.row,
        column: q.column,
        closes_on: q.closes_on,
    };
    if let Some(q) = parsed.unclosed {
        return Err(quote_error(q));
    }
    // A quoted cell may hold line breaks (a note on two lines); but when its
    // closing quote is followed by more text, or its row has another number of
    // cells than most rows, the quote was a typo that ate the rows after it.
    let usual = usual_width(&parsed.records);
    for r in &parsed.records {
        if let Some(q) = r.multiline
            && (q.junk_after || r.fields.len() != usual)
        {
            return Err(quote_error(QuoteProblem {
                row: q.opened_on,
                column: q.column,
                closes_on: Some(q.closed_on),
            }));
        }
    }
    let mut records = parsed.records;
    let stamp_rows = take_audit_stamp(&mut records);
    let rows = records
        .into_iter()
        .map(|r| RawRow {
            row: r.line,
            cells: r.fields.iter().map(|s| text_cell(s)).collect(),
        })
        .collect();
    Ok(CsvRows { rows, stamp_rows })
}

/// The rows of a CSV file and the lines of an HQ Planner audit stamp left out.
struct CsvRows {
    rows: Vec<RawRow>,
    stamp_rows: Option<(usize, usize)>,
}

/// A text cell as the import keeps it: Unicode NFC (so an id typed with
/// decomposed accents matches the plan's), the `'` our CSV export puts before a
/// formula-like value taken off, blank text as [`Cell::Empty`].
fn text_cell(s: &str) -> Cell {
    use unicode_normalization::UnicodeNormalization;
    if s.trim().is_empty() {
        return Cell::Empty;
    }
    let s = super::csv_out::unneutralise_formula(s);
    Cell::Text(s.nfc().collect())
}

/// Removes HQ Planner's audit stamp from the end of `records`: the `#` rows
/// from a `# Audit stamp` / `# Dấu kiểm tra` row to the end. Returns their
/// first and last row numbers.
fn take_audit_stamp(records: &mut Vec<CsvRecord>) -> Option<(usize, usize)> {
    let is_hash = |r: &CsvRecord| r.fields.first().is_some_and(|f| f.starts_with('#'));
    let labels = [L::AuditStamp.t(Lang::Vi), L::AuditStamp.t(Lang::En)];
    let tail = records.iter().rev().take_while(|r| is_hash(r)).count();
    let first = records.len() - tail;
    // The stamp block starts at its label; `#` rows before the label stay data.
    let label_at = (first..records.len()).find(|&i| {
        let f = records[i].fields[0].trim_start_matches('#').trim();
        records[i].fields.len() == 1 && labels.contains(&f)
    })?;
    let rows = (records[label_at].line, records[records.len() - 1].line);
    records.truncate(label_at);
    Some(rows)
}

/// The most common number of cells per row (title rows aside, a CSV's rows
/// all have the header's width).
fn usual_width(records: &[CsvRecord]) -> usize {
    let mut counts: HashMap<usize, usize> = HashMap::new();
    for r in records {
        *counts.entry(r.fields.len()).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by_key(|&(width, n)| (n, width))
        .map_or(0, |(width, _)| width)
}

/// The separator of a CSV file: of `,` `;` tab and `|`, counted outside quotes
/// on the first rows, the one whose rows read as a header of known column names
/// (title rows above it allowed), else the one giving the most rows of the same
/// width above one column; `,` when nothing tells.
fn sniff_delimiter(text: &str) -> char {
    const CANDIDATES: [char; 4] = [',', ';', '\t', '|'];
    let mut best = (',', (0, 0, 0));
    for d in CANDIDATES {
        let records = parse_csv(text, d, 30).records;
        let header = records
            .iter()
            .take(20)
            .map(|r| r.fields.iter().filter(|f| guess_field(f).is_some()).count())
            .max()
            .unwrap_or(0);
        let header = if header >= 2 { header } else { 0 };
        let width = usual_width(&records);
        let consistent = if width > 1 {
            records.iter().filter(|r| r.fields.len() == width).count()
        } else {
            0
        };
        let score = (header, consistent, width);
        if score > best.1 {
            best = (d, score);
        }
    }
    best.0
}

/// One CSV row with the line it starts on.
#[derive(Debug, Clone, PartialEq)]
struct CsvRecord {
    /// Line of the row's first character (1-based).
    line: usize,
    /// Cells as written (quotes removed, `""` unescaped).
    fields: Vec<String>,
    /// The first quoted cell of the row that runs over a line break.
    multiline: Option<MultilineQuote>,
}

/// A quoted cell that runs over one or more line breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct MultilineQuote {
    /// Column of the cell (1-based).
    column: usize,
    /// Line of its opening quote.
    opened_on: usize,
    /// Line of its closing quote.
    closed_on: usize,
    /// Whether text other than a separator or a line end follows the closing quote.
    junk_after: bool,
}

/// A quote that breaks the rows: opened on `row` in `column`, closing on
/// `closes_on` (or never).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct QuoteProblem {
    row: usize,
    column: usize,
    closes_on: Option<usize>,
}

/// What [`parse_csv`] read.
#[derive(Debug, Default)]
struct CsvParse {
    records: Vec<CsvRecord>,
    /// A quote still open at the end of the text.
    unclosed: Option<QuoteProblem>,
}

/// Reads at most `max_records` rows of CSV `text` separated by `delim`
/// (RFC 4180 quoting; a quote inside an unquoted cell is kept as text, as
/// spreadsheets do). Blank lines give no row.
fn parse_csv(text: &str, delim: char, max_records: usize) -> CsvParse {
    #[derive(Clone, Copy, PartialEq)]
    enum St {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
        AfterQuote,
    }
    let mut out = CsvParse::default();
    let mut line = 1usize;
    let mut st = St::FieldStart;
    let mut fields: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut rec_line = 0usize; // 0: no record started
    let mut opened_on = 0usize;
    let mut multiline: Option<MultilineQuote> = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let newline = c == '\n' || c == '\r';
        if c == '\r' && chars.peek() == Some(&'\n') {
            chars.next();
        }
        if rec_line == 0 {
            if newline {
                line += 1; // a blank line
                continue;
            }
            rec_line = line;
        }
        if st == St::QuoteInQuoted {
            if c == '"' {
                field.push('"');
                st = St::Quoted;
                continue;
            }
            st = St::AfterQuote;
            if line > opened_on && multiline.is_none() {
                multiline = Some(MultilineQuote {
                    column: fields.len() + 1,
                    opened_on,
                    closed_on: line,
                    junk_after: false,
                });
            }
        }
        match st {
            St::Quoted => {
                if c == '"' {
                    st = St::QuoteInQuoted;
                } else if newline {
                    field.push('\n');
                    line += 1;
                } else {
                    field.push(c);
                }
                continue;
            }
            St::FieldStart if c == '"' => {
                st = St::Quoted;
                opened_on = line;
                continue;
            }
            _ => {}
        }
        if c == delim {
            fields.push(std::mem::take(&mut field));
            st = St::FieldStart;
        } else if newline {
            fields.push(std::mem::take(&mut field));
            out.records.push(CsvRecord {
                line: rec_line,
                fields: std::mem::take(&mut fields),
                multiline: multiline.take(),
            });
            line += 1;
            rec_line = 0;
            st = St::FieldStart;
            if out.records.len() >= max_records {
                return out;
            }
        } else {
            if st == St::AfterQuote
                && let Some(m) = multiline.as_mut()
                && m.column == fields.len() + 1
            {
                m.junk_after = true;
            }
            field.push(c);
            if st == St::FieldStart {
                st = St::Unquoted;
            }
        }
    }
    if st == St::QuoteInQuoted && line > opened_on && multiline.is_none() {
        multiline = Some(MultilineQuote {
            column: fields.len() + 1,
            opened_on,
            closed_on: line,
            junk_after: false,
        });
    }
    if st == St::Quoted {
        out.unclosed = Some(QuoteProblem {
            row: opened_on,
            column: fields.len() + 1,
            closes_on: None,
        });
    }
    if rec_line != 0 {
        fields.push(field);
        out.records.push(CsvRecord {
            line: rec_line,
            fields,
            multiline,
        });
    }
    out
}

/// Whether a row looks like a staff-list header (two or more known headers).
fn looks_like_header(cells: &[Cell]) -> bool {
    cells
        .iter()
        .filter(|c| guess_field(&c.display()).is_some())
        .count()
        >= 2
}

/// Reads the worksheet that holds the staff list: the first one whose first 20
/// rows contain a recognisable header row (so a workbook exported by HQ Planner,
/// whose first sheet is a summary, imports from its Cadres sheet), else the first.
fn read_spreadsheet_rows(path: &Path) -> Result<(String, Vec<RawRow>), ImportError> {
    use calamine::Reader;
    let err = |message: String| ImportError::Spreadsheet {
        path: path.to_owned(),
        message,
    };
    let mut book = calamine::open_workbook_auto(path).map_err(|e| err(e.to_string()))?;
    let names = book.sheet_names();
    let no_sheet = || ImportError::NoWorksheet {
        path: path.to_owned(),
    };
    if names.is_empty() {
        return Err(no_sheet());
    }
    let mut first: Option<(String, Vec<RawRow>)> = None;
    for sheet in names {
        let range = book
            .worksheet_range(&sheet)
            .map_err(|e| err(format!("sheet \"{sheet}\": {e}")))?;
        let rows = range_rows(&range);
        if rows.iter().take(20).any(|r| looks_like_header(&r.cells)) {
            return Ok((sheet, rows));
        }
        if first.is_none() {
            first = Some((sheet, rows));
        }
    }
    first.ok_or_else(no_sheet)
}

/// Converts a calamine range into raw rows numbered as the spreadsheet shows them.
fn range_rows(range: &calamine::Range<calamine::Data>) -> Vec<RawRow> {
    use calamine::Data;
    let (row0, col0) = range.start().unwrap_or((0, 0));
    let lead = vec![Cell::Empty; col0 as usize];
    range
        .rows()
        .enumerate()
        .map(|(i, r)| {
            let mut cells = lead.clone();
            cells.extend(r.iter().map(|d| match d {
                Data::Empty | Data::Error(_) => Cell::Empty,
                Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => text_cell(s),
                Data::Int(n) => Cell::Number(*n as f64),
                Data::Float(f) => Cell::Number(*f),
                Data::Bool(b) => Cell::Bool(*b),
                Data::DateTime(dt) => {
                    let (y, m, d, ..) = dt.to_ymd_hms_milli();
                    NaiveDate::from_ymd_opt(i32::from(y), u32::from(m), u32::from(d))
                        .map_or(Cell::Number(dt.as_f64()), Cell::Date)
                }
            }));
            RawRow {
                row: row0 as usize + i + 1,
                cells,
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------
// Mapping

/// Headers (folded) that name each field, most specific first.
const SYNONYMS: &[(CadreField, &[&str])] = &[
    (
        CadreField::Code,
        &[
            "ma can bo",
            "ma cb",
            "ma cong chuc",
            "ma nhan su",
            "ma nhan vien",
            "ma nv",
            "ma so can bo",
            "so hieu can bo",
            "ma so",
            "ma",
            "staff code",
            "staff id",
            "employee id",
            "employee code",
            "code",
            "id",
        ],
    ),
    (
        CadreField::Name,
        &[
            "ho va ten",
            "ho ten",
            "ho ten can bo",
            "ten can bo",
            "ten",
            "full name",
            "name",
        ],
    ),
    (
        CadreField::Unit,
        &[
            "don vi",
            "co quan",
            "co quan don vi",
            "don vi cong tac",
            "unit",
            "agency",
            "department",
        ],
    ),
    (
        CadreField::Grade,
        &[
            "chuc vu",
            "chuc danh",
            "ngach",
            "cap bac",
            "grade",
            "position",
            "rank",
        ],
    ),
    (
        CadreField::Zone,
        &[
            "noi o",
            "noi o hien nay",
            "noi cu tru",
            "xa phuong",
            "xa phuong noi o",
            "cho o",
            "home zone",
            "zone",
            "home",
            "residence",
            "ward",
            "commune",
        ],
    ),
    (
        CadreField::BirthDate,
        &[
            "ngay sinh",
            "ngay thang nam sinh",
            "sinh ngay",
            "birth date",
            "date of birth",
            "birthdate",
            "dob",
        ],
    ),
    (CadreField::Gender, &["gioi tinh", "gender", "sex"]),
    (
        CadreField::ChildUnder36Months,
        &[
            "con duoi 36 thang",
            "nuoi con duoi 36 thang",
            "con nho",
            "nuoi con nho",
            "child under 36 months",
            "young child",
        ],
    ),
    (
        CadreField::DependentElderly,
        &[
            "cham soc nguoi gia",
            "nguoi gia phu thuoc",
            "cham soc cha me gia",
            "dependent elderly",
            "elderly",
        ],
    ),
    (
        CadreField::Health,
        &["suc khoe", "van de suc khoe", "health", "health condition"],
    ),
    (
        CadreField::Preference,
        &[
            "nguyen vong",
            "nguyen vong di lai",
            "hinh thuc di lai",
            "phuong an di lai",
            "preference",
            "survey",
            "survey answer",
        ],
    ),
    (
        CadreField::CurrentSite,
        &[
            "tru so hien tai",
            "tru so hien nay",
            "noi lam viec hien tai",
            "noi lam viec",
            "current site",
            "current workplace",
        ],
    ),
    (
        CadreField::PinnedSite,
        &[
            "tru so chi dinh",
            "tru so co dinh",
            "ghim tru so",
            "pinned site",
            "pinned",
        ],
    ),
    (
        CadreField::Notes,
        &["ghi chu", "notes", "note", "remarks", "comment"],
    ),
];

/// The field a header most likely names, from English or Vietnamese wording,
/// tolerant of case, diacritics, spacing and punctuation.
pub fn guess_field(header: &str) -> Option<CadreField> {
    let h = fold(header);
    if h.is_empty() {
        return None;
    }
    for (field, names) in SYNONYMS {
        if names.contains(&h.as_str()) {
            return Some(*field);
        }
    }
    // A longer header that contains a known name as whole words, e.g.
    // "Họ và tên cán bộ" or "Đơn vị công tác hiện nay"; the longest name wins.
    let padded = format!(" {h} ");
    let mut best: Option<(usize, CadreField)> = None;
    for (field, names) in SYNONYMS {
        for name in *names {
            if name.len() < 4 {
                continue;
            }
            if padded.contains(&format!(" {name} ")) && best.is_none_or(|(n, _)| name.len() > n) {
                best = Some((name.len(), *field));
            }
        }
    }
    best.map(|(_, f)| f)
}

/// Guesses the field of every header; each field goes to its first column only.
pub fn guess_mapping(headers: &[String]) -> Vec<ColumnMapping> {
    let mut used = HashSet::new();
    headers
        .iter()
        .map(|h| {
            let field = guess_field(h).filter(|f| used.insert(*f));
            ColumnMapping {
                header: h.clone(),
                field,
            }
        })
        .collect()
}

/// The mapping for `headers`: a header found in `saved` (the plan's last
/// mapping, compared folded) keeps its saved field; the others are guessed.
pub fn mapping_for(headers: &[String], saved: &[ColumnMapping]) -> Vec<ColumnMapping> {
    let saved: HashMap<String, Option<CadreField>> =
        saved.iter().map(|m| (fold(&m.header), m.field)).collect();
    let mut used: HashSet<CadreField> = HashSet::new();
    let mut out: Vec<ColumnMapping> = headers
        .iter()
        .map(|h| {
            let field = saved.get(&fold(h)).copied().flatten();
            if let Some(f) = field {
                used.insert(f);
            }
            ColumnMapping {
                header: h.clone(),
                field,
            }
        })
        .collect();
    for m in &mut out {
        if m.field.is_none() && !saved.contains_key(&fold(&m.header)) {
            m.field = guess_field(&m.header).filter(|f| used.insert(*f));
        }
    }
    out
}

/// Display name of a field (used in messages and the mapping editor).
pub fn field_label(field: CadreField, lang: Lang) -> &'static str {
    let (vi, en) = match field {
        CadreField::Code => ("Mã cán bộ", "Staff code"),
        CadreField::Name => ("Họ và tên", "Name"),
        CadreField::Unit => ("Đơn vị", "Unit"),
        CadreField::Grade => ("Chức vụ", "Grade"),
        CadreField::Zone => ("Nơi ở", "Home zone"),
        CadreField::BirthDate => ("Ngày sinh", "Birth date"),
        CadreField::Gender => ("Giới tính", "Gender"),
        CadreField::ChildUnder36Months => ("Con dưới 36 tháng", "Child under 36 months"),
        CadreField::DependentElderly => ("Chăm sóc người già", "Dependent elderly"),
        CadreField::Health => ("Sức khỏe", "Health"),
        CadreField::Preference => ("Nguyện vọng", "Preference"),
        CadreField::CurrentSite => ("Trụ sở hiện tại", "Current site"),
        CadreField::PinnedSite => ("Trụ sở chỉ định", "Pinned site"),
        CadreField::Notes => ("Ghi chú", "Notes"),
    };
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}

/// Every field in the order the mapping editor lists them.
pub const ALL_FIELDS: [CadreField; 14] = [
    CadreField::Code,
    CadreField::Name,
    CadreField::Unit,
    CadreField::Grade,
    CadreField::Zone,
    CadreField::BirthDate,
    CadreField::Gender,
    CadreField::ChildUnder36Months,
    CadreField::DependentElderly,
    CadreField::Health,
    CadreField::Preference,
    CadreField::CurrentSite,
    CadreField::PinnedSite,
    CadreField::Notes,
];

/// The key of a field in a mapping file, e.g. `birth_date`.
pub fn field_key(field: CadreField) -> &'static str {
    match field {
        CadreField::Code => "code",
        CadreField::Name => "name",
        CadreField::Unit => "unit",
        CadreField::Grade => "grade",
        CadreField::Zone => "zone",
        CadreField::BirthDate => "birth_date",
        CadreField::Gender => "gender",
        CadreField::ChildUnder36Months => "child_under_36_months",
        CadreField::DependentElderly => "dependent_elderly",
        CadreField::Health => "health",
        CadreField::Preference => "preference",
        CadreField::CurrentSite => "current_site",
        CadreField::PinnedSite => "pinned_site",
        CadreField::Notes => "notes",
    }
}

/// A line of a mapping file that could not be understood.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct MappingLineError {
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// Renders a mapping as text, one `Header = field` line per column (`-` = ignored).
pub fn mapping_to_text(mapping: &[ColumnMapping]) -> String {
    let mut s = String::new();
    for m in mapping {
        let key = m.field.map_or("-", field_key);
        s.push_str(&format!("{} = {key}\n", m.header));
    }
    s
}

/// Parses `Header = field` lines (blank lines and `#` comments skipped; `-` ignores a column).
pub fn mapping_from_text(text: &str) -> Result<Vec<ColumnMapping>, Vec<MappingLineError>> {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let t = line.trim();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        let Some((header, key)) = t.rsplit_once('=') else {
            errors.push(MappingLineError {
                line: i + 1,
                message: format!("expected `Header = field`, found \"{t}\""),
            });
            continue;
        };
        let key = key.trim();
        let field = if key == "-" || key.is_empty() {
            None
        } else if let Some(f) = ALL_FIELDS.iter().find(|f| field_key(**f) == key) {
            Some(*f)
        } else {
            let known: Vec<&str> = ALL_FIELDS.iter().map(|f| field_key(*f)).collect();
            errors.push(MappingLineError {
                line: i + 1,
                message: format!("unknown field `{key}` (one of: {}, or -)", known.join(", ")),
            });
            continue;
        };
        out.push(ColumnMapping {
            header: header.trim().to_owned(),
            field,
        });
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

// ---------------------------------------------------------------------------
// Checking rows

/// Finds plan entities by id (exact or folded) or by name (folded).
struct Resolver {
    by_key: HashMap<String, Option<String>>,
}

impl Resolver {
    fn new<'a>(items: impl Iterator<Item = (&'a str, Vec<&'a str>)>) -> Self {
        let mut by_key: HashMap<String, Option<String>> = HashMap::new();
        let mut exact: Vec<(String, String)> = Vec::new();
        for (id, names) in items {
            exact.push((id.to_owned(), id.to_owned()));
            let mut keys: Vec<String> = names.iter().map(|n| fold(n)).collect();
            keys.push(fold(id));
            keys.sort();
            keys.dedup();
            for k in keys.into_iter().filter(|k| !k.is_empty()) {
                by_key
                    .entry(k)
                    .and_modify(|v| {
                        if v.as_deref() != Some(id) {
                            *v = None; // ambiguous: two entities fold to the same text
                        }
                    })
                    .or_insert_with(|| Some(id.to_owned()));
            }
        }
        // An exact id always wins over a folded name of another entity.
        for (k, id) in exact {
            by_key.insert(k, Some(id));
        }
        Self { by_key }
    }

    fn find(&self, value: &str) -> Option<String> {
        let v = value.trim();
        if let Some(Some(id)) = self.by_key.get(v) {
            return Some(id.clone());
        }
        self.by_key.get(&fold(v)).cloned().flatten()
    }
}

/// Everything needed to check rows against one plan.
struct RowChecker<'a> {
    units: Resolver,
    zones: Resolver,
    grades: Resolver,
    sites: Resolver,
    default_grade: Option<String>,
    existing: HashSet<&'a str>,
    opts: &'a ImportOptions,
}

impl<'a> RowChecker<'a> {
    fn new(plan: &'a Plan, opts: &'a ImportOptions) -> Self {
        Self {
            units: Resolver::new(plan.units.iter().map(|u| (u.id.as_str(), vec![&*u.name]))),
            zones: Resolver::new(plan.zones.iter().map(|z| (z.id.as_str(), vec![&*z.name]))),
            grades: Resolver::new(
                plan.grades
                    .iter()
                    .map(|g| (g.id.as_str(), vec![&*g.name, &*g.name_en])),
            ),
            sites: Resolver::new(plan.sites.iter().map(|s| (s.id.as_str(), vec![&*s.name]))),
            default_grade: plan
                .grades
                .iter()
                .min_by_key(|g| (g.rank, g.id.clone()))
                .map(|g| g.id.clone()),
            existing: plan.cadres.iter().map(|c| c.code.as_str()).collect(),
            opts,
        }
    }

    /// Checks one row; `Err` holds every reason found.
    fn check(
        &self,
        mapping: &[ColumnMapping],
        row: &RawRow,
    ) -> (CadrePatch, bool, Vec<RejectReason>) {
        let mut p = CadrePatch::default();
        let mut reasons = Vec::new();
        let mut defaulted_grade = false;
        let cell = |i: usize| row.cells.get(i).unwrap_or(&Cell::Empty);
        for (i, m) in mapping.iter().enumerate() {
            let Some(field) = m.field else { continue };
            let c = cell(i);
            let text = c.display();
            let blank = c.is_blank();
            match field {
                CadreField::Code => p.code = text,
                CadreField::Name => {
                    p.name = Some(text.split_whitespace().collect::<Vec<_>>().join(" "))
                }
                CadreField::Unit => {
                    p.unit = Some(self.resolve(&self.units, field, &text, &mut reasons))
                }
                CadreField::Zone => {
                    p.zone = Some(self.resolve(&self.zones, field, &text, &mut reasons))
                }
                CadreField::Grade => {
                    if blank {
                        p.grade = None;
                    } else {
                        p.grade = Some(self.resolve(&self.grades, field, &text, &mut reasons));
                    }
                }
                CadreField::BirthDate => {
                    p.birth_date = Some(match parse_date(c) {
                        Ok(None) => None,
                        Ok(Some(d)) => {
                            if d > self.opts.latest_birth_date || d < self.opts.earliest_birth_date
                            {
                                reasons.push(RejectReason::ImplausibleDate(d));
                            }
                            Some(d)
                        }
                        Err(NotADate) => {
                            reasons.push(RejectReason::BadDate(text.clone()));
                            None
                        }
                    });
                }
                CadreField::Gender => match parse_gender(c) {
                    Some(g) => p.gender = Some(g),
                    None => reasons.push(RejectReason::BadValue { field, value: text }),
                },
                CadreField::ChildUnder36Months
                | CadreField::DependentElderly
                | CadreField::Health => {
                    let Some(b) = parse_flag(c) else {
                        reasons.push(RejectReason::BadValue { field, value: text });
                        continue;
                    };
                    match field {
                        CadreField::ChildUnder36Months => p.child_under_36_months = Some(b),
                        CadreField::DependentElderly => p.dependent_elderly = Some(b),
                        _ => p.health = Some(b),
                    }
                }
                CadreField::Preference => match parse_preference(c) {
                    Some(v) => p.preference = Some(v),
                    None => reasons.push(RejectReason::BadValue { field, value: text }),
                },
                CadreField::CurrentSite | CadreField::PinnedSite => {
                    let v = if blank {
                        None
                    } else {
                        Some(self.resolve(&self.sites, field, &text, &mut reasons))
                    };
                    if field == CadreField::CurrentSite {
                        p.current_site = Some(v);
                    } else {
                        p.pinned_site = Some(v);
                    }
                }
                CadreField::Notes => p.notes = Some(text),
            }
        }
        if p.code.is_empty() {
            reasons.insert(0, RejectReason::MissingCode);
        }
        if let Some(name) = &p.name
            && name_is_code(name, &p.code)
        {
            reasons.push(RejectReason::NameIsCode);
        }
        let exists = self.existing.contains(p.code.as_str());
        // Required values: an empty cell in a mapped column is always missing;
        // an unmapped column is missing only for a new cadre.
        for (field, value) in [
            (CadreField::Name, &p.name),
            (CadreField::Unit, &p.unit),
            (CadreField::Zone, &p.zone),
        ] {
            let missing =
                match value {
                    Some(v) => v.is_empty()
                        && !reasons.iter().any(
                            |r| matches!(r, RejectReason::Unknown { field: f, .. } if *f == field),
                        ),
                    None => !exists,
                };
            if missing {
                reasons.push(RejectReason::Missing(field));
            }
        }
        if !exists && p.grade.is_none() {
            match &self.default_grade {
                Some(g) => {
                    p.grade = Some(g.clone());
                    defaulted_grade = true;
                }
                None => reasons.push(RejectReason::Missing(CadreField::Grade)),
            }
        }
        (p, defaulted_grade, reasons)
    }

    /// Resolves a reference; empty text gives an empty id (reported as missing later).
    fn resolve(
        &self,
        r: &Resolver,
        field: CadreField,
        text: &str,
        reasons: &mut Vec<RejectReason>,
    ) -> String {
        if text.trim().is_empty() {
            return String::new();
        }
        match r.find(text) {
            Some(id) => id,
            None => {
                reasons.push(RejectReason::Unknown {
                    field,
                    value: text.to_owned(),
                });
                String::new()
            }
        }
    }
}

/// Checks every row of `table` against `plan` with `mapping`, without changing the plan.
pub fn preview(
    plan: &Plan,
    table: &StaffTable,
    mapping: &[ColumnMapping],
    opts: &ImportOptions,
    progress: &mut dyn FnMut(Progress),
) -> Result<ImportPreview, ImportError> {
    if let Some(evidence) = anonymised_export_signs(table, mapping) {
        return Err(ImportError::AnonymisedExport {
            path: table.path.clone(),
            evidence,
        });
    }
    if !mapping.iter().any(|m| m.field == Some(CadreField::Code)) {
        return Err(ImportError::MissingColumn(FieldName(CadreField::Code)));
    }
    if opts.mode == ImportMode::Replace {
        for f in [CadreField::Name, CadreField::Unit, CadreField::Zone] {
            if !mapping.iter().any(|m| m.field == Some(f)) {
                return Err(ImportError::MissingColumn(FieldName(f)));
            }
        }
    }
    let checker = RowChecker::new(plan, opts);
    let total = table.rows.len();
    let mut first_row_of: HashMap<String, usize> = HashMap::with_capacity(total);
    let mut accepted = Vec::with_capacity(total);
    let mut rejected = Vec::new();
    let mut defaulted_grade = 0;
    for (i, row) in table.rows.iter().enumerate() {
        if i % 1024 == 0 {
            progress(Progress::new(Phase::Checking, i, total));
        }
        let (patch, defaulted, mut reasons) = checker.check(mapping, row);
        if !patch.code.is_empty() {
            match first_row_of.get(&patch.code) {
                Some(&first_row) => reasons.insert(
                    0,
                    RejectReason::DuplicateCode {
                        code: patch.code.clone(),
                        first_row,
                    },
                ),
                None => {
                    first_row_of.insert(patch.code.clone(), row.row);
                }
            }
        }
        if reasons.is_empty() {
            defaulted_grade += usize::from(defaulted);
            let updates_existing = checker.existing.contains(patch.code.as_str());
            accepted.push(AcceptedRow {
                row: row.row,
                patch,
                updates_existing,
            });
        } else {
            let width = table.headers.len().max(row.cells.len());
            rejected.push(RejectedRow {
                row: row.row,
                code: patch.code,
                reasons,
                cells: (0..width)
                    .map(|i| row.cells.get(i).map(Cell::display).unwrap_or_default())
                    .collect(),
            });
        }
    }
    progress(Progress::new(Phase::Checking, total, total));
    let removes_everyone = match opts.mode {
        ImportMode::Merge => None,
        ImportMode::Replace => {
            // A cadre stays when its code is on an accepted row (updated) or a
            // rejected one (kept unchanged): the same rule as `apply`.
            let in_file: HashSet<&str> = accepted
                .iter()
                .map(|a| a.patch.code.as_str())
                .chain(rejected.iter().map(|r| r.code.as_str()))
                .collect();
            let staying = plan
                .cadres
                .iter()
                .filter(|c| in_file.contains(c.code.as_str()))
                .count();
            (!plan.cadres.is_empty() && staying == 0).then_some(plan.cadres.len())
        }
    };
    if let Some(staff) = removes_everyone
        && !opts.allow_empty
    {
        return Err(ImportError::WouldRemoveEveryone {
            path: table.path.clone(),
            staff,
            kept: accepted.len(),
        });
    }
    Ok(ImportPreview {
        mapping: mapping.to_vec(),
        headers: table.headers.clone(),
        rows_read: total,
        accepted,
        rejected,
        defaulted_grade,
        mode: opts.mode,
        removes_everyone,
    })
}

/// Applies a preview to the plan and saves the mapping in `plan.import_mapping`.
///
/// A replace that removes every cadre only comes out of [`preview`] when it was
/// asked for ([`ImportOptions::allow_empty`]); see [`ImportPreview::removes_everyone`].
///
/// Merge: accepted rows update the cadre with the same code or are added at the
/// end, in file order. Replace: the staff list becomes the accepted rows in file
/// order, plus the existing cadres whose row was rejected (kept unchanged, so a
/// typo in the file never deletes a person).
pub fn apply(plan: &mut Plan, preview: &ImportPreview) -> ImportSummary {
    let mut summary = ImportSummary {
        rejected: preview.rejected.len(),
        ..ImportSummary::default()
    };
    let mut index: HashMap<String, usize> = plan
        .cadres
        .iter()
        .enumerate()
        .map(|(i, c)| (c.code.clone(), i))
        .collect();
    match preview.mode {
        ImportMode::Merge => {
            for a in &preview.accepted {
                match index.get(&a.patch.code) {
                    Some(&i) => {
                        a.patch.apply_to(&mut plan.cadres[i]);
                        summary.updated += 1;
                    }
                    None => {
                        let mut c = Cadre::default();
                        a.patch.apply_to(&mut c);
                        index.insert(c.code.clone(), plan.cadres.len());
                        plan.cadres.push(c);
                        summary.added += 1;
                    }
                }
            }
        }
        ImportMode::Replace => {
            let mut old: Vec<Option<Cadre>> = std::mem::take(&mut plan.cadres)
                .into_iter()
                .map(Some)
                .collect();
            let mut out = Vec::with_capacity(preview.accepted.len());
            for a in &preview.accepted {
                let mut c = match index.get(&a.patch.code) {
                    Some(&i) => {
                        summary.updated += 1;
                        old[i].take().unwrap_or_default()
                    }
                    None => {
                        summary.added += 1;
                        Cadre::default()
                    }
                };
                a.patch.apply_to(&mut c);
                out.push(c);
            }
            let rejected_codes: HashSet<&str> =
                preview.rejected.iter().map(|r| r.code.as_str()).collect();
            for c in old.into_iter().flatten() {
                if rejected_codes.contains(c.code.as_str()) {
                    summary.kept_rejected += 1;
                    out.push(c);
                } else {
                    summary.removed += 1;
                }
            }
            plan.cadres = out;
            index.clear();
        }
    }
    plan.import_mapping = preview.mapping.clone();
    summary
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
        let mut w = super::csv_out::SafeCsvWriter::new(&mut buf);
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

// ---------------------------------------------------------------------------
// Cell parsers

/// Converts an Excel serial day number (1900 date system) to a date.
pub fn excel_serial_to_date(serial: f64) -> Option<NaiveDate> {
    if !serial.is_finite() || !(1.0..2_958_466.0).contains(&serial) {
        return None;
    }
    let days = serial.floor() as i64;
    // Excel counts 29/02/1900, which never existed: serials from 61 on are one day ahead.
    let epoch = if days >= 61 {
        NaiveDate::from_ymd_opt(1899, 12, 30)?
    } else {
        NaiveDate::from_ymd_opt(1899, 12, 31)?
    };
    epoch.checked_add_signed(chrono::Duration::days(days))
}

/// A cell that should hold a date but does not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotADate;

/// Parses a birth-date cell: empty -> `Ok(None)`; `Err` when it is not a date.
pub fn parse_date(c: &Cell) -> Result<Option<NaiveDate>, NotADate> {
    match c {
        Cell::Empty => Ok(None),
        Cell::Date(d) => Ok(Some(*d)),
        Cell::Number(n) => excel_serial_to_date(*n).map(Some).ok_or(NotADate),
        Cell::Bool(_) => Err(NotADate),
        Cell::Text(s) => {
            let s = s.trim();
            if s.is_empty() {
                return Ok(None);
            }
            parse_date_text(s).map(Some).ok_or(NotADate)
        }
    }
}

/// Parses `dd/mm/yyyy` (also `-` or `.` separated), `yyyy-mm-dd`, or an Excel serial.
fn parse_date_text(s: &str) -> Option<NaiveDate> {
    // A date column exported as numbers: "29221" or "29221.0".
    if s.chars().all(|c| c.is_ascii_digit() || c == '.') && s.len() <= 9 {
        let n: f64 = s.parse().ok()?;
        if (1.0..200_000.0).contains(&n) {
            return excel_serial_to_date(n);
        }
        return None;
    }
    // A date-time text such as "1985-04-12 00:00:00": keep the date part.
    let s = s.split_whitespace().next()?;
    let s = s.split('T').next()?;
    let parts: Vec<&str> = s.split(['/', '-', '.']).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    let num = |x: &str| -> Option<u32> {
        if x.is_empty() || !x.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        x.parse().ok()
    };
    let (y, m, d) = if a.len() == 4 {
        (num(a)?, num(b)?, num(c)?)
    } else if c.len() == 4 && a.len() <= 2 && b.len() <= 2 {
        (num(c)?, num(b)?, num(a)?)
    } else {
        return None; // two-digit years are ambiguous: rejected rather than guessed
    };
    NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)
}

/// Parses a gender cell (Nam/Nữ/Male/Female/M/F; empty -> unspecified).
pub fn parse_gender(c: &Cell) -> Option<Gender> {
    if c.is_blank() {
        return Some(Gender::Unspecified);
    }
    match fold(&c.display()).as_str() {
        "khac" | "other" | "unspecified" | "khong ro" => Some(Gender::Unspecified),
        "nam" | "male" | "m" | "trai" => Some(Gender::Male),
        "nu" | "female" | "f" | "gai" => Some(Gender::Female),
        _ => None,
    }
}

/// Parses a yes/no cell (x, có, yes, 1, true / empty, không, no, 0, false).
pub fn parse_flag(c: &Cell) -> Option<bool> {
    match c {
        Cell::Bool(b) => Some(*b),
        Cell::Number(n) if *n == 1.0 => Some(true),
        Cell::Number(n) if *n == 0.0 => Some(false),
        _ if c.is_blank() => Some(false),
        _ => match fold(&c.display()).as_str() {
            "x" | "co" | "yes" | "y" | "1" | "true" | "dung" | "v" => Some(true),
            "khong" | "no" | "n" | "0" | "false" | "sai" => Some(false),
            _ => None,
        },
    }
}

/// Parses a survey answer (hằng ngày / hằng tuần / chuyển nhà, or English).
pub fn parse_preference(c: &Cell) -> Option<Preference> {
    if c.is_blank() {
        return Some(Preference::None);
    }
    match fold(&c.display()).as_str() {
        "khong" | "none" | "chua tra loi" | "khong tra loi" | "no answer" => Some(Preference::None),
        "hang ngay" | "di lai hang ngay" | "di ve hang ngay" | "ngay" | "daily"
        | "daily commute" | "dailycommute" => Some(Preference::DailyCommute),
        "hang tuan"
        | "di lai hang tuan"
        | "o nha cong vu"
        | "nha cong vu"
        | "tuan"
        | "weekly"
        | "weekly with housing"
        | "weeklywithhousing" => Some(Preference::WeeklyWithHousing),
        "chuyen nha" | "chuyen cho o" | "chuyen noi o" | "move" | "move home" | "movehome" => {
            Some(Preference::MoveHome)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_and_english_headers_are_guessed() {
        let cases = [
            ("Họ và tên", CadreField::Name),
            ("HỌ VÀ TÊN", CadreField::Name),
            ("Mã cán bộ", CadreField::Code),
            ("Đơn vị", CadreField::Unit),
            ("Đơn vị công tác", CadreField::Unit),
            ("Ngày sinh", CadreField::BirthDate),
            ("Ngày, tháng, năm sinh", CadreField::BirthDate),
            ("Giới tính", CadreField::Gender),
            ("Chức vụ", CadreField::Grade),
            ("Nơi ở", CadreField::Zone),
            ("  noi   O ", CadreField::Zone),
            ("Staff code", CadreField::Code),
            ("Date of birth", CadreField::BirthDate),
            ("Họ và tên cán bộ", CadreField::Name),
        ];
        for (h, f) in cases {
            assert_eq!(guess_field(h), Some(f), "{h}");
        }
        assert_eq!(guess_field("STT"), None);
        assert_eq!(guess_field("Mã đơn vị"), Some(CadreField::Unit));
    }

    #[test]
    fn dates_day_first_iso_and_excel_serials() {
        let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd);
        assert_eq!(parse_date_text("05/03/1980"), d(1980, 3, 5));
        assert_eq!(parse_date_text("5-3-1980"), d(1980, 3, 5));
        assert_eq!(parse_date_text("05.03.1980"), d(1980, 3, 5));
        assert_eq!(parse_date_text("1980-03-05"), d(1980, 3, 5));
        assert_eq!(parse_date_text("29221"), d(1980, 1, 1));
        assert_eq!(excel_serial_to_date(29221.0), d(1980, 1, 1));
        assert_eq!(excel_serial_to_date(1.0), d(1900, 1, 1));
        assert_eq!(excel_serial_to_date(61.0), d(1900, 3, 1));
        assert_eq!(parse_date_text("31/02/1980"), None);
        assert_eq!(parse_date_text("12/05/85"), None);
        assert_eq!(parse_date_text("hôm qua"), None);
    }

    #[test]
    fn saved_mapping_wins_over_guess() {
        let headers = vec!["Ho ten".to_owned(), "Cot A".to_owned()];
        let saved = vec![ColumnMapping {
            header: "cot a".into(),
            field: Some(CadreField::Zone),
        }];
        let m = mapping_for(&headers, &saved);
        assert_eq!(m[0].field, Some(CadreField::Name));
        assert_eq!(m[1].field, Some(CadreField::Zone));
    }

    #[test]
    fn mapping_text_round_trips_and_names_bad_lines() {
        let m = guess_mapping(&["Mã cán bộ".to_owned(), "STT".to_owned()]);
        let text = mapping_to_text(&m);
        assert_eq!(text, "Mã cán bộ = code\nSTT = -\n");
        assert_eq!(mapping_from_text(&text), Ok(m));
        let err = mapping_from_text("# c\nA = code\nB = birthday\nC\n").unwrap_err();
        assert_eq!(err.len(), 2);
        assert_eq!(err[0].line, 3);
        assert!(err[0].message.contains("unknown field `birthday`"));
        assert_eq!(err[1].line, 4);
    }

    fn csv(text: &str) -> Result<CsvRows, ImportError> {
        read_csv_rows(Path::new("ds.csv"), text.as_bytes())
    }

    fn row_numbers(text: &str) -> Vec<(usize, String)> {
        let rows = csv(text).expect("read").rows;
        rows.iter()
            .map(|r| {
                (
                    r.row,
                    r.cells.first().map(Cell::display).unwrap_or_default(),
                )
            })
            .collect()
    }

    #[test]
    fn csv_row_numbers_are_the_lines_an_editor_shows_for_lf_crlf_and_cr() {
        let want = vec![
            (1, "Code".to_owned()),
            (2, "A1".to_owned()),
            (4, "A2".to_owned()),
            (5, "A3".to_owned()),
        ];
        // A blank line 3 between the rows; the csv crate put A2 on line 2.
        for eol in ["\n", "\r\n", "\r"] {
            let text = ["Code,Name", "A1,x", "", "A2,y", "A3,z", ""].join(eol);
            assert_eq!(row_numbers(&text), want, "{eol:?}");
        }
        // A quoted cell over two lines: the next row is on line 4.
        for eol in ["\n", "\r\n"] {
            let text = format!("Code,Note{eol}A1,\"two{eol}lines\"{eol}A2,y{eol}");
            let rows = csv(&text).expect("read").rows;
            assert_eq!(
                rows.iter().map(|r| r.row).collect::<Vec<_>>(),
                vec![1, 2, 4]
            );
            assert_eq!(rows[1].cells[1], Cell::Text("two\nlines".into()));
        }
    }

    #[test]
    fn an_unclosed_quote_is_named_with_its_row_and_column() {
        let text = "Mã cán bộ,Họ và tên,Đơn vị,Nơi ở\r\nA1,\"Nguyễn Văn A,so-tc,p-1\r\nA2,Trần B,so-tc,p-1\r\n";
        let e = csv(text).err().expect("refused");
        assert!(matches!(
            e,
            ImportError::UnclosedQuote {
                row: 2,
                column: 2,
                closes_on: None,
                ..
            }
        ));
        assert_eq!(
            e.to_string(),
            "ds.csv, row 2: a quote \" opened in column 2 is never closed; the rows after it were read as one cell"
        );
        // Closed only by the quote of a later row: rows 2 to 4 would be one cell.
        let text = "Mã cán bộ,Họ và tên,Đơn vị,Nơi ở\nA1,\"Nguyễn Văn A,so-tc,p-1\nA2,Trần B,so-tc,p-1\nA3,\"Lê C\",so-tc,p-1\n";
        assert!(matches!(
            csv(text),
            Err(ImportError::UnclosedQuote {
                row: 2,
                column: 2,
                closes_on: Some(4),
                ..
            })
        ));
        // A quote inside an unquoted cell is text, and a real two-line note is fine.
        let ok = "Code,Name,Note\nA1,Nguyễn \"Bé\" Văn,\"line 1\nline 2\"\nA2,B,\n";
        let rows = csv(ok).expect("read").rows;
        assert_eq!(rows[1].cells[1], Cell::Text("Nguyễn \"Bé\" Văn".into()));
        assert_eq!(rows.len(), 3);
    }

    #[test]
    fn the_separator_is_the_one_that_makes_a_header_not_the_most_frequent() {
        // Semicolons separate; the notes are full of commas.
        let text = "Mã cán bộ;Họ và tên;Đơn vị;Nơi ở;Ghi chú\nA1;Nguyễn Văn A;so-tc;p-1;con nhỏ, ở xa, đi xe buýt, thứ 2, thứ 4, thứ 6\n";
        assert_eq!(sniff_delimiter(text), ';');
        // Commas inside quotes do not count.
        let text = "Code|Name|Note\nA1|\"a, b, c, d\"|x\nA2|B|\"e, f, g\"\n";
        assert_eq!(sniff_delimiter(text), '|');
        assert_eq!(sniff_delimiter("Staff code\tName\nA1\tB, C\n"), '\t');
        assert_eq!(sniff_delimiter("a,b\n1,2\n"), ',');
    }

    #[test]
    fn rows_starting_with_hash_are_data_and_only_our_audit_stamp_is_left_out() {
        let text = "Code,Name\n#12,Nguyễn Văn A\n# 13,Trần B\n\n# Audit stamp\n# Stamp id,abc\n";
        let read = csv(text).expect("read");
        assert_eq!(
            read.rows
                .iter()
                .map(|r| (r.row, r.cells[0].display()))
                .collect::<Vec<_>>(),
            vec![
                (1, "Code".to_owned()),
                (2, "#12".to_owned()),
                (3, "# 13".to_owned())
            ]
        );
        assert_eq!(read.stamp_rows, Some((5, 6)));
        // Without the stamp's label, trailing `#` rows are staff too.
        let read = csv("Code,Name\nA1,x\n#2,y\n").expect("read");
        assert_eq!(read.rows.len(), 3);
        assert_eq!(read.stamp_rows, None);
    }

    #[test]
    fn values_in_messages_have_control_characters_escaped_and_are_cut_when_long() {
        assert_eq!(shown("a\u{1b}[2Jb", Lang::En), "a\\u{1b}[2Jb");
        assert_eq!(
            shown("x\u{202e}y\u{9b}z\n", Lang::En),
            "x\\u{202e}y\\u{9b}z\\u{a}"
        );
        assert_eq!(shown("Sở Tài chính", Lang::Vi), "Sở Tài chính");
        let long = "ầ".repeat(10_000_000);
        let s = shown(&long, Lang::En);
        assert_eq!(s, format!("{}… (10000000 characters)", "ầ".repeat(77)));
        assert!(shown(&long, Lang::Vi).ends_with("… (10000000 ký tự)"));
        assert_eq!(shown(&"a".repeat(80), Lang::En), "a".repeat(80));
        let r = RejectReason::Unknown {
            field: CadreField::Unit,
            value: "\u{1b}]0;owned\u{7}".into(),
        };
        assert!(!r.describe(Lang::En).contains('\u{1b}'));
        assert!(r.describe(Lang::Vi).contains("\\u{1b}]0;owned\\u{7}"));
    }

    #[test]
    fn decomposed_text_cells_become_nfc() {
        // "Lạc" with a combining dot below, "ở" as o + horn + hook.
        assert_eq!(
            text_cell("La\u{0323}c o\u{031b}\u{0309}"),
            Cell::Text("Lạc ở".into())
        );
        assert_eq!(text_cell("'=1+1"), Cell::Text("=1+1".into()));
        assert_eq!(text_cell("'Ok"), Cell::Text("'Ok".into()));
    }

    #[test]
    fn each_field_goes_to_its_first_column() {
        let headers = vec!["Họ tên".to_owned(), "Tên".to_owned()];
        let m = guess_mapping(&headers);
        assert_eq!(m[0].field, Some(CadreField::Name));
        assert_eq!(m[1].field, None);
    }
}
