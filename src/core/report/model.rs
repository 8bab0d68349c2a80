//! The report model: a plan, a scenario and its solution turned into plain,
//! sorted rows with names resolved and anonymisation applied. Every writer
//! (XLSX, PDF, CSV) lays out these rows and nothing else, so the formats agree.

use std::collections::{BTreeMap, HashMap};

use chrono::{NaiveDate, NaiveDateTime};

use super::Lang;
use super::audit::AuditStamp;
use super::labels::L;
use super::reasons::{self, Names};
use crate::core::plan::{Gender, Hardness, Plan, Scenario, TransportMode};
use crate::core::rules::{FAMILIES, PlanRule};
use crate::core::solve::{
    Arrangement, CommuteStats, CostBreakdown, RuleFamily, Solution, SolveStatus, Violation,
};

/// Names of the people who sign the report and the dates they sign (blank
/// lines, to fill in by hand, when empty).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SignOff {
    /// Prepared by (người lập).
    pub prepared_by: String,
    /// Reviewed by (người kiểm tra).
    pub reviewed_by: String,
    /// Approved by (người phê duyệt).
    pub approved_by: String,
    /// Date of preparation (None: a blank date line).
    pub prepared_on: Option<NaiveDate>,
    /// Date of review (None: a blank date line).
    pub reviewed_on: Option<NaiveDate>,
    /// Date of approval (None: a blank date line).
    pub approved_on: Option<NaiveDate>,
}

impl SignOff {
    /// The three roles in signing order: label, name, date.
    pub fn roles(&self) -> [(L, &str, Option<NaiveDate>); 3] {
        [
            (L::PreparedBy, self.prepared_by.as_str(), self.prepared_on),
            (L::ReviewedBy, self.reviewed_by.as_str(), self.reviewed_on),
            (L::ApprovedBy, self.approved_by.as_str(), self.approved_on),
        ]
    }

    /// Whether any name or date is given.
    pub fn is_given(&self) -> bool {
        self.roles()
            .iter()
            .any(|(_, name, date)| !name.trim().is_empty() || date.is_some())
    }
}

/// What an export should contain.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportOptions {
    /// Language of the texts.
    pub lang: Lang,
    /// Names replaced by staff codes; birth dates and gender left out.
    pub anonymize: bool,
    /// When the export is made (printed in the audit stamp).
    pub exported_at: NaiveDateTime,
    /// Sign-off names.
    pub sign_off: SignOff,
}

/// One headquarters.
#[derive(Debug, Clone, PartialEq)]
pub struct SiteRow {
    /// Site id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// People assigned.
    pub people: usize,
    /// Desks in the scenario.
    pub desks: u32,
    /// Working area used by positions, m2.
    pub area_used_m2: f64,
    /// Working area available for positions, m2.
    pub area_available_m2: f64,
    /// People per unit (unit name, people), in the plan's unit order, zeros left out.
    pub people_by_unit: Vec<(String, usize)>,
}

impl SiteRow {
    /// People / desks, 0..; 0 when the site has no desks.
    pub fn desk_fill_share(&self) -> f64 {
        if self.desks == 0 {
            0.0
        } else {
            self.people as f64 / f64::from(self.desks)
        }
    }
    /// Area used / available.
    pub fn area_fill_share(&self) -> f64 {
        if self.area_available_m2 <= 0.0 {
            0.0
        } else {
            self.area_used_m2 / self.area_available_m2
        }
    }
}

/// One unit and its split between sites.
#[derive(Debug, Clone, PartialEq)]
pub struct UnitRow {
    /// Unit id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// People per site, in the order of [`ReportModel::sites`].
    pub people_by_site: Vec<usize>,
    /// Members assigned.
    pub total: usize,
}

