//! The problems validation reports: what is wrong ([`ProblemDetail`]), where
//! ([`Place`]), and their English messages.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::core::plan::TransportMode;

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
