//! Rule families: one file per family behind the [`Family`] trait, listed once
//! in the registry below (as ripgrep lists each flag once in `FLAGS`).
//!
//! A family says, in its own file:
//! - which options it forbids or prices (`arrangement_breaches`,
//!   `site_breaches`, `option_set_breaches`), for the cohorts of MODEL.md §3;
//! - which rows and columns it adds to the model (`rows`, MODEL.md §6);
//! - how the independent checker verifies an assignment (`check`, MODEL.md §9):
//!   plain arithmetic on the checker's own tallies, never the model's code;
//! - how it explains a person's place (`reasons`, MODEL.md §11) and names its
//!   findings: the entity, the limits (`detail`), the English log sentence
//!   (`message`) and the sentences and name of the catalogue, in every language;
//! - how strictly the plan holds it (`hardness`), for the Rules page and sheet.
//!
//! The model builder, the checker, the diagnosis, the explanations, the Rules
//! page and the Rules sheet iterate over [`FAMILIES`]. To add a family: one
//! file here, one line in `registry!`, its messages in `i18n/*/hq_planner.ftl`
//! and its section in docs/MODEL.md (docs/ARCHITECTURE.md has the recipe; the
//! test `every_family_is_complete` checks the last three). What families
//! share is in `common.rs`: the macros `identity!` (variant, MODEL.md
//! section, enforcement switch), `texts!` (name and finding from the
//! catalogue), `said!` (a finding with its limits), `finding!` and
//! `capacity!`, and the capacity families' rows and checker test.

#[macro_use]
mod common;

mod area;
mod beds;
mod budget;
mod desks;
mod eligibility;
mod findings;
mod max_commute;
mod opening_dates;
mod pins;
mod priority;
mod ride_time;
mod seats;
mod site_share;
mod unit_placement;
mod vehicles;

use serde::{Deserialize, Serialize};

use crate::core::file::EntityKind;
use crate::core::plan::{Enforcement, Hardness, Plan, Scenario};
use crate::core::solve::check::Tally;
use crate::core::solve::model::{Arr, Builder, Opt};
use crate::core::solve::scenario::ScenarioData;
use crate::core::solve::{Assignment, EntityRef, Reason, RuleDetail};
use crate::core::text::{Lang, fmt, loader};

pub(crate) use budget::money;
pub(crate) use unit_placement::replaces_cohort_row;

