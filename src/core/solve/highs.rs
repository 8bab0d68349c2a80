//! Runs a plain sparse MIP ([`Lp`]) on HiGHS with progress and cancel.
//!
//! We call HiGHS's C API through `highs-sys` (the crate under good_lp's HiGHS
//! backend): progress and cancel need `Highs_setCallback` on the raw instance,
//! which good_lp does not expose, and the `highs` wrapper panics on HiGHS's
//! error status (an empty model did that) where we need an error; see
//! docs/MODEL.md section 8.

use std::ffi::{CStr, CString, c_char, c_int, c_void};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Sender;
use std::time::Instant;

use highs_sys::HighsInt;

use super::{Progress, SolveControl, SolveError, SolvePhase};

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
    phase: SolvePhase,
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
                phase: self.phase,
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

/// Owns one HiGHS instance; destroyed on drop, whatever path the run takes.
struct Instance(*mut c_void);

impl Drop for Instance {
    fn drop(&mut self) {
        // SAFETY: the pointer came from Highs_create and is destroyed once.
        unsafe { highs_sys::Highs_destroy(self.0) }
    }
}

impl Instance {
    fn set(&self, key: &str, v: OptionValue) -> Result<(), SolveError> {
        let k = CString::new(key).map_err(|_| SolveError::Solver(format!("bad option {key}")))?;
        // SAFETY: valid instance and NUL-terminated strings for the call's duration.
        let status = unsafe {
            match v {
                OptionValue::I(i) => highs_sys::Highs_setIntOptionValue(self.0, k.as_ptr(), i),
                OptionValue::F(f) => highs_sys::Highs_setDoubleOptionValue(self.0, k.as_ptr(), f),
                OptionValue::B(b) => {
                    highs_sys::Highs_setBoolOptionValue(self.0, k.as_ptr(), HighsInt::from(b))
                }
                OptionValue::S(s) => {
                    let sv = CString::new(s)
                        .map_err(|_| SolveError::Solver(format!("bad value for {key}")))?;
                    highs_sys::Highs_setStringOptionValue(self.0, k.as_ptr(), sv.as_ptr())
                }
            }
        };
        if status == highs_sys::STATUS_ERROR {
            return Err(SolveError::Solver(format!("cannot set HiGHS option {key}")));
        }
        Ok(())
    }

    fn int_info(&self, key: &CStr) -> Option<HighsInt> {
        let mut v: HighsInt = 0;
        // SAFETY: valid instance, NUL-terminated key, output pointer to a local.
        let s = unsafe { highs_sys::Highs_getIntInfoValue(self.0, key.as_ptr(), &mut v) };
        (s != highs_sys::STATUS_ERROR).then_some(v)
    }

    fn double_info(&self, key: &CStr) -> Option<f64> {
        let mut v = 0.0;
        // SAFETY: as in `int_info`.
        let s = unsafe { highs_sys::Highs_getDoubleInfoValue(self.0, key.as_ptr(), &mut v) };
        (s != highs_sys::STATUS_ERROR).then_some(v)
    }
}

/// Converts a count to HiGHS's integer type, naming what was too large.
fn highs_int(n: usize, what: &str) -> Result<HighsInt, SolveError> {
    HighsInt::try_from(n)
        .map_err(|_| SolveError::Solver(format!("the model has too many {what} for HiGHS ({n})")))
}

