//! The allocation optimiser: public types shared by the solver, the app and
//! the exports. See `docs/MODEL.md` for the mathematics.
//!
//! CONTRACT (first version, written before the implementation): the types in
//! this file are what the GUI (`src/gui`) and the reports (`src/core/report`)
//! code against. The solver may add fields and variants; renaming or removing
//! one must be done together with its users.

use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::sync::mpsc::Sender;

use serde::{Deserialize, Serialize};

use crate::core::file::{CheckedPlan, EntityKind};

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
    fn default() -> Self {
        Self {
            time_limit_secs: 60.0,
            mip_gap: 1e-4,
            formulation: Formulation::Cohort,
        }
    }
}

/// How a cadre gets to work.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Arrangement {
    /// Commutes daily on a transport service (any mode, own means included).
    Daily {
        /// Transport service id.
        service: String,
    },
    /// Stays in housing near the site and commutes home weekly.
    Weekly {
        /// Housing id.
        housing: String,
    },
}

/// The plan for one cadre.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assignment {
    /// Staff code.
    pub code: String,
    /// Site id.
    pub site: String,
    /// Arrangement.
    pub arrangement: Arrangement,
    /// One-way daily commute to the current site today, minutes (None if no current site).
    pub commute_minutes_before: Option<f64>,
    /// One-way daily commute under this plan, minutes (housing to site for weekly).
    pub commute_minutes_after: f64,
    /// Money this person costs per month, VND (their share of vehicles, bed, allowance).
    pub cost_vnd_per_month: f64,
    /// The cadre was pinned (by the plan) to this site.
    pub pinned: bool,
    /// The site differs from the current site (or from the baseline's result).
    pub disrupted: bool,
    /// The arrangement contradicts the survey preference.
    pub preference_mismatch: bool,
}

/// Outcome of a solve.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum SolveStatus {
    /// Proven optimal within the requested gap.
    Optimal,
    /// A feasible plan, stopped by the time limit (gap given in the solution).
    Feasible,
    /// No plan satisfies the hard rules; see the diagnosis.
    Infeasible,
    /// Cancelled by the user; a best plan may still be attached.
    Cancelled,
    /// The time limit passed before any plan was found.
    TimeLimitNoSolution,
}

/// A reference to an entity, so the app can jump to it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct EntityRef {
    /// Kind of entity.
    pub kind: EntityKind,
    /// Its id (staff code for cadres).
    pub id: String,
}

/// One located reason why the plan is infeasible, with the smallest relaxation found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DiagnosisItem {
    /// Entity concerned.
    pub entity: EntityRef,
    /// Rule family concerned, e.g. "desks", "beds", "unit_placement".
    pub rule: String,
    /// How much is short (desks, beds, people, VND...).
    pub shortfall: f64,
    /// Plain sentence, e.g. "Political-Administrative Centre is short of 37 desks".
    pub message: String,
}

/// A hard or soft rule that the checker found broken.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Violation {
    /// Entity concerned.
    pub entity: EntityRef,
    /// Rule family.
    pub rule: String,
    /// Amount by which it is broken.
    pub amount: f64,
    /// Whether the rule was hard (a hard violation means the plan is not valid).
    pub hard: bool,
    /// Plain sentence.
    pub message: String,
}

/// Per-site figures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SiteKpi {
    /// Site id.
    pub site: String,
    /// People assigned.
    pub people: usize,
    /// Desks available in the scenario.
    pub desks: u32,
    /// Working area used by positions (norm x people), m2.
    pub area_used_m2: f64,
    /// Working area available for positions, m2.
    pub area_available_m2: f64,
    /// People per unit id (sorted by unit id).
    pub people_by_unit: Vec<(String, usize)>,
}

/// Per-unit split between sites.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UnitKpi {
    /// Unit id.
    pub unit: String,
    /// People per site id (sorted by site id).
    pub people_by_site: Vec<(String, usize)>,
}

/// Distribution of one-way commute minutes.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct CommuteStats {
    /// Mean minutes.
    pub mean: f64,
    /// 95th percentile minutes.
    pub p95: f64,
    /// Maximum minutes.
    pub max: f64,
}

/// Per-service figures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServiceKpi {
    /// Service id.
    pub service: String,
    /// Daily riders.
    pub riders: usize,
    /// Vehicles hired.
    pub vehicles: u32,
    /// Riders / (vehicles x seats x round trips), 0..=1.
    pub seat_fill_share: f64,
    /// Monthly cost, VND.
    pub cost_vnd_per_month: f64,
}

/// Per-housing figures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HousingKpi {
    /// Housing id.
    pub housing: String,
    /// Beds used.
    pub beds_used: u32,
    /// Beds available in the scenario.
    pub beds: u32,
    /// Monthly cost, VND.
    pub cost_vnd_per_month: f64,
}

/// Monthly money by category, VND.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct CostBreakdown {
    /// Hired vehicles (vehicle-days).
    pub vehicles_vnd: f64,
    /// Per-person transport charges (tickets).
    pub tickets_vnd: f64,
    /// Own-means allowances.
    pub allowances_vnd: f64,
    /// Housing beds.
    pub housing_vnd: f64,
    /// Weekly trips home of housed people.
    pub weekly_travel_vnd: f64,
    /// Sum of the above.
    pub total_vnd: f64,
}

