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

/// A count with its noun, singular for exactly one ("1 bed", "2 beds").
fn counted(x: f64, one: &str, many: &str) -> String {
    let q = fmt_qty(x);
    if q == "1" {
        format!("1 {one}")
    } else {
        format!("{q} {many}")
    }
}

/// "has" for one person, "have" for more.
fn has(x: f64) -> &'static str {
    if fmt_qty(x) == "1" { "has" } else { "have" }
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
            Rule::Desks(s) => format!(
                "{} is short of {}",
                site(*s),
                counted(amount, "desk", "desks")
            ),
            Rule::Area(s) => format!(
                "{} is short of {} m2 of working area",
                site(*s),
                fmt_qty(amount)
            ),
            Rule::Beds(h) => format!(
                "{} is short of {}",
                sd.housing[*h].name,
                counted(amount, "bed", "beds")
            ),
            Rule::Seats(t) => format!(
                "{} is short of {}",
                sd.services[*t].name,
                counted(amount, "seat", "seats")
            ),
            Rule::Vehicles(t) => format!(
                "{} would need {} than are available",
                sd.services[*t].name,
                counted(amount, "more vehicle", "more vehicles")
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
                "{} from {} {} no way to reach any open site (no running service, no housing)",
                people(amount),
                zone(*z),
                has(amount)
            ),
            Rule::Invalid(_, msg) => msg.clone(),
        }
    }
}

/// The sentence for a shortfall whose split between entities is open (MODEL.md
/// §10): the total of one rule family, where any of its entities could take it.
pub fn total_message(family: super::RuleFamily, amount: f64) -> String {
    use super::RuleFamily as F;
    match family {
        F::Desks => format!(
            "the headquarters together are short of {} (which site takes them is open)",
            counted(amount, "desk", "desks")
        ),
        F::Area => format!(
            "the headquarters together are short of {} m2 of working area (which site takes it is open)",
            fmt_qty(amount)
        ),
        F::Beds => format!(
            "the housing blocks together are short of {} (which block takes them is open)",
            counted(amount, "bed", "beds")
        ),
        F::Seats => format!(
            "the services together are short of {} (which service takes them is open)",
            counted(amount, "seat", "seats")
        ),
        F::Vehicles => format!(
            "the services together would need {} than are available (which service is open)",
            counted(amount, "more vehicle", "more vehicles")
        ),
        F::Budget => format!("the monthly budget is short of {} VND", fmt_qty(amount)),
        other => format!(
            "{} in all cannot be placed under the {other} rules (who exactly is open)",
            people(amount)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::{counted, has, people, total_message};
    use crate::core::solve::RuleFamily;

    /// Issue 9, item 6: the total read "desks: 2 in all".
    #[test]
    fn a_total_shortfall_reads_as_a_sentence() {
        assert_eq!(
            total_message(RuleFamily::Beds, 1_224.0),
            "the housing blocks together are short of 1,224 beds (which block takes them is open)"
        );
        assert_eq!(
            total_message(RuleFamily::Desks, 1.0),
            "the headquarters together are short of 1 desk (which site takes them is open)"
        );
    }

    /// Issue 9, item 21: messages said "1 beds" and "1 person ... have".
    #[test]
    fn one_bed_and_one_person_are_singular() {
        assert_eq!(counted(1.0, "bed", "beds"), "1 bed");
        assert_eq!(counted(0.4, "bed", "beds"), "1 bed");
        assert_eq!(counted(2.0, "bed", "beds"), "2 beds");
        assert_eq!(counted(1_224.0, "bed", "beds"), "1,224 beds");
        assert_eq!(people(1.0), "1 person");
        assert_eq!(people(3.0), "3 people");
        assert_eq!(has(1.0), "has");
        assert_eq!(has(2.0), "have");
    }
}
