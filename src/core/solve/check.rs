//! The independent checker (docs/MODEL.md section 9): plain Rust that
//! recomputes every rule, KPI and objective term from the assignments and
//! vehicles alone. It reads the scenario data but none of the model's
//! options, cohorts or columns.

use std::collections::{BTreeMap, HashMap};

use crate::core::plan::{Hardness, Preference, TransportMode};
use crate::core::rules::{FAMILIES, Rule};

use super::scenario::{PersonData, ScenarioData};
use super::{
    Arrangement, Assignment, CommuteStats, CostBreakdown, HousingKpi, Kpis, ObjectiveBreakdown,
    ServiceKpi, SiteKpi, UnitKpi, Violation,
};

/// Tolerance for capacity comparisons.
pub(crate) const EPS: f64 = 1e-6;

/// What the checker found.
#[derive(Debug, Clone)]
pub(crate) struct Checked {
    /// Every broken rule, hard and soft.
    pub violations: Vec<Violation>,
    pub kpis: Kpis,
    pub terms: ObjectiveBreakdown,
    /// Assignments with their figures recomputed, sorted by staff code.
    pub assignments: Vec<Assignment>,
    /// Vehicles per service id, sorted by id.
    pub vehicles: Vec<(String, u32)>,
}

/// Per-person facts recomputed by the checker.
pub(crate) struct Placed {
    pub site: usize,
    pub daily: Option<usize>,
    pub weekly: Option<usize>,
    pub minutes: f64,
    pub vnd: f64,
}

/// What the checker counted from the assignments alone, for the rule
/// families' checks (`Family::check`).
pub(crate) struct Tally<'a> {
    pub sd: &'a ScenarioData<'a>,
    /// Each person's place (None: structurally invalid or missing).
    pub placed: Vec<Option<Placed>>,
    /// People per site.
    pub people: Vec<usize>,
    /// Area norms per site, m2.
    pub area: Vec<f64>,
    /// Riders per service.
    pub riders: Vec<usize>,
    /// Beds used per housing block.
    pub beds: Vec<usize>,
    /// People per (unit, site).
    pub unit_site: BTreeMap<(usize, usize), usize>,
    /// People per unit.
    pub unit_size: Vec<usize>,
    /// Vehicles per service.
    pub vehicles: Vec<u32>,
    /// Money per month, VND.
    pub total_vnd: f64,
}

impl Tally<'_> {
    /// Every placed person with their place.
    pub fn placed(&self) -> impl Iterator<Item = (usize, &Placed)> {
        self.placed
            .iter()
            .enumerate()
            .filter_map(|(p, pl)| pl.as_ref().map(|pl| (p, pl)))
    }
}

fn stats(mut v: Vec<f64>) -> CommuteStats {
    if v.is_empty() {
        return CommuteStats::default();
    }
    v.sort_by(|a, b| a.total_cmp(b));
    let n = v.len();
    let mean = v.iter().sum::<f64>() / n as f64;
    let idx = ((0.95 * n as f64).ceil() as usize).clamp(1, n) - 1;
    CommuteStats {
        mean,
        p95: v[idx],
        max: v[n - 1],
    }
}

/// Vehicles for `riders` on service `t`: the one rule of MODEL.md §8 that the
/// solve's report, `evaluate`, `explain` and hand moves use. The cheapest count
/// (vehicle money plus the soft price of riders above the target fill) among those
/// that seat every rider, capped at what is available; ties go to fewer vehicles.
pub(crate) fn cheapest_vehicles(sd: &ScenarioData, t: usize, riders: usize) -> u32 {
    let svc = &sd.services[t];
    if !svc.has_vehicles() || riders == 0 {
        return 0;
    }
    let r = riders as f64;
    let avail = svc.vehicles_available;
    let at_least = |per_vehicle: f64| -> u32 {
        if per_vehicle <= 0.0 {
            return avail;
        }
        ((r / per_vehicle - 1e-9).ceil().max(0.0) as u32).min(avail)
    };
    let seated = at_least(svc.seated_riders_per_vehicle);
    let filled = at_least(svc.riders_per_vehicle);
    match sd.enforcement().seats {
        Hardness::Hard => filled,
        Hardness::Off => seated,
        Hardness::Soft(w) => {
            let vehicle =
                sd.weights.money_vnd * sd.working_days_per_month * svc.cost_vnd_per_vehicle_day;
            let cost =
                |v: u32| vehicle * v as f64 + w * (r - svc.riders_per_vehicle * v as f64).max(0.0);
            let below = if svc.riders_per_vehicle > 0.0 {
                ((r / svc.riders_per_vehicle + 1e-9).floor() as u32).min(avail)
            } else {
                seated
            };
            let mut best = seated;
            for v in [below, filled] {
                if v > seated && cost(v) < cost(best) - 1e-9 {
                    best = v;
                }
            }
            best
        }
    }
}