/// Lists every family once: its variant of [`RuleFamily`], its JSON name, its
/// rank in the order findings are sorted (the order of format 1's outputs),
/// and its implementation. The list order is the order of reports, of the
/// model's rows and of the hooks.
macro_rules! registry {
    ($( $(#[doc = $doc:literal])* $variant:ident = $name:literal, rank $rank:literal, $imp:expr; )*) => {
        /// A family of rules: what a violation, a diagnosis item or a binding
        /// capacity is about. Serialised in snake_case ("desks", "unit_placement"...).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum RuleFamily {
            $( $(#[doc = $doc])* #[serde(rename = $name)] $variant, )*
        }

        impl RuleFamily {
            /// Every family, in the order reports list them.
            pub const ALL: &'static [RuleFamily] = &[$(RuleFamily::$variant),*];

            /// The snake_case name used in JSON and by the CLI ("desks", "unit_placement"...).
            pub fn as_str(self) -> &'static str {
                match self { $(RuleFamily::$variant => $name,)* }
            }

            /// Position in the order findings are sorted in.
            fn rank(self) -> u8 {
                match self { $(RuleFamily::$variant => $rank,)* }
            }

            /// The family's implementation.
            pub(crate) fn def(self) -> &'static dyn Family {
                match self { $(RuleFamily::$variant => &$imp,)* }
            }
        }

        /// Every family's implementation, in report order.
        pub(crate) static FAMILIES: &[&dyn Family] = &[$(&$imp),*];
    };
}

registry! {
    /// Desks per site.
    Desks = "desks", rank 0, desks::Desks;
    /// Working area per site (Decree 152 norms).
    Area = "area", rank 1, area::Area;
    /// Beds per housing block.
    Beds = "beds", rank 2, beds::Beds;
    /// Who may stay in a housing block.
    Eligibility = "eligibility", rank 10, eligibility::EligibilityRule;
    /// Seats per transport service.
    Seats = "seats", rank 3, seats::Seats;
    /// Vehicles available per service.
    Vehicles = "vehicles", rank 4, vehicles::Vehicles;
    /// Longest ride on a service.
    RideTime = "ride_time", rank 8, ride_time::RideTime;
    /// Longest daily commute.
    MaxCommute = "max_commute", rank 9, max_commute::MaxCommute;
    /// Cadres pinned to a site.
    Pins = "pins", rank 11, pins::Pins;
    /// Unit placement (whole at one site, share at a site, at a given site).
    UnitPlacement = "unit_placement", rank 5, unit_placement::UnitPlacementRule;
    /// Sites and housing used before they open.
    OpeningDates = "opening_dates", rank 12, opening_dates::OpeningDates;
    /// Share of all staff at a site.
    SiteShare = "site_share", rank 6, site_share::SiteShareRule;
    /// Monthly budget cap.
    Budget = "budget", rank 7, budget::Budget;
    /// Priority groups get their nearest site.
    Priority = "priority", rank 13, priority::Priority;
    /// People with no way to reach any open site.
    NoOption = "no_option", rank 14, findings::NoOption;
    /// A structurally invalid assignment (unknown site, service to another site...).
    Invalid = "invalid", rank 15, findings::Invalid;
    /// The checker's objective disagrees with the solver's (an internal error).
    Objective = "objective", rank 16, findings::Objective;
    /// The diagnosis did not finish: the cause is unknown.
    Unknown = "unknown", rank 17, findings::Unknown;
}

impl PartialOrd for RuleFamily {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for RuleFamily {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.rank().cmp(&other.rank())
    }
}

impl std::fmt::Display for RuleFamily {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl RuleFamily {
    /// A capacity: desks, area, beds, seats or vehicles (something can be full).
    pub fn is_capacity(self) -> bool {
        self.def().is_capacity()
    }

    /// How strictly `e` holds the family, when the plan has one switch for it
    /// (`rules.enforcement.<id>`).
    pub fn hardness(self, e: &Enforcement) -> Option<Hardness> {
        let mut e = *e;
        self.def().enforcement(&mut e).map(|h| *h)
    }

    /// Sets how strictly `e` holds the family; false when it has no switch.
    pub fn set_hardness(self, e: &mut Enforcement, h: Hardness) -> bool {
        match self.def().enforcement(e) {
            Some(slot) => {
                *slot = h;
                true
            }
            None => false,
        }
    }

    /// A rule of the plan, not a kind of finding (invalid input, no option...).
    pub fn is_rule(self) -> bool {
        self.def().is_rule()
    }

    /// The family's name in `lang`, e.g. "Chỗ làm việc mỗi trụ sở" / "Desks per site".
    pub fn name(self, lang: Lang) -> String {
        self.def().name(lang)
    }
}

/// Which of a family's rules an instance is (for families with several).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Part {
    /// The family's one rule.
    Only,
    /// A unit whole at one site.
    Whole,
    /// A lower bound (a share's minimum).
    Low,
    /// An upper bound (a share's maximum).
    High,
    /// A unit at a given site.
    AtSite,
    /// A site (opening dates).
    Site,
    /// A housing block (opening dates).
    Housing,
}

/// What an instance is about: an index into a `ScenarioData` list (which list
/// is the family's business), a plan id, or nothing.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum At {
    /// The whole scenario (the budget).
    Scenario,
    /// An index into the family's list (site, housing, service, unit, zone...).
    Index(usize),
    /// A plan id (a pinned site, which may be closed).
    Id(String),
    /// A structurally invalid assignment: staff code, message.
    Invalid(String, String),
}

/// One rule instance: a family, which of its rules, and what it is about.
/// Sorted by family rank, then part, then entity.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct Rule {
    pub family: RuleFamily,
    pub part: Part,
    pub at: At,
}

impl Rule {
    /// The family's one rule about list entry `i`.
    pub fn of(family: RuleFamily, i: usize) -> Self {
        Self::part(family, Part::Only, i)
    }

