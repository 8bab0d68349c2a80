//! Validation: a [`Plan`] as a person wrote it becomes a [`CheckedPlan`], or a
//! list of **every** problem found, each with the place it is at.
//!
//! Validation never stops at the first problem: a board fixing a file wants the
//! whole list at once.

use std::collections::{HashMap, HashSet};
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::core::plan::{
    Hardness, LatLon, Placement, Plan, PriorityCriterion, Scenario, TransportMode, dates,
};

/// The kind of entity a problem is located at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EntityKind {
    /// The plan itself (name, version).
    Plan,
    /// A grade.
    Grade,
    /// A site.
    Site,
    /// A zone.
    Zone,
    /// A travel entry or travel setting.
    Travel,
    /// A unit.
    Unit,
    /// A cadre.
    Cadre,
    /// A transport service.
    Transport,
    /// A housing block.
    Housing,
    /// The rules.
    Rules,
    /// A scenario.
    Scenario,
}

impl EntityKind {
    /// Lower-case English name used in messages.
    pub fn label(self) -> &'static str {
        match self {
            EntityKind::Plan => "plan",
            EntityKind::Grade => "grade",
            EntityKind::Site => "site",
            EntityKind::Zone => "zone",
            EntityKind::Travel => "travel entry",
            EntityKind::Unit => "unit",
            EntityKind::Cadre => "cadre",
            EntityKind::Transport => "transport service",
            EntityKind::Housing => "housing",
            EntityKind::Rules => "rules",
            EntityKind::Scenario => "scenario",
        }
    }
}

/// What is wrong, as a machine-readable kind (the message says it in words).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ProblemKind {
    /// The file is not valid RON or does not match the plan structure.
    Syntax,
    /// The file's format version is not one this build can read.
    UnsupportedVersion,
    /// An id field is empty.
    EmptyId,
    /// Two entities of one kind share an id.
    DuplicateId,
    /// A reference names an entity that does not exist.
    UnknownReference,
    /// A required text (such as a name) is empty.
    MissingValue,
    /// A number is NaN or infinite.
    NotFinite,
    /// A number is negative where only zero or more makes sense.
    Negative,
    /// A number is outside its allowed range (shares, percentages...).
    OutOfRange,
    /// A lower bound is above its upper bound.
    MinAboveMax,
    /// A period ends before it starts.
    EndBeforeStart,
    /// Travel for a zone and site that a rule needs cannot be found or derived.
    MissingTravel,
    /// Entities form a cycle (a unit that is its own ancestor, a scenario its own baseline).
    Cycle,
}

/// Where a problem is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Place {
    /// A position in the file text (1-based line and column).
    Text {
        /// Line, 1-based.
        line: usize,
        /// Column, 1-based.
        col: usize,
    },
    /// A field of an entity.
    Entity {
        /// Entity kind.
        kind: EntityKind,
        /// Position in its list (0-based).
        index: usize,
        /// Its id (staff code for cadres); may be empty.
        id: String,
        /// Its display name; may be empty.
        name: String,
        /// Field name as in the file, e.g. `desks` or `overrides.sites[0].site`.
        field: String,
        /// Line in the file where the entity starts, when known (1-based).
        line: Option<usize>,
    },
}

/// What an unknown reference was meant to name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum RefKind {
    /// A grade.
    Grade,
    /// A site.
    Site,
    /// The site a cadre is pinned to.
    PinnedSite,
    /// A home zone.
    Zone,
    /// A unit.
    Unit,
    /// A scenario (as a baseline).
    Scenario,
    /// A housing block.
    Housing,
    /// A transport service.
    TransportService,
}

impl RefKind {
    /// Lower-case English name used in messages.
    pub fn label(self) -> &'static str {
        match self {
            RefKind::Grade => "grade",
            RefKind::Site => "site",
            RefKind::PinnedSite => "pinned site",
            RefKind::Zone => "zone",
            RefKind::Unit => "unit",
            RefKind::Scenario => "scenario",
            RefKind::Housing => "housing",
            RefKind::TransportService => "transport service",
        }
    }
}

/// Which loop a [`ProblemDetail::Cycle`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum CycleKind {
    /// A unit names itself as its parent.
    OwnParent,
    /// A unit's chain of parents leads back to it.
    ParentChain,
    /// A scenario names itself as its baseline.
    OwnBaseline,
    /// A scenario's chain of baselines leads back to it.
    BaselineChain,
}

