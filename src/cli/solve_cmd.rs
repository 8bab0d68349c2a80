//! `hq-planner solve` (issue 3: implemented by the optimiser work).

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;

/// Arguments of `hq-planner solve`.
#[derive(Debug, clap::Args)]
pub struct SolveArgs {
    /// Plan file (.ron).
    pub file: PathBuf,
}

/// Runs `hq-planner solve`.
pub fn run(_args: SolveArgs) -> Result<ExitCode> {
    anyhow::bail!("solve is not available in this build yet")
}
