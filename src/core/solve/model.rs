//! Cohorts, options and the MIP of docs/MODEL.md (sections 3 to 7).

use std::collections::BTreeMap;

use crate::core::plan::{Eligibility, Hardness, Preference};
use crate::core::rules::{FAMILIES, Rule, RuleFamily, replaces_cohort_row};

use super::Formulation;
use super::highs::Lp;
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

/// Every option of person `p` (offered or not), in option order, with the
/// breaches each rule family finds in it (MODEL.md §3).
pub(crate) fn options_of(sd: &ScenarioData, p: usize) -> Vec<Opt> {
    let per = &sd.persons[p];
    let disrupted = |s: usize| match &per.reference {
        None => false,
        Some(Ok(r)) => *r != s,
        Some(Err(_)) => true,
    };
    let breaches = |arr: Arr, site: usize, minutes: f64| {
        let mut br = Vec::new();
        for f in FAMILIES {
            f.arrangement_breaches(sd, p, arr, minutes, &mut br);
        }
        for f in FAMILIES {
            f.site_breaches(sd, p, site, &mut br);
        }
        br.retain(|(_, h)| *h != Hardness::Off);
        br
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
        out.push(Opt {
            site: svc.site,
            arr: Arr::Daily(t),
            minutes,
            vnd: svc.cost_vnd_per_person_month,
            disrupted: disrupted(svc.site),
            mismatch: per.preference == Preference::WeeklyWithHousing,
            breaches: breaches(Arr::Daily(t), svc.site, minutes),
        });
    }
    for (h, hd) in sd.housing.iter().enumerate() {
        out.push(Opt {
            site: hd.site,
            arr: Arr::Weekly(h),
            minutes: hd.minutes_to_site,
            vnd: hd.cost_vnd_per_bed_month + sd.weekly_travel_vnd_per_month,
            disrupted: disrupted(hd.site),
            mismatch: per.preference == Preference::DailyCommute,
            breaches: breaches(Arr::Weekly(h), hd.site, hd.minutes_to_site),
        });
    }
    for f in FAMILIES {
        f.option_set_breaches(sd, p, &mut out);
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

use crate::core::rules::ELASTIC_PERSON_BREACH;

/// The model under construction: the LP, what its columns mean, and the
/// expressions the rule families' rows are made of (MODEL.md §6). The
/// builder adds the `x` columns and the cohort rows; each family in
/// [`FAMILIES`] adds its own rows and columns, in registry order.
pub(crate) struct Builder<'a> {
    pub sd: &'a ScenarioData<'a>,
    pub cohorts: &'a [Cohort],
    /// The diagnosis model of section 10 (every hard rule elastic).
    pub elastic: bool,
    pub lp: Lp,
    pub cols: Vec<Col>,
    /// A hard rule is broken whatever the solver does.
    pub trivially_infeasible: bool,
    /// Rows of capacities that the marginal-value analysis may relax.
    pub capacity_rows: Vec<(Rule, usize)>,
    /// `N_s`: x entries of people at each site.
    pub at_site: Vec<Vec<(usize, f64)>>,
    /// Area norms at each site.
    pub area_at: Vec<Vec<(usize, f64)>>,
    /// `R_t`: riders of each service.
    pub riders: Vec<Vec<(usize, f64)>>,
    /// `B_h`: beds used in each housing block.
    pub beds: Vec<Vec<(usize, f64)>>,
    /// `N_{u,s}` for units whose placement is not free.
    pub unit_site: BTreeMap<(usize, usize), Vec<(usize, f64)>>,
    /// Whole units: entries per (unit, site, cohort) for the disaggregated rows.
    pub unit_site_cohort: BTreeMap<(usize, usize, usize), Vec<(usize, f64)>>,
    /// Cohorts whose own row the whole-unit equalities replace, per unit.
    pub whole_cohorts: Vec<Vec<usize>>,
    /// People per unit.
    pub unit_size: Vec<usize>,
    /// `money` in millions of VND per month.
    pub money: Vec<(usize, f64)>,
}

impl Builder<'_> {
    /// Slack cost of a row of hardness `h`, or None when it gets no slack.
    fn slack_cost(&self, h: Hardness, rule: &Rule) -> Option<f64> {
        match h {
            Hardness::Off => None,
            Hardness::Soft(wt) => Some(if self.elastic { 0.0 } else { wt }),
            Hardness::Hard => self.elastic.then(|| rule.elastic_weight()),
        }
    }

    fn slack(&mut self, entries: &mut Vec<(usize, f64)>, h: Hardness, rule: Rule, sign: f64) {
        if let Some(c) = self.slack_cost(h, &rule) {
            let j = self.lp.col(c, 0.0, f64::INFINITY, false);
            self.cols.push(Col::Slack {
                rule,
                hard: h == Hardness::Hard,
            });
            entries.push((j, sign));
        }
    }

    /// Adds `lo ≤ entries ≤ hi` under hardness `hard`, with a slack below for
    /// `low_rule` and above for `high_rule`. Returns the row, `usize::MAX` for
    /// an empty row that cannot hold, or None when the rule is off.
    pub fn capped(
        &mut self,
        mut entries: Vec<(usize, f64)>,
        lo: f64,
        hi: f64,
        hard: Hardness,
        low_rule: Option<Rule>,
        high_rule: Option<Rule>,
    ) -> Option<usize> {
        if hard == Hardness::Off {
            return None;
        }
        if let Some(r) = low_rule {
            self.slack(&mut entries, hard, r, 1.0);
        }
        if let Some(r) = high_rule {
            self.slack(&mut entries, hard, r, -1.0);
        }
        if entries.is_empty() && (lo > 1e-9 || hi < -1e-9) {
            return Some(usize::MAX);
        }
        Some(self.lp.row(lo, hi, entries))
    }

    /// A capacity row `entries ≤ hi` of `rule`, which the marginal-value analysis may relax.
    pub fn capacity(&mut self, entries: Vec<(usize, f64)>, hi: f64, hard: Hardness, rule: Rule) {
        if let Some(r) = self.capped(
            entries,
            f64::NEG_INFINITY,
            hi,
            hard,
            None,
            Some(rule.clone()),
        ) {
            self.capacity_rows.push((rule, r));
        }
    }

    /// A share row `lo ≤ entries ≤ hi` (a row that cannot hold makes the model infeasible).
    pub fn share(
        &mut self,
        entries: Vec<(usize, f64)>,
        lo: f64,
        hi: f64,
        hard: Hardness,
        low: Rule,
        high: Rule,
    ) {
        if self.capped(entries, lo, hi, hard, Some(low), Some(high)) == Some(usize::MAX) {
            self.trivially_infeasible = true;
        }
    }
}

