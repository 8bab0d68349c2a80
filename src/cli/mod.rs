//! The command line: `validate`, `info`, `generate`, `write-sample`; with no
//! command it opens the desktop app (or prints help until the app exists).
//!
//! Each command returns `anyhow::Result<ExitCode>`; [`main`] prints an error
//! chain exactly once.

mod export_cmd;
mod info;
mod solve_cmd;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};

use crate::core::file::{self, LoadError, Problem};
use crate::core::generate::{GenerateOptions, generate};
use crate::core::text::Lang;

/// Exit codes of every command, documented in README.md and in `--help`.
///
/// When several scenarios end differently, the highest code wins.
pub mod exit_code {
    /// Done: every scenario has a checked plan, every row was imported.
    pub const OK: u8 = 0;
    /// The plan file has problems (each listed with its place), or import rows were rejected.
    pub const INVALID: u8 = 1;
    /// The command could not run: bad arguments, a file that cannot be read or written.
    pub const ERROR: u8 = 2;
    /// No plan satisfies the hard rules; the diagnosis is printed (and exported).
    pub const INFEASIBLE: u8 = 3;
    /// The time limit passed before any plan was found; nothing was exported.
    pub const NO_PLAN_IN_TIME: u8 = 4;
    /// Stopped by Ctrl-C (SIGINT) or SIGTERM; what was solved is printed and written.
    pub const INTERRUPTED: u8 = 130;
}

/// The exit-code table shown under `--help`.
const EXIT_CODES_HELP: &str = "\
Exit codes:
  0    done (every scenario has a checked plan; every row imported)
  1    the plan file has problems (listed with their place), or import rows were rejected
  2    the command could not run (bad arguments, unreadable or unwritable file)
  3    no plan satisfies the hard rules (the diagnosis is printed)
  4    the time limit passed before any plan was found (nothing exported)
  130  stopped by Ctrl-C or SIGTERM (what was solved is kept)
When several scenarios end differently, the highest code wins.";

/// HQ Planner: plan headquarters, transport and housing for merged administrative units.
#[derive(Debug, Parser)]
#[command(name = "hq-planner", version, about, long_about = None, after_help = EXIT_CODES_HELP)]
pub struct Cli {
    /// What to do; without a command the desktop app opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a plan file and list every problem with its place (exit 1 if any).
    Validate {
        /// Plan file (.ron).
        file: PathBuf,
        /// Language of the problem list (default: English).
        #[arg(long, value_parser = export_cmd::parse_lang)]
        lang: Option<Lang>,
    },
    /// Print counts per entity, per site and per unit.
    Info {
        /// Plan file (.ron).
        file: PathBuf,
    },
    /// Write a synthetic plan of any size (same seed, same bytes).
    Generate {
        /// Number of cadres.
        #[arg(long, default_value_t = 1000)]
        staff: usize,
        /// Number of headquarters.
        #[arg(long, default_value_t = 2)]
        sites: usize,
        /// Number of home zones.
        #[arg(long, default_value_t = 12)]
        zones: usize,
        /// Random seed.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Output file.
        #[arg(short, long)]
        output: PathBuf,
    },
    /// Open the desktop app, optionally on a plan file.
    Gui {
        /// Plan file (.ron); default: the last plan used, or the built-in sample.
        file: Option<PathBuf>,
    },
    /// Solve a scenario and print a summary (optionally JSON).
    Solve(solve_cmd::SolveArgs),
    /// Export a solved scenario for committee review (xlsx, pdf, csv).
    Export(export_cmd::ExportArgs),
    /// Import a staff list (csv, xlsx, xls, ods) into a plan.
    Import(export_cmd::ImportArgs),
    /// Write the built-in Hải Dương -> Hải Phòng sample plan to a file.
    WriteSample {
        /// Output file (default: saved_plans/hai-duong-hai-phong-2025.ron).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
}

/// Opens the app's window on a plan file (or the last plan / the sample).
/// The binary passes the app's `run`: the command line never imports the app.
pub type OpenWindow = fn(Option<PathBuf>) -> Result<()>;

/// Entry point of the binary: runs the command and prints errors once.
pub fn main(open_window: OpenWindow) -> ExitCode {
    let cli = Cli::parse();
    if !matches!(cli.command, None | Some(Command::Gui { .. })) {
        restore_default_sigpipe();
    }
    match run(cli, open_window) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(exit_code::ERROR)
        }
    }
}