/// What is wrong, with its values: the one source of a problem's words.
///
/// The English [`Problem::message`] is made from it by `Display`; the app
/// renders the same detail in the user's language, with its own number and
/// date formats, so the two texts cannot disagree.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ProblemDetail {
    /// The RON parser's own message (kept as the parser wrote it).
    Syntax {
        /// Parser message.
        text: String,
    },
    /// The file's `format_version` is missing (0), unknown or newer than this build.
    UnsupportedVersion {
        /// Version found in the file (0 when missing).
        found: u32,
        /// Newest version this build reads.
        supported: u32,
    },
    /// An id field is empty.
    EmptyId {
        /// Field name, e.g. `id` or `code`.
        field: String,
    },
    /// An id is used a second time.
    DuplicateId {
        /// Field name, e.g. `id` or `code`.
        field: String,
        /// The repeated id.
        id: String,
        /// Kind of the entity that used it first.
        kind: EntityKind,
        /// Position of that first entity, 1-based.
        first: usize,
    },
    /// A reference names nothing that exists.
    UnknownReference {
        /// What it was meant to name.
        kind: RefKind,
        /// The id written.
        id: String,
    },
    /// A required text is empty.
    MissingValue {
        /// Field name, e.g. `name`.
        field: String,
    },
    /// A number is NaN or infinite.
    NotFinite {
        /// The value read.
        value: f64,
    },
    /// A number is below zero.
    Negative {
        /// The value read.
        value: f64,
    },
    /// A number is outside `lo..=hi`.
    OutOfRange {
        /// The value read.
        value: f64,
        /// Lowest allowed.
        lo: f64,
        /// Highest allowed.
        hi: f64,
    },
    /// A count is 0 although vehicles are available (seats, round trips).
    ZeroWithVehicles,
    /// A minimum share is above its maximum.
    MinAboveMax {
        /// Minimum, percent.
        min_pct: f64,
        /// Maximum, percent.
        max_pct: f64,
    },
    /// A period ends before it starts.
    EndBeforeStart {
        /// First day.
        start: chrono::NaiveDate,
        /// Last day.
        end: chrono::NaiveDate,
    },
    /// A span of months is longer than allowed.
    TooLong {
        /// Months written.
        months: u32,
        /// Most allowed.
        max_months: u32,
    },
    /// No travel figure can be found or derived for a zone and site.
    MissingTravel {
        /// Zone id.
        zone: String,
        /// Site id.
        site: String,
        /// Travel mode.
        mode: TransportMode,
    },
    /// Entities refer to each other in a loop.
    Cycle {
        /// Which loop.
        what: CycleKind,
    },
    /// A date outside its plausible window (see [`crate::core::plan::dates`]).
    ImplausibleDate {
        /// The date written.
        date: chrono::NaiveDate,
        /// Earliest plausible day.
        earliest: chrono::NaiveDate,
        /// Latest plausible day.
        latest: chrono::NaiveDate,
    },
    /// A text (id, name) longer than any real one.
    TextTooLong {
        /// Its length, in characters.
        chars: usize,
        /// Most allowed.
        max_chars: usize,
    },
}

impl ProblemDetail {
    /// The machine-readable kind of this detail.
    pub fn kind(&self) -> ProblemKind {
        match self {
            ProblemDetail::Syntax { .. } => ProblemKind::Syntax,
            ProblemDetail::UnsupportedVersion { .. } => ProblemKind::UnsupportedVersion,
            ProblemDetail::EmptyId { .. } => ProblemKind::EmptyId,
            ProblemDetail::DuplicateId { .. } => ProblemKind::DuplicateId,
            ProblemDetail::UnknownReference { .. } => ProblemKind::UnknownReference,
            ProblemDetail::MissingValue { .. } => ProblemKind::MissingValue,
            ProblemDetail::NotFinite { .. } => ProblemKind::NotFinite,
            ProblemDetail::Negative { .. } => ProblemKind::Negative,
            ProblemDetail::OutOfRange { .. }
            | ProblemDetail::ZeroWithVehicles
            | ProblemDetail::TooLong { .. } => ProblemKind::OutOfRange,
            ProblemDetail::MinAboveMax { .. } => ProblemKind::MinAboveMax,
            ProblemDetail::EndBeforeStart { .. } => ProblemKind::EndBeforeStart,
            ProblemDetail::MissingTravel { .. } => ProblemKind::MissingTravel,
            ProblemDetail::Cycle { .. } => ProblemKind::Cycle,
            ProblemDetail::ImplausibleDate { .. } | ProblemDetail::TextTooLong { .. } => {
                ProblemKind::OutOfRange
            }
        }
    }
}

impl fmt::Display for ProblemDetail {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProblemDetail::Syntax { text } => write!(f, "{text}"),
            ProblemDetail::UnsupportedVersion { found, supported } => {
                if found > supported {
                    write!(
                        f,
                        "the file is format {found}, written by a newer HQ Planner; this build reads formats up to {supported}"
                    )
                } else if *found == 0 {
                    write!(
                        f,
                        "missing format_version: is this an HQ Planner plan file?"
                    )
                } else {
                    write!(f, "format {found} is not a known plan format")
                }
            }
            ProblemDetail::EmptyId { field } | ProblemDetail::MissingValue { field } => {
                write!(f, "{field} is empty")
            }
            ProblemDetail::DuplicateId {
                field,
                id,
                kind,
                first,
            } => write!(
                f,
                "duplicate {field} \"{id}\" (first used by {} #{first})",
                kind.label()
            ),
            ProblemDetail::UnknownReference { kind, id } => {
                write!(f, "unknown {} \"{id}\"", kind.label())
            }
            ProblemDetail::NotFinite { value } => write!(f, "{value} is not a finite number"),
            ProblemDetail::Negative { value } => write!(f, "{} is negative", number(*value)),
            ProblemDetail::OutOfRange { value, lo, hi } => {
                write!(
                    f,
                    "{} is outside {}..={}",
                    number(*value),
                    number(*lo),
                    number(*hi)
                )
            }
            ProblemDetail::ZeroWithVehicles => {
                write!(f, "must be at least 1 when vehicles are available")
            }
            ProblemDetail::MinAboveMax { min_pct, max_pct } => {
                write!(f, "minimum {min_pct}% is above maximum {max_pct}%")
            }
            ProblemDetail::EndBeforeStart { start, end } => {
                write!(f, "period ends {end} before it starts {start}")
            }
            ProblemDetail::TooLong { months, max_months } => {
                write!(f, "{months} months is more than {} years", max_months / 12)
            }
            ProblemDetail::MissingTravel { zone, site, mode } => write!(
                f,
                "no travel figure from zone \"{zone}\" to site \"{site}\" by {mode:?}: give both coordinates or add a travel entry"
            ),
            ProblemDetail::Cycle { what } => f.write_str(match what {
                CycleKind::OwnParent => "a unit cannot be its own parent",
                CycleKind::ParentChain => "the chain of parent units leads back to this unit",
                CycleKind::OwnBaseline => "a scenario cannot be its own baseline",
                CycleKind::BaselineChain => "the chain of baselines leads back to this scenario",
            }),
            ProblemDetail::ImplausibleDate {
                date,
                earliest,
                latest,
            } => write!(
                f,
                "{date} is not a plausible date here (from {earliest} to {latest})"
            ),
            ProblemDetail::TextTooLong { chars, max_chars } => {
                write!(
                    f,
                    "{chars} characters is longer than the {max_chars} allowed"
                )
            }
        }
    }
}