/// Each item's position in `items`, by its id.
fn positions<'a, T>(items: &'a [T], id: impl Fn(&'a T) -> &'a str) -> HashMap<&'a str, usize> {
    items.iter().enumerate().map(|(i, x)| (id(x), i)).collect()
}

/// Positions of the scenario's sites, services and housing by id.
struct Indices<'a> {
    sites: HashMap<&'a str, usize>,
    services: HashMap<&'a str, usize>,
    housing: HashMap<&'a str, usize>,
}

/// The position of `id`, or the message `missing` gives when it has none.
fn find(
    positions: &HashMap<&str, usize>,
    id: &str,
    missing: impl FnOnce() -> String,
) -> Result<usize, String> {
    positions.get(id).copied().ok_or_else(missing)
}

/// A hard "invalid assignment" finding about cadre `code`.
fn invalid(code: &str, msg: String) -> (Rule, f64, Hardness) {
    (Rule::invalid(code.to_owned(), msg), 1.0, Hardness::Hard)
}

/// Where `a` places `per`, or why that place does not exist in this scenario.
fn place(
    sd: &ScenarioData,
    idx: &Indices<'_>,
    per: &PersonData,
    a: &Assignment,
) -> Result<Placed, String> {
    let (code, site) = (&per.code, &a.site);
    let s = find(&idx.sites, site, || {
        format!("cadre {code} is placed at {site}, which is not an open site in this scenario")
    })?;
    Ok(match &a.arrangement {
        Arrangement::Daily { service } => {
            let t = find(&idx.services, service, || {
                format!("cadre {code} rides {service}, which does not run in this scenario")
            })?;
            let svc = &sd.services[t];
            if svc.site != s || !svc.serves(per.zone) {
                return Err(format!(
                    "service {service} does not carry cadre {code} from their zone to {site}"
                ));
            }
            let minutes = sd.service_minutes[per.zone][t];
            Placed {
                site: s,
                daily: Some(t),
                weekly: None,
                minutes,
                vnd: svc.cost_vnd_per_person_month,
            }
        }
        Arrangement::Weekly { housing } => {
            let h = find(&idx.housing, housing, || {
                format!(
                    "cadre {code} is housed in {housing}, which is not available in this scenario"
                )
            })?;
            let hd = &sd.housing[h];
            if hd.site != s {
                return Err(format!(
                    "housing {housing} is not near {site} (cadre {code})"
                ));
            }
            Placed {
                site: s,
                daily: None,
                weekly: Some(h),
                minutes: hd.minutes_to_site,
                vnd: hd.cost_vnd_per_bed_month + sd.weekly_travel_vnd_per_month,
            }
        }
    })
}

