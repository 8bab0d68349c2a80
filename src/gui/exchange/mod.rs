//! File > Import a staff list (with a preview of accepted and rejected rows and
//! the column mapping) and File > Export (XLSX, PDF, CSV) of the current
//! scenario, through `core::report`. Exports run on a worker thread.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use eframe::egui::{self, RichText};

use crate::core::file;
use crate::core::input::{
    self, AnonymisedEvidence, ImportError, ImportMode, ImportOptions, ImportPreview, StaffTable,
};
use crate::core::plan::{CadreField, ColumnMapping, Plan};
use crate::core::report::{self, ExportFormat, ExportOptions, ReportError, ReportModel, SignOff};

use super::app::Command;
use super::i18n::{Lang, Tr};
use super::solver::ScenarioResult;
use super::widgets as w;

fn report_lang(l: Lang) -> report::Lang {
    match l {
        Lang::En => report::Lang::En,
        Lang::Vi => report::Lang::Vi,
    }
}

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
                    input::field_label(field.0, report_lang(tx.lang)).to_owned(),
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
            closes_on: None,
        } => tx.tf(
            "{path}, row {row}: a quote {q} opened in column {column} is never closed; the rows after it were read as one cell. Close the quote (or remove it) and import again.",
            &[
                ("path", p(path)),
                ("q", "\"".to_owned()),
                ("row", row.to_string()),
                ("column", column.to_string()),
            ],
        ),
        ImportError::UnclosedQuote {
            path,
            row,
            column,
            closes_on: Some(end),
        } => tx.tf(
            "{path}, row {row}: a quote {q} opened in column {column} is not closed on its row but on row {end}; rows {row} to {end} were read as one cell. Close the quote (or remove it) and import again.",
            &[
                ("path", p(path)),
                ("q", "\"".to_owned()),
                ("row", row.to_string()),
                ("column", column.to_string()),
                ("end", end.to_string()),
            ],
        ),
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

/// What the export worker reports.
#[derive(Debug)]
enum ExportMsg {
    /// A step of the export.
    Progress(report::Progress),
    /// Finished: written, or why not.
    Done(Result<(), String>),
}

/// An export running on a worker thread.
#[derive(Debug)]
pub struct ExportJob {
    /// Where it writes.
    pub path: PathBuf,
    /// The last step reported.
    pub last: Option<report::Progress>,
    rx: Receiver<ExportMsg>,
    tx: Tr,
}

impl ExportJob {
    /// Takes the worker's reports; the outcome once finished.
    pub fn poll(&mut self) -> Option<Result<(), String>> {
        loop {
            match self.rx.try_recv() {
                Ok(ExportMsg::Progress(p)) => self.last = Some(p),
                Ok(ExportMsg::Done(r)) => return Some(r),
                Err(TryRecvError::Empty) => return None,
                Err(TryRecvError::Disconnected) => {
                    return Some(Err(self.tx.t("The export stopped unexpectedly").to_owned()));
                }
            }
        }
    }
}

/// What to export, as chosen in the Export dialog.
#[derive(Debug, Clone)]
pub struct ExportRequest {
    /// File format.
    pub format: ExportFormat,
    /// Output file.
    pub path: PathBuf,
    /// Language of the export's texts.
    pub lang: Lang,
    /// Names replaced by staff codes; birth dates and gender left out.
    pub anonymize: bool,
    /// Names and dates of the sign-off block.
    pub sign_off: SignOff,
    /// PDF: include the per-cadre appendix.
    pub staff_list: bool,
}

impl ExportRequest {
    /// The PDF layout options this request asks for.
    pub fn pdf_options(&self) -> report::pdf::PdfOptions {
        report::pdf::PdfOptions {
            staff_list: self.staff_list,
        }
    }
}

/// Starts exporting `results` (the first reported in detail, the others only
/// on the workbook's Comparison sheet) on a worker thread; errors are worded
/// in `tx`'s language.
pub fn start_export(
    req: ExportRequest,
    results: Vec<ScenarioResult>,
    repaint: egui::Context,
    tx: Tr,
) -> ExportJob {
    let ui = tx;
    let (tx, rx) = channel();
    let path = req.path.clone();
    let worker_tx = tx.clone();
    let spawned = std::thread::Builder::new()
        .name("hq-export".into())
        .spawn(move || {
            let progress_repaint = repaint.clone();
            let progress_tx = worker_tx.clone();
            let mut progress = move |p: report::Progress| {
                let _ = progress_tx.send(ExportMsg::Progress(p));
                progress_repaint.request_repaint();
            };
            let r = export(&req, &results, ui, &mut progress);
            let _ = worker_tx.send(ExportMsg::Done(r));
            repaint.request_repaint();
        });
    if let Err(e) = spawned {
        let _ = tx.send(ExportMsg::Done(Err(
            ui.tf("Cannot start the export: {why}", &[("why", e.to_string())])
        )));
    }
    ExportJob {
        path,
        last: None,
        rx,
        tx: ui,
    }
}

