//! File > Import a staff list: the dialog with the column mapping, the preview
//! of accepted and rejected rows, and the job that reads and checks them.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use eframe::egui::{self, RichText};

use crate::core::input::{self, ImportError, ImportMode, ImportOptions, ImportPreview, StaffTable};
use crate::core::job::{Job, JobContext};
use crate::core::plan::{CadreField, ColumnMapping, Plan};
use crate::core::report;
use crate::gui::i18n::t;

use crate::gui::app::Command;
use crate::gui::i18n::Tr;
use crate::gui::solver::repainter;
use crate::gui::widgets as w;

use super::{Work, import_error_text, job_error_text, work_progress_ui};

/// What the import worker reports on the way.
#[derive(Debug)]
enum ImportStep {
    /// A step of reading or checking.
    Progress(report::Progress),
    /// The file was read; the proposed mapping.
    Read(Arc<StaffTable>, Vec<ColumnMapping>),
}

/// The rows checked, with the number of staff a refused replace would have
/// removed (all of them), to ask for a confirmation.
type Checked = (Result<ImportPreview, String>, Option<usize>);

/// Reading or checking running on a worker thread; its result is the checked
/// rows, or why the file could not be read.
#[derive(Debug)]
struct ImportWork {
    job: Job<ImportStep, Result<Checked, String>>,
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

/// Spawns `work` on a worker thread that reports through its [`JobContext`].
fn spawn_import(
    repaint: Option<egui::Context>,
    work: impl FnOnce(&JobContext<ImportStep>) -> Result<Checked, String> + Send + 'static,
) -> ImportWork {
    ImportWork {
        job: Job::spawn("hq-import", repainter(repaint), work),
        last: None,
    }
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
        d.work = Some(spawn_import(d.repaint.clone(), move |job| {
            let mut progress = |p| job.report(ImportStep::Progress(p));
            let table = input::read_staff_file(&file, &mut progress)
                .map(Arc::new)
                .map_err(|e| import_error_text(tx, &e, &file))?;
            let mapping = input::mapping_for(&table.headers, &plan.import_mapping);
            job.report(ImportStep::Read(table.clone(), mapping.clone()));
            Ok(check(
                &plan,
                &table,
                &mapping,
                mode,
                false,
                tx,
                &mut progress,
            ))
        }));
        d
    }

