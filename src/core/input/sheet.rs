//! Reading a spreadsheet (XLSX, XLSM, XLSB, XLS, ODS) with calamine.

use std::path::Path;

use chrono::NaiveDate;

use super::cells::{Cell, text_cell};
use super::error::ImportError;
use super::table::{RawRow, looks_like_header};

/// Reads the worksheet that holds the staff list: the first one whose first 20
/// rows contain a recognisable header row (so a workbook exported by HQ Planner,
/// whose first sheet is a summary, imports from its Cadres sheet), else the first.
pub(super) fn read_spreadsheet_rows(path: &Path) -> Result<(String, Vec<RawRow>), ImportError> {
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
