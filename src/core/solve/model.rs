//! Cohorts, options and the MIP of docs/MODEL.md (sections 3 to 7).

use std::collections::BTreeMap;

use crate::core::plan::{Eligibility, Hardness, Preference};

use super::Formulation;
use super::highs::Lp;
use super::rule::Rule;
use super::scenario::{ScenarioData, UnitPlacement};

/// How a person gets to work, by index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Arr {
    /// Service index.
    Daily(usize),
    /// Housing index.
    Weekly(usize),
}

/// One option of a cohort (section 3).
#[derive(Debug, Clone)]
pub(crate) struct Opt {
    pub site: usize,
    pub arr: Arr,
    pub minutes: f64,
    pub vnd: f64,
    pub disrupted: bool,
    pub mismatch: bool,
    /// Rules this option breaks, with their hardness (never `Off`).
    pub breaches: Vec<(Rule, Hardness)>,
}

impl Opt {
    /// Whether a hard rule forbids the option.
    pub fn forbidden(&self) -> bool {
        self.breaches.iter().any(|(_, h)| *h == Hardness::Hard)
    }
    /// Sum of soft weights per person.
    pub fn soft_penalty(&self) -> f64 {
        self.breaches
            .iter()
            .map(|(_, h)| match h {
                Hardness::Soft(w) => *w,
                _ => 0.0,
            })
            .sum()
    }
}

/// Interchangeable persons (section 4).
#[derive(Debug, Clone)]
pub(crate) struct Cohort {
    /// Person indices, sorted by staff code.
    pub members: Vec<usize>,
    /// Every option (offered or not), in option order.
    pub options: Vec<Opt>,
}

/// Every option of person `p` (offered or not), in option order.
pub(crate) fn options_of(sd: &ScenarioData, p: usize) -> Vec<Opt> {
    let per = &sd.persons[p];
    let mut out = options_but_priority(sd, p);
    // A hard whole-unit rule wins over priority: the unit's site is shared (MODEL.md §3).
    let whole_hard = sd.units[per.unit].placement == UnitPlacement::Whole
        && sd.enforcement().unit_placement == Hardness::Hard;
    if per.groups == 0 || whole_hard {
        return out;
    }
    let nearest = nearest_sites(sd, &out);
    for opt in &mut out {
        if nearest[opt.site] {
            continue;
        }
        for (g, gd) in sd.groups.iter().enumerate() {
            if per.groups & (1 << g) != 0 && gd.hardness != Hardness::Off {
                opt.breaches.push((Rule::Priority(g), gd.hardness));
            }
        }
    }
    out
}

/// Whether option `o` is one the person actually has, for the nearest-site test
/// (MODEL.md §3): no hard breach, and a vehicle service with a vehicle to run.
fn usable(sd: &ScenarioData, o: &Opt) -> bool {
    let runs = match o.arr {
        Arr::Daily(t) => {
            let svc = &sd.services[t];
            !svc.has_vehicles() || svc.vehicles_available > 0
        }
        Arr::Weekly(_) => true,
    };
    runs && !o.forbidden()
}

/// The nearest sites over the person's usable options (MODEL.md §3): within 0.5
/// minute of the shortest usable daily commute; when no daily option is usable,
/// every site with a usable option; when none at all, every site.
fn nearest_sites(sd: &ScenarioData, opts: &[Opt]) -> Vec<bool> {
    let ns = sd.sites.len();
    let mut daily = vec![f64::INFINITY; ns];
    let mut any = vec![false; ns];
    for o in opts.iter().filter(|o| usable(sd, o)) {
        any[o.site] = true;
        if matches!(o.arr, Arr::Daily(_)) {
            daily[o.site] = daily[o.site].min(o.minutes);
        }
    }
    let best = daily.iter().copied().fold(f64::INFINITY, f64::min);
    if best.is_finite() {
        return daily
            .iter()
            .map(|m| *m <= best + super::scenario::NEAREST_TOLERANCE_MINUTES)
            .collect();
    }
    if any.iter().any(|a| *a) {
        return any;
    }
    vec![true; ns]
}