    /// Rule `part` of `family` about list entry `i`.
    pub fn part(family: RuleFamily, part: Part, i: usize) -> Self {
        Self {
            family,
            part,
            at: At::Index(i),
        }
    }

    /// A rule about the whole scenario.
    pub fn scenario(family: RuleFamily) -> Self {
        Self {
            family,
            part: Part::Only,
            at: At::Scenario,
        }
    }

    /// A structural error of an assignment (staff code, message).
    pub fn invalid(code: String, message: String) -> Self {
        Self {
            family: RuleFamily::Invalid,
            part: Part::Only,
            at: At::Invalid(code, message),
        }
    }

    /// The list index the rule is about (0 when it has none).
    pub fn index(&self) -> usize {
        match self.at {
            At::Index(i) => i,
            _ => 0,
        }
    }

    /// Family, as used in `Violation::rule` and `DiagnosisItem::rule`.
    pub fn family(&self) -> RuleFamily {
        self.family
    }

    /// The limits behind the rule, for sentences that name them.
    pub fn detail(&self, sd: &ScenarioData) -> Option<RuleDetail> {
        self.family.def().detail(self, sd)
    }

    /// The entity the rule is about.
    pub fn entity(&self, sd: &ScenarioData) -> EntityRef {
        self.family.def().entity(self, sd)
    }

    /// The display name of the entity the rule is about.
    pub fn entity_name(&self, sd: &ScenarioData) -> String {
        self.family.def().entity_name(self, sd)
    }

    /// A plain English sentence for `amount` units of violation or relaxation.
    pub fn message(&self, sd: &ScenarioData, amount: f64) -> String {
        self.family.def().message(self, sd, amount)
    }

    /// Slack weight of the elastic (diagnosis) model, per unit of relaxation.
    pub fn elastic_weight(&self) -> f64 {
        self.family.def().elastic_weight()
    }
}

/// The rules an option breaks, each with its hardness (MODEL.md §3).
pub(crate) type Breaches = Vec<(Rule, Hardness)>;

/// Elastic weight of one person breaking a per-person rule: above one desk, bed or
/// seat, so the diagnosis prefers "short of N beds" to "N people break a rule".
pub(crate) const ELASTIC_PERSON_BREACH: f64 = 1.5;

/// One rule of the plan as the Rules page and the Rules sheet list it.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanRule {
    /// The family.
    pub family: RuleFamily,
    /// The entity it is limited to (a site's share, a priority group), else every entity.
    pub entity: Option<String>,
    /// What it says, in words ("at most 90 minutes", "Site A: 30–60%"), or empty.
    pub scope: String,
    /// How strictly it holds.
    pub hardness: Hardness,
}

/// A family of rules. Every method but the identity, the checker and the
/// texts has a default that does nothing, so a family implements only what it is.
pub(crate) trait Family: Sync {
    /// Which family.
    fn id(&self) -> RuleFamily;

