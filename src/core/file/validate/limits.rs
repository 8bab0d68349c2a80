//! The plausible range of every kind of number in a plan, both ends included.
//!
//! One table, listed in docs/PLAN_FILES.md: a number outside it is a typing
//! mistake (or a unit mistake), and it would also push the optimiser's
//! coefficients past what HiGHS can solve reliably, so it is refused here, at
//! its field, instead of failing later as "status Unknown".

/// A `(lowest, highest)` pair.
pub type Range = (f64, f64);
/// Any single price: per vehicle-day, per person-month, per bed-month, per trip, VND.
pub const PRICE_VND: Range = (0.0, 1e10);
/// A monthly budget, VND.
pub const BUDGET_VND: Range = (0.0, 1e15);
/// A road cost per km, VND.
pub const VND_PER_KM: Range = (0.0, 1e6);
/// Any duration: travel, ride limit, commute limit, overhead, minutes (a whole day at most).
pub const MINUTES: Range = (0.0, 1440.0);
/// A road distance, km.
pub const KM: Range = (0.0, 5000.0);
/// A site's working area, m2 (10 km2 at most).
pub const SITE_AREA_M2: Range = (0.0, 1e7);
/// Working area per person of a grade, m2.
pub const AREA_M2_PER_PERSON: Range = (0.0, 1000.0);
/// Weight of one commute minute in the objective.
pub const WEIGHT_PER_MINUTE: Range = (0.0, 1e8);
/// Weight of one VND in the objective.
pub const WEIGHT_PER_VND: Range = (0.0, 1e3);
/// Weight of one person (disruption, preference) in the objective.
pub const WEIGHT_PER_PERSON: Range = (0.0, 1e10);
/// Penalty of one unit of a soft rule's excess, in objective units.
pub const SOFT_PENALTY: Range = (0.0, 1e12);
/// Vehicles a service can hire.
pub const VEHICLES: Range = (0.0, 100_000.0);
/// Seats of one vehicle (a train set at most).
pub const SEATS_PER_VEHICLE: Range = (0.0, 2000.0);
/// Desks of a site, or beds of a housing block.
pub const PLACES: Range = (0.0, 1_000_000.0);
/// Round trips of one vehicle per working day.
pub const ROUND_TRIPS_PER_DAY: Range = (0.0, 24.0);
/// Retirement age, months (40 to 80 years).
pub const RETIREMENT_AGE_MONTHS: Range = (480.0, 960.0);
/// Priority groups of a plan.
pub const PRIORITY_GROUPS: Range = (0.0, 64.0);
/// Longest id, characters.
pub const ID_CHARS: usize = 200;
/// Longest name, characters.
pub const NAME_CHARS: usize = 1000;
