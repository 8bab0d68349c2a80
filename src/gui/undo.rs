//! Undo and redo by whole-plan snapshots.
//!
//! Why snapshots: every edit, whatever panel made it, is undone the same way,
//! and a snapshot can never be subtly wrong. Consecutive edits of the same field
//! (typing a name) within [`COALESCE_SECS`] make one step. The stack is capped.

use crate::core::plan::Plan;

/// Edits of one field closer together than this are one undo step.
pub const COALESCE_SECS: f64 = 1.5;
/// Most undo steps kept.
pub const MAX_STEPS: usize = 100;

/// One undo step: the plan before an edit and what the edit was.
#[derive(Debug, Clone)]
struct Step {
    plan: Plan,
    label: String,
}

/// The undo and redo stacks.
#[derive(Debug, Default)]
pub struct UndoStack {
    undo: Vec<Step>,
    redo: Vec<Step>,
    last_key: Option<String>,
    last_time: f64,
}

impl UndoStack {
    /// Records `before` as the state to return to, unless this edit continues the
    /// previous one (same `key`, soon after).
    pub fn record(&mut self, before: &Plan, key: &str, label: &str, now: f64) {
        let continues = self.last_key.as_deref() == Some(key)
            && now - self.last_time < COALESCE_SECS
            && !self.undo.is_empty();
        self.last_key = Some(key.to_owned());
        self.last_time = now;
        self.redo.clear();
        if continues {
            return;
        }
        self.undo.push(Step {
            plan: before.clone(),
            label: label.to_owned(),
        });
        if self.undo.len() > MAX_STEPS {
            self.undo.remove(0);
        }
    }

    /// Replaces `plan` with the previous state; returns the undone edit's label.
    pub fn undo(&mut self, plan: &mut Plan) -> Option<String> {
        let label = step(&mut self.undo, &mut self.redo, plan)?;
        self.last_key = None;
        Some(label)
    }

    /// Re-applies the last undone edit; returns its label.
    pub fn redo(&mut self, plan: &mut Plan) -> Option<String> {
        let label = step(&mut self.redo, &mut self.undo, plan)?;
        self.last_key = None;
        Some(label)
    }

    /// Label of the edit Undo would revert.
    pub fn undo_label(&self) -> Option<&str> {
        self.undo.last().map(|s| s.label.as_str())
    }

    /// Label of the edit Redo would re-apply.
    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|s| s.label.as_str())
    }

    /// Forgets everything (a new file was opened).
    pub fn clear(&mut self) {
        *self = Self::default();
    }
}

/// Moves one step from `from` to `to`: `plan` takes the step's state and the
/// step keeps the state it replaced (undo and redo are this, mirrored).
/// Returns the step's label, or None when `from` is empty.
fn step(from: &mut Vec<Step>, to: &mut Vec<Step>, plan: &mut Plan) -> Option<String> {
    let step = from.pop()?;
    let current = std::mem::replace(plan, step.plan);
    to.push(Step {
        plan: current,
        label: step.label.clone(),
    });
    Some(step.label)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(n: &str) -> Plan {
        Plan {
            name: n.into(),
            ..Plan::default()
        }
    }

    #[test]
    fn typing_in_one_field_is_one_step_and_redo_restores() {
        let mut u = UndoStack::default();
        let mut plan = named("");
        for (i, s) in ["H", "Ha", "Hai"].iter().enumerate() {
            u.record(&plan, "plan.name", "Rename plan", i as f64 * 0.2);
            plan.name = (*s).into();
        }
        u.record(&plan, "site.0.desks", "Change desks", 1.0);
        plan.description = "x".into();
        assert_eq!(u.undo(&mut plan).as_deref(), Some("Change desks"));
        assert_eq!(plan.name, "Hai");
        assert_eq!(u.undo(&mut plan).as_deref(), Some("Rename plan"));
        assert_eq!(plan.name, "");
        assert!(u.undo(&mut plan).is_none());
        u.redo(&mut plan);
        assert_eq!(plan.name, "Hai");
        assert_eq!(plan.description, "");
        u.redo(&mut plan);
        assert_eq!(plan.description, "x");
    }

    #[test]
    fn same_field_after_a_pause_is_a_new_step_and_new_edit_clears_redo() {
        let mut u = UndoStack::default();
        let mut plan = named("a");
        u.record(&plan, "k", "edit", 0.0);
        plan.name = "b".into();
        u.record(&plan, "k", "edit", 10.0);
        plan.name = "c".into();
        u.undo(&mut plan);
        assert_eq!(plan.name, "b");
        u.record(&plan, "k2", "other", 11.0);
        plan.name = "z".into();
        assert!(u.redo_label().is_none());
    }
}
