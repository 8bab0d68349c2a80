//! The allocation optimiser: public types shared by the solver, the app and
//! the exports. See `docs/MODEL.md` for the mathematics.
//!
//! CONTRACT: the types in this file are what the GUI (`src/gui`) and the
//! reports (`src/core/report`) code against. The solver may add fields and
//! variants; renaming or removing one must be done together with its users.
//!
//! Entry points (all take the scenario by id or name):
//! - [`solve`]: baselines first, then the scenario; always checker-verified;
//! - [`solve_with_baseline`]: one scenario with a given baseline result;
//! - [`spawn_solve`]: the same on a background thread ([`SolveHandle`]: progress
//!   channel, `cancel()`, `try_result()`);
//! - [`check`]: the independent checker on any solution;
//! - [`evaluate`]: KPIs, objective and broken rules of hand-made assignments;
//! - [`explain`]: one cadre's choice and every alternative;
//! - [`binding_rules`]: binding capacities with the value of one more unit.
//!
//! Functions that measure disruption take the baseline scenario's solution
//! (`baseline: Option<&Solution>`) when the scenario has a baseline; `None`
//! measures it against each cadre's current site.

pub(crate) mod check;
mod diagnose;
mod explain;
mod highs;
pub(crate) mod model;
mod runner;
pub(crate) mod scenario;
mod warm;
mod why;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Sender;
use std::time::Instant;

use serde::{Deserialize, Serialize};

use crate::core::file::{CheckedPlan, EntityKind};

pub use explain::{binding_rules, explain};
pub use runner::{SolveHandle, spawn_solve};
pub use why::reasons_for;

use highs::RunStatus;
use model::Arr;
use scenario::ScenarioData;

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
    /// Site that disruption is measured against: the baseline scenario's result,
    /// else the current site (None: new staff; filled in by the checker).
    #[serde(default)]
    pub reference_site: Option<String>,
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
    /// A plan given or adjusted by hand and checked against every rule by
    /// `evaluate`: its price is exact, but no solver bound goes with it.
    Evaluated,
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
    /// Rule family concerned (JSON: "desks", "beds", "unit_placement"...).
    pub rule: RuleFamily,
    /// How much is short (desks, beds, people, VND...).
    pub shortfall: f64,
    /// The limits behind it, when the family has any (for precise sentences).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<RuleDetail>,
    /// Plain English sentence for logs and the CLI, e.g. "Political-Administrative
    /// Centre is short of 37 desks"; screens and exports build their own from the
    /// fields (`crate::core::report::reasons`).
    pub message: String,
    /// What the item covers (MODEL.md §10): the only entity of its family, the
    /// whole family's total, or the least a given entity must take.
    #[serde(default)]
    pub scope: DiagnosisScope,
}

/// What a diagnosis item's shortfall covers (MODEL.md §10).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DiagnosisScope {
    /// The only entity of its family that needs relaxing: the amount is exact.
    #[default]
    Only,
    /// The family's total over interchangeable entities (entity: the scenario).
    Total,
    /// Of a family's total, the least this entity must take in any smallest relaxation.
    AtLeast,
}

/// A hard or soft rule that the checker found broken.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Violation {
    /// Entity concerned.
    pub entity: EntityRef,
    /// Rule family.
    pub rule: RuleFamily,
    /// Amount by which it is broken.
    pub amount: f64,
    /// The limits behind it, when the family has any (for precise sentences).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<RuleDetail>,
    /// Whether the rule was hard (a hard violation means the plan is not valid).
    pub hard: bool,
    /// Plain English sentence for logs and the CLI.
    pub message: String,
}

pub use crate::core::rules::RuleFamily;

