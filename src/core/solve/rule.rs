//! Rule instances (a family plus the entity it is about), with the plain
//! sentences used by the checker's violations and by the diagnosis.

use crate::core::file::EntityKind;

use super::scenario::ScenarioData;
use super::{EntityRef, RuleDetail, RuleFamily};

/// One rule instance. Indices refer to `ScenarioData` lists.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Rule {
    Desks(usize),
    Area(usize),
    Beds(usize),
    Seats(usize),
    /// Vehicles above what is available (always hard).
    Vehicles(usize),
    WholeUnit(usize),
    UnitShareLow(usize),
    UnitShareHigh(usize),
    SiteShareLow(usize),
    SiteShareHigh(usize),
    Budget,
    RideTime(usize),
    /// Zone index.
    MaxCommute(usize),
    Eligibility(usize),
    /// Pinned site id (may be closed).
    Pins(String),
    /// Unit placed `AtSite`.
    UnitAt(usize),
    OpeningSite(usize),
    OpeningHousing(usize),
    Priority(usize),
    /// Zone index of people with no option at all.
    NoOption(usize),
    /// A structural error of an assignment (staff code, message).
    Invalid(String, String),
}

fn fmt_qty(x: f64) -> String {
    let r = (x - 1e-6).ceil().max(0.0);
    let n = r as u64;
    let s = n.to_string();
    // Thousands separated by commas for readability.
    let mut out = String::new();
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

fn people(x: f64) -> String {
    let q = fmt_qty(x);
    if q == "1" {
        "1 person".into()
    } else {
        format!("{q} people")
    }
}

impl Rule {
    /// Family, as used in `Violation::rule` and `DiagnosisItem::rule`.
    pub fn family(&self) -> RuleFamily {
        match self {
            Rule::Desks(_) => RuleFamily::Desks,
            Rule::Area(_) => RuleFamily::Area,
            Rule::Beds(_) => RuleFamily::Beds,
            Rule::Seats(_) => RuleFamily::Seats,
            Rule::Vehicles(_) => RuleFamily::Vehicles,
            Rule::WholeUnit(_)
            | Rule::UnitShareLow(_)
            | Rule::UnitShareHigh(_)
            | Rule::UnitAt(_) => RuleFamily::UnitPlacement,
            Rule::SiteShareLow(_) | Rule::SiteShareHigh(_) => RuleFamily::SiteShare,
            Rule::Budget => RuleFamily::Budget,
            Rule::RideTime(_) => RuleFamily::RideTime,
            Rule::MaxCommute(_) => RuleFamily::MaxCommute,
            Rule::Eligibility(_) => RuleFamily::Eligibility,
            Rule::Pins(_) => RuleFamily::Pins,
            Rule::OpeningSite(_) | Rule::OpeningHousing(_) => RuleFamily::OpeningDates,
            Rule::Priority(_) => RuleFamily::Priority,
            Rule::NoOption(_) => RuleFamily::NoOption,
            Rule::Invalid(..) => RuleFamily::Invalid,
        }
    }

    /// The limits behind the rule, for sentences that name them.
    pub fn detail(&self, sd: &ScenarioData) -> Option<RuleDetail> {
        use super::scenario::UnitPlacement;
        match self {
            Rule::UnitShareLow(u) | Rule::UnitShareHigh(u) => match &sd.units[*u].placement {
                UnitPlacement::Share {
                    site_id,
                    min_pct,
                    max_pct,
                    ..
                } => Some(RuleDetail::UnitShare {
                    site: site_id.clone(),
                    min_pct: *min_pct,
                    max_pct: *max_pct,
                    low: matches!(self, Rule::UnitShareLow(_)),
                }),
                _ => None,
            },
            Rule::UnitAt(u) => match &sd.units[*u].placement {
                UnitPlacement::AtSite(_, id) => Some(RuleDetail::UnitAtSite { site: id.clone() }),
                _ => None,
            },
            Rule::WholeUnit(_) => Some(RuleDetail::UnitWhole),
            Rule::SiteShareLow(i) | Rule::SiteShareHigh(i) => Some(RuleDetail::SiteShare {
                min_pct: sd.shares[*i].min_pct,
                max_pct: sd.shares[*i].max_pct,
                low: matches!(self, Rule::SiteShareLow(_)),
            }),
            Rule::RideTime(t) => Some(RuleDetail::RideTime {
                max_minutes: sd.services[*t].max_ride_minutes,
            }),
            Rule::MaxCommute(_) => Some(RuleDetail::MaxCommute {
                max_minutes: sd.max_daily_commute_minutes,
            }),
            Rule::OpeningSite(s) => Some(RuleDetail::Opens {
                date: sd.sites[*s].opens,
            }),
            Rule::OpeningHousing(h) => Some(RuleDetail::Opens {
                date: sd.housing[*h].available_from,
            }),
            _ => None,
        }
    }

    /// The entity the rule is about.
    pub fn entity(&self, sd: &ScenarioData) -> EntityRef {
        let r = |kind, id: &str| EntityRef {
            kind,
            id: id.to_owned(),
        };
        match self {
            Rule::Desks(s) | Rule::Area(s) | Rule::OpeningSite(s) => {
                r(EntityKind::Site, &sd.sites[*s].id)
            }
            Rule::Beds(h) | Rule::Eligibility(h) | Rule::OpeningHousing(h) => {
                r(EntityKind::Housing, &sd.housing[*h].id)
            }
            Rule::Seats(t) | Rule::Vehicles(t) | Rule::RideTime(t) => {
                r(EntityKind::Transport, &sd.services[*t].id)
            }
            Rule::WholeUnit(u)
            | Rule::UnitShareLow(u)
            | Rule::UnitShareHigh(u)
            | Rule::UnitAt(u) => r(EntityKind::Unit, &sd.units[*u].id),
            Rule::SiteShareLow(i) | Rule::SiteShareHigh(i) => {
                r(EntityKind::Site, &sd.shares[*i].site_id)
            }
            Rule::Budget => r(EntityKind::Rules, "monthly_budget_vnd"),
            Rule::MaxCommute(z) | Rule::NoOption(z) => r(EntityKind::Zone, &sd.zone_ids[*z]),
            Rule::Pins(site) => r(EntityKind::Site, site),
            Rule::Priority(g) => r(EntityKind::Rules, &sd.groups[*g].id),
            Rule::Invalid(code, _) => r(EntityKind::Cadre, code),
        }
    }

    /// Display name of the entity (site, housing, service, unit...), for sentences.
    pub fn entity_name(&self, sd: &ScenarioData) -> String {
        match self {
            Rule::Desks(s) | Rule::Area(s) | Rule::OpeningSite(s) => sd.sites[*s].name.clone(),
            Rule::Beds(h) | Rule::Eligibility(h) | Rule::OpeningHousing(h) => {
                sd.housing[*h].name.clone()
            }
            Rule::Seats(t) | Rule::Vehicles(t) | Rule::RideTime(t) => sd.services[*t].name.clone(),
            Rule::WholeUnit(u)
            | Rule::UnitShareLow(u)
            | Rule::UnitShareHigh(u)
            | Rule::UnitAt(u) => sd.units[*u].name.clone(),
            Rule::Priority(g) => sd.groups[*g].name.clone(),
            Rule::Budget => "the monthly budget".into(),
            _ => self.entity(sd).id,
        }
    }

    /// A plain sentence for `amount` units of violation or relaxation.
    pub fn message(&self, sd: &ScenarioData, amount: f64) -> String {
        let site = |s: usize| sd.sites[s].name.clone();
        let zone = |z: usize| {
            let id = &sd.zone_ids[z];
            sd.plan
                .zone(id)
                .map(|x| x.name.clone())
                .unwrap_or_else(|| id.clone())
        };
        match self {
            Rule::Desks(s) => format!("{} is short of {} desks", site(*s), fmt_qty(amount)),
            Rule::Area(s) => format!(
                "{} is short of {} m2 of working area",
                site(*s),
                fmt_qty(amount)
            ),
            Rule::Beds(h) => format!(
                "{} is short of {} beds",
                sd.housing[*h].name,
                fmt_qty(amount)
            ),
            Rule::Seats(t) => format!(
                "{} is short of {} seats",
                sd.services[*t].name,
                fmt_qty(amount)
            ),
            Rule::Vehicles(t) => format!(
                "{} would need {} more vehicles than are available",
                sd.services[*t].name,
                fmt_qty(amount)
            ),
            Rule::WholeUnit(u) => format!(
                "unit {} cannot stay whole at one site ({} elsewhere)",
                sd.units[*u].name,
                people(amount)
            ),
            Rule::UnitShareLow(u) | Rule::UnitShareHigh(u) => {
                let (site_id, lo, hi) = match &sd.units[*u].placement {
                    super::scenario::UnitPlacement::Share {
                        site_id,
                        min_pct,
                        max_pct,
                        ..
                    } => (site_id.clone(), *min_pct, *max_pct),
                    _ => (String::new(), 0.0, 100.0),
                };
                let side = if matches!(self, Rule::UnitShareLow(_)) {
                    "short of"
                } else {
                    "over"
                };
                format!(
                    "unit {} is {} its share {lo}%..{hi}% at {site_id} by {}",
                    sd.units[*u].name,
                    side,
                    people(amount)
                )
            }
            Rule::SiteShareLow(i) => format!(
                "{} is {} below its minimum share of {}% of all staff",
                sd.shares[*i].site_id,
                people(amount),
                sd.shares[*i].min_pct
            ),
            Rule::SiteShareHigh(i) => format!(
                "{} is {} above its maximum share of {}% of all staff",
                sd.shares[*i].site_id,
                people(amount),
                sd.shares[*i].max_pct
            ),
            Rule::Budget => format!("the monthly budget is short of {} VND", fmt_qty(amount)),
            Rule::RideTime(t) => format!(
                "{} on {} would ride longer than its {} minute limit",
                people(amount),
                sd.services[*t].name,
                sd.services[*t].max_ride_minutes
            ),
            Rule::MaxCommute(z) => format!(
                "{} from {} would commute daily longer than {} minutes and cannot all be housed",
                people(amount),
                zone(*z),
                sd.max_daily_commute_minutes
            ),
            Rule::Eligibility(h) => format!(
                "{} not eligible for {} would have to be housed there",
                people(amount),
                sd.housing[*h].name
            ),
            Rule::Pins(s) => {
                let name = sd
                    .plan
                    .site(s)
                    .map(|x| x.name.clone())
                    .unwrap_or_else(|| s.clone());
                format!("{} pinned to {name} cannot be placed there", people(amount))
            }
            Rule::UnitAt(u) => {
                let target = match &sd.units[*u].placement {
                    super::scenario::UnitPlacement::AtSite(_, id) => id.clone(),
                    _ => String::new(),
                };
                format!(
                    "{} of unit {} cannot be placed at their required site {target}",
                    people(amount),
                    sd.units[*u].name
                )
            }
            Rule::OpeningSite(s) => format!(
                "{} would need {} before it opens ({})",
                people(amount),
                site(*s),
                sd.sites[*s]
                    .opens
                    .map(|d| d.to_string())
                    .unwrap_or_default()
            ),
            Rule::OpeningHousing(h) => format!(
                "{} would need {} before it is available ({})",
                people(amount),
                sd.housing[*h].name,
                sd.housing[*h]
                    .available_from
                    .map(|d| d.to_string())
                    .unwrap_or_default()
            ),
            Rule::Priority(g) => format!(
                "{} in priority group {} cannot get their nearest site",
                people(amount),
                sd.groups[*g].name
            ),
            Rule::NoOption(z) => format!(
                "{} from {} have no way to reach any open site (no running service, no housing)",
                people(amount),
                zone(*z)
            ),
            Rule::Invalid(_, msg) => msg.clone(),
        }
    }
}
