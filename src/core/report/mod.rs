//! Committee exports (XLSX, PDF, CSV). The staff import is in [`crate::core::input`].
//!
//! Pure library: no UI. The app and the CLI call the same functions. Long
//! operations take a `progress` callback (`&mut dyn FnMut(Progress)`); the app
//! wraps a channel sender in it, the CLI passes `&mut |_| {}` or prints.
//!
//! Exports are built in two steps: [`model::ReportModel::build`] turns a plan,
//! a scenario and its [`crate::core::solve::Solution`] into plain rows (names
//! resolved, anonymised if asked, sorted), then each writer lays those rows out.
//! The writers never look at the plan themselves, so every format shows the
//! same numbers.

pub mod audit;
pub mod columns;
pub mod csv_out;
/// Number and date formatting now lives with the other text in [`crate::core::text::fmt`].
pub use crate::core::text::fmt;
pub mod labels;
pub mod model;
pub mod pdf;
/// Reasons, why-nots and findings as sentences now live with the other text in [`crate::core::text::reasons`].
pub use crate::core::text::reasons;
pub mod xlsx;

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

pub use audit::AuditStamp;
pub use model::{ExportOptions, ReportModel, SignOff};

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// No scenario was given to export.
    #[error("nothing to export: no scenario given")]
    NothingToExport,
    /// Writing the workbook failed.
    #[error("cannot build the workbook: {0}")]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
    /// Writing the CSV failed.
    #[error("cannot build the CSV: {0}")]
    Csv(#[from] csv::Error),
    /// Building the PDF failed.
    #[error("cannot build the PDF: {0}")]
    Pdf(String),
    /// The output file could not be written; nothing was left half-written.
    // The cause is the `source`, so it is not repeated in the message: the
    // command line prints the chain with `{:#}`.
    #[error("cannot write {}", path.display())]
    Io {
        /// Output path.
        path: PathBuf,
        /// Underlying error.
        source: std::io::Error,
    },
}

/// Export file formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ExportFormat {
    /// Excel workbook.
    Xlsx,
    /// PDF committee report.
    Pdf,
    /// Per-cadre CSV.
    Csv,
}

impl ExportFormat {
    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Xlsx => "xlsx",
            ExportFormat::Pdf => "pdf",
            ExportFormat::Csv => "csv",
        }
    }
}

/// The bytes of an export of `models` (the first is the scenario reported in
/// detail; the others only feed the XLSX Comparison sheet).
pub fn export_bytes(
    models: &[ReportModel],
    format: ExportFormat,
    progress: &mut dyn FnMut(Progress),
) -> Result<Vec<u8>, ReportError> {
    let Some(first) = models.first() else {
        return Err(ReportError::NothingToExport);
    };
    match format {
        ExportFormat::Xlsx => xlsx::workbook_bytes(models, progress),
        ExportFormat::Csv => csv_out::csv_bytes(first, progress),
        ExportFormat::Pdf => pdf::pdf_bytes(first, progress),
    }
}

/// Writes an export to `path`: into a temporary file beside it first, renamed
/// over `path` only when complete, so a failed export never leaves a truncated file.
pub fn write_export(
    models: &[ReportModel],
    format: ExportFormat,
    path: &Path,
    progress: &mut dyn FnMut(Progress),
) -> Result<(), ReportError> {
    let bytes = export_bytes(models, format, progress)?;
    write_file(path, &bytes)
}

/// Writes bytes to `path` atomically (see [`crate::core::file::write_atomic_with`]):
/// a failure leaves the previous file intact and no temporary file behind.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), ReportError> {
    use crate::core::file::WriteError;
    crate::core::file::write_bytes_atomic(path, bytes).map_err(|e| match e {
        WriteError::Io { path, cause } => ReportError::Io {
            path,
            source: cause,
        },
        WriteError::ReadOnly { ref path } | WriteError::Changed { ref path } => {
            let why = std::io::Error::new(std::io::ErrorKind::PermissionDenied, e.to_string());
            ReportError::Io {
                path: path.clone(),
                source: why,
            }
        }
    })
}

/// Language of an export's texts: the one [`crate::core::text::Lang`].
pub use crate::core::text::Lang;

/// What a long operation is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Phase {
    /// Reading a file.
    Reading,
    /// Checking imported rows.
    Checking,
    /// Building the report's rows.
    Building,
    /// Writing the output file.
    Writing,
}

/// Progress of an import or export: `done` of `total` steps in `phase`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    /// Current phase.
    pub phase: Phase,
    /// Steps done.
    pub done: usize,
    /// Steps in this phase (at least 1).
    pub total: usize,
}

impl Progress {
    /// A progress report.
    pub fn new(phase: Phase, done: usize, total: usize) -> Self {
        Self {
            phase,
            done,
            total: total.max(1),
        }
    }

    /// Completed share of the phase, 0..=1.
    pub fn share(&self) -> f64 {
        (self.done as f64 / self.total as f64).clamp(0.0, 1.0)
    }
}
