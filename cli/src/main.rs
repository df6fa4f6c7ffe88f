//! `ggi`: GGI Journey's checks, reports and conversions from the command line, for
//! administrators who publish `config.json` and `catalogue.json` and for pipelines that keep
//! exports in a repository. Everything here is ggi-core, the same code the app runs.
//!
//! Exit codes: 0 all is well, 1 an input was refused, 2 a usage error (clap's own code for bad
//! arguments, also used for a file that cannot be read or written).

mod args;
mod commands;
mod io;
mod time;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
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