/// Checks `assignments` with `vehicles` (service id -> count; missing = the
/// cheapest that seat the riders, [`cheapest_vehicles`]).
pub(crate) fn check(
    sd: &ScenarioData,
    assignments: &[Assignment],
    vehicles: Option<&[(String, u32)]>,
) -> Checked {
    let w = sd.weights;
    let mut viol: Vec<(Rule, f64, Hardness)> = Vec::new();
    let mut by_code: HashMap<&str, &Assignment> = HashMap::new();
    for a in assignments {
        if by_code.insert(a.code.as_str(), a).is_some() {
            viol.push(invalid(
                &a.code,
                format!("cadre {} is assigned twice", a.code),
            ));
        }
    }
    let known: std::collections::HashSet<&str> =
        sd.persons.iter().map(|p| p.code.as_str()).collect();
    for a in assignments {
        if !known.contains(a.code.as_str()) {
            viol.push(invalid(
                &a.code,
                format!("{} is not a cadre of the plan", a.code),
            ));
        }
    }

    // Per person.
    let idx = Indices {
        sites: positions(&sd.sites, |s| &s.id),
        services: positions(&sd.services, |s| &s.id),
        housing: positions(&sd.housing, |h| &h.id),
    };
    let mut placed: Vec<Option<Placed>> = Vec::with_capacity(sd.persons.len());
    for per in &sd.persons {
        let found = match by_code.get(per.code.as_str()) {
            Some(a) => place(sd, &idx, per, a),
            None => Err(format!("cadre {} has no assignment", per.code)),
        };
        match found {
            Ok(p) => placed.push(Some(p)),
            Err(msg) => {
                viol.push(invalid(&per.code, msg));
                placed.push(None);
            }
        }
    }

    // Aggregates.
    let ns = sd.sites.len();
    let mut people = vec![0usize; ns];
    let mut area = vec![0.0f64; ns];
    let mut riders = vec![0usize; sd.services.len()];
    let mut beds = vec![0usize; sd.housing.len()];
    let mut unit_site: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    let mut unit_size = vec![0usize; sd.units.len()];
    for (p, per) in sd.persons.iter().enumerate() {
        unit_size[per.unit] += 1;
        let Some(pl) = &placed[p] else { continue };
        people[pl.site] += 1;
        area[pl.site] += per.norm_m2;
        if let Some(t) = pl.daily {
            riders[t] += 1;
        }
        if let Some(h) = pl.weekly {
            beds[h] += 1;
        }
        *unit_site.entry((per.unit, pl.site)).or_default() += 1;
    }
    let given: HashMap<&str, u32> = vehicles
        .unwrap_or(&[])
        .iter()
        .map(|(id, v)| (id.as_str(), *v))
        .collect();
    let mut veh = vec![0u32; sd.services.len()];
    for (t, svc) in sd.services.iter().enumerate() {
        if !svc.has_vehicles() {
            continue;
        }
        veh[t] = match vehicles {
            Some(_) => given.get(svc.id.as_str()).copied().unwrap_or(0),
            None => cheapest_vehicles(sd, t, riders[t]),
        };
    }

    // Money.
    let days = sd.working_days_per_month;
    let mut cost = CostBreakdown::default();
    let mut svc_kpis = Vec::new();
    for (t, svc) in sd.services.iter().enumerate() {
        let vcost = veh[t] as f64 * days * svc.cost_vnd_per_vehicle_day;
        let pcost = riders[t] as f64 * svc.cost_vnd_per_person_month;
        cost.vehicles_vnd += vcost;
        if svc.mode == TransportMode::OwnMeans {
            cost.allowances_vnd += pcost;
        } else {
            cost.tickets_vnd += pcost;
        }
        let seats = veh[t] as f64 * svc.seated_riders_per_vehicle;
        svc_kpis.push(ServiceKpi {
            service: svc.id.clone(),
            riders: riders[t],
            vehicles: veh[t],
            seat_fill_share: if seats > 0.0 {
                riders[t] as f64 / seats
            } else {
                0.0
            },
            cost_vnd_per_month: vcost + pcost,
        });
    }
    let mut h_kpis = Vec::new();
    for (h, hd) in sd.housing.iter().enumerate() {
        let c = beds[h] as f64 * hd.cost_vnd_per_bed_month;
        cost.housing_vnd += c;
        cost.weekly_travel_vnd += beds[h] as f64 * sd.weekly_travel_vnd_per_month;
        h_kpis.push(HousingKpi {
            housing: hd.id.clone(),
            beds_used: beds[h] as u32,
            beds: hd.beds,
            cost_vnd_per_month: c,
        });
    }
    cost.total_vnd = cost.vehicles_vnd
        + cost.tickets_vnd
        + cost.allowances_vnd
        + cost.housing_vnd
        + cost.weekly_travel_vnd;

    // Every rule family checks itself on the tallies.
    let tally = Tally {
        sd,
        placed,
        people,
        area,
        riders,
        beds,
        unit_site,
        unit_size,
        vehicles: veh,
        total_vnd: cost.total_vnd,
    };
    for f in FAMILIES {
        f.check(&tally, &mut viol);
    }
    let Tally {
        placed,
        people,
        area,
        riders,
        unit_site,
        vehicles: veh,
        ..
    } = tally;

    // Per-person outputs and objective terms.
    let mut out_assign = Vec::with_capacity(sd.persons.len());
    let mut minutes_sum = 0.0;
    let mut disrupted = 0usize;
    let mut mismatches = 0usize;
    let mut after = Vec::new();
    let mut before = Vec::new();
    let (mut daily_n, mut housed_n) = (0usize, 0usize);
    for (p, per) in sd.persons.iter().enumerate() {
        if let Some(b) = sd.before_minutes[p] {
            before.push(b);
        }
        let Some(pl) = &placed[p] else { continue };
        let Some(a) = by_code.get(per.code.as_str()) else {
            continue;
        };
        minutes_sum += pl.minutes;
        after.push(pl.minutes);
        let dis = match &per.reference {
            None => false,
            Some(Ok(r)) => *r != pl.site,
            Some(Err(_)) => true,
        };
        let mis = match per.preference {
            Preference::DailyCommute => pl.weekly.is_some(),
            Preference::WeeklyWithHousing => pl.daily.is_some(),
            Preference::MoveHome | Preference::None => false,
        };
        disrupted += dis as usize;
        mismatches += mis as usize;
        let mut share = pl.vnd;
        if let Some(t) = pl.daily {
            daily_n += 1;
            if riders[t] > 0 {
                share += veh[t] as f64 * days * sd.services[t].cost_vnd_per_vehicle_day
                    / riders[t] as f64;
            }
        } else {
            housed_n += 1;
        }
        let cadre = sd.cadre(p);
        out_assign.push(Assignment {
            code: per.code.clone(),
            site: sd.sites[pl.site].id.clone(),
            arrangement: a.arrangement.clone(),
            commute_minutes_before: sd.before_minutes[p],
            commute_minutes_after: pl.minutes,
            cost_vnd_per_month: share,
            pinned: cadre.pinned_site.as_deref() == Some(sd.sites[pl.site].id.as_str()),
            reference_site: sd.reference_id(p),
            disrupted: dis,
            preference_mismatch: mis,
        });
    }

    // Violations: hard ones flagged, soft ones priced.
    viol.sort_by(|a, b| a.0.cmp(&b.0));
    let mut merged: Vec<(Rule, f64, Hardness)> = Vec::new();
    for (r, amt, h) in viol {
        if h == Hardness::Off {
            continue;
        }
        match merged.last_mut() {
            Some(last) if last.0 == r => last.1 += amt,
            _ => merged.push((r, amt, h)),
        }
    }
    let mut penalties = 0.0;
    let mut violations = Vec::new();
    for (r, amt, h) in merged {
        if let Hardness::Soft(wt) = h {
            penalties += wt * amt;
        }
        violations.push(Violation {
            entity: r.entity(sd),
            rule: r.family(),
            amount: amt,
            detail: r.detail(sd),
            hard: h == Hardness::Hard,
            message: r.message(sd, amt),
        });
    }
    let terms = {
        let commute = w.commute_minute * minutes_sum;
        let money = w.money_vnd * cost.total_vnd;
        let disruption = w.disruption_person * disrupted as f64;
        let preference = w.preference_mismatch_person * mismatches as f64;
        ObjectiveBreakdown {
            commute,
            money,
            disruption,
            preference,
            penalties,
            total: commute + money + disruption + preference + penalties,
        }
    };

    // KPIs.
    let mut sites_k = Vec::new();
    for (s, sdt) in sd.sites.iter().enumerate() {
        let by_unit: Vec<(String, usize)> = sd
            .units
            .iter()
            .enumerate()
            .filter_map(|(u, ud)| {
                let n = unit_site.get(&(u, s)).copied().unwrap_or(0);
                (n > 0).then(|| (ud.id.clone(), n))
            })
            .collect();
        sites_k.push(SiteKpi {
            site: sdt.id.clone(),
            people: people[s],
            desks: sdt.desks,
            area_used_m2: area[s],
            area_available_m2: sdt.area_available_m2,
            people_by_unit: by_unit,
        });
    }
    let units_k = sd
        .units
        .iter()
        .enumerate()
        .map(|(u, ud)| UnitKpi {
            unit: ud.id.clone(),
            people_by_site: (0..ns)
                .filter_map(|s| {
                    let n = unit_site.get(&(u, s)).copied().unwrap_or(0);
                    (n > 0).then(|| (sd.sites[s].id.clone(), n))
                })
                .collect(),
        })
        .collect();
    let soft_violations = violations.iter().filter(|v| !v.hard).cloned().collect();
    let kpis = Kpis {
        sites: sites_k,
        units: units_k,
        commute_before: stats(before),
        commute_after: stats(after),
        daily_commuters: daily_n,
        housed: housed_n,
        services: svc_kpis,
        housing: h_kpis,
        cost,
        disrupted,
        preference_mismatches: mismatches,
        soft_violations,
    };
    let vehicles_out = sd
        .services
        .iter()
        .enumerate()
        .filter(|(_, s)| s.has_vehicles())
        .map(|(t, s)| (s.id.clone(), veh[t]))
        .collect();
    Checked {
        violations,
        kpis,
        terms,
        assignments: out_assign,
        vehicles: vehicles_out,
    }
}
