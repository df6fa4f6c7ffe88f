//! `ggi check`: deploy files with the rules the app applies at start (`ggi_core::config`).

use crate::args::{CheckArgs, Kind};
use crate::io::{self, Input, UsageError, Verdict};
use ggi_core::catalogue::{board, Catalogue};
use ggi_core::config::{self, DeployConfig};
use std::path::Path;

pub fn run(args: &CheckArgs) -> Result<Verdict, UsageError> {
    io::one_stdin(&args.files)?;
    let embedded = Catalogue::embedded();
    let mut verdicts = Vec::new();
    for path in &args.files {
        let name = io::label(path);
        let outcome = match io::read(path)? {
            Input::Refused(why) => Err(why),
            Input::Text(text) => check(path, &text, args.kind, &embedded),
        };
        verdicts.push(match outcome {
            Ok(summary) => {
                println!("{name}: ok, {summary}");
                Verdict::Accepted
            }
            Err(problem) => {
                eprintln!("{name}: {problem}");
                Verdict::Refused
            }
        });
    }
    Ok(Verdict::all(verdicts))
}

fn check(path: &Path, text: &str, kind: Kind, embedded: &Catalogue) -> Result<String, String> {
    // The app treats an empty file or an HTML page (a host's fallback) as no file at all.
    let Some(body) = config::present(Some(text)) else {
        return Err("the app would treat this file as absent (it is empty or an HTML page) and use its built-in default.".into());
    };
    match kind_of(path, body, kind) {
        Kind::Config => DeployConfig::from_json(body)
            .map(|c| {
                format!(
                    "config: language {}, organisation {}, sample organisation {}",
                    c.language.map_or("from the browser", |l| l.tag()),
                    c.organisation
                        .map_or("not set".to_string(), |o| format!("\"{o}\"")),
                    if c.sample_organisation {
                        "offered"
                    } else {
                        "not offered"
                    }
                )
            })
            .map_err(|e| e.to_string()),
        _ => config::catalogue_from_json(body, embedded)
            .map(|c| {
                format!(
                    "catalogue \"{}\" {} ({}), {} goals, {} activities, {} verification points{}",
                    c.id,
                    c.version,
                    c.language,
                    c.goals.len(),
                    c.activities.len(),
                    c.verification_point_count(),
                    if board::is_board_format(body) {
                        ", read from My GGI Board's format"
                    } else {
                        ""
                    }
                )
            })
            .map_err(|e| e.to_string()),
    }
}

fn kind_of(path: &Path, body: &str, kind: Kind) -> Kind {
    if kind != Kind::Auto {
        return kind;
    }
    let file = path
        .file_name()
        .map(|f| f.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if file.contains("config") {
        return Kind::Config;
    }
    if file.contains("catalogue") || file.contains("catalog") || file.contains("activities") {
        return Kind::Catalogue;
    }
    // A catalogue has activities; a config file has none of a catalogue's keys.
    let value: serde_json::Value = serde_json::from_str(body).unwrap_or_default();
    let catalogue_keys = ["format", "activities", "handbook_version", "goals"];
    if catalogue_keys.iter().any(|k| value.get(k).is_some()) {
        Kind::Catalogue
    } else {
        Kind::Config
    }
}
