//! Tiny plans whose optimum is computed by hand (see tests/data/solve_tiny.ron):
//! one test per rule showing that it binds, infeasible variants with their
//! diagnosis, and the checker rejecting hand-broken assignments.

use hq_planner::core::file::{self, CheckedPlan, EntityKind};
use hq_planner::core::plan::{
    Eligibility, Hardness, Placement, Plan, Preference, PriorityCriterion, PriorityGroup, SiteShare,
};
use hq_planner::core::solve::{
    Arrangement, DiagnosisScope, Reason, RuleFamily, Solution, SolveControl, SolveOptions,
    SolveStatus, WhyNot, check, evaluate, explain, reasons_for, solve,
};

const TINY: &str = include_str!("data/solve_tiny.ron");

fn tiny() -> Plan {
    file::parse(TINY).expect("tiny plan parses")
}

fn checked(p: Plan) -> CheckedPlan {
    file::validate(p).expect("tiny plan variant validates")
}

fn opts() -> SolveOptions {
    SolveOptions {
        time_limit_secs: 30.0,
        mip_gap: 1e-9,
        ..SolveOptions::default()
    }
}

fn run(p: Plan) -> Solution {
    solve(&checked(p), "s", &opts(), &SolveControl::default()).expect("solve runs")
}

fn site_of(s: &Solution, code: &str) -> String {
    s.assignments
        .iter()
        .find(|a| a.code == code)
        .map(|a| a.site.clone())
        .unwrap_or_default()
}

fn arr_of(s: &Solution, code: &str) -> Arrangement {
    s.assignments
        .iter()
        .find(|a| a.code == code)
        .map(|a| a.arrangement.clone())
        .expect("assigned")
}

fn daily(s: &str) -> Arrangement {
    Arrangement::Daily { service: s.into() }
}

fn weekly(h: &str) -> Arrangement {
    Arrangement::Weekly { housing: h.into() }
}

fn assert_obj(s: &Solution, want: f64) {
    assert_eq!(s.status, SolveStatus::Optimal, "{:?}", s.diagnosis);
    assert!(
        (s.objective - want).abs() < 1e-6,
        "objective {} != {want}",
        s.objective
    );
}

#[test]
fn base_optimum_everyone_at_the_nearest_site() {
    let s = run(tiny());
    assert_obj(&s, 40_200.0);
    assert_eq!(arr_of(&s, "C1"), daily("own-a"));
    assert_eq!(arr_of(&s, "C2"), daily("own-a"));
    assert_eq!(arr_of(&s, "C3"), daily("own-b"));
    assert_eq!(arr_of(&s, "C4"), daily("own-b"));
    assert_eq!(s.kpis.cost.allowances_vnd, 200_000.0);
}

#[test]
fn desks_bind_and_the_second_person_by_code_is_housed() {
    let mut p = tiny();
    p.sites[0].desks = 1;
    let s = run(p);
    // 10,000 + 11,000 (housed near B) + 2 x 10,100.
    assert_obj(&s, 41_200.0);
    assert_eq!(arr_of(&s, "C1"), daily("own-a"));
    assert_eq!(arr_of(&s, "C2"), weekly("hb"));
}

#[test]
fn area_binds_like_desks() {
    let mut p = tiny();
    p.sites[0].area_m2 = 15.0; // one specialist (10 m2) fits
    let s = run(p);
    assert_obj(&s, 41_200.0);
    assert_eq!(site_of(&s, "C2"), "B");
}

/// Options are taken in order (services by id, then housing), so C1 gets the bus.
#[test]
fn beds_bind_then_the_bus_is_cheapest() {
    let mut p = tiny();
    p.sites[0].desks = 1;
    p.housing[0].beds = 0;
    let s = run(p);
    // Bus: 50 min + one vehicle 20 x 1,000,000 VND = 70,000 (own means 70,100).
    assert_obj(&s, 100_200.0);
    assert_eq!(arr_of(&s, "C1"), daily("bus-b"));
    assert_eq!(arr_of(&s, "C2"), daily("own-a"));
    assert_eq!(s.vehicles, vec![("bus-b".to_owned(), 1)]);
}

