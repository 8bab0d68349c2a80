//! Desks per site: no more people at a site than it has desks (MODEL.md §6.2).

use crate::core::plan::Hardness;
use crate::core::solve::check::Tally;
use crate::core::solve::model::Builder;

use super::common::{Holder, capacity_rows, over_capacity};
use super::{Family, Rule, RuleFamily, counted};

/// The desks rule.
pub(crate) struct Desks;

impl Family for Desks {
    identity!(Desks, "Family `desks`", enforcement desks);
    capacity!(Holder::Site, |x| counted(x, "desk", "desks"), "them");
    texts!("rule-desks", "rule-desks-short", "rule-desks-total");

    fn elastic_weight(&self) -> f64 {
        1.0
    }

    fn rows(&self, b: &mut Builder<'_>) {
        let (hard, sites) = (b.sd.enforcement().desks, b.sd.sites.len());
        capacity_rows(b, RuleFamily::Desks, hard, sites, |b, s| {
            (b.at_site[s].clone(), b.sd.sites[s].desks as f64)
        });
    }

    fn check(&self, t: &Tally<'_>, out: &mut Vec<(Rule, f64, Hardness)>) {
        let sites = t.sd.sites.iter().enumerate();
        let desks = sites.map(|(s, site)| (s, t.people[s] as f64, site.desks as f64));
        over_capacity(RuleFamily::Desks, t.sd.enforcement().desks, desks, out);
    }
}
