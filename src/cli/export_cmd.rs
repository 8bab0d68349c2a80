//! `hq-planner export` and `hq-planner import` (issue 5: implemented by the exports work).

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;

/// Arguments of `hq-planner export`.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// Plan file (.ron).
    pub file: PathBuf,
}

/// Arguments of `hq-planner import`.
#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// Plan file (.ron).
    pub file: PathBuf,
}

/// Runs `hq-planner export`.
pub fn run_export(_args: ExportArgs) -> Result<ExitCode> {
    anyhow::bail!("export is not available in this build yet")
}

/// Runs `hq-planner import`.
pub fn run_import(_args: ImportArgs) -> Result<ExitCode> {
    anyhow::bail!("import is not available in this build yet")
}
