//! The app: all state, the frame (menu bar, navigation, status bar), and the
//! one place where [`Command`]s returned by panels are applied.

use std::path::PathBuf;

use eframe::egui::{self, Key, KeyboardShortcut, Modifiers, Ui};

use crate::core::file::{self, EntityKind};
use crate::core::plan::Plan;
use crate::core::solve::{Solution, SolveOptions};
use crate::gui::i18n::t;

use super::dialogs::{self, Dialogs, FilePurpose, PendingAction};
use super::document::Document;
use super::i18n::{Lang, Tr};
use super::recovery::{AUTOSAVE_SECS, Recovery};
use super::settings::{self, Settings, ThemeChoice, View};
use super::solver::{Backend, SolveJob, Solver};
mod actions;
mod chrome;

use super::{
    cadres_ui, compare_ui, housing_ui, overview_ui, results_ui, rules_ui, scenarios_ui, sites_ui,
    transport_ui, units_ui, zones_ui,
};

/// Save.
pub const SHORTCUT_SAVE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
/// Open.
pub const SHORTCUT_OPEN: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
/// Undo.
pub const SHORTCUT_UNDO: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
/// Redo.
pub const SHORTCUT_REDO: KeyboardShortcut = KeyboardShortcut::new(
    Modifiers {
        shift: true,
        ..Modifiers::COMMAND
    },
    Key::Z,
);
/// Redo (alternative).
pub const SHORTCUT_REDO_Y: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Y);
/// Find: focus the search field of the current table.
pub const SHORTCUT_FIND: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::F);
/// Solve the current scenario.
pub const SHORTCUT_SOLVE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::F5);

/// Something a panel asks the app to do, applied once after drawing.
pub enum Command {
    /// Change the plan (recorded for undo; `key` groups typing in one field).
    Edit {
        /// Coalescing key, e.g. `site.0.desks`.
        key: String,
        /// What the edit does, for the Undo menu.
        label: String,
        /// The change.
        apply: Box<dyn FnOnce(&mut Plan)>,
    },
    /// Show a view.
    Show(View),
    /// Show an entity (index in its list) in its view.
    Goto(EntityKind, usize),
    /// Show an entity by id (staff code for cadres).
    GotoId(EntityKind, String),
    /// Show the cadres table filtered to one unit.
    ShowCadresOfUnit(String),
    /// Undo.
    Undo,
    /// Redo.
    Redo,
    /// File > New.
    New,
    /// File > Open (dialog).
    Open,
    /// Open this file.
    OpenPath(PathBuf),
    /// Open the built-in sample.
    OpenSample,
    /// Save (asks for a path the first time).
    Save,
    /// Save as (dialog).
    SaveAs,
    /// Solve the current scenario.
    Solve,
    /// Cancel the running solve.
    CancelSolve,
    /// Make a scenario current.
    SelectScenario(String),
    /// Change language.
    SetLang(Lang),
    /// Change theme.
    SetTheme(ThemeChoice),
    /// Keep a tried hand move: the scenario's shown solution becomes the
    /// evaluated one, and the person is pinned to the site they were moved to
    /// (a plan edit, so it lasts across solves and in the file, and is undoable).
    KeepHandMove {
        /// Scenario id.
        scenario: String,
        /// The solution with the move, as evaluated.
        solution: Box<crate::core::solve::Solution>,
        /// Staff code moved.
        code: String,
    },
    /// Forget hand moves (and the pins they set) and show the solver's result again.
    ResetHandMoves(String),
    /// Open the Export dialog.
    Export,
    /// Show a message in the status bar.
    Status(String),
    /// Show an error in a dialog.
    Error(String),
    /// Quit (asks about unsaved changes).
    Quit,
}

impl Command {
    /// An edit command.
    pub fn edit(
        key: impl Into<String>,
        label: impl Into<String>,
        apply: impl FnOnce(&mut Plan) + 'static,
    ) -> Self {
        Command::Edit {
            key: key.into(),
            label: label.into(),
            apply: Box::new(apply),
        }
    }
}

/// Selection and scroll target of a list panel (runtime only).
#[derive(Debug, Default, Clone)]
pub struct ListState {
    /// Selected row (index in the plan's list).
    pub selected: Option<usize>,
    /// Row to scroll to on the next frame.
    pub scroll_to: Option<usize>,
    /// Search text.
    pub search: String,
}

/// Runtime state of every panel.
#[derive(Default)]
pub struct Panels {
    /// Headquarters.
    pub sites: ListState,
    /// Units.
    pub units: ListState,
    /// Cadres.
    pub cadres: cadres_ui::CadresState,
    /// Zones and travel.
    pub zones: zones_ui::ZonesState,
    /// Transport.
    pub transport: ListState,
    /// Housing.
    pub housing: ListState,
    /// Rules.
    pub rules: rules_ui::RulesState,
    /// Scenarios.
    pub scenarios: scenarios_ui::ScenariosState,
    /// Results.
    pub results: results_ui::ResultsState,
    /// Compare.
    pub compare: compare_ui::CompareState,
}

