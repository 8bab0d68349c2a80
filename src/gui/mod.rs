//! The desktop app (issue 4: implemented by the app work).

use std::path::PathBuf;

use clap::CommandFactory;

/// Opens the desktop app on `file`, the last plan used, or the built-in sample.
pub fn run(_file: Option<PathBuf>) -> anyhow::Result<()> {
    crate::cli::Cli::command().print_help()?;
    Ok(())
}
