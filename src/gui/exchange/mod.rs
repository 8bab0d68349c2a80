//! File > Import a staff list (with a preview of accepted and rejected rows and
//! the column mapping) and File > Export (XLSX, PDF, CSV) of the current
//! scenario, through `core::report`. Exports run on a worker thread.
//!
//! `import_dialog` holds the import dialog and its worker, `export_worker`
//! the export job, `export_dialog` the export dialog; this module keeps the
//! error wording and the progress bar they share.

mod export_dialog;
mod export_worker;
mod import_dialog;

pub use export_dialog::{ExportAction, ExportChoice, ExportDialog, export_dialog_ui, show_folder};
pub use export_worker::{ExportJob, ExportRequest, start_export};
pub use import_dialog::{ImportDialog, PREVIEW_ROWS, import_dialog_ui};

use std::path::Path;

use eframe::egui;

use crate::core::input::{self, AnonymisedEvidence, ImportError};
use crate::core::job::JobError;
use crate::core::report::{self, ReportError};
use crate::gui::i18n::t;

use crate::gui::i18n::Tr;

/// Why a file operation failed, in the app's language for the usual causes
/// (the system's own words otherwise).
pub fn io_reason(tx: Tr, e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    let known = match e.kind() {
        K::NotFound => Some(t!(tx, "exchange-no-such-file-or")),
        K::PermissionDenied => Some(t!(tx, "exchange-permission-denied")),
        K::StorageFull => Some(t!(tx, "exchange-disk-is-full")),
        K::ReadOnlyFilesystem => Some(t!(tx, "exchange-disk-is-read-only")),
        K::IsADirectory => Some(t!(tx, "exchange-it-is-folder-not")),
        K::InvalidData => Some(t!(tx, "exchange-file-content-cannot-be")),
        _ => None,
    };
    known.unwrap_or_else(|| e.to_string())
}

/// An import error in the app's language, naming the file (and the line when
/// known). `file` is the file being imported, named when the error itself has
/// no path (a missing column).
pub fn import_error_text(tx: Tr, e: &ImportError, file: &Path) -> String {
    let p = |path: &Path| path.display().to_string();
    match e {
        ImportError::Io { path, source } => t!(
            tx,
            "exchange-cannot-read-path-why",
            path = p(path),
            why = io_reason(tx, source)
        ),
        ImportError::NotUtf8 { path, line } => t!(
            tx,
            "exchange-path-line-line-file",
            path = p(path),
            line = line.to_string()
        ),
        ImportError::Csv {
            path,
            line,
            message,
        } => t!(
            tx,
            "exchange-path-line-line-csv",
            path = p(path),
            line = line.to_string(),
            detail = message.clone()
        ),
        ImportError::Spreadsheet { path, message } => t!(
            tx,
            "exchange-path-spreadsheet-cannot-be",
            path = p(path),
            detail = message.clone()
        ),
        ImportError::NoWorksheet { path } => {
            t!(tx, "exchange-path-workbook-has-no", path = p(path))
        }
        ImportError::Empty { path } => t!(tx, "exchange-path-file-is-empty", path = p(path)),
        ImportError::UnknownFormat { path } => {
            t!(tx, "exchange-path-unknown-staff-file", path = p(path))
        }
        ImportError::MissingColumn(field) => t!(
            tx,
            "exchange-path-no-column-is",
            path = p(file),
            field = input::field_label(field.0, tx.lang).to_owned(),
            hint = field.vietnamese_header().to_owned()
        ),
        ImportError::AnonymisedExport { path, evidence } => {
            let why = match evidence {
                AnonymisedEvidence::ExportColumns { stamp: Some(id) } => {
                    t!(tx, "exchange-audit-stamp-id-per", id = id.clone())
                }
                AnonymisedEvidence::ExportColumns { stamp: None } => {
                    t!(tx, "exchange-per-cadre-export-columns")
                }
                AnonymisedEvidence::NamesAreCodes { same, with_code } => t!(
                    tx,
                    "exchange-in-same-of-total",
                    same = tx.int(*same as u32),
                    total = tx.int(*with_code as u32)
                ),
            };
            t!(
                tx,
                "exchange-path-this-looks-like",
                path = p(path),
                why = why
            )
        }
        ImportError::UnclosedQuote {
            path,
            row,
            column,
            closes_on,
        } => {
            let (path, row, column) = (p(path), row.to_string(), column.to_string());
            match closes_on {
                None => t!(
                    tx,
                    "exchange-path-row-row-quote",
                    path = path,
                    q = "\"",
                    row = row,
                    column = column
                ),
                Some(end) => t!(
                    tx,
                    "exchange-path-row-row-quote-q-opened",
                    path = path,
                    q = "\"",
                    row = row,
                    column = column,
                    end = end.to_string()
                ),
            }
        }
        ImportError::WouldRemoveEveryone { path, staff, kept } => t!(
            tx,
            "exchange-path-replacing-staff-list",
            path = p(path),
            staff = tx.int(*staff as u32),
            kept = tx.int(*kept as u32)
        ),
        ImportError::Write { path, message } => t!(
            tx,
            "exchange-cannot-write-path-why",
            path = p(path),
            why = message.clone()
        ),
    }
}

