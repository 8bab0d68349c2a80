//! Modal dialogs: unsaved-changes prompt, errors, crash recovery offer, and
//! file choice (the system dialog on a worker thread, or a typed-path dialog
//! where no system dialog is available).

use crate::gui::i18n::t;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::{Duration, Instant};

use eframe::egui::{self, RichText};

use super::app::Command;
use super::document::Document;
use super::exchange::{self, ImportDialog};
use super::i18n::Tr;
use super::recovery::Recovered;

/// If the system dialog returns nothing faster than this, no dialog was shown
/// (no desktop portal): fall back to typing the path.
const NO_DIALOG_SECS: f64 = 0.4;

/// What a chosen file is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilePurpose {
    /// Open a plan.
    Open,
    /// Save the plan under a new name.
    SaveAs,
    /// Import a staff list.
    Import,
    /// Export the current scenario as an Excel workbook.
    ExportXlsx,
    /// Export as PDF.
    ExportPdf,
    /// Export assignments as CSV.
    ExportCsv,
}

impl FilePurpose {
    /// Every purpose.
    pub const ALL: [FilePurpose; 6] = [
        FilePurpose::Open,
        FilePurpose::SaveAs,
        FilePurpose::Import,
        FilePurpose::ExportXlsx,
        FilePurpose::ExportPdf,
        FilePurpose::ExportCsv,
    ];

    fn saves(self) -> bool {
        !matches!(self, FilePurpose::Open | FilePurpose::Import)
    }

    /// Title of the dialog.
    pub fn title(self, tx: Tr) -> String {
        match self {
            FilePurpose::Open => t!(tx, "dialog-open-plan"),
            FilePurpose::SaveAs => t!(tx, "dialog-save-plan-as"),
            FilePurpose::Import => t!(tx, "common-import-staff-list"),
            FilePurpose::ExportXlsx => t!(tx, "dialog-export-to-excel"),
            FilePurpose::ExportPdf => t!(tx, "dialog-export-to-pdf"),
            FilePurpose::ExportCsv => t!(tx, "dialog-export-to-csv"),
        }
    }

    fn filter(self) -> (&'static str, &'static [&'static str]) {
        match self {
            FilePurpose::Open | FilePurpose::SaveAs => ("HQ Planner plan", &["ron"]),
            FilePurpose::Import => ("Staff list", &["csv", "xlsx", "xls", "ods"]),
            FilePurpose::ExportXlsx => ("Excel", &["xlsx"]),
            FilePurpose::ExportPdf => ("PDF", &["pdf"]),
            FilePurpose::ExportCsv => ("CSV", &["csv"]),
        }
    }
}

/// Something to do once unsaved changes are dealt with.
#[derive(Debug, Clone, PartialEq)]
pub enum PendingAction {
    /// Start a new plan.
    New,
    /// Show the open dialog.
    OpenDialog,
    /// Open this file.
    OpenPath(PathBuf),
    /// Open the sample.
    OpenSample,
    /// Close the window.
    Quit,
}

/// What the person decided in a dialog.
#[derive(Debug)]
pub enum Outcome {
    /// A file was chosen.
    Path(FilePurpose, PathBuf),
    /// Save, then do the action.
    SaveThen(PendingAction),
    /// Do the action without saving.
    Discard(PendingAction),
    /// Restore the autosaved copy.
    Restore(Box<Recovered>),
    /// Delete the autosaved copy.
    DiscardRecovery,
    /// Save under another name (the file changed on disk; Save was refused).
    SaveAs,
}

/// A system file dialog running on a worker thread.
#[derive(Debug)]
struct FileTask {
    purpose: FilePurpose,
    rx: Receiver<Option<PathBuf>>,
    started: Instant,
}

/// A typed-path dialog.
#[derive(Debug, Clone)]
pub struct PathPrompt {
    /// Purpose.
    pub purpose: FilePurpose,
    /// Text typed so far.
    pub text: String,
}

/// All dialog state.
#[derive(Default)]
pub struct Dialogs {
    /// Errors to show, oldest first.
    pub errors: Vec<String>,
    /// Unsaved-changes prompt for this action.
    pub confirm: Option<PendingAction>,
    /// Crash-recovery copy found at start-up.
    pub recovered: Option<Recovered>,
    /// Typed-path dialog.
    pub prompt: Option<PathPrompt>,
    task: Option<FileTask>,
    outcome: Option<Outcome>,
    /// Action waiting for a Save As to complete.
    pub after_save: Option<PendingAction>,
    /// A Save refused because this file changed on disk since it was opened.
    pub changed_on_disk: Option<PathBuf>,
    /// Import preview being reviewed.
    pub import: Option<ImportDialog>,
    /// The egui context (for repaints from worker threads).
    pub ctx: Option<egui::Context>,
    no_system_dialog: bool,
}

impl Dialogs {
    /// Asks for a file path for `purpose`.
    pub fn ask_path(&mut self, purpose: FilePurpose, typed: bool, ctx: &egui::Context) {
        if typed || self.no_system_dialog {
            self.prompt = Some(PathPrompt {
                purpose,
                text: String::new(),
            });
            return;
        }
        let (tx, rx) = channel();
        let repaint = ctx.clone();
        let (name, exts) = purpose.filter();
        let saves = purpose.saves();
        let spawned = std::thread::Builder::new()
            .name("hq-file-dialog".into())
            .spawn(move || {
                let d = rfd::FileDialog::new().add_filter(name, exts);
                let r = if saves { d.save_file() } else { d.pick_file() };
                let _ = tx.send(r);
                repaint.request_repaint();
            });
        match spawned {
            Ok(_) => {
                self.task = Some(FileTask {
                    purpose,
                    rx,
                    started: Instant::now(),
                })
            }
            Err(_) => {
                self.no_system_dialog = true;
                self.prompt = Some(PathPrompt {
                    purpose,
                    text: String::new(),
                });
            }
        }
    }