fn export(
    req: &ExportRequest,
    results: &[ScenarioResult],
    tx: Tr,
    progress: &mut dyn FnMut(report::Progress),
) -> Result<(), String> {
    let prepare = |e: String| tx.tf("Cannot prepare the export: {why}", &[("why", e)]);
    let opts = ExportOptions {
        lang: report_lang(req.lang),
        anonymize: req.anonymize,
        exported_at: chrono::Local::now().naive_local(),
        sign_off: req.sign_off.clone(),
    };
    let mut models = Vec::new();
    for (k, r) in results.iter().enumerate() {
        progress(report::Progress::new(
            report::Phase::Building,
            k,
            results.len(),
        ));
        let plan = r.checked.plan();
        let Some(scenario) = plan.scenario(&r.solution.scenario) else {
            continue;
        };
        let bytes = file::to_ron(plan).map_err(|e| prepare(e.to_string()))?;
        let violations =
            crate::core::solve::check(&r.checked, &scenario.id, r.baseline.as_ref(), &r.solution)
                .map_err(|e| prepare(e.to_string()))?;
        models.push(ReportModel::build(
            plan,
            bytes.as_bytes(),
            scenario,
            &r.solution,
            &violations,
            &opts,
        ));
    }
    let written = if req.format == ExportFormat::Pdf {
        match models.first() {
            Some(m) => report::pdf::pdf_bytes_with(m, req.pdf_options(), progress)
                .and_then(|bytes| report::write_file(&req.path, &bytes)),
            None => Err(report::ReportError::NothingToExport),
        }
    } else {
        report::write_export(&models, req.format, &req.path, progress)
    };
    written.map_err(|e| report_error_text(tx, &e, &req.path))
}

/// Rows of the PDF staff list on a page, on average, for the page estimate.
const STAFF_ROWS_PER_PAGE: usize = 19;

/// A solved scenario the Export dialog offers.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportChoice {
    /// Scenario id.
    pub id: String,
    /// Scenario name.
    pub name: String,
    /// The plan changed since it was solved.
    pub stale: bool,
    /// Cadres assigned in its solution (for the PDF page estimate).
    pub cadres: usize,
}

/// The Export dialog: format, scenarios, language, anonymisation, sign-off
/// names and the output file; then progress and "Show folder".
#[derive(Debug)]
pub struct ExportDialog {
    /// File format.
    pub format: ExportFormat,
    /// Ticked scenario ids (the current scenario first when ticked).
    pub scenarios: Vec<String>,
    /// Language of the export.
    pub lang: Lang,
    /// Anonymise.
    pub anonymize: bool,
    /// Sign-off names (the dates are parsed from [`Self::sign_off_dates`]).
    pub sign_off: SignOff,
    /// Sign-off dates as typed (prepared, reviewed, approved); empty: none.
    /// Per export, never remembered.
    pub sign_off_dates: [String; 3],
    /// PDF: include the per-cadre appendix.
    pub staff_list: bool,
    /// Output file as typed or chosen.
    pub path: String,
    /// The running export.
    pub job: Option<ExportJob>,
    /// The file written by the last export of this dialog.
    pub written: Option<PathBuf>,
    /// Why the last export failed.
    pub failed: Option<String>,
}

/// What the person asked for in the Export dialog.
#[derive(Debug, Clone, PartialEq)]
pub enum ExportAction {
    /// Start the export.
    Start,
    /// Choose the output file with the system dialog.
    Browse,
    /// Open the folder of the written file.
    ShowFolder(PathBuf),
    /// Close the dialog.
    Close,
}

impl ExportDialog {
    /// A dialog for `current` (ticked), with the remembered choices.
    /// Exports default to Vietnamese (committees work in Vietnamese) and to the
    /// folder of the last export, else the plan file's folder.
    pub fn new(
        current: Option<&str>,
        prefs: &super::settings::ExportPrefs,
        plan_name: &str,
        plan_dir: Option<&Path>,
    ) -> Self {
        let format = ExportFormat::Xlsx;
        let stem: String = plan_name
            .chars()
            .map(|c| {
                if c.is_alphanumeric() || c == '-' {
                    c
                } else {
                    '-'
                }
            })
            .collect();
        let stem = if stem.trim_matches('-').is_empty() {
            "hq-planner-export".to_owned()
        } else {
            stem
        };
        let path = prefs
            .folder
            .as_deref()
            .or(plan_dir)
            .map(|f| {
                f.join(format!("{stem}.{}", format.extension()))
                    .display()
                    .to_string()
            })
            .unwrap_or_default();
        Self {
            format,
            scenarios: current.map(|c| vec![c.to_owned()]).unwrap_or_default(),
            lang: Lang::Vi,
            anonymize: prefs.anonymize,
            sign_off: SignOff {
                prepared_by: prefs.prepared_by.clone(),
                reviewed_by: prefs.reviewed_by.clone(),
                approved_by: prefs.approved_by.clone(),
                ..SignOff::default()
            },
            sign_off_dates: Default::default(),
            staff_list: prefs.staff_list,
            path,
            job: None,
            written: None,
            failed: None,
        }
    }

    /// The output path with the format's extension added when it has none.
    pub fn output_path(&self) -> Option<PathBuf> {
        let t = self.path.trim();
        if t.is_empty() {
            return None;
        }
        let p = PathBuf::from(t);
        Some(if p.extension().is_none() {
            p.with_extension(self.format.extension())
        } else {
            p
        })
    }

    /// Sets the format and changes a matching extension of the typed path.
    pub fn set_format(&mut self, format: ExportFormat) {
        if let Some(p) = self.output_path()
            && p.extension().is_some_and(|e| e == self.format.extension())
        {
            self.path = p.with_extension(format.extension()).display().to_string();
        }
        self.format = format;
    }