#[test]
fn seats_bind_when_no_vehicle_is_available() {
    let mut p = tiny();
    p.sites[0].desks = 1;
    p.housing[0].beds = 0;
    p.transport[0].vehicles_available = 0;
    let s = run(p);
    assert_obj(&s, 100_300.0);
    assert_eq!(arr_of(&s, "C2"), daily("own-b"));
}

#[test]
fn ride_time_limit_binds() {
    let mut p = tiny();
    p.sites[0].desks = 1;
    p.housing[0].beds = 0;
    p.transport[0].max_ride_minutes = 40.0;
    let s = run(p);
    assert_obj(&s, 100_300.0);
    assert_eq!(arr_of(&s, "C2"), daily("own-b"));
}

#[test]
fn max_daily_commute_binds() {
    let mut p = tiny();
    p.sites[0].desks = 1;
    p.housing[0].beds = 0;
    p.rules.max_daily_commute_minutes = 60.0;
    let s = run(p);
    // Own means to B (70 min) is over the limit; the bus (50 min) is not.
    assert_obj(&s, 100_200.0);
    assert_eq!(arr_of(&s, "C1"), daily("bus-b"));
    assert_eq!(arr_of(&s, "C2"), daily("own-a"));
}

#[test]
fn pins_bind() {
    let mut p = tiny();
    p.cadres[0].pinned_site = Some("B".into());
    let s = run(p);
    assert_obj(&s, 41_200.0);
    assert_eq!(arr_of(&s, "C1"), weekly("hb"));
    assert!(s.assignments[0].pinned);
}

#[test]
fn unit_at_site_binds() {
    let mut p = tiny();
    p.units[0].placement = Placement::AtSite("B".into());
    let s = run(p);
    // Both za people housed near B.
    assert_obj(&s, 2.0 * 11_000.0 + 2.0 * 10_100.0);
    assert!(s.assignments.iter().all(|a| a.site == "B"));
}

#[test]
fn whole_unit_binds() {
    let mut p = tiny();
    p.units[0].placement = Placement::WholeAtOneSite;
    let s = run(p);
    // At A: 2 x 10,000 + 2 x 60,000 = 140,000; at B: 2 x 11,000 + 2 x 10,100 = 42,200.
    assert_obj(&s, 42_200.0);
    assert!(s.assignments.iter().all(|a| a.site == "B"));
}

#[test]
fn unit_share_binds() {
    let mut p = tiny();
    p.units[0].placement = Placement::ShareAtSite {
        site: "B".into(),
        min_pct: 75.0,
        max_pct: 100.0,
    };
    let s = run(p);
    assert_obj(&s, 41_200.0);
    assert_eq!(s.kpis.sites[1].people, 3);
}

#[test]
fn site_share_binds() {
    let mut p = tiny();
    p.rules.site_shares = vec![SiteShare {
        site: "A".into(),
        min_pct: 0.0,
        max_pct: 25.0,
        hardness: Hardness::Hard,
    }];
    let s = run(p);
    assert_obj(&s, 41_200.0);
    assert_eq!(s.kpis.sites[0].people, 1);
}

#[test]
fn priority_group_gets_the_nearest_site() {
    let mut p = tiny();
    p.sites[1].desks = 1;
    p.housing[0].beds = 0;
    // Without the group, C3 (first by code) takes the first option, own means to A.
    let s = run(p.clone());
    assert_obj(&s, 20_000.0 + 10_100.0 + 60_000.0);
    assert_eq!(site_of(&s, "C3"), "A");
    p.cadres[2].care.child_under_36_months = true;
    p.rules.priority_groups = vec![PriorityGroup {
        id: "con-nho".into(),
        name: "Nuôi con nhỏ".into(),
        criterion: PriorityCriterion::ChildUnder36Months,
        hardness: Hardness::Hard,
    }];
    let s = run(p);
    assert_obj(&s, 20_000.0 + 10_100.0 + 60_000.0);
    assert_eq!(site_of(&s, "C3"), "B");
    assert_eq!(site_of(&s, "C4"), "A");
}

