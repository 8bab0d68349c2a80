//! A background solve the GUI can poll without blocking.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::thread::JoinHandle;

use crate::core::file::CheckedPlan;

use super::{Progress, Solution, SolveControl, SolveError, SolveOptions, solve};

/// A solve running on its own thread.
#[derive(Debug)]
pub struct SolveHandle {
    /// Progress messages (elapsed, phase, best objective, bound, gap); poll with `try_recv`.
    pub progress: Receiver<Progress>,
    cancel: Arc<AtomicBool>,
    result: Receiver<Result<Solution, SolveError>>,
    done: Option<Result<Solution, SolveError>>,
    thread: Option<JoinHandle<()>>,
}

impl SolveHandle {
    /// Asks the solver to stop; it returns within about a second with the best plan
    /// found (status `Cancelled`) or an empty `Cancelled` solution.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// The result once the solve has finished (taken once; later calls give `None`).
    pub fn try_result(&mut self) -> Option<Result<Solution, SolveError>> {
        if self.done.is_none() {
            match self.result.try_recv() {
                Ok(r) => self.done = Some(r),
                Err(TryRecvError::Empty) => return None,
                Err(TryRecvError::Disconnected) => {
                    self.done = Some(Err(SolveError::Solver(
                        "the solver thread stopped without a result".into(),
                    )))
                }
            }
            if let Some(t) = self.thread.take() {
                // The thread has sent its result, so this returns at once.
                let _ = t.join();
            }
        }
        self.done.take()
    }

    /// Whether the solve has finished (the result may still be waiting in `try_result`).
    pub fn is_finished(&self) -> bool {
        self.thread.as_ref().is_none_or(|t| t.is_finished())
    }

    /// Blocks until the solve ends (for the CLI and tests, never on a UI thread).
    pub fn wait(mut self) -> Result<Solution, SolveError> {
        match self.result.recv() {
            Ok(r) => r,
            Err(_) => Err(SolveError::Solver(
                "the solver thread stopped without a result".into(),
            )),
        }
        .inspect(|_| {
            if let Some(t) = self.thread.take() {
                let _ = t.join();
            }
        })
    }
}

/// Starts solving `scenario` on a background thread.
pub fn spawn_solve(plan: CheckedPlan, scenario: String, opts: SolveOptions) -> SolveHandle {
    let cancel = Arc::new(AtomicBool::new(false));
    let (ptx, prx) = mpsc::channel();
    let (rtx, rrx) = mpsc::channel();
    let ctl = SolveControl {
        cancel: cancel.clone(),
        progress: Some(ptx),
    };
    let thread = std::thread::Builder::new()
        .name("hq-planner-solve".into())
        .spawn(move || {
            let r = solve(&plan, &scenario, &opts, &ctl);
            // The handle may have been dropped; then nobody wants the result.
            let _ = rtx.send(r);
        });
    let (thread, done) = match thread {
        Ok(t) => (Some(t), None),
        Err(e) => (
            None,
            Some(Err(SolveError::Solver(format!(
                "cannot start the solver thread: {e}"
            )))),
        ),
    };
    SolveHandle {
        progress: prx,
        cancel,
        result: rrx,
        done,
        thread,
    }
}