    /// The typed sign-off dates: None for an empty field, Some(Err(())) for
    /// one that is not a date.
    pub fn parsed_dates(&self, tx: Tr) -> [Option<Result<chrono::NaiveDate, ()>>; 3] {
        self.sign_off_dates
            .clone()
            .map(|t| (!t.trim().is_empty()).then(|| tx.parse_date(&t).ok_or(())))
    }

    /// The sign-off with the typed dates; None when a date cannot be read.
    pub fn sign_off_with_dates(&self, tx: Tr) -> Option<SignOff> {
        let [p, r, a] = self.parsed_dates(tx);
        Some(SignOff {
            prepared_on: p.transpose().ok()?,
            reviewed_on: r.transpose().ok()?,
            approved_on: a.transpose().ok()?,
            ..self.sign_off.clone()
        })
    }

    /// Why the export cannot start yet (None: it can).
    pub fn blocker(&self, tx: Tr) -> Option<&'static str> {
        if self.sign_off_with_dates(tx).is_none() {
            return Some(tx.t("A sign-off date is not a valid date"));
        }
        if self.scenarios.is_empty() {
            return Some(tx.t("Tick at least one solved scenario"));
        }
        let Some(p) = self.output_path() else {
            return Some(tx.t("Type or choose the file to write"));
        };
        if p.parent()
            .is_some_and(|d| !d.as_os_str().is_empty() && !d.is_dir())
        {
            return Some(tx.t("The folder does not exist"));
        }
        None
    }

    /// The request for the worker (None while the path is empty or a date is bad).
    pub fn request(&self, tx: Tr) -> Option<ExportRequest> {
        Some(ExportRequest {
            format: self.format,
            path: self.output_path()?,
            lang: self.lang,
            anonymize: self.anonymize,
            sign_off: self.sign_off_with_dates(tx)?,
            staff_list: self.staff_list,
        })
    }

    /// Estimated pages of the PDF staff list for `cadres` people (about 19 a
    /// page, since reasons wrap over several lines: 136 pages for the sample's 2,582).
    pub fn staff_list_pages(cadres: usize) -> usize {
        cadres.div_ceil(STAFF_ROWS_PER_PAGE)
    }

    /// Remembers the choices worth keeping for the next export.
    pub fn remember(&self, prefs: &mut super::settings::ExportPrefs) {
        prefs.prepared_by = self.sign_off.prepared_by.clone();
        prefs.reviewed_by = self.sign_off.reviewed_by.clone();
        prefs.approved_by = self.sign_off.approved_by.clone();
        prefs.anonymize = self.anonymize;
        prefs.staff_list = self.staff_list;
        if let Some(dir) = self
            .output_path()
            .and_then(|p| p.parent().map(Path::to_path_buf))
            .filter(|d| !d.as_os_str().is_empty())
        {
            prefs.folder = Some(dir);
        }
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
fn work_progress_ui(ui: &mut egui::Ui, tx: Tr, what: &str, last: Option<report::Progress>) {
    ui.horizontal(|ui| {
        ui.spinner();
        ui.label(what);
    });
    let (share, words) = last
        .map(|p| (p.share() as f32, phase_words(tx, p.phase)))
        .unwrap_or((0.0, tx.t("Starting")));
    ui.add(egui::ProgressBar::new(share).text(words).animate(true));
}

/// Draws the Export dialog; `solved` are the scenarios with a plan to export.
pub fn export_dialog_ui(
    ctx: &egui::Context,
    tx: Tr,
    d: &mut ExportDialog,
    solved: &[ExportChoice],
    system_dialog: bool,
) -> Option<ExportAction> {
    let mut action = None;
    let running = d.job.is_some();
    egui::Modal::new(egui::Id::unique("export-modal")).show(ctx, |ui| {
        ui.set_width(620.0);
        ui.heading(tx.t("Export"));
        ui.add_enabled_ui(!running, |ui| {
            egui::Grid::new("export-grid")
                .num_columns(2)
                .spacing([16.0, 8.0])
                .show(ui, |ui| {
                    ui.label(tx.t("Format"));
                    ui.horizontal(|ui| {
                        for (f, label) in [
                            (ExportFormat::Xlsx, tx.t("Excel workbook")),
                            (ExportFormat::Pdf, tx.t("PDF report")),
                            (ExportFormat::Csv, tx.t("CSV (one row per cadre)")),
                        ] {
                            if ui.selectable_label(d.format == f, label).clicked() {
                                d.set_format(f);
                            }
                        }
                    });
                    ui.end_row();

                    ui.label(tx.t("Scenarios"));
                    ui.vertical(|ui| {
                        for c in solved {
                            let mut on = d.scenarios.contains(&c.id);
                            let mut text = c.name.clone();
                            if c.stale {
                                text.push_str(&format!(" ({})", tx.t("out of date")));
                            }
                            if ui.checkbox(&mut on, text).changed() {
                                if on {
                                    d.scenarios.push(c.id.clone());
                                } else {
                                    d.scenarios.retain(|s| s != &c.id);
                                }
                            }
                        }
                        if solved.is_empty() {
                            ui.label(
                                RichText::new(tx.t("Solve the current scenario first"))
                                    .color(w::PROBLEM),
                            );
                        }
                        let note = if d.scenarios.len() > 1 && d.format == ExportFormat::Xlsx {
                            tx.t("The first ticked scenario is reported in detail; all are compared on the Comparison sheet.")
                        } else if d.scenarios.len() > 1 {
                            tx.t("PDF and CSV report only the first ticked scenario; choose Excel to compare several.")
                        } else {
                            ""
                        };
                        if !note.is_empty() {
                            ui.label(RichText::new(note).small().weak());
                        }
                    });
                    ui.end_row();

                    ui.label(tx.t("Language of the export"));
                    ui.horizontal(|ui| {
                        for l in Lang::ALL {
                            if ui.selectable_label(d.lang == l, l.native_name()).clicked() {
                                d.lang = l;
                            }
                        }
                    });
                    ui.end_row();

                    ui.label(tx.t("Privacy"));
                    ui.checkbox(&mut d.anonymize, tx.t("Anonymise"))
                        .on_hover_text(tx.t("Replaces every cadre's name by the staff code and leaves out birth dates and gender, in every format."));
                    ui.end_row();

                    if d.format == ExportFormat::Pdf {
                        ui.label(tx.t("Appendix"));
                        let pages = solved
                            .iter()
                            .find(|c| d.scenarios.first() == Some(&c.id))
                            .map(|c| ExportDialog::staff_list_pages(c.cadres));
                        ui.horizontal(|ui| {
                            ui.checkbox(&mut d.staff_list, tx.t("Include the staff list (appendix)"))
                                .on_hover_text(tx.t(
                                    "One row per cadre: unit, site, arrangement and the reason. For very large plans this adds many pages.",
                                ));
                            if let Some(n) = pages.filter(|_| d.staff_list) {
                                ui.label(
                                    RichText::new(tx.tf(
                                        "about {n} more pages",
                                        &[("n", tx.int(n as u32))],
                                    ))
                                    .small()
                                    .weak(),
                                );
                            }
                        });
                        ui.end_row();
                    }

                    ui.label(tx.t("Sign-off")).on_hover_text(tx.t(
                        "Names and dates printed under the signature lines of the PDF report and on the workbook's Summary. An empty date leaves a line to write by hand. Names are remembered on this computer; dates are not.",
                    ));
                    let parsed = d.parsed_dates(tx);
                    egui::Grid::new("export-sign-off")
                        .num_columns(4)
                        .show(ui, |ui| {
                            let [p, r, a] = &mut d.sign_off_dates;
                            for ((label, date_label, name, date), ok) in [
                                (tx.t("Prepared by"), tx.t("Prepared on"), &mut d.sign_off.prepared_by, p),
                                (tx.t("Reviewed by"), tx.t("Reviewed on"), &mut d.sign_off.reviewed_by, r),
                                (tx.t("Approved by"), tx.t("Approved on"), &mut d.sign_off.approved_by, a),
                            ]
                            .into_iter()
                            .zip(parsed)
                            {
                                ui.label(label);
                                // Fixed sizes: a grid's inner columns keep the width of the previous frame.
                                let h = ui.spacing().interact_size.y;
                                ui.add_sized([230.0, h], egui::TextEdit::singleline(name))
                                    .accessible_name(label);
                                let bad = matches!(ok, Some(Err(())));
                                let mut edit =
                                    egui::TextEdit::singleline(date).hint_text(tx.date_hint());
                                if bad {
                                    edit = edit.text_color(w::PROBLEM);
                                }
                                ui.add_sized([96.0, h], edit)
                                    .accessible_name(date_label)
                                    .on_hover_text(tx.t("Date of signing; leave empty to write it by hand"));
                                if bad {
                                    ui.label(
                                        RichText::new(tx.tf(
                                            "not a date ({format})",
                                            &[("format", tx.date_hint().to_owned())],
                                        ))
                                        .color(w::PROBLEM)
                                        .small(),
                                    );
                                } else {
                                    ui.label("");
                                }
                                ui.end_row();
                            }
                        });
                    ui.end_row();

                    ui.label(tx.t("File"));
                    ui.horizontal(|ui| {
                        ui.add(
                            egui::TextEdit::singleline(&mut d.path)
                                .hint_text(format!("/home/…/export.{}", d.format.extension()))
                                .desired_width(if system_dialog { 380.0 } else { 460.0 }),
                        )
                        .accessible_name(tx.t("File to write"));
                        if system_dialog && ui.button(tx.t("Choose…")).clicked() {
                            action = Some(ExportAction::Browse);
                        }
                    });
                    ui.end_row();
                });
        });
        ui.separator();
        if let Some(job) = &d.job {
            work_progress_ui(ui, tx, tx.t("Exporting…"), job.last);
        } else if let Some(p) = &d.written {
            ui.label(RichText::new(tx.tf("Exported {path}", &[("path", p.display().to_string())])).color(w::GOOD));
        } else if let Some(e) = &d.failed {
            ui.label(RichText::new(format!("{}: {e}", tx.t("Export failed"))).color(w::PROBLEM));
        }
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            let blocker = d.blocker(tx);
            let r = ui.add_enabled(
                !running && blocker.is_none(),
                egui::Button::new(RichText::new(tx.t("Export")).strong()),
            );
            let r = match blocker {
                Some(b) => r.on_disabled_hover_text(b),
                None => r,
            };
            if r.clicked() {
                action = Some(ExportAction::Start);
            }
            if let Some(p) = &d.written
                && ui
                    .button(tx.t("Show folder"))
                    .on_hover_text(tx.t("Open the folder that holds the exported file"))
                    .clicked()
            {
                action = Some(ExportAction::ShowFolder(p.clone()));
            }
            if ui
                .add_enabled(!running, egui::Button::new(tx.t("Close")))
                .clicked()
            {
                action = Some(ExportAction::Close);
            }
            if let Some(b) = blocker.filter(|_| !running) {
                ui.label(RichText::new(b).small().weak());
            }
        });
    });
    action
}