/// A number for an English message: plain, or with an exponent when it has
/// more than 15 digits (`1e308`, not 309 digits).
fn number(x: f64) -> String {
    if x.is_finite() && x.abs() >= 1e15 {
        format!("{x:e}")
    } else {
        x.to_string()
    }
}

/// A text as echoed in a message: controls escaped, and cut with its length
/// when long (a 10 MB name is never echoed whole); see [`crate::core::text`].
pub fn elide(s: &str) -> String {
    match crate::core::text::echo(s) {
        (out, None) => out,
        (out, Some(total)) => format!("{out} ({total} characters)"),
    }
}

/// One located problem.
///
/// Build it with [`Problem::new`], which derives `kind` and `message` from
/// the detail so they always agree with it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    /// Where it is.
    pub place: Place,
    /// What kind of problem (from `detail`).
    pub kind: ProblemKind,
    /// What is wrong, with its values (render it in the user's language).
    pub detail: ProblemDetail,
    /// What is wrong, in English words (from `detail`; for the CLI and logs).
    pub message: String,
}

impl Problem {
    /// A problem at `place`; its kind and English message come from `detail`.
    pub fn new(place: Place, detail: ProblemDetail) -> Self {
        Self {
            place,
            kind: detail.kind(),
            message: detail.to_string(),
            detail,
        }
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::Text { line, col } => write!(f, "line {line}, column {col}"),
            Place::Entity {
                kind,
                index,
                id,
                name,
                field,
                line,
            } => {
                if let Some(line) = line {
                    write!(f, "line {line}: ")?;
                }
                write!(f, "{}", kind.label())?;
                if !id.is_empty() {
                    write!(f, " {id}")?;
                }
                if !name.is_empty() {
                    write!(f, " \"{name}\"")?;
                }
                if *kind != EntityKind::Plan && *kind != EntityKind::Rules {
                    write!(f, " (#{})", index + 1)?;
                }
                if !field.is_empty() {
                    write!(f, ", field `{field}`")?;
                }
                Ok(())
            }
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.place, self.message)
    }
}

/// A plan that passed validation: every reference resolves, ids are unique,
/// numbers are finite and in range, periods are ordered.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckedPlan {
    plan: Plan,
}

impl CheckedPlan {
    /// The validated plan.
    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    /// Gives the plan back (e.g. to edit it; it must be validated again).
    pub fn into_plan(self) -> Plan {
        self.plan
    }
}

/// Validates `plan`, returning it checked or every problem found.
pub fn validate(plan: Plan) -> Result<CheckedPlan, Vec<Problem>> {
    let problems = problems(&plan);
    if problems.is_empty() {
        Ok(CheckedPlan { plan })
    } else {
        Err(problems)
    }
}

/// Every problem of `plan`, in file order; empty when the plan is valid.
///
/// Birth dates are judged on today's date, as the staff import judges them.
pub fn problems(plan: &Plan) -> Vec<Problem> {
    problems_on(plan, chrono::Local::now().date_naive())
}

/// Every problem of `plan`, with birth dates judged on `today`.
pub fn problems_on(plan: &Plan, today: chrono::NaiveDate) -> Vec<Problem> {
    let mut v = Validator {
        plan,
        today,
        out: Vec::new(),
    };
    v.run();
    v.out
}

/// Longest "retiring within" span a priority group may use, in months.
const MAX_RETIRING_MONTHS: u32 = 240;

/// The plausible range of every kind of number in a plan, both ends included.
///
/// One table, listed in docs/PLAN_FILES.md: a number outside it is a typing
/// mistake (or a unit mistake), and it would also push the optimiser's
/// coefficients past what HiGHS can solve reliably, so it is refused here, at
/// its field, instead of failing later as "status Unknown".
pub mod limits {
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
}

/// Collects problems while walking the plan.
struct Validator<'a> {
    plan: &'a Plan,
    /// The day birth dates are judged on.
    today: chrono::NaiveDate,
    out: Vec<Problem>,
}

/// Identifies the entity being checked, for building places.
#[derive(Clone)]
struct Here<'a> {
    kind: EntityKind,
    index: usize,
    id: &'a str,
    name: &'a str,
}

impl Here<'_> {
    fn at(&self, field: &str) -> Place {
        Place::Entity {
            kind: self.kind,
            index: self.index,
            id: elide(self.id),
            name: elide(self.name),
            field: field.to_owned(),
            line: None,
        }
    }
}

