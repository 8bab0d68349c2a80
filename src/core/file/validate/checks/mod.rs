//! The walk over a plan: every entity and field checked, every problem
//! collected. Units to housing are in [`entities`], rules and scenarios in
//! [`rules`].

mod entities;
mod rules;

use std::collections::{HashMap, HashSet};

use crate::core::plan::{Hardness, LatLon, Named, Plan, dates};

use super::limits;
use super::problem::{CycleKind, EntityKind, Place, Problem, ProblemDetail, RefKind, elide};

/// Collects problems while walking the plan.
pub(super) struct Validator<'a> {
    pub(super) plan: &'a Plan,
    /// The day birth dates are judged on.
    pub(super) today: chrono::NaiveDate,
    pub(super) out: Vec<Problem>,
}

/// Identifies the entity being checked, for building places.
#[derive(Clone)]
struct Here<'a> {
    kind: EntityKind,
    index: usize,
    id: &'a str,
    name: &'a str,
}

impl<'a> Here<'a> {
    /// The entity `index` of `kind`, with its id and display name.
    fn new(kind: EntityKind, index: usize, id: &'a str, name: &'a str) -> Self {
        Self {
            kind,
            index,
            id,
            name,
        }
    }

    /// The entity `item`, number `index` of `kind`.
    fn of(kind: EntityKind, index: usize, item: &'a impl Named) -> Self {
        Self::new(kind, index, item.id(), item.name())
    }

    /// A part of the plan with no id or name of its own (the rules, the travel settings).
    fn unnamed(kind: EntityKind, index: usize) -> Self {
        Self::new(kind, index, "", "")
    }

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

/// Whether a chain of references (a unit's parent, a scenario's baseline)
/// from `first`, followed with `next`, comes back to `own` through at least
/// one other entity (a direct self-reference is reported on its own); a loop
/// that does not pass through `own` ends the walk.
fn loops_back<'p>(
    own: &str,
    first: Option<&'p str>,
    next: impl Fn(&'p str) -> Option<&'p str>,
) -> bool {
    if first == Some(own) {
        return false;
    }
    let mut seen = HashSet::new();
    let mut cur = first;
    while let Some(p) = cur {
        if p == own {
            return true;
        }
        if !seen.insert(p) {
            return false;
        }
        cur = next(p);
    }
    false
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

impl Ids<'_> {
    /// Whether the plan has a `what` with this id.
    fn knows(&self, what: RefKind, id: &str) -> bool {
        match what {
            RefKind::Grade => self.grades.contains(id),
            RefKind::Site | RefKind::PinnedSite => self.sites.contains(id),
            RefKind::Zone => self.zones.contains(id),
            RefKind::Unit => self.units.contains_key(id),
            RefKind::Scenario => self.scenarios.contains_key(id),
            RefKind::Housing => self.housing.contains(id),
            RefKind::TransportService => self.services.contains(id),
        }
    }
}

impl<'a> Validator<'a> {
    fn push(&mut self, place: Place, detail: ProblemDetail) {
        self.out.push(Problem::new(place, detail));
    }

    /// A number that must be finite and within its plausible [`limits`]; a
    /// number left out (`None`, an optional field) is not checked.
    fn bounded(
        &mut self,
        here: &Here,
        field: &str,
        x: impl Into<Option<f64>>,
        (lo, hi): limits::Range,
    ) {
        let Some(x) = x.into() else {
            return;
        };
        if x.is_finite() && x < 0.0 && lo == 0.0 {
            self.push(here.at(field), ProblemDetail::Negative { value: x });
        } else {
            self.in_range(here, field, x, lo, hi);
        }
    }

