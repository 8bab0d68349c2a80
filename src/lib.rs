//! HQ Planner: plan headquarters, transport and housing for the staff of merged
//! administrative units.
//!
//! `core` is the pure library (plan model, files, optimiser, reports); `gui` is
//! the desktop app; `cli` is the command line. Data flows one way:
//! plan file -> validated plan -> optimisation model -> solution -> views and exports.

pub mod cli;
pub mod core;
pub mod gui;