#[test]
fn budget_binds() {
    let mut p = tiny();
    p.sites[0].desks = 1;
    p.rules.monthly_budget_vnd = Some(1_000_000.0);
    let s = run(p);
    // Housing would cost 1,200,000 VND in total; own means to B keeps 300,000.
    assert_obj(&s, 10_000.0 + 70_100.0 + 20_200.0);
    assert_eq!(arr_of(&s, "C2"), daily("own-b"));
}

#[test]
fn eligibility_binds() {
    let mut p = tiny();
    p.sites[0].desks = 1;
    p.housing[0].eligibility = Eligibility::FemaleOnly;
    let s = run(p);
    assert_obj(&s, 100_200.0);
    assert_eq!(arr_of(&s, "C1"), daily("bus-b"));
    assert_eq!(arr_of(&s, "C2"), daily("own-a"));
}

#[test]
fn opening_dates_bind() {
    let mut p = tiny();
    p.sites[0].desks = 1;
    p.housing[0].available_from = chrono::NaiveDate::from_ymd_opt(2025, 8, 1);
    let s = run(p);
    assert_obj(&s, 100_200.0);
    assert_eq!(arr_of(&s, "C1"), daily("bus-b"));
    assert_eq!(arr_of(&s, "C2"), daily("own-a"));
}

#[test]
fn soft_desks_cost_their_weight() {
    let mut p = tiny();
    p.sites[0].desks = 1;
    p.rules.enforcement.desks = Hardness::Soft(500.0);
    let s = run(p);
    // Breaking the desk rule by one costs 500 < 1,000 for housing.
    assert_obj(&s, 40_200.0 + 500.0);
    assert_eq!(s.kpis.soft_violations.len(), 1);
    assert_eq!(s.kpis.soft_violations[0].rule, RuleFamily::Desks);
}

#[test]
fn infeasible_desks_are_diagnosed_with_the_site() {
    let mut p = tiny();
    p.sites[0].desks = 1;
    p.sites[1].desks = 1;
    let s = run(p);
    assert_eq!(s.status, SolveStatus::Infeasible);
    let short: f64 = s
        .diagnosis
        .iter()
        .filter(|d| d.rule == RuleFamily::Desks)
        .map(|d| d.shortfall)
        .sum();
    assert_eq!(short, 2.0, "{:#?}", s.diagnosis);
    // Any two of the four may lack a desk, at either site: only the total is said.
    assert_eq!(s.diagnosis.len(), 1, "{:#?}", s.diagnosis);
    assert_eq!(s.diagnosis[0].entity.kind, EntityKind::Scenario);
    assert_eq!(s.diagnosis[0].scope, DiagnosisScope::Total);
}

#[test]
fn infeasible_pin_to_a_closed_site_is_diagnosed() {
    let mut p = tiny();
    p.cadres[0].pinned_site = Some("B".into());
    p.scenarios[0]
        .overrides
        .sites
        .push(hq_planner::core::plan::SiteOverride {
            site: "B".into(),
            closed: true,
            ..Default::default()
        });
    let s = run(p);
    assert_eq!(s.status, SolveStatus::Infeasible);
    assert_eq!(s.diagnosis.len(), 1, "{:#?}", s.diagnosis);
    assert_eq!(s.diagnosis[0].rule, RuleFamily::Pins);
    assert_eq!(s.diagnosis[0].entity.id, "B");
    assert_eq!(s.diagnosis[0].shortfall, 1.0);
}

