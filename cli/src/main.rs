//! `ggi`: GGI Journey's checks, reports and conversions from the command line, for
//! administrators who publish `config.json` and `catalogue.json` and for pipelines that keep
//! exports in a repository. Everything here is ggi-core, the same code the app runs.
//!
//! Exit codes: 0 all is well, 1 an input was refused, 2 a usage error (clap's own code for bad
//! arguments, also used for a file that cannot be read or written).

// A command line for the host; on wasm32 (the workspace's clippy run) it is an empty program.
#![cfg_attr(target_arch = "wasm32", allow(unused))]

#[cfg(not(target_arch = "wasm32"))]
mod args;
#[cfg(not(target_arch = "wasm32"))]
mod commands;
#[cfg(not(target_arch = "wasm32"))]
mod io;
#[cfg(not(target_arch = "wasm32"))]
mod time;

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use clap::Parser;
    use std::process::ExitCode;
    let cli = args::Cli::parse();
    let result = match cli.command {
        args::Command::Check(a) => commands::check::run(&a),
        args::Command::Validate(a) => commands::validate::run(&a),
        args::Command::Report(a) => commands::report::run(&a),
        args::Command::Merge(a) => commands::merge::run(&a),
        args::Command::Convert(a) => commands::convert::run(&a),
        args::Command::ImportBoard(a) => commands::import_board::run(&a),
    };
    match result {
        Ok(io::Verdict::Accepted) => ExitCode::SUCCESS,
        Ok(io::Verdict::Refused) => ExitCode::from(1),
        Err(io::UsageError(message)) => {
            eprintln!("ggi: {message}");
            ExitCode::from(2)
        }
    }
}