/// Every option of person `p` with every breach except the priority rule's.
fn options_but_priority(sd: &ScenarioData, p: usize) -> Vec<Opt> {
    let per = &sd.persons[p];
    let enf = sd.enforcement();
    let common = |s: usize, out: &mut Vec<(Rule, Hardness)>| {
        if !sd.sites[s].open {
            out.push((Rule::OpeningSite(s), enf.opening_dates));
        }
        if let Some(pin) = &per.pin {
            match pin {
                Ok(ps) if *ps == s => {}
                Ok(ps) => out.push((Rule::Pins(sd.sites[*ps].id.clone()), enf.pins)),
                Err(id) => out.push((Rule::Pins(id.clone()), enf.pins)),
            }
        }
        if let UnitPlacement::AtSite(target, _) = &sd.units[per.unit].placement
            && *target != Some(s)
        {
            out.push((Rule::UnitAt(per.unit), enf.unit_placement));
        }
    };
    let disrupted = |s: usize| match &per.reference {
        None => false,
        Some(Ok(r)) => *r != s,
        Some(Err(_)) => true,
    };
    let mut out = Vec::new();
    for (t, svc) in sd.services.iter().enumerate() {
        if !svc.serves(per.zone) {
            continue;
        }
        let minutes = sd.service_minutes[per.zone][t];
        if !minutes.is_finite() {
            continue;
        }
        let mut br = Vec::new();
        if minutes > svc.max_ride_minutes + 1e-9 {
            br.push((Rule::RideTime(t), enf.ride_time));
        }
        if minutes > sd.max_daily_commute_minutes + 1e-9 {
            br.push((Rule::MaxCommute(per.zone), enf.max_commute));
        }
        common(svc.site, &mut br);
        br.retain(|(_, h)| *h != Hardness::Off);
        out.push(Opt {
            site: svc.site,
            arr: Arr::Daily(t),
            minutes,
            vnd: svc.cost_vnd_per_person_month,
            disrupted: disrupted(svc.site),
            mismatch: per.preference == Preference::WeeklyWithHousing,
            breaches: br,
        });
    }
    for (h, hd) in sd.housing.iter().enumerate() {
        let mut br = Vec::new();
        if !hd.open {
            br.push((Rule::OpeningHousing(h), enf.opening_dates));
        }
        if !hd.eligibility.admits(per.gender) {
            br.push((Rule::Eligibility(h), enf.eligibility));
        }
        common(hd.site, &mut br);
        br.retain(|(_, h)| *h != Hardness::Off);
        out.push(Opt {
            site: hd.site,
            arr: Arr::Weekly(h),
            minutes: hd.minutes_to_site,
            vnd: hd.cost_vnd_per_bed_month + sd.weekly_travel_vnd_per_month,
            disrupted: disrupted(hd.site),
            mismatch: per.preference == Preference::DailyCommute,
            breaches: br,
        });
    }
    out
}

/// Groups persons into cohorts (section 4); `PerPerson` gives one cohort per person.
pub(crate) fn cohorts(sd: &ScenarioData, formulation: Formulation) -> Vec<Cohort> {
    if formulation == Formulation::PerPerson {
        return (0..sd.persons.len())
            .map(|p| Cohort {
                members: vec![p],
                options: options_of(sd, p),
            })
            .collect();
    }
    type Key = (
        usize,
        u64,
        u8,
        u8,
        Option<Result<usize, String>>,
        Option<Result<usize, String>>,
        Option<usize>,
        u64,
    );
    let mut groups: BTreeMap<Key, Vec<usize>> = BTreeMap::new();
    for (p, per) in sd.persons.iter().enumerate() {
        // Only what housing eligibility can tell apart (MODEL.md §4): whether the
        // person may use women-only and men-only housing, when such housing exists.
        let gender = if sd.gender_matters {
            let kinds = |e: Eligibility| sd.housing.iter().any(|h| h.eligibility == e);
            let f = kinds(Eligibility::FemaleOnly) && Eligibility::FemaleOnly.admits(per.gender);
            let m = kinds(Eligibility::MaleOnly) && Eligibility::MaleOnly.admits(per.gender);
            (f as u8) | ((m as u8) << 1)
        } else {
            0
        };
        let pref = match per.preference {
            Preference::DailyCommute => 1,
            Preference::WeeklyWithHousing => 2,
            Preference::MoveHome | Preference::None => 0,
        };
        let unit = if sd.units[per.unit].placement == UnitPlacement::Free {
            None
        } else {
            Some(per.unit)
        };
        let key: Key = (
            per.zone,
            per.norm_m2.to_bits(),
            gender,
            pref,
            per.reference.clone(),
            per.pin.clone(),
            unit,
            per.groups,
        );
        groups.entry(key).or_default().push(p);
    }
    groups
        .into_values()
        .map(|members| Cohort {
            options: options_of(sd, members[0]),
            members,
        })
        .collect()
}

