//! Checks of the rules and the scenarios.

use std::collections::HashSet;

use crate::core::plan::{PriorityCriterion, Scenario, dates};

use super::{Here, Ids, Validator};
use crate::core::file::validate::limits;
use crate::core::file::validate::problem::{CycleKind, EntityKind, ProblemDetail, RefKind};

/// Longest "retiring within" span a priority group may use, in months.
const MAX_RETIRING_MONTHS: u32 = 240;

impl<'a> Validator<'a> {
    pub(super) fn rules(&mut self, ids: &Ids) {
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

    pub(super) fn scenarios(&mut self, ids: &Ids) {
        for (index, s) in self.plan.scenarios.iter().enumerate() {
            self.scenario(index, s, ids);
        }
    }

    pub(super) fn scenario(&mut self, index: usize, s: &Scenario, ids: &Ids) {
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
