//! The frame around the pages: menus, top bar, scenario bar, navigation,
//! status bar, settings and keyboard shortcuts.

use crate::gui::i18n::t;
use eframe::egui::{self, RichText, Ui};

use super::*;

impl HqApp {
    /// One selectable label per language (View menu and Settings).
    pub(super) fn lang_choices_ui(&self, ui: &mut egui::Ui, cmds: &mut Vec<Command>) {
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
    pub(super) fn theme_choices_ui(&self, ui: &mut egui::Ui, cmds: &mut Vec<Command>) {
        let tx = self.tr();
        for (theme, label) in [
            (ThemeChoice::Light, t!(tx, "menu-light-theme")),
            (ThemeChoice::Dark, t!(tx, "menu-dark-theme")),
        ] {
            if ui
                .selectable_label(self.settings.theme == theme, label)
                .clicked()
            {
                cmds.push(Command::SetTheme(theme));
            }
        }
    }

    pub(super) fn shortcuts(&mut self, ctx: &egui::Context, cmds: &mut Vec<Command>) {
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

    pub(super) fn top_bar_ui(&mut self, ui: &mut Ui, cmds: &mut Vec<Command>) {
        let tx = self.tr();
        egui::Panel::top("top-bar").show(ui, |ui| {
            ui.add_space(2.0);
            egui::MenuBar::new().ui(ui, |ui| {
                ui.menu_button(t!(tx, "common-file"), |ui| {
                    self.file_menu_ui(ui, cmds);
                });
                ui.menu_button(t!(tx, "menu-edit"), |ui| {
                    // Undo and Redo: enabled when there is a step, named on hover.
                    let undo = self.doc.undo.undo_label();
                    let redo = self.doc.undo.redo_label();
                    for (text, step, shortcut, cmd) in [
                        (t!(tx, "menu-undo"), undo, &SHORTCUT_UNDO, Command::Undo),
                        (t!(tx, "menu-redo"), redo, &SHORTCUT_REDO, Command::Redo),
                    ] {
                        let button = egui::Button::new(text)
                            .shortcut_text(ui.ctx().format_shortcut(shortcut));
                        if ui
                            .add_enabled(step.is_some(), button)
                            .on_hover_text(step.unwrap_or_default())
                            .clicked()
                        {
                            cmds.push(cmd);
                        }
                    }
                    ui.separator();
                    if ui
                        .add(
                            egui::Button::new(t!(tx, "menu-find"))
                                .shortcut_text(ui.ctx().format_shortcut(&SHORTCUT_FIND)),
                        )
                        .clicked()
                    {
                        self.focus_search = true;
                    }
                });
                ui.menu_button(t!(tx, "menu-view"), |ui| {
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

    pub(super) fn file_menu_ui(&mut self, ui: &mut Ui, cmds: &mut Vec<Command>) {
        let tx = self.tr();
        if ui.button(t!(tx, "common-new-plan")).clicked() {
            cmds.push(Command::New);
        }
        if ui
            .add(
                egui::Button::new(t!(tx, "menu-open"))
                    .shortcut_text(ui.ctx().format_shortcut(&SHORTCUT_OPEN)),
            )
            .clicked()
        {
            cmds.push(Command::Open);
        }
        ui.menu_button(t!(tx, "menu-open-recent"), |ui| {
            if self.settings.recent.is_empty() {
                ui.label(RichText::new(t!(tx, "menu-no-recent-files")).weak());
            }
            for p in self.settings.recent.clone() {
                if ui.button(p.display().to_string()).clicked() {
                    cmds.push(Command::OpenPath(p));
                }
            }
        });
        if ui
            .button(t!(tx, "menu-open-sample-plan"))
            .on_hover_text(t!(tx, "menu-built-in-hai-duong"))
            .clicked()
        {
            cmds.push(Command::OpenSample);
        }
        ui.separator();
        if ui
            .add(
                egui::Button::new(t!(tx, "common-save"))
                    .shortcut_text(ui.ctx().format_shortcut(&SHORTCUT_SAVE)),
            )
            .clicked()
        {
            cmds.push(Command::Save);
        }
        if ui.button(t!(tx, "common-save-as")).clicked() {
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
        if ui.button(t!(tx, "menu-quit")).clicked() {
            cmds.push(Command::Quit);
        }
    }

    pub(super) fn scenario_bar_ui(&mut self, ui: &mut Ui, cmds: &mut Vec<Command>) {
        let tx = self.tr();
        ui.label(t!(tx, "menu-scenario"));
        let options: Vec<(String, String)> = self
            .doc
            .plan
            .scenarios
            .iter()
            .map(|s| (s.id.clone(), s.name.clone()))
            .collect();
        let current = self.settings.scenario.clone().unwrap_or_default();
        crate::gui::widgets::set_name(ui, &t!(tx, "menu-scenario"));
        let picked =
            crate::gui::widgets::id_combo(ui, "current-scenario", &current, &options, None, 240.0);
        crate::gui::widgets::clear_name(ui);
        if let Some(id) = picked {
            cmds.push(Command::SelectScenario(id));
        }
        if self.solver.is_running() {
            if ui
                .button(t!(tx, "menu-cancel-solve"))
                .on_hover_text(t!(tx, "common-stop-optimiser-its-best"))
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
                    egui::Button::new(
                        RichText::new(format!("▶ {}", t!(tx, "common-solve"))).strong(),
                    )
                    .shortcut_text(ui.ctx().format_shortcut(&SHORTCUT_SOLVE)),
                )
                .on_hover_text(t!(tx, "menu-assign-every-cadre-headquarters"));
            if b.clicked() {
                cmds.push(Command::Solve);
            }
        }
    }

    pub(super) fn status_bar_ui(&mut self, ui: &mut Ui, cmds: &mut Vec<Command>) {
        let tx = self.tr();
        egui::Panel::bottom("status-bar").show(ui, |ui| {
            ui.horizontal(|ui| {
                let name = match &self.doc.path {
                    Some(p) => p.display().to_string(),
                    None => format!(
                        "{} ({})",
                        self.doc.plan.name,
                        t!(tx, "menu-not-saved-to-file")
                    ),
                };
                ui.label(RichText::new(name).small());
                ui.separator();
                if self.doc.is_modified() {
                    ui.label(
                        RichText::new(format!("● {}", t!(tx, "menu-unsaved-changes")))
                            .small()
                            .color(crate::gui::widgets::PROBLEM),
                    );
                } else {
                    ui.label(RichText::new(t!(tx, "menu-all-changes-saved")).small());
                }
                ui.separator();
                let n = self.doc.problems.list.len();
                let text = if n == 0 {
                    RichText::new(format!("● {}", t!(tx, "menu-no-problems")))
                        .small()
                        .color(crate::gui::widgets::GOOD)
                } else {
                    RichText::new(format!(
                        "▲ {}",
                        t!(tx, "common-n-problems", n = tx.int(n as u32))
                    ))
                    .small()
                    .color(crate::gui::widgets::PROBLEM)
                };
                if ui
                    .link(text)
                    .on_hover_text(t!(tx, "menu-show-list-of-problems"))
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
            return t!(tx, "menu-solving-s-s", s = tx.num(job.elapsed_secs(), 0));
        }
        if let Some(e) = &self.solver.last_error {
            return format!("{}: {}", t!(tx, "common-solve-failed"), tx.solve_error(e));
        }
        let Some(sc) = self.scenario() else {
            return t!(tx, "menu-no-scenario");
        };
        match self.solver.results.get(sc) {
            Some(r) => {
                let mut s = format!(
                    "{}: {}",
                    t!(tx, "menu-last-solve"),
                    results_ui::status_label(tx, r)
                );
                if r.is_stale(self.doc.revision) {
                    s.push_str(&format!(" · {}", t!(tx, "common-out-of-date")));
                }
                s
            }
            None => t!(tx, "common-not-solved-yet"),
        }
    }

    pub(super) fn nav_ui(&mut self, ui: &mut Ui, cmds: &mut Vec<Command>) {
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
                        .family(egui::FontFamily::Name(crate::gui::BOLD_FAMILY.into())),
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

    pub(super) fn view_ui(&mut self, ui: &mut Ui, cmds: &mut Vec<Command>) {
        let tx = self.tr();
        let focus = std::mem::take(&mut self.focus_search);
        let ctx = crate::gui::PanelCtx {
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

    pub(super) fn settings_ui(&mut self, ui: &mut Ui, cmds: &mut Vec<Command>) {
        let tx = self.tr();
        crate::gui::widgets::page_header!(
            ui,
            tx,
            "common-settings",
            "menu-language-appearance-and-optimiser"
        );
        egui::Grid::new("settings-grid")
            .num_columns(2)
            .spacing([16.0, 10.0])
            .show(ui, |ui| {
                ui.label(t!(tx, "menu-language"));
                ui.horizontal(|ui| {
                    self.lang_choices_ui(ui, cmds);
                });
                ui.end_row();
                ui.label(t!(tx, "menu-theme"));
                ui.horizontal(|ui| {
                    self.theme_choices_ui(ui, cmds);
                });
                ui.end_row();
                ui.label(t!(tx, "menu-solver-time-limit"))
                    .on_hover_text(t!(tx, "menu-optimiser-stops-after-this"));
                ui.add(
                    egui::DragValue::new(&mut self.settings.time_limit_secs)
                        .range(5.0..=3600.0)
                        .suffix(" s"),
                )
                .accessible_name(t!(tx, "menu-solver-time-limit"));
                ui.end_row();
                ui.label(t!(tx, "menu-file-dialogs"));
                ui.checkbox(
                    &mut self.settings.typed_path_dialogs,
                    t!(tx, "menu-type-file-paths-instead"),
                );
                ui.end_row();
            });
    }
}
