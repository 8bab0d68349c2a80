//! The domain model of a merger plan: sites, home zones, travel, units, cadres,
//! transport services, housing, policy rules and scenarios.
//!
//! These are the types the editor edits and the plan file stores. They are
//! deliberately permissive (string ids, plain numbers): a [`Plan`] may hold
//! mistakes while a person is typing. [`crate::core::file::validate`] turns a
//! `Plan` into a [`crate::core::file::CheckedPlan`] or a complete list of
//! located problems; the optimiser only ever sees checked plans.
//!
//! Units are in the field names: `_minutes`, `_km`, `_vnd`, `_m2`, `_pct`
//! (0..=100), `_share` (0..=1).

pub mod dates;
pub mod grades;
pub mod travel;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use grades::{Grade, decree_152_grades};
pub use travel::{TravelCell, TravelEntry, TravelSettings, TravelSource};

/// The plan file format version written by this build.
pub const FORMAT_VERSION: u32 = 1;

/// A whole merger plan: the editable model a board keeps in one file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Plan {
    /// File format version; older files are migrated on load (0 when the file has none).
    #[serde(default = "missing_format_version")]
    pub format_version: u32,
    /// Human name of the plan, e.g. "Hải Dương → Hải Phòng 2025".
    pub name: String,
    /// Free text shown on the overview page and in exports.
    pub description: String,
    /// Position grades with their Decree 152 area norms (editable per plan).
    pub grades: Vec<Grade>,
    /// Headquarters (trụ sở).
    pub sites: Vec<Site>,
    /// Home communes/wards (xã/phường nơi ở).
    pub zones: Vec<Zone>,
    /// How travel between zones and sites is derived and where it is overridden.
    pub travel: TravelSettings,
    /// Agencies and departments (cơ quan, đơn vị).
    pub units: Vec<Unit>,
    /// Staff (cán bộ, công chức, viên chức).
    pub cadres: Vec<Cadre>,
    /// Organised transport and allowance schemes.
    pub transport: Vec<TransportService>,
    /// Official housing and dormitories.
    pub housing: Vec<Housing>,
    /// Policy rules and objective weights.
    pub rules: Rules,
    /// What-if variants of the plan (phương án).
    pub scenarios: Vec<Scenario>,
    /// Column mapping last used to import a staff list; kept so the next import reuses it.
    pub import_mapping: Vec<ColumnMapping>,
}

/// What a file without `format_version` reads as, so loading can refuse it.
fn missing_format_version() -> u32 {
    0
}

impl Default for Plan {
    fn default() -> Self {
        Self {
            format_version: FORMAT_VERSION,
            name: String::new(),
            description: String::new(),
            grades: decree_152_grades(),
            sites: Vec::new(),
            zones: Vec::new(),
            travel: TravelSettings::default(),
            units: Vec::new(),
            cadres: Vec::new(),
            transport: Vec::new(),
            housing: Vec::new(),
            rules: Rules::default(),
            scenarios: Vec::new(),
            import_mapping: Vec::new(),
        }
    }
}

/// A geographic point in decimal degrees (WGS84).
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LatLon {
    /// Latitude, degrees north.
    pub lat: f64,
    /// Longitude, degrees east.
    pub lon: f64,
}

/// A thing of a plan with an id and a display name (a site, a unit, a grade,
/// a cadre...), for code that treats them alike (the validator's id checks).
pub trait Named {
    /// Its id (a cadre's staff code).
    fn id(&self) -> &str;
    /// Its display name.
    fn name(&self) -> &str;
}

/// Implements [`Named`] for types whose id is in the field `$id` and whose
/// display name is in `name`.
macro_rules! named {
    ($id:ident: $($t:ty),*) => {$(
        impl Named for $t {
            fn id(&self) -> &str {
                &self.$id
            }
            fn name(&self) -> &str {
                &self.name
            }
        }
    )*};
}
named!(id: Grade, Site, Zone, Unit, TransportService, Housing, Scenario);
named!(code: Cadre);

/// A headquarters where staff can work.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Site {
    /// Stable identifier referenced by other entities.
    pub id: String,
    /// Display name, e.g. "Trung tâm Chính trị - Hành chính Thủy Nguyên".
    pub name: String,
    /// Postal address.
    pub address: String,
    /// Location used to derive travel times.
    pub location: LatLon,
    /// Number of desks (chỗ làm việc).
    pub desks: u32,
    /// Usable working area in square metres, common-use area included.
    pub area_m2: f64,
    /// Share (0..=1) of `area_m2` reserved for common use (meeting rooms, archives...).
    pub common_use_share: f64,
    /// First day the site can be used; `None` means already open.
    #[serde(default, deserialize_with = "dates::strict_opt")]
    pub opens: Option<NaiveDate>,
    /// Free text.
    pub notes: String,
}