/// What a model column stands for.
#[derive(Debug, Clone)]
pub(crate) enum Col {
    X {
        k: usize,
        o: usize,
    },
    V(usize),
    Y,
    /// A slack of `rule`'s row; `hard`: the rule is hard (in the diagnosis, a cause).
    Slack {
        rule: Rule,
        hard: bool,
    },
    Unplaced(usize),
}

/// A built model: the LP plus what its columns mean.
#[derive(Debug, Clone)]
pub(crate) struct Built {
    pub lp: Lp,
    pub cols: Vec<Col>,
    /// A hard rule is broken whatever the solver does (e.g. an empty cohort row).
    pub trivially_infeasible: bool,
    /// Rows of capacities that the marginal-value analysis may relax: (rule, row).
    pub capacity_rows: Vec<(Rule, usize)>,
}

/// Elastic weight of one person breaking a per-person rule: above one desk, bed or
/// seat, so the diagnosis prefers "short of N beds" to "N people break a rule".
const ELASTIC_PERSON_BREACH: f64 = 1.5;

/// Slack weights of the elastic (diagnosis) model, per unit of relaxation.
fn elastic_weight(rule: &Rule) -> f64 {
    match rule {
        Rule::Area(_) => 0.1,
        Rule::NoOption(_) => 1_000.0,
        Rule::Desks(_) | Rule::Beds(_) | Rule::Seats(_) | Rule::Budget => 1.0,
        _ => ELASTIC_PERSON_BREACH,
    }
}