/// Opens `dir` with the system's file manager (never the exported file itself).
/// Fails when no opener program is installed (its name is in the error).
pub fn show_folder(dir: &Path) -> Result<(), String> {
    let opener = if cfg!(target_os = "windows") {
        "explorer"
    } else if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    let mut child = std::process::Command::new(opener)
        .arg(dir)
        .spawn()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => format!("no \"{opener}\" program to open folders"),
            _ => format!("{opener}: {e}"),
        })?;
    // Reap the opener when it exits, off the UI thread.
    std::thread::spawn(move || {
        let _ = child.wait();
    });
    Ok(())
}

/// What the import worker reports.
#[derive(Debug)]
enum ImportMsg {
    /// A step of reading or checking.
    Progress(report::Progress),
    /// The file was read; the proposed mapping.
    Read(Arc<StaffTable>, Vec<ColumnMapping>),
    /// The rows were checked; with the number of staff a refused replace
    /// would have removed (all of them), to ask for a confirmation.
    Checked(Result<ImportPreview, String>, Option<usize>),
    /// The file could not be read.
    Failed(String),
}

/// Reading or checking running on a worker thread.
#[derive(Debug)]
struct ImportWork {
    rx: Receiver<ImportMsg>,
    last: Option<report::Progress>,
}