/// A home commune or ward where staff live.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Zone {
    /// Stable identifier.
    pub id: String,
    /// Display name, e.g. "Phường Thành Đông".
    pub name: String,
    /// Centre of the zone.
    pub location: LatLon,
    /// Free text.
    pub notes: String,
}

/// How a unit may be spread over sites.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub enum Placement {
    /// Members may work at any site.
    #[default]
    Free,
    /// All members work at the same site, chosen by the optimiser.
    WholeAtOneSite,
    /// All members work at the given site.
    AtSite(String),
    /// Between `min_pct` and `max_pct` percent of the unit works at `site`.
    ShareAtSite {
        /// Site id.
        site: String,
        /// Lower bound, percent of the unit's members.
        min_pct: f64,
        /// Upper bound, percent of the unit's members.
        max_pct: f64,
    },
}

/// An agency or department.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Unit {
    /// Stable identifier.
    pub id: String,
    /// Display name, e.g. "Sở Tài chính".
    pub name: String,
    /// Parent unit id, if this is a sub-unit.
    pub parent: Option<String>,
    /// Placement rule for the unit's members.
    pub placement: Placement,
    /// Free text.
    pub notes: String,
}

/// Gender as recorded in the staff database.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum Gender {
    /// Female (nữ).
    Female,
    /// Male (nam).
    Male,
    /// Not recorded.
    #[default]
    Unspecified,
}

/// Care duties and circumstances that policy protects.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(default, deny_unknown_fields)]
pub struct Care {
    /// Raising a child under 36 months.
    pub child_under_36_months: bool,
    /// Caring for a dependent elderly relative.
    pub dependent_elderly: bool,
    /// Own health condition.
    pub health: bool,
}

impl Care {
    /// True when no duty is set.
    pub fn is_empty(&self) -> bool {
        *self == Care::default()
    }
}

/// What a cadre said in the preliminary survey.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum Preference {
    /// Wants to commute daily (morning and evening).
    DailyCommute,
    /// Wants to commute weekly and stay in housing near the workplace.
    WeeklyWithHousing,
    /// Will move home near the new workplace.
    MoveHome,
    /// Gave no answer.
    #[default]
    None,
}

/// A cadre, civil servant or public employee.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Cadre {
    /// Staff code (mã cán bộ), unique in the plan.
    pub code: String,
    /// Full name with diacritics.
    pub name: String,
    /// Unit id.
    pub unit: String,
    /// Grade id (position), which sets the area norm.
    pub grade: String,
    /// Home zone id.
    pub zone: String,
    /// Date of birth.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, deserialize_with = "dates::strict_opt")]
    pub birth_date: Option<NaiveDate>,
    /// Gender.
    pub gender: Gender,
    /// Care duties.
    #[serde(skip_serializing_if = "Care::is_empty")]
    pub care: Care,
    /// Survey answer.
    pub preference: Preference,
    /// Site where the cadre works today.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current_site: Option<String>,
    /// Site the cadre must be assigned to, if pinned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pinned_site: Option<String>,
    /// Free text.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

/// How a transport service carries people.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum TransportMode {
    /// Organised bus line (xe buýt / xe đưa đón).
    #[default]
    Bus,
    /// Train to a station, then a shuttle.
    TrainShuttle,
    /// Contracted cars (xe hợp đồng).
    ContractedCar,
    /// Own means (motorbike, car) with an allowance; no vehicles to hire.
    OwnMeans,
}

impl TransportMode {
    /// All modes in a fixed order.
    pub const ALL: [TransportMode; 4] = [
        TransportMode::Bus,
        TransportMode::TrainShuttle,
        TransportMode::ContractedCar,
        TransportMode::OwnMeans,
    ];
}

/// A way of commuting daily from some zones to one site.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct TransportService {
    /// Stable identifier.
    pub id: String,
    /// Display name, e.g. "Tuyến buýt Hải Dương - Thủy Nguyên".
    pub name: String,
    /// Mode; travel minutes for riders come from the travel table for this mode.
    pub mode: TransportMode,
    /// Zone ids served; empty means every zone.
    pub zones: Vec<String>,
    /// Destination site id.
    pub site: String,
    /// Vehicles that can be hired (ignored for own means).
    pub vehicles_available: u32,
    /// Seats per vehicle (ignored for own means).
    pub seats_per_vehicle: u32,
    /// Round trips each vehicle makes per working day.
    pub round_trips_per_day: u32,
    /// Cost of one hired vehicle for one working day, VND.
    pub cost_vnd_per_vehicle_day: f64,
    /// Cost per rider per month (ticket, allowance), VND.
    pub cost_vnd_per_person_month: f64,
    /// Share (0..=1] of seats that may be planned, e.g. 0.85.
    pub target_fill_share: f64,
    /// Longest acceptable one-way ride, minutes.
    pub max_ride_minutes: f64,
    /// Free text.
    pub notes: String,
}

