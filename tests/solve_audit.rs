//! Regression tests for the optimiser defects of the audit (issue 9, items 1-9, 22):
//! each is named after what broke and asserts the reproducer's hand-computed
//! numbers exactly.

use hq_planner::core::file::{self, CheckedPlan, EntityKind};
use hq_planner::core::plan::{
    Hardness, Plan, PriorityCriterion, PriorityGroup, SiteShare, TransportMode,
};
use hq_planner::core::solve::{
    Arrangement, DiagnosisScope, RuleFamily, Solution, SolveControl, SolveError, SolveOptions,
    SolveStatus, WhyNot, binding_rules, evaluate, explain, solve,
};

const TINY: &str = include_str!("data/solve_tiny.ron");
const TEN: &str = include_str!("data/seats_ten.ron");

fn parse(text: &str) -> Plan {
    file::parse(text).expect("test plan parses")
}

fn checked(p: Plan) -> CheckedPlan {
    file::validate(p).expect("test plan validates")
}

fn opts() -> SolveOptions {
    SolveOptions {
        time_limit_secs: 60.0,
        mip_gap: 1e-9,
        ..SolveOptions::default()
    }
}

fn run(p: &CheckedPlan) -> Solution {
    solve(p, "s", &opts(), &SolveControl::default()).expect("solve runs")
}

fn assert_close(got: f64, want: f64, what: &str) {
    assert!(
        (got - want).abs() <= 1e-6 * want.abs().max(1.0),
        "{what}: {got} != {want}"
    );
}

fn vehicles(s: &Solution, id: &str) -> u32 {
    s.vehicles
        .iter()
        .find(|(v, _)| v == id)
        .map(|(_, n)| *n)
        .unwrap_or(0)
}

fn riders(s: &Solution, id: &str) -> usize {
    s.assignments
        .iter()
        .filter(|a| matches!(&a.arrangement, Arrangement::Daily { service } if service == id))
        .count()
}

fn ten(seats: Hardness) -> CheckedPlan {
    let mut p = parse(TEN);
    p.rules.enforcement.seats = seats;
    checked(p)
}

/// Every seats setting: the optimum is 2 cars + 2 on own means, 33,000,000 VND.
fn assert_ten_optimum(seats: Hardness) {
    let plan = ten(seats);
    let s = run(&plan);
    assert_eq!(s.status, SolveStatus::Optimal);
    assert_close(s.objective, 33_000_000.0, "objective");
    assert_close(s.kpis.cost.total_vnd, 33_000_000.0, "money");
    assert_eq!(riders(&s, "car"), 8);
    assert_eq!(vehicles(&s, "car"), 2);
    assert_eq!(riders(&s, "own"), 2);
    assert_eq!(riders(&s, "bus"), 0);
    // The plan's own assignments, priced again, give the same figures.
    let e = evaluate(&plan, "s", None, &s.assignments).expect("evaluate");
    assert_close(e.objective, s.objective, "evaluate objective");
    assert_close(
        e.kpis.cost.total_vnd,
        s.kpis.cost.total_vnd,
        "evaluate money",
    );
    assert_eq!(e.vehicles, s.vehicles);
}

#[test]
fn seats_off_no_longer_makes_hired_vehicles_free() {
    assert_ten_optimum(Hardness::Off);
}

#[test]
fn soft_seats_give_one_price_for_one_plan() {
    assert_ten_optimum(Hardness::Soft(1_000_000.0));
    assert_ten_optimum(Hardness::Hard);
}

#[test]
fn ten_riders_on_one_bus_cost_one_bus_by_every_seats_rule() {
    // All ten on the bus, priced by hand: one bus, 20 days x 2,000,000.
    for seats in [Hardness::Hard, Hardness::Soft(1_000_000.0), Hardness::Off] {
        let plan = ten(seats);
        let s = run(&plan);
        let mut on_bus = s.assignments.clone();
        for a in &mut on_bus {
            a.arrangement = Arrangement::Daily {
                service: "bus".into(),
            };
        }
        let e = evaluate(&plan, "s", None, &on_bus).expect("evaluate");
        assert_eq!(vehicles(&e, "bus"), 1, "{seats:?}");
        assert_close(e.objective, 40_000_000.0, "ten on one bus");
        assert!(e.diagnosis.is_empty(), "{:?}", e.diagnosis);
    }
}