/// Rows of accepted data shown in the preview table (the rest are counted).
pub const PREVIEW_ROWS: usize = 200;

/// The import dialog's state.
#[derive(Debug)]
pub struct ImportDialog {
    /// File read.
    pub path: PathBuf,
    table: Option<Arc<StaffTable>>,
    /// Column -> field.
    pub mapping: Vec<ColumnMapping>,
    /// Merge or replace.
    pub mode: ImportMode,
    /// The user confirmed a replace that removes every cadre of the plan.
    pub allow_empty: bool,
    /// The last check refused a replace that would remove all these staff
    /// (the dialog then offers the confirmation).
    pub empty_refused: Option<usize>,
    /// Checked rows, or why they could not be checked (None while working).
    pub preview: Option<Result<ImportPreview, String>>,
    /// Why the file could not be read.
    pub failed: Option<String>,
    /// Where the rejected rows go.
    pub rejected_path: String,
    /// Message after writing the rejected rows.
    pub rejected_note: Option<Result<PathBuf, String>>,
    work: Option<ImportWork>,
    repaint: Option<egui::Context>,
    /// The app's language when the dialog opened: errors are worded in it.
    tx: Tr,
}

/// Spawns `job` on a worker thread that reports through `tx`.
fn spawn_import(
    repaint: Option<egui::Context>,
    tx_lang: Tr,
    job: impl FnOnce(&dyn Fn(ImportMsg)) + Send + 'static,
) -> ImportWork {
    let (tx, rx) = channel();
    let fail = tx.clone();
    let spawned = std::thread::Builder::new()
        .name("hq-import".into())
        .spawn(move || {
            let send = |m: ImportMsg| {
                let _ = tx.send(m);
                if let Some(c) = &repaint {
                    c.request_repaint();
                }
            };
            job(&send);
        });
    if let Err(e) = spawned {
        let _ = fail.send(ImportMsg::Failed(
            tx_lang.tf("Cannot start the import: {why}", &[("why", e.to_string())]),
        ));
    }
    ImportWork { rx, last: None }
}

impl ImportDialog {
    /// Starts reading `path` on a worker thread and checking it against `plan`
    /// with the plan's saved mapping; the dialog shows progress meanwhile.
    pub fn open(path: &Path, plan: &Plan, repaint: Option<egui::Context>, tx: Tr) -> Self {
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "staff".into());
        let rejected = path.with_file_name(format!("{stem}-rejected.csv"));
        let mut d = Self {
            path: path.to_owned(),
            table: None,
            mapping: Vec::new(),
            mode: ImportMode::Merge,
            allow_empty: false,
            empty_refused: None,
            preview: None,
            failed: None,
            rejected_path: rejected.display().to_string(),
            rejected_note: None,
            work: None,
            repaint,
            tx,
        };
        let file = path.to_owned();
        let plan = plan.clone();
        let mode = d.mode;
        d.work = Some(spawn_import(d.repaint.clone(), tx, move |send| {
            let mut progress = |p| send(ImportMsg::Progress(p));
            let table = match input::read_staff_file(&file, &mut progress) {
                Ok(t) => Arc::new(t),
                Err(e) => return send(ImportMsg::Failed(import_error_text(tx, &e, &file))),
            };
            let mapping = input::mapping_for(&table.headers, &plan.import_mapping);
            send(ImportMsg::Read(table.clone(), mapping.clone()));
            let (checked, refused) = check(&plan, &table, &mapping, mode, false, tx, &mut progress);
            send(ImportMsg::Checked(checked, refused));
        }));
        d
    }

    /// Reads the worker's reports; true while it still works.
    pub fn poll(&mut self) -> bool {
        let Some(work) = self.work.as_mut() else {
            return false;
        };
        loop {
            match work.rx.try_recv() {
                Ok(ImportMsg::Progress(p)) => work.last = Some(p),
                Ok(ImportMsg::Read(t, m)) => {
                    self.table = Some(t);
                    self.mapping = m;
                }
                Ok(ImportMsg::Checked(r, refused)) => {
                    self.preview = Some(r);
                    self.empty_refused = refused;
                    self.work = None;
                    return false;
                }
                Ok(ImportMsg::Failed(e)) => {
                    self.failed = Some(e);
                    self.work = None;
                    return false;
                }
                Err(TryRecvError::Empty) => return true,
                Err(TryRecvError::Disconnected) => {
                    self.failed = Some(self.tx.t("The import stopped unexpectedly").to_owned());
                    self.work = None;
                    return false;
                }
            }
        }
    }

    /// Whether reading or checking is still running.
    pub fn is_working(&self) -> bool {
        self.work.is_some()
    }

    /// Checks the rows again (new mapping or mode) on a worker thread; a
    /// check still running is superseded.
    fn recheck(&mut self, plan: &Plan) {
        let Some(table) = self.table.clone() else {
            return;
        };
        let plan = plan.clone();
        let mapping = self.mapping.clone();
        let mode = self.mode;
        let allow_empty = self.allow_empty;
        let tx = self.tx;
        self.preview = None;
        self.rejected_note = None;
        self.work = Some(spawn_import(self.repaint.clone(), tx, move |send| {
            let mut progress = |p| send(ImportMsg::Progress(p));
            let (checked, refused) = check(
                &plan,
                &table,
                &mapping,
                mode,
                allow_empty,
                tx,
                &mut progress,
            );
            send(ImportMsg::Checked(checked, refused));
        }));
    }
}