impl TransportService {
    /// Whether this service serves `zone_id`.
    pub fn serves(&self, zone_id: &str) -> bool {
        self.zones.is_empty() || self.zones.iter().any(|z| z == zone_id)
    }

    /// Seats one vehicle offers in a working day: seats x round trips (the one
    /// formula for a service's seats; callers leave own means out).
    pub fn seats_per_vehicle_day(&self) -> u64 {
        u64::from(self.seats_per_vehicle) * u64::from(self.round_trips_per_day)
    }

    /// Seats `vehicles` vehicles offer in a working day.
    pub fn seats_per_day(&self, vehicles: u32) -> u64 {
        u64::from(vehicles) * self.seats_per_vehicle_day()
    }
}

/// Who may use a housing block.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum Eligibility {
    /// Anyone.
    #[default]
    Anyone,
    /// Women only (e.g. a women's dormitory).
    FemaleOnly,
    /// Men only.
    MaleOnly,
}

impl Eligibility {
    /// Whether a person of `gender` may get a bed here.
    pub fn admits(self, gender: Gender) -> bool {
        match self {
            Eligibility::Anyone => true,
            Eligibility::FemaleOnly => gender == Gender::Female,
            Eligibility::MaleOnly => gender == Gender::Male,
        }
    }
}

/// Official housing (nhà công vụ) or dormitory beds near a site.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Housing {
    /// Stable identifier.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Site id the housing is near.
    pub site: String,
    /// Beds available.
    pub beds: u32,
    /// Cost of one bed for one month, VND.
    pub cost_vnd_per_bed_month: f64,
    /// One-way minutes from the housing to the site.
    pub minutes_to_site: f64,
    /// First day beds can be used; `None` means already available.
    #[serde(default, deserialize_with = "dates::strict_opt")]
    pub available_from: Option<NaiveDate>,
    /// Who may use it.
    pub eligibility: Eligibility,
    /// Free text.
    pub notes: String,
}

/// Whether a rule must hold, may be broken at a price, or is ignored.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub enum Hardness {
    /// Must hold; the plan is infeasible otherwise.
    #[default]
    Hard,
    /// May be broken; each unit of violation costs this weight in the objective.
    Soft(f64),
    /// Not applied.
    Off,
}

/// Who belongs to a priority group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum PriorityCriterion {
    /// Raising a child under 36 months.
    ChildUnder36Months,
    /// Caring for a dependent elderly relative.
    DependentElderly,
    /// Own health condition.
    Health,
    /// Reaches retirement age within this many months of the scenario start.
    RetiringWithinMonths(u32),
}

/// A group of people who must get the site with the shortest commute for them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PriorityGroup {
    /// Stable identifier.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Membership test.
    pub criterion: PriorityCriterion,
    /// Hard, soft (weight per person not at the nearest site) or off.
    pub hardness: Hardness,
}

impl Default for PriorityGroup {
    fn default() -> Self {
        Self {
            id: String::new(),
            name: String::new(),
            criterion: PriorityCriterion::ChildUnder36Months,
            hardness: Hardness::Hard,
        }
    }
}

/// Bounds on the share of all assigned staff working at a site.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SiteShare {
    /// Site id.
    pub site: String,
    /// Lower bound, percent of all staff.
    pub min_pct: f64,
    /// Upper bound, percent of all staff.
    pub max_pct: f64,
    /// Hard, soft (weight per person outside the bounds) or off.
    pub hardness: Hardness,
}

/// Weights of the objective's terms (defaults are VND-equivalents per month).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ObjectiveWeights {
    /// Weight of one minute of one-way daily commute per person per day.
    pub commute_minute: f64,
    /// Weight of one VND of monthly cost.
    pub money_vnd: f64,
    /// Weight of one person whose site changes (from current site or baseline).
    pub disruption_person: f64,
    /// Weight of one person whose arrangement contradicts their survey answer.
    pub preference_mismatch_person: f64,
}

