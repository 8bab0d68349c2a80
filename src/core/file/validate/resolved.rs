//! A plan's references resolved to typed indices, once.
//!
//! A [`Plan`] refers to its entities by id strings (a cadre's `unit: "so-tc"`).
//! Validation checks that every id resolves; [`Resolved::of`] then turns each
//! reference into a typed index into the plan's own list (`plan.units[u]`), so
//! that the optimiser never looks an id up again and can never fall back on a
//! default entity when one does not resolve. A [`super::CheckedPlan`] always
//! carries its `Resolved`, so a checked plan cannot hold a dangling reference.
//!
//! The indices are positions in the plan's lists as written (file order); a
//! scenario that sorts or drops entities maps them itself.

use std::collections::HashMap;

use crate::core::plan::Plan;

/// Declares a typed index into one of the plan's lists: a `u32` position that
/// cannot be mixed up with an index into another list (as good_lp's
/// `Variable` cannot be mixed up with a plain number).
macro_rules! index_type {
    ($( $(#[doc = $doc:literal])* $name:ident; )*) => {$(
        $(#[doc = $doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(u32);

        impl $name {
            /// The position in the plan's list.
            pub fn get(self) -> usize {
                self.0 as usize
            }

            fn at(i: usize) -> Self {
                // Lists are far below u32::MAX entries (validation caps them).
                Self(u32::try_from(i).unwrap_or(u32::MAX))
            }
        }
    )*};
}

index_type! {
    /// An index into `plan.sites`.
    SiteIx;
    /// An index into `plan.zones`.
    ZoneIx;
    /// An index into `plan.units`.
    UnitIx;
    /// An index into `plan.grades`.
    GradeIx;
}

/// One cadre's references, resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CadreRefs {
    /// The home zone.
    pub zone: ZoneIx,
    /// The unit.
    pub unit: UnitIx,
    /// The grade.
    pub grade: GradeIx,
    /// The site worked at today, if any.
    pub current_site: Option<SiteIx>,
    /// The site the cadre is pinned to, if any.
    pub pinned_site: Option<SiteIx>,
}

/// Every cadre's references, in `plan.cadres` order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Resolved {
    cadres: Vec<CadreRefs>,
}

/// A reference that does not resolve: which cadre, which field, which id.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cadre {cadre} (#{row}), field `{field}`: unknown id \"{id}\"")]
pub struct Dangling {
    /// The cadre's staff code.
    pub cadre: String,
    /// 1-based position of the cadre in the plan's list.
    pub row: usize,
    /// The field holding the id.
    pub field: &'static str,
    /// The id that names nothing.
    pub id: String,
}

/// Position of each id in a list (the first one wins on a duplicate, which
/// validation refuses anyway).
fn positions<'a, T>(list: &'a [T], id: impl Fn(&'a T) -> &'a str) -> HashMap<&'a str, usize> {
    let mut m = HashMap::with_capacity(list.len());
    for (i, x) in list.iter().enumerate() {
        m.entry(id(x)).or_insert(i);
    }
    m
}

impl Resolved {
    /// Resolves every cadre's references of `plan`, or names the first one
    /// that does not resolve.
    pub fn of(plan: &Plan) -> Result<Resolved, Dangling> {
        let sites = positions(&plan.sites, |s| s.id.as_str());
        let zones = positions(&plan.zones, |z| z.id.as_str());
        let units = positions(&plan.units, |u| u.id.as_str());
        let grades = positions(&plan.grades, |g| g.id.as_str());
        let mut cadres = Vec::with_capacity(plan.cadres.len());
        for (row, c) in plan.cadres.iter().enumerate() {
            let find = |map: &HashMap<&str, usize>, field: &'static str, id: &str| {
                map.get(id).copied().ok_or_else(|| Dangling {
                    cadre: c.code.clone(),
                    row: row + 1,
                    field,
                    id: id.to_owned(),
                })
            };
            let site = |field: &'static str, id: &Option<String>| {
                id.as_deref()
                    .map(|id| find(&sites, field, id).map(SiteIx::at))
                    .transpose()
            };
            cadres.push(CadreRefs {
                zone: ZoneIx::at(find(&zones, "zone", &c.zone)?),
                unit: UnitIx::at(find(&units, "unit", &c.unit)?),
                grade: GradeIx::at(find(&grades, "grade", &c.grade)?),
                current_site: site("current_site", &c.current_site)?,
                pinned_site: site("pinned_site", &c.pinned_site)?,
            });
        }
        Ok(Resolved { cadres })
    }

    /// The references of cadre `i` (an index into `plan.cadres`).
    pub fn cadre(&self, i: usize) -> CadreRefs {
        self.cadres[i]
    }

    /// Every cadre's references, in `plan.cadres` order.
    pub fn cadres(&self) -> &[CadreRefs] {
        &self.cadres
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::sample::sample_plan;

    #[test]
    fn every_cadre_of_the_sample_resolves_to_the_entities_it_names() {
        let plan = sample_plan();
        let r = Resolved::of(&plan).expect("the sample resolves");
        assert_eq!(r.cadres().len(), plan.cadres.len());
        for (i, c) in plan.cadres.iter().enumerate() {
            let refs = r.cadre(i);
            assert_eq!(plan.zones[refs.zone.get()].id, c.zone);
            assert_eq!(plan.units[refs.unit.get()].id, c.unit);
            assert_eq!(plan.grades[refs.grade.get()].id, c.grade);
            assert_eq!(
                refs.current_site.map(|s| plan.sites[s.get()].id.clone()),
                c.current_site
            );
            assert_eq!(
                refs.pinned_site.map(|s| plan.sites[s.get()].id.clone()),
                c.pinned_site
            );
        }
    }

    #[test]
    fn an_unknown_unit_is_named_with_its_cadre_and_field_not_replaced_by_the_first_unit() {
        let mut plan = sample_plan();
        plan.cadres[3].unit = "ghost-unit".into();
        let err = Resolved::of(&plan).expect_err("a dangling unit must not resolve");
        assert_eq!(err.cadre, plan.cadres[3].code);
        assert_eq!(err.row, 4);
        assert_eq!(err.field, "unit");
        assert_eq!(err.id, "ghost-unit");
    }
}