/// Builds the MIP. `elastic`: the diagnosis model of section 10.
pub(crate) fn build(sd: &ScenarioData, cohorts: &[Cohort], elastic: bool) -> Built {
    let w = sd.weights;
    let ns = sd.sites.len();
    let mut unit_size = vec![0usize; sd.units.len()];
    for p in &sd.persons {
        unit_size[p.unit] += 1;
    }
    let mut b = Builder {
        sd,
        cohorts,
        elastic,
        lp: Lp::default(),
        cols: Vec::new(),
        trivially_infeasible: false,
        capacity_rows: Vec::new(),
        at_site: vec![Vec::new(); ns],
        area_at: vec![Vec::new(); ns],
        riders: vec![Vec::new(); sd.services.len()],
        beds: vec![Vec::new(); sd.housing.len()],
        unit_site: BTreeMap::new(),
        unit_site_cohort: BTreeMap::new(),
        whole_cohorts: vec![Vec::new(); sd.units.len()],
        unit_size,
        money: Vec::new(),
    };
    for (k, c) in cohorts.iter().enumerate() {
        let n = c.members.len() as f64;
        let per = &sd.persons[c.members[0]];
        let placement = &sd.units[per.unit].placement;
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
            let j = b.lp.col(cost, 0.0, n, true);
            b.cols.push(Col::X { k, o });
            row.push((j, 1.0));
            b.at_site[opt.site].push((j, 1.0));
            b.area_at[opt.site].push((j, per.norm_m2));
            match opt.arr {
                Arr::Daily(t) => b.riders[t].push((j, 1.0)),
                Arr::Weekly(h) => b.beds[h].push((j, 1.0)),
            }
            if *placement != UnitPlacement::Free {
                b.unit_site
                    .entry((per.unit, opt.site))
                    .or_default()
                    .push((j, 1.0));
                if *placement == UnitPlacement::Whole {
                    b.unit_site_cohort
                        .entry((per.unit, opt.site, k))
                        .or_default()
                        .push((j, 1.0));
                }
            }
            if opt.vnd != 0.0 {
                b.money.push((j, opt.vnd / 1e6));
            }
        }
        if elastic {
            let no_option = Rule::of(RuleFamily::NoOption, per.zone);
            let j = b.lp.col(no_option.elastic_weight(), 0.0, n, false);
            b.cols.push(Col::Unplaced(k));
            row.push((j, 1.0));
        }
        if row.is_empty() {
            b.trivially_infeasible = true;
        }
        if replaces_cohort_row(sd, per.unit, elastic) {
            // Implied by the whole-unit equalities (sum over sites of n_k y = n_k).
            b.whole_cohorts[per.unit].push(k);
        } else {
            b.lp.row(n, n, row);
        }
    }
    for f in FAMILIES {
        f.rows(&mut b);
    }
    b.capacity_rows.retain(|(_, r)| *r != usize::MAX);
    Built {
        lp: b.lp,
        cols: b.cols,
        trivially_infeasible: b.trivially_infeasible && !elastic,
        capacity_rows: b.capacity_rows,
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
