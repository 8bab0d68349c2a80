//! Runs a plain sparse MIP ([`Lp`]) on HiGHS with progress and cancel.
//!
//! We use the `highs` crate (the one under good_lp's HiGHS backend) directly
//! because progress and cancel need `Highs_setCallback` on the raw HiGHS
//! pointer, which good_lp does not expose; see docs/MODEL.md section 8.

use std::ffi::{c_char, c_int, c_void};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Sender;
use std::time::Instant;

use highs::{HighsModelStatus, RowProblem, Sense};

use super::{Progress, SolveControl, SolveError};

/// One ranged row: lower bound, upper bound, sparse entries (column, coefficient).
pub(crate) type LpRow = (f64, f64, Vec<(usize, f64)>);

/// A MIP as plain data: columns and ranged rows.
#[derive(Debug, Clone, Default)]
pub(crate) struct Lp {
    /// Objective coefficient per column.
    pub cost: Vec<f64>,
    /// Lower bound per column.
    pub lo: Vec<f64>,
    /// Upper bound per column.
    pub hi: Vec<f64>,
    /// Integrality per column.
    pub int: Vec<bool>,
    /// Rows: lower bound, upper bound, sparse entries (column, coefficient).
    pub rows: Vec<LpRow>,
}

impl Lp {
    /// Adds a column and returns its index.
    pub fn col(&mut self, cost: f64, lo: f64, hi: f64, int: bool) -> usize {
        self.cost.push(cost);
        self.lo.push(lo);
        self.hi.push(hi);
        self.int.push(int);
        self.cost.len() - 1
    }
    /// Adds a row `lo <= sum <= hi` and returns its index.
    pub fn row(&mut self, lo: f64, hi: f64, entries: Vec<(usize, f64)>) -> usize {
        self.rows.push((lo, hi, entries));
        self.rows.len() - 1
    }
}

/// How a HiGHS run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RunStatus {
    Optimal,
    /// Stopped by the time limit with a feasible point.
    TimeLimit,
    /// Stopped by cancel.
    Interrupted,
    Infeasible,
}

/// Result of a HiGHS run.
#[derive(Debug, Clone)]
pub(crate) struct RunResult {
    pub status: RunStatus,
    /// Column values, when a feasible point exists.
    pub values: Option<Vec<f64>>,
    pub objective: f64,
    pub bound: f64,
}

/// State the callback reads and writes (lives in a Box during the run).
struct CbState {
    cancel: Arc<AtomicBool>,
    progress: Option<Sender<Progress>>,
    started: Instant,
    phase: String,
    last_sent_secs: f64,
    best: Option<f64>,
    bound: Option<f64>,
}

impl CbState {
    fn send(&mut self, force: bool) {
        let elapsed = self.started.elapsed().as_secs_f64();
        if !force && elapsed - self.last_sent_secs < 0.2 {
            return;
        }
        self.last_sent_secs = elapsed;
        if let Some(tx) = &self.progress {
            let gap = match (self.best, self.bound) {
                (Some(b), Some(l)) => Some(super::relative_gap(b, l)),
                _ => None,
            };
            // A closed receiver only means nobody listens any more.
            let _ = tx.send(Progress {
                elapsed_secs: elapsed,
                phase: self.phase.clone(),
                best_objective: self.best,
                best_bound: self.bound,
                gap,
            });
        }
    }
}

