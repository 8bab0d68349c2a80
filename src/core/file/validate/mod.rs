//! Validation: a [`Plan`] as a person wrote it becomes a [`CheckedPlan`], or a
//! list of **every** problem found, each with the place it is at.
//!
//! Validation never stops at the first problem: a board fixing a file wants the
//! whole list at once.

mod checks;
pub mod limits;
mod problem;

use crate::core::plan::Plan;

use checks::Validator;
pub use problem::{
    CycleKind, EntityKind, Place, Problem, ProblemDetail, ProblemKind, RefKind, elide,
};

/// A plan that passed validation: every reference resolves, ids are unique,
/// numbers are finite and in range, periods are ordered.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckedPlan {
    plan: Plan,
}

impl CheckedPlan {
    /// The validated plan.
    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    /// Gives the plan back (e.g. to edit it; it must be validated again).
    pub fn into_plan(self) -> Plan {
        self.plan
    }
}

/// Validates `plan`, returning it checked or every problem found.
pub fn validate(plan: Plan) -> Result<CheckedPlan, Vec<Problem>> {
    let problems = problems(&plan);
    if problems.is_empty() {
        Ok(CheckedPlan { plan })
    } else {
        Err(problems)
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
