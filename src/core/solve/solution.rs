//! A solved plan and its parts: arrangements, assignments, statuses,
//! findings (violations, diagnosis, reasons), KPIs and explanations. These are
//! the types the app and the exports code against (see the CONTRACT in
//! `solve/mod.rs`).

use serde::{Deserialize, Serialize};

use super::*;

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