/// Id -> index of each entity kind, built once per validation.
struct Ids<'a> {
    sites: HashSet<&'a str>,
    zones: HashSet<&'a str>,
    units: HashMap<&'a str, usize>,
    grades: HashSet<&'a str>,
    services: HashSet<&'a str>,
    housing: HashSet<&'a str>,
    scenarios: HashMap<&'a str, usize>,
}

fn is_unset(p: LatLon) -> bool {
    p.lat == 0.0 && p.lon == 0.0
}

impl<'a> Validator<'a> {
    fn push(&mut self, place: Place, detail: ProblemDetail) {
        self.out.push(Problem::new(place, detail));
    }

    /// A number that must be finite and within its plausible [`limits`].
    fn bounded(&mut self, here: &Here, field: &str, x: f64, (lo, hi): limits::Range) {
        if x.is_finite() && x < 0.0 && lo == 0.0 {
            self.push(here.at(field), ProblemDetail::Negative { value: x });
        } else {
            self.in_range(here, field, x, lo, hi);
        }
    }

    /// A count that must be within its plausible [`limits`].
    fn count(&mut self, here: &Here, field: &str, n: u32, range: limits::Range) {
        self.bounded(here, field, f64::from(n), range);
    }

    /// A date that must be within `(earliest, latest)`.
    fn date(
        &mut self,
        here: &Here,
        field: &str,
        date: Option<chrono::NaiveDate>,
        (earliest, latest): (chrono::NaiveDate, chrono::NaiveDate),
    ) {
        if let Some(date) = date
            && (date < earliest || date > latest)
        {
            self.push(
                here.at(field),
                ProblemDetail::ImplausibleDate {
                    date,
                    earliest,
                    latest,
                },
            );
        }
    }

    /// A text no longer than `max_chars`.
    fn text(&mut self, here: &Here, field: &str, s: &str, max_chars: usize) {
        let chars = s.chars().count();
        if chars > max_chars {
            self.push(
                here.at(field),
                ProblemDetail::TextTooLong { chars, max_chars },
            );
        }
    }

    /// A number that must be finite and within `lo..=hi`.
    fn in_range(&mut self, here: &Here, field: &str, x: f64, lo: f64, hi: f64) {
        if !x.is_finite() {
            self.push(here.at(field), ProblemDetail::NotFinite { value: x });
        } else if x < lo || x > hi {
            self.push(
                here.at(field),
                ProblemDetail::OutOfRange { value: x, lo, hi },
            );
        }
    }

    fn location(&mut self, here: &Here, p: LatLon) {
        self.in_range(here, "location.lat", p.lat, -90.0, 90.0);
        self.in_range(here, "location.lon", p.lon, -180.0, 180.0);
    }

    fn reference(&mut self, here: &Here, field: &str, what: RefKind, id: &str, known: bool) {
        if !known {
            self.push(
                here.at(field),
                ProblemDetail::UnknownReference {
                    kind: what,
                    id: elide(id),
                },
            );
        }
    }

    fn hardness(&mut self, here: &Here, field: &str, h: Hardness) {
        if let Hardness::Soft(w) = h {
            self.bounded(here, &format!("{field}.Soft"), w, limits::SOFT_PENALTY);
        }
    }

