//! The `hq-planner` binary: parse arguments, run the command, print errors once.

fn main() -> std::process::ExitCode {
    hq_planner::cli::main()
}