/// Builds the MIP. `elastic`: the diagnosis model of section 10.
pub(crate) fn build(sd: &ScenarioData, cohorts: &[Cohort], elastic: bool) -> Built {
    let w = sd.weights;
    let enf = sd.enforcement();
    let mut lp = Lp::default();
    let mut cols: Vec<Col> = Vec::new();
    let mut trivially_infeasible = false;
    let mut capacity_rows = Vec::new();
    let days = sd.working_days_per_month;

    // Slack handling for a rule family: returns the slack cost, or None when no slack.
    let slack_cost = |h: Hardness, rule: &Rule| -> Option<f64> {
        match h {
            Hardness::Off => None,
            Hardness::Soft(wt) => Some(if elastic { 0.0 } else { wt }),
            Hardness::Hard => elastic.then(|| elastic_weight(rule)),
        }
    };

    // x columns.
    let mut at_site: Vec<Vec<(usize, f64)>> = vec![Vec::new(); sd.sites.len()];
    let mut area_at: Vec<Vec<(usize, f64)>> = vec![Vec::new(); sd.sites.len()];
    let mut riders: Vec<Vec<(usize, f64)>> = vec![Vec::new(); sd.services.len()];
    let mut beds: Vec<Vec<(usize, f64)>> = vec![Vec::new(); sd.housing.len()];
    let mut unit_site: BTreeMap<(usize, usize), Vec<(usize, f64)>> = BTreeMap::new();
    // Whole units: entries per (unit, site, cohort) for the disaggregated rows.
    let mut unit_site_cohort: BTreeMap<(usize, usize, usize), Vec<(usize, f64)>> = BTreeMap::new();
    let mut money: Vec<(usize, f64)> = Vec::new();
    let mut unit_size = vec![0usize; sd.units.len()];
    for p in &sd.persons {
        unit_size[p.unit] += 1;
    }
    let whole_hard = enf.unit_placement == Hardness::Hard && !elastic;
    let mut whole_cohorts: Vec<Vec<usize>> = vec![Vec::new(); sd.units.len()];
    for (k, c) in cohorts.iter().enumerate() {
        let n = c.members.len() as f64;
        let per = &sd.persons[c.members[0]];
        let mut row = Vec::new();
        for (o, opt) in c.options.iter().enumerate() {
            let hard = opt.forbidden();
            if hard && !elastic {
                continue;
            }
            let cost = if elastic {
                ELASTIC_PERSON_BREACH
                    * opt
                        .breaches
                        .iter()
                        .filter(|(_, h)| *h == Hardness::Hard)
                        .count() as f64
            } else {
                w.commute_minute * opt.minutes
                    + w.money_vnd * opt.vnd
                    + if opt.disrupted {
                        w.disruption_person
                    } else {
                        0.0
                    }
                    + if opt.mismatch {
                        w.preference_mismatch_person
                    } else {
                        0.0
                    }
                    + opt.soft_penalty()
            };
            let j = lp.col(cost, 0.0, n, true);
            cols.push(Col::X { k, o });
            row.push((j, 1.0));
            at_site[opt.site].push((j, 1.0));
            area_at[opt.site].push((j, per.norm_m2));
            match opt.arr {
                Arr::Daily(t) => riders[t].push((j, 1.0)),
                Arr::Weekly(h) => beds[h].push((j, 1.0)),
            }
            if sd.units[per.unit].placement != UnitPlacement::Free {
                unit_site
                    .entry((per.unit, opt.site))
                    .or_default()
                    .push((j, 1.0));
                if sd.units[per.unit].placement == UnitPlacement::Whole {
                    unit_site_cohort
                        .entry((per.unit, opt.site, k))
                        .or_default()
                        .push((j, 1.0));
                }
            }
            if opt.vnd != 0.0 {
                money.push((j, opt.vnd / 1e6));
            }
        }
        if elastic {
            let j = lp.col(elastic_weight(&Rule::NoOption(per.zone)), 0.0, n, false);
            cols.push(Col::Unplaced(k));
            row.push((j, 1.0));
        }
        if row.is_empty() {
            trivially_infeasible = true;
        }
        if whole_hard && sd.units[per.unit].placement == UnitPlacement::Whole {
            // Implied by the whole-unit equalities below (sum over sites of n_k y = n_k).
            whole_cohorts[per.unit].push(k);
        } else {
            lp.row(n, n, row);
        }
    }

    // Helper to add a capped row with an optional slack.
    let capped = |lp: &mut Lp,
                  cols: &mut Vec<Col>,
                  mut entries: Vec<(usize, f64)>,
                  lo: f64,
                  hi: f64,
                  hard: Hardness,
                  low_rule: Option<Rule>,
                  high_rule: Option<Rule>|
     -> Option<usize> {
        if hard == Hardness::Off {
            return None;
        }
        if let Some(r) = low_rule
            && let Some(c) = slack_cost(hard, &r)
        {
            let j = lp.col(c, 0.0, f64::INFINITY, false);
            cols.push(Col::Slack {
                rule: r,
                hard: hard == Hardness::Hard,
            });
            entries.push((j, 1.0));
        }
        if let Some(r) = high_rule
            && let Some(c) = slack_cost(hard, &r)
        {
            let j = lp.col(c, 0.0, f64::INFINITY, false);
            cols.push(Col::Slack {
                rule: r,
                hard: hard == Hardness::Hard,
            });
            entries.push((j, -1.0));
        }
        if entries.is_empty() && (lo > 1e-9 || hi < -1e-9) {
            return Some(usize::MAX);
        }
        Some(lp.row(lo, hi, entries))
    };

    for s in 0..sd.sites.len() {
        let site = &sd.sites[s];
        if let Some(r) = capped(
            &mut lp,
            &mut cols,
            at_site[s].clone(),
            f64::NEG_INFINITY,
            site.desks as f64,
            enf.desks,
            None,
            Some(Rule::Desks(s)),
        ) {
            capacity_rows.push((Rule::Desks(s), r));
        }
        if let Some(r) = capped(
            &mut lp,
            &mut cols,
            std::mem::take(&mut area_at[s]),
            f64::NEG_INFINITY,
            site.area_available_m2,
            enf.area,
            None,
            Some(Rule::Area(s)),
        ) {
            capacity_rows.push((Rule::Area(s), r));
        }
    }
    for (h, hd) in sd.housing.iter().enumerate() {
        if let Some(r) = capped(
            &mut lp,
            &mut cols,
            std::mem::take(&mut beds[h]),
            f64::NEG_INFINITY,
            hd.beds as f64,
            enf.beds,
            None,
            Some(Rule::Beds(h)),
        ) {
            capacity_rows.push((Rule::Beds(h), r));
        }
    }
    for (t, svc) in sd.services.iter().enumerate() {
        if !svc.has_vehicles() {
            continue;
        }
        let vcost = if elastic {
            0.0
        } else {
            w.money_vnd * days * svc.cost_vnd_per_vehicle_day
        };
        let v = lp.col(vcost, 0.0, svc.vehicles_available as f64, true);
        cols.push(Col::V(t));
        if svc.cost_vnd_per_vehicle_day != 0.0 {
            money.push((v, days * svc.cost_vnd_per_vehicle_day / 1e6));
        }
        let on_board = std::mem::take(&mut riders[t]);
        if on_board.is_empty() {
            continue;
        }
        // Target fill, under the seats hardness (MODEL.md §6.5).
        let mut fill = on_board.clone();
        fill.push((v, -svc.riders_per_vehicle));
        if let Some(r) = capped(
            &mut lp,
            &mut cols,
            fill,
            f64::NEG_INFINITY,
            0.0,
            enf.seats,
            None,
            Some(Rule::Seats(t)),
        ) {
            capacity_rows.push((Rule::Seats(t), r));
        }
        // Every rider sits in a hired vehicle, whatever the seats rule says; a hard
        // target-fill row already implies it.
        if enf.seats != Hardness::Hard {
            let mut seated = on_board;
            seated.push((v, -svc.seated_riders_per_vehicle));
            capped(
                &mut lp,
                &mut cols,
                seated,
                f64::NEG_INFINITY,
                0.0,
                Hardness::Hard,
                None,
                Some(Rule::Seats(t)),
            );
        }
    }
    // Unit placement.
    for (u, ud) in sd.units.iter().enumerate() {
        let n_u = unit_size[u] as f64;
        match &ud.placement {
            UnitPlacement::Whole => {
                let mut ys = Vec::new();
                for s in 0..sd.sites.len() {
                    let y = lp.col(0.0, 0.0, 1.0, true);
                    cols.push(Col::Y);
                    ys.push((y, 1.0));
                    if whole_hard {
                        // Per cohort: people at s = n_k y[u,s] (the convex hull of "all at
                        // one site"), much tighter than the aggregated big-M row and
                        // replacing the cohort's own row (MODEL.md §6.6).
                        for &k in &whole_cohorts[u] {
                            let mut e = unit_site_cohort
                                .get(&(u, s, k))
                                .cloned()
                                .unwrap_or_default();
                            e.push((y, -(cohorts[k].members.len() as f64)));
                            lp.row(0.0, 0.0, e);
                        }
                        continue;
                    }
                    let mut e = unit_site.get(&(u, s)).cloned().unwrap_or_default();
                    if e.is_empty() {
                        continue;
                    }
                    e.push((y, -n_u));
                    capped(
                        &mut lp,
                        &mut cols,
                        e,
                        f64::NEG_INFINITY,
                        0.0,
                        enf.unit_placement,
                        None,
                        Some(Rule::WholeUnit(u)),
                    );
                }
                if !ys.is_empty() {
                    lp.row(1.0, 1.0, ys);
                }
            }
            UnitPlacement::Share {
                site,
                min_pct,
                max_pct,
                ..
            } => {
                let e = site
                    .and_then(|s| unit_site.get(&(u, s)).cloned())
                    .unwrap_or_default();
                if capped(
                    &mut lp,
                    &mut cols,
                    e,
                    min_pct / 100.0 * n_u,
                    max_pct / 100.0 * n_u,
                    enf.unit_placement,
                    Some(Rule::UnitShareLow(u)),
                    Some(Rule::UnitShareHigh(u)),
                ) == Some(usize::MAX)
                {
                    trivially_infeasible = true;
                }
            }
            UnitPlacement::Free | UnitPlacement::AtSite(..) => {}
        }
    }
    // Site shares.
    let total = sd.persons.len() as f64;
    for (i, sh) in sd.shares.iter().enumerate() {
        let e = sh.site.map(|s| at_site[s].clone()).unwrap_or_default();
        if capped(
            &mut lp,
            &mut cols,
            e,
            sh.min_pct / 100.0 * total,
            sh.max_pct / 100.0 * total,
            sh.hardness,
            Some(Rule::SiteShareLow(i)),
            Some(Rule::SiteShareHigh(i)),
        ) == Some(usize::MAX)
        {
            trivially_infeasible = true;
        }
    }
    // Budget, in millions of VND.
    if let Some(b) = sd.monthly_budget_vnd {
        let hard = match sd.budget_hardness() {
            Hardness::Soft(wt) => Hardness::Soft(wt * 1e6),
            h => h,
        };
        if let Some(r) = capped(
            &mut lp,
            &mut cols,
            money,
            f64::NEG_INFINITY,
            b / 1e6,
            hard,
            None,
            Some(Rule::Budget),
        ) {
            capacity_rows.push((Rule::Budget, r));
        }
    }
    capacity_rows.retain(|(_, r)| *r != usize::MAX);
    if elastic {
        trivially_infeasible = false;
    }
    Built {
        lp,
        cols,
        trivially_infeasible,
        capacity_rows,
    }
}