impl Default for ObjectiveWeights {
    fn default() -> Self {
        // All terms in VND-equivalent per month: one minute of one-way daily
        // commute is about 44 minutes a month (22 days, two ways), valued near
        // 1,000 VND a minute; a changed workplace or an unmet survey wish is
        // valued like a monthly hardship allowance.
        Self {
            commute_minute: 40_000.0,
            money_vnd: 1.0,
            disruption_person: 500_000.0,
            preference_mismatch_person: 300_000.0,
        }
    }
}

/// How each family of constraints is enforced.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Enforcement {
    /// Desks per site (soft weight per missing desk).
    pub desks: Hardness,
    /// Working area per site (soft weight per missing m2).
    pub area: Hardness,
    /// Beds per housing block (soft weight per missing bed).
    pub beds: Hardness,
    /// Housing eligibility (soft weight per ineligible person housed).
    pub eligibility: Hardness,
    /// Seats and vehicles per service (soft weight per missing seat).
    pub seats: Hardness,
    /// Ride time limit per service (soft weight per rider over the limit).
    pub ride_time: Hardness,
    /// Maximum one-way daily commute (soft weight per person over the limit).
    pub max_commute: Hardness,
    /// Pinned cadres (soft weight per pinned person moved).
    pub pins: Hardness,
    /// Unit placement rules (soft weight per person out of place).
    pub unit_placement: Hardness,
    /// Site and housing opening dates (soft weight per person at an unopened place).
    pub opening_dates: Hardness,
}

impl Default for Enforcement {
    fn default() -> Self {
        Self {
            desks: Hardness::Hard,
            area: Hardness::Hard,
            beds: Hardness::Hard,
            eligibility: Hardness::Hard,
            seats: Hardness::Hard,
            ride_time: Hardness::Hard,
            max_commute: Hardness::Hard,
            pins: Hardness::Hard,
            unit_placement: Hardness::Hard,
            opening_dates: Hardness::Hard,
        }
    }
}

/// Policy rules of a plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Rules {
    /// Longest acceptable one-way daily commute, minutes; people over it must be housed.
    pub max_daily_commute_minutes: f64,
    /// Priority groups.
    pub priority_groups: Vec<PriorityGroup>,
    /// Per-site share bounds.
    pub site_shares: Vec<SiteShare>,
    /// Monthly budget cap in VND; `None` means no cap.
    pub monthly_budget_vnd: Option<f64>,
    /// How the budget cap is enforced (soft weight per VND over).
    pub budget: Hardness,
    /// How the other constraint families are enforced.
    pub enforcement: Enforcement,
    /// Objective weights.
    pub weights: ObjectiveWeights,
    /// Working days per month, for vehicle-day costs.
    pub working_days_per_month: f64,
    /// Cost per month of weekly trips home for a housed person, VND.
    pub weekly_travel_vnd_per_month: f64,
    /// Retirement age of men, in months.
    pub retirement_age_male_months: u32,
    /// Retirement age of women, in months.
    pub retirement_age_female_months: u32,
}

impl Default for Rules {
    fn default() -> Self {
        Self {
            max_daily_commute_minutes: 90.0,
            priority_groups: Vec::new(),
            site_shares: Vec::new(),
            monthly_budget_vnd: None,
            budget: Hardness::Hard,
            enforcement: Enforcement::default(),
            weights: ObjectiveWeights::default(),
            working_days_per_month: 22.0,
            weekly_travel_vnd_per_month: 400_000.0,
            // Labour Code 2019 roadmap, ages reached in 2025: men 61y3m, women 56y8m.
            retirement_age_male_months: 61 * 12 + 3,
            retirement_age_female_months: 56 * 12 + 8,
        }
    }
}

/// What-if changes of a site in a scenario.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SiteOverride {
    /// Site id.
    pub site: String,
    /// Replacement desks.
    pub desks: Option<u32>,
    /// Replacement working area, m2.
    pub area_m2: Option<f64>,
    /// Replacement opening date.
    #[serde(default, deserialize_with = "dates::strict_opt")]
    pub opens: Option<NaiveDate>,
    /// The site is not used at all in this scenario.
    pub closed: bool,
}

/// What-if changes of a housing block in a scenario.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct HousingOverride {
    /// Housing id.
    pub housing: String,
    /// Replacement beds.
    pub beds: Option<u32>,
    /// Replacement cost per bed-month, VND.
    pub cost_vnd_per_bed_month: Option<f64>,
    /// Replacement availability date.
    #[serde(default, deserialize_with = "dates::strict_opt")]
    pub available_from: Option<NaiveDate>,
}