    /// The heading of the family's section in docs/MODEL.md.
    #[allow(
        dead_code,
        reason = "read by the registry test every_family_is_complete"
    )]
    fn model_section(&self) -> &'static str;

    /// A rule of the plan (else a kind of finding only: invalid input, an
    /// internal error, an unfinished diagnosis, people with no way to work).
    fn is_rule(&self) -> bool {
        true
    }

    /// A capacity (something can be full).
    fn is_capacity(&self) -> bool {
        false
    }

    /// Slack weight in the elastic (diagnosis) model, per unit of relaxation.
    fn elastic_weight(&self) -> f64 {
        ELASTIC_PERSON_BREACH
    }

    /// How strictly the plan's enforcement holds the family, when it has one switch.
    fn enforcement<'a>(&self, _e: &'a mut Enforcement) -> Option<&'a mut Hardness> {
        None
    }

    /// The family's rules in the plan for `scenario`, for the Rules page and sheet.
    fn plan_rules(&self, plan: &Plan, _scenario: &Scenario, _lang: Lang) -> Vec<PlanRule> {
        let mut e = plan.rules.enforcement;
        self.enforcement(&mut e)
            .map(|h| PlanRule {
                family: self.id(),
                entity: None,
                scope: String::new(),
                hardness: *h,
            })
            .into_iter()
            .collect()
    }

    /// Breaches of person `p` travelling by `arr` (`minutes` one way), pushed with
    /// their hardness (MODEL.md §3).
    fn arrangement_breaches(
        &self,
        _sd: &ScenarioData,
        _p: usize,
        _arr: Arr,
        _minutes: f64,
        _out: &mut Breaches,
    ) {
    }

    /// Breaches of person `p` working at site `s`.
    fn site_breaches(&self, _sd: &ScenarioData, _p: usize, _s: usize, _out: &mut Breaches) {}

    /// Breaches that depend on all of person `p`'s options at once (the nearest site).
    fn option_set_breaches(&self, _sd: &ScenarioData, _p: usize, _opts: &mut [Opt]) {}

    /// Rows and columns of the model (MODEL.md §6).
    fn rows(&self, _b: &mut Builder<'_>) {}

    /// The independent check (MODEL.md §9): every instance broken by the
    /// checker's tallies, with its amount and hardness.
    fn check(&self, t: &Tally<'_>, out: &mut Vec<(Rule, f64, Hardness)>);

    /// Why person `p` is where `a` puts them, as far as this family decides it.
    fn reasons(&self, _sd: &ScenarioData, _p: usize, _a: &Assignment, _out: &mut Vec<Reason>) {}

    /// The entity an instance is about.
    fn entity(&self, rule: &Rule, sd: &ScenarioData) -> EntityRef;

    /// The display name of the entity an instance is about (its id when it
    /// has no name).
    fn entity_name(&self, rule: &Rule, sd: &ScenarioData) -> String {
        let e = self.entity(rule, sd);
        fn named<'a>(
            mut list: impl Iterator<Item = (&'a String, &'a String)>,
            id: &str,
        ) -> Option<String> {
            list.find(|(i, _)| *i == id).map(|(_, n)| n.clone())
        }
        let name = match e.kind {
            EntityKind::Site => named(sd.sites.iter().map(|x| (&x.id, &x.name)), &e.id),
            EntityKind::Housing => named(sd.housing.iter().map(|x| (&x.id, &x.name)), &e.id),
            EntityKind::Transport => named(sd.services.iter().map(|x| (&x.id, &x.name)), &e.id),
            EntityKind::Unit => named(sd.units.iter().map(|x| (&x.id, &x.name)), &e.id),
            _ => None,
        };
        name.unwrap_or(e.id)
    }

    /// The limits behind an instance, for sentences that name them.
    fn detail(&self, _rule: &Rule, _sd: &ScenarioData) -> Option<RuleDetail> {
        None
    }

    /// A plain English sentence for `amount` units of violation or relaxation
    /// (logs, the CLI and the JSON `message`).
    fn message(&self, rule: &Rule, sd: &ScenarioData, amount: f64) -> String;

    /// The English sentence for the family's total when its split between
    /// entities is open (MODEL.md §10).
    fn total_message(&self, amount: f64) -> String {
        format!(
            "{} in all cannot be placed under the {} rules (who exactly is open)",
            people(amount),
            self.id()
        )
    }

    /// The family's name in `lang`.
    fn name(&self, lang: Lang) -> String;

    /// A finding of `amount` at the entity called `name`, in `lang`.
    fn sentence(&self, lang: Lang, name: &str, amount: f64) -> String;

    /// A finding with its limits named (`detail`), in the finding's language;
    /// `None` when the family has no sentence for that detail (the plain
    /// `sentence` is used).
    fn detail_sentence(&self, _detail: &RuleDetail, _finding: &Finding<'_>) -> Option<String> {
        None
    }

    /// The family's whole shortfall over interchangeable entities, in `lang`.
    fn total_sentence(&self, lang: Lang, amount: f64) -> String {
        i18n_embed_fl::fl!(
            loader(lang),
            "rule-total-people",
            family = self.name(lang),
            n = qty(amount, lang),
            count = whole(amount)
        )
    }
}