    /// Reads the worker's reports; true while it still works.
    pub fn poll(&mut self) -> bool {
        let Some(work) = self.work.as_mut() else {
            return false;
        };
        let (last, table, mapping) = (&mut work.last, &mut self.table, &mut self.mapping);
        let outcome = work.job.poll(|step| match step {
            ImportStep::Progress(p) => *last = Some(p),
            ImportStep::Read(t, m) => {
                *table = Some(t);
                *mapping = m;
            }
        });
        let Some(outcome) = outcome else {
            return true;
        };
        match outcome.unwrap_or_else(|e| Err(job_error_text(self.tx, Work::Import, &e))) {
            Ok((r, refused)) => {
                self.preview = Some(r);
                self.empty_refused = refused;
            }
            Err(e) => self.failed = Some(e),
        }
        self.work = None;
        false
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
        self.work = Some(spawn_import(self.repaint.clone(), move |job| {
            let mut progress = |p| job.report(ImportStep::Progress(p));
            Ok(check(
                &plan,
                &table,
                &mapping,
                mode,
                allow_empty,
                tx,
                &mut progress,
            ))
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
    let rl = tx.lang;
    let working = d.is_working();
    egui::Modal::new(egui::Id::unique("import-modal")).show(ctx, |ui| {
        ui.set_width(820.0);
        ui.heading(t!(tx, "common-import-staff-list"));
        ui.label(RichText::new(d.path.display().to_string()).weak());
        if let Some(e) = &d.failed {
            ui.label(RichText::new(e).color(w::PROBLEM));
        }
        ui.horizontal(|ui| {
            ui.label(t!(tx, "common-mode"));
            changed |= ui
                .selectable_value(
                    &mut d.mode,
                    ImportMode::Merge,
                    t!(tx, "import-merge-update-by-staff"),
                )
                .changed();
            changed |= ui
                .selectable_value(
                    &mut d.mode,
                    ImportMode::Replace,
                    t!(tx, "import-replace-whole-staff-list"),
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
                    RichText::new(t!(
                        tx,
                        "import-yes-remove-all-staff",
                        staff = tx.int(staff as u32)
                    ))
                    .color(w::PROBLEM),
                )
                .changed();
        }
        if let Some((first, last)) = d.table.as_ref().and_then(|t| t.stamp_rows) {
            ui.label(
                RichText::new(t!(
                    tx,
                    "import-rows-first-to-last",
                    first = first.to_string(),
                    last = last.to_string()
                ))
                .small()
                .weak(),
            );
        }
        if !d.mapping.is_empty() {
            w::heading(ui, &t!(tx, "import-columns"));
            ui.label(
                RichText::new(t!(tx, "import-choose-which-field-each"))
                    .small()
                    .weak(),
            );
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
                                        None => t!(tx, "import-ignored"),
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
            work_progress_ui(
                ui,
                tx,
                &t!(tx, "import-reading-and-checking-rows"),
                work.last,
            );
        }
        match &d.preview {
            None => {}
            Some(Err(e)) => {
                ui.label(RichText::new(e).color(w::PROBLEM));
            }
            Some(Ok(p)) => {
                ui.label(t!(
                    tx,
                    "import-read-rows-read-ok",
                    read = tx.int(p.rows_read as u32),
                    ok = tx.int(p.accepted.len() as u32),
                    new = tx.int(p.new_cadres() as u32),
                    upd = tx.int(p.updated_cadres() as u32),
                    bad = tx.int(p.rejected.len() as u32)
                ));
                if let Some(staff) = p.removes_everyone {
                    ui.label(
                        RichText::new(t!(
                            tx,
                            "import-this-removes-all-staff",
                            staff = tx.int(staff as u32),
                            kept = tx.int(p.accepted.len() as u32)
                        ))
                        .color(w::PROBLEM)
                        .strong(),
                    );
                }
                accepted_table_ui(ui, tx, p);
                if !p.rejected.is_empty() {
                    w::heading(ui, &t!(tx, "import-rejected-rows"));
                    egui::ScrollArea::vertical()
                        .id_salt("import-rejected")
                        .max_height(140.0)
                        .show(ui, |ui| {
                            for r in &p.rejected {
                                ui.label(
                                    RichText::new(t!(
                                        tx,
                                        "import-row-row-code-why",
                                        row = r.row.to_string(),
                                        code = input::shown(&r.code, rl),
                                        why = r.reasons_text(rl)
                                    ))
                                    .color(w::PROBLEM)
                                    .small(),
                                );
                            }
                        });
                    ui.horizontal(|ui| {
                        ui.add(
                            egui::TextEdit::singleline(&mut d.rejected_path).desired_width(440.0),
                        )
                        .accessible_name(t!(tx, "import-file-for-rejected-rows"));
                        if ui
                            .button(t!(tx, "import-save-rejected-rows"))
                            .on_hover_text(t!(tx, "import-writes-rejected-rows-with"))
                            .clicked()
                        {
                            let out = PathBuf::from(d.rejected_path.trim());
                            d.rejected_note = Some(if input::same_file(&out, &d.path) {
                                Err(t!(
                                    tx,
                                    "import-rejected-rows-cannot-be",
                                    path = out.display().to_string()
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
                            ui.label(
                                RichText::new(t!(
                                    tx,
                                    "import-wrote-path",
                                    path = out.display().to_string()
                                ))
                                .color(w::GOOD)
                                .small(),
                            );
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
                .add_enabled(ready.is_some(), egui::Button::new(t!(tx, "import-import")))
                .on_hover_text(t!(tx, "import-undo-brings-previous-staff"))
                .clicked()
                && let Some(p) = ready
            {
                let preview = p.clone();
                let label = t!(tx, "import-import-staff-list");
                cmds.push(Command::edit("import", label, move |plan| {
                    input::apply(plan, &preview);
                }));
                open = false;
            }
            if ui.button(t!(tx, "common-cancel")).clicked() {
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
                t!(tx, "import-row"),
                t!(tx, "common-staff-code"),
                t!(tx, "common-name"),
                t!(tx, "import-change"),
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
                        t!(tx, "import-update")
                    } else {
                        t!(tx, "import-new")
                    });
                });
            });
        });
    });
    if p.accepted.len() > shown {
        ui.label(
            RichText::new(t!(
                tx,
                "import-first-n-rows-shown",
                n = tx.int(shown as u32)
            ))
            .small()
            .weak(),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gui::i18n::Lang;

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
}