/// One cadre's assignment.
#[derive(Debug, Clone, PartialEq)]
pub struct CadreRow {
    /// Staff code.
    pub code: String,
    /// Full name, or the staff code when anonymised.
    pub name: String,
    /// Birth date (None when anonymised or unknown).
    pub birth_date: Option<NaiveDate>,
    /// Gender word (empty when anonymised or unknown).
    pub gender: String,
    /// Unit name.
    pub unit: String,
    /// Grade name.
    pub grade: String,
    /// Home zone name.
    pub zone: String,
    /// Current site name (empty if none).
    pub current_site: String,
    /// Assigned site name.
    pub site: String,
    /// Daily or weekly.
    pub weekly: bool,
    /// Transport service or housing name.
    pub service_or_housing: String,
    /// One-way commute today, minutes.
    pub commute_minutes_before: Option<f64>,
    /// One-way commute in the plan, minutes.
    pub commute_minutes_after: f64,
    /// Cost per month, VND.
    pub cost_vnd_per_month: f64,
    /// Pinned to this site.
    pub pinned: bool,
    /// Why, in a few words.
    pub reason: String,
}

/// One transport service.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceRow {
    /// Service id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Mode word.
    pub mode: String,
    /// Whether vehicles are hired (not own means).
    pub has_vehicles: bool,
    /// Destination site name.
    pub site: String,
    /// Daily riders.
    pub riders: usize,
    /// Vehicles hired.
    pub vehicles: u32,
    /// Seats per vehicle.
    pub seats_per_vehicle: u32,
    /// Seat-trips offered per day (vehicles x seats x round trips).
    pub seats: u64,
    /// Seat fill, 0..=1.
    pub seat_fill_share: f64,
    /// Monthly cost, VND.
    pub cost_vnd_per_month: f64,
}

/// One housing block.
#[derive(Debug, Clone, PartialEq)]
pub struct HousingRow {
    /// Housing id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Site name.
    pub site: String,
    /// Beds in the scenario.
    pub beds: u32,
    /// Beds used.
    pub beds_used: u32,
    /// Monthly cost, VND.
    pub cost_vnd_per_month: f64,
}

/// One rule and whether the plan keeps it.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleRow {
    /// Rule name.
    pub rule: String,
    /// What it applies to (a site, a group...) or its limit.
    pub scope: String,
    /// Hard, soft or off (word).
    pub kind: String,
    /// Soft weight, if soft.
    pub weight: Option<f64>,
    /// Broken at all.
    pub violated: bool,
    /// Total amount by which it is broken (people, desks, VND...).
    pub amount: f64,
    /// Messages of the violations.
    pub details: String,
}

impl RuleRow {
    /// Broken or kept, as a label.
    pub fn status(&self) -> L {
        if self.violated {
            L::Violated
        } else {
            L::Satisfied
        }
    }
}

/// Commute minutes in bins, before and after.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Histogram {
    /// Width of one bin, minutes.
    pub bin_minutes: f64,
    /// People per bin today (those with a current site).
    pub before: Vec<usize>,
    /// People per bin in the plan.
    pub after: Vec<usize>,
}

/// Everything an export shows, for one scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportModel {
    /// Language of the texts.
    pub lang: Lang,
    /// Anonymised.
    pub anonymized: bool,
    /// Plan name.
    pub plan_name: String,
    /// Plan description.
    pub plan_description: String,
    /// Scenario id.
    pub scenario_id: String,
    /// Scenario name.
    pub scenario_name: String,
    /// Scenario notes.
    pub scenario_notes: String,
    /// First day of the period.
    pub period_start: NaiveDate,
    /// Last day of the period.
    pub period_end: NaiveDate,
    /// Solver outcome.
    pub status: SolveStatus,
    /// Relative gap to the solver's bound; `None` when no bound goes with the plan.
    pub gap: Option<f64>,
    /// Objective.
    pub objective: f64,
    /// Solve seconds.
    pub seconds: f64,
    /// Audit stamp.
    pub stamp: AuditStamp,
    /// Cadres assigned.
    pub staff: usize,
    /// Daily commuters.
    pub daily_commuters: usize,
    /// Housed.
    pub housed: usize,
    /// Workplace changed.
    pub disrupted: usize,
    /// Against the survey answer.
    pub preference_mismatches: usize,
    /// Commute today.
    pub commute_before: CommuteStats,
    /// Commute in the plan.
    pub commute_after: CommuteStats,
    /// Money per month.
    pub cost: CostBreakdown,
    /// Budget cap in the scenario.
    pub budget_vnd: Option<f64>,
    /// Sites, plan order.
    pub sites: Vec<SiteRow>,
    /// Units, plan order.
    pub units: Vec<UnitRow>,
    /// Cadres, by staff code.
    pub cadres: Vec<CadreRow>,
    /// Transport services, plan order.
    pub services: Vec<ServiceRow>,
    /// Housing, plan order.
    pub housing: Vec<HousingRow>,
    /// Rules, fixed order.
    pub rules: Vec<RuleRow>,
    /// Diagnosis sentences (infeasible plans).
    pub diagnosis: Vec<String>,
    /// Commute histogram.
    pub histogram: Histogram,
    /// Sign-off names.
    pub sign_off: SignOff,
}