/// The limits behind a finding, so that its sentence can name them (which
/// side of a share, the minutes allowed, the opening date...).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RuleDetail {
    /// A unit's share of people at a site; `low`: below the minimum, else above the maximum.
    UnitShare {
        /// Site id.
        site: String,
        /// Lowest share, percent.
        min_pct: f64,
        /// Highest share, percent.
        max_pct: f64,
        /// Below the minimum (else above the maximum).
        low: bool,
    },
    /// A unit that must work at a site.
    UnitAtSite {
        /// Site id.
        site: String,
    },
    /// A unit that must stay whole at one site.
    UnitWhole,
    /// A site's share of all staff; `low`: below the minimum, else above the maximum.
    SiteShare {
        /// Lowest share, percent.
        min_pct: f64,
        /// Highest share, percent.
        max_pct: f64,
        /// Below the minimum (else above the maximum).
        low: bool,
    },
    /// The longest ride allowed on a service, minutes.
    RideTime {
        /// Limit, minutes.
        max_minutes: f64,
    },
    /// The longest daily commute allowed, minutes.
    MaxCommute {
        /// Limit, minutes.
        max_minutes: f64,
    },
    /// A site or housing block used before it opens.
    Opens {
        /// Opening date, when known.
        date: Option<chrono::NaiveDate>,
    },
}

/// Why a cadre got their site and arrangement: the rules and facts the
/// solver's decision rests on. Ids are plan ids; screens and exports turn
/// them into names and sentences (`crate::core::report::reasons`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// Pinned by the plan to the site they got.
    Pinned {
        /// Site id.
        site: String,
    },
    /// Pinned to a site but placed elsewhere (a soft pin traded off).
    PinNotKept {
        /// The pinned site id.
        site: String,
    },
    /// Their unit must work at this site.
    UnitAtSite {
        /// Site id.
        site: String,
    },
    /// Their unit is to work at this site, but they work elsewhere (a soft rule traded off).
    UnitAtSiteNotKept {
        /// Site id.
        site: String,
    },
    /// Their unit stays whole at one site.
    UnitWhole,
    /// Their unit keeps a share of its people at a site.
    UnitShare {
        /// Site id.
        site: String,
        /// Lowest share, percent.
        min_pct: f64,
        /// Highest share, percent.
        max_pct: f64,
    },
    /// Member of a priority group, at one of the sites nearest to their home.
    PriorityGroup {
        /// Group id.
        group: String,
        /// Group name.
        name: String,
    },
    /// Member of a priority group but not at a nearest site (the rule is soft, or broken).
    PriorityGroupNotNearest {
        /// Group id.
        group: String,
        /// Group name.
        name: String,
    },
    /// The arrangement matches their survey answer.
    MatchesPreference {
        /// The survey answer.
        preference: crate::core::plan::Preference,
    },
    /// The arrangement contradicts their survey answer.
    PreferenceMismatch {
        /// The survey answer.
        preference: crate::core::plan::Preference,
    },
    /// Keeps their reference site (current site or the baseline's result).
    KeepsSite {
        /// Site id.
        site: String,
    },
    /// Moves away from their reference site.
    Moved {
        /// Reference site id.
        from: String,
        /// New site id.
        to: String,
    },
}

/// Why an alternative was not chosen for a cadre.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WhyNot {
    /// The option itself breaks hard rules for this person (families, sorted).
    BreaksHardRules(Vec<RuleFamily>),
    /// Taking it would break hard capacity rules of the plan (the new violations).
    CapacityFull(Vec<Violation>),
    /// Allowed, but the plan would be worse.
    CostsMore {
        /// Objective increase.
        objective_delta: f64,
        /// Change of this person's one-way commute, minutes.
        commute_minutes_delta: f64,
        /// Change of the plan's monthly cost, VND.
        plan_cost_delta_vnd: f64,
    },
    /// As good on its own (a tie, or within the solver's gap).
    AsGood {
        /// Objective change (zero, or below by less than the solve's gap).
        objective_delta: f64,
    },
    /// Better on its own by more than the solve's gap: the plan was changed by
    /// hand (or the solve stopped early), so this move would improve it.
    Better {
        /// Objective change (negative).
        objective_delta: f64,
        /// Change of the plan's monthly cost, VND.
        plan_cost_delta_vnd: f64,
    },
}