#[test]
fn explain_prices_a_move_with_the_solutions_own_vehicles() {
    let plan = ten(Hardness::Soft(1_000_000.0));
    let s = run(&plan);
    // A car rider moved to own means: 7 riders still need 2 cars, so the plan
    // gains one allowance, 4,500,000 VND.
    let car_rider = s
        .assignments
        .iter()
        .find(|a| matches!(&a.arrangement, Arrangement::Daily { service } if service == "car"))
        .expect("someone rides a car")
        .code
        .clone();
    let ex = explain(&plan, "s", None, &s, &car_rider)
        .expect("explain")
        .expect("assigned");
    let own = ex
        .alternatives
        .iter()
        .find(|a| matches!(&a.arrangement, Arrangement::Daily { service } if service == "own"))
        .expect("own means is an alternative");
    assert_close(
        own.objective_delta.expect("priced"),
        4_500_000.0,
        "own means instead of a car seat",
    );
    // The same move priced by evaluate agrees.
    let mut moved = s.assignments.clone();
    for a in &mut moved {
        if a.code == car_rider {
            a.arrangement = Arrangement::Daily {
                service: "own".into(),
            };
        }
    }
    let e = evaluate(&plan, "s", None, &moved).expect("evaluate");
    assert_close(
        e.objective - s.objective,
        own.objective_delta.expect("priced"),
        "explain and evaluate agree",
    );
    assert!(matches!(own.why_not, WhyNot::CostsMore { .. }));
}

fn tiny() -> Plan {
    parse(TINY)
}

#[test]
fn diagnosis_never_blames_a_soft_rule() {
    let mut p = tiny();
    p.sites[0].desks = 1;
    p.sites[1].desks = 1;
    p.rules.site_shares = vec![SiteShare {
        site: "A".into(),
        min_pct: 100.0,
        max_pct: 100.0,
        hardness: Hardness::Soft(1_000.0),
    }];
    for formulation in [
        hq_planner::core::solve::Formulation::Cohort,
        hq_planner::core::solve::Formulation::PerPerson,
    ] {
        let s = solve(
            &checked(p.clone()),
            "s",
            &SolveOptions {
                formulation,
                ..opts()
            },
            &SolveControl::default(),
        )
        .expect("solve runs");
        assert_eq!(s.status, SolveStatus::Infeasible);
        assert!(
            s.diagnosis.iter().all(|d| d.rule == RuleFamily::Desks),
            "{formulation:?}: {:#?}",
            s.diagnosis
        );
        let total: f64 = s
            .diagnosis
            .iter()
            .filter(|d| d.scope != DiagnosisScope::AtLeast)
            .map(|d| d.shortfall)
            .sum();
        assert_close(total, 2.0, "desks short in all");
    }
}

#[test]
fn diagnosis_leads_with_the_total_when_blocks_are_interchangeable() {
    // 1,629 people far from the only site (no daily service within the longest
    // commute), two dormitories near it with 200 and 205 beds: 1,224 beds short.
    let mut p = tiny();
    p.transport.retain(|t| t.id == "own-a");
    p.rules.max_daily_commute_minutes = 5.0;
    p.sites[0].desks = 5_000;
    p.sites[0].area_m2 = 100_000.0;
    let mut second = p.housing[0].clone();
    p.housing[0].site = "A".into();
    p.housing[0].beds = 200;
    second.id = "hb2".into();
    second.name = "Second dormitory".into();
    second.site = "A".into();
    second.beds = 205;
    p.housing.push(second);
    p.sites.truncate(1);
    p.travel.entries.retain(|e| e.site == "A");
    let proto = p.cadres[0].clone();
    p.cadres = (0..1_629)
        .map(|i| {
            let mut c = proto.clone();
            c.code = format!("X{i:04}");
            c
        })
        .collect();
    let s = run(&checked(p));
    assert_eq!(s.status, SolveStatus::Infeasible);
    let totals: Vec<_> = s
        .diagnosis
        .iter()
        .filter(|d| d.rule == RuleFamily::Beds)
        .collect();
    assert_eq!(totals.len(), 1, "{:#?}", s.diagnosis);
    assert_eq!(totals[0].scope, DiagnosisScope::Total);
    assert_eq!(totals[0].entity.kind, EntityKind::Scenario);
    assert_close(totals[0].shortfall, 1_224.0, "beds short in all");
}