/// How the app is started.
#[derive(Debug, Clone, Default)]
pub struct AppOptions {
    /// Plan file given on the command line.
    pub file: Option<PathBuf>,
    /// Folder for the recovery file (None: no autosave).
    pub recovery_dir: Option<PathBuf>,
    /// Optimiser functions.
    pub backend: Backend,
}

/// The whole app.
pub struct HqApp {
    /// Remembered settings.
    pub settings: Settings,
    /// The open plan.
    pub doc: Document,
    /// Panel states.
    pub panels: Panels,
    /// Solving and results.
    pub solver: Solver,
    /// Modal dialogs.
    pub dialogs: Dialogs,
    /// Optimiser functions.
    pub backend: Backend,
    recovery: Recovery,
    autosaved_revision: u64,
    last_autosave: f64,
    /// Status bar message.
    pub status: String,
    close_confirmed: bool,
    focus_search: bool,
    applied_theme: Option<ThemeChoice>,
    tour: Option<super::tour::Tour>,
    /// The Export dialog, while open.
    pub export: Option<super::exchange::ExportDialog>,
    title: String,
}

impl HqApp {
    /// Creates the app: opens `opts.file`, else the last file, else the sample;
    /// offers to restore a recovery copy left by a crash.
    pub fn new(mut settings: Settings, opts: AppOptions) -> Self {
        let recovery = Recovery::new(opts.recovery_dir.clone());
        let mut dialogs = Dialogs::default();
        let wanted = opts.file.clone().or_else(|| settings.last_file.clone());
        let doc = match wanted.as_deref().map(Document::open) {
            Some(Ok(d)) => {
                if let Some(p) = &d.path {
                    settings.remember_file(p.clone());
                }
                d
            }
            Some(Err(e)) => {
                let tx = Tr::new(settings.lang);
                dialogs
                    .errors
                    .push(crate::gui::i18n_problems::error_text(tx, &e));
                Document::sample().unwrap_or_else(|_| Document::new(Plan::default(), None))
            }
            None => Document::sample().unwrap_or_else(|_| Document::new(Plan::default(), None)),
        };
        dialogs.recovered = recovery.find();
        let mut app = Self {
            settings,
            doc,
            panels: Panels::default(),
            solver: Solver::default(),
            dialogs,
            backend: opts.backend,
            recovery,
            autosaved_revision: 0,
            last_autosave: 0.0,
            status: String::new(),
            close_confirmed: false,
            focus_search: false,
            applied_theme: None,
            tour: super::tour::Tour::from_env(),
            export: None,
            title: String::new(),
        };
        app.fix_scenario();
        app
    }

    /// Changes the language (messages written in the old one are cleared).
    pub fn set_lang(&mut self, l: Lang) {
        if self.settings.lang != l {
            self.settings.lang = l;
            self.status.clear();
        }
    }

    /// The translator for the current language.
    pub fn tr(&self) -> Tr {
        Tr::new(self.settings.lang)
    }

    /// The current scenario id, if the plan has any scenario.
    pub fn scenario(&self) -> Option<&str> {
        self.settings.scenario.as_deref()
    }

    /// Keeps the current scenario pointing at an existing one.
    fn fix_scenario(&mut self) {
        let plan = &self.doc.plan;
        let ok = self
            .settings
            .scenario
            .as_deref()
            .is_some_and(|s| plan.scenarios.iter().any(|x| x.id == s));
        if !ok {
            self.settings.scenario = plan.scenarios.first().map(|s| s.id.clone());
        }
    }