impl std::fmt::Display for WhyNot {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WhyNot::BreaksHardRules(fams) => {
                let parts: Vec<String> = fams
                    .iter()
                    .map(|r| format!("breaks the {} rule", r.as_str().replace('_', " ")))
                    .collect();
                f.write_str(&parts.join("; "))
            }
            WhyNot::CapacityFull(v) => {
                let parts: Vec<String> = v
                    .iter()
                    .map(|v| format!("capacity full: {}", v.message))
                    .collect();
                f.write_str(&parts.join("; "))
            }
            WhyNot::CostsMore {
                objective_delta,
                commute_minutes_delta,
                plan_cost_delta_vnd,
            } => write!(
                f,
                "higher cost by {objective_delta:.0} objective points ({commute_minutes_delta:+.0} min, {plan_cost_delta_vnd:+.0} VND/month for the plan)"
            ),
            WhyNot::AsGood { objective_delta } => write!(
                f,
                "as good alone ({objective_delta:.0} objective points); the solver kept the plan within its gap or a tie"
            ),
            WhyNot::Better {
                objective_delta,
                plan_cost_delta_vnd,
            } => write!(
                f,
                "better alone by {:.0} objective points ({plan_cost_delta_vnd:+.0} VND/month for the plan); the plan was changed by hand or stopped early",
                -objective_delta
            ),
        }
    }
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
    /// Best bound proven by the solver; `None` when no solver bound goes with
    /// the plan (no plan, or a plan evaluated rather than solved).
    pub bound: Option<f64>,
    /// Relative gap between objective and bound; `None` exactly when `bound` is.
    pub gap: Option<f64>,
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

impl Solution {
    /// Whether the solve found a plan (optimal, or feasible when stopped early).
    /// Infeasible, cancelled and time-limit-without-plan results have none.
    pub fn has_plan(&self) -> bool {
        self.status.has_plan()
    }
}

impl SolveStatus {
    /// Whether a result with this status carries a plan (optimal, feasible when
    /// stopped early, or a plan evaluated by hand).
    pub fn has_plan(&self) -> bool {
        matches!(
            self,
            SolveStatus::Optimal | SolveStatus::Feasible | SolveStatus::Evaluated
        )
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
    /// Why it was not taken.
    pub why_not: WhyNot,
}

/// Why a cadre landed where they did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Explanation {
    /// Staff code.
    pub code: String,
    /// The chosen assignment.
    pub chosen: Assignment,
    /// Reasons for the choice (rules that forced it, preferences met...), as
    /// [`reasons_for`] gives them.
    pub reasons: Vec<Reason>,
    /// Every other option, cheapest first.
    pub alternatives: Vec<Alternative>,
}

/// A capacity or rule that binds, with the value of relaxing it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BindingRule {
    /// Entity concerned.
    pub entity: EntityRef,
    /// Rule family (desks, area, beds, vehicles, budget).
    pub rule: RuleFamily,
    /// Objective improvement from one more unit (desk, m2, bed, vehicle, 1 million VND).
    pub marginal_value: f64,
    /// The least the improvement can be, from the paired solves' bounds (MODEL.md §11).
    #[serde(default)]
    pub marginal_value_min: f64,
    /// The most the improvement can be, from the paired solves' bounds.
    #[serde(default)]
    pub marginal_value_max: f64,
    /// Plain English sentence for logs and the CLI.
    pub message: String,
}

/// Relative gap between an objective and a bound: |obj - bound| / max(1, |obj|).
pub fn relative_gap(objective: f64, bound: f64) -> f64 {
    ((objective - bound).abs() / objective.abs().max(1.0)).max(0.0)
}

fn send_phase(ctl: &SolveControl, started: Instant, phase: SolvePhase) {
    if let Some(tx) = &ctl.progress {
        // Nobody listening is fine.
        let _ = tx.send(Progress {
            elapsed_secs: started.elapsed().as_secs_f64(),
            phase,
            best_objective: None,
            best_bound: None,
            gap: None,
        });
    }
}