/// A key figure's value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Figure {
    /// A number of people.
    Count(usize),
    /// Minutes.
    Minutes(f64),
}

impl Figure {
    /// The value formatted for reading in `lang`.
    pub fn reading(self, lang: Lang) -> String {
        match self {
            Figure::Count(n) => super::fmt::count(n, lang),
            Figure::Minutes(x) => super::fmt::minutes(x, lang),
        }
    }
}

/// One key figure of a plan: people and commute figures (money is in
/// [`ReportModel::cost_categories`]).
#[derive(Debug, Clone, Copy)]
pub struct KeyFigure {
    /// Its label.
    pub label: L,
    /// Its value in a model.
    pub value: fn(&ReportModel) -> Figure,
    /// Shown in the short lists too (the PDF's key figures, the workbook's
    /// comparison), not only in the workbook's summary.
    pub short: bool,
}

/// The key figures, in the order every export shows them.
#[rustfmt::skip]
pub const KEY_FIGURES: &[KeyFigure] = &[
    KeyFigure { label: L::Staff, value: |m| Figure::Count(m.staff), short: true },
    KeyFigure { label: L::DailyCommuters, value: |m| Figure::Count(m.daily_commuters), short: true },
    KeyFigure { label: L::Housed, value: |m| Figure::Count(m.housed), short: true },
    KeyFigure { label: L::Disrupted, value: |m| Figure::Count(m.disrupted), short: true },
    KeyFigure { label: L::PreferenceMismatches, value: |m| Figure::Count(m.preference_mismatches), short: true },
    KeyFigure { label: L::CommuteMeanBefore, value: |m| Figure::Minutes(m.commute_before.mean), short: true },
    KeyFigure { label: L::CommuteP95Before, value: |m| Figure::Minutes(m.commute_before.p95), short: false },
    KeyFigure { label: L::CommuteMeanAfter, value: |m| Figure::Minutes(m.commute_after.mean), short: true },
    KeyFigure { label: L::CommuteP95After, value: |m| Figure::Minutes(m.commute_after.p95), short: true },
    KeyFigure { label: L::CommuteMaxAfter, value: |m| Figure::Minutes(m.commute_after.max), short: true },
];

/// The word for a transport mode.
pub fn mode_label(mode: TransportMode, lang: Lang) -> &'static str {
    match mode {
        TransportMode::Bus => L::ModeBus,
        TransportMode::TrainShuttle => L::ModeTrain,
        TransportMode::ContractedCar => L::ModeCar,
        TransportMode::OwnMeans => L::ModeOwn,
    }
    .t(lang)
}

/// The word for a solver status.
pub fn status_label(status: &SolveStatus, lang: Lang) -> &'static str {
    match status {
        SolveStatus::Optimal => L::StatusOptimal,
        SolveStatus::Feasible => L::StatusFeasible,
        SolveStatus::Infeasible => L::StatusInfeasible,
        SolveStatus::Cancelled => L::StatusCancelled,
        SolveStatus::TimeLimitNoSolution => L::StatusTimeLimit,
        SolveStatus::Evaluated => L::StatusAdjusted,
    }
    .t(lang)
}

fn hardness_label(h: Hardness, lang: Lang) -> (String, Option<f64>) {
    match h {
        Hardness::Hard => (L::Hard.t(lang).to_owned(), None),
        Hardness::Soft(w) => (L::Soft.t(lang).to_owned(), Some(w)),
        Hardness::Off => (L::Off.t(lang).to_owned(), None),
    }
}

/// Number of commute bins (the last one holds everything longer).
const HISTOGRAM_BINS: usize = 12;