/// Two priority members near A: A only by a 50-minute bus, B 60 minutes by own means.
fn priority_pair(bus_max_ride_minutes: f64, bus_vehicles: u32) -> Plan {
    let mut p = tiny();
    p.cadres.truncate(2);
    for c in &mut p.cadres {
        c.care.child_under_36_months = true;
    }
    p.rules.priority_groups = vec![PriorityGroup {
        id: "con-nho".into(),
        name: "Nuôi con nhỏ".into(),
        criterion: PriorityCriterion::ChildUnder36Months,
        hardness: Hardness::Hard,
    }];
    p.housing.clear();
    let mut bus = p
        .transport
        .iter()
        .find(|t| t.id == "bus-b")
        .cloned()
        .expect("bus");
    bus.id = "bus-a".into();
    bus.site = "A".into();
    bus.max_ride_minutes = bus_max_ride_minutes;
    bus.vehicles_available = bus_vehicles;
    bus.cost_vnd_per_vehicle_day = 0.0;
    let mut own_b = p
        .transport
        .iter()
        .find(|t| t.id == "own-b")
        .cloned()
        .expect("own-b");
    own_b.cost_vnd_per_person_month = 0.0;
    p.transport = vec![bus, own_b];
    assert_eq!(p.transport[1].mode, TransportMode::OwnMeans);
    p.travel.entries.retain(|e| e.zone == "za");
    for e in &mut p.travel.entries {
        match (e.site.as_str(), e.mode) {
            ("A", TransportMode::OwnMeans) => e.minutes = 10.0,
            ("B", TransportMode::OwnMeans) => e.minutes = 60.0,
            _ => {}
        }
    }
    p.travel.entries.push(hq_planner::core::plan::TravelEntry {
        zone: "za".into(),
        site: "A".into(),
        mode: TransportMode::Bus,
        minutes: 50.0,
        km: 40.0,
        cost_vnd: 0.0,
    });
    p
}

#[test]
fn nearest_site_ignores_a_bus_over_its_hard_ride_limit() {
    let s = run(&checked(priority_pair(45.0, 1)));
    assert_eq!(s.status, SolveStatus::Optimal, "{:#?}", s.diagnosis);
    assert_close(s.objective, 120_000.0, "both at B, 60 minutes each");
    assert!(s.assignments.iter().all(|a| a.site == "B"));
}

#[test]
fn nearest_site_ignores_a_bus_with_no_vehicle() {
    let s = run(&checked(priority_pair(90.0, 0)));
    assert_eq!(s.status, SolveStatus::Optimal, "{:#?}", s.diagnosis);
    assert_close(s.objective, 120_000.0, "both at B, 60 minutes each");
    assert!(s.assignments.iter().all(|a| a.site == "B"));
}

#[test]
fn an_infeasible_baseline_is_refused_not_replaced_by_current_sites() {
    let mut p = tiny();
    let mut dependent = p.scenarios[0].clone();
    dependent.id = "s2".into();
    dependent.name = "Depends on s".into();
    dependent.baseline = Some("s".into());
    p.scenarios.push(dependent);
    // The baseline cannot place four people at two desks.
    p.sites[0].desks = 1;
    p.sites[1].desks = 1;
    let plan = checked(p);
    let err = solve(&plan, "s2", &opts(), &SolveControl::default())
        .expect_err("a baseline without a plan is refused");
    match err {
        SolveError::BaselineWithoutPlan {
            scenario,
            baseline,
            status,
        } => {
            assert_eq!(scenario, "s2");
            assert_eq!(baseline, "s");
            assert_eq!(status, SolveStatus::Infeasible);
        }
        other => panic!("unexpected error {other:?}"),
    }
}