/// An export error in the app's language, naming the output file.
pub fn report_error_text(tx: Tr, e: &ReportError, file: &Path) -> String {
    let p = |path: &Path| path.display().to_string();
    match e {
        ReportError::NothingToExport => t!(tx, "exchange-path-nothing-to-export", path = p(file)),
        ReportError::Xlsx(x) => t!(
            tx,
            "exchange-cannot-build-workbook-path",
            path = p(file),
            detail = x.to_string()
        ),
        ReportError::Csv(x) => t!(
            tx,
            "exchange-cannot-build-csv-file",
            path = p(file),
            detail = x.to_string()
        ),
        ReportError::Pdf(x) => t!(
            tx,
            "exchange-cannot-build-pdf-path",
            path = p(file),
            detail = x.clone()
        ),
        ReportError::Io { path, source } => t!(
            tx,
            "exchange-cannot-write-path-why",
            path = p(path),
            why = io_reason(tx, source)
        ),
    }
}

/// Which exchange a job ran, for the words of its failure.
#[derive(Debug, Clone, Copy)]
enum Work {
    /// Reading and checking a staff list.
    Import,
    /// Writing an export.
    Export,
}

/// Why an import or export job ended without its own result, in the app's
/// language.
fn job_error_text(tx: Tr, work: Work, e: &JobError) -> String {
    match (work, e) {
        (Work::Import, JobError::CannotStart(why)) => {
            t!(tx, "exchange-cannot-start-import-why", why = why.clone())
        }
        (Work::Export, JobError::CannotStart(why)) => {
            t!(tx, "exchange-cannot-start-export-why", why = why.clone())
        }
        (Work::Import, JobError::Panicked(_)) => t!(tx, "exchange-import-stopped-unexpectedly"),
        (Work::Export, JobError::Panicked(_)) => t!(tx, "exchange-export-stopped-unexpectedly"),
    }
}

/// The words of an export phase.
fn phase_words(tx: Tr, p: report::Phase) -> String {
    match p {
        report::Phase::Reading => t!(tx, "exchange-reading-file"),
        report::Phase::Checking => t!(tx, "exchange-checking-rows"),
        report::Phase::Building => t!(tx, "exchange-preparing-figures"),
        report::Phase::Writing => t!(tx, "exchange-writing-file"),
    }
}