/// The HiGHS callback: records bounds, sends throttled progress, interrupts on cancel.
unsafe extern "C" fn callback(
    kind: c_int,
    _message: *const c_char,
    data_out: *const highs_sys::HighsCallbackDataOut,
    data_in: *mut highs_sys::HighsCallbackDataIn,
    user: *mut c_void,
) {
    if user.is_null() {
        return;
    }
    // SAFETY: `user` is the Box<CbState> pointer passed to Highs_setCallback by
    // `run`, alive until Highs_run returns; HiGHS calls back on the solving thread only.
    let state = unsafe { &mut *(user as *mut CbState) };
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        if !data_out.is_null()
            && (kind == highs_sys::kHighsCallbackMipInterrupt
                || kind == highs_sys::kHighsCallbackMipImprovingSolution)
        {
            // SAFETY: HiGHS passes a valid data_out for MIP callbacks.
            let out = unsafe { &*data_out };
            if out.mip_primal_bound.is_finite() && out.mip_primal_bound.abs() < 1e50 {
                state.best = Some(out.mip_primal_bound);
            }
            if out.mip_dual_bound.is_finite() && out.mip_dual_bound.abs() < 1e50 {
                state.bound = Some(out.mip_dual_bound);
            }
            state.send(kind == highs_sys::kHighsCallbackMipImprovingSolution);
        }
        state.cancel.load(Ordering::Relaxed)
    }));
    let cancel = result.unwrap_or(true);
    if cancel && !data_in.is_null() {
        // SAFETY: HiGHS passes a valid data_in for interrupt callbacks.
        unsafe { (*data_in).user_interrupt = 1 };
    }
}

/// Solves `lp` with HiGHS (threads 1, fixed seed), reporting progress to `ctl`.
pub(crate) fn run(
    lp: &Lp,
    time_limit_secs: f64,
    mip_gap: f64,
    ctl: &SolveControl,
    started: Instant,
    phase: &str,
) -> Result<RunResult, SolveError> {
    run_from(lp, time_limit_secs, mip_gap, ctl, started, phase, None)
}