fn histogram(solution: &Solution) -> Histogram {
    let longest = solution
        .assignments
        .iter()
        .flat_map(|a| {
            [
                a.commute_minutes_before.unwrap_or(0.0),
                a.commute_minutes_after,
            ]
        })
        .filter(|m| m.is_finite())
        .fold(0.0_f64, f64::max);
    // Round bins to 5 or 10 minutes so the axis reads well.
    let raw = (longest / HISTOGRAM_BINS as f64).max(1.0);
    let bin_minutes = if raw <= 5.0 {
        5.0
    } else {
        (raw / 10.0).ceil() * 10.0
    };
    let bin = |m: f64| ((m / bin_minutes).floor().max(0.0) as usize).min(HISTOGRAM_BINS - 1);
    let mut before = vec![0; HISTOGRAM_BINS];
    let mut after = vec![0; HISTOGRAM_BINS];
    for a in &solution.assignments {
        if let Some(m) = a.commute_minutes_before.filter(|m| m.is_finite()) {
            before[bin(m)] += 1;
        }
        if a.commute_minutes_after.is_finite() {
            after[bin(a.commute_minutes_after)] += 1;
        }
    }
    Histogram {
        bin_minutes,
        before,
        after,
    }
}

impl ReportModel {
    /// Builds the model. `plan_bytes` is the plan file's content (for the audit
    /// stamp); `violations` the checker's list for this solution (pass
    /// `&solution.kpis.soft_violations` when no check was run).
    pub fn build(
        plan: &Plan,
        plan_bytes: &[u8],
        scenario: &Scenario,
        solution: &Solution,
        violations: &[Violation],
        opts: &ExportOptions,
    ) -> Self {
        let lang = opts.lang;
        let names = Names::new(plan, lang).anonymized(opts.anonymize);
        let stamp = AuditStamp::new(
            plan_bytes,
            scenario,
            solution,
            opts.anonymize,
            opts.exported_at,
        );
        let k = &solution.kpis;

        let unit_order: Vec<&str> = plan.units.iter().map(|u| u.id.as_str()).collect();
        let sites: Vec<SiteRow> = plan
            .sites
            .iter()
            .filter_map(|s| k.sites.iter().find(|x| x.site == s.id))
            .map(|s| {
                let by_unit: HashMap<&str, usize> = s
                    .people_by_unit
                    .iter()
                    .map(|(u, n)| (u.as_str(), *n))
                    .collect();
                SiteRow {
                    id: s.site.clone(),
                    name: names.site(&s.site),
                    people: s.people,
                    desks: s.desks,
                    area_used_m2: s.area_used_m2,
                    area_available_m2: s.area_available_m2,
                    people_by_unit: unit_order
                        .iter()
                        .filter_map(|u| {
                            by_unit
                                .get(u)
                                .filter(|n| **n > 0)
                                .map(|n| (names.unit(u), *n))
                        })
                        .collect(),
                }
            })
            .collect();

        let units: Vec<UnitRow> = plan
            .units
            .iter()
            .map(|u| {
                let kpi = k.units.iter().find(|x| x.unit == u.id);
                let people_by_site: Vec<usize> = sites
                    .iter()
                    .map(|s| {
                        kpi.and_then(|x| x.people_by_site.iter().find(|(id, _)| *id == s.id))
                            .map_or(0, |(_, n)| *n)
                    })
                    .collect();
                UnitRow {
                    id: u.id.clone(),
                    name: names.unit(&u.id),
                    total: people_by_site.iter().sum(),
                    people_by_site,
                }
            })
            .collect();

        let cadres = cadre_rows(plan, scenario, solution, &names, opts);

        let services: Vec<ServiceRow> = plan
            .transport
            .iter()
            .filter_map(|t| {
                k.services
                    .iter()
                    .find(|x| x.service == t.id)
                    .map(|x| (t, x))
            })
            .map(|(t, x)| {
                let has_vehicles = t.mode != TransportMode::OwnMeans;
                ServiceRow {
                    id: t.id.clone(),
                    name: names.service(&t.id),
                    mode: mode_label(t.mode, lang).to_owned(),
                    has_vehicles,
                    site: names.site(&t.site),
                    riders: x.riders,
                    vehicles: x.vehicles,
                    seats_per_vehicle: t.seats_per_vehicle,
                    seats: if has_vehicles {
                        t.seats_per_day(x.vehicles)
                    } else {
                        0
                    },
                    seat_fill_share: x.seat_fill_share,
                    cost_vnd_per_month: x.cost_vnd_per_month,
                }
            })
            .collect();

        let housing: Vec<HousingRow> = plan
            .housing
            .iter()
            .filter_map(|h| k.housing.iter().find(|x| x.housing == h.id).map(|x| (h, x)))
            .map(|(h, x)| HousingRow {
                id: h.id.clone(),
                name: names.housing(&h.id),
                site: names.site(&h.site),
                beds: x.beds,
                beds_used: x.beds_used,
                cost_vnd_per_month: x.cost_vnd_per_month,
            })
            .collect();

        let budget_vnd = scenario
            .overrides
            .rules
            .monthly_budget_vnd
            .or(plan.rules.monthly_budget_vnd);
        let rules = rule_rows(plan, scenario, violations, &names, lang);
        let diagnosis = solution
            .diagnosis
            .iter()
            .map(|d| reasons::diagnosis_sentence(d, &names, lang))
            .collect();

        Self {
            lang,
            anonymized: opts.anonymize,
            plan_name: plan.name.clone(),
            plan_description: plan.description.clone(),
            scenario_id: scenario.id.clone(),
            scenario_name: scenario.name.clone(),
            scenario_notes: scenario.notes.clone(),
            period_start: scenario.start,
            period_end: scenario.end,
            status: solution.status.clone(),
            gap: solution.gap,
            objective: solution.objective,
            seconds: solution.seconds,
            stamp,
            staff: solution.assignments.len(),
            daily_commuters: k.daily_commuters,
            housed: k.housed,
            disrupted: k.disrupted,
            preference_mismatches: k.preference_mismatches,
            commute_before: k.commute_before,
            commute_after: k.commute_after,
            cost: k.cost,
            budget_vnd,
            sites,
            units,
            cadres,
            services,
            housing,
            rules,
            diagnosis,
            histogram: histogram(solution),
            sign_off: opts.sign_off.clone(),
        }
    }