#[test]
fn marginal_values_do_not_follow_the_solve_gap() {
    let mut p = tiny();
    p.sites[0].desks = 1;
    let plan = checked(p);
    let loose = SolveOptions {
        mip_gap: 0.5,
        ..opts()
    };
    let s = run(&plan);
    for o in [opts(), loose] {
        let b = binding_rules(&plan, "s", None, &s, &o).expect("binding rules");
        let desks_a = b
            .iter()
            .find(|r| r.rule == RuleFamily::Desks && r.entity.id == "A")
            .expect("desks at A bind");
        // One more desk at A: C2 commutes 10 minutes instead of being housed.
        assert_close(desks_a.marginal_value, 1_000.0, "one more desk at A");
        assert!(desks_a.marginal_value_min <= desks_a.marginal_value + 1e-9);
        assert!(desks_a.marginal_value_max >= desks_a.marginal_value - 1e-9);
    }
}

#[test]
fn a_much_cheaper_move_after_a_hand_move_is_not_called_a_tie() {
    let plan = ten(Hardness::Hard);
    let s = run(&plan);
    let code = s
        .assignments
        .iter()
        .find(|a| matches!(&a.arrangement, Arrangement::Daily { service } if service == "own"))
        .expect("someone on own means")
        .code
        .clone();
    // By hand: onto the bus, which then runs for one rider (40,000,000 - 4,500,000 more).
    let mut moved = s.assignments.clone();
    for a in &mut moved {
        if a.code == code {
            a.arrangement = Arrangement::Daily {
                service: "bus".into(),
            };
        }
    }
    let hand = evaluate(&plan, "s", None, &moved).expect("evaluate");
    assert_close(hand.objective - s.objective, 35_500_000.0, "the hand move");
    let ex = explain(&plan, "s", None, &hand, &code)
        .expect("explain")
        .expect("assigned");
    let back = ex
        .alternatives
        .iter()
        .find(|a| matches!(&a.arrangement, Arrangement::Daily { service } if service == "own"))
        .expect("own means is an alternative");
    match back.why_not {
        WhyNot::Better {
            objective_delta, ..
        } => assert_close(objective_delta, -35_500_000.0, "moving back"),
        ref other => panic!("moving back is {other:?}"),
    }
}

/// Issue 9, item 22 (exports): a plan adjusted by hand was labelled "Feasible
/// (time limit)" in exports though no limit was hit. `evaluate` says what it is.
#[test]
fn a_hand_adjusted_plan_is_not_labelled_time_limit() {
    use hq_planner::core::report::{Lang, model::status_label};
    let cp = checked(parse(TEN));
    let s = run(&cp);
    let e = evaluate(&cp, "s", None, &s.assignments).expect("evaluate");
    assert_eq!(e.status, SolveStatus::Evaluated);
    assert!(e.has_plan());
    assert_eq!(
        (e.bound, e.gap),
        (None, None),
        "no solver bound goes with a hand plan"
    );
    assert_eq!(status_label(&e.status, Lang::En), "Adjusted by hand");
    assert_eq!(status_label(&e.status, Lang::Vi), "Đã điều chỉnh thủ công");
}

/// Issue 9, item 9: a plan with sites, services and housing but no staff yet
/// (a normal state while setting up) panicked inside the `highs` crate.
#[test]
fn a_plan_with_no_staff_is_an_empty_optimal_plan() {
    let cp = checked(parse(include_str!("data/no_staff.ron")));
    let s = run(&cp);
    assert_eq!(s.status, SolveStatus::Optimal);
    assert!(s.assignments.is_empty());
    assert_close(s.objective, 0.0, "objective");
    assert!(s.vehicles.iter().all(|(_, n)| *n == 0), "{:?}", s.vehicles);
    let e = evaluate(&cp, "s", None, &[]).expect("evaluate");
    assert_close(e.objective, 0.0, "evaluate");
}

/// Regression: a solution read back from `solve --json` differed from the
/// solved one in the last digit of some floats (serde_json without
/// `float_roundtrip`), so `export --solution` wrote XLSX cells 1 ULP off a
/// fresh export. A stored solution is now the same solution, bit for bit.
#[test]
fn a_solution_read_back_from_json_is_the_same_solution() {
    let plan = checked(parse(
        &std::fs::read_to_string("saved_plans/hai-duong-hai-phong-2025.ron").unwrap(),
    ));
    let s = solve(&plan, "giai-doan-1", &opts(), &SolveControl::default()).expect("solve runs");
    assert!(s.has_plan());
    let back: hq_planner::core::solve::Solution =
        serde_json::from_str(&serde_json::to_string(&s).unwrap()).unwrap();
    assert_eq!(back, s);
}
