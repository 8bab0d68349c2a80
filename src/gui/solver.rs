//! Solving in the background: the UI thread never solves. A [`SolveJob`] runs
//! the optimiser on its own thread with a cancel flag and a progress channel;
//! the app polls it once per frame. Results are kept per scenario together with
//! the plan revision they were computed on, so an edit marks them stale.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use crate::core::file::CheckedPlan;
use crate::core::solve::{
    Assignment, Explanation, Progress, Solution, SolveControl, SolveError, SolveOptions, Violation,
};

/// Runs a solve (the optimiser's `solve`).
pub type SolveFn =
    fn(&CheckedPlan, &str, &SolveOptions, &SolveControl) -> Result<Solution, SolveError>;
/// Explains one cadre's assignment (the optimiser's `explain`).
pub type ExplainFn = fn(&CheckedPlan, &str, &Solution, &str) -> Option<Explanation>;
/// Evaluates hand-made assignments without solving (the optimiser's `evaluate`).
pub type EvaluateFn = fn(&CheckedPlan, &str, Vec<Assignment>) -> Solution;
/// Lists broken rules of a solution (the optimiser's `check`).
pub type CheckFn = fn(&CheckedPlan, &str, &Solution) -> Vec<Violation>;

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
            solve: pending::solve,
            explain: pending::explain,
            evaluate: pending::evaluate,
            check: pending::check,
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
    cancel: Arc<AtomicBool>,
    progress_rx: Receiver<Progress>,
    result_rx: Receiver<Result<Solution, String>>,
    /// Latest progress report.
    pub last: Option<Progress>,
    /// When it started.
    pub started: std::time::Instant,
    /// Cancel was requested.
    pub cancelling: bool,
}

impl SolveJob {
    /// Starts solving `scenario` of `checked` on a new thread.
    pub fn start(
        backend: Backend,
        checked: CheckedPlan,
        scenario: &str,
        revision: u64,
        options: SolveOptions,
        repaint: Option<eframe::egui::Context>,
    ) -> Self {
        let checked = Arc::new(checked);
        let cancel = Arc::new(AtomicBool::new(false));
        let (ptx, progress_rx) = channel();
        let (rtx, result_rx) = channel();
        let ctl = SolveControl {
            cancel: cancel.clone(),
            progress: Some(ptx),
        };
        let plan = checked.clone();
        let sc = scenario.to_owned();
        let spawned = std::thread::Builder::new()
            .name("hq-solve".into())
            .spawn(move || {
                let r = (backend.solve)(&plan, &sc, &options, &ctl).map_err(|e| e.to_string());
                let _ = rtx.send(r);
                if let Some(ctx) = repaint {
                    ctx.request_repaint();
                }
            });
        let result_rx = match spawned {
            Ok(_) => result_rx,
            Err(e) => {
                let (tx, rx) = channel();
                let _ = tx.send(Err(format!("cannot start the solver thread: {e}")));
                rx
            }
        };
        Self {
            scenario: scenario.to_owned(),
            revision,
            checked,
            cancel,
            progress_rx,
            result_rx,
            last: None,
            started: std::time::Instant::now(),
            cancelling: false,
        }
    }

    /// Asks the solver to stop; it returns its best plan so far, if any.
    pub fn cancel(&mut self) {
        self.cancel.store(true, Ordering::Relaxed);
        self.cancelling = true;
    }

    /// Drains progress; returns the outcome once the solver has finished.
    pub fn poll(&mut self) -> Option<Result<Solution, String>> {
        while let Ok(p) = self.progress_rx.try_recv() {
            self.last = Some(p);
        }
        match self.result_rx.try_recv() {
            Ok(r) => Some(r),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                Some(Err("the solver stopped unexpectedly".to_owned()))
            }
        }
    }

    /// Seconds since the start (from the solver's report when there is one).
    pub fn elapsed_secs(&self) -> f64 {
        self.last
            .as_ref()
            .map(|p| p.elapsed_secs)
            .unwrap_or_else(|| self.started.elapsed().as_secs_f64())
    }
}

/// A scenario's result and what it was computed on.
#[derive(Debug, Clone)]
pub struct ScenarioResult {
    /// The solution shown (the solver's, or after hand moves).
    pub solution: Solution,
    /// The solver's own solution (before hand moves).
    pub solved: Solution,
    /// Plan revision the solve started from.
    pub revision: u64,
    /// The plan it was computed on.
    pub checked: Arc<CheckedPlan>,
    /// Staff codes moved by hand since the solve, sorted.
    pub hand_moved: Vec<String>,
}

impl ScenarioResult {
    /// Whether the plan changed since this result was computed.
    pub fn is_stale(&self, revision: u64) -> bool {
        self.revision != revision
    }
}

/// All solving state of the app.
#[derive(Debug, Default)]
pub struct Solver {
    /// The solve running now, if any.
    pub job: Option<SolveJob>,
    /// Results per scenario id.
    pub results: BTreeMap<String, ScenarioResult>,
    /// Last solve outcome in words (for the status bar), untranslated status key.
    pub last_error: Option<String>,
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
        match outcome {
            Ok(solution) => {
                self.last_error = None;
                self.results.insert(
                    job.scenario.clone(),
                    ScenarioResult {
                        solved: solution.clone(),
                        solution,
                        revision: job.revision,
                        checked: job.checked,
                        hand_moved: Vec::new(),
                    },
                );
            }
            Err(e) => self.last_error = Some(e),
        }
        true
    }
}

/// TEMPORARY until branch `solve` is merged: the optimiser's functions are not on
/// this branch yet, so solving reports that plainly instead of pretending.
mod pending {
    use super::*;

    pub fn solve(
        _: &CheckedPlan,
        _: &str,
        _: &SolveOptions,
        _: &SolveControl,
    ) -> Result<Solution, SolveError> {
        Err(SolveError::Solver(
            "the optimiser is not part of this build yet".into(),
        ))
    }
    pub fn explain(_: &CheckedPlan, _: &str, _: &Solution, _: &str) -> Option<Explanation> {
        None
    }
    pub fn evaluate(_: &CheckedPlan, _: &str, _: Vec<Assignment>) -> Solution {
        Solution {
            scenario: String::new(),
            status: crate::core::solve::SolveStatus::TimeLimitNoSolution,
            objective: 0.0,
            bound: 0.0,
            gap: 0.0,
            seconds: 0.0,
            options: SolveOptions::default(),
            assignments: Vec::new(),
            vehicles: Vec::new(),
            kpis: Default::default(),
            objective_terms: Default::default(),
            diagnosis: Vec::new(),
        }
    }
    pub fn check(_: &CheckedPlan, _: &str, _: &Solution) -> Vec<Violation> {
        Vec::new()
    }
}