/// A spinner with `what`, and a bar with the phase and its share done.
pub(super) fn work_progress_ui(
    ui: &mut egui::Ui,
    tx: Tr,
    what: &str,
    last: Option<report::Progress>,
) {
    ui.horizontal(|ui| {
        ui.spinner();
        ui.label(what);
    });
    let (share, words) = last
        .map(|p| (p.share() as f32, phase_words(tx, p.phase)))
        .unwrap_or((0.0, t!(tx, "exchange-starting")));
    ui.add(egui::ProgressBar::new(share).text(words).animate(true));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::input::FieldName;
    use crate::core::plan::CadreField;
    use crate::gui::i18n::Lang;
    use std::path::PathBuf;

    fn io(kind: std::io::ErrorKind) -> std::io::Error {
        std::io::Error::new(kind, "os says no")
    }

    fn file() -> PathBuf {
        PathBuf::from("/tmp/danh-sach-cán-bộ.xlsx")
    }

    /// One error of every variant, each naming `file()`.
    fn import_errors() -> Vec<ImportError> {
        let path = file();
        vec![
            ImportError::Io {
                path: path.clone(),
                source: io(std::io::ErrorKind::NotFound),
            },
            ImportError::NotUtf8 {
                path: path.clone(),
                line: 7,
            },
            ImportError::Csv {
                path: path.clone(),
                line: 7,
                message: "found record with 3 fields".into(),
            },
            ImportError::Spreadsheet {
                path: path.clone(),
                message: "zip error".into(),
            },
            ImportError::NoWorksheet { path: path.clone() },
            ImportError::Empty { path: path.clone() },
            ImportError::UnknownFormat { path: path.clone() },
            ImportError::MissingColumn(FieldName(CadreField::Unit)),
            ImportError::AnonymisedExport {
                path: path.clone(),
                evidence: AnonymisedEvidence::ExportColumns {
                    stamp: Some("adec48d669157b55".into()),
                },
            },
            ImportError::AnonymisedExport {
                path: path.clone(),
                evidence: AnonymisedEvidence::ExportColumns { stamp: None },
            },
            ImportError::AnonymisedExport {
                path: path.clone(),
                evidence: AnonymisedEvidence::NamesAreCodes {
                    same: 2_000,
                    with_code: 2_582,
                },
            },
            ImportError::Write {
                path: path.clone(),
                message: "disk full".into(),
            },
            ImportError::UnclosedQuote {
                path: path.clone(),
                row: 7,
                column: 2,
                closes_on: None,
            },
            ImportError::UnclosedQuote {
                path: path.clone(),
                row: 7,
                column: 2,
                closes_on: Some(9),
            },
            ImportError::WouldRemoveEveryone {
                path,
                staff: 2_582,
                kept: 0,
            },
        ]
    }

    #[test]
    fn every_import_error_is_worded_in_both_languages_with_the_file() {
        let (en, vi) = (Tr::new(Lang::En), Tr::new(Lang::Vi));
        let name = file().display().to_string();
        for e in import_errors() {
            let (te, tv) = (
                import_error_text(en, &e, &file()),
                import_error_text(vi, &e, &file()),
            );
            assert!(te.contains(&name), "{te}");
            assert!(tv.contains(&name), "{tv}");
            assert_ne!(te, tv, "{e:?} is not translated");
            // Every placeholder was filled.
            assert!(!te.contains('{') && !tv.contains('{'), "{te} / {tv}");
            if let ImportError::NotUtf8 { .. } | ImportError::Csv { .. } = e {
                assert!(
                    te.contains("line 7") && tv.contains("dòng 7"),
                    "{te} / {tv}"
                );
            }
        }
        // The details a person needs survive the translation.
        let texts: Vec<String> = import_errors()
            .iter()
            .map(|e| import_error_text(vi, e, &file()))
            .collect();
        assert!(
            texts[0].contains("không có tệp hoặc thư mục này"),
            "{}",
            texts[0]
        );
        assert!(texts[4].contains("không có trang tính"), "{}", texts[4]);
        assert!(texts[7].contains("Đơn vị"), "{}", texts[7]);
        assert!(texts[8].contains("adec48d669157b55") && texts[8].contains("ẩn danh"));
        assert!(texts[10].contains("2.000/2.582"), "{}", texts[10]);
        assert!(import_error_text(en, &import_errors()[10], &file()).contains("2,000 of 2,582"));
        assert!(texts[12].contains("dòng 7") && texts[12].contains("cột 2"));
        assert!(texts[13].contains("dòng 9"), "{}", texts[13]);
        assert!(texts[14].contains("2.582 cán bộ"), "{}", texts[14]);
    }

    #[test]
    fn every_export_error_is_worded_in_both_languages_with_the_file() {
        let (en, vi) = (Tr::new(Lang::En), Tr::new(Lang::Vi));
        let out = PathBuf::from("/tmp/báo-cáo.pdf");
        let errors = vec![
            ReportError::NothingToExport,
            ReportError::Xlsx(rust_xlsxwriter::XlsxError::ParameterError("x".into())),
            ReportError::Csv(csv::Error::from(io(std::io::ErrorKind::Other))),
            ReportError::Pdf("font".into()),
            ReportError::Io {
                path: out.clone(),
                source: io(std::io::ErrorKind::PermissionDenied),
            },
        ];
        for e in &errors {
            let (te, tv) = (
                report_error_text(en, e, &out),
                report_error_text(vi, e, &out),
            );
            assert!(te.contains("/tmp/báo-cáo.pdf"), "{te}");
            assert!(tv.contains("/tmp/báo-cáo.pdf"), "{tv}");
            assert_ne!(te, tv, "{e:?} is not translated");
            assert!(!te.contains('{') && !tv.contains('{'), "{te} / {tv}");
        }
        assert!(report_error_text(vi, &errors[4], &out).contains("không có quyền truy cập"));
        // An unusual system error keeps the system's words.
        assert!(io_reason(vi, &io(std::io::ErrorKind::Other)).contains("os says no"));
    }
}
