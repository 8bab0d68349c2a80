//! Applying commands: edits, hand moves, navigation, opening and saving
//! files, dialog outcomes, solving and autosave. Panels return commands; this
//! is the one place that changes the app state.

use crate::gui::i18n::t;
use std::path::PathBuf;

use eframe::egui;

use super::*;

impl HqApp {
    pub(super) fn after_solve(&mut self) {
        let tx = self.tr();
        if let Some(e) = &self.solver.last_error {
            self.dialogs.errors.push(format!(
                "{}: {}",
                t!(tx, "common-solve-failed"),
                tx.solve_error(e)
            ));
            return;
        }
        let Some(sc) = self.scenario().map(str::to_owned) else {
            return;
        };
        if let Some(r) = self.solver.results.get(&sc) {
            self.status = t!(tx, "app-solved-in-s-s", s = tx.num(r.solution.seconds, 1));
            self.panels.results.invalidate();
            self.settings.view = View::Results;
        }
    }

    pub(super) fn apply(&mut self, cmd: Command, now: f64, ctx: &egui::Context) {
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
                    None => self.status = t!(tx, "app-id-is-not-in", id = id),
                }
            }
            Command::ShowCadresOfUnit(unit) => {
                self.panels.cadres.filter_unit = Some(unit);
                self.panels.cadres.invalidate();
                self.settings.view = View::Cadres;
            }
            Command::Undo => match self.doc.undo() {
                Some(l) => self.status = t!(tx, "app-undone-what", what = l),
                None => self.status = t!(tx, "app-nothing-to-undo"),
            },
            Command::Redo => match self.doc.redo() {
                Some(l) => self.status = t!(tx, "app-redone-what", what = l),
                None => self.status = t!(tx, "app-nothing-to-redo"),
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
                    self.status = t!(tx, "common-cancelling");
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
                self.export = Some(crate::gui::exchange::ExportDialog::new(
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
    pub(super) fn keep_hand_move(&mut self, sc: &str, solution: Solution, code: &str, now: f64) {
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
            self.status = t!(tx, "app-id-is-not-in", id = code.to_owned());
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
            &t!(tx, "app-keep-hand-move"),
            now,
            move |p| p.cadres[i].pinned_site = Some(site),
        );
        if was_current {
            self.adopt_revision(sc, true);
        }
        self.solver.generation += 1;
        self.panels.results.invalidate();
        self.status = t!(
            tx,
            "app-kept-by-hand-name",
            name = self.doc.plan.cadres[i].name.clone()
        );
    }

    /// Shows the optimiser's own result again and gives the people kept by
    /// hand their earlier pins back (where nobody changed the pin since).
    pub(super) fn reset_hand_moves(&mut self, sc: &str, now: f64) {
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
            self.doc.edit(
                "hand-moves.reset",
                &t!(tx, "common-undo-hand-moves"),
                now,
                move |p| {
                    for (i, before) in kept {
                        if let Some(c) = p.cadres.get_mut(i) {
                            c.pinned_site = before;
                        }
                    }
                },
            );
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
    pub(super) fn adopt_revision(&mut self, sc: &str, evaluate: bool) {
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

    pub(super) fn goto(&mut self, kind: EntityKind, index: usize) {
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
    pub(super) fn guard(&mut self, action: PendingAction) {
        if self.doc.is_modified() {
            self.dialogs.confirm = Some(action);
        } else {
            self.run_action(action);
        }
    }

    pub(super) fn run_action(&mut self, action: PendingAction) {
        match action {
            PendingAction::New => {
                let plan = Plan {
                    name: t!(self.tr(), "common-new-plan"),
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

    pub(super) fn open_path(&mut self, p: PathBuf) {
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

    pub(super) fn replace_doc(&mut self, doc: Document) {
        self.doc = doc;
        self.panels = Panels::default();
        self.solver.results.clear();
        self.recovery.clear();
        self.autosaved_revision = 0;
        self.fix_scenario();
        let tx = self.tr();
        self.status = t!(tx, "app-opened-name", name = self.doc.display_name());
    }

    /// Save (`as_new` false: refused if the file changed on disk) or Save As.
    pub(super) fn save_to(&mut self, p: PathBuf, as_new: bool) {
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
                self.status = t!(tx, "app-saved-path", path = p.display().to_string());
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

    pub(super) fn apply_dialog_outcome(&mut self, out: dialogs::Outcome, cmds: &mut Vec<Command>) {
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
                self.dialogs.import = Some(crate::gui::exchange::ImportDialog::open(
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
                self.status = t!(self.tr(), "app-restored-autosaved-copy-save");
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

    pub(super) fn start_solve(&mut self, ctx: &egui::Context) {
        let tx = self.tr();
        if self.solver.is_running() {
            return;
        }
        let Some(sc) = self.scenario().map(str::to_owned) else {
            self.dialogs.errors.push(t!(tx, "app-plan-has-no-scenario"));
            return;
        };
        let checked = match file::validate(self.doc.plan.clone()) {
            Ok(c) => c,
            Err(problems) => {
                self.dialogs.errors.push(t!(
                    tx,
                    "app-plan-has-n-problems",
                    n = tx.int(problems.len() as u32)
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
        self.status = t!(tx, "app-solving-in-background-you");
    }

    pub(super) fn handle_close(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && !self.close_confirmed {
            if self.doc.is_modified() {
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                self.dialogs.confirm = Some(PendingAction::Quit);
            } else {
                self.recovery.clear();
            }
        }
    }

    pub(super) fn autosave(&mut self, now: f64, ctx: &egui::Context) {
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
                self.status = format!("{}: {e:#}", t!(self.tr(), "app-autosave-failed"));
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
