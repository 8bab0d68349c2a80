//! Beds per housing block: no more housed people than beds (MODEL.md §6.4).

use crate::core::plan::Hardness;
use crate::core::solve::check::Tally;
use crate::core::solve::model::Builder;

use super::common::{Holder, capacity_rows, over_capacity};
use super::{Family, Rule, RuleFamily, counted};

/// The beds rule.
pub(crate) struct Beds;

impl Family for Beds {
    identity!(Beds, "Family `beds`", enforcement beds);
    capacity!(Holder::Housing, |x| counted(x, "bed", "beds"), "them");
    texts!("rule-beds", "rule-beds-short", "rule-beds-total");

    fn elastic_weight(&self) -> f64 {
        1.0
    }

    fn rows(&self, b: &mut Builder<'_>) {
        let (hard, blocks) = (b.sd.enforcement().beds, b.sd.housing.len());
        capacity_rows(b, RuleFamily::Beds, hard, blocks, |b, h| {
            (std::mem::take(&mut b.beds[h]), b.sd.housing[h].beds as f64)
        });
    }

    fn check(&self, t: &Tally<'_>, out: &mut Vec<(Rule, f64, Hardness)>) {
        let blocks = t.sd.housing.iter().enumerate();
        let beds = blocks.map(|(h, hd)| (h, t.beds[h] as f64, hd.beds as f64));
        over_capacity(RuleFamily::Beds, t.sd.enforcement().beds, beds, out);
    }
}