    /// A count that must be within its plausible [`limits`]; a count left out
    /// (`None`) is not checked.
    fn count(&mut self, here: &Here, field: &str, n: impl Into<Option<u32>>, range: limits::Range) {
        self.bounded(here, field, n.into().map(f64::from), range);
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

    /// A date of the plan's calendar (openings, scenario periods), within
    /// [`dates::plan_date_window`].
    fn plan_date(&mut self, here: &Here, field: &str, date: Option<chrono::NaiveDate>) {
        self.date(here, field, date, dates::plan_date_window());
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

    /// A reference `id` to a `what` that must be among the plan's `ids`.
    fn reference(&mut self, here: &Here, field: &str, what: RefKind, id: &str, ids: &Ids) {
        if !ids.knows(what, id) {
            self.push(
                here.at(field),
                ProblemDetail::UnknownReference {
                    kind: what,
                    id: elide(id),
                },
            );
        }
    }

    /// A reference at `field` that leads back to the entity itself.
    fn cycle(&mut self, here: &Here, field: &str, what: CycleKind) {
        self.push(here.at(field), ProblemDetail::Cycle { what });
    }

    /// A reference to another entity of the same kind (a unit's parent, a
    /// scenario's baseline), if given: never the entity itself (a cycle of
    /// kind `own`), and one among the plan's `ids`.
    fn reference_to_other(
        &mut self,
        here: &Here,
        field: &str,
        what: RefKind,
        target: Option<&str>,
        own: CycleKind,
        ids: &Ids,
    ) {
        match target {
            Some(id) if id == here.id => self.cycle(here, field, own),
            Some(id) => self.reference(here, field, what, id, ids),
            None => {}
        }
    }

    fn hardness(&mut self, here: &Here, field: &str, h: Hardness) {
        if let Hardness::Soft(w) = h {
            self.bounded(here, &format!("{field}.Soft"), w, limits::SOFT_PENALTY);
        }
    }

    /// [`Self::id_list`] of a list whose ids are in the field `id`, as a set.
    fn id_set<T: Named>(&mut self, kind: EntityKind, items: &'a [T]) -> HashSet<&'a str> {
        self.id_list(kind, items, "id").into_keys().collect()
    }

    /// Checks ids of one entity list: non-empty and unique. Returns the id set.
    fn id_list<T: Named>(
        &mut self,
        kind: EntityKind,
        items: &'a [T],
        id_field: &str,
    ) -> HashMap<&'a str, usize> {
        let mut seen: HashMap<&'a str, usize> = HashMap::with_capacity(items.len());
        for (index, item) in items.iter().enumerate() {
            let here = Here::of(kind, index, item);
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
            self.text(&here, "name", item.name(), limits::NAME_CHARS);
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
            if item.name().trim().is_empty() {
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

    pub(super) fn run(&mut self) {
        let plan = self.plan;
        let ids = Ids {
            grades: self.id_set(EntityKind::Grade, &plan.grades),
            sites: self.id_set(EntityKind::Site, &plan.sites),
            zones: self.id_set(EntityKind::Zone, &plan.zones),
            units: self.id_list(EntityKind::Unit, &plan.units, "id"),
            services: self.id_set(EntityKind::Transport, &plan.transport),
            housing: self.id_set(EntityKind::Housing, &plan.housing),
            scenarios: self.id_list(EntityKind::Scenario, &plan.scenarios, "id"),
        };
        self.id_list(EntityKind::Cadre, &plan.cadres, "code");

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
            let here = Here::of(EntityKind::Grade, index, g);
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
            let here = Here::of(EntityKind::Site, index, s);
            self.location(&here, s.location);
            self.bounded(&here, "area_m2", s.area_m2, limits::SITE_AREA_M2);
            self.in_range(&here, "common_use_share", s.common_use_share, 0.0, 0.95);
            self.plan_date(&here, "opens", s.opens);
            self.count(&here, "desks", s.desks, limits::PLACES);
        }
    }

    fn zones(&mut self) {
        for (index, z) in self.plan.zones.iter().enumerate() {
            let here = Here::of(EntityKind::Zone, index, z);
            self.location(&here, z.location);
        }
    }

    fn travel(&mut self, ids: &Ids) {
        let t = &self.plan.travel;
        let rules = Here::unnamed(EntityKind::Travel, 0);
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
            let here = Here::unnamed(EntityKind::Travel, index);
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
        self.reference(here, &format!("{prefix}zone"), RefKind::Zone, &e.zone, ids);
        self.reference(here, &format!("{prefix}site"), RefKind::Site, &e.site, ids);
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
}
