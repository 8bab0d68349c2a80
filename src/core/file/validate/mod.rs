//! Validation: a [`Plan`] as a person wrote it becomes a [`CheckedPlan`], or a
//! list of **every** problem found, each with the place it is at.
//!
//! Validation never stops at the first problem: a board fixing a file wants the
//! whole list at once.

mod checks;
pub mod limits;
mod problem;
mod resolved;

use crate::core::plan::Plan;

use checks::Validator;
pub use problem::{
    CycleKind, EntityKind, Place, Problem, ProblemDetail, ProblemKind, RefKind, elide,
};
pub use resolved::{CadreRefs, Dangling, GradeIx, Resolved, SiteIx, UnitIx, ZoneIx};

/// A plan that passed validation: every reference resolves, ids are unique,
/// numbers are finite and in range, periods are ordered. It carries its
/// references resolved to typed indices ([`Resolved`]), made once here, so
/// nothing downstream looks an id up again or can meet a dangling one.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckedPlan {
    plan: Plan,
    resolved: Resolved,
}

impl CheckedPlan {
    /// The validated plan.
    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    /// The plan's references as typed indices.
    pub fn resolved(&self) -> &Resolved {
        &self.resolved
    }

    /// Gives the plan back (e.g. to edit it; it must be validated again).
    pub fn into_plan(self) -> Plan {
        self.plan
    }
}

/// Validates `plan`, returning it checked or every problem found.
pub fn validate(plan: Plan) -> Result<CheckedPlan, Vec<Problem>> {
    let problems = problems(&plan);
    if !problems.is_empty() {
        return Err(problems);
    }
    match Resolved::of(&plan) {
        Ok(resolved) => Ok(CheckedPlan { plan, resolved }),
        // Validation checks every reference the resolver follows, so this is
        // unreachable unless the two disagree; then the plan is refused, with
        // the place, rather than checked with a dangling reference.
        Err(d) => Err(vec![dangling_problem(&plan, &d)]),
    }
}

/// Every problem of `plan`, in file order; empty when the plan is valid.
///
/// Birth dates are judged on today's date, as the staff import judges them.
pub fn problems(plan: &Plan) -> Vec<Problem> {
    problems_on(plan, chrono::Local::now().date_naive())
}

/// Every problem of `plan`, with birth dates judged on `today`.
pub fn problems_on(plan: &Plan, today: chrono::NaiveDate) -> Vec<Problem> {
    let mut v = Validator {
        plan,
        today,
        out: Vec::new(),
    };
    v.run();
    v.out
}

/// The problem for a reference the resolver could not follow, at its cadre and field.
fn dangling_problem(plan: &Plan, d: &Dangling) -> Problem {
    let kind = match d.field {
        "zone" => RefKind::Zone,
        "unit" => RefKind::Unit,
        "grade" => RefKind::Grade,
        "pinned_site" => RefKind::PinnedSite,
        _ => RefKind::Site,
    };
    let index = d.row.saturating_sub(1);
    Problem::new(
        Place::Entity {
            kind: EntityKind::Cadre,
            index,
            id: d.cadre.clone(),
            name: plan
                .cadres
                .get(index)
                .map(|c| c.name.clone())
                .unwrap_or_default(),
            field: d.field.to_owned(),
            line: None,
        },
        ProblemDetail::UnknownReference {
            kind,
            id: d.id.clone(),
        },
    )
}