    /// Checks ids of one entity list: non-empty and unique. Returns the id set.
    fn id_list<T>(
        &mut self,
        kind: EntityKind,
        items: &'a [T],
        id: impl Fn(&'a T) -> &'a str,
        name: impl Fn(&'a T) -> &'a str,
        id_field: &str,
    ) -> HashMap<&'a str, usize> {
        let mut seen: HashMap<&'a str, usize> = HashMap::with_capacity(items.len());
        for (index, item) in items.iter().enumerate() {
            let here = Here {
                kind,
                index,
                id: id(item),
                name: name(item),
            };
            if here.id.trim().is_empty() {
                self.push(
                    here.at(id_field),
                    ProblemDetail::EmptyId {
                        field: id_field.to_owned(),
                    },
                );
                continue;
            }
            self.text(&here, id_field, here.id, limits::ID_CHARS);
            self.text(&here, "name", name(item), limits::NAME_CHARS);
            if let Some(first) = seen.get(here.id) {
                self.push(
                    here.at(id_field),
                    ProblemDetail::DuplicateId {
                        field: id_field.to_owned(),
                        id: elide(here.id),
                        kind,
                        first: first + 1,
                    },
                );
            } else {
                seen.insert(here.id, index);
            }
            if name(item).trim().is_empty() {
                self.push(
                    here.at("name"),
                    ProblemDetail::MissingValue {
                        field: "name".into(),
                    },
                );
            }
        }
        seen
    }

    fn run(&mut self) {
        let plan = self.plan;
        let ids = Ids {
            grades: self
                .id_list(
                    EntityKind::Grade,
                    &plan.grades,
                    |g| &g.id,
                    |g| &g.name,
                    "id",
                )
                .into_keys()
                .collect(),
            sites: self
                .id_list(EntityKind::Site, &plan.sites, |s| &s.id, |s| &s.name, "id")
                .into_keys()
                .collect(),
            zones: self
                .id_list(EntityKind::Zone, &plan.zones, |z| &z.id, |z| &z.name, "id")
                .into_keys()
                .collect(),
            units: self.id_list(EntityKind::Unit, &plan.units, |u| &u.id, |u| &u.name, "id"),
            services: self
                .id_list(
                    EntityKind::Transport,
                    &plan.transport,
                    |t| &t.id,
                    |t| &t.name,
                    "id",
                )
                .into_keys()
                .collect(),
            housing: self
                .id_list(
                    EntityKind::Housing,
                    &plan.housing,
                    |h| &h.id,
                    |h| &h.name,
                    "id",
                )
                .into_keys()
                .collect(),
            scenarios: self.id_list(
                EntityKind::Scenario,
                &plan.scenarios,
                |s| &s.id,
                |s| &s.name,
                "id",
            ),
        };
        self.id_list(
            EntityKind::Cadre,
            &plan.cadres,
            |c| &c.code,
            |c| &c.name,
            "code",
        );

        self.grades();
        self.sites();
        self.zones();
        self.travel(&ids);
        self.units(&ids);
        self.cadres(&ids);
        self.transport(&ids);
        self.housing(&ids);
        self.rules(&ids);
        self.scenarios(&ids);
    }

    fn grades(&mut self) {
        for (index, g) in self.plan.grades.iter().enumerate() {
            let here = Here {
                kind: EntityKind::Grade,
                index,
                id: &g.id,
                name: &g.name,
            };
            self.bounded(
                &here,
                "area_m2_per_person",
                g.area_m2_per_person,
                limits::AREA_M2_PER_PERSON,
            );
        }
    }

    fn sites(&mut self) {
        for (index, s) in self.plan.sites.iter().enumerate() {
            let here = Here {
                kind: EntityKind::Site,
                index,
                id: &s.id,
                name: &s.name,
            };
            self.location(&here, s.location);
            self.bounded(&here, "area_m2", s.area_m2, limits::SITE_AREA_M2);
            self.in_range(&here, "common_use_share", s.common_use_share, 0.0, 0.95);
            self.date(&here, "opens", s.opens, dates::plan_date_window());
            self.count(&here, "desks", s.desks, limits::PLACES);
        }
    }

    fn zones(&mut self) {
        for (index, z) in self.plan.zones.iter().enumerate() {
            let here = Here {
                kind: EntityKind::Zone,
                index,
                id: &z.id,
                name: &z.name,
            };
            self.location(&here, z.location);
        }
    }

    fn travel(&mut self, ids: &Ids) {
        let t = &self.plan.travel;
        let rules = Here {
            kind: EntityKind::Travel,
            index: 0,
            id: "",
            name: "",
        };
        self.in_range(&rules, "travel.road_factor", t.road_factor, 1.0, 3.0);
        for (i, m) in t.modes.iter().enumerate() {
            let f = format!("travel.modes[{i}]");
            self.in_range(&rules, &format!("{f}.speed_kmh"), m.speed_kmh, 1.0, 300.0);
            self.bounded(
                &rules,
                &format!("{f}.overhead_minutes"),
                m.overhead_minutes,
                limits::MINUTES,
            );
            self.bounded(
                &rules,
                &format!("{f}.cost_vnd_per_km"),
                m.cost_vnd_per_km,
                limits::VND_PER_KM,
            );
        }
        for (index, e) in t.entries.iter().enumerate() {
            let here = Here {
                kind: EntityKind::Travel,
                index,
                id: "",
                name: "",
            };
            self.travel_entry(&here, "", e, ids);
        }
    }

    fn travel_entry(
        &mut self,
        here: &Here,
        prefix: &str,
        e: &crate::core::plan::TravelEntry,
        ids: &Ids,
    ) {
        self.reference(
            here,
            &format!("{prefix}zone"),
            RefKind::Zone,
            &e.zone,
            ids.zones.contains(e.zone.as_str()),
        );
        self.reference(
            here,
            &format!("{prefix}site"),
            RefKind::Site,
            &e.site,
            ids.sites.contains(e.site.as_str()),
        );
        self.bounded(
            here,
            &format!("{prefix}minutes"),
            e.minutes,
            limits::MINUTES,
        );
        self.bounded(here, &format!("{prefix}km"), e.km, limits::KM);
        self.bounded(
            here,
            &format!("{prefix}cost_vnd"),
            e.cost_vnd,
            limits::PRICE_VND,
        );
    }

    fn units(&mut self, ids: &Ids) {
        for (index, u) in self.plan.units.iter().enumerate() {
            let here = Here {
                kind: EntityKind::Unit,
                index,
                id: &u.id,
                name: &u.name,
            };
            if let Some(p) = &u.parent {
                if p == &u.id {
                    self.push(
                        here.at("parent"),
                        ProblemDetail::Cycle {
                            what: CycleKind::OwnParent,
                        },
                    );
                } else {
                    self.reference(
                        &here,
                        "parent",
                        RefKind::Unit,
                        p,
                        ids.units.contains_key(p.as_str()),
                    );
                }
            }
            match &u.placement {
                Placement::Free | Placement::WholeAtOneSite => {}
                Placement::AtSite(s) => {
                    self.reference(
                        &here,
                        "placement.AtSite",
                        RefKind::Site,
                        s,
                        ids.sites.contains(s.as_str()),
                    );
                }
                Placement::ShareAtSite {
                    site,
                    min_pct,
                    max_pct,
                } => {
                    self.reference(
                        &here,
                        "placement.site",
                        RefKind::Site,
                        site,
                        ids.sites.contains(site.as_str()),
                    );
                    self.pct_bounds(&here, "placement", *min_pct, *max_pct);
                }
            }
        }
        // Longer parent cycles (a -> b -> a).
        for (index, u) in self.plan.units.iter().enumerate() {
            let mut seen = HashSet::new();
            let mut cur = u.parent.as_deref();
            while let Some(p) = cur {
                if p == u.id || !seen.insert(p) {
                    if p == u.id && u.parent.as_deref() != Some(u.id.as_str()) {
                        let here = Here {
                            kind: EntityKind::Unit,
                            index,
                            id: &u.id,
                            name: &u.name,
                        };
                        self.push(
                            here.at("parent"),
                            ProblemDetail::Cycle {
                                what: CycleKind::ParentChain,
                            },
                        );
                    }
                    break;
                }
                cur = ids
                    .units
                    .get(p)
                    .and_then(|&i| self.plan.units[i].parent.as_deref());
            }
        }
    }

    fn pct_bounds(&mut self, here: &Here, prefix: &str, min_pct: f64, max_pct: f64) {
        self.in_range(here, &format!("{prefix}.min_pct"), min_pct, 0.0, 100.0);
        self.in_range(here, &format!("{prefix}.max_pct"), max_pct, 0.0, 100.0);
        if min_pct > max_pct {
            self.push(
                here.at(&format!("{prefix}.min_pct")),
                ProblemDetail::MinAboveMax { min_pct, max_pct },
            );
        }
    }

    fn cadres(&mut self, ids: &Ids) {
        for (index, c) in self.plan.cadres.iter().enumerate() {
            let here = Here {
                kind: EntityKind::Cadre,
                index,
                id: &c.code,
                name: &c.name,
            };
            self.reference(
                &here,
                "unit",
                RefKind::Unit,
                &c.unit,
                ids.units.contains_key(c.unit.as_str()),
            );
            self.reference(
                &here,
                "grade",
                RefKind::Grade,
                &c.grade,
                ids.grades.contains(c.grade.as_str()),
            );
            self.reference(
                &here,
                "zone",
                RefKind::Zone,
                &c.zone,
                ids.zones.contains(c.zone.as_str()),
            );
            if let Some(s) = &c.current_site {
                self.reference(
                    &here,
                    "current_site",
                    RefKind::Site,
                    s,
                    ids.sites.contains(s.as_str()),
                );
            }
            self.date(
                &here,
                "birth_date",
                c.birth_date,
                dates::birth_date_window(self.today),
            );
            if let Some(s) = &c.pinned_site {
                self.reference(
                    &here,
                    "pinned_site",
                    RefKind::PinnedSite,
                    s,
                    ids.sites.contains(s.as_str()),
                );
            }
        }
    }

    fn transport(&mut self, ids: &Ids) {
        let plan = self.plan;
        for (index, t) in plan.transport.iter().enumerate() {
            let here = Here {
                kind: EntityKind::Transport,
                index,
                id: &t.id,
                name: &t.name,
            };
            let site_known = ids.sites.contains(t.site.as_str());
            self.reference(&here, "site", RefKind::Site, &t.site, site_known);
            for (i, z) in t.zones.iter().enumerate() {
                self.reference(
                    &here,
                    &format!("zones[{i}]"),
                    RefKind::Zone,
                    z,
                    ids.zones.contains(z.as_str()),
                );
            }
            self.bounded(
                &here,
                "cost_vnd_per_vehicle_day",
                t.cost_vnd_per_vehicle_day,
                limits::PRICE_VND,
            );
            self.bounded(
                &here,
                "cost_vnd_per_person_month",
                t.cost_vnd_per_person_month,
                limits::PRICE_VND,
            );
            self.bounded(
                &here,
                "max_ride_minutes",
                t.max_ride_minutes,
                limits::MINUTES,
            );
            self.count(
                &here,
                "vehicles_available",
                t.vehicles_available,
                limits::VEHICLES,
            );
            self.count(
                &here,
                "seats_per_vehicle",
                t.seats_per_vehicle,
                limits::SEATS_PER_VEHICLE,
            );
            self.count(
                &here,
                "round_trips_per_day",
                t.round_trips_per_day,
                limits::ROUND_TRIPS_PER_DAY,
            );
            if t.mode == TransportMode::OwnMeans {
                // Unused by own means, but a number in the file is still a number.
                self.in_range(&here, "target_fill_share", t.target_fill_share, 0.0, 1.0);
            } else {
                self.in_range(&here, "target_fill_share", t.target_fill_share, 0.01, 1.0);
                if t.vehicles_available > 0
                    && (t.seats_per_vehicle == 0 || t.round_trips_per_day == 0)
                {
                    self.push(
                        here.at(if t.seats_per_vehicle == 0 {
                            "seats_per_vehicle"
                        } else {
                            "round_trips_per_day"
                        }),
                        ProblemDetail::ZeroWithVehicles,
                    );
                }
            }
            // Every zone the service serves needs a travel figure to its site.
            if !site_known {
                continue;
            }
            let Some(site) = plan.site(&t.site) else {
                continue;
            };
            let served: Vec<&crate::core::plan::Zone> =
                plan.zones.iter().filter(|z| t.serves(&z.id)).collect();
            for z in served {
                let explicit = plan.travel.entry(&z.id, &site.id, t.mode).is_some();
                if !explicit && (is_unset(z.location) || is_unset(site.location)) {
                    self.push(
                        here.at("zones"),
                        ProblemDetail::MissingTravel {
                            zone: z.id.clone(),
                            site: site.id.clone(),
                            mode: t.mode,
                        },
                    );
                }
            }
        }
    }

    fn housing(&mut self, ids: &Ids) {
        for (index, h) in self.plan.housing.iter().enumerate() {
            let here = Here {
                kind: EntityKind::Housing,
                index,
                id: &h.id,
                name: &h.name,
            };
            self.reference(
                &here,
                "site",
                RefKind::Site,
                &h.site,
                ids.sites.contains(h.site.as_str()),
            );
            self.bounded(
                &here,
                "cost_vnd_per_bed_month",
                h.cost_vnd_per_bed_month,
                limits::PRICE_VND,
            );
            self.bounded(&here, "minutes_to_site", h.minutes_to_site, limits::MINUTES);
            self.date(
                &here,
                "available_from",
                h.available_from,
                dates::plan_date_window(),
            );
            self.count(&here, "beds", h.beds, limits::PLACES);
        }
    }

    fn rules(&mut self, ids: &Ids) {
        let r = &self.plan.rules;
        let here = Here {
            kind: EntityKind::Rules,
            index: 0,
            id: "",
            name: "",
        };
        self.bounded(
            &here,
            "max_daily_commute_minutes",
            r.max_daily_commute_minutes,
            limits::MINUTES,
        );
        if let Some(b) = r.monthly_budget_vnd {
            self.bounded(&here, "monthly_budget_vnd", b, limits::BUDGET_VND);
        }
        self.hardness(&here, "budget", r.budget);
        let e = r.enforcement;
        for (f, h) in [
            ("enforcement.desks", e.desks),
            ("enforcement.area", e.area),
            ("enforcement.beds", e.beds),
            ("enforcement.eligibility", e.eligibility),
            ("enforcement.seats", e.seats),
            ("enforcement.ride_time", e.ride_time),
            ("enforcement.max_commute", e.max_commute),
            ("enforcement.pins", e.pins),
            ("enforcement.unit_placement", e.unit_placement),
            ("enforcement.opening_dates", e.opening_dates),
        ] {
            self.hardness(&here, f, h);
        }
        let w = r.weights;
        self.bounded(
            &here,
            "weights.commute_minute",
            w.commute_minute,
            limits::WEIGHT_PER_MINUTE,
        );
        self.bounded(
            &here,
            "weights.money_vnd",
            w.money_vnd,
            limits::WEIGHT_PER_VND,
        );
        self.bounded(
            &here,
            "weights.disruption_person",
            w.disruption_person,
            limits::WEIGHT_PER_PERSON,
        );
        self.bounded(
            &here,
            "weights.preference_mismatch_person",
            w.preference_mismatch_person,
            limits::WEIGHT_PER_PERSON,
        );
        self.in_range(
            &here,
            "working_days_per_month",
            r.working_days_per_month,
            1.0,
            31.0,
        );
        self.bounded(
            &here,
            "weekly_travel_vnd_per_month",
            r.weekly_travel_vnd_per_month,
            limits::PRICE_VND,
        );
        self.count(
            &here,
            "retirement_age_male_months",
            r.retirement_age_male_months,
            limits::RETIREMENT_AGE_MONTHS,
        );
        self.count(
            &here,
            "retirement_age_female_months",
            r.retirement_age_female_months,
            limits::RETIREMENT_AGE_MONTHS,
        );
        // The solver keeps a person's groups in a 64-bit set: more groups
        // would be dropped, so they are refused here, at the field.
        self.bounded(
            &here,
            "priority_groups",
            r.priority_groups.len() as f64,
            limits::PRIORITY_GROUPS,
        );
        for (i, g) in r.priority_groups.iter().enumerate() {
            let f = format!("priority_groups[{i}]");
            if g.id.trim().is_empty() {
                self.push(
                    here.at(&format!("{f}.id")),
                    ProblemDetail::EmptyId { field: "id".into() },
                );
            }
            self.hardness(&here, &format!("{f}.hardness"), g.hardness);
            if let PriorityCriterion::RetiringWithinMonths(m) = g.criterion
                && m > MAX_RETIRING_MONTHS
            {
                self.push(
                    here.at(&format!("{f}.criterion")),
                    ProblemDetail::TooLong {
                        months: m,
                        max_months: MAX_RETIRING_MONTHS,
                    },
                );
            }
        }
        for (i, s) in r.site_shares.iter().enumerate() {
            let f = format!("site_shares[{i}]");
            self.reference(
                &here,
                &format!("{f}.site"),
                RefKind::Site,
                &s.site,
                ids.sites.contains(s.site.as_str()),
            );
            self.pct_bounds(&here, &f, s.min_pct, s.max_pct);
            self.hardness(&here, &format!("{f}.hardness"), s.hardness);
        }
    }

    fn scenarios(&mut self, ids: &Ids) {
        for (index, s) in self.plan.scenarios.iter().enumerate() {
            self.scenario(index, s, ids);
        }
    }

    fn scenario(&mut self, index: usize, s: &Scenario, ids: &Ids) {
        let here = Here {
            kind: EntityKind::Scenario,
            index,
            id: &s.id,
            name: &s.name,
        };
        self.date(&here, "start", Some(s.start), dates::plan_date_window());
        self.date(&here, "end", Some(s.end), dates::plan_date_window());
        if s.end < s.start {
            self.push(
                here.at("end"),
                ProblemDetail::EndBeforeStart {
                    start: s.start,
                    end: s.end,
                },
            );
        }
        if let Some(b) = &s.baseline {
            if b == &s.id {
                self.push(
                    here.at("baseline"),
                    ProblemDetail::Cycle {
                        what: CycleKind::OwnBaseline,
                    },
                );
            } else {
                self.reference(
                    &here,
                    "baseline",
                    RefKind::Scenario,
                    b,
                    ids.scenarios.contains_key(b.as_str()),
                );
            }
        }
        let o = &s.overrides;
        for (i, so) in o.sites.iter().enumerate() {
            let f = format!("overrides.sites[{i}]");
            self.reference(
                &here,
                &format!("{f}.site"),
                RefKind::Site,
                &so.site,
                ids.sites.contains(so.site.as_str()),
            );
            self.date(
                &here,
                &format!("{f}.opens"),
                so.opens,
                dates::plan_date_window(),
            );
            if let Some(n) = so.desks {
                self.count(&here, &format!("{f}.desks"), n, limits::PLACES);
            }
            if let Some(a) = so.area_m2 {
                self.bounded(&here, &format!("{f}.area_m2"), a, limits::SITE_AREA_M2);
            }
        }
        for (i, ho) in o.housing.iter().enumerate() {
            let f = format!("overrides.housing[{i}]");
            self.reference(
                &here,
                &format!("{f}.housing"),
                RefKind::Housing,
                &ho.housing,
                ids.housing.contains(ho.housing.as_str()),
            );
            self.date(
                &here,
                &format!("{f}.available_from"),
                ho.available_from,
                dates::plan_date_window(),
            );
            if let Some(n) = ho.beds {
                self.count(&here, &format!("{f}.beds"), n, limits::PLACES);
            }
            if let Some(c) = ho.cost_vnd_per_bed_month {
                self.bounded(
                    &here,
                    &format!("{f}.cost_vnd_per_bed_month"),
                    c,
                    limits::PRICE_VND,
                );
            }
        }
        for (i, to) in o.transport.iter().enumerate() {
            let f = format!("overrides.transport[{i}]");
            self.reference(
                &here,
                &format!("{f}.service"),
                RefKind::TransportService,
                &to.service,
                ids.services.contains(to.service.as_str()),
            );
            if let Some(n) = to.vehicles_available {
                self.count(
                    &here,
                    &format!("{f}.vehicles_available"),
                    n,
                    limits::VEHICLES,
                );
            }
            if let Some(c) = to.cost_vnd_per_person_month {
                self.bounded(
                    &here,
                    &format!("{f}.cost_vnd_per_person_month"),
                    c,
                    limits::PRICE_VND,
                );
            }
            if let Some(c) = to.cost_vnd_per_vehicle_day {
                self.bounded(
                    &here,
                    &format!("{f}.cost_vnd_per_vehicle_day"),
                    c,
                    limits::PRICE_VND,
                );
            }
        }
        for (i, e) in o.travel.iter().enumerate() {
            self.travel_entry(&here, &format!("overrides.travel[{i}]."), e, ids);
        }
        for (i, tf) in o.travel_factors.iter().enumerate() {
            let f = format!("overrides.travel_factors[{i}]");
            self.reference(
                &here,
                &format!("{f}.site"),
                RefKind::Site,
                &tf.site,
                ids.sites.contains(tf.site.as_str()),
            );
            self.in_range(
                &here,
                &format!("{f}.minutes_factor"),
                tf.minutes_factor,
                0.05,
                10.0,
            );
        }
        let r = &o.rules;
        if let Some(m) = r.max_daily_commute_minutes {
            self.bounded(
                &here,
                "overrides.rules.max_daily_commute_minutes",
                m,
                limits::MINUTES,
            );
        }
        if let Some(b) = r.monthly_budget_vnd {
            self.bounded(
                &here,
                "overrides.rules.monthly_budget_vnd",
                b,
                limits::BUDGET_VND,
            );
        }
        if let Some(w) = r.weights {
            self.bounded(
                &here,
                "overrides.rules.weights.commute_minute",
                w.commute_minute,
                limits::WEIGHT_PER_MINUTE,
            );
            self.bounded(
                &here,
                "overrides.rules.weights.money_vnd",
                w.money_vnd,
                limits::WEIGHT_PER_VND,
            );
            self.bounded(
                &here,
                "overrides.rules.weights.disruption_person",
                w.disruption_person,
                limits::WEIGHT_PER_PERSON,
            );
            self.bounded(
                &here,
                "overrides.rules.weights.preference_mismatch_person",
                w.preference_mismatch_person,
                limits::WEIGHT_PER_PERSON,
            );
        }
        if let Some(shares) = &r.site_shares {
            for (i, sh) in shares.iter().enumerate() {
                let f = format!("overrides.rules.site_shares[{i}]");
                self.reference(
                    &here,
                    &format!("{f}.site"),
                    RefKind::Site,
                    &sh.site,
                    ids.sites.contains(sh.site.as_str()),
                );
                self.pct_bounds(&here, &f, sh.min_pct, sh.max_pct);
            }
        }
        // Baseline chains must not loop (a -> b -> a).
        let mut seen = HashSet::new();
        let mut cur = s.baseline.as_deref();
        while let Some(b) = cur {
            if !seen.insert(b) {
                break;
            }
            if b == s.id && s.baseline.as_deref() != Some(s.id.as_str()) {
                self.push(
                    here.at("baseline"),
                    ProblemDetail::Cycle {
                        what: CycleKind::BaselineChain,
                    },
                );
                break;
            }
            cur = ids
                .scenarios
                .get(b)
                .and_then(|&i| self.plan.scenarios[i].baseline.as_deref());
        }
    }
}
