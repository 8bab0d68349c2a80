//! How a solve is run and reports back: options, progress, phases, the
//! control handle (cancel) and the errors (see docs/MODEL.md §8).

use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use serde::{Deserialize, Serialize};

use super::*;

/// Which model formulation to build.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Formulation {
    /// Interchangeable cadres grouped into one integer variable (fast, default).
    #[default]
    Cohort,
    /// One binary variable per cadre and option (for verification).
    PerPerson,
}

/// Solver settings.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct SolveOptions {
    /// Wall-clock limit, seconds.
    pub time_limit_secs: f64,
    /// Relative MIP gap at which the solver may stop (0.0001 = 0.01%).
    pub mip_gap: f64,
    /// Formulation.
    pub formulation: Formulation,
}

impl Default for SolveOptions {
    /// One minute and a 0.05% gap: on the sample that is about 3 million VND a
    /// month, under one bus-month, and every scenario is proven at the root
    /// (0.01% takes hundreds of branch-and-bound nodes; docs/BENCHMARKS.md).
    fn default() -> Self {
        Self {
            time_limit_secs: 60.0,
            mip_gap: 5e-4,
            formulation: Formulation::Cohort,
        }
    }
}

/// Progress while solving, sent through a channel a UI can poll.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    /// Seconds since the solve started.
    pub elapsed_secs: f64,
    /// What is happening.
    pub phase: SolvePhase,
    /// Best objective found so far.
    pub best_objective: Option<f64>,
    /// Best bound so far.
    pub best_bound: Option<f64>,
    /// Relative gap so far.
    pub gap: Option<f64>,
}

/// What a solve is doing, for progress displays (the app words it in its
/// language; `Display` gives the English used by the command line).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SolvePhase {
    /// Grouping cadres and writing the MIP.
    BuildingModel,
    /// Finding a first plan for small models (MODEL.md §8).
    WarmStart,
    /// HiGHS is searching; the model's size when it is the main solve.
    Solving(Option<ModelSize>),
    /// The independent checker verifies the plan.
    Checking,
    /// The elastic model looks for the smallest relaxation.
    Diagnosing,
}

/// The size of a model being solved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModelSize {
    /// Cohorts of interchangeable cadres.
    pub cohorts: usize,
    /// Columns.
    pub variables: usize,
    /// Rows.
    pub constraints: usize,
}

impl std::fmt::Display for SolvePhase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SolvePhase::BuildingModel => f.write_str("building model"),
            SolvePhase::WarmStart => f.write_str("warm start"),
            SolvePhase::Solving(None) => f.write_str("solving"),
            SolvePhase::Solving(Some(m)) => write!(
                f,
                "solving ({} cohorts, {} variables, {} constraints)",
                m.cohorts, m.variables, m.constraints
            ),
            SolvePhase::Checking => f.write_str("checking"),
            SolvePhase::Diagnosing => f.write_str("diagnosing"),
        }
    }
}

/// Cancel flag and progress sink for one solve.
#[derive(Debug, Clone, Default)]
pub struct SolveControl {
    /// Set to true to cancel; the solver stops within one second.
    pub cancel: Arc<AtomicBool>,
    /// Where progress goes (None: nowhere).
    pub progress: Option<Sender<Progress>>,
}

/// Why a solve could not run at all (as opposed to an infeasible plan).
#[derive(Debug, thiserror::Error)]
pub enum SolveError {
    /// The scenario id or name does not exist.
    #[error("no scenario \"{0}\" in the plan")]
    UnknownScenario(String),
    /// The solver reported an internal failure.
    #[error("the solver failed: {0}")]
    Solver(String),
    /// The solver returned a plan that breaks a hard rule (a bug; never shown as valid).
    #[error("the solver's plan breaks hard rules: {0:?}")]
    CheckFailed(Vec<Violation>),
    /// The scenario's baseline has no plan, so disruption has nothing to be
    /// measured against (MODEL.md §3); never replaced silently by current sites.
    #[error(
        "scenario \"{scenario}\" measures disruption against baseline \"{baseline}\", which has no plan ({status:?}); solve or fix \"{baseline}\" first, or remove the baseline"
    )]
    BaselineWithoutPlan {
        /// The dependent scenario.
        scenario: String,
        /// Its baseline scenario.
        baseline: String,
        /// How the baseline's solve ended.
        status: SolveStatus,
    },
    /// A reference of the plan names nothing (only an unvalidated plan can
    /// have one): refused rather than read as the first entity of its list.
    #[error("the plan is not valid: {0}")]
    Unresolved(crate::core::file::Dangling),
    /// More priority groups are on than a person's group set holds; refused
    /// rather than dropping the groups past the limit.
    #[error("the plan has {count} priority groups switched on; at most {max} can be used")]
    TooManyPriorityGroups {
        /// Groups switched on.
        count: usize,
        /// The most the solver holds.
        max: usize,
    },
}
