//! The command line, declared with clap's derive: every command has its help and an example.

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "ggi",
    version,
    about = "GGI Journey from the command line: check deploy files, validate exports, write reports, merge, convert My GGI Board files",
    after_help = "Exit codes: 0 all is well, 1 an input was refused (each problem is printed with its place), 2 usage error.\n\
                  `-` reads standard input; without -o, output goes to standard output.\n\n\
                  Example:\n  ggi check public/config.json public/catalogue.json\n  ggi validate exports/*.json\n  ggi report exports/lyon.json --format html -o report.html"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    Check(CheckArgs),
    Validate(ValidateArgs),
    Report(ReportArgs),
    Merge(MergeArgs),
    Convert(ConvertArgs),
    ImportBoard(ImportBoardArgs),
}

/// What a deploy file is. `auto` decides by name, then by content.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Kind {
    Auto,
    Config,
    Catalogue,
}

/// Check deploy files (config.json, catalogue.json in our or My GGI Board's format) with the
/// rules the app applies when it starts.
#[derive(Parser, Debug)]
#[command(
    after_help = "Examples:\n  ggi check dist/config.json dist/catalogue.json\n  \
                        curl -s https://ggi.example.org/catalogue.json | ggi check --kind catalogue -"
)]
pub struct CheckArgs {
    /// Files to check (`-` for standard input).
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// What the files are; `auto` goes by the file name (config…/catalogue…), then the content.
    #[arg(long, value_enum, default_value_t = Kind::Auto)]
    pub kind: Kind,
}

/// Validate export files with the importer's rules and the published JSON Schema.
#[derive(Parser, Debug)]
#[command(after_help = "Examples:\n  ggi validate exports/*.json\n  \
                        ggi validate --catalogue dist/catalogue.json exports/lyon.json")]
pub struct ValidateArgs {
    /// Export files (`-` for standard input).
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// The catalogue progress refers to (default: the app's built-in handbook v1.3).
    #[arg(long, value_name = "CATALOGUE")]
    pub catalogue: Option<PathBuf>,
}

/// The report formats of the app's report page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Md,
    Csv,
    Html,
}

/// The interface languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    En,
    Fr,
    De,
}

/// Write the app's progress report of one workspace of an export.
#[derive(Parser, Debug)]
#[command(
    after_help = "Examples:\n  ggi report lyon.json --format html -o public/index.html\n  \
                        ggi report all.json --format md --workspace \"City of Lyon\" --lang fr"
)]
pub struct ReportArgs {
    /// The export file (`-` for standard input).
    #[arg(value_name = "EXPORT")]
    pub export: PathBuf,
    #[arg(long, value_enum)]
    pub format: Format,
    /// The workspace, by name or id (default: the file's active workspace).
    #[arg(long, value_name = "NAME")]
    pub workspace: Option<String>,
    #[arg(long, value_enum, default_value_t = LangArg::En)]
    pub lang: LangArg,
    /// The report's date, YYYY-MM-DD (default: today, UTC).
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// The catalogue progress refers to (default: the app's built-in handbook v1.3).
    #[arg(long, value_name = "CATALOGUE")]
    pub catalogue: Option<PathBuf>,
    /// Output file (default: standard output).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Merge exports with the app's merge (nothing is lost) and print what was changed on both
/// sides or kept twice.
#[derive(Parser, Debug)]
#[command(after_help = "Example:\n  ggi merge it.json hr.json sales.json -o organisation.json")]
pub struct MergeArgs {
    /// The first export, then each one merged into the result in turn.
    #[arg(required = true, num_args = 2.., value_name = "EXPORT")]
    pub files: Vec<PathBuf>,
    /// The catalogue progress refers to (default: the app's built-in handbook v1.3).
    #[arg(long, value_name = "CATALOGUE")]
    pub catalogue: Option<PathBuf>,
    /// Output file (default: standard output; the conflict list then goes to standard error).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Convert My GGI Board's catalogue (ggi_activities_full.json) to ours.
#[derive(Parser, Debug)]
#[command(
    after_help = "Example:\n  ggi convert my-ggi-board/conf/ggi_activities_full.json -o catalogue.json"
)]
pub struct ConvertArgs {
    /// My GGI Board's `conf/ggi_activities_full.json` (`-` for standard input).
    #[arg(value_name = "BOARD_JSON")]
    pub board: PathBuf,
    /// Output file (default: standard output).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Turn a My GGI Board project's progress into an export the app imports.
#[derive(Parser, Debug)]
#[command(
    after_help = "Reads the dashboard's issues.csv, tasks.csv and labels_hist.csv, a GitLab issue export (CSV), \
                        or `gh issue list --state all --json number,title,body,labels,state` output; \
                        add the board's conf/ggi_deployment.json for renamed status labels.\n\n\
                        Examples:\n  ggi import-board issues.csv tasks.csv labels_hist.csv -o export.json\n  \
                        gh issue list --state all --json number,title,body,labels,state | ggi import-board - --name \"City of Lyon\" -o export.json"
)]
pub struct ImportBoardArgs {
    /// The board's files (`-` for standard input).
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// The workspace's name (default: "My GGI Board").
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// The language of the notes written into activities and of the printed list.
    #[arg(long, value_enum, default_value_t = LangArg::En)]
    pub lang: LangArg,
    /// Output file (default: standard output; the list of what was mapped then goes to
    /// standard error).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}