#[test]
fn infeasible_beds_are_diagnosed() {
    let mut p = tiny();
    p.units[0].placement = Placement::AtSite("B".into());
    p.housing[0].beds = 1;
    p.transport[0].vehicles_available = 0;
    p.rules.max_daily_commute_minutes = 60.0;
    // Relaxing a capacity (one bed or one seat) is preferred over breaking a rule for a
    // person; beds come first in the tie because the bus has no vehicle to add seats to.
    p.transport.remove(0);
    let s = run(p);
    assert_eq!(s.status, SolveStatus::Infeasible);
    assert_eq!(s.diagnosis.len(), 1, "{:#?}", s.diagnosis);
    assert_eq!(s.diagnosis[0].message, "Housing near B is short of 1 bed");
}

/// Moves one cadre by hand and returns the rule families the checker flags as hard.
fn broken(p: &Plan, code: &str, site: &str, arr: Arrangement) -> Vec<RuleFamily> {
    let cp = checked(p.clone());
    let s = solve(&cp, "s", &opts(), &SolveControl::default()).expect("solve");
    assert_eq!(s.status, SolveStatus::Optimal);
    assert!(check(&cp, "s", None, &s).expect("check").is_empty());
    let mut moved = s.assignments.clone();
    for a in moved.iter_mut() {
        if a.code == code {
            a.site = site.into();
            a.arrangement = arr.clone();
        }
    }
    // evaluate() runs the checker with the fewest vehicles that carry the riders.
    let e = evaluate(&cp, "s", None, &moved).expect("evaluate");
    let mut v: Vec<RuleFamily> = e.diagnosis.into_iter().map(|d| d.rule).collect();
    v.sort();
    v.dedup();
    v
}

#[test]
fn check_flags_too_many_people_at_a_site() {
    let mut p = tiny();
    p.sites[0].desks = 2;
    let cp = checked(p);
    let mut s = solve(&cp, "s", &opts(), &SolveControl::default()).expect("solve");
    for a in s.assignments.iter_mut().filter(|a| a.code == "C3") {
        a.site = "A".into();
        a.arrangement = daily("own-a");
    }
    let v = check(&cp, "s", None, &s).expect("check");
    assert_eq!(v.len(), 1, "{v:#?}");
    assert!(v[0].hard);
    assert_eq!(v[0].message, "Site A is short of 1 desk");
}