/// What-if changes of a transport service in a scenario.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ServiceOverride {
    /// Service id.
    pub service: String,
    /// Replacement vehicles available.
    pub vehicles_available: Option<u32>,
    /// Replacement cost per person-month, VND.
    pub cost_vnd_per_person_month: Option<f64>,
    /// Replacement cost per vehicle-day, VND.
    pub cost_vnd_per_vehicle_day: Option<f64>,
    /// The service does not run in this scenario.
    pub disabled: bool,
}

/// Scales travel minutes to one site (e.g. a new road cuts them by 40%).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct TravelFactor {
    /// Site id.
    pub site: String,
    /// Mode the factor applies to; `None` means every mode.
    pub mode: Option<TransportMode>,
    /// Multiplier on minutes (0.6 = 40% faster).
    pub minutes_factor: f64,
}

/// Rule values replaced in a scenario.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RuleOverrides {
    /// Replacement maximum daily commute, minutes.
    pub max_daily_commute_minutes: Option<f64>,
    /// Replacement budget cap, VND per month.
    pub monthly_budget_vnd: Option<f64>,
    /// Replacement objective weights.
    pub weights: Option<ObjectiveWeights>,
    /// Replacement site shares (the whole list).
    pub site_shares: Option<Vec<SiteShare>>,
}

/// All what-if changes a scenario makes to the base plan.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ScenarioOverrides {
    /// Site changes.
    pub sites: Vec<SiteOverride>,
    /// Housing changes.
    pub housing: Vec<HousingOverride>,
    /// Transport changes.
    pub transport: Vec<ServiceOverride>,
    /// Explicit travel entries that win over the plan's.
    pub travel: Vec<TravelEntry>,
    /// Travel-time multipliers per site.
    pub travel_factors: Vec<TravelFactor>,
    /// Rule changes.
    pub rules: RuleOverrides,
}

/// A what-if variant of the plan (phương án).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Scenario {
    /// Stable identifier.
    pub id: String,
    /// Display name, e.g. "Giai đoạn 1: hai trụ sở".
    pub name: String,
    /// Free text.
    pub notes: String,
    /// First day of the period the scenario plans for.
    #[serde(deserialize_with = "dates::strict")]
    pub start: NaiveDate,
    /// Last day of the period.
    #[serde(deserialize_with = "dates::strict")]
    pub end: NaiveDate,
    /// Scenario whose result should be disturbed as little as possible.
    pub baseline: Option<String>,
    /// What-if changes.
    pub overrides: ScenarioOverrides,
}

impl Default for Scenario {
    fn default() -> Self {
        let start = NaiveDate::from_ymd_opt(2025, 7, 1).unwrap_or_default();
        let end = NaiveDate::from_ymd_opt(2025, 12, 31).unwrap_or_default();
        Self {
            id: String::new(),
            name: String::new(),
            notes: String::new(),
            start,
            end,
            baseline: None,
            overrides: ScenarioOverrides::default(),
        }
    }
}

/// Cadre fields a staff-list column can be mapped to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum CadreField {
    /// Staff code.
    Code,
    /// Full name.
    Name,
    /// Unit (id or name).
    Unit,
    /// Grade (id or name).
    Grade,
    /// Home zone (id or name).
    Zone,
    /// Birth date.
    BirthDate,
    /// Gender.
    Gender,
    /// Child under 36 months.
    ChildUnder36Months,
    /// Dependent elderly.
    DependentElderly,
    /// Health.
    Health,
    /// Survey preference.
    Preference,
    /// Current site.
    CurrentSite,
    /// Pinned site.
    PinnedSite,
    /// Notes.
    Notes,
}

/// One column of an imported staff list and the field it fills.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ColumnMapping {
    /// Header text as it appears in the file.
    pub header: String,
    /// Field the column fills; `None` means ignored.
    pub field: Option<CadreField>,
}

impl Plan {
    /// Finds a site by id.
    pub fn site(&self, id: &str) -> Option<&Site> {
        self.sites.iter().find(|s| s.id == id)
    }
    /// Finds a zone by id.
    pub fn zone(&self, id: &str) -> Option<&Zone> {
        self.zones.iter().find(|z| z.id == id)
    }
    /// Finds a unit by id.
    pub fn unit(&self, id: &str) -> Option<&Unit> {
        self.units.iter().find(|u| u.id == id)
    }
    /// Finds a grade by id.
    pub fn grade(&self, id: &str) -> Option<&Grade> {
        self.grades.iter().find(|g| g.id == id)
    }
    /// Finds a scenario by id or by name.
    pub fn scenario(&self, id_or_name: &str) -> Option<&Scenario> {
        self.scenarios
            .iter()
            .find(|s| s.id == id_or_name)
            .or_else(|| self.scenarios.iter().find(|s| s.name == id_or_name))
    }
}
