//! A scenario's data with its overrides applied (one function, used by the
//! model builder, the checker and the explanations alike), plus the
//! per-person facts the model and the checker both start from.
//!
//! Why here and not in the model: the checker must not trust the model, but
//! it must read the same scenario; so overrides are applied once, here, and
//! the rules themselves are evaluated separately in `model.rs` and `check.rs`.

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, NaiveDate};

use crate::core::file::{CheckedPlan, Resolved, SiteIx};
use crate::core::plan::{
    Cadre, Eligibility, Gender, Hardness, ObjectiveWeights, Placement, Plan, Preference,
    PriorityCriterion, Scenario, SiteShare, TransportMode, TravelEntry,
};

use super::{Solution, SolveError};

/// The most priority groups a person's group set (a `u64`) holds.
pub(crate) const MAX_PRIORITY_GROUPS: usize = 64;

/// Minutes within which two sites count as equally near for a priority group.
pub(crate) const NEAREST_TOLERANCE_MINUTES: f64 = 0.5;

/// A site as the scenario sees it (closed sites are dropped).
#[derive(Debug, Clone)]
pub(crate) struct SiteData {
    pub id: String,
    pub name: String,
    pub desks: u32,
    /// Working area for positions: area x (1 - common use), m2.
    pub area_available_m2: f64,
    /// Open on the scenario start date.
    pub open: bool,
    pub opens: Option<NaiveDate>,
}

/// A running transport service.
#[derive(Debug, Clone)]
pub(crate) struct ServiceData {
    pub id: String,
    pub name: String,
    pub mode: TransportMode,
    /// Site index into `ScenarioData::sites`.
    pub site: usize,
    /// Zones served (indices), sorted; `None` = every zone.
    pub zones: Option<Vec<usize>>,
    pub vehicles_available: u32,
    /// Riders one vehicle may carry per day at the target fill (`cap_t`, MODEL.md §3).
    pub riders_per_vehicle: f64,
    /// Riders one vehicle carries per day with every seat taken (`phys_t`, MODEL.md §3).
    pub seated_riders_per_vehicle: f64,
    pub cost_vnd_per_vehicle_day: f64,
    pub cost_vnd_per_person_month: f64,
    pub max_ride_minutes: f64,
}

impl ServiceData {
    /// Own-means services hire no vehicles and have no seat limit.
    pub fn has_vehicles(&self) -> bool {
        self.mode != TransportMode::OwnMeans
    }
    /// Whether the service serves zone index `z`.
    pub fn serves(&self, z: usize) -> bool {
        match &self.zones {
            None => true,
            Some(v) => v.binary_search(&z).is_ok(),
        }
    }
}

/// A housing block whose site is not closed.
#[derive(Debug, Clone)]
pub(crate) struct HousingData {
    pub id: String,
    pub name: String,
    pub site: usize,
    pub beds: u32,
    pub cost_vnd_per_bed_month: f64,
    pub minutes_to_site: f64,
    pub open: bool,
    pub available_from: Option<NaiveDate>,
    pub eligibility: Eligibility,
}

/// A priority group that is not `Off`.
#[derive(Debug, Clone)]
pub(crate) struct GroupData {
    pub id: String,
    pub name: String,
    pub criterion: PriorityCriterion,
    pub hardness: Hardness,
}

/// A unit with its placement rule resolved to site indices.
#[derive(Debug, Clone)]
pub(crate) struct UnitData {
    pub id: String,
    pub name: String,
    pub placement: UnitPlacement,
}

/// Placement resolved to indices; a rule naming a closed site keeps `None`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum UnitPlacement {
    Free,
    Whole,
    /// `None`: the site is closed in this scenario (nobody can comply).
    AtSite(Option<usize>, String),
    Share {
        site: Option<usize>,
        site_id: String,
        min_pct: f64,
        max_pct: f64,
    },
}

/// A site share bound resolved to an index.
#[derive(Debug, Clone)]
pub(crate) struct ShareData {
    pub site: Option<usize>,
    pub site_id: String,
    pub min_pct: f64,
    pub max_pct: f64,
    pub hardness: Hardness,
}