    /// Whether a plan exists (some cadre is assigned).
    pub fn has_plan(&self) -> bool {
        !self.cadres.is_empty()
    }

    /// The key figures as (label, value) pairs, formatted for reading: the
    /// short list of [`KEY_FIGURES`], the total cost and the budget.
    pub fn key_figures(&self) -> Vec<(&'static str, String)> {
        use super::fmt::vnd;
        let lang = self.lang;
        let mut v: Vec<(&'static str, String)> = KEY_FIGURES
            .iter()
            .filter(|f| f.short)
            .map(|f| (f.label.t(lang), (f.value)(self).reading(lang)))
            .collect();
        v.push((L::CostTotal.t(lang), vnd(self.cost.total_vnd, lang)));
        v.push((
            L::Budget.t(lang),
            self.budget_vnd
                .map_or_else(|| L::NoBudget.t(lang).to_owned(), |b| vnd(b, lang)),
        ));
        v
    }

    /// Cost categories as (label, VND), in a fixed order.
    pub fn cost_categories(&self) -> Vec<(&'static str, f64)> {
        let lang = self.lang;
        vec![
            (L::CostVehicles.t(lang), self.cost.vehicles_vnd),
            (L::CostTickets.t(lang), self.cost.tickets_vnd),
            (L::CostAllowances.t(lang), self.cost.allowances_vnd),
            (L::CostHousing.t(lang), self.cost.housing_vnd),
            (L::CostWeeklyTravel.t(lang), self.cost.weekly_travel_vnd),
        ]
    }

    /// Rules that are broken.
    pub fn violated_rules(&self) -> impl Iterator<Item = &RuleRow> {
        self.rules.iter().filter(|r| r.violated)
    }
}

fn cadre_rows(
    plan: &Plan,
    scenario: &Scenario,
    solution: &Solution,
    names: &Names<'_>,
    opts: &ExportOptions,
) -> Vec<CadreRow> {
    let lang = opts.lang;
    let by_code: HashMap<&str, &crate::core::plan::Cadre> =
        plan.cadres.iter().map(|c| (c.code.as_str(), c)).collect();
    // The solver's own reasons, the same the app's explanation shows. The
    // scenario comes from this plan, so only a foreign one finds none.
    let why =
        crate::core::solve::reasons_for(plan, &scenario.id, None, solution).unwrap_or_default();
    let mut rows: Vec<CadreRow> = solution
        .assignments
        .iter()
        .map(|a| {
            let c = by_code.get(a.code.as_str()).copied();
            let (weekly, via) = match &a.arrangement {
                Arrangement::Daily { service } => (false, names.service(service)),
                Arrangement::Weekly { housing } => (true, names.housing(housing)),
            };
            let reason = why
                .get(&a.code)
                .map_or_else(String::new, |rs| reasons::reasons_text(rs, names, lang));
            let gender = match c.map(|c| c.gender) {
                _ if opts.anonymize => String::new(),
                Some(Gender::Female) => L::Female.t(lang).to_owned(),
                Some(Gender::Male) => L::Male.t(lang).to_owned(),
                _ => String::new(),
            };
            CadreRow {
                code: a.code.clone(),
                name: match c {
                    Some(c) if !opts.anonymize => c.name.clone(),
                    _ => a.code.clone(),
                },
                birth_date: c.and_then(|c| c.birth_date).filter(|_| !opts.anonymize),
                gender,
                unit: c.map_or_else(String::new, |c| names.unit(&c.unit)),
                grade: c.map_or_else(String::new, |c| names.grade(&c.grade)),
                zone: c.map_or_else(String::new, |c| names.zone(&c.zone)),
                current_site: c
                    .and_then(|c| c.current_site.as_deref())
                    .map_or_else(String::new, |s| names.site(s)),
                site: names.site(&a.site),
                weekly,
                service_or_housing: via,
                commute_minutes_before: a.commute_minutes_before,
                commute_minutes_after: a.commute_minutes_after,
                cost_vnd_per_month: a.cost_vnd_per_month,
                pinned: a.pinned,
                reason,
            }
        })
        .collect();
    rows.sort_by(|a, b| a.code.cmp(&b.code));
    rows
}

fn rule_rows(
    plan: &Plan,
    scenario: &Scenario,
    violations: &[Violation],
    names: &Names<'_>,
    lang: Lang,
) -> Vec<RuleRow> {
    // Every rule of the plan, family by family, as the registry lists them.
    let specs: Vec<PlanRule> = FAMILIES
        .iter()
        .flat_map(|f| f.plan_rules(plan, scenario, lang))
        .collect();
    let mut used = vec![false; violations.len()];
    let mut rows: Vec<RuleRow> = specs
        .into_iter()
        .map(|rule| {
            let PlanRule {
                family,
                entity,
                scope,
                hardness,
            } = rule;
            let mut amount = 0.0;
            let mut details = Vec::new();
            let mut violated = false;
            for (i, v) in violations.iter().enumerate() {
                if used[i] || v.rule != family {
                    continue;
                }
                if let Some(id) = &entity
                    && &v.entity.id != id
                {
                    continue;
                }
                used[i] = true;
                violated = true;
                amount += v.amount;
                details.push(reasons::violation_sentence(v, names, lang));
            }
            let (kind, weight) = hardness_label(hardness, lang);
            RuleRow {
                rule: reasons::family_name(family, lang).to_owned(),
                scope,
                kind,
                weight,
                violated,
                amount,
                details: details.join("; "),
            }
        })
        .collect();
    // Anything the checker reported that no listed rule covers, grouped by family.
    let mut rest: BTreeMap<RuleFamily, (f64, bool, Vec<String>)> = BTreeMap::new();
    for (i, v) in violations.iter().enumerate() {
        if !used[i] {
            let e = rest.entry(v.rule).or_default();
            e.0 += v.amount;
            e.1 |= v.hard;
            e.2.push(reasons::violation_sentence(v, names, lang));
        }
    }
    for (family, (amount, hard, msgs)) in rest {
        rows.push(RuleRow {
            rule: reasons::family_name(family, lang).to_owned(),
            scope: String::new(),
            kind: if hard { L::Hard } else { L::Soft }.t(lang).to_owned(),
            weight: None,
            violated: true,
            amount,
            details: msgs.join("; "),
        });
    }
    rows
}