/// Solves `scenario` (id or name) of `plan`. When the scenario has a baseline
/// scenario, the baseline is solved first (recursively, same options) and its
/// result is the reference for disruption. Returns `Ok` with status
/// `Infeasible` and a diagnosis when no plan satisfies the hard rules; the plan
/// returned always passed the independent checker.
pub fn solve(
    plan: &CheckedPlan,
    scenario: &str,
    opts: &SolveOptions,
    ctl: &SolveControl,
) -> Result<Solution, SolveError> {
    Ok(solve_with_its_baseline(plan, scenario, opts, ctl)?.solution)
}

/// A solve's outcome: the scenario's solution and its baseline's, if it has one
/// (explanations and hand moves measure disruption against the baseline).
#[derive(Debug, Clone)]
pub struct Solved {
    /// The scenario's solution.
    pub solution: Solution,
    /// The baseline scenario's solution.
    pub baseline: Option<Solution>,
}

/// Solves `scenario` and, first, its chain of baselines (the one place that
/// recursion lives). A cancelled baseline cancels the scenario; a baseline
/// without a plan is refused with [`SolveError::BaselineWithoutPlan`].
pub fn solve_with_its_baseline(
    plan: &CheckedPlan,
    scenario: &str,
    opts: &SolveOptions,
    ctl: &SolveControl,
) -> Result<Solved, SolveError> {
    let scen = plan
        .plan()
        .scenario(scenario)
        .ok_or_else(|| SolveError::UnknownScenario(scenario.to_owned()))?;
    let Some(base_id) = &scen.baseline else {
        return Ok(Solved {
            solution: solve_with_baseline(plan, scenario, None, opts, ctl)?,
            baseline: None,
        });
    };
    let baseline = solve(plan, base_id, opts, ctl)?;
    if baseline.status == SolveStatus::Cancelled {
        let mut c = empty_solution(&scen.id, SolveStatus::Cancelled, opts, 0.0);
        c.seconds = baseline.seconds;
        return Ok(Solved {
            solution: c,
            baseline: Some(baseline),
        });
    }
    let solution = solve_with_baseline(plan, scenario, Some(&baseline), opts, ctl)?;
    Ok(Solved {
        solution,
        baseline: Some(baseline),
    })
}

fn empty_solution(scenario: &str, status: SolveStatus, opts: &SolveOptions, secs: f64) -> Solution {
    Solution {
        scenario: scenario.to_owned(),
        status,
        objective: 0.0,
        bound: None,
        gap: None,
        seconds: secs,
        options: *opts,
        assignments: Vec::new(),
        vehicles: Vec::new(),
        kpis: Kpis::default(),
        objective_terms: ObjectiveBreakdown::default(),
        diagnosis: Vec::new(),
    }
}