/// Checks the rows; a refused replace that would remove every cadre also
/// gives their number, so the dialog can ask for a confirmation.
fn check(
    plan: &Plan,
    table: &StaffTable,
    mapping: &[ColumnMapping],
    mode: ImportMode,
    allow_empty: bool,
    tx: Tr,
    progress: &mut dyn FnMut(report::Progress),
) -> (Result<ImportPreview, String>, Option<usize>) {
    let opts = ImportOptions {
        allow_empty,
        ..ImportOptions::for_day(mode, chrono::Local::now().date_naive())
    };
    match input::preview(plan, table, mapping, &opts, progress) {
        Ok(p) => (Ok(p), None),
        Err(e) => {
            let refused = match &e {
                ImportError::WouldRemoveEveryone { staff, .. } => Some(*staff),
                _ => None,
            };
            (Err(import_error_text(tx, &e, &table.path)), refused)
        }
    }
}

/// Draws the import dialog; returns false when it closed.
pub fn import_dialog_ui(
    ctx: &egui::Context,
    tx: Tr,
    d: &mut ImportDialog,
    plan: &Plan,
    cmds: &mut Vec<Command>,
) -> bool {
    if d.poll() {
        ctx.request_repaint_after(std::time::Duration::from_millis(100));
    }
    let mut open = true;
    let mut changed = false;
    let rl = report_lang(tx.lang);
    let working = d.is_working();
    egui::Modal::new(egui::Id::unique("import-modal")).show(ctx, |ui| {
        ui.set_width(820.0);
        ui.heading(tx.t("Import a staff list"));
        ui.label(RichText::new(d.path.display().to_string()).weak());
        if let Some(e) = &d.failed {
            ui.label(RichText::new(e).color(w::PROBLEM));
        }
        ui.horizontal(|ui| {
            ui.label(tx.t("Mode"));
            changed |= ui
                .selectable_value(
                    &mut d.mode,
                    ImportMode::Merge,
                    tx.t("Merge: update by staff code, add new people"),
                )
                .changed();
            changed |= ui
                .selectable_value(
                    &mut d.mode,
                    ImportMode::Replace,
                    tx.t("Replace the whole staff list"),
                )
                .changed();
        });
        if changed {
            // A confirmation is for the replace it was given for.
            d.allow_empty = false;
        }
        let everyone = d.empty_refused.or_else(|| {
            d.preview
                .as_ref()
                .and_then(|r| r.as_ref().ok())
                .and_then(|p| p.removes_everyone)
        });
        if d.mode == ImportMode::Replace
            && let Some(staff) = everyone
        {
            changed |= ui
                .checkbox(
                    &mut d.allow_empty,
                    RichText::new(tx.tf(
                        "Yes, remove all {staff} staff",
                        &[("staff", tx.int(staff as u32))],
                    ))
                    .color(w::PROBLEM),
                )
                .changed();
        }
        if let Some((first, last)) = d.table.as_ref().and_then(|t| t.stamp_rows) {
            ui.label(
                RichText::new(tx.tf(
                    "Rows {first} to {last}: the audit stamp of an HQ Planner export, not staff; left out.",
                    &[("first", first.to_string()), ("last", last.to_string())],
                ))
                .small()
                .weak(),
            );
        }
        if !d.mapping.is_empty() {
            w::heading(ui, tx.t("Columns"));
            ui.label(RichText::new(tx.t("Choose which field each column of the file fills; the choice is saved with the plan for the next import.")).small().weak());
            egui::ScrollArea::vertical()
                .id_salt("import-mapping")
                .max_height(180.0)
                .show(ui, |ui| {
                    egui::Grid::new("import-map-grid")
                        .num_columns(2)
                        .striped(true)
                        .show(ui, |ui| {
                            let mut fields: Vec<Option<CadreField>> = vec![None];
                            fields.extend(input::ALL_FIELDS.iter().copied().map(Some));
                            for (k, m) in d.mapping.iter_mut().enumerate() {
                                ui.label(&m.header);
                                w::set_name(ui, &m.header);
                                if let Some(v) = w::enum_combo(
                                    ui,
                                    ("map", k),
                                    m.field,
                                    &fields,
                                    |f| match f {
                                        Some(f) => input::field_label(f, rl).to_owned(),
                                        None => tx.t("(ignored)").to_owned(),
                                    },
                                    220.0,
                                ) {
                                    m.field = v;
                                    changed = true;
                                }
                                w::clear_name(ui);
                                ui.end_row();
                            }
                        });
                });
        }
        ui.separator();
        if let Some(work) = &d.work {
            work_progress_ui(ui, tx, tx.t("Reading and checking the rows…"), work.last);
        }
        match &d.preview {
            None => {}
            Some(Err(e)) => {
                ui.label(RichText::new(e).color(w::PROBLEM));
            }
            Some(Ok(p)) => {
                ui.label(tx.tf(
                    "{read} rows read: {ok} will be imported ({new} new, {upd} updated), {bad} rejected.",
                    &[
                        ("read", tx.int(p.rows_read as u32)),
                        ("ok", tx.int(p.accepted.len() as u32)),
                        ("new", tx.int(p.new_cadres() as u32)),
                        ("upd", tx.int(p.updated_cadres() as u32)),
                        ("bad", tx.int(p.rejected.len() as u32)),
                    ],
                ));
                if let Some(staff) = p.removes_everyone {
                    ui.label(
                        RichText::new(tx.tf(
                            "This removes all {staff} staff of the plan; {kept} people from the file take their place.",
                            &[
                                ("staff", tx.int(staff as u32)),
                                ("kept", tx.int(p.accepted.len() as u32)),
                            ],
                        ))
                        .color(w::PROBLEM)
                        .strong(),
                    );
                }
                accepted_table_ui(ui, tx, p);
                if !p.rejected.is_empty() {
                    w::heading(ui, tx.t("Rejected rows"));
                    egui::ScrollArea::vertical()
                        .id_salt("import-rejected")
                        .max_height(140.0)
                        .show(ui, |ui| {
                            for r in &p.rejected {
                                ui.label(
                                    RichText::new(tx.tf(
                                        "Row {row} ({code}): {why}",
                                        &[
                                            ("row", r.row.to_string()),
                                            ("code", input::shown(&r.code, rl)),
                                            ("why", r.reasons_text(rl)),
                                        ],
                                    ))
                                    .color(w::PROBLEM)
                                    .small(),
                                );
                            }
                        });
                    ui.horizontal(|ui| {
                        ui.add(
                            egui::TextEdit::singleline(&mut d.rejected_path)
                                .desired_width(440.0),
                        )
                        .accessible_name(tx.t("File for the rejected rows"));
                        if ui
                            .button(tx.t("Save rejected rows"))
                            .on_hover_text(tx.t("Writes the rejected rows with their reasons (.csv, or .xlsx) to fix them and import again"))
                            .clicked()
                        {
                            let out = PathBuf::from(d.rejected_path.trim());
                            d.rejected_note = Some(if input::same_file(&out, &d.path) {
                                Err(tx.tf(
                                    "The rejected rows cannot be written onto {path}: it is the staff list being imported.",
                                    &[("path", out.display().to_string())],
                                ))
                            } else {
                                input::write_rejected(&out, p)
                                    .map(|()| out.clone())
                                    .map_err(|e| import_error_text(tx, &e, &out))
                            });
                        }
                    });
                    match &d.rejected_note {
                        Some(Ok(out)) => {
                            ui.label(RichText::new(tx.tf("Wrote {path}", &[("path", out.display().to_string())])).color(w::GOOD).small());
                        }
                        Some(Err(e)) => {
                            ui.label(RichText::new(e).color(w::PROBLEM).small());
                        }
                        None => {}
                    }
                }
            }
        }
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            let ready = d
                .preview
                .as_ref()
                .and_then(|r| r.as_ref().ok())
                // An empty replace is imported only once confirmed (the
                // preview then says it removes everyone).
                .filter(|p| (!p.accepted.is_empty() || p.removes_everyone.is_some()) && !working);
            if ui
                .add_enabled(ready.is_some(), egui::Button::new(tx.t("Import")))
                .on_hover_text(tx.t("Undo brings the previous staff list back"))
                .clicked()
                && let Some(p) = ready
            {
                let preview = p.clone();
                let label = tx.t("Import staff list").to_owned();
                cmds.push(Command::edit("import", label, move |plan| {
                    input::apply(plan, &preview);
                }));
                open = false;
            }
            if ui.button(tx.t("Cancel")).clicked() {
                open = false;
            }
        });
    });
    if changed {
        d.recheck(plan);
    }
    open
}

