//! The app: all state, the frame (menu bar, navigation, status bar), and the
//! one place where [`Command`]s returned by panels are applied.

use std::path::PathBuf;

use eframe::egui::{self, Key, KeyboardShortcut, Modifiers, RichText, Ui};

use crate::core::file::{self, EntityKind};
use crate::core::plan::Plan;
use crate::core::solve::{Solution, SolveOptions};

use super::dialogs::{self, Dialogs, FilePurpose, PendingAction};
use super::document::Document;
use super::i18n::{Lang, Tr};
use super::recovery::{AUTOSAVE_SECS, Recovery};
use super::settings::{self, Settings, ThemeChoice, View};
use super::solver::{Backend, SolveJob, Solver};
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
    /// One selectable label per language (View menu and Settings).
    fn lang_choices_ui(&self, ui: &mut egui::Ui, cmds: &mut Vec<Command>) {
        for lang in crate::gui::i18n::MENU_LANGS {
            if ui
                .selectable_label(self.settings.lang == lang, lang.native_name())
                .clicked()
            {
                cmds.push(Command::SetLang(lang));
            }
        }
    }

    /// Light and dark theme choices (View menu and Settings).
    fn theme_choices_ui(&self, ui: &mut egui::Ui, cmds: &mut Vec<Command>) {
        let tx = self.tr();
        for (theme, label) in [
            (ThemeChoice::Light, tx.t("Light theme")),
            (ThemeChoice::Dark, tx.t("Dark theme")),
        ] {
            if ui
                .selectable_label(self.settings.theme == theme, label)
                .clicked()
            {
                cmds.push(Command::SetTheme(theme));
            }
        }
    }

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
                        self.status = tx.tf(
                            "Exported {path}",
                            &[("path", job.path.display().to_string())],
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
                    self.status = tx.t("Exporting…").to_owned();
                    d.job = Some(start_export(req, results, ctx.clone(), tx));
                } else {
                    d.failed = Some(tx.t("Solve the current scenario first").to_owned());
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
                        tx.tf(
                            "Cannot open the folder; the file is in {path}",
                            &[("path", dir.display().to_string())]
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

    fn shortcuts(&mut self, ctx: &egui::Context, cmds: &mut Vec<Command>) {
        ctx.input_mut(|i| {
            if i.consume_shortcut(&SHORTCUT_SAVE) {
                cmds.push(Command::Save);
            }
            if i.consume_shortcut(&SHORTCUT_OPEN) {
                cmds.push(Command::Open);
            }
            if i.consume_shortcut(&SHORTCUT_REDO) || i.consume_shortcut(&SHORTCUT_REDO_Y) {
                cmds.push(Command::Redo);
            }
            if i.consume_shortcut(&SHORTCUT_UNDO) {
                cmds.push(Command::Undo);
            }
            if i.consume_shortcut(&SHORTCUT_SOLVE) {
                cmds.push(Command::Solve);
            }
            if i.consume_shortcut(&SHORTCUT_FIND) {
                self.focus_search = true;
            }
        });
    }

    fn top_bar_ui(&mut self, ui: &mut Ui, cmds: &mut Vec<Command>) {
        let tx = self.tr();
        egui::Panel::top("top-bar").show(ui, |ui| {
            ui.add_space(2.0);
            egui::MenuBar::new().ui(ui, |ui| {
                ui.menu_button(tx.t("File"), |ui| {
                    self.file_menu_ui(ui, cmds);
                });
                ui.menu_button(tx.t("Edit"), |ui| {
                    let undo = self.doc.undo.undo_label().map(str::to_owned);
                    let redo = self.doc.undo.redo_label().map(str::to_owned);
                    let u = ui
                        .add_enabled(
                            undo.is_some(),
                            egui::Button::new(tx.t("Undo"))
                                .shortcut_text(ui.ctx().format_shortcut(&SHORTCUT_UNDO)),
                        )
                        .on_hover_text(undo.unwrap_or_default());
                    if u.clicked() {
                        cmds.push(Command::Undo);
                    }
                    let r = ui
                        .add_enabled(
                            redo.is_some(),
                            egui::Button::new(tx.t("Redo"))
                                .shortcut_text(ui.ctx().format_shortcut(&SHORTCUT_REDO)),
                        )
                        .on_hover_text(redo.unwrap_or_default());
                    if r.clicked() {
                        cmds.push(Command::Redo);
                    }
                    ui.separator();
                    if ui
                        .add(
                            egui::Button::new(tx.t("Find"))
                                .shortcut_text(ui.ctx().format_shortcut(&SHORTCUT_FIND)),
                        )
                        .clicked()
                    {
                        self.focus_search = true;
                    }
                });
                ui.menu_button(tx.t("View"), |ui| {
                    self.lang_choices_ui(ui, cmds);
                    ui.separator();
                    self.theme_choices_ui(ui, cmds);
                });
                ui.separator();
                self.scenario_bar_ui(ui, cmds);
            });
            ui.add_space(2.0);
        });
    }

    fn file_menu_ui(&mut self, ui: &mut Ui, cmds: &mut Vec<Command>) {
        let tx = self.tr();
        if ui.button(tx.t("New plan")).clicked() {
            cmds.push(Command::New);
        }
        if ui
            .add(
                egui::Button::new(tx.t("Open…"))
                    .shortcut_text(ui.ctx().format_shortcut(&SHORTCUT_OPEN)),
            )
            .clicked()
        {
            cmds.push(Command::Open);
        }
        ui.menu_button(tx.t("Open recent"), |ui| {
            if self.settings.recent.is_empty() {
                ui.label(RichText::new(tx.t("No recent files")).weak());
            }
            for p in self.settings.recent.clone() {
                if ui.button(p.display().to_string()).clicked() {
                    cmds.push(Command::OpenPath(p));
                }
            }
        });
        if ui
            .button(tx.t("Open the sample plan"))
            .on_hover_text(tx.t("The built-in Hải Dương → Hải Phòng plan with 2,582 staff"))
            .clicked()
        {
            cmds.push(Command::OpenSample);
        }
        ui.separator();
        if ui
            .add(
                egui::Button::new(tx.t("Save"))
                    .shortcut_text(ui.ctx().format_shortcut(&SHORTCUT_SAVE)),
            )
            .clicked()
        {
            cmds.push(Command::Save);
        }
        if ui.button(tx.t("Save as…")).clicked() {
            cmds.push(Command::SaveAs);
        }
        ui.separator();
        let has_result = !self.export_choices().is_empty();
        if dialogs::import_export_menu_ui(
            ui,
            tx,
            &mut self.dialogs,
            has_result,
            self.settings.typed_path_dialogs,
        ) {
            cmds.push(Command::Export);
        }
        ui.separator();
        if ui.button(tx.t("Quit")).clicked() {
            cmds.push(Command::Quit);
        }
    }

    fn scenario_bar_ui(&mut self, ui: &mut Ui, cmds: &mut Vec<Command>) {
        let tx = self.tr();
        ui.label(tx.t("Scenario:"));
        let options: Vec<(String, String)> = self
            .doc
            .plan
            .scenarios
            .iter()
            .map(|s| (s.id.clone(), s.name.clone()))
            .collect();
        let current = self.settings.scenario.clone().unwrap_or_default();
        super::widgets::set_name(ui, tx.t("Scenario:"));
        let picked =
            super::widgets::id_combo(ui, "current-scenario", &current, &options, None, 240.0);
        super::widgets::clear_name(ui);
        if let Some(id) = picked {
            cmds.push(Command::SelectScenario(id));
        }
        if self.solver.is_running() {
            if ui
                .button(tx.t("Cancel solve"))
                .on_hover_text(tx.t("Stop the optimiser; its best plan so far is kept"))
                .clicked()
            {
                cmds.push(Command::CancelSolve);
            }
            ui.spinner();
        } else {
            let can = !options.is_empty();
            let b = ui
                .add_enabled(
                    can,
                    egui::Button::new(RichText::new(format!("▶ {}", tx.t("Solve"))).strong())
                        .shortcut_text(ui.ctx().format_shortcut(&SHORTCUT_SOLVE)),
                )
                .on_hover_text(tx.t(
                    "Assign every cadre a headquarters and a way to get there, in the background",
                ));
            if b.clicked() {
                cmds.push(Command::Solve);
            }
        }
    }

    fn status_bar_ui(&mut self, ui: &mut Ui, cmds: &mut Vec<Command>) {
        let tx = self.tr();
        egui::Panel::bottom("status-bar").show(ui, |ui| {
            ui.horizontal(|ui| {
                let name = match &self.doc.path {
                    Some(p) => p.display().to_string(),
                    None => format!("{} ({})", self.doc.plan.name, tx.t("not saved to a file")),
                };
                ui.label(RichText::new(name).small());
                ui.separator();
                if self.doc.is_modified() {
                    ui.label(
                        RichText::new(format!("● {}", tx.t("Unsaved changes")))
                            .small()
                            .color(super::widgets::PROBLEM),
                    );
                } else {
                    ui.label(RichText::new(tx.t("All changes saved")).small());
                }
                ui.separator();
                let n = self.doc.problems.list.len();
                let text = if n == 0 {
                    RichText::new(format!("● {}", tx.t("No problems")))
                        .small()
                        .color(super::widgets::GOOD)
                } else {
                    RichText::new(format!(
                        "▲ {}",
                        tx.tf("{n} problems", &[("n", tx.int(n as u32))])
                    ))
                    .small()
                    .color(super::widgets::PROBLEM)
                };
                if ui
                    .link(text)
                    .on_hover_text(tx.t("Show the list of problems"))
                    .clicked()
                {
                    cmds.push(Command::Show(View::Overview));
                }
                ui.separator();
                ui.label(RichText::new(self.solve_status_text(tx)).small());
                if !self.status.is_empty() {
                    ui.separator();
                    ui.label(RichText::new(&self.status).small().weak());
                }
            });
        });
    }

    /// The last solve status in words (status bar).
    pub fn solve_status_text(&self, tx: Tr) -> String {
        if let Some(job) = &self.solver.job {
            return tx.tf("Solving… {s} s", &[("s", tx.num(job.elapsed_secs(), 0))]);
        }
        if let Some(e) = &self.solver.last_error {
            return format!("{}: {}", tx.t("Solve failed"), tx.solve_error(e));
        }
        let Some(sc) = self.scenario() else {
            return tx.t("No scenario").to_owned();
        };
        match self.solver.results.get(sc) {
            Some(r) => {
                let mut s = format!(
                    "{}: {}",
                    tx.t("Last solve"),
                    results_ui::status_label(tx, r)
                );
                if r.is_stale(self.doc.revision) {
                    s.push_str(&format!(" · {}", tx.t("out of date")));
                }
                s
            }
            None => tx.t("Not solved yet").to_owned(),
        }
    }

    fn nav_ui(&mut self, ui: &mut Ui, cmds: &mut Vec<Command>) {
        let tx = self.tr();
        let plan = &self.doc.plan;
        egui::Panel::left("nav")
            .resizable(false)
            .exact_size(190.0)
            .show(ui, |ui| {
                ui.add_space(8.0);
                ui.label(
                    RichText::new("HQ Planner")
                        .size(18.0)
                        .family(egui::FontFamily::Name(super::BOLD_FAMILY.into())),
                );
                ui.label(RichText::new(&plan.name).small().weak());
                ui.add_space(8.0);
                for view in View::NAV {
                    if view == View::Scenarios || view == View::Settings {
                        ui.separator();
                    }
                    let count = match view {
                        View::Sites => Some(plan.sites.len()),
                        View::Units => Some(plan.units.len()),
                        View::Cadres => Some(plan.cadres.len()),
                        View::Zones => Some(plan.zones.len()),
                        View::Transport => Some(plan.transport.len()),
                        View::Housing => Some(plan.housing.len()),
                        View::Scenarios => Some(plan.scenarios.len()),
                        _ => None,
                    };
                    let selected = self.settings.view == view;
                    let label = view_label(tx, view);
                    let r = ui.add_sized(
                        [ui.available_width(), 26.0],
                        match count {
                            Some(c) => egui::Button::selectable(selected, label)
                                .right_text(RichText::new(tx.int(c as u32)).weak()),
                            None => egui::Button::selectable(selected, label)
                                .right_text(egui::Atom::grow()),
                        },
                    );
                    if r.clicked() {
                        cmds.push(Command::Show(view));
                    }
                }
            });
    }

    fn view_ui(&mut self, ui: &mut Ui, cmds: &mut Vec<Command>) {
        let tx = self.tr();
        let focus = std::mem::take(&mut self.focus_search);
        let ctx = super::PanelCtx {
            plan: &self.doc.plan,
            problems: &self.doc.problems,
            tx,
            revision: self.doc.revision,
            scenario: self.settings.scenario.as_deref(),
            focus_search: focus,
        };
        match self.settings.view {
            View::Overview => overview_ui::overview_ui(ui, &ctx, &self.solver, cmds),
            View::Sites => sites_ui::sites_ui(ui, &ctx, &mut self.panels.sites, cmds),
            View::Units => units_ui::units_ui(ui, &ctx, &mut self.panels.units, cmds),
            View::Cadres => cadres_ui::cadres_ui(ui, &ctx, &mut self.panels.cadres, cmds),
            View::Zones => zones_ui::zones_ui(ui, &ctx, &mut self.panels.zones, cmds),
            View::Transport => {
                transport_ui::transport_ui(ui, &ctx, &mut self.panels.transport, cmds)
            }
            View::Housing => housing_ui::housing_ui(ui, &ctx, &mut self.panels.housing, cmds),
            View::Rules => rules_ui::rules_ui(ui, &ctx, &mut self.panels.rules, cmds),
            View::Scenarios => {
                scenarios_ui::scenarios_ui(ui, &ctx, &mut self.panels.scenarios, &self.solver, cmds)
            }
            View::Results => results_ui::results_ui(
                ui,
                &ctx,
                &mut self.panels.results,
                &self.solver,
                &self.backend,
                cmds,
            ),
            View::Compare => {
                compare_ui::compare_ui(ui, &ctx, &mut self.panels.compare, &self.solver, cmds)
            }
            View::Settings => self.settings_ui(ui, cmds),
        }
    }

    fn settings_ui(&mut self, ui: &mut Ui, cmds: &mut Vec<Command>) {
        let tx = self.tr();
        super::widgets::page_header(ui, tx.t("Settings"), tx.t("Language, appearance and the optimiser's time limit. These are remembered on this computer."));
        egui::Grid::new("settings-grid")
            .num_columns(2)
            .spacing([16.0, 10.0])
            .show(ui, |ui| {
                ui.label(tx.t("Language"));
                ui.horizontal(|ui| {
                    self.lang_choices_ui(ui, cmds);
                });
                ui.end_row();
                ui.label(tx.t("Theme"));
                ui.horizontal(|ui| {
                    self.theme_choices_ui(ui, cmds);
                });
                ui.end_row();
                ui.label(tx.t("Solver time limit")).on_hover_text(
                    tx.t("The optimiser stops after this time and keeps the best plan found"),
                );
                ui.add(
                    egui::DragValue::new(&mut self.settings.time_limit_secs)
                        .range(5.0..=3600.0)
                        .suffix(" s"),
                )
                .accessible_name(tx.t("Solver time limit"));
                ui.end_row();
                ui.label(tx.t("File dialogs"));
                ui.checkbox(
                    &mut self.settings.typed_path_dialogs,
                    tx.t("Type file paths instead of using the system dialog"),
                );
                ui.end_row();
            });
    }

    fn after_solve(&mut self) {
        let tx = self.tr();
        if let Some(e) = &self.solver.last_error {
            self.dialogs
                .errors
                .push(format!("{}: {}", tx.t("Solve failed"), tx.solve_error(e)));
            return;
        }
        let Some(sc) = self.scenario().map(str::to_owned) else {
            return;
        };
        if let Some(r) = self.solver.results.get(&sc) {
            self.status = tx.tf("Solved in {s} s", &[("s", tx.num(r.solution.seconds, 1))]);
            self.panels.results.invalidate();
            self.settings.view = View::Results;
        }
    }

    fn apply(&mut self, cmd: Command, now: f64, ctx: &egui::Context) {
        let tx = self.tr();
        match cmd {
            Command::Edit { key, label, apply } => {
                self.doc.edit(&key, &label, now, apply);
                self.fix_scenario();
            }
            Command::Show(v) => self.settings.view = v,
            Command::Goto(kind, index) => self.goto(kind, index),
            Command::GotoId(kind, id) => {
                let p = &self.doc.plan;
                let idx = match kind {
                    EntityKind::Site => p.sites.iter().position(|x| x.id == id),
                    EntityKind::Zone => p.zones.iter().position(|x| x.id == id),
                    EntityKind::Unit => p.units.iter().position(|x| x.id == id),
                    EntityKind::Cadre => p.cadres.iter().position(|x| x.code == id),
                    EntityKind::Transport => p.transport.iter().position(|x| x.id == id),
                    EntityKind::Housing => p.housing.iter().position(|x| x.id == id),
                    EntityKind::Scenario => p.scenarios.iter().position(|x| x.id == id),
                    _ => Some(0),
                };
                match idx {
                    Some(i) => self.goto(kind, i),
                    None => self.status = tx.tf("{id} is not in the plan", &[("id", id)]),
                }
            }
            Command::ShowCadresOfUnit(unit) => {
                self.panels.cadres.filter_unit = Some(unit);
                self.panels.cadres.invalidate();
                self.settings.view = View::Cadres;
            }
            Command::Undo => match self.doc.undo() {
                Some(l) => self.status = tx.tf("Undone: {what}", &[("what", l)]),
                None => self.status = tx.t("Nothing to undo").to_owned(),
            },
            Command::Redo => match self.doc.redo() {
                Some(l) => self.status = tx.tf("Redone: {what}", &[("what", l)]),
                None => self.status = tx.t("Nothing to redo").to_owned(),
            },
            Command::New => self.guard(PendingAction::New),
            Command::Open => self.guard(PendingAction::OpenDialog),
            Command::OpenPath(p) => self.guard(PendingAction::OpenPath(p)),
            Command::OpenSample => self.guard(PendingAction::OpenSample),
            Command::Save => match self.doc.path.clone() {
                Some(p) => self.save_to(p, false),
                None => self.dialogs.ask_path(
                    FilePurpose::SaveAs,
                    self.settings.typed_path_dialogs,
                    ctx,
                ),
            },
            Command::SaveAs => {
                self.dialogs
                    .ask_path(FilePurpose::SaveAs, self.settings.typed_path_dialogs, ctx)
            }
            Command::Solve => self.start_solve(ctx),
            Command::CancelSolve => {
                if let Some(j) = self.solver.job.as_mut() {
                    j.cancel();
                    self.status = tx.t("Cancelling…").to_owned();
                }
            }
            Command::SelectScenario(id) => {
                self.settings.scenario = Some(id);
                self.panels.results.invalidate();
            }
            Command::SetLang(l) => self.set_lang(l),
            Command::SetTheme(t) => self.settings.theme = t,
            Command::KeepHandMove {
                scenario,
                solution,
                code,
            } => self.keep_hand_move(&scenario, *solution, &code, now),
            Command::ResetHandMoves(sc) => self.reset_hand_moves(&sc, now),
            Command::Export => {
                let plan_dir = self
                    .doc
                    .path
                    .as_deref()
                    .and_then(std::path::Path::parent)
                    .filter(|d| !d.as_os_str().is_empty());
                self.export = Some(super::exchange::ExportDialog::new(
                    self.settings.scenario.as_deref(),
                    &self.settings.export,
                    &self.doc.plan.name,
                    plan_dir,
                ))
            }
            Command::Status(s) => self.status = s,
            Command::Error(e) => self.dialogs.errors.push(e),
            Command::Quit => self.guard(PendingAction::Quit),
        }
    }

    /// Keeps a tried move of `code`: shows `solution` and pins the person to
    /// the site it gives them, so the board's decision survives the next solve
    /// and the file. The pin is one undoable edit.
    fn keep_hand_move(&mut self, sc: &str, solution: Solution, code: &str, now: f64) {
        let tx = self.tr();
        let Some(site) = solution
            .assignments
            .iter()
            .find(|a| a.code == code)
            .map(|a| a.site.clone())
        else {
            return;
        };
        let Some(i) = self.doc.plan.cadres.iter().position(|c| c.code == code) else {
            self.status = tx.tf("{id} is not in the plan", &[("id", code.to_owned())]);
            return;
        };
        let Some(r) = self.solver.results.get_mut(sc) else {
            return;
        };
        let was_current = !r.is_stale(self.doc.revision);
        r.pins_before_keep
            .entry(code.to_owned())
            .or_insert_with(|| self.doc.plan.cadres[i].pinned_site.clone());
        r.solution = solution;
        if let Err(k) = r.hand_moved.binary_search_by(|c| c.as_str().cmp(code)) {
            r.hand_moved.insert(k, code.to_owned());
        }
        self.doc.edit(
            &format!("cadre.{i}.keep"),
            tx.t("Keep hand move"),
            now,
            move |p| p.cadres[i].pinned_site = Some(site),
        );
        if was_current {
            self.adopt_revision(sc, true);
        }
        self.solver.generation += 1;
        self.panels.results.invalidate();
        self.status = tx.tf(
            "Kept by hand: {name} is pinned to this headquarters",
            &[("name", self.doc.plan.cadres[i].name.clone())],
        );
    }

    /// Shows the optimiser's own result again and gives the people kept by
    /// hand their earlier pins back (where nobody changed the pin since).
    fn reset_hand_moves(&mut self, sc: &str, now: f64) {
        let tx = self.tr();
        let Some(r) = self.solver.results.get_mut(sc) else {
            return;
        };
        let was_current = !r.is_stale(self.doc.revision);
        let kept: Vec<(usize, Option<String>)> = std::mem::take(&mut r.pins_before_keep)
            .into_iter()
            .filter_map(|(code, before)| {
                let kept_site = r.solution.assignments.iter().find(|a| a.code == code)?;
                let i = self.doc.plan.cadres.iter().position(|c| {
                    c.code == code && c.pinned_site.as_ref() == Some(&kept_site.site)
                })?;
                Some((i, before))
            })
            .collect();
        r.solution = r.solved.clone();
        r.hand_moved.clear();
        if !kept.is_empty() {
            self.doc
                .edit("hand-moves.reset", tx.t("Undo hand moves"), now, move |p| {
                    for (i, before) in kept {
                        if let Some(c) = p.cadres.get_mut(i) {
                            c.pinned_site = before;
                        }
                    }
                });
            if was_current {
                self.adopt_revision(sc, false);
            }
        }
        self.solver.generation += 1;
        self.panels.results.invalidate();
    }

    /// Makes the result of `sc` current again after an edit that only changed
    /// pins it already honours: the plan is validated anew (explanations then
    /// see the pins) and, with `evaluate`, its shown solution is evaluated on
    /// it (so the pin marks are right). When the plan does not validate, the
    /// result stays out of date.
    fn adopt_revision(&mut self, sc: &str, evaluate: bool) {
        let Ok(checked) = file::validate(self.doc.plan.clone()) else {
            return;
        };
        let Some(r) = self.solver.results.get_mut(sc) else {
            return;
        };
        if evaluate {
            match (self.backend.evaluate)(
                &checked,
                sc,
                r.baseline.as_ref(),
                &r.solution.assignments,
            ) {
                Ok(s) => r.solution = s,
                Err(e) => {
                    self.status = e.to_string();
                    return;
                }
            }
        }
        r.checked = std::sync::Arc::new(checked);
        r.revision = self.doc.revision;
    }

    fn goto(&mut self, kind: EntityKind, index: usize) {
        let list = |s: &mut ListState| {
            s.selected = Some(index);
            s.scroll_to = Some(index);
        };
        let view = match kind {
            EntityKind::Plan => View::Overview,
            EntityKind::Grade => View::Rules,
            EntityKind::Site => {
                list(&mut self.panels.sites);
                View::Sites
            }
            EntityKind::Zone | EntityKind::Travel => {
                if kind == EntityKind::Zone {
                    self.panels.zones.list.selected = Some(index);
                    self.panels.zones.list.scroll_to = Some(index);
                }
                View::Zones
            }
            EntityKind::Unit => {
                list(&mut self.panels.units);
                View::Units
            }
            EntityKind::Cadre => {
                self.panels.cadres.show_cadre(index);
                View::Cadres
            }
            EntityKind::Transport => {
                list(&mut self.panels.transport);
                View::Transport
            }
            EntityKind::Housing => {
                list(&mut self.panels.housing);
                View::Housing
            }
            EntityKind::Rules => View::Rules,
            EntityKind::Scenario => {
                list(&mut self.panels.scenarios.list);
                View::Scenarios
            }
        };
        self.settings.view = view;
    }

    /// Runs `action` now, or after asking about unsaved changes.
    fn guard(&mut self, action: PendingAction) {
        if self.doc.is_modified() {
            self.dialogs.confirm = Some(action);
        } else {
            self.run_action(action);
        }
    }

    fn run_action(&mut self, action: PendingAction) {
        match action {
            PendingAction::New => {
                let plan = Plan {
                    name: self.tr().t("New plan").to_owned(),
                    ..Plan::default()
                };
                self.replace_doc(Document::new(plan, None));
            }
            PendingAction::OpenDialog => {
                let ctx = self.dialogs.ctx.clone();
                if let Some(ctx) = ctx {
                    self.dialogs.ask_path(
                        FilePurpose::Open,
                        self.settings.typed_path_dialogs,
                        &ctx,
                    );
                }
            }
            PendingAction::OpenPath(p) => self.open_path(p),
            PendingAction::OpenSample => match Document::sample() {
                Ok(d) => self.replace_doc(d),
                Err(e) => self.dialogs.errors.push(format!("{e:#}")),
            },
            PendingAction::Quit => {
                self.close_confirmed = true;
                self.recovery.clear();
                if let Some(ctx) = &self.dialogs.ctx {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            }
        }
    }

    fn open_path(&mut self, p: PathBuf) {
        match Document::open(&p) {
            Ok(d) => {
                self.settings.remember_file(p);
                self.replace_doc(d);
            }
            Err(e) => {
                let text = crate::gui::i18n_problems::error_text(self.tr(), &e);
                self.dialogs.errors.push(text);
            }
        }
    }

    fn replace_doc(&mut self, doc: Document) {
        self.doc = doc;
        self.panels = Panels::default();
        self.solver.results.clear();
        self.recovery.clear();
        self.autosaved_revision = 0;
        self.fix_scenario();
        let tx = self.tr();
        self.status = tx.tf("Opened {name}", &[("name", self.doc.display_name())]);
    }

    /// Save (`as_new` false: refused if the file changed on disk) or Save As.
    fn save_to(&mut self, p: PathBuf, as_new: bool) {
        let tx = self.tr();
        let saved = if as_new {
            self.doc.save_as(&p)
        } else {
            self.doc.save_to(&p)
        };
        match saved {
            Ok(()) => {
                self.settings.remember_file(p.clone());
                self.recovery.clear();
                self.status = tx.tf("Saved {path}", &[("path", p.display().to_string())]);
            }
            Err(e)
                if e.downcast_ref::<crate::core::file::SaveError>()
                    .is_some_and(crate::core::file::SaveError::is_changed_on_disk) =>
            {
                // Never overwrite another program's save: offer Save As instead.
                self.dialogs.changed_on_disk = Some(p);
            }
            Err(e) => self.dialogs.errors.push(format!("{e:#}")),
        }
    }

    fn apply_dialog_outcome(&mut self, out: dialogs::Outcome, cmds: &mut Vec<Command>) {
        let _ = cmds;
        match out {
            dialogs::Outcome::Path(FilePurpose::Open, p) => self.open_path(p),
            dialogs::Outcome::Path(FilePurpose::SaveAs, p) => {
                let p = if p.extension().is_none() {
                    p.with_extension("ron")
                } else {
                    p
                };
                self.save_to(p, true);
            }
            dialogs::Outcome::Path(FilePurpose::Import, p) => {
                self.dialogs.import = Some(super::exchange::ImportDialog::open(
                    &p,
                    &self.doc.plan,
                    self.dialogs.ctx.clone(),
                    self.tr(),
                ));
            }
            dialogs::Outcome::Path(purpose, p) => {
                if let Some(d) = self.export.as_mut() {
                    d.set_format(match purpose {
                        FilePurpose::ExportPdf => crate::core::report::ExportFormat::Pdf,
                        FilePurpose::ExportCsv => crate::core::report::ExportFormat::Csv,
                        _ => crate::core::report::ExportFormat::Xlsx,
                    });
                    d.path = p.display().to_string();
                }
            }
            dialogs::Outcome::SaveThen(action) => match self.doc.path.clone() {
                Some(p) => {
                    self.save_to(p, false);
                    if !self.doc.is_modified() {
                        self.run_action(action);
                    }
                }
                None => {
                    if let Some(ctx) = self.dialogs.ctx.clone() {
                        self.dialogs.after_save = Some(action);
                        self.dialogs.ask_path(
                            FilePurpose::SaveAs,
                            self.settings.typed_path_dialogs,
                            &ctx,
                        );
                    }
                }
            },
            dialogs::Outcome::Discard(action) => self.run_action(action),
            dialogs::Outcome::Restore(rec) => {
                let rec = *rec;
                let mut d = Document::new(rec.plan, rec.meta.original);
                d.touch();
                self.doc = d;
                self.panels = Panels::default();
                self.solver.results.clear();
                self.fix_scenario();
                self.status = self
                    .tr()
                    .t("Restored the autosaved copy; save it to keep it")
                    .to_owned();
            }
            dialogs::Outcome::DiscardRecovery => self.recovery.clear(),
            dialogs::Outcome::SaveAs => {
                if let Some(ctx) = self.dialogs.ctx.clone() {
                    self.dialogs.ask_path(
                        FilePurpose::SaveAs,
                        self.settings.typed_path_dialogs,
                        &ctx,
                    );
                }
            }
        }
        if !self.doc.is_modified()
            && let Some(action) = self.dialogs.after_save.take()
        {
            self.run_action(action);
        }
    }

    fn start_solve(&mut self, ctx: &egui::Context) {
        let tx = self.tr();
        if self.solver.is_running() {
            return;
        }
        let Some(sc) = self.scenario().map(str::to_owned) else {
            self.dialogs.errors.push(
                tx.t("The plan has no scenario to solve. Add one under Scenarios.")
                    .to_owned(),
            );
            return;
        };
        let checked = match file::validate(self.doc.plan.clone()) {
            Ok(c) => c,
            Err(problems) => {
                self.dialogs.errors.push(tx.tf(
                    "The plan has {n} problems; fix them before solving (see Overview).",
                    &[("n", tx.int(problems.len() as u32))],
                ));
                self.settings.view = View::Overview;
                return;
            }
        };
        let options = SolveOptions {
            time_limit_secs: self.settings.time_limit_secs,
            ..SolveOptions::default()
        };
        self.solver.last_error = None;
        self.solver.job = Some(SolveJob::start(
            self.backend,
            checked,
            &sc,
            self.doc.revision,
            options,
            Some(ctx.clone()),
        ));
        self.status = tx
            .t("Solving in the background; you can keep working")
            .to_owned();
    }

    fn handle_close(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && !self.close_confirmed {
            if self.doc.is_modified() {
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                self.dialogs.confirm = Some(PendingAction::Quit);
            } else {
                self.recovery.clear();
            }
        }
    }

    fn autosave(&mut self, now: f64, ctx: &egui::Context) {
        if !self.doc.is_modified() || self.doc.revision == self.autosaved_revision {
            return;
        }
        if self.last_autosave == 0.0 {
            self.last_autosave = now;
        }
        if now - self.last_autosave >= AUTOSAVE_SECS {
            self.last_autosave = now;
            self.autosaved_revision = self.doc.revision;
            if let Err(e) = self
                .recovery
                .write(&self.doc.plan, self.doc.path.as_deref())
            {
                self.status = format!("{}: {e:#}", self.tr().t("Autosave failed"));
            }
        } else {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(
                (AUTOSAVE_SECS - (now - self.last_autosave)).max(1.0),
            ));
        }
    }

    /// Writes the recovery copy now (used by tests and before risky operations).
    pub fn autosave_now(&mut self) -> anyhow::Result<()> {
        self.autosaved_revision = self.doc.revision;
        self.recovery
            .write(&self.doc.plan, self.doc.path.as_deref())
    }
}

/// The navigation label of a view.
pub fn view_label(tx: Tr, v: View) -> &'static str {
    tx.t(match v {
        View::Overview => "Overview",
        View::Sites => "Headquarters",
        View::Units => "Units",
        View::Cadres => "Cadres",
        View::Zones => "Zones & travel",
        View::Transport => "Transport",
        View::Housing => "Housing",
        View::Rules => "Rules",
        View::Scenarios => "Scenarios",
        View::Results => "Results",
        View::Compare => "Compare",
        View::Settings => "Settings",
    })
}

impl eframe::App for HqApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, settings::STORAGE_KEY, &self.settings);
    }
}