impl Built {
    /// The model's objective at `values` with integer columns rounded and every
    /// slack cut to the least its row needs (MODEL.md §9): what the solver's point
    /// costs by the model's own coefficients, for the two-sided checker test (an
    /// incumbent may carry more slack than it needs).
    pub fn objective_at(&self, values: &[f64]) -> f64 {
        let lp = &self.lp;
        let mut x: Vec<f64> = (0..lp.cost.len())
            .map(|j| {
                let v = values.get(j).copied().unwrap_or(0.0);
                if lp.int[j] { v.round() } else { v }
            })
            .collect();
        let is_slack = |j: usize| matches!(self.cols.get(j), Some(Col::Slack { .. }));
        for (lo, hi, entries) in &lp.rows {
            if !entries.iter().any(|(j, _)| is_slack(*j)) {
                continue;
            }
            let act: f64 = entries
                .iter()
                .filter(|(j, _)| !is_slack(*j))
                .map(|(j, a)| a * x[*j])
                .sum();
            for (j, a) in entries.iter().filter(|(j, _)| is_slack(*j)) {
                x[*j] = if *a > 0.0 {
                    (lo - act).max(0.0)
                } else {
                    (act - hi).max(0.0)
                };
            }
        }
        x.iter().zip(&lp.cost).map(|(v, c)| v * c).sum()
    }
}

