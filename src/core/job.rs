//! One background job: long work (a solve, an import, an export, an
//! explanation) runs on its own named thread while the caller (the app's frame,
//! the CLI, a test) polls it without blocking.
//!
//! A [`Job`] hands its closure a [`JobContext`]: progress goes back through a
//! channel, cancellation is a shared flag the work checks, and every report and
//! the result call a `notify` hook (the app asks egui for a repaint there; the
//! hook is a plain closure so this module stays UI-free). A panic in the work
//! becomes a [`JobError`] result instead of a job that never ends, and dropping
//! the job asks the work to stop.

use std::fmt;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender, TryRecvError};
use std::thread::JoinHandle;

/// Called after each progress report and after the result (the app repaints).
type Notify = Arc<dyn Fn() + Send + Sync>;

/// Why a job ended without the work's own result.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum JobError {
    /// The thread could not be started (the system's words).
    #[error("cannot start the worker thread: {0}")]
    CannotStart(String),
    /// The work panicked (the panic's message, when it was text).
    #[error("the worker stopped unexpectedly: {0}")]
    Panicked(String),
}

/// What the work gets: where to report progress and whether to stop.
pub struct JobContext<P> {
    progress: Sender<P>,
    cancel: Arc<AtomicBool>,
    notify: Notify,
}

impl<P> JobContext<P> {
    /// Reports progress (oldest first at the other end) and notifies.
    pub fn report(&self, p: P) {
        // Nobody listening any more is fine: the job was dropped.
        let _ = self.progress.send(p);
        (self.notify)();
    }

    /// Whether the job was cancelled (or dropped); the work should stop soon.
    pub fn is_cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }

    /// The cancel flag itself, for work that checks it deep inside (the solver).
    pub fn cancel_flag(&self) -> Arc<AtomicBool> {
        self.cancel.clone()
    }

    /// A plain sender into the progress channel, for work that takes one (the
    /// solver's `SolveControl`); what is sent through it does not notify.
    pub fn sender(&self) -> Sender<P> {
        self.progress.clone()
    }
}

/// Work running on its own thread, reporting progress of type `P` and ending
/// with a `T`.
pub struct Job<P, T> {
    /// Progress reports, oldest first: [`Job::poll`] drains them; a caller that
    /// may block (the CLI, tests) can also `recv_timeout` on it directly.
    pub progress: Receiver<P>,
    result: Receiver<Result<T, JobError>>,
    cancel: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
    /// The result was handed out (later polls give `None`).
    taken: bool,
}

impl<P, T> fmt::Debug for Job<P, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Job")
            .field("cancelled", &self.cancel.load(Ordering::Relaxed))
            .field("running", &self.is_running())
            .field("taken", &self.taken)
            .finish()
    }
}

impl<P: Send + 'static, T: Send + 'static> Job<P, T> {
    /// Starts `work` on a thread called `name`; `notify` runs after each
    /// progress report and after the result.
    pub fn spawn(
        name: &str,
        notify: impl Fn() + Send + Sync + 'static,
        work: impl FnOnce(&JobContext<P>) -> T + Send + 'static,
    ) -> Self {
        let cancel = Arc::new(AtomicBool::new(false));
        let (ptx, progress) = mpsc::channel();
        let (rtx, result) = mpsc::channel();
        let ctx = JobContext {
            progress: ptx,
            cancel: cancel.clone(),
            notify: Arc::new(notify),
        };
        let failed = rtx.clone();
        let spawned = std::thread::Builder::new()
            .name(name.to_owned())
            .spawn(move || {
                let r = catch_unwind(AssertUnwindSafe(|| work(&ctx)))
                    .map_err(|panic| JobError::Panicked(panic_text(panic.as_ref())));
                // The job may have been dropped; then nobody wants the result.
                let _ = rtx.send(r);
                (ctx.notify)();
            });
        let thread = match spawned {
            Ok(t) => Some(t),
            Err(e) => {
                let _ = failed.send(Err(JobError::CannotStart(e.to_string())));
                None
            }
        };
        Self {
            progress,
            result,
            cancel,
            thread,
            taken: false,
        }
    }
}

impl<P, T> Job<P, T> {
    /// Passes the progress reported so far to `on_progress`, oldest first, and
    /// returns the result once the work has ended (once; then `None`). Never
    /// blocks.
    pub fn poll(&mut self, on_progress: impl FnMut(P)) -> Option<Result<T, JobError>> {
        // The result first: everything reported before it is then in the
        // progress channel, so no report arrives after its result.
        let r = self.take_result();
        self.progress.try_iter().for_each(on_progress);
        r
    }

    /// The result once the work has ended (once; then `None`), leaving the
    /// progress in [`Job::progress`]. Never blocks.
    pub fn take_result(&mut self) -> Option<Result<T, JobError>> {
        if self.taken {
            return None;
        }
        let r = match self.result.try_recv() {
            Ok(r) => r,
            Err(TryRecvError::Empty) => return None,
            Err(TryRecvError::Disconnected) => Err(lost()),
        };
        Some(self.finish(r))
    }

    /// Blocks until the work ends (for the CLI and tests, never on a UI thread);
    /// the progress stays in [`Job::progress`].
    pub fn wait(&mut self) -> Result<T, JobError> {
        if self.taken {
            return Err(lost());
        }
        let r = self.result.recv().unwrap_or_else(|_| Err(lost()));
        self.finish(r)
    }