/// Solves one scenario with a given baseline result (None: disruption is measured
/// against each cadre's current site).
pub fn solve_with_baseline(
    plan: &CheckedPlan,
    scenario: &str,
    baseline: Option<&Solution>,
    opts: &SolveOptions,
    ctl: &SolveControl,
) -> Result<Solution, SolveError> {
    let started = Instant::now();
    send_phase(ctl, started, SolvePhase::BuildingModel);
    let sd = ScenarioData::build(plan, scenario, baseline)?;
    let scen_id = sd.scenario.id.clone();
    let cohorts = model::cohorts(&sd, opts.formulation);
    let built = model::build(&sd, &cohorts, false);
    if ctl.cancel.load(Ordering::Relaxed) {
        return Ok(empty_solution(
            &scen_id,
            SolveStatus::Cancelled,
            opts,
            started.elapsed().as_secs_f64(),
        ));
    }
    let infeasible = |ctl: &SolveControl| -> Result<Solution, SolveError> {
        send_phase(ctl, started, SolvePhase::Diagnosing);
        let diagnosis = diagnose::diagnose(&sd, &cohorts, opts, ctl, started)?;
        let mut s = empty_solution(
            &scen_id,
            SolveStatus::Infeasible,
            opts,
            started.elapsed().as_secs_f64(),
        );
        s.diagnosis = diagnosis;
        Ok(s)
    };
    if built.trivially_infeasible {
        return infeasible(ctl);
    }
    let phase = SolvePhase::Solving(Some(ModelSize {
        cohorts: cohorts.len(),
        variables: built.lp.cost.len(),
        constraints: built.lp.rows.len(),
    }));
    if std::env::var_os("HQ_PLANNER_SOLVE_LOG").is_some() {
        eprintln!("[{:.2}s] {phase}", started.elapsed().as_secs_f64());
    }
    let start = warm::vehicle_start(&built, opts.time_limit_secs, opts.mip_gap, ctl, started)?;
    let run = highs::run_from(
        &built.lp,
        opts.time_limit_secs,
        opts.mip_gap,
        ctl,
        started,
        phase,
        start.as_deref(),
    )?;
    let Some(values) = run.values.as_ref() else {
        return match run.status {
            RunStatus::Infeasible => infeasible(ctl),
            RunStatus::Interrupted => Ok(empty_solution(
                &scen_id,
                SolveStatus::Cancelled,
                opts,
                started.elapsed().as_secs_f64(),
            )),
            RunStatus::Optimal | RunStatus::TimeLimit => Ok(empty_solution(
                &scen_id,
                SolveStatus::TimeLimitNoSolution,
                opts,
                started.elapsed().as_secs_f64(),
            )),
        };
    };
    send_phase(ctl, started, SolvePhase::Checking);
    let ex = model::extract(&sd, &cohorts, &built, values);
    let assignments = assignments_from(&sd, &cohorts, &ex.counts);
    // The checker on the solver's own vehicles must agree with the model's
    // objective at the solver's point, both ways (MODEL.md §9).
    let own: Vec<(String, u32)> = sd
        .services
        .iter()
        .enumerate()
        .filter(|(_, s)| s.has_vehicles())
        .map(|(t, s)| (s.id.clone(), ex.vehicles[t]))
        .collect();
    let as_solved = check::check(&sd, &assignments, Some(&own));
    let hard: Vec<Violation> = as_solved
        .violations
        .iter()
        .filter(|v| v.hard)
        .cloned()
        .collect();
    if !hard.is_empty() {
        return Err(SolveError::CheckFailed(hard));
    }
    let model_objective = built.objective_at(values);
    if let Some(e) = objective_mismatch(&scen_id, as_solved.terms.total, model_objective) {
        return Err(e);
    }
    let tol = objective_tolerance(model_objective);
    // The reported plan: vehicles by the one rule (MODEL.md §8) when that is no
    // dearer and breaks no hard rule, else the solver's own.
    let by_rule = check::check(&sd, &assignments, None);
    let checked = if by_rule.violations.iter().all(|v| !v.hard)
        && by_rule.terms.total <= as_solved.terms.total + tol
    {
        by_rule
    } else {
        as_solved
    };
    let objective = checked.terms.total;
    let bound = run.bound.min(objective);
    let status = match run.status {
        RunStatus::Optimal => SolveStatus::Optimal,
        RunStatus::TimeLimit => SolveStatus::Feasible,
        RunStatus::Interrupted => SolveStatus::Cancelled,
        RunStatus::Infeasible => SolveStatus::Feasible,
    };
    Ok(Solution {
        scenario: scen_id,
        status,
        objective,
        bound: Some(bound),
        gap: Some(relative_gap(objective, bound)),
        seconds: started.elapsed().as_secs_f64(),
        options: *opts,
        assignments: checked.assignments,
        vehicles: checked.vehicles,
        kpis: checked.kpis,
        objective_terms: checked.terms,
        diagnosis: Vec::new(),
    })
}

/// How far the checker's and the model's objectives may differ: rounding only.
fn objective_tolerance(objective: f64) -> f64 {
    1e-6 * objective.abs().max(1.0) + 1e-3
}

/// The two-sided objective test of MODEL.md §9: `CheckFailed` when the checker's
/// objective differs from the model's at the same point, in either direction.
fn objective_mismatch(scenario: &str, checker: f64, model: f64) -> Option<SolveError> {
    if (checker - model).abs() <= objective_tolerance(model) {
        return None;
    }
    Some(SolveError::CheckFailed(vec![Violation {
        entity: EntityRef {
            kind: EntityKind::Scenario,
            id: scenario.to_owned(),
        },
        rule: RuleFamily::Objective,
        amount: checker - model,
        detail: None,
        hard: true,
        message: format!("the checker's objective {checker} differs from the model's {model}"),
    }]))
}

