//! File > Import a staff list (with a preview of accepted and rejected rows and
//! the column mapping) and File > Export (XLSX, PDF, CSV) of the current
//! scenario, through `core::report`. Exports run on a worker thread.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use eframe::egui::{self, RichText};

use crate::core::file;
use crate::core::plan::{CadreField, ColumnMapping, Plan};
use crate::core::report::import::{self, ImportMode, ImportOptions, ImportPreview, StaffTable};
use crate::core::report::{self, ExportFormat, ExportOptions, ReportModel};

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

/// An export running on a worker thread.
#[derive(Debug)]
pub struct ExportJob {
    /// Where it writes.
    pub path: PathBuf,
    rx: Receiver<Result<(), String>>,
}

impl ExportJob {
    /// The outcome once finished.
    pub fn poll(&self) -> Option<Result<(), String>> {
        match self.rx.try_recv() {
            Ok(r) => Some(r),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err("the export stopped unexpectedly".into())),
        }
    }
}

/// Starts exporting `results` (the current scenario's first, then the others
/// for the workbook's comparison sheet) to `path`.
pub fn start_export(
    format: ExportFormat,
    path: &Path,
    lang: Lang,
    results: Vec<ScenarioResult>,
    repaint: egui::Context,
) -> ExportJob {
    let (tx, rx) = channel();
    let out = path.to_owned();
    let spawned = std::thread::Builder::new()
        .name("hq-export".into())
        .spawn(move || {
            let r = export(format, &out, lang, &results);
            let _ = tx.send(r);
            repaint.request_repaint();
        });
    if let Err(e) = spawned {
        let (tx2, rx2) = channel();
        let _ = tx2.send(Err(format!("cannot start the export: {e}")));
        return ExportJob {
            path: path.to_owned(),
            rx: rx2,
        };
    }
    ExportJob {
        path: path.to_owned(),
        rx,
    }
}

fn export(
    format: ExportFormat,
    path: &Path,
    lang: Lang,
    results: &[ScenarioResult],
) -> Result<(), String> {
    let opts = ExportOptions {
        lang: report_lang(lang),
        anonymize: false,
        exported_at: chrono::Local::now().naive_local(),
        sign_off: Default::default(),
    };
    let mut models = Vec::new();
    for r in results {
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
    report::write_export(&models, format, path, &mut |_| {}).map_err(|e| e.to_string())
}

/// The import dialog's state.
#[derive(Debug)]
pub struct ImportDialog {
    /// File read.
    pub path: PathBuf,
    table: StaffTable,
    /// Column -> field.
    pub mapping: Vec<ColumnMapping>,
    /// Merge or replace.
    pub mode: ImportMode,
    /// Checked rows, or why they could not be checked.
    pub preview: Result<ImportPreview, String>,
}

impl ImportDialog {
    /// Reads `path` and previews it against `plan` with the plan's saved mapping.
    pub fn open(path: &Path, plan: &Plan) -> anyhow::Result<Self> {
        let table = import::read_staff_file(path, &mut |_| {})?;
        let mapping = import::mapping_for(&table.headers, &plan.import_mapping);
        let mut d = Self {
            path: path.to_owned(),
            table,
            mapping,
            mode: ImportMode::Merge,
            preview: Err(String::new()),
        };
        d.recheck(plan);
        Ok(d)
    }

    fn recheck(&mut self, plan: &Plan) {
        let opts = ImportOptions::for_day(self.mode, chrono::Local::now().date_naive());
        self.preview = import::preview(plan, &self.table, &self.mapping, &opts, &mut |_| {})
            .map_err(|e| e.to_string());
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
    let mut open = true;
    let mut changed = false;
    let rl = report_lang(tx.lang);
    egui::Modal::new(egui::Id::unique("import-modal")).show(ctx, |ui| {
        ui.set_width(760.0);
        ui.heading(tx.t("Import a staff list"));
        ui.label(RichText::new(d.path.display().to_string()).weak());
        ui.horizontal(|ui| {
            ui.label(tx.t("Mode"));
            if ui
                .selectable_value(
                    &mut d.mode,
                    ImportMode::Merge,
                    tx.t("Merge: update by staff code, add new people"),
                )
                .changed()
            {
                changed = true;
            }
            if ui
                .selectable_value(
                    &mut d.mode,
                    ImportMode::Replace,
                    tx.t("Replace the whole staff list"),
                )
                .changed()
            {
                changed = true;
            }
        });
        w::heading(ui, tx.t("Columns"));
        egui::ScrollArea::vertical()
            .id_salt("import-mapping")
            .max_height(200.0)
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
        ui.separator();
        match &d.preview {
            Err(e) => {
                ui.label(RichText::new(e).color(w::PROBLEM));
            }
            Ok(p) => {
                ui.label(tx.tf(
                    "{read} rows read: {ok} will be imported, {bad} rejected.",
                    &[
                        ("read", tx.int(p.rows_read as u32)),
                        ("ok", tx.int(p.accepted.len() as u32)),
                        ("bad", tx.int(p.rejected.len() as u32)),
                    ],
                ));
                if !p.rejected.is_empty() {
                    egui::ScrollArea::vertical()
                        .id_salt("import-rejected")
                        .max_height(180.0)
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
                }
            }
        }
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            let ok = d.preview.as_ref().is_ok_and(|p| !p.accepted.is_empty());
            if ui
                .add_enabled(ok, egui::Button::new(tx.t("Import")))
                .on_hover_text(tx.t("Undo brings the previous staff list back"))
                .clicked()
                && let Ok(p) = &d.preview
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