    /// Asks the work to stop (it sees [`JobContext::is_cancelled`]).
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// Whether the work is still running (its result may be waiting to be taken
    /// when it is not).
    pub fn is_running(&self) -> bool {
        self.thread.as_ref().is_some_and(|t| !t.is_finished())
    }

    fn finish(&mut self, r: Result<T, JobError>) -> Result<T, JobError> {
        self.taken = true;
        if let Some(t) = self.thread.take() {
            // The thread has sent its result, so this returns at once.
            let _ = t.join();
        }
        r
    }
}

impl<P, T> Drop for Job<P, T> {
    /// A job nobody polls any more asks its work to stop (without waiting).
    fn drop(&mut self) {
        self.cancel();
    }
}

/// The result channel closed without a result (only when the result was
/// already taken, or the thread died without unwinding).
fn lost() -> JobError {
    JobError::Panicked("the worker ended without a result".to_owned())
}

/// A panic's message, when it was text.
fn panic_text(panic: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = panic.downcast_ref::<&str>() {
        (*s).to_owned()
    } else if let Some(s) = panic.downcast_ref::<String>() {
        s.clone()
    } else {
        "a panic without a message".to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Barrier;

    #[test]
    fn the_result_is_delivered_once() {
        let mut job: Job<(), u32> = Job::spawn("test-job", || {}, |_| 42);
        let r = loop {
            if let Some(r) = job.poll(|()| {}) {
                break r;
            }
            std::thread::yield_now();
        };
        assert_eq!(r, Ok(42));
        assert_eq!(job.poll(|()| {}), None, "a result is handed out once");
        assert!(!job.is_running());
    }

    #[test]
    fn progress_arrives_in_order_before_the_result() {
        let mut job = Job::spawn(
            "test-job",
            || {},
            |ctx: &JobContext<u32>| {
                for k in 0..100 {
                    ctx.report(k);
                }
                ctx.sender().send(100).ok();
                "done"
            },
        );
        assert_eq!(job.wait(), Ok("done"));
        let seen: Vec<u32> = job.progress.try_iter().collect();
        assert_eq!(seen, (0..=100).collect::<Vec<_>>());
    }

    #[test]
    fn poll_gives_every_report_before_it_gives_the_result() {
        // The worker reports, then waits until the test has seen the report
        // arrive; only then does it end.
        let go = Arc::new(Barrier::new(2));
        let worker_go = go.clone();
        let mut job = Job::spawn(
            "test-job",
            || {},
            move |ctx: &JobContext<&'static str>| {
                ctx.report("first");
                worker_go.wait();
                ctx.report("second");
                7
            },
        );
        let first = job.progress.recv().expect("the first report");
        assert_eq!(first, "first");
        assert_eq!(job.take_result(), None, "still working");
        go.wait();
        let mut seen = vec![first];
        let r = loop {
            if let Some(r) = job.poll(|p| seen.push(p)) {
                break r;
            }
            std::thread::yield_now();
        };
        assert_eq!(r, Ok(7));
        assert_eq!(seen, ["first", "second"]);
    }

    #[test]
    fn the_worker_sees_a_cancel() {
        let (started_tx, started) = mpsc::channel();
        let (cancelled_tx, cancelled) = mpsc::channel::<()>();
        let mut job = Job::spawn(
            "test-job",
            || {},
            move |ctx: &JobContext<()>| {
                let before = ctx.is_cancelled();
                let _ = started_tx.send(());
                // Wait for the test to cancel; then the flag must be set.
                let _ = cancelled.recv();
                (before, ctx.is_cancelled())
            },
        );
        started.recv().expect("the worker started");
        job.cancel();
        cancelled_tx.send(()).expect("the worker waits");
        assert_eq!(job.wait(), Ok((false, true)));
    }

    #[test]
    fn dropping_a_job_cancels_its_work() {
        let (flag_tx, flag) = mpsc::channel();
        let (dropped_tx, dropped) = mpsc::channel::<()>();
        let job = Job::spawn(
            "test-job",
            || {},
            move |ctx: &JobContext<()>| {
                let _ = flag_tx.send(ctx.cancel_flag());
                let _ = dropped.recv();
            },
        );
        let cancel = flag.recv().expect("the worker's flag");
        assert!(!cancel.load(Ordering::Relaxed));
        drop(job);
        let _ = dropped_tx.send(());
        assert!(cancel.load(Ordering::Relaxed));
    }

    #[test]
    fn a_panicking_worker_gives_an_error_not_a_hang() {
        let mut job: Job<(), ()> = Job::spawn("test-job", || {}, |_| panic!("the model is broken"));
        assert_eq!(
            job.wait(),
            Err(JobError::Panicked("the model is broken".to_owned()))
        );
        let mut job: Job<(), ()> = Job::spawn(
            "test-job",
            || {},
            |_| std::panic::panic_any(format!("row {}", 7)),
        );
        assert_eq!(job.wait(), Err(JobError::Panicked("row 7".to_owned())));
    }

    #[test]
    fn each_report_and_the_result_notify() {
        let (tx, notes) = mpsc::channel();
        let mut job = Job::spawn(
            "test-job",
            move || {
                let _ = tx.send(());
            },
            |ctx: &JobContext<u8>| {
                ctx.report(1);
                ctx.report(2);
            },
        );
        assert_eq!(job.wait(), Ok(()));
        // Two reports and the result; the worker has ended, so all are sent.
        assert_eq!(notes.iter().count(), 3);
    }
}
