//! The `hq-planner` binary: parse arguments, run the command, print errors once.
//! The app's window is handed to the command line here, so `cli` never
//! imports `gui`.

fn main() -> std::process::ExitCode {
    hq_planner::cli::main(hq_planner::gui::run)
}
