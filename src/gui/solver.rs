//! Solving in the background: the UI thread never solves. A [`SolveJob`] runs
//! the optimiser as a [`Job`] (its own thread, a cancel flag, a progress
//! channel); the app polls it once per frame. Results are kept per scenario together with
//! the plan revision they were computed on, so an edit marks them stale.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::core::file::CheckedPlan;
use crate::core::job::Job;
use crate::core::solve::{
    self as solve, Assignment, Explanation, Progress, Solution, SolveControl, SolveError,
    SolveOptions, SolveStatus, Violation,
};

pub use crate::core::solve::Solved;

/// The hook a [`Job`] calls after each report and its result: asks `ctx`
/// (if any) to repaint, so the frame shows what arrived.
pub fn repainter(ctx: Option<eframe::egui::Context>) -> impl Fn() + Send + Sync + 'static {
    move || {
        if let Some(c) = &ctx {
            c.request_repaint();
        }
    }
}

/// Runs a solve.
pub type SolveFn =
    fn(&CheckedPlan, &str, &SolveOptions, &SolveControl) -> Result<Solved, SolveError>;
/// Explains one cadre's assignment (the optimiser's `explain`).
pub type ExplainFn = fn(
    &CheckedPlan,
    &str,
    Option<&Solution>,
    &Solution,
    &str,
) -> Result<Option<Explanation>, SolveError>;
/// Evaluates hand-made assignments without solving (the optimiser's `evaluate`).
pub type EvaluateFn =
    fn(&CheckedPlan, &str, Option<&Solution>, &[Assignment]) -> Result<Solution, SolveError>;
/// Lists broken rules of a solution (the optimiser's `check`).
pub type CheckFn =
    fn(&CheckedPlan, &str, Option<&Solution>, &Solution) -> Result<Vec<Violation>, SolveError>;

/// The optimiser functions the app calls; tests may substitute their own.
#[derive(Clone, Copy)]
pub struct Backend {
    /// Solve.
    pub solve: SolveFn,
    /// Explain.
    pub explain: ExplainFn,
    /// Evaluate.
    pub evaluate: EvaluateFn,
    /// Check.
    pub check: CheckFn,
}

impl std::fmt::Debug for Backend {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Backend")
    }
}

impl Default for Backend {
    fn default() -> Self {
        Self {
            solve: solve::solve_with_its_baseline,
            explain: solve::explain,
            evaluate: solve::evaluate,
            check: solve::check,
        }
    }
}

/// A solve running on a worker thread.
#[derive(Debug)]
pub struct SolveJob {
    /// Scenario id being solved.
    pub scenario: String,
    /// Plan revision the solve started from.
    pub revision: u64,
    /// The validated plan it solves (kept for explanations afterwards).
    pub checked: Arc<CheckedPlan>,
    job: Job<Progress, Result<Solved, SolveError>>,
    /// Latest progress report.
    pub last: Option<Progress>,
    /// When it started.
    pub started: std::time::Instant,
    /// Cancel was requested.
    pub cancelling: bool,
}

impl SolveJob {
    /// Starts solving `scenario` of `checked` on a new thread; `repaint` is
    /// asked to repaint when the result arrives.
    pub fn start(
        backend: Backend,
        checked: CheckedPlan,
        scenario: &str,
        revision: u64,
        options: SolveOptions,
        repaint: Option<eframe::egui::Context>,
    ) -> Self {
        let checked = Arc::new(checked);
        let plan = checked.clone();
        let sc = scenario.to_owned();
        // Progress goes through the solver's plain sender (no repaint: the
        // frame repaints on a timer while a solve runs).
        let job = Job::spawn("hq-solve", repainter(repaint), move |job| {
            let ctl = SolveControl {
                cancel: job.cancel_flag(),
                progress: Some(job.sender()),
            };
            (backend.solve)(&plan, &sc, &options, &ctl)
        });
        Self {
            scenario: scenario.to_owned(),
            revision,
            checked,
            job,
            last: None,
            started: std::time::Instant::now(),
            cancelling: false,
        }
    }

    /// Asks the solver to stop; it returns its best plan so far, if any.
    pub fn cancel(&mut self) {
        self.job.cancel();
        self.cancelling = true;
    }

    /// Drains progress; returns the outcome once the solver has finished.
    pub fn poll(&mut self) -> Option<Result<Solved, SolveError>> {
        let last = &mut self.last;
        let outcome = self.job.poll(|p| *last = Some(p))?;
        Some(outcome.unwrap_or_else(|e| Err(e.into())))
    }

    /// Seconds since the start: the wall clock, so the figure keeps moving
    /// between the solver's (sparse) progress reports.
    pub fn elapsed_secs(&self) -> f64 {
        let wall = self.started.elapsed().as_secs_f64();
        self.last
            .as_ref()
            .map_or(wall, |p| p.elapsed_secs.max(wall))
    }
}

