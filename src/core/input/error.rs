//! Why a staff file could not be read or imported as a whole.

use std::fmt;
use std::path::PathBuf;

use super::mapping::field_label;
use crate::core::plan::CadreField;
use crate::core::report::Lang;

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
