//! File > Import a staff list (with a preview of accepted and rejected rows and
//! the column mapping) and File > Export (XLSX, PDF, CSV) of the current
//! scenario, through `core::report`. Exports run on a worker thread.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use eframe::egui::{self, RichText};

use crate::core::file;
use crate::core::plan::{CadreField, ColumnMapping, Plan};
use crate::core::report::import::{self, ImportMode, ImportOptions, ImportPreview, StaffTable};
use crate::core::report::{self, ExportFormat, ExportOptions, ReportModel, SignOff};

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
                    return Some(Err("the export stopped unexpectedly".into()));
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
    /// Names of the PDF sign-off block.
    pub sign_off: SignOff,
}

/// Starts exporting `results` (the first reported in detail, the others only
/// on the workbook's Comparison sheet) on a worker thread.
pub fn start_export(
    req: ExportRequest,
    results: Vec<ScenarioResult>,
    repaint: egui::Context,
) -> ExportJob {
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
            let r = export(&req, &results, &mut progress);
            let _ = worker_tx.send(ExportMsg::Done(r));
            repaint.request_repaint();
        });
    if let Err(e) = spawned {
        let _ = tx.send(ExportMsg::Done(Err(format!(
            "cannot start the export: {e}"
        ))));
    }
    ExportJob {
        path,
        last: None,
        rx,
    }
}

fn export(
    req: &ExportRequest,
    results: &[ScenarioResult],
    progress: &mut dyn FnMut(report::Progress),
) -> Result<(), String> {
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
        let bytes = file::to_ron(plan).map_err(|e| e.to_string())?;
        let violations =
            crate::core::solve::check(&r.checked, &scenario.id, r.baseline.as_ref(), &r.solution)
                .map_err(|e| e.to_string())?;
        models.push(ReportModel::build(
            plan,
            bytes.as_bytes(),
            scenario,
            &r.solution,
            &violations,
            &opts,
        ));
    }
    report::write_export(&models, req.format, &req.path, progress).map_err(|e| e.to_string())
}

/// A solved scenario the Export dialog offers.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportChoice {
    /// Scenario id.
    pub id: String,
    /// Scenario name.
    pub name: String,
    /// The plan changed since it was solved.
    pub stale: bool,
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
    /// PDF sign-off names.
    pub sign_off: SignOff,
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
            },
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

    /// Why the export cannot start yet (None: it can).
    pub fn blocker(&self, tx: Tr) -> Option<&'static str> {
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

    /// The request for the worker.
    pub fn request(&self) -> Option<ExportRequest> {
        Some(ExportRequest {
            format: self.format,
            path: self.output_path()?,
            lang: self.lang,
            anonymize: self.anonymize,
            sign_off: self.sign_off.clone(),
        })
    }

    /// Remembers the choices worth keeping for the next export.
    pub fn remember(&self, prefs: &mut super::settings::ExportPrefs) {
        prefs.prepared_by = self.sign_off.prepared_by.clone();
        prefs.reviewed_by = self.sign_off.reviewed_by.clone();
        prefs.approved_by = self.sign_off.approved_by.clone();
        prefs.anonymize = self.anonymize;
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

                    ui.label(tx.t("Sign-off (PDF)")).on_hover_text(tx.t(
                        "Names printed under the signature lines of the PDF report; dates are written by hand when signing. Remembered on this computer.",
                    ));
                    egui::Grid::new("export-sign-off")
                        .num_columns(2)
                        .show(ui, |ui| {
                            for (label, value) in [
                                (tx.t("Prepared by"), &mut d.sign_off.prepared_by),
                                (tx.t("Reviewed by"), &mut d.sign_off.reviewed_by),
                                (tx.t("Approved by"), &mut d.sign_off.approved_by),
                            ] {
                                ui.label(label);
                                ui.add(egui::TextEdit::singleline(value).desired_width(300.0))
                                    .accessible_name(label);
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
    /// The rows were checked.
    Checked(Result<ImportPreview, String>),
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
}

/// Spawns `job` on a worker thread that reports through `tx`.
fn spawn_import(
    repaint: Option<egui::Context>,
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
        let _ = fail.send(ImportMsg::Failed(format!("cannot start the import: {e}")));
    }
    ImportWork { rx, last: None }
}

impl ImportDialog {
    /// Starts reading `path` on a worker thread and checking it against `plan`
    /// with the plan's saved mapping; the dialog shows progress meanwhile.
    pub fn open(path: &Path, plan: &Plan, repaint: Option<egui::Context>) -> Self {
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
            preview: None,
            failed: None,
            rejected_path: rejected.display().to_string(),
            rejected_note: None,
            work: None,
            repaint,
        };
        let file = path.to_owned();
        let plan = plan.clone();
        let mode = d.mode;
        d.work = Some(spawn_import(d.repaint.clone(), move |send| {
            let mut progress = |p| send(ImportMsg::Progress(p));
            let table = match import::read_staff_file(&file, &mut progress) {
                Ok(t) => Arc::new(t),
                Err(e) => return send(ImportMsg::Failed(e.to_string())),
            };
            let mapping = import::mapping_for(&table.headers, &plan.import_mapping);
            send(ImportMsg::Read(table.clone(), mapping.clone()));
            send(ImportMsg::Checked(check(
                &plan,
                &table,
                &mapping,
                mode,
                &mut progress,
            )));
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
                Ok(ImportMsg::Checked(r)) => {
                    self.preview = Some(r);
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
                    self.failed = Some("the import stopped unexpectedly".into());
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
        self.preview = None;
        self.rejected_note = None;
        self.work = Some(spawn_import(self.repaint.clone(), move |send| {
            let mut progress = |p| send(ImportMsg::Progress(p));
            send(ImportMsg::Checked(check(
                &plan,
                &table,
                &mapping,
                mode,
                &mut progress,
            )));
        }));
    }
}

fn check(
    plan: &Plan,
    table: &StaffTable,
    mapping: &[ColumnMapping],
    mode: ImportMode,
    progress: &mut dyn FnMut(report::Progress),
) -> Result<ImportPreview, String> {
    let opts = ImportOptions::for_day(mode, chrono::Local::now().date_naive());
    import::preview(plan, table, mapping, &opts, progress).map_err(|e| e.to_string())
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
                            fields.extend(import::ALL_FIELDS.iter().copied().map(Some));
                            for (k, m) in d.mapping.iter_mut().enumerate() {
                                ui.label(&m.header);
                                w::set_name(ui, &m.header);
                                if let Some(v) = w::enum_combo(
                                    ui,
                                    ("map", k),
                                    m.field,
                                    &fields,
                                    |f| match f {
                                        Some(f) => import::field_label(f, rl).to_owned(),
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
                                            ("code", r.code.clone()),
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
                            d.rejected_note = Some(
                                import::write_rejected(&out, p)
                                    .map(|()| out)
                                    .map_err(|e| e.to_string()),
                            );
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
                .filter(|p| !p.accepted.is_empty() && !working);
            if ui
                .add_enabled(ready.is_some(), egui::Button::new(tx.t("Import")))
                .on_hover_text(tx.t("Undo brings the previous staff list back"))
                .clicked()
                && let Some(p) = ready
            {
                let preview = p.clone();
                let label = tx.t("Import staff list").to_owned();
                cmds.push(Command::edit("import", label, move |plan| {
                    import::apply(plan, &preview);
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