/// A scenario's result and what it was computed on.
#[derive(Debug, Clone)]
pub struct ScenarioResult {
    /// The solution shown (the solver's, or after hand moves).
    pub solution: Solution,
    /// The solver's own solution (before hand moves).
    pub solved: Solution,
    /// The baseline scenario's solution, if the scenario has a baseline.
    pub baseline: Option<Solution>,
    /// Plan revision the solve started from.
    pub revision: u64,
    /// The plan it was computed on.
    pub checked: Arc<CheckedPlan>,
    /// Staff codes moved by hand since the solve, sorted.
    pub hand_moved: Vec<String>,
    /// For each person kept by hand: their pin before the first keep, so that
    /// undoing the hand moves gives the plan back its own pins.
    pub pins_before_keep: BTreeMap<String, Option<String>>,
}

impl ScenarioResult {
    /// A fresh result of a solve (no hand moves).
    pub fn solved(
        solution: Solution,
        baseline: Option<Solution>,
        revision: u64,
        checked: Arc<CheckedPlan>,
    ) -> Self {
        Self {
            solved: solution.clone(),
            solution,
            baseline,
            revision,
            checked,
            hand_moved: Vec::new(),
            pins_before_keep: BTreeMap::new(),
        }
    }

    /// Whether the plan changed since this result was computed.
    pub fn is_stale(&self, revision: u64) -> bool {
        self.revision != revision
    }

    /// Whether the shown solution holds moves kept by hand (it is then the
    /// evaluation of those moves, not the optimiser's own result).
    pub fn is_adjusted_by_hand(&self) -> bool {
        !self.hand_moved.is_empty()
    }

    /// Whether `code` was moved by hand and kept in this result.
    pub fn is_kept_by_hand(&self, code: &str) -> bool {
        self.hand_moved
            .binary_search_by(|c| c.as_str().cmp(code))
            .is_ok()
    }
}

/// All solving state of the app.
#[derive(Debug, Default)]
pub struct Solver {
    /// The solve running now, if any.
    pub job: Option<SolveJob>,
    /// Results per scenario id.
    pub results: BTreeMap<String, ScenarioResult>,
    /// Incremented whenever a result changes (views cache on it).
    pub generation: u64,
    /// Why the last solve failed to run, if it did (shown through `Tr::solve_error`).
    pub last_error: Option<SolveError>,
    /// The last solve ended without a plan (cancelled or out of time) and the
    /// previous result was kept.
    pub last_empty: Option<SolveStatus>,
}

impl Solver {
    /// Whether a solve is running.
    pub fn is_running(&self) -> bool {
        self.job.is_some()
    }

    /// Polls the running job; stores its result. Returns true when it finished.
    pub fn poll(&mut self) -> bool {
        let Some(job) = self.job.as_mut() else {
            return false;
        };
        let Some(outcome) = job.poll() else {
            return false;
        };
        let Some(job) = self.job.take() else {
            return false;
        };
        self.generation += 1;
        match outcome {
            Ok(Solved { solution, baseline }) => {
                self.last_error = None;
                let empty = solution.assignments.is_empty()
                    && matches!(
                        solution.status,
                        SolveStatus::Cancelled | SolveStatus::TimeLimitNoSolution
                    );
                if empty && self.results.contains_key(&job.scenario) {
                    // Keep the previous plan rather than replace it with nothing.
                    self.last_empty = Some(solution.status);
                    return true;
                }
                self.last_empty = None;
                if let Some(b) = &baseline
                    && !b.assignments.is_empty()
                    && !self.results.contains_key(&b.scenario)
                {
                    self.results.insert(
                        b.scenario.clone(),
                        ScenarioResult::solved(b.clone(), None, job.revision, job.checked.clone()),
                    );
                }
                self.results.insert(
                    job.scenario.clone(),
                    ScenarioResult::solved(solution, baseline, job.revision, job.checked),
                );
            }
            Err(e) => self.last_error = Some(e),
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::file;
    use crate::core::generate::{GenerateOptions, generate};

    /// The app once had its own copy of the baseline recursion, which showed a
    /// baseline without a plan as a cancelled solve (an empty result, no
    /// reason); the app now solves through core's, which refuses it and says
    /// why.
    #[test]
    fn an_infeasible_baseline_is_refused_in_the_app_not_shown_as_cancelled() {
        let mut plan = generate(GenerateOptions {
            staff: 12,
            sites: 2,
            zones: 3,
            seed: 7,
        });
        let base = plan.scenarios[0].clone();
        let mut after = base.clone();
        after.id = "after".into();
        after.name = "After".into();
        after.baseline = Some(base.id.clone());
        plan.scenarios.push(after);
        // Twelve people, two desks: the baseline has no plan.
        for s in &mut plan.sites {
            s.desks = 1;
        }
        let checked = file::validate(plan).expect("the plan validates");
        let r = (Backend::default().solve)(
            &checked,
            "after",
            &SolveOptions::default(),
            &SolveControl::default(),
        );
        match r {
            Err(SolveError::BaselineWithoutPlan {
                scenario,
                baseline,
                status,
            }) => {
                assert_eq!(scenario, "after");
                assert_eq!(baseline, base.id);
                assert_eq!(status, SolveStatus::Infeasible);
            }
            other => panic!("expected a refusal, got {other:?}"),
        }
    }
}
