//! Reading a staff file (CSV or spreadsheet) into a [`StaffTable`] of raw
//! cells, finding its header row, and recognising HQ Planner's own anonymised
//! exports.

use std::path::{Path, PathBuf};

use super::cells::Cell;
use super::csv::read_csv_rows;
use super::error::{AnonymisedEvidence, ImportError};
use super::mapping::guess_field;
use super::sheet::read_spreadsheet_rows;
use crate::core::plan::{CadreField, ColumnMapping};
use crate::core::report::labels::L;
use crate::core::report::{Lang, Phase, Progress};
use crate::core::text::fold::fold;

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
pub(super) fn name_is_code(name: &str, code: &str) -> bool {
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

/// Whether a row looks like a staff-list header (two or more known headers).
pub(super) fn looks_like_header(cells: &[Cell]) -> bool {
    cells
        .iter()
        .filter(|c| guess_field(&c.display()).is_some())
        .count()
        >= 2
}
