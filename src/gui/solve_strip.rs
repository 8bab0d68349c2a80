//! The compact solve progress strip shown under the menu bar on every page
//! while a solve runs (the Results page has the detailed panel): spinner,
//! phase, elapsed time, gap, a link to Results, and Cancel.

use eframe::egui::{self, RichText, Ui};

use crate::core::solve::{Progress, SolvePhase};
use crate::gui::i18n::t;

use super::app::Command;
use super::i18n::Tr;
use super::settings::View;

/// What the strip shows, in words (tested without drawing).
#[derive(Debug, Clone, PartialEq)]
pub struct StripModel {
    /// "Solving…" or "Cancelling…".
    pub headline: String,
    /// What the optimiser is doing, in the interface language (empty before the first report).
    pub phase: String,
    /// Elapsed time, e.g. "12 s".
    pub elapsed: String,
    /// Relative gap so far, e.g. "1.5%" (None before the first feasible plan).
    pub gap: Option<String>,
    /// Cancel was pressed; the button is disabled.
    pub cancelling: bool,
}

/// The solver's phase in the interface language.
pub fn phase_text(tx: Tr, phase: &SolvePhase) -> String {
    match phase {
        SolvePhase::BuildingModel => t!(tx, "solve-building-model"),
        SolvePhase::WarmStart => t!(tx, "solve-preparing-first-plan"),
        SolvePhase::Solving(_) => t!(tx, "solve-searching-for-best-plan"),
        SolvePhase::Checking => t!(tx, "solve-checking-plan"),
        SolvePhase::Diagnosing => t!(tx, "solve-finding-what-blocks-plan"),
    }
}

impl StripModel {
    /// The strip of a solve that has run `elapsed_secs`, with its last progress report.
    pub fn new(tx: Tr, elapsed_secs: f64, last: Option<&Progress>, cancelling: bool) -> Self {
        Self {
            headline: if cancelling {
                t!(tx, "common-cancelling")
            } else {
                t!(tx, "common-solving")
            }
            .to_owned(),
            phase: last.map(|p| phase_text(tx, &p.phase)).unwrap_or_default(),
            elapsed: format!("{} s", tx.num(elapsed_secs, 0)),
            gap: last.and_then(|p| p.gap).map(|g| tx.pct(g)),
            cancelling,
        }
    }
}

/// Draws the strip as a top panel (call before the central panel).
pub fn solve_strip_ui(ui: &mut Ui, tx: Tr, m: &StripModel, cmds: &mut Vec<Command>) {
    egui::Panel::top("solve-strip").show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.strong(&m.headline);
            if !m.phase.is_empty() {
                ui.label(RichText::new(&m.phase).weak());
            }
            ui.separator();
            ui.label(format!("{} {}", t!(tx, "common-elapsed"), m.elapsed));
            ui.separator();
            let gap = m.gap.clone().unwrap_or_else(|| "—".into());
            ui.label(format!("{} {gap}", t!(tx, "common-gap")))
                .on_hover_text(t!(tx, "common-how-far-best-plan"));
            ui.separator();
            if ui
                .link(t!(tx, "solve-show-progress"))
                .on_hover_text(t!(tx, "solve-open-results-to-see"))
                .clicked()
            {
                cmds.push(Command::Show(View::Results));
            }
            if ui
                .add_enabled(!m.cancelling, egui::Button::new(t!(tx, "common-cancel")))
                .on_hover_text(t!(tx, "common-stop-optimiser-its-best"))
                .clicked()
            {
                cmds.push(Command::CancelSolve);
            }
        });
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gui::i18n::Lang;

    fn progress(phase: SolvePhase, gap: Option<f64>) -> Progress {
        Progress {
            elapsed_secs: 3.0,
            phase,
            best_objective: Some(1.0),
            best_bound: Some(0.9),
            gap,
        }
    }

    #[test]
    fn strip_shows_phase_elapsed_and_gap_in_the_interface_language() {
        let tx = Tr::new(Lang::En);
        let p = progress(
            SolvePhase::Solving(Some(crate::core::solve::ModelSize {
                cohorts: 12,
                variables: 3,
                constraints: 4,
            })),
            Some(0.015),
        );
        let m = StripModel::new(tx, 12.4, Some(&p), false);
        assert_eq!(m.headline, "Solving…");
        assert_eq!(m.phase, "Searching for the best plan");
        assert_eq!(m.elapsed, "12 s");
        assert!(m.gap.as_deref().is_some_and(|g| g.contains('%')), "{m:?}");
        let vi = StripModel::new(Tr::new(Lang::Vi), 12.4, Some(&p), true);
        assert_ne!(vi.phase, m.phase);
        assert_ne!(vi.headline, "Cancelling…");
        assert!(vi.cancelling);
    }

    #[test]
    fn strip_before_any_report_has_no_phase_or_gap() {
        let m = StripModel::new(Tr::new(Lang::En), 0.0, None, false);
        assert!(m.phase.is_empty());
        assert_eq!(m.gap, None);
        // Every phase has its own words in both languages.
        for phase in [
            SolvePhase::BuildingModel,
            SolvePhase::WarmStart,
            SolvePhase::Solving(None),
            SolvePhase::Checking,
            SolvePhase::Diagnosing,
        ] {
            let en = StripModel::new(Tr::new(Lang::En), 1.0, Some(&progress(phase, None)), false);
            let vi = StripModel::new(Tr::new(Lang::Vi), 1.0, Some(&progress(phase, None)), false);
            assert!(!en.phase.is_empty() && en.phase != vi.phase, "{phase:?}");
        }
    }
}