/// A finding to be said in a language: the entity's display name and the
/// amount, with a way to name the sites its limits mention.
pub(crate) struct Finding<'a> {
    pub lang: Lang,
    /// The display name of the entity the finding is about.
    pub name: &'a str,
    /// How much the rule is broken by (people, desks, m2...).
    pub amount: f64,
    /// The display name of a site id.
    pub site_name: &'a dyn Fn(&str) -> String,
}

impl Finding<'_> {
    /// The amount as a whole quantity written in the language ([`qty`]).
    pub fn n(&self) -> String {
        qty(self.amount, self.lang)
    }

    /// The whole amount, for plural forms ([`whole`]).
    pub fn count(&self) -> u64 {
        whole(self.amount)
    }

    /// A number of the finding's limits (minutes, percent), written in the language.
    pub fn number(&self, x: f64) -> String {
        fmt::number(x, 0, self.lang)
    }
}

/// A whole quantity from a (possibly fractional) amount: rounded up, as the
/// solver counts people, desks and beds.
pub(crate) fn whole(x: f64) -> u64 {
    (x.abs() - 1e-6).ceil().max(0.0) as u64
}

/// [`whole`], written in `lang`.
pub(crate) fn qty(x: f64, lang: Lang) -> String {
    fmt::number(whole(x) as f64, 0, lang)
}

/// A whole quantity in English with thousands commas (the English log sentences).
pub(crate) fn fmt_qty(x: f64) -> String {
    fmt::number((x - 1e-6).ceil().max(0.0), 0, Lang::En)
}

/// A count with its noun, singular for exactly one ("1 bed", "2 beds").
pub(crate) fn counted(x: f64, one: &str, many: &str) -> String {
    let q = fmt_qty(x);
    if q == "1" {
        format!("1 {one}")
    } else {
        format!("{q} {many}")
    }
}

/// "has" for one person, "have" for more.
pub(crate) fn has(x: f64) -> &'static str {
    if fmt_qty(x) == "1" { "has" } else { "have" }
}

/// "1 person", "3 people".
pub(crate) fn people(x: f64) -> String {
    counted(x, "person", "people")
}

/// An entity reference.
pub(crate) fn entity(kind: EntityKind, id: &str) -> EntityRef {
    EntityRef {
        kind,
        id: id.to_owned(),
    }
}

/// The display name of zone `z`.
pub(crate) fn zone_name(sd: &ScenarioData, z: usize) -> String {
    let id = &sd.zone_ids[z];
    sd.plan
        .zone(id)
        .map(|x| x.name.clone())
        .unwrap_or_else(|| id.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 10: a family is one file, one registry line, its catalogue
    /// entries and its MODEL.md section; the compiler checks the trait, this
    /// checks the rest.
    #[test]
    fn every_family_is_complete() {
        let model = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/MODEL.md"))
            .unwrap_or_default();
        assert!(!model.is_empty(), "docs/MODEL.md is missing");
        let headings: Vec<&str> = model
            .lines()
            .filter(|l| l.starts_with('#'))
            .map(|l| l.trim_start_matches('#').trim())
            .collect();
        assert_eq!(FAMILIES.len(), RuleFamily::ALL.len());
        let mut ranks = std::collections::BTreeSet::new();
        for (f, id) in FAMILIES.iter().zip(RuleFamily::ALL) {
            assert_eq!(f.id(), *id, "registry order");
            assert_eq!(id.def().id(), *id);
            assert!(ranks.insert(id.rank()), "{id}: rank used twice");
            assert!(
                headings.iter().any(|h| h.contains(f.model_section())),
                "{id}: docs/MODEL.md has no section \"{}\"",
                f.model_section()
            );
            let json = serde_json::to_string(id).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", id.as_str()));
            for lang in Lang::ALL {
                let name = f.name(lang);
                assert!(
                    !name.is_empty() && !name.contains("rule-"),
                    "{id}: no name in {lang:?}"
                );
                let s = f.sentence(lang, "X", 2.0);
                assert!(
                    !s.is_empty() && !s.contains("rule-"),
                    "{id}: no sentence in {lang:?}"
                );
                let t = f.total_sentence(lang, 2.0);
                assert!(
                    !t.is_empty() && !t.contains("rule-"),
                    "{id}: no total in {lang:?}"
                );
            }
        }
    }
}