#[test]
fn checker_rejects_hand_broken_assignments_one_rule_each() {
    let mut p = tiny();
    p.sites[0].desks = 2;
    assert_eq!(
        broken(&p, "C3", "A", daily("own-a")),
        vec![RuleFamily::Desks]
    );
    let mut p = tiny();
    p.sites[0].area_m2 = 25.0;
    assert_eq!(
        broken(&p, "C3", "A", daily("own-a")),
        vec![RuleFamily::Area]
    );
    let mut p = tiny();
    p.housing[0].beds = 0;
    assert_eq!(broken(&p, "C1", "B", weekly("hb")), vec![RuleFamily::Beds]);
    let mut p = tiny();
    p.transport[0].vehicles_available = 0;
    assert_eq!(
        broken(&p, "C1", "B", daily("bus-b")),
        vec![RuleFamily::Seats]
    );
    let mut p = tiny();
    p.transport[0].max_ride_minutes = 40.0;
    assert_eq!(
        broken(&p, "C1", "B", daily("bus-b")),
        vec![RuleFamily::RideTime]
    );
    let mut p = tiny();
    p.rules.max_daily_commute_minutes = 65.0;
    assert_eq!(
        broken(&p, "C1", "B", daily("own-b")),
        vec![RuleFamily::MaxCommute]
    );
    let mut p = tiny();
    p.housing[0].eligibility = Eligibility::FemaleOnly;
    assert_eq!(
        broken(&p, "C1", "B", weekly("hb")),
        vec![RuleFamily::Eligibility]
    );
    let mut p = tiny();
    p.cadres[0].pinned_site = Some("A".into());
    assert_eq!(broken(&p, "C1", "B", weekly("hb")), vec![RuleFamily::Pins]);
    let mut p = tiny();
    p.units[0].placement = Placement::WholeAtOneSite;
    assert_eq!(
        broken(&p, "C3", "A", daily("own-a")),
        vec![RuleFamily::UnitPlacement]
    );
    let mut p = tiny();
    p.housing[0].available_from = chrono::NaiveDate::from_ymd_opt(2025, 8, 1);
    assert_eq!(
        broken(&p, "C1", "B", weekly("hb")),
        vec![RuleFamily::OpeningDates]
    );
    let mut p = tiny();
    p.rules.site_shares = vec![SiteShare {
        site: "A".into(),
        min_pct: 50.0,
        max_pct: 50.0,
        hardness: Hardness::Hard,
    }];
    assert_eq!(
        broken(&p, "C1", "B", weekly("hb")),
        vec![RuleFamily::SiteShare]
    );
    let mut p = tiny();
    p.rules.monthly_budget_vnd = Some(500_000.0);
    assert_eq!(
        broken(&p, "C1", "B", weekly("hb")),
        vec![RuleFamily::Budget]
    );
    let mut p = tiny();
    p.cadres[2].care.health = true;
    p.rules.priority_groups = vec![PriorityGroup {
        id: "suc-khoe".into(),
        name: "Sức khỏe".into(),
        criterion: PriorityCriterion::Health,
        hardness: Hardness::Hard,
    }];
    assert_eq!(
        broken(&p, "C3", "A", daily("own-a")),
        vec![RuleFamily::Priority]
    );
    // A service that does not go to the site is structurally invalid.
    assert_eq!(
        broken(&tiny(), "C1", "A", daily("own-b")),
        vec![RuleFamily::Invalid]
    );
}

#[test]
fn evaluate_prices_a_hand_move_and_explain_lists_alternatives() {
    let cp = checked(tiny());
    let s = solve(&cp, "s", &opts(), &SolveControl::default()).expect("solve");
    let mut moved = s.assignments.clone();
    moved[0].site = "B".into();
    moved[0].arrangement = weekly("hb");
    let e = evaluate(&cp, "s", None, &moved).expect("evaluate");
    assert_eq!(e.status, SolveStatus::Evaluated);
    assert!((e.objective - 41_200.0).abs() < 1e-6, "{}", e.objective);
    let ex = explain(&cp, "s", None, &s, "C1")
        .expect("explain")
        .expect("C1 is assigned");
    assert_eq!(ex.chosen.arrangement, daily("own-a"));
    // Alternatives: bus to B, own means to B, housing near B (cheapest first).
    assert_eq!(ex.alternatives.len(), 3);
    assert_eq!(ex.alternatives[0].arrangement, weekly("hb"));
    assert_eq!(ex.alternatives[0].objective_delta, Some(1_000.0));
    assert_eq!(
        ex.alternatives[0].why_not,
        WhyNot::CostsMore {
            objective_delta: 1_000.0,
            commute_minutes_delta: 0.0,
            plan_cost_delta_vnd: 1_000_000.0,
        }
    );
    assert!(
        ex.alternatives[0]
            .why_not
            .to_string()
            .contains("higher cost by 1000")
    );
    // Nothing forces C1 and C1 has no survey answer or current site: no reasons.
    assert!(ex.reasons.is_empty(), "{:?}", ex.reasons);
}

#[test]
fn binding_rules_value_one_more_desk() {
    let mut p = tiny();
    p.sites[0].desks = 1;
    let cp = checked(p);
    let s = solve(&cp, "s", &opts(), &SolveControl::default()).expect("solve");
    let b = hq_planner::core::solve::binding_rules(&cp, "s", None, &s, &opts()).expect("binding");
    let desks_a = b
        .iter()
        .find(|r| r.rule == RuleFamily::Desks && r.entity.id == "A")
        .expect("desks at A bind");
    // One more desk at A lets C2 commute 10 minutes instead of being housed: 11,000 -> 10,000.
    assert!((desks_a.marginal_value - 1_000.0).abs() < 1e-6, "{b:#?}");
    assert!(
        b.iter()
            .all(|r| r.entity.id != "B" || r.marginal_value == 0.0)
    );
}