/// People per cohort option and vehicles per service, from column values.
pub(crate) struct Extracted {
    /// counts[k][o]
    pub counts: Vec<Vec<usize>>,
    /// Vehicles per service index (solver's values).
    pub vehicles: Vec<u32>,
}

/// Rounds the solver's values into counts.
pub(crate) fn extract(
    sd: &ScenarioData,
    cohorts: &[Cohort],
    built: &Built,
    x: &[f64],
) -> Extracted {
    let mut counts: Vec<Vec<usize>> = cohorts.iter().map(|c| vec![0; c.options.len()]).collect();
    let mut vehicles = vec![0u32; sd.services.len()];
    let mut unplaced = vec![0usize; cohorts.len()];
    for (j, col) in built.cols.iter().enumerate() {
        let val = x.get(j).copied().unwrap_or(0.0).round().max(0.0);
        match col {
            Col::X { k, o } => counts[*k][*o] = val as usize,
            Col::V(t) => vehicles[*t] = val as u32,
            Col::Unplaced(k) => unplaced[*k] = val as usize,
            Col::Y | Col::Slack { .. } => {}
        }
    }
    // Rounding must keep every cohort whole; fix the largest count if not.
    for (k, c) in cohorts.iter().enumerate() {
        let n = c.members.len();
        let sum: usize = counts[k].iter().sum::<usize>() + unplaced[k];
        if sum != n && !counts[k].is_empty() {
            let (imax, _) = counts[k]
                .iter()
                .enumerate()
                .max_by_key(|(i, v)| (**v, usize::MAX - *i))
                .unwrap_or((0, &0));
            let v = counts[k][imax] as i64 + n as i64 - sum as i64;
            counts[k][imax] = v.max(0) as usize;
        }
    }
    Extracted { counts, vehicles }
}

/// Splits cohort counts back to persons: returns each person's option (index into
/// the cohort's options) or None if unplaced. Members sorted by staff code take
/// options in option order.
pub(crate) fn split(
    cohorts: &[Cohort],
    counts: &[Vec<usize>],
    n_persons: usize,
) -> Vec<Option<(usize, usize)>> {
    let mut out = vec![None; n_persons];
    for (k, c) in cohorts.iter().enumerate() {
        let mut it = c.members.iter();
        for (o, &cnt) in counts[k].iter().enumerate() {
            for _ in 0..cnt {
                if let Some(&p) = it.next() {
                    out[p] = Some((k, o));
                }
            }
        }
    }
    out
}