/// Lets a command-line run end quietly when its reader goes away
/// (`hq-planner info plan.ron | head -1`), as `cat` does, instead of panicking
/// on the broken pipe. Rust ignores SIGPIPE by default; the app keeps that
/// (its display connection must not kill it).
fn restore_default_sigpipe() {
    #[cfg(unix)]
    // SAFETY: setting a signal's disposition to SIG_DFL at start-up, before any
    // thread is spawned, has no preconditions.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

/// Runs one parsed command line.
pub fn run(cli: Cli, open_window: OpenWindow) -> Result<ExitCode> {
    match cli.command {
        None => {
            open_window(None)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Gui { file }) => {
            open_window(file)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Solve(args)) => solve_cmd::run(args),
        Some(Command::Export(args)) => export_cmd::run_export(args),
        Some(Command::Import(args)) => export_cmd::run_import(args),
        Some(Command::Validate { file, lang }) => validate_cmd(&file, lang),
        Some(Command::Info { file }) => {
            let plan = load_or_report(&file)?;
            let Some(plan) = plan else {
                return Ok(ExitCode::from(exit_code::INVALID));
            };
            print!("{}", info::render(plan.plan()));
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Generate {
            staff,
            sites,
            zones,
            seed,
            output,
        }) => {
            let plan = generate(GenerateOptions {
                staff,
                sites,
                zones,
                seed,
            });
            file::save(&plan, &output).with_context(|| format!("writing {}", output.display()))?;
            println!(
                "wrote {} ({} cadres, {} sites, {} zones, {} units, {} services)",
                output.display(),
                plan.cadres.len(),
                plan.sites.len(),
                plan.zones.len(),
                plan.units.len(),
                plan.transport.len()
            );
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::WriteSample { output }) => {
            let output = output.unwrap_or_else(|| {
                Path::new("saved_plans").join(crate::core::sample::SAMPLE_FILE_NAME)
            });
            let plan = crate::core::sample::sample_plan();
            file::save(&plan, &output).with_context(|| format!("writing {}", output.display()))?;
            println!("wrote {}", output.display());
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Prints every problem, one per line, prefixed with the file name.
pub fn print_problems(path: &Path, problems: &[Problem]) {
    for p in problems {
        eprintln!("{}: {p}", path.display());
    }
    eprintln!("{}: {} problem(s)", path.display(), problems.len());
}

/// Loads a plan; on content problems prints them and returns `None`.
pub fn load_or_report(path: &Path) -> Result<Option<file::CheckedPlan>> {
    Ok(load_or_report_with_fingerprint(path)?.map(|(plan, _)| plan))
}

/// [`load_or_report`] for a command that saves the plan back: also returns the
/// fingerprint of what was read, for [`file::save_if_unchanged`].
pub fn load_or_report_with_fingerprint(
    path: &Path,
) -> Result<Option<(file::CheckedPlan, file::Fingerprint)>> {
    match file::load_with_fingerprint(path) {
        Ok(p) => Ok(Some(p)),
        Err(LoadError::Invalid { path, problems }) => {
            print_problems(&path, &problems);
            Ok(None)
        }
        Err(e) => Err(e.into()),
    }
}

/// Prints every problem in Vietnamese (`validate --lang vi`), the way the app shows them.
fn print_problems_vi(path: &Path, problems: &[Problem]) {
    use crate::core::text::{place_text, problem_count, problem_text};
    for p in problems {
        eprintln!(
            "{}: {}: {}",
            path.display(),
            place_text(Lang::Vi, &p.place),
            problem_text(Lang::Vi, p)
        );
    }
    eprintln!(
        "{}: {}",
        path.display(),
        problem_count(Lang::Vi, problems.len())
    );
}

fn validate_cmd(path: &Path, lang: Option<Lang>) -> Result<ExitCode> {
    if lang == Some(Lang::Vi) {
        return match file::load(path) {
            Ok(_) => validate_cmd(path, None),
            Err(LoadError::Invalid { path, problems }) => {
                print_problems_vi(&path, &problems);
                Ok(ExitCode::from(1))
            }
            Err(e) => Err(e.into()),
        };
    }
    match load_or_report(path)? {
        Some(plan) => {
            let p = plan.plan();
            println!(
                "{}: valid ({} cadres, {} units, {} sites, {} scenarios)",
                path.display(),
                p.cadres.len(),
                p.units.len(),
                p.sites.len(),
                p.scenarios.len()
            );
            Ok(ExitCode::SUCCESS)
        }
        None => Ok(ExitCode::from(1)),
    }
}