/// A cadre's facts the model needs (persons are sorted by staff code).
#[derive(Debug, Clone)]
pub(crate) struct PersonData {
    /// Index into `plan.cadres`.
    pub cadre: usize,
    pub code: String,
    pub zone: usize,
    pub unit: usize,
    pub norm_m2: f64,
    pub gender: Gender,
    pub preference: Preference,
    /// Reference site for disruption (baseline result, else current site); `Err(id)` if closed.
    pub reference: Option<Result<usize, String>>,
    /// Pinned site; `Err(id)` when the pinned site is closed.
    pub pin: Option<Result<usize, String>>,
    /// Bit g set: member of `groups[g]`.
    pub groups: u64,
}

/// Everything a solve, check or explanation needs about one scenario.
#[derive(Debug, Clone)]
pub(crate) struct ScenarioData<'a> {
    pub plan: &'a Plan,
    pub scenario: &'a Scenario,
    pub sites: Vec<SiteData>,
    pub services: Vec<ServiceData>,
    pub housing: Vec<HousingData>,
    pub units: Vec<UnitData>,
    pub groups: Vec<GroupData>,
    pub shares: Vec<ShareData>,
    pub zone_ids: Vec<String>,
    pub persons: Vec<PersonData>,
    pub max_daily_commute_minutes: f64,
    pub weights: ObjectiveWeights,
    pub monthly_budget_vnd: Option<f64>,
    pub working_days_per_month: f64,
    pub weekly_travel_vnd_per_month: f64,
    /// Daily minutes per (zone, service): `minutes[z][t]` (NaN if not served).
    pub service_minutes: Vec<Vec<f64>>,
    /// Shortest daily minutes per (zone, site) over running services (infinite if none).
    pub site_minutes: Vec<Vec<f64>>,
    /// Minutes from each cadre's zone to their current site (min over plan modes), for "before".
    pub before_minutes: Vec<Option<f64>>,
    /// Some open housing is gender-restricted and eligibility is enforced.
    pub gender_matters: bool,
}

/// The items of `list` in the order of their ids (a stable sort).
fn sorted_by_id<T>(list: &[T], id: impl Fn(&T) -> &str) -> Vec<&T> {
    let mut sorted: Vec<&T> = list.iter().collect();
    sorted.sort_by(|a, b| id(a).cmp(id(b)));
    sorted
}

/// The last of `overrides` whose `target` is `id` (a later override wins).
fn last_override<'a, O>(
    overrides: &'a [O],
    target: impl Fn(&O) -> &str,
    id: &str,
) -> Option<&'a O> {
    overrides.iter().rev().find(|o| target(o) == id)
}

/// For each entry of `list` (the plan's order), its position once the list
/// is sorted by `id` (a stable sort, as the scenario's own lists are).
fn sorted_positions<T>(list: &[T], id: impl Fn(&T) -> &str) -> Vec<usize> {
    let mut order: Vec<usize> = (0..list.len()).collect();
    order.sort_by(|&a, &b| id(&list[a]).cmp(id(&list[b])));
    let mut pos = vec![0; list.len()];
    for (rank, i) in order.into_iter().enumerate() {
        pos[i] = rank;
    }
    pos
}

/// Months between `birth` and `day`, whole months.
fn age_months(birth: NaiveDate, day: NaiveDate) -> i64 {
    let mut m =
        (day.year() as i64 - birth.year() as i64) * 12 + day.month() as i64 - birth.month() as i64;
    if day.day() < birth.day() {
        m -= 1;
    }
    m
}

/// Whether `c` belongs to a group with this criterion on `day`.
pub(crate) fn in_group(
    plan: &Plan,
    c: &Cadre,
    criterion: PriorityCriterion,
    day: NaiveDate,
) -> bool {
    match criterion {
        PriorityCriterion::ChildUnder36Months => c.care.child_under_36_months,
        PriorityCriterion::DependentElderly => c.care.dependent_elderly,
        PriorityCriterion::Health => c.care.health,
        PriorityCriterion::RetiringWithinMonths(n) => {
            let Some(birth) = c.birth_date else {
                return false;
            };
            let retire = match c.gender {
                Gender::Female => plan.rules.retirement_age_female_months,
                Gender::Male | Gender::Unspecified => plan.rules.retirement_age_male_months,
            } as i64;
            retire - age_months(birth, day) <= n as i64
        }
    }
}

