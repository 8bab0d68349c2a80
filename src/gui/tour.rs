//! The screenshot tour: with `HQ_PLANNER_TOUR=<folder>` the app walks through
//! its main views (solving scenarios on the way, in English, Vietnamese and the
//! dark theme) so `scripts/screenshots.sh` can photograph the real window under
//! Xvfb. For each view the app writes `<folder>/<name>.ready` once the view is
//! drawn and waits for `<folder>/<name>.done` before moving on; at the end it
//! writes `<folder>/finished` and closes.

use std::path::PathBuf;

use eframe::egui;

use super::app::{Command, HqApp};
use super::i18n::Lang;
use super::results_ui::Tab;
use super::settings::{ThemeChoice, View};

/// Frames drawn in a view before it is photographed (layout and fonts settle).
const SETTLE_FRAMES: u32 = 12;

/// Screen size the tour asks for (the script starts Xvfb with the same size).
pub const TOUR_SIZE: [f32; 2] = [1440.0, 900.0];

#[derive(Debug, Clone, Copy)]
enum Step {
    Overview,
    Cadres,
    Travel,
    Results,
    Explanation,
    Scenarios,
    Compare,
    ResultsVi,
    ExplanationVi,
    CompareVi,
    CadresVi,
    ResultsDark,
}

impl Step {
    const ALL: [Step; 12] = [
        Step::Overview,
        Step::Cadres,
        Step::Travel,
        Step::Results,
        Step::Explanation,
        Step::Scenarios,
        Step::Compare,
        Step::ResultsVi,
        Step::ExplanationVi,
        Step::CompareVi,
        Step::CadresVi,
        Step::ResultsDark,
    ];

    fn name(self) -> &'static str {
        match self {
            Step::Overview => "overview",
            Step::Cadres => "cadres",
            Step::Travel => "zones-travel",
            Step::Results => "results",
            Step::Explanation => "explanation",
            Step::Scenarios => "scenarios",
            Step::Compare => "compare",
            Step::ResultsVi => "results-vi",
            Step::ExplanationVi => "explanation-vi",
            Step::CompareVi => "compare-vi",
            Step::CadresVi => "cadres-vi",
            Step::ResultsDark => "results-dark",
        }
    }
}

/// Progress through the tour.
#[derive(Debug)]
pub struct Tour {
    dir: PathBuf,
    index: usize,
    frames: u32,
    ready: bool,
    /// Commands waiting to be applied (solves are started one at a time).
    queue: Vec<TourAction>,
}

#[derive(Debug)]
enum TourAction {
    Solve(usize),
}

impl Tour {
    /// The tour requested by the environment, if any.
    pub fn from_env() -> Option<Self> {
        let dir = PathBuf::from(std::env::var_os("HQ_PLANNER_TOUR")?);
        std::fs::create_dir_all(&dir).ok()?;
        Some(Self {
            dir,
            index: 0,
            frames: 0,
            ready: false,
            queue: Vec::new(),
        })
    }

    /// Advances the tour by one frame; returns commands for the app.
    pub fn advance(&mut self, app: &mut HqApp, ctx: &egui::Context) -> Vec<Command> {
        ctx.request_repaint();
        let mut cmds = Vec::new();
        if app.solver.is_running() || app.panels.results.is_explaining() {
            return cmds;
        }
        if let Some(TourAction::Solve(i)) = self.queue.pop() {
            // Set the view up again once the solves are done.
            self.frames = 0;
            if let Some(s) = app.doc.plan.scenarios.get(i) {
                cmds.push(Command::SelectScenario(s.id.clone()));
                cmds.push(Command::Solve);
            }
            return cmds;
        }
        let Some(&step) = Step::ALL.get(self.index) else {
            let _ = crate::core::file::write_bytes_atomic(&self.dir.join("finished"), b"");
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            return cmds;
        };
        if self.frames == 0 {
            if self.index == 0 {
                ctx.send_viewport_cmd(egui::ViewportCommand::InnerSize(TOUR_SIZE.into()));
            }
            self.setup(step, app, &mut cmds);
        }
        self.frames += 1;
        if !self.queue.is_empty() || !cmds.is_empty() {
            return cmds;
        }
        let name = step.name();
        if !self.ready && self.frames >= SETTLE_FRAMES {
            self.ready =
                crate::core::file::write_bytes_atomic(&self.dir.join(format!("{name}.ready")), b"")
                    .is_ok();
        }
        if self.ready && self.dir.join(format!("{name}.done")).exists() {
            self.index += 1;
            self.frames = 0;
            self.ready = false;
        }
        cmds
    }

    fn setup(&mut self, step: Step, app: &mut HqApp, cmds: &mut Vec<Command>) {
        let first_scenario = app.doc.plan.scenarios.first().map(|s| s.id.clone());
        // Through the app's command, which also clears messages of the old language.
        let lang = |app: &mut HqApp, l| app.set_lang(l);
        match step {
            Step::Overview => {
                lang(app, Lang::En);
                cmds.push(Command::Show(View::Overview));
            }
            Step::Cadres | Step::CadresVi => {
                if matches!(step, Step::CadresVi) {
                    lang(app, Lang::Vi);
                }
                app.panels.cadres.show_cadre(7);
                cmds.push(Command::Show(View::Cadres));
            }
            Step::Travel => {
                app.panels.zones.list.selected = Some(0);
                cmds.push(Command::Show(View::Zones));
            }
            Step::Results | Step::ResultsVi | Step::ResultsDark => {
                match step {
                    Step::ResultsVi => lang(app, Lang::Vi),
                    Step::ResultsDark => {
                        lang(app, Lang::En);
                        app.settings.theme = ThemeChoice::Dark;
                    }
                    _ => {}
                }
                if let Some(id) = &first_scenario {
                    cmds.push(Command::SelectScenario(id.clone()));
                    if !app.solver.results.contains_key(id) {
                        self.queue.push(TourAction::Solve(0));
                    }
                }
                app.panels.results.tab = Tab::Summary;
                cmds.push(Command::Show(View::Results));
            }
            Step::Explanation | Step::ExplanationVi => {
                if let Some(id) = &first_scenario {
                    cmds.push(Command::SelectScenario(id.clone()));
                    // Someone housed makes the most telling explanation.
                    let code = app.solver.results.get(id).and_then(|r| {
                        r.solution
                            .assignments
                            .iter()
                            .find(|a| {
                                matches!(
                                    a.arrangement,
                                    crate::core::solve::Arrangement::Weekly { .. }
                                )
                            })
                            .or(r.solution.assignments.first())
                            .map(|a| a.code.clone())
                    });
                    app.panels.results.selected = code;
                }
                app.panels.results.tab = Tab::Cadres;
                cmds.push(Command::Show(View::Results));
            }
            Step::Scenarios => {
                app.panels.scenarios.list.selected =
                    Some(1.min(app.doc.plan.scenarios.len().saturating_sub(1)));
                cmds.push(Command::Show(View::Scenarios));
            }
            Step::Compare | Step::CompareVi => {
                if matches!(step, Step::CompareVi) {
                    lang(app, Lang::Vi);
                }
                let ids: Vec<String> = app
                    .doc
                    .plan
                    .scenarios
                    .iter()
                    .take(2)
                    .map(|s| s.id.clone())
                    .collect();
                for (i, id) in ids.iter().enumerate() {
                    if !app.solver.results.contains_key(id) {
                        self.queue.push(TourAction::Solve(i));
                    }
                }
                app.panels.compare.chosen = ids.into_iter().collect();
                app.panels.compare.invalidate();
                cmds.push(Command::Show(View::Compare));
            }
        }
    }
}
