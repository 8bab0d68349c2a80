//! The walk over a plan: every entity and field checked, every problem
//! collected. Units to housing are in [`entities`], rules and scenarios in
//! [`rules`].

mod entities;
mod rules;

use std::collections::{HashMap, HashSet};

use crate::core::plan::{Hardness, LatLon, Plan, dates};

use super::limits;
use super::problem::{EntityKind, Place, Problem, ProblemDetail, RefKind, elide};

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

    pub(super) fn run(&mut self) {
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
}