/// Resolves travel minutes with scenario entries first, then the plan's, then coordinates.
fn travel_minutes(
    plan: &Plan,
    scen_entries: &[TravelEntry],
    factors: &[(String, Option<TransportMode>, f64)],
    zone: &str,
    site: &str,
    mode: TransportMode,
) -> f64 {
    let base = if let Some(e) = scen_entries
        .iter()
        .rev()
        .find(|e| e.zone == zone && e.site == site && e.mode == mode)
    {
        e.minutes
    } else if let Some(e) = plan.travel.entry(zone, site, mode) {
        e.minutes
    } else {
        match (plan.zone(zone), plan.site(site)) {
            (Some(z), Some(s)) => plan.travel.derive(z.location, s.location, mode).minutes,
            _ => f64::INFINITY,
        }
    };
    let mut f = 1.0;
    for (s, m, k) in factors {
        if s == site && m.is_none_or(|m| m == mode) {
            f *= k;
        }
    }
    base * f
}

impl<'a> ScenarioData<'a> {
    /// Applies the scenario's overrides to the plan. `baseline` gives reference sites.
    /// The plan's references were resolved once, by validation.
    pub fn build(
        checked: &'a CheckedPlan,
        scenario: &str,
        baseline: Option<&Solution>,
    ) -> Result<Self, SolveError> {
        Self::build_resolved(checked.plan(), checked.resolved(), scenario, baseline)
    }

    /// The same from a plain plan (reports get one): its references are
    /// resolved first, and one that names nothing is an error
    /// ([`SolveError::Unresolved`]), never a fallback to another entity.
    pub fn build_plan(
        plan: &'a Plan,
        scenario: &str,
        baseline: Option<&Solution>,
    ) -> Result<Self, SolveError> {
        let resolved = Resolved::of(plan).map_err(SolveError::Unresolved)?;
        Self::build_resolved(plan, &resolved, scenario, baseline)
    }