    /// Takes the decision made this frame, if any.
    pub fn take_outcome(&mut self) -> Option<Outcome> {
        self.outcome.take()
    }

    fn poll_task(&mut self) {
        let Some(task) = &self.task else { return };
        match task.rx.try_recv() {
            Ok(Some(p)) => {
                self.outcome = Some(Outcome::Path(task.purpose, p));
                self.task = None;
            }
            Ok(None) | Err(TryRecvError::Disconnected) => {
                if task.started.elapsed() < Duration::from_secs_f64(NO_DIALOG_SECS) {
                    // Nothing was shown: no portal or dialog available here.
                    self.no_system_dialog = true;
                    self.prompt = Some(PathPrompt {
                        purpose: task.purpose,
                        text: String::new(),
                    });
                }
                self.task = None;
            }
            Err(TryRecvError::Empty) => {
                if let Some(ctx) = &self.ctx {
                    ctx.request_repaint_after(Duration::from_millis(200));
                }
            }
        }
    }
}

/// The Import and Export entries of the File menu; true when Export… was chosen.
pub fn import_export_menu_ui(
    ui: &mut egui::Ui,
    tx: Tr,
    d: &mut Dialogs,
    has_result: bool,
    typed: bool,
) -> bool {
    let ctx = ui.ctx().clone();
    if ui
        .button(t!(tx, "dialog-import-staff-list"))
        .on_hover_text(t!(tx, "dialog-add-or-update-cadres"))
        .clicked()
    {
        d.ask_path(FilePurpose::Import, typed, &ctx);
    }
    ui.add_enabled(has_result, egui::Button::new(t!(tx, "dialog-export")))
        .on_hover_text(t!(tx, "dialog-excel-workbook-pdf-report"))
        .on_disabled_hover_text(t!(tx, "common-solve-current-scenario-first"))
        .clicked()
}

/// Draws whichever dialog is open; decisions are stored as the outcome.
pub fn dialogs_ui(
    ctx: &egui::Context,
    tx: Tr,
    d: &mut Dialogs,
    doc: &Document,
    cmds: &mut Vec<Command>,
) {
    d.poll_task();
    if let Some(mut imp) = d.import.take() {
        if exchange::import_dialog_ui(ctx, tx, &mut imp, &doc.plan, cmds) {
            d.import = Some(imp);
        }
        return;
    }
    if let Some(rec) = d.recovered.take() {
        let mut keep = Some(rec);
        egui::Modal::new(egui::Id::unique("recovery-modal")).show(ctx, |ui| {
            ui.set_max_width(460.0);
            ui.heading(t!(tx, "dialog-restore-unsaved-work"));
            let when = keep
                .as_ref()
                .map(|r| r.meta.written_at.clone())
                .unwrap_or_default();
            ui.label(t!(tx, "dialog-hq-planner-did-not", when = when));
            if let Some(o) = keep.as_ref().and_then(|r| r.meta.original.clone()) {
                ui.label(RichText::new(o.display().to_string()).weak());
            }
            ui.horizontal(|ui| {
                if ui.button(t!(tx, "dialog-restore")).clicked()
                    && let Some(r) = keep.take()
                {
                    d.outcome = Some(Outcome::Restore(Box::new(r)));
                }
                if ui.button(t!(tx, "dialog-discard-it")).clicked() {
                    keep = None;
                    d.outcome = Some(Outcome::DiscardRecovery);
                }
            });
        });
        d.recovered = keep;
        return;
    }
    if let Some(path) = d.changed_on_disk.clone() {
        let text = t!(
            tx,
            "dialog-path-was-saved-by",
            path = path.display().to_string()
        );
        let heading = t!(tx, "dialog-file-changed-on-disk");
        question_modal(
            ctx,
            ("changed-on-disk-modal", 460.0),
            &heading,
            &text,
            |ui| {
                if ui.button(t!(tx, "common-save-as")).clicked() {
                    d.outcome = Some(Outcome::SaveAs);
                    d.changed_on_disk = None;
                }
                if ui.button(t!(tx, "common-cancel")).clicked() {
                    d.changed_on_disk = None;
                    d.after_save = None;
                }
            },
        );
        return;
    }
    if let Some(action) = d.confirm.clone() {
        let text = t!(
            tx,
            "dialog-name-has-unsaved-changes",
            name = doc.display_name()
        );
        let heading = t!(tx, "dialog-save-changes");
        question_modal(ctx, ("confirm-modal", 420.0), &heading, &text, |ui| {
            if ui.button(t!(tx, "common-save")).clicked() {
                d.outcome = Some(Outcome::SaveThen(action.clone()));
                d.confirm = None;
            }
            if ui.button(t!(tx, "dialog-don-t-save")).clicked() {
                d.outcome = Some(Outcome::Discard(action.clone()));
                d.confirm = None;
            }
            if ui.button(t!(tx, "common-cancel")).clicked() {
                d.confirm = None;
            }
        });
        return;
    }
    if let Some(mut prompt) = d.prompt.take() {
        let mut open = true;
        egui::Modal::new(egui::Id::unique("path-modal")).show(ctx, |ui| {
            ui.set_min_width(480.0);
            ui.heading(prompt.purpose.title(tx));
            ui.label(t!(tx, "dialog-type-full-path-of"));
            let (_, exts) = prompt.purpose.filter();
            let r = ui
                .add(
                    egui::TextEdit::singleline(&mut prompt.text)
                        .hint_text(format!(
                            "/home/…/plan.{}",
                            exts.first().copied().unwrap_or("ron")
                        ))
                        .desired_width(f32::INFINITY),
                )
                .accessible_name(t!(tx, "dialog-type-full-path-of"));
            r.request_focus();
            let path = PathBuf::from(prompt.text.trim());
            let exists = path.is_file();
            let problem = if prompt.text.trim().is_empty() {
                None
            } else if !prompt.purpose.saves() && !exists {
                Some(t!(tx, "dialog-no-such-file"))
            } else if prompt.purpose.saves()
                && path
                    .parent()
                    .is_some_and(|p| !p.as_os_str().is_empty() && !p.is_dir())
            {
                Some(t!(tx, "common-folder-does-not-exist"))
            } else {
                None
            };
            if let Some(p) = &problem {
                ui.label(RichText::new(p).color(super::widgets::PROBLEM));
            } else if prompt.purpose.saves() && exists {
                ui.label(t!(tx, "dialog-file-exists-and-will"));
            }
            let ok = !prompt.text.trim().is_empty() && problem.is_none();
            // The field keeps the focus (requested every frame), so Enter is read directly.
            let enter = ui.input(|i| i.key_pressed(egui::Key::Enter));
            ui.horizontal(|ui| {
                if (ui
                    .add_enabled(ok, egui::Button::new(t!(tx, "dialog-ok")))
                    .clicked()
                    || (enter && ok))
                    && !path.as_os_str().is_empty()
                {
                    d.outcome = Some(Outcome::Path(prompt.purpose, path.clone()));
                    open = false;
                }
                if ui.button(t!(tx, "common-cancel")).clicked() {
                    open = false;
                    d.after_save = None;
                }
            });
        });
        if open {
            d.prompt = Some(prompt);
        }
        return;
    }
    if !d.errors.is_empty() {
        egui::Modal::new(egui::Id::unique("error-modal")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading(t!(tx, "dialog-something-went-wrong"));
            egui::ScrollArea::vertical()
                .max_height(300.0)
                .show(ui, |ui| {
                    for e in &d.errors {
                        ui.label(e);
                    }
                });
            if ui.button(t!(tx, "dialog-ok")).clicked() {
                d.errors.clear();
            }
        });
    }
}

/// A modal question `(id, max width)`: a heading, the text, then a row of
/// buttons that `buttons` draws.
fn question_modal(
    ctx: &egui::Context,
    (id, width): (&'static str, f32),
    heading: &str,
    text: &str,
    buttons: impl FnOnce(&mut egui::Ui),
) {
    egui::Modal::new(egui::Id::unique(id)).show(ctx, |ui| {
        ui.set_max_width(width);
        ui.heading(heading);
        ui.label(text);
        ui.add_space(8.0);
        ui.horizontal(buttons);
    });
}