#[test]
fn explanation_reasons_are_the_rules_that_decide() {
    let mut p = tiny();
    p.cadres[0].pinned_site = Some("A".into());
    p.cadres[0].current_site = Some("B".into());
    p.cadres[0].preference = Preference::DailyCommute;
    p.cadres[2].care.health = true;
    p.cadres[2].current_site = Some("B".into());
    p.cadres[3].preference = Preference::WeeklyWithHousing;
    p.units[0].placement = Placement::ShareAtSite {
        site: "A".into(),
        min_pct: 25.0,
        max_pct: 75.0,
    };
    p.rules.priority_groups = vec![PriorityGroup {
        id: "suc-khoe".into(),
        name: "Sức khỏe".into(),
        criterion: PriorityCriterion::Health,
        hardness: Hardness::Hard,
    }];
    let cp = checked(p);
    let s = solve(&cp, "s", &opts(), &SolveControl::default()).expect("solve");
    // Same optimum as the base plan: C1, C2 own means to A; C3, C4 own means to B.
    assert_obj(&s, 40_200.0);
    let share = Reason::UnitShare {
        site: "A".into(),
        min_pct: 25.0,
        max_pct: 75.0,
    };
    let all = reasons_for(cp.plan(), "s", None, &s).expect("reasons");
    assert_eq!(
        all["C1"],
        vec![
            Reason::Pinned { site: "A".into() },
            share.clone(),
            Reason::MatchesPreference {
                preference: Preference::DailyCommute
            },
            Reason::Moved {
                from: "B".into(),
                to: "A".into()
            },
        ]
    );
    assert_eq!(all["C2"], vec![share.clone()]);
    assert_eq!(
        all["C3"],
        vec![
            share.clone(),
            Reason::PriorityGroup {
                group: "suc-khoe".into(),
                name: "Sức khỏe".into()
            },
            Reason::KeepsSite { site: "B".into() },
        ]
    );
    // C4 wanted housing but commutes daily: 10 minutes beat a bed.
    assert_eq!(
        all["C4"],
        vec![
            share,
            Reason::PreferenceMismatch {
                preference: Preference::WeeklyWithHousing
            },
        ]
    );
    // The explanation gives the same reasons; every way to B breaks C1's pin.
    let ex = explain(&cp, "s", None, &s, "C1")
        .expect("explain")
        .expect("C1 is assigned");
    assert_eq!(ex.reasons, all["C1"]);
    assert_eq!(ex.alternatives.len(), 3);
    for alt in &ex.alternatives {
        assert_eq!(alt.site, "B");
        assert_eq!(alt.why_not, WhyNot::BreaksHardRules(vec![RuleFamily::Pins]));
        assert_eq!(alt.objective_delta, None);
    }
}

/// A hard whole-unit rule decides the site, so the priority rule does not
/// apply (as in the model and the checker): no reason may claim the member
/// "is not at the nearest site".
#[test]
fn reasons_follow_the_checker_when_a_whole_unit_overrides_priority() {
    let mut p = tiny();
    p.units[0].placement = Placement::WholeAtOneSite;
    p.rules.enforcement.unit_placement = Hardness::Hard;
    p.cadres[0].care.health = true;
    p.cadres[2].care.health = true;
    p.rules.priority_groups = vec![PriorityGroup {
        id: "suc-khoe".into(),
        name: "Sức khỏe".into(),
        criterion: PriorityCriterion::Health,
        hardness: Hardness::Hard,
    }];
    let cp = checked(p);
    let s = solve(&cp, "s", &opts(), &SolveControl::default()).expect("solve");
    assert_eq!(s.status, SolveStatus::Optimal, "{:?}", s.diagnosis);
    // The whole unit works at one site, so one of C1 (home zone near A) and
    // C3 (near B) is away from their nearest site.
    assert_eq!(site_of(&s, "C1"), site_of(&s, "C3"));
    let all = reasons_for(cp.plan(), "s", None, &s).expect("reasons");
    for code in ["C1", "C3"] {
        assert_eq!(all[code], vec![Reason::UnitWhole], "{code}");
    }
}