    fn build_resolved(
        plan: &'a Plan,
        resolved: &Resolved,
        scenario: &str,
        baseline: Option<&Solution>,
    ) -> Result<Self, SolveError> {
        let scen = plan
            .scenario(scenario)
            .ok_or_else(|| SolveError::UnknownScenario(scenario.to_owned()))?;
        // Disruption is never measured against a baseline without a plan
        // (MODEL.md §3): that would silently fall back to current sites.
        if let (Some(base_id), Some(b)) = (&scen.baseline, baseline)
            && !b.has_plan()
        {
            return Err(SolveError::BaselineWithoutPlan {
                scenario: scen.id.clone(),
                baseline: base_id.clone(),
                status: b.status.clone(),
            });
        }
        let ov = &scen.overrides;
        let start = scen.start;
        let enf = plan.rules.enforcement;
        let dates_apply = enf.opening_dates != Hardness::Off;

        // Sites, sorted by id, closed ones dropped.
        let mut sites = Vec::new();
        for s in sorted_by_id(&plan.sites, |s| &s.id) {
            let o = last_override(&ov.sites, |o| &o.site, &s.id);
            if o.is_some_and(|o| o.closed) {
                continue;
            }
            let desks = o.and_then(|o| o.desks).unwrap_or(s.desks);
            let area = o.and_then(|o| o.area_m2).unwrap_or(s.area_m2);
            let opens = o.and_then(|o| o.opens).or(s.opens);
            sites.push(SiteData {
                id: s.id.clone(),
                name: s.name.clone(),
                desks,
                area_available_m2: area * (1.0 - s.common_use_share),
                open: !dates_apply || opens.is_none_or(|d| d <= start),
                opens,
            });
        }
        let closed_ids: std::collections::BTreeSet<&str> = ov
            .sites
            .iter()
            .filter(|o| o.closed)
            .map(|o| o.site.as_str())
            .collect();
        let site_index: HashMap<&str, usize> = sites
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.as_str(), i))
            .collect();

        let mut zone_ids: Vec<String> = plan.zones.iter().map(|z| z.id.clone()).collect();
        zone_ids.sort();
        let zone_index: HashMap<&str, usize> = zone_ids
            .iter()
            .enumerate()
            .map(|(i, z)| (z.as_str(), i))
            .collect();
        // Position in `zone_ids` (sorted) of each zone of the plan's list.
        let zone_pos = sorted_positions(&plan.zones, |z| z.id.as_str());

        // Services.
        let mut services = Vec::new();
        for t in sorted_by_id(&plan.transport, |t| &t.id) {
            let o = last_override(&ov.transport, |o| &o.service, &t.id);
            if o.is_some_and(|o| o.disabled) {
                continue;
            }
            let Some(&site) = site_index.get(t.site.as_str()) else {
                continue;
            };
            let zones = if t.zones.is_empty() {
                None
            } else {
                let mut v: Vec<usize> = t
                    .zones
                    .iter()
                    .filter_map(|z| zone_index.get(z.as_str()).copied())
                    .collect();
                v.sort_unstable();
                v.dedup();
                Some(v)
            };
            let fill = t.target_fill_share;
            services.push(ServiceData {
                id: t.id.clone(),
                name: t.name.clone(),
                mode: t.mode,
                site,
                zones,
                vehicles_available: o
                    .and_then(|o| o.vehicles_available)
                    .unwrap_or(t.vehicles_available),
                riders_per_vehicle: t.seats_per_vehicle_day() as f64 * fill,
                seated_riders_per_vehicle: t.seats_per_vehicle_day() as f64,
                cost_vnd_per_vehicle_day: o
                    .and_then(|o| o.cost_vnd_per_vehicle_day)
                    .unwrap_or(t.cost_vnd_per_vehicle_day),
                cost_vnd_per_person_month: o
                    .and_then(|o| o.cost_vnd_per_person_month)
                    .unwrap_or(t.cost_vnd_per_person_month),
                max_ride_minutes: t.max_ride_minutes,
            });
        }

        // Housing.
        let mut housing = Vec::new();
        for h in sorted_by_id(&plan.housing, |h| &h.id) {
            let Some(&site) = site_index.get(h.site.as_str()) else {
                continue;
            };
            let o = last_override(&ov.housing, |o| &o.housing, &h.id);
            let from = o.and_then(|o| o.available_from).or(h.available_from);
            housing.push(HousingData {
                id: h.id.clone(),
                name: h.name.clone(),
                site,
                beds: o.and_then(|o| o.beds).unwrap_or(h.beds),
                cost_vnd_per_bed_month: o
                    .and_then(|o| o.cost_vnd_per_bed_month)
                    .unwrap_or(h.cost_vnd_per_bed_month),
                minutes_to_site: h.minutes_to_site,
                open: !dates_apply || from.is_none_or(|d| d <= start),
                available_from: from,
                eligibility: h.eligibility,
            });
        }

        // Units, sorted by id.
        let u_list = sorted_by_id(&plan.units, |u| &u.id);
        let placement_on = enf.unit_placement != Hardness::Off;
        let units: Vec<UnitData> = u_list
            .iter()
            .map(|u| UnitData {
                id: u.id.clone(),
                name: u.name.clone(),
                placement: if !placement_on {
                    UnitPlacement::Free
                } else {
                    match &u.placement {
                        Placement::Free => UnitPlacement::Free,
                        Placement::WholeAtOneSite => UnitPlacement::Whole,
                        // A rule naming a site the scenario closes lapses: the
                        // scenario's decision to close the site wins (MODEL.md §1).
                        Placement::AtSite(s) => match site_index.get(s.as_str()) {
                            Some(&i) => UnitPlacement::AtSite(Some(i), s.clone()),
                            None if closed_ids.contains(s.as_str()) => UnitPlacement::Free,
                            None => UnitPlacement::AtSite(None, s.clone()),
                        },
                        Placement::ShareAtSite {
                            site,
                            min_pct,
                            max_pct,
                        } => match site_index.get(site.as_str()) {
                            None if closed_ids.contains(site.as_str()) => UnitPlacement::Free,
                            found => UnitPlacement::Share {
                                site: found.copied(),
                                site_id: site.clone(),
                                min_pct: *min_pct,
                                max_pct: *max_pct,
                            },
                        },
                    }
                },
            })
            .collect();
        // Position in `units` (sorted by id) of each unit of the plan's list.
        let unit_pos = sorted_positions(&plan.units, |u| u.id.as_str());

        let on_groups = plan
            .rules
            .priority_groups
            .iter()
            .filter(|g| g.hardness != Hardness::Off);
        // A person's group set is a u64: validation refuses more groups, and
        // an unvalidated plan with more is refused here, never cut short.
        let count = on_groups.clone().count();
        if count > MAX_PRIORITY_GROUPS {
            return Err(SolveError::TooManyPriorityGroups {
                count,
                max: MAX_PRIORITY_GROUPS,
            });
        }
        let groups: Vec<GroupData> = on_groups
            .map(|g| GroupData {
                id: g.id.clone(),
                name: g.name.clone(),
                criterion: g.criterion,
                hardness: g.hardness,
            })
            .collect();

        let rules_ov = &ov.rules;
        let share_src: &Vec<SiteShare> = rules_ov
            .site_shares
            .as_ref()
            .unwrap_or(&plan.rules.site_shares);
        let mut shares: Vec<ShareData> = share_src
            .iter()
            .filter(|s| s.hardness != Hardness::Off)
            .map(|s| ShareData {
                site: site_index.get(s.site.as_str()).copied(),
                site_id: s.site.clone(),
                min_pct: s.min_pct,
                max_pct: s.max_pct,
                hardness: s.hardness,
            })
            .collect();
        shares.sort_by(|a, b| a.site_id.cmp(&b.site_id));

        let factors: Vec<(String, Option<TransportMode>, f64)> = ov
            .travel_factors
            .iter()
            .map(|f| (f.site.clone(), f.mode, f.minutes_factor))
            .collect();

        // Travel per (zone, service) and per (zone, site).
        let mut service_minutes = vec![vec![f64::NAN; services.len()]; zone_ids.len()];
        let mut site_minutes = vec![vec![f64::INFINITY; sites.len()]; zone_ids.len()];
        for (zi, z) in zone_ids.iter().enumerate() {
            for (ti, t) in services.iter().enumerate() {
                if !t.serves(zi) {
                    continue;
                }
                let m = travel_minutes(plan, &ov.travel, &factors, z, &sites[t.site].id, t.mode);
                service_minutes[zi][ti] = m;
                if m < site_minutes[zi][t.site] {
                    site_minutes[zi][t.site] = m;
                }
            }
        }

        let gender_matters = enf.eligibility != Hardness::Off
            && housing.iter().any(|h| h.eligibility != Eligibility::Anyone);

        // Reference sites from the baseline result.
        let baseline_sites: Option<HashMap<&str, &str>> =
            baseline.filter(|b| b.has_plan()).map(|b| {
                b.assignments
                    .iter()
                    .map(|a| (a.code.as_str(), a.site.as_str()))
                    .collect()
            });
        // The scenario's position of each of the plan's sites (`None`: closed).
        let site_pos: Vec<Option<usize>> = plan
            .sites
            .iter()
            .map(|ps| site_index.get(ps.id.as_str()).copied())
            .collect();

        let mut order: Vec<usize> = (0..plan.cadres.len()).collect();
        order.sort_by(|&a, &b| plan.cadres[a].code.cmp(&plan.cadres[b].code));
        let mut persons = Vec::with_capacity(order.len());
        let mut before_minutes = Vec::with_capacity(order.len());
        // "Before" minutes: current site with the plan's own travel, fastest mode.
        let mut before_cache: BTreeMap<(String, String), f64> = BTreeMap::new();
        for ci in order {
            let c = &plan.cadres[ci];
            let refs = resolved.cadre(ci);
            // A plan site as the scenario sees it: `Err(id)` when it is closed.
            let at = |ix: SiteIx| -> Result<usize, String> {
                site_pos[ix.get()].ok_or_else(|| plan.sites[ix.get()].id.clone())
            };
            let reference = match &baseline_sites {
                // A baseline's sites come from a solution, not the plan: by id.
                Some(m) => m
                    .get(c.code.as_str())
                    .map(|s| site_index.get(s).copied().ok_or_else(|| (*s).to_owned()))
                    .or_else(|| refs.current_site.map(at)),
                None => refs.current_site.map(at),
            };
            let pin = if enf.pins == Hardness::Off {
                None
            } else {
                refs.pinned_site.map(at)
            };
            let mut bits = 0u64;
            for (g, gd) in groups.iter().enumerate() {
                if in_group(plan, c, gd.criterion, start) {
                    bits |= 1 << g;
                }
            }
            let before = c.current_site.as_ref().map(|s| {
                *before_cache
                    .entry((c.zone.clone(), s.clone()))
                    .or_insert_with(|| {
                        TransportMode::ALL
                            .iter()
                            .map(|&m| travel_minutes(plan, &[], &[], &c.zone, s, m))
                            .fold(f64::INFINITY, f64::min)
                    })
            });
            before_minutes.push(before.filter(|m| m.is_finite()));
            persons.push(PersonData {
                cadre: ci,
                code: c.code.clone(),
                zone: zone_pos[refs.zone.get()],
                unit: unit_pos[refs.unit.get()],
                norm_m2: plan.grades[refs.grade.get()].area_m2_per_person,
                gender: c.gender,
                preference: c.preference,
                reference,
                pin,
                groups: bits,
            });
        }

        Ok(ScenarioData {
            plan,
            scenario: scen,
            sites,
            services,
            housing,
            units,
            groups,
            shares,
            zone_ids,
            persons,
            max_daily_commute_minutes: rules_ov
                .max_daily_commute_minutes
                .unwrap_or(plan.rules.max_daily_commute_minutes),
            weights: rules_ov.weights.unwrap_or(plan.rules.weights),
            monthly_budget_vnd: rules_ov
                .monthly_budget_vnd
                .or(plan.rules.monthly_budget_vnd),
            working_days_per_month: plan.rules.working_days_per_month,
            weekly_travel_vnd_per_month: plan.rules.weekly_travel_vnd_per_month,
            service_minutes,
            site_minutes,
            before_minutes,
            gender_matters,
        })
    }

    /// The enforcement rules of the plan.
    pub fn enforcement(&self) -> crate::core::plan::Enforcement {
        self.plan.rules.enforcement
    }

    /// Hardness of the budget cap.
    pub fn budget_hardness(&self) -> Hardness {
        self.plan.rules.budget
    }

    /// Id of person `p`'s reference site (closed ones included), if any.
    pub fn reference_id(&self, p: usize) -> Option<String> {
        match &self.persons[p].reference {
            None => None,
            Some(Ok(s)) => Some(self.sites[*s].id.clone()),
            Some(Err(id)) => Some(id.clone()),
        }
    }

    /// The cadre behind person `p`.
    pub fn cadre(&self, p: usize) -> &Cadre {
        &self.plan.cadres[self.persons[p].cadre]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample_scenario_id(plan: &Plan) -> String {
        plan.scenarios[0].id.clone()
    }

    #[test]
    fn a_dangling_unit_in_an_unchecked_plan_is_refused_not_read_as_the_first_unit() {
        let mut plan = crate::core::sample::sample_plan();
        plan.cadres[0].unit = "ghost-unit".into();
        let id = sample_scenario_id(&plan);
        match ScenarioData::build_plan(&plan, &id, None) {
            Err(SolveError::Unresolved(d)) => {
                assert_eq!((d.field, d.id.as_str()), ("unit", "ghost-unit"));
                assert_eq!(d.cadre, plan.cadres[0].code);
            }
            other => panic!(
                "expected Unresolved, got {:?}",
                other.map(|sd| sd.persons.len())
            ),
        }
    }

    #[test]
    fn priority_groups_past_64_are_refused_not_dropped() {
        let mut plan = crate::core::sample::sample_plan();
        let group = crate::core::plan::PriorityGroup {
            hardness: Hardness::Soft(1.0),
            ..Default::default()
        };
        plan.rules.priority_groups = (0..=MAX_PRIORITY_GROUPS)
            .map(|i| crate::core::plan::PriorityGroup {
                id: format!("g{i}"),
                ..group.clone()
            })
            .collect();
        let id = sample_scenario_id(&plan);
        match ScenarioData::build_plan(&plan, &id, None) {
            Err(SolveError::TooManyPriorityGroups { count, max }) => {
                assert_eq!((count, max), (65, 64));
            }
            other => panic!(
                "expected TooManyPriorityGroups, got {:?}",
                other.map(|_| ())
            ),
        }
        // Exactly 64 still builds, each group with its own bit.
        plan.rules.priority_groups.pop();
        let sd = ScenarioData::build_plan(&plan, &id, None).expect("64 groups build");
        assert_eq!(sd.groups.len(), 64);
    }

    #[test]
    fn a_checked_plan_builds_the_same_persons_as_its_plain_plan() {
        let plan = crate::core::sample::sample_plan();
        let id = sample_scenario_id(&plan);
        let checked = crate::core::file::validate(plan.clone()).expect("the sample is valid");
        let a = ScenarioData::build(&checked, &id, None).expect("builds");
        let b = ScenarioData::build_plan(&plan, &id, None).expect("builds");
        let key = |sd: &ScenarioData| {
            sd.persons
                .iter()
                .map(|p| {
                    (
                        p.cadre,
                        p.zone,
                        p.unit,
                        p.norm_m2.to_bits(),
                        p.pin.clone(),
                        p.reference.clone(),
                    )
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(key(&a), key(&b));
        // Zones and units are named by their sorted position.
        for p in &a.persons {
            let c = &plan.cadres[p.cadre];
            assert_eq!(a.zone_ids[p.zone], c.zone);
            assert_eq!(a.units[p.unit].id, c.unit);
        }
    }

    fn cadre(gender: Gender, born: (i32, u32, u32)) -> Cadre {
        Cadre {
            gender,
            birth_date: NaiveDate::from_ymd_opt(born.0, born.1, born.2),
            ..Cadre::default()
        }
    }

    #[test]
    fn retirement_window_uses_the_gender_age_and_the_scenario_start() {
        let plan = Plan::default();
        let day = NaiveDate::from_ymd_opt(2025, 7, 1).unwrap_or_default();
        let within = PriorityCriterion::RetiringWithinMonths(24);
        // Whether a cadre of `gender` born on `born` is in the group on `day`.
        let member = |gender, born| in_group(&plan, &cadre(gender, born), within, day);
        // Women retire at 56y8m: born 1969-01-01 is 56y6m on the day, 2 months left.
        assert!(member(Gender::Female, (1969, 1, 1)));
        // Men retire at 61y3m: born 1966-01-01 is 59y6m, 21 months left.
        assert!(member(Gender::Male, (1966, 1, 1)));
        // Born 1970-01-01, a man is 55y6m: 69 months left.
        assert!(!member(Gender::Male, (1970, 1, 1)));
        // The same birth date for a woman: 56y8m - 55y6m = 14 months left.
        assert!(member(Gender::Female, (1970, 1, 1)));
        // No birth date: not a member.
        assert!(!in_group(&plan, &Cadre::default(), within, day));
    }

    #[test]
    fn age_in_whole_months() {
        let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap_or_default();
        assert_eq!(age_months(d(2000, 5, 15), d(2025, 5, 14)), 24 * 12 + 11);
        assert_eq!(age_months(d(2000, 5, 15), d(2025, 5, 15)), 25 * 12);
    }
}
