//! Everything that is not UI: the plan model, plan files, generator and sample,
//! optimiser and reports. Nothing here imports egui or rfd.

pub mod file;
pub mod generate;
pub mod input;
pub mod job;
pub mod plan;
pub mod report;
pub mod rng;
pub mod rules;
pub mod sample;
pub mod solve;
pub mod text;