/// A soft "unit works at A" traded off for two people: their reason says the
/// unit is at A but they work elsewhere, never "the unit must work at A".
#[test]
fn reasons_say_when_a_soft_unit_site_is_not_kept() {
    let mut p = tiny();
    p.units[0].placement = Placement::AtSite("A".into());
    p.rules.enforcement.unit_placement = Hardness::Soft(1.0);
    let cp = checked(p);
    let s = solve(&cp, "s", &opts(), &SolveControl::default()).expect("solve");
    assert_eq!(s.status, SolveStatus::Optimal, "{:?}", s.diagnosis);
    let all = reasons_for(cp.plan(), "s", None, &s).expect("reasons");
    for code in ["C1", "C2", "C3", "C4"] {
        let want = if site_of(&s, code) == "A" {
            Reason::UnitAtSite { site: "A".into() }
        } else {
            Reason::UnitAtSiteNotKept { site: "A".into() }
        };
        assert_eq!(all[code], vec![want], "{code}");
    }
    assert_eq!(site_of(&s, "C3"), "B", "a weight of 1 does not move C3");
}

#[test]
fn why_not_names_the_capacity_a_move_would_overfill() {
    let mut p = tiny();
    p.sites[1].desks = 2;
    let cp = checked(p);
    let s = solve(&cp, "s", &opts(), &SolveControl::default()).expect("solve");
    assert_obj(&s, 40_200.0);
    let ex = explain(&cp, "s", None, &s, "C1")
        .expect("explain")
        .expect("C1 is assigned");
    assert_eq!(ex.alternatives.len(), 3);
    for alt in &ex.alternatives {
        let WhyNot::CapacityFull(v) = &alt.why_not else {
            panic!("expected a full capacity, got {:?}", alt.why_not);
        };
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].rule, RuleFamily::Desks);
        assert_eq!(v[0].entity.id, "B");
        assert!((v[0].amount - 1.0).abs() < 1e-9);
    }
}

#[test]
fn findings_carry_their_limits_for_the_sentences() {
    use hq_planner::core::report::{Lang, reasons};
    use hq_planner::core::solve::RuleDetail;
    let mut p = tiny();
    p.transport[0].max_ride_minutes = 40.0;
    let cp = checked(p);
    let s = solve(&cp, "s", &opts(), &SolveControl::default()).expect("solve");
    let mut moved = s.assignments.clone();
    moved[0].site = "B".into();
    moved[0].arrangement = daily("bus-b");
    let e = evaluate(&cp, "s", None, &moved).expect("evaluate");
    assert_eq!(e.diagnosis.len(), 1, "{:?}", e.diagnosis);
    let d = &e.diagnosis[0];
    assert_eq!(d.rule, RuleFamily::RideTime);
    assert_eq!(d.detail, Some(RuleDetail::RideTime { max_minutes: 40.0 }));
    let names = reasons::Names::new(cp.plan(), Lang::Vi);
    assert_eq!(
        reasons::diagnosis_sentence(d, &names, Lang::Vi),
        "Bus za to B: 1 người đi xe lâu hơn 40 phút cho phép"
    );
    let names = reasons::Names::new(cp.plan(), Lang::En);
    assert_eq!(
        reasons::diagnosis_sentence(d, &names, Lang::En),
        "Bus za to B: 1 rider over the 40-minute longest ride"
    );
}
