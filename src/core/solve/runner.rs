//! A background solve the caller can poll without blocking: a [`Job`] whose
//! progress is the solver's and whose result is the solve's.

use crate::core::file::CheckedPlan;
use crate::core::job::{Job, JobError};

use super::{Progress, Solution, SolveControl, SolveError, SolveOptions, solve};

/// A solve running on its own thread; its progress messages (elapsed, phase,
/// best objective, bound, gap) are in `progress`.
pub type SolveHandle = Job<Progress, Result<Solution, SolveError>>;

impl SolveHandle {
    /// The result once the solve has finished (taken once; later calls give `None`).
    /// Cancel with `cancel()`: the solver returns within about a second with the
    /// best plan found (status `Cancelled`) or an empty `Cancelled` solution.
    pub fn try_result(&mut self) -> Option<Result<Solution, SolveError>> {
        self.take_result().map(flatten)
    }

    /// Whether the solve has finished (the result may still be waiting in `try_result`).
    pub fn is_finished(&self) -> bool {
        !self.is_running()
    }

    /// Blocks until the solve ends (for the CLI and tests, never on a UI thread).
    pub fn wait_solved(mut self) -> Result<Solution, SolveError> {
        flatten(self.wait())
    }
}

/// A worker that did not start or stopped is a solver failure, in the words
/// the app has always shown.
impl From<JobError> for SolveError {
    fn from(e: JobError) -> Self {
        SolveError::Solver(match e {
            JobError::CannotStart(why) => format!("cannot start the solver thread: {why}"),
            JobError::Panicked(_) => "the solver stopped unexpectedly".to_owned(),
        })
    }
}

/// A job's result as a solve's.
fn flatten<T>(r: Result<Result<T, SolveError>, JobError>) -> Result<T, SolveError> {
    r.unwrap_or_else(|e| Err(e.into()))
}

/// Starts solving `scenario` on a background thread.
pub fn spawn_solve(plan: CheckedPlan, scenario: String, opts: SolveOptions) -> SolveHandle {
    Job::spawn(
        "hq-planner-solve",
        || {},
        move |job| {
            let ctl = SolveControl {
                cancel: job.cancel_flag(),
                progress: Some(job.sender()),
            };
            solve(&plan, &scenario, &opts, &ctl)
        },
    )
}