/// The objective split into its weighted terms.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct ObjectiveBreakdown {
    /// Weighted commute minutes.
    pub commute: f64,
    /// Weighted money.
    pub money: f64,
    /// Weighted disruption.
    pub disruption: f64,
    /// Weighted preference mismatches.
    pub preference: f64,
    /// Soft-rule penalties.
    pub penalties: f64,
    /// Sum of the above.
    pub total: f64,
}

/// Key performance indicators of a plan, recomputed by the checker.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Kpis {
    /// Per site.
    pub sites: Vec<SiteKpi>,
    /// Per unit.
    pub units: Vec<UnitKpi>,
    /// Commute before (current site) and after (this plan).
    pub commute_before: CommuteStats,
    /// Commute under this plan.
    pub commute_after: CommuteStats,
    /// People commuting daily.
    pub daily_commuters: usize,
    /// People housed.
    pub housed: usize,
    /// Per service.
    pub services: Vec<ServiceKpi>,
    /// Per housing block.
    pub housing: Vec<HousingKpi>,
    /// Money.
    pub cost: CostBreakdown,
    /// People whose site changed.
    pub disrupted: usize,
    /// People whose arrangement contradicts their survey answer.
    pub preference_mismatches: usize,
    /// Soft rules broken (hard ones make the plan invalid).
    pub soft_violations: Vec<Violation>,
}

/// A solved (or not) scenario.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Solution {
    /// Scenario id.
    pub scenario: String,
    /// Outcome.
    pub status: SolveStatus,
    /// Objective value of the plan (recomputed by the checker).
    pub objective: f64,
    /// Best bound proven by the solver.
    pub bound: f64,
    /// Relative gap between objective and bound.
    pub gap: f64,
    /// Wall-clock seconds spent.
    pub seconds: f64,
    /// Settings used.
    pub options: SolveOptions,
    /// One entry per cadre, sorted by staff code; empty when no plan exists.
    pub assignments: Vec<Assignment>,
    /// Vehicles hired per service id (sorted by id).
    pub vehicles: Vec<(String, u32)>,
    /// KPIs.
    pub kpis: Kpis,
    /// Objective terms.
    pub objective_terms: ObjectiveBreakdown,
    /// Infeasibility diagnosis (empty unless infeasible).
    pub diagnosis: Vec<DiagnosisItem>,
}

/// Progress while solving, sent through a channel a UI can poll.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    /// Seconds since the solve started.
    pub elapsed_secs: f64,
    /// What is happening ("building model", "solving", "checking", "diagnosing").
    pub phase: String,
    /// Best objective found so far.
    pub best_objective: Option<f64>,
    /// Best bound so far.
    pub best_bound: Option<f64>,
    /// Relative gap so far.
    pub gap: Option<f64>,
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
}

/// One alternative for a cadre in an explanation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Alternative {
    /// Site id.
    pub site: String,
    /// Arrangement.
    pub arrangement: Arrangement,
    /// One-way commute minutes.
    pub commute_minutes: f64,
    /// Monthly money, VND.
    pub cost_vnd_per_month: f64,
    /// Change of the objective if this cadre took it (others fixed), when feasible.
    pub objective_delta: Option<f64>,
    /// Why it was not taken, in plain words.
    pub why_not: String,
}

/// Why a cadre landed where they did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Explanation {
    /// Staff code.
    pub code: String,
    /// The chosen assignment.
    pub chosen: Assignment,
    /// Reasons for the choice (rules that forced it, preferences met...).
    pub reasons: Vec<String>,
    /// Every other option, cheapest first.
    pub alternatives: Vec<Alternative>,
}

/// A capacity or rule that binds, with the value of relaxing it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BindingRule {
    /// Entity concerned.
    pub entity: EntityRef,
    /// Rule family ("desks", "beds", "vehicles", "budget"...).
    pub rule: String,
    /// Objective improvement from one more unit (desk, bed, vehicle, 1 million VND).
    pub marginal_value: f64,
    /// Plain sentence.
    pub message: String,
}

// The functions below are implemented by the solver work (issue 3):
//
// pub fn solve(plan: &CheckedPlan, scenario: &str, opts: &SolveOptions, ctl: &SolveControl)
//     -> Result<Solution, SolveError>;
// pub fn check(plan: &CheckedPlan, scenario: &str, solution: &Solution) -> Vec<Violation>;
// pub fn explain(plan: &CheckedPlan, scenario: &str, solution: &Solution, code: &str)
//     -> Option<Explanation>;
// pub fn binding_rules(plan: &CheckedPlan, scenario: &str, solution: &Solution)
//     -> Vec<BindingRule>;
// pub fn evaluate(plan: &CheckedPlan, scenario: &str, assignments: Vec<Assignment>)
//     -> Solution;   // for hand moves: objective and broken rules without solving

#[allow(dead_code)]
fn _contract_uses(_: &CheckedPlan) {}