/// The first accepted rows: row number, staff code, name, new or updated.
fn accepted_table_ui(ui: &mut egui::Ui, tx: Tr, p: &ImportPreview) {
    use egui_extras::{Column, TableBuilder};
    if p.accepted.is_empty() {
        return;
    }
    let shown = p.accepted.len().min(PREVIEW_ROWS);
    ui.push_id("import-accepted", |ui| {
        let tb = TableBuilder::new(ui)
            .id_salt("import-accepted-table")
            .striped(true)
            .max_scroll_height(180.0)
            .column(Column::initial(70.0).at_least(40.0).resizable(true))
            .column(Column::initial(130.0).at_least(60.0).resizable(true))
            .column(Column::initial(300.0).at_least(80.0).resizable(true))
            .column(Column::remainder().at_least(80.0));
        tb.header(22.0, |mut h| {
            for t in [
                tx.t("Row"),
                tx.t("Staff code"),
                tx.t("Name"),
                tx.t("Change"),
            ] {
                h.col(|ui| {
                    ui.strong(t);
                });
            }
        })
        .body(|body| {
            body.rows(22.0, shown, |mut row| {
                let Some(a) = p.accepted.get(row.index()) else {
                    return;
                };
                row.col(|ui| {
                    ui.label(a.row.to_string());
                });
                row.col(|ui| {
                    ui.label(&a.patch.code);
                });
                row.col(|ui| {
                    ui.label(a.patch.name.as_deref().unwrap_or("—"));
                });
                row.col(|ui| {
                    ui.label(if a.updates_existing {
                        tx.t("Update")
                    } else {
                        tx.t("New")
                    });
                });
            });
        });
    });
    if p.accepted.len() > shown {
        ui.label(
            RichText::new(tx.tf("First {n} rows shown", &[("n", tx.int(shown as u32))]))
                .small()
                .weak(),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::input::FieldName;
    use crate::core::plan::CadreField;
    use crate::gui::settings::ExportPrefs;

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

    /// Waits (bounded) for the import dialog's worker.
    fn settle(d: &mut ImportDialog) {
        for _ in 0..500 {
            if !d.poll() {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        panic!("the import worker did not finish");
    }

    #[test]
    fn the_import_dialog_reports_in_the_app_language() {
        let plan = crate::core::sample::sample_plan();
        let vi = Tr::new(Lang::Vi);
        let dir = tempfile::tempdir().expect("tmp");
        let missing = dir.path().join("không-có.csv");
        let mut d = ImportDialog::open(&missing, &plan, None, vi);
        settle(&mut d);
        let failed = d.failed.clone().unwrap_or_default();
        assert!(
            failed.contains("Không đọc được") && failed.contains("không-có.csv"),
            "{failed}"
        );
        // A file without a staff-code column fails the check, in Vietnamese.
        let no_code = dir.path().join("ds.csv");
        std::fs::write(&no_code, "Họ và tên,Ghi chú\nNguyễn Văn A,x\n").expect("write");
        let mut d = ImportDialog::open(&no_code, &plan, None, vi);
        settle(&mut d);
        let err = match &d.preview {
            Some(Err(e)) => e.clone(),
            other => panic!("expected a refusal, got {other:?}"),
        };
        assert!(
            err.contains("chưa có cột nào") && err.contains("ds.csv"),
            "{err}"
        );
    }

    fn dialog() -> ExportDialog {
        let prefs = ExportPrefs {
            prepared_by: "Vũ Thị Thu".into(),
            ..ExportPrefs::default()
        };
        let mut d = ExportDialog::new(Some("s1"), &prefs, "Kế hoạch", Some(Path::new("/tmp")));
        d.format = ExportFormat::Pdf;
        d.path = "/tmp/bao-cao.pdf".into();
        d
    }

    #[test]
    fn typed_sign_off_dates_reach_the_request_and_a_bad_one_blocks() {
        let vi = Tr::new(Lang::Vi);
        let mut d = dialog();
        assert_eq!(d.blocker(vi), None);
        let r = d.request(vi).expect("request");
        assert_eq!(r.sign_off.prepared_by, "Vũ Thị Thu");
        assert_eq!(r.sign_off.prepared_on, None);
        d.sign_off_dates = ["05/03/2026".into(), String::new(), " 2026-03-12 ".into()];
        let r = d.request(vi).expect("request");
        assert_eq!(
            r.sign_off.prepared_on,
            chrono::NaiveDate::from_ymd_opt(2026, 3, 5)
        );
        assert_eq!(r.sign_off.reviewed_on, None);
        assert_eq!(
            r.sign_off.approved_on,
            chrono::NaiveDate::from_ymd_opt(2026, 3, 12)
        );
        d.sign_off_dates[1] = "31/02/2026".into();
        assert!(matches!(d.parsed_dates(vi)[1], Some(Err(()))));
        assert!(d.request(vi).is_none());
        assert_eq!(d.blocker(vi), Some("Có ngày ký không hợp lệ"));
        // Dates are never remembered; names are.
        let mut prefs = ExportPrefs::default();
        d.sign_off_dates[1].clear();
        d.remember(&mut prefs);
        assert_eq!(prefs.prepared_by, "Vũ Thị Thu");
        assert_eq!(
            ExportDialog::new(None, &prefs, "x", None).sign_off_dates,
            <[String; 3]>::default()
        );
    }

    #[test]
    fn the_staff_list_choice_maps_to_the_pdf_options_and_is_remembered() {
        let vi = Tr::new(Lang::Vi);
        let mut d = dialog();
        assert!(d.staff_list, "on by default");
        assert!(d.request(vi).expect("request").pdf_options().staff_list);
        d.staff_list = false;
        assert!(!d.request(vi).expect("request").pdf_options().staff_list);
        let mut prefs = ExportPrefs::default();
        d.remember(&mut prefs);
        assert!(!prefs.staff_list);
        assert!(!ExportDialog::new(None, &prefs, "x", None).staff_list);
        // 2,582 cadres: the sample's appendix is 136 pages.
        assert_eq!(ExportDialog::staff_list_pages(2_582), 136);
        assert_eq!(ExportDialog::staff_list_pages(0), 0);
    }
}
