//! Checks of units, cadres, transport and housing.

use crate::core::plan::{LatLon, Placement, TransportMode, dates};

use super::{Here, Ids, Validator, loops_back};
use crate::core::file::validate::limits;
use crate::core::file::validate::problem::{CycleKind, EntityKind, ProblemDetail, RefKind};

fn is_unset(p: LatLon) -> bool {
    p.lat == 0.0 && p.lon == 0.0
}

impl<'a> Validator<'a> {
    pub(super) fn units(&mut self, ids: &Ids) {
        for (index, u) in self.plan.units.iter().enumerate() {
            let here = Here::of(EntityKind::Unit, index, u);
            let parent = u.parent.as_deref();
            self.reference_to_other(
                &here,
                "parent",
                RefKind::Unit,
                parent,
                CycleKind::OwnParent,
                ids,
            );
            match &u.placement {
                Placement::Free | Placement::WholeAtOneSite => {}
                Placement::AtSite(s) => {
                    self.reference(&here, "placement.AtSite", RefKind::Site, s, ids);
                }
                Placement::ShareAtSite {
                    site,
                    min_pct,
                    max_pct,
                } => {
                    self.reference(&here, "placement.site", RefKind::Site, site, ids);
                    self.pct_bounds(&here, "placement", *min_pct, *max_pct);
                }
            }
        }
        // Longer parent cycles (a -> b -> a).
        let units = &self.plan.units;
        for (index, u) in units.iter().enumerate() {
            let parent_of = |p: &str| ids.units.get(p).and_then(|&i| units[i].parent.as_deref());
            if loops_back(&u.id, u.parent.as_deref(), parent_of) {
                let here = Here::of(EntityKind::Unit, index, u);
                self.cycle(&here, "parent", CycleKind::ParentChain);
            }
        }
    }

    pub(super) fn pct_bounds(&mut self, here: &Here, prefix: &str, min_pct: f64, max_pct: f64) {
        self.in_range(here, &format!("{prefix}.min_pct"), min_pct, 0.0, 100.0);
        self.in_range(here, &format!("{prefix}.max_pct"), max_pct, 0.0, 100.0);
        if min_pct > max_pct {
            self.push(
                here.at(&format!("{prefix}.min_pct")),
                ProblemDetail::MinAboveMax { min_pct, max_pct },
            );
        }
    }

    pub(super) fn cadres(&mut self, ids: &Ids) {
        for (index, c) in self.plan.cadres.iter().enumerate() {
            let here = Here::of(EntityKind::Cadre, index, c);
            self.reference(&here, "unit", RefKind::Unit, &c.unit, ids);
            self.reference(&here, "grade", RefKind::Grade, &c.grade, ids);
            self.reference(&here, "zone", RefKind::Zone, &c.zone, ids);
            if let Some(s) = &c.current_site {
                self.reference(&here, "current_site", RefKind::Site, s, ids);
            }
            self.date(
                &here,
                "birth_date",
                c.birth_date,
                dates::birth_date_window(self.today),
            );
            if let Some(s) = &c.pinned_site {
                self.reference(&here, "pinned_site", RefKind::PinnedSite, s, ids);
            }
        }
    }

    pub(super) fn transport(&mut self, ids: &Ids) {
        let plan = self.plan;
        for (index, t) in plan.transport.iter().enumerate() {
            let here = Here::of(EntityKind::Transport, index, t);
            let site_known = ids.sites.contains(t.site.as_str());
            self.reference(&here, "site", RefKind::Site, &t.site, ids);
            for (i, z) in t.zones.iter().enumerate() {
                self.reference(&here, &format!("zones[{i}]"), RefKind::Zone, z, ids);
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

    pub(super) fn housing(&mut self, ids: &Ids) {
        for (index, h) in self.plan.housing.iter().enumerate() {
            let here = Here::of(EntityKind::Housing, index, h);
            self.reference(&here, "site", RefKind::Site, &h.site, ids);
            self.bounded(
                &here,
                "cost_vnd_per_bed_month",
                h.cost_vnd_per_bed_month,
                limits::PRICE_VND,
            );
            self.bounded(&here, "minutes_to_site", h.minutes_to_site, limits::MINUTES);
            self.plan_date(&here, "available_from", h.available_from);
            self.count(&here, "beds", h.beds, limits::PLACES);
        }
    }
}