/// Turns cohort counts into assignments (section 4, split by staff code).
fn assignments_from(
    sd: &ScenarioData,
    cohorts: &[model::Cohort],
    counts: &[Vec<usize>],
) -> Vec<Assignment> {
    let split = model::split(cohorts, counts, sd.persons.len());
    let mut out = Vec::with_capacity(sd.persons.len());
    for (p, per) in sd.persons.iter().enumerate() {
        let Some((k, o)) = split[p] else { continue };
        let opt = &cohorts[k].options[o];
        out.push(Assignment {
            code: per.code.clone(),
            site: sd.sites[opt.site].id.clone(),
            arrangement: arrangement_of(sd, opt.arr),
            commute_minutes_before: None,
            commute_minutes_after: opt.minutes,
            cost_vnd_per_month: opt.vnd,
            pinned: false,
            reference_site: None,
            disrupted: opt.disrupted,
            preference_mismatch: opt.mismatch,
        });
    }
    out
}

fn arrangement_of(sd: &ScenarioData, arr: Arr) -> Arrangement {
    match arr {
        Arr::Daily(t) => Arrangement::Daily {
            service: sd.services[t].id.clone(),
        },
        Arr::Weekly(h) => Arrangement::Weekly {
            housing: sd.housing[h].id.clone(),
        },
    }
}

/// Checks a solution independently of the solver: every broken rule, hard
/// (the plan is invalid) and soft (priced in the objective). `baseline` is the
/// baseline scenario's solution when the scenario has one.
pub fn check(
    plan: &CheckedPlan,
    scenario: &str,
    baseline: Option<&Solution>,
    solution: &Solution,
) -> Result<Vec<Violation>, SolveError> {
    let sd = ScenarioData::build(plan, scenario, baseline)?;
    Ok(check::check(&sd, &solution.assignments, Some(&solution.vehicles)).violations)
}

/// Evaluates hand-made assignments without solving (the app's "move a cadre by
/// hand"): KPIs, objective and every broken rule (hard ones in
/// `kpis.soft_violations` are not listed; see the returned violations).
/// Vehicles are the fewest that carry the riders. The status is `Feasible`
/// when no hard rule is broken, else `Infeasible`, with the broken hard rules
/// in `diagnosis`.
pub fn evaluate(
    plan: &CheckedPlan,
    scenario: &str,
    baseline: Option<&Solution>,
    assignments: &[Assignment],
) -> Result<Solution, SolveError> {
    let sd = ScenarioData::build(plan, scenario, baseline)?;
    let checked = check::check(&sd, assignments, None);
    let hard: Vec<DiagnosisItem> = checked
        .violations
        .iter()
        .filter(|v| v.hard)
        .map(|v| DiagnosisItem {
            entity: v.entity.clone(),
            rule: v.rule,
            shortfall: v.amount,
            detail: v.detail.clone(),
            message: v.message.clone(),
            scope: DiagnosisScope::Only,
        })
        .collect();
    let opts = SolveOptions::default();
    Ok(Solution {
        scenario: sd.scenario.id.clone(),
        status: if hard.is_empty() {
            SolveStatus::Evaluated
        } else {
            SolveStatus::Infeasible
        },
        objective: checked.terms.total,
        bound: None,
        gap: None,
        seconds: 0.0,
        options: opts,
        assignments: checked.assignments,
        vehicles: checked.vehicles,
        kpis: checked.kpis,
        objective_terms: checked.terms,
        diagnosis: hard,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checker_objective_test_is_two_sided() {
        // Equal within rounding passes; an over- or under-counted term fails.
        assert!(objective_mismatch("s", 1_000_000.0, 1_000_000.000_5).is_none());
        assert!(objective_mismatch("s", 1_000_100.0, 1_000_000.0).is_some());
        assert!(objective_mismatch("s", 999_900.0, 1_000_000.0).is_some());
    }
}