/// Like [`run`], starting from a known feasible point (`start`, one value per column).
pub(crate) fn run_from(
    lp: &Lp,
    time_limit_secs: f64,
    mip_gap: f64,
    ctl: &SolveControl,
    started: Instant,
    phase: &str,
    start: Option<&[f64]>,
) -> Result<RunResult, SolveError> {
    let mut pb = RowProblem::default();
    let cols: Vec<highs::Col> = (0..lp.cost.len())
        .map(|j| pb.add_column_with_integrality(lp.cost[j], lp.lo[j]..=lp.hi[j], lp.int[j]))
        .collect();
    for (lo, hi, entries) in &lp.rows {
        let lo = if lo.is_finite() {
            *lo
        } else {
            f64::NEG_INFINITY
        };
        let hi = if hi.is_finite() { *hi } else { f64::INFINITY };
        pb.add_row(lo..=hi, entries.iter().map(|&(j, a)| (cols[j], a)));
    }
    let mut model = pb
        .try_optimise(Sense::Minimise)
        .map_err(|e| SolveError::Solver(format!("cannot load the model: {e:?}")))?;
    model.make_quiet();
    let remaining = (time_limit_secs - started.elapsed().as_secs_f64()).max(0.01);
    let set = |m: &mut highs::Model, k: &str, v: OptionValue| -> Result<(), SolveError> {
        let r = match v {
            OptionValue::I(i) => m.try_set_option(k, i),
            OptionValue::F(f) => m.try_set_option(k, f),
            OptionValue::S(s) => m.try_set_option(k, s),
            OptionValue::B(b) => m.try_set_option(k, b),
        };
        r.map_err(|e| SolveError::Solver(format!("cannot set HiGHS option {k}: {e:?}")))
    };
    // HQ_PLANNER_SOLVE_LOG=1 shows HiGHS's own log on stdout (for benchmarks and bugs).
    let log = std::env::var_os("HQ_PLANNER_SOLVE_LOG").is_some();
    set(&mut model, "output_flag", OptionValue::B(log))?;
    set(&mut model, "log_to_console", OptionValue::B(log))?;
    if log {
        eprintln!(
            "[{:.2}s] model loaded into HiGHS",
            started.elapsed().as_secs_f64()
        );
    }
    set(&mut model, "threads", OptionValue::I(1))?;
    set(&mut model, "parallel", OptionValue::S("off"))?;
    set(&mut model, "random_seed", OptionValue::I(0))?;
    // HiGHS's presolve runs for minutes on large cohort models (30,000 cadres),
    // ignoring both the time limit and the interrupt callback, and gains little on
    // this model; it is off so that time limits and cancel hold (MODEL.md §8).
    set(&mut model, "presolve", OptionValue::S("off"))?;
    // The feasibility-jump heuristic spent 11 s before the root LP on 30,000 cadres
    // without finding a plan; rounding the root LP finds one at once on this model.
    set(
        &mut model,
        "mip_heuristic_run_feasibility_jump",
        OptionValue::B(false),
    )?;
    if let Ok(v) = std::env::var("HQ_PLANNER_HIGHS_OPTS") {
        for kv in v.split(',') {
            let Some((k, val)) = kv.split_once('=') else {
                continue;
            };
            let r = if let Ok(i) = val.parse::<i32>() {
                model.try_set_option(k, i)
            } else if let Ok(f) = val.parse::<f64>() {
                model.try_set_option(k, f)
            } else if val == "true" || val == "false" {
                model.try_set_option(k, val == "true")
            } else {
                model.try_set_option(k, val)
            };
            r.map_err(|e| SolveError::Solver(format!("HiGHS option {k}: {e:?}")))?;
        }
    }
    set(&mut model, "time_limit", OptionValue::F(remaining))?;
    set(&mut model, "mip_rel_gap", OptionValue::F(mip_gap.max(0.0)))?;

    if let Some(x) = start {
        // A wrong length is our bug; without the start the solve is still correct.
        let _ = model.try_set_solution(Some(x), None, None, None);
    }
    let mut state = Box::new(CbState {
        cancel: ctl.cancel.clone(),
        progress: ctl.progress.clone(),
        started,
        phase: phase.to_owned(),
        last_sent_secs: f64::NEG_INFINITY,
        best: None,
        bound: None,
    });
    state.send(true);
    let state_ptr: *mut CbState = &mut *state;
    // SAFETY: the model pointer is valid; `state` outlives the run (dropped after solve).
    unsafe {
        let p = model.as_mut_ptr();
        highs_sys::Highs_setCallback(p, Some(callback), state_ptr as *mut c_void);
        highs_sys::Highs_startCallback(p, highs_sys::kHighsCallbackMipInterrupt);
        highs_sys::Highs_startCallback(p, highs_sys::kHighsCallbackMipImprovingSolution);
        highs_sys::Highs_startCallback(p, highs_sys::kHighsCallbackSimplexInterrupt);
    }
    let solved = model
        .try_solve()
        .map_err(|e| SolveError::Solver(format!("HiGHS failed: {e:?}")))?;
    if log {
        eprintln!("[{:.2}s] HiGHS returned", started.elapsed().as_secs_f64());
    }
    let status = solved.status();
    let has_point = solved.primal_solution_status() == highs::HighsSolutionStatus::Feasible;
    let run_status = match status {
        HighsModelStatus::Optimal => RunStatus::Optimal,
        HighsModelStatus::Infeasible | HighsModelStatus::UnboundedOrInfeasible => {
            RunStatus::Infeasible
        }
        HighsModelStatus::ReachedTimeLimit
        | HighsModelStatus::ReachedIterationLimit
        | HighsModelStatus::ReachedSolutionLimit
        | HighsModelStatus::ReachedMemoryLimit => RunStatus::TimeLimit,
        HighsModelStatus::ReachedInterrupt => RunStatus::Interrupted,
        HighsModelStatus::ModelEmpty => RunStatus::Optimal,
        other => {
            return Err(SolveError::Solver(format!(
                "HiGHS ended with status {other:?}"
            )));
        }
    };
    let sol = solved.get_solution();
    let objective = solved.objective_value();
    let mut bound = solved
        .double_info_value(c"mip_dual_bound")
        .unwrap_or(objective);
    if !bound.is_finite() || bound.abs() > 1e50 {
        bound = objective;
    }
    let values = if has_point || (run_status == RunStatus::Optimal) {
        Some(sol.columns().to_vec())
    } else {
        None
    };
    drop(solved);
    state.best = values.as_ref().map(|_| objective);
    state.bound = Some(bound);
    state.send(true);
    Ok(RunResult {
        status: run_status,
        values,
        objective,
        bound,
    })
}

enum OptionValue {
    I(i32),
    F(f64),
    S(&'static str),
    B(bool),
}