/// Solves `lp` with HiGHS (threads 1, fixed seed), reporting progress to `ctl`,
/// starting from a known feasible point when `start` (one value per column) is given.
///
/// Talks to HiGHS through its C API (`highs-sys`): every status is checked and
/// turned into a result or a [`SolveError`]; nothing here panics. An empty model
/// (no columns, as for a plan with no staff and no vehicles) is optimal at 0.
pub(crate) fn run(
    lp: &Lp,
    time_limit_secs: f64,
    mip_gap: f64,
    ctl: &SolveControl,
    started: Instant,
    phase: SolvePhase,
    start: Option<&[f64]>,
) -> Result<RunResult, SolveError> {
    let n = lp.cost.len();
    if n == 0 {
        // Rows without columns hold when 0 lies within their bounds.
        let holds = lp
            .rows
            .iter()
            .all(|(lo, hi, _)| *lo <= 1e-9 && *hi >= -1e-9);
        return Ok(RunResult {
            status: if holds {
                RunStatus::Optimal
            } else {
                RunStatus::Infeasible
            },
            values: holds.then(Vec::new),
            objective: 0.0,
            bound: 0.0,
        });
    }
    // Row-wise sparse matrix.
    let mut a_start = Vec::with_capacity(lp.rows.len());
    let mut a_index = Vec::new();
    let mut a_value = Vec::new();
    let mut row_lo = Vec::with_capacity(lp.rows.len());
    let mut row_hi = Vec::with_capacity(lp.rows.len());
    for (lo, hi, entries) in &lp.rows {
        a_start.push(highs_int(a_index.len(), "coefficients")?);
        for &(j, a) in entries {
            a_index.push(highs_int(j, "columns")?);
            a_value.push(a);
        }
        row_lo.push(if lo.is_finite() { *lo } else { -INF });
        row_hi.push(if hi.is_finite() { *hi } else { INF });
    }
    let col_lo: Vec<f64> = lp
        .lo
        .iter()
        .map(|&v| if v.is_finite() { v } else { -INF })
        .collect();
    let col_hi: Vec<f64> = lp
        .hi
        .iter()
        .map(|&v| if v.is_finite() { v } else { INF })
        .collect();
    let integrality: Vec<HighsInt> = lp
        .int
        .iter()
        .map(|&i| {
            if i {
                highs_sys::VAR_TYPE_INTEGER
            } else {
                highs_sys::VAR_TYPE_CONTINUOUS
            }
        })
        .collect();
    // SAFETY: Highs_create has no preconditions; the pointer is owned by `Instance`.
    let h = Instance(unsafe { highs_sys::Highs_create() });
    if h.0.is_null() {
        return Err(SolveError::Solver("cannot start HiGHS".into()));
    }
    // HQ_PLANNER_SOLVE_LOG=1 shows HiGHS's own log on stdout (for benchmarks and bugs).
    let log = std::env::var_os("HQ_PLANNER_SOLVE_LOG").is_some();
    h.set("output_flag", OptionValue::B(log))?;
    h.set("log_to_console", OptionValue::B(log))?;
    // SAFETY: every array has the length HiGHS reads for these counts
    // (columns: n; rows: lp.rows.len(); nonzeros: a_index.len()).
    let pass = unsafe {
        highs_sys::Highs_passMip(
            h.0,
            highs_int(n, "columns")?,
            highs_int(lp.rows.len(), "rows")?,
            highs_int(a_index.len(), "coefficients")?,
            highs_sys::MATRIX_FORMAT_ROW_WISE,
            highs_sys::OBJECTIVE_SENSE_MINIMIZE,
            0.0,
            lp.cost.as_ptr(),
            col_lo.as_ptr(),
            col_hi.as_ptr(),
            row_lo.as_ptr(),
            row_hi.as_ptr(),
            a_start.as_ptr(),
            a_index.as_ptr(),
            a_value.as_ptr(),
            integrality.as_ptr(),
        )
    };
    if pass == highs_sys::STATUS_ERROR {
        return Err(SolveError::Solver(
            "HiGHS refused the model (a coefficient or bound out of range)".into(),
        ));
    }
    let remaining = (time_limit_secs - started.elapsed().as_secs_f64()).max(0.01);
    if log {
        eprintln!(
            "[{:.2}s] model loaded into HiGHS",
            started.elapsed().as_secs_f64()
        );
    }
    h.set("threads", OptionValue::I(1))?;
    h.set("parallel", OptionValue::S("off".into()))?;
    h.set("random_seed", OptionValue::I(0))?;
    // HiGHS's presolve runs for minutes on large cohort models (30,000 cadres),
    // ignoring both the time limit and the interrupt callback, and gains little on
    // this model; it is off so that time limits and cancel hold (MODEL.md §8).
    h.set("presolve", OptionValue::S("off".into()))?;
    // The feasibility-jump heuristic spent 11 s before the root LP on 30,000 cadres
    // without finding a plan; rounding the root LP finds one at once on this model.
    h.set("mip_heuristic_run_feasibility_jump", OptionValue::B(false))?;
    if let Ok(v) = std::env::var("HQ_PLANNER_HIGHS_OPTS") {
        for kv in v.split(',') {
            let Some((k, val)) = kv.split_once('=') else {
                continue;
            };
            let value = if let Ok(i) = val.parse::<i32>() {
                OptionValue::I(i)
            } else if let Ok(f) = val.parse::<f64>() {
                OptionValue::F(f)
            } else if val == "true" || val == "false" {
                OptionValue::B(val == "true")
            } else {
                OptionValue::S(val.to_owned())
            };
            h.set(k, value)?;
        }
    }
    h.set("time_limit", OptionValue::F(remaining))?;
    h.set("mip_rel_gap", OptionValue::F(mip_gap.max(0.0)))?;

    if let Some(x) = start.filter(|x| x.len() == n) {
        // SAFETY: `x` has one value per column; null means "not given" for the rest.
        // A refused start only costs time: the solve is still correct without it.
        unsafe {
            highs_sys::Highs_setSolution(
                h.0,
                x.as_ptr(),
                std::ptr::null(),
                std::ptr::null(),
                std::ptr::null(),
            );
        }
    }
    let mut state = Box::new(CbState {
        cancel: ctl.cancel.clone(),
        progress: ctl.progress.clone(),
        started,
        phase,
        last_sent_secs: f64::NEG_INFINITY,
        best: None,
        bound: None,
    });
    state.send(true);
    let state_ptr: *mut CbState = &mut *state;
    // SAFETY: the instance is valid; `state` outlives the run (dropped after it).
    let run_status = unsafe {
        highs_sys::Highs_setCallback(h.0, Some(callback), state_ptr as *mut c_void);
        highs_sys::Highs_startCallback(h.0, highs_sys::kHighsCallbackMipInterrupt);
        highs_sys::Highs_startCallback(h.0, highs_sys::kHighsCallbackMipImprovingSolution);
        highs_sys::Highs_startCallback(h.0, highs_sys::kHighsCallbackSimplexInterrupt);
        highs_sys::Highs_startCallback(h.0, highs_sys::kHighsCallbackIpmInterrupt);
        highs_sys::Highs_run(h.0)
    };
    if log {
        eprintln!("[{:.2}s] HiGHS returned", started.elapsed().as_secs_f64());
    }
    // SAFETY: valid instance.
    let model_status = unsafe { highs_sys::Highs_getModelStatus(h.0) };
    let status = match model_status {
        highs_sys::MODEL_STATUS_OPTIMAL | highs_sys::MODEL_STATUS_MODEL_EMPTY => RunStatus::Optimal,
        highs_sys::MODEL_STATUS_INFEASIBLE | highs_sys::MODEL_STATUS_UNBOUNDED_OR_INFEASIBLE => {
            RunStatus::Infeasible
        }
        highs_sys::MODEL_STATUS_REACHED_TIME_LIMIT
        | highs_sys::MODEL_STATUS_REACHED_ITERATION_LIMIT
        | highs_sys::MODEL_STATUS_REACHED_SOLUTION_LIMIT
        | highs_sys::MODEL_STATUS_REACHED_MEMORY_LIMIT => RunStatus::TimeLimit,
        highs_sys::MODEL_STATUS_REACHED_INTERRUPT => RunStatus::Interrupted,
        other => {
            return Err(SolveError::Solver(format!(
                "HiGHS ended with {} (run status {run_status})",
                model_status_name(other)
            )));
        }
    };
    let has_point =
        h.int_info(c"primal_solution_status") == Some(highs_sys::SOLUTION_STATUS_FEASIBLE);
    let values = if has_point || status == RunStatus::Optimal {
        let mut x = vec![0.0; n];
        // SAFETY: `x` has one slot per column; the other outputs are not wanted (null).
        let got = unsafe {
            highs_sys::Highs_getSolution(
                h.0,
                x.as_mut_ptr(),
                std::ptr::null_mut(),
                std::ptr::null_mut(),
                std::ptr::null_mut(),
            )
        };
        (got != highs_sys::STATUS_ERROR).then_some(x)
    } else {
        None
    };
    // SAFETY: valid instance.
    let objective = unsafe { highs_sys::Highs_getObjectiveValue(h.0) };
    let mut bound = h.double_info(c"mip_dual_bound").unwrap_or(objective);
    if !bound.is_finite() || bound.abs() > 1e50 {
        bound = objective;
    }
    drop(h);
    state.best = values.as_ref().map(|_| objective);
    state.bound = Some(bound);
    state.send(true);
    Ok(RunResult {
        status,
        values,
        objective,
        bound,
    })
}

/// HiGHS's name for a model status, for messages.
fn model_status_name(status: HighsInt) -> String {
    match status {
        highs_sys::MODEL_STATUS_NOTSET => "no status".into(),
        highs_sys::MODEL_STATUS_LOAD_ERROR => "a load error".into(),
        highs_sys::MODEL_STATUS_MODEL_ERROR => "a model error".into(),
        highs_sys::MODEL_STATUS_PRESOLVE_ERROR => "a presolve error".into(),
        highs_sys::MODEL_STATUS_SOLVE_ERROR => "a solve error".into(),
        highs_sys::MODEL_STATUS_POSTSOLVE_ERROR => "a postsolve error".into(),
        highs_sys::MODEL_STATUS_UNBOUNDED => "an unbounded model".into(),
        highs_sys::MODEL_STATUS_UNKNOWN => "status unknown (numerical trouble)".into(),
        other => format!("model status {other}"),
    }
}

/// HiGHS's "infinity".
const INF: f64 = f64::INFINITY;

enum OptionValue {
    I(i32),
    F(f64),
    S(String),
    B(bool),
}
