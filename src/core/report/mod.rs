//! Committee exports (XLSX, PDF, CSV) and staff import (issue 5).
//!
//! Pure library: no UI. The app and the CLI call the same functions. Long
//! operations take a `progress` callback (`&mut dyn FnMut(Progress)`); the app
//! wraps a channel sender in it, the CLI passes `&mut |_| {}` or prints.
//!
//! Exports are built in two steps: [`model::ReportModel::build`] turns a plan,
//! a scenario and its [`crate::core::solve::Solution`] into plain rows (names
//! resolved, anonymised if asked, sorted), then each writer lays those rows out.
//! The writers never look at the plan themselves, so every format shows the
//! same numbers.

pub mod import;
pub mod text;

use serde::{Deserialize, Serialize};

/// Language of an export's texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Lang {
    /// Vietnamese (the default: boards and committees work in Vietnamese).
    #[default]
    Vi,
    /// English.
    En,
}

/// What a long operation is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Phase {
    /// Reading a file.
    Reading,
    /// Checking imported rows.
    Checking,
    /// Building the report's rows.
    Building,
    /// Writing the output file.
    Writing,
}

/// Progress of an import or export: `done` of `total` steps in `phase`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    /// Current phase.
    pub phase: Phase,
    /// Steps done.
    pub done: usize,
    /// Steps in this phase (at least 1).
    pub total: usize,
}

impl Progress {
    /// A progress report.
    pub fn new(phase: Phase, done: usize, total: usize) -> Self {
        Self {
            phase,
            done,
            total: total.max(1),
        }
    }

    /// Completed share of the phase, 0..=1.
    pub fn share(&self) -> f64 {
        (self.done as f64 / self.total as f64).clamp(0.0, 1.0)
    }
}
