//! Checks of the rules and the scenarios.

use crate::core::plan::{PriorityCriterion, Scenario};

use super::{Here, Ids, Validator, loops_back};
use crate::core::file::validate::limits;
use crate::core::file::validate::problem::{CycleKind, EntityKind, ProblemDetail, RefKind};

/// Longest "retiring within" span a priority group may use, in months.
const MAX_RETIRING_MONTHS: u32 = 240;

impl<'a> Validator<'a> {
    pub(super) fn rules(&mut self, ids: &Ids) {
        let r = &self.plan.rules;
        let here = Here::unnamed(EntityKind::Rules, 0);
        self.bounded(
            &here,
            "max_daily_commute_minutes",
            r.max_daily_commute_minutes,
            limits::MINUTES,
        );
        self.bounded(
            &here,
            "monthly_budget_vnd",
            r.monthly_budget_vnd,
            limits::BUDGET_VND,
        );
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
            self.reference(&here, &format!("{f}.site"), RefKind::Site, &s.site, ids);
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
        let here = Here::of(EntityKind::Scenario, index, s);
        self.plan_date(&here, "start", Some(s.start));
        self.plan_date(&here, "end", Some(s.end));
        if s.end < s.start {
            self.push(
                here.at("end"),
                ProblemDetail::EndBeforeStart {
                    start: s.start,
                    end: s.end,
                },
            );
        }
        let baseline = s.baseline.as_deref();
        let own = CycleKind::OwnBaseline;
        self.reference_to_other(&here, "baseline", RefKind::Scenario, baseline, own, ids);
        let o = &s.overrides;
        for (i, so) in o.sites.iter().enumerate() {
            let f = format!("overrides.sites[{i}]");
            self.reference(&here, &format!("{f}.site"), RefKind::Site, &so.site, ids);
            self.plan_date(&here, &format!("{f}.opens"), so.opens);
            self.count(&here, &format!("{f}.desks"), so.desks, limits::PLACES);
            self.bounded(
                &here,
                &format!("{f}.area_m2"),
                so.area_m2,
                limits::SITE_AREA_M2,
            );
        }
        for (i, ho) in o.housing.iter().enumerate() {
            let f = format!("overrides.housing[{i}]");
            self.reference(
                &here,
                &format!("{f}.housing"),
                RefKind::Housing,
                &ho.housing,
                ids,
            );
            self.plan_date(&here, &format!("{f}.available_from"), ho.available_from);
            self.count(&here, &format!("{f}.beds"), ho.beds, limits::PLACES);
            self.bounded(
                &here,
                &format!("{f}.cost_vnd_per_bed_month"),
                ho.cost_vnd_per_bed_month,
                limits::PRICE_VND,
            );
        }
        for (i, to) in o.transport.iter().enumerate() {
            let f = format!("overrides.transport[{i}]");
            self.reference(
                &here,
                &format!("{f}.service"),
                RefKind::TransportService,
                &to.service,
                ids,
            );
            self.count(
                &here,
                &format!("{f}.vehicles_available"),
                to.vehicles_available,
                limits::VEHICLES,
            );
            self.bounded(
                &here,
                &format!("{f}.cost_vnd_per_person_month"),
                to.cost_vnd_per_person_month,
                limits::PRICE_VND,
            );
            self.bounded(
                &here,
                &format!("{f}.cost_vnd_per_vehicle_day"),
                to.cost_vnd_per_vehicle_day,
                limits::PRICE_VND,
            );
        }
        for (i, e) in o.travel.iter().enumerate() {
            self.travel_entry(&here, &format!("overrides.travel[{i}]."), e, ids);
        }
        for (i, tf) in o.travel_factors.iter().enumerate() {
            let f = format!("overrides.travel_factors[{i}]");
            self.reference(&here, &format!("{f}.site"), RefKind::Site, &tf.site, ids);
            self.in_range(
                &here,
                &format!("{f}.minutes_factor"),
                tf.minutes_factor,
                0.05,
                10.0,
            );
        }
        let r = &o.rules;
        self.bounded(
            &here,
            "overrides.rules.max_daily_commute_minutes",
            r.max_daily_commute_minutes,
            limits::MINUTES,
        );
        self.bounded(
            &here,
            "overrides.rules.monthly_budget_vnd",
            r.monthly_budget_vnd,
            limits::BUDGET_VND,
        );
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
                self.reference(&here, &format!("{f}.site"), RefKind::Site, &sh.site, ids);
                self.pct_bounds(&here, &f, sh.min_pct, sh.max_pct);
            }
        }
        // Baseline chains must not loop (a -> b -> a).
        let scenarios = &self.plan.scenarios;
        let baseline_of = |b: &str| {
            ids.scenarios
                .get(b)
                .and_then(|&i| scenarios[i].baseline.as_deref())
        };
        if loops_back(&s.id, s.baseline.as_deref(), baseline_of) {
            self.cycle(&here, "baseline", CycleKind::BaselineChain);
        }
    }
}
