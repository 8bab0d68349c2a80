//! Seats per service: riders ride in vehicles that are hired (MODEL.md §6.5).
//! This family also adds each vehicle service's column `v[t]`, whose bound is
//! the vehicles family's limit.

use crate::core::plan::Hardness;
use crate::core::solve::check::{EPS, Tally};
use crate::core::solve::model::{Builder, Col};

use super::common::Holder;
use super::{Family, Rule, RuleFamily, counted};

/// The seats rule.
pub(crate) struct Seats;

impl Family for Seats {
    identity!(Seats, "Family `seats`", enforcement seats);
    capacity!(Holder::Service, |x| counted(x, "seat", "seats"), "them");
    texts!("rule-seats", "rule-seats-short", "rule-seats-total");

    fn elastic_weight(&self) -> f64 {
        1.0
    }

    fn rows(&self, b: &mut Builder<'_>) {
        let sd = b.sd;
        let seats = sd.enforcement().seats;
        let days = sd.working_days_per_month;
        for (t, svc) in sd.services.iter().enumerate() {
            if !svc.has_vehicles() {
                continue;
            }
            let vcost = if b.elastic {
                0.0
            } else {
                sd.weights.money_vnd * days * svc.cost_vnd_per_vehicle_day
            };
            let v = b.lp.col(vcost, 0.0, svc.vehicles_available as f64, true);
            b.cols.push(Col::V(t));
            if svc.cost_vnd_per_vehicle_day != 0.0 {
                b.money.push((v, days * svc.cost_vnd_per_vehicle_day / 1e6));
            }
            let on_board = std::mem::take(&mut b.riders[t]);
            if on_board.is_empty() {
                continue;
            }
            let rule = Rule::of(RuleFamily::Seats, t);
            // Target fill, under the seats hardness (MODEL.md §6.5).
            let mut fill = on_board.clone();
            fill.push((v, -svc.riders_per_vehicle));
            b.capacity(fill, 0.0, seats, rule.clone());
            // Every rider sits in a hired vehicle, whatever the seats rule says; a hard
            // target-fill row already implies it.
            if seats != Hardness::Hard {
                let mut seated = on_board;
                seated.push((v, -svc.seated_riders_per_vehicle));
                b.capped(
                    seated,
                    f64::NEG_INFINITY,
                    0.0,
                    Hardness::Hard,
                    None,
                    Some(rule),
                );
            }
        }
    }

    fn check(&self, t: &Tally<'_>, out: &mut Vec<(Rule, f64, Hardness)>) {
        let seats = t.sd.enforcement().seats;
        for (s, svc) in t.sd.services.iter().enumerate() {
            if !svc.has_vehicles() {
                continue;
            }
            // Riders without a seat break a hard rule whatever `seats` says (MODEL.md
            // §6.5); riders above the target fill break the seats rule.
            let riders = t.riders[s] as f64;
            let vehicles = t.vehicles[s] as f64;
            let unseated = riders - vehicles * svc.seated_riders_per_vehicle;
            let above_fill = riders - vehicles * svc.riders_per_vehicle;
            let rule = Rule::of(RuleFamily::Seats, s);
            if unseated > EPS && seats != Hardness::Hard {
                out.push((rule, unseated, Hardness::Hard));
            } else if above_fill > EPS {
                out.push((rule, above_fill, seats));
            }
        }
    }
}
