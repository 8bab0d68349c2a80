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

use crate::gui::i18n::Tr;

/// Why a file operation failed, in the app's language for the usual causes
/// (the system's own words otherwise).
pub fn io_reason(tx: Tr, e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    let known = match e.kind() {
        K::NotFound => Some(tx.t("no such file or folder")),
        K::PermissionDenied => Some(tx.t("permission denied")),
        K::StorageFull => Some(tx.t("the disk is full")),
        K::ReadOnlyFilesystem => Some(tx.t("the disk is read-only")),
        K::IsADirectory => Some(tx.t("it is a folder, not a file")),
        K::InvalidData => Some(tx.t("the file's content cannot be read")),
        _ => None,
    };
    known.map_or_else(|| e.to_string(), str::to_owned)
}

/// An import error in the app's language, naming the file (and the line when
/// known). `file` is the file being imported, named when the error itself has
/// no path (a missing column).
pub fn import_error_text(tx: Tr, e: &ImportError, file: &Path) -> String {
    let p = |path: &Path| path.display().to_string();
    match e {
        ImportError::Io { path, source } => tx.tf(
            "Cannot read {path}: {why}",
            &[("path", p(path)), ("why", io_reason(tx, source))],
        ),
        ImportError::NotUtf8 { path, line } => tx.tf(
            "{path}, line {line}: the file is not UTF-8 text; save it as “CSV UTF-8”",
            &[("path", p(path)), ("line", line.to_string())],
        ),
        ImportError::Csv {
            path,
            line,
            message,
        } => tx.tf(
            "{path}, line {line}: the CSV text cannot be read ({detail})",
            &[
                ("path", p(path)),
                ("line", line.to_string()),
                ("detail", message.clone()),
            ],
        ),
        ImportError::Spreadsheet { path, message } => tx.tf(
            "{path}: the spreadsheet cannot be opened ({detail})",
            &[("path", p(path)), ("detail", message.clone())],
        ),
        ImportError::NoWorksheet { path } => tx.tf(
            "{path}: the workbook has no worksheet",
            &[("path", p(path))],
        ),
        ImportError::Empty { path } => tx.tf(
            "{path}: the file is empty (no header row found)",
            &[("path", p(path))],
        ),
        ImportError::UnknownFormat { path } => tx.tf(
            "{path}: unknown staff file type (expected .csv, .xlsx, .xls or .ods)",
            &[("path", p(path))],
        ),
        ImportError::MissingColumn(field) => tx.tf(
            "{path}: no column is mapped to {field}; map one (e.g. a header “{hint}”)",
            &[
                ("path", p(file)),
                (
                    "field",
                    input::field_label(field.0, tx.lang).to_owned(),
                ),
                ("hint", field.vietnamese_header().to_owned()),
            ],
        ),
        ImportError::AnonymisedExport { path, evidence } => {
            let why = match evidence {
                AnonymisedEvidence::ExportColumns { stamp: Some(id) } => tx.tf(
                    "audit stamp {id}; the per-cadre export's columns without names, birth dates or gender",
                    &[("id", id.clone())],
                ),
                AnonymisedEvidence::ExportColumns { stamp: None } => tx
                    .t("the per-cadre export's columns without names, birth dates or gender")
                    .to_owned(),
                AnonymisedEvidence::NamesAreCodes { same, with_code } => tx.tf(
                    "in {same} of {total} rows the name is the staff code",
                    &[
                        ("same", tx.int(*same as u32)),
                        ("total", tx.int(*with_code as u32)),
                    ],
                ),
            };
            tx.tf(
                "{path}: this looks like an anonymised HQ Planner export ({why}); importing it could put staff codes where real names belong, so nothing was imported. Import the personnel office's staff list (or a named export) instead.",
                &[("path", p(path)), ("why", why)],
            )
        }
        ImportError::UnclosedQuote {
            path,
            row,
            column,
            closes_on,
        } => {
            // `end` is only in the text of a quote closed on a later row.
            let args = [
                ("path", p(path)),
                ("q", "\"".to_owned()),
                ("row", row.to_string()),
                ("column", column.to_string()),
                ("end", closes_on.map(|end| end.to_string()).unwrap_or_default()),
            ];
            match closes_on {
                None => tx.tf(
                    "{path}, row {row}: a quote {q} opened in column {column} is never closed; the rows after it were read as one cell. Close the quote (or remove it) and import again.",
                    &args,
                ),
                Some(_) => tx.tf(
                    "{path}, row {row}: a quote {q} opened in column {column} is not closed on its row but on row {end}; rows {row} to {end} were read as one cell. Close the quote (or remove it) and import again.",
                    &args,
                ),
            }
        }
        ImportError::WouldRemoveEveryone { path, staff, kept } => tx.tf(
            "{path}: replacing the staff list with this file would remove all {staff} staff of the plan ({kept} left after the import). Tick “Yes, remove all {staff} staff” to do it anyway.",
            &[
                ("path", p(path)),
                ("staff", tx.int(*staff as u32)),
                ("kept", tx.int(*kept as u32)),
            ],
        ),
        ImportError::Write { path, message } => tx.tf(
            "Cannot write {path}: {why}",
            &[("path", p(path)), ("why", message.clone())],
        ),
    }
}

/// An export error in the app's language, naming the output file.
pub fn report_error_text(tx: Tr, e: &ReportError, file: &Path) -> String {
    let p = |path: &Path| path.display().to_string();
    match e {
        ReportError::NothingToExport => tx.tf(
            "{path}: nothing to export (no solved scenario ticked)",
            &[("path", p(file))],
        ),
        ReportError::Xlsx(x) => tx.tf(
            "Cannot build the workbook {path} ({detail})",
            &[("path", p(file)), ("detail", x.to_string())],
        ),
        ReportError::Csv(x) => tx.tf(
            "Cannot build the CSV file {path} ({detail})",
            &[("path", p(file)), ("detail", x.to_string())],
        ),
        ReportError::Pdf(x) => tx.tf(
            "Cannot build the PDF {path} ({detail})",
            &[("path", p(file)), ("detail", x.clone())],
        ),
        ReportError::Io { path, source } => tx.tf(
            "Cannot write {path}: {why}",
            &[("path", p(path)), ("why", io_reason(tx, source))],
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
            tx.tf("Cannot start the import: {why}", &[("why", why.clone())])
        }
        (Work::Export, JobError::CannotStart(why)) => {
            tx.tf("Cannot start the export: {why}", &[("why", why.clone())])
        }
        (Work::Import, JobError::Panicked(_)) => tx.t("The import stopped unexpectedly").to_owned(),
        (Work::Export, JobError::Panicked(_)) => tx.t("The export stopped unexpectedly").to_owned(),
    }
}

/// The words of an export phase.
fn phase_words(tx: Tr, p: report::Phase) -> &'static str {
    match p {
        report::Phase::Reading => tx.t("Reading the file"),
        report::Phase::Checking => tx.t("Checking the rows"),
        report::Phase::Building => tx.t("Preparing the figures"),
        report::Phase::Writing => tx.t("Writing the file"),
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
        .unwrap_or((0.0, tx.t("Starting")));
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