    /// Draws one frame inside `ui` and applies the commands it produced.
    pub fn frame_ui(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        if self.dialogs.ctx.is_none() {
            self.dialogs.ctx = Some(ctx.clone());
        }
        if self.applied_theme != Some(self.settings.theme) {
            self.settings.apply_theme(&ctx);
            self.applied_theme = Some(self.settings.theme);
        }
        let now = ctx.input(|i| i.time);
        let mut cmds = Vec::new();
        if let Some(mut tour) = self.tour.take() {
            cmds.extend(tour.advance(self, &ctx));
            self.tour = Some(tour);
        }
        if self.solver.poll() {
            self.after_solve();
        }
        if let Some(job) = &self.solver.job {
            let _ = job;
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
        self.shortcuts(&ctx, &mut cmds);
        if self.doc.refresh_problems() {
            ctx.request_repaint_after(std::time::Duration::from_millis(50));
        }
        self.top_bar_ui(ui, &mut cmds);
        // A compact progress strip on every page while a solve runs (Results
        // has the detailed panel).
        if self.settings.view != View::Results
            && let Some(job) = &self.solver.job
        {
            let tx = self.tr();
            let m = super::solve_strip::StripModel::new(
                tx,
                job.elapsed_secs(),
                job.last.as_ref(),
                job.cancelling,
            );
            super::solve_strip::solve_strip_ui(ui, tx, &m, &mut cmds);
        }
        self.status_bar_ui(ui, &mut cmds);
        self.nav_ui(ui, &mut cmds);
        egui::CentralPanel::default().show(ui, |ui| {
            self.view_ui(ui, &mut cmds);
        });
        let tx = self.tr();
        self.export_ui(&ctx);
        dialogs::dialogs_ui(&ctx, tx, &mut self.dialogs, &self.doc, &mut cmds);
        if let Some(out) = self.dialogs.take_outcome() {
            self.apply_dialog_outcome(out, &mut cmds);
        }
        self.handle_close(&ctx);
        for c in cmds {
            self.apply(c, now, &ctx);
        }
        self.autosave(now, &ctx);
        let title = format!(
            "{}{} — HQ Planner",
            if self.doc.is_modified() { "● " } else { "" },
            self.doc.display_name()
        );
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    /// Scenarios with a plan to export, the current one first.
    pub fn export_choices(&self) -> Vec<super::exchange::ExportChoice> {
        let current = self.scenario().unwrap_or_default();
        let mut out: Vec<_> = self
            .doc
            .plan
            .scenarios
            .iter()
            .filter_map(|sc| {
                let r = self.solver.results.get(&sc.id)?;
                (!r.solution.assignments.is_empty()).then(|| super::exchange::ExportChoice {
                    id: sc.id.clone(),
                    name: sc.name.clone(),
                    stale: r.is_stale(self.doc.revision),
                    cadres: r.solution.assignments.len(),
                })
            })
            .collect();
        out.sort_by_key(|c| c.id != current);
        out
    }

    /// Draws the Export dialog and runs what it asks for.
    fn export_ui(&mut self, ctx: &egui::Context) {
        use super::exchange::{ExportAction, export_dialog_ui, show_folder, start_export};
        let choices = self.export_choices();
        let tx = self.tr();
        let system_dialog = !self.settings.typed_path_dialogs;
        let Some(d) = self.export.as_mut() else {
            return;
        };
        if let Some(job) = d.job.as_mut() {
            if let Some(outcome) = job.poll() {
                match outcome {
                    Ok(()) => {
                        self.status = t!(
                            tx,
                            "common-exported-path",
                            path = job.path.display().to_string()
                        );
                        d.written = Some(job.path.clone());
                    }
                    Err(e) => d.failed = Some(e),
                }
                d.job = None;
            } else {
                ctx.request_repaint_after(std::time::Duration::from_millis(100));
            }
        }
        match export_dialog_ui(ctx, tx, d, &choices, system_dialog) {
            Some(ExportAction::Start) => {
                // The ticked scenarios, current first, each with its result.
                let order: Vec<&str> = choices
                    .iter()
                    .map(|c| c.id.as_str())
                    .filter(|id| d.scenarios.iter().any(|s| s == id))
                    .collect();
                let results: Vec<_> = order
                    .iter()
                    .filter_map(|id| self.solver.results.get(*id).cloned())
                    .collect();
                if let Some(req) = d.request(tx).filter(|_| !results.is_empty()) {
                    d.remember(&mut self.settings.export);
                    d.written = None;
                    d.failed = None;
                    self.status = t!(tx, "common-exporting");
                    d.job = Some(start_export(req, results, ctx.clone(), tx));
                } else {
                    d.failed = Some(t!(tx, "common-solve-current-scenario-first"));
                }
            }
            Some(ExportAction::Browse) => {
                let purpose = match d.format {
                    crate::core::report::ExportFormat::Pdf => FilePurpose::ExportPdf,
                    crate::core::report::ExportFormat::Csv => FilePurpose::ExportCsv,
                    crate::core::report::ExportFormat::Xlsx => FilePurpose::ExportXlsx,
                };
                self.dialogs
                    .ask_path(purpose, self.settings.typed_path_dialogs, ctx);
            }
            Some(ExportAction::ShowFolder(p)) => {
                let dir = p
                    .parent()
                    .filter(|d| !d.as_os_str().is_empty())
                    .map(std::path::Path::to_path_buf)
                    .unwrap_or_else(|| PathBuf::from("."));
                if let Err(e) = show_folder(&dir) {
                    self.dialogs.errors.push(format!(
                        "{} ({e})",
                        t!(
                            tx,
                            "app-cannot-open-folder-file",
                            path = dir.display().to_string()
                        )
                    ));
                }
            }
            Some(ExportAction::Close) => {
                d.remember(&mut self.settings.export);
                self.export = None;
            }
            None => {}
        }
    }
}

/// The navigation label of a view.
pub fn view_label(tx: Tr, v: View) -> String {
    match v {
        View::Overview => t!(tx, "common-overview"),
        View::Sites => t!(tx, "entity-site"),
        View::Units => t!(tx, "common-units"),
        View::Cadres => t!(tx, "common-cadres"),
        View::Zones => t!(tx, "common-zones-travel"),
        View::Transport => t!(tx, "entity-transport"),
        View::Housing => t!(tx, "entity-housing"),
        View::Rules => t!(tx, "entity-rules"),
        View::Scenarios => t!(tx, "common-scenarios"),
        View::Results => t!(tx, "common-results"),
        View::Compare => t!(tx, "app-compare"),
        View::Settings => t!(tx, "common-settings"),
    }
}

impl eframe::App for HqApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, settings::STORAGE_KEY, &self.settings);
    }
}
