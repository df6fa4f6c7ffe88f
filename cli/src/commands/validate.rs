//! `ggi validate`: exports with the importer's rules (`ggi_core::import::read`, exactly what the
//! app's Data page runs) and then the published JSON Schema (`public/export.schema.json`).

use crate::args::ValidateArgs;
use crate::io::{self, Input, UsageError, Verdict};
use ggi_core::import;
use serde_json::Value;

const SCHEMA: &str = include_str!("../../../public/export.schema.json");

pub fn run(args: &ValidateArgs) -> Result<Verdict, UsageError> {
    io::one_stdin(&args.files)?;
    let catalogue = io::catalogue(args.catalogue.as_ref())?;
    let schema = Schema::new()?;
    let mut verdicts = Vec::new();
    for path in &args.files {
        let name = io::label(path);
        let text = match io::read(path)? {
            Input::Refused(why) => {
                eprintln!("{name}: {why}");
                verdicts.push(Verdict::Refused);
                continue;
            }
            Input::Text(text) => text,
        };
        let imported = match import::read(&text, &catalogue) {
            Err(e) => {
                eprintln!("{name}: {e}");
                verdicts.push(Verdict::Refused);
                continue;
            }
            Ok(imported) => imported,
        };
        let value: Value = serde_json::from_str(&text).unwrap_or_default();
        let envelope = value.get("format").is_some();
        if envelope {
            if let Err(problems) = schema.check(&value) {
                for p in problems {
                    eprintln!("{name}: {p}");
                }
                verdicts.push(Verdict::Refused);
                continue;
            }
        }
        let d = &imported.document;
        let activities: usize = d.workspaces.iter().map(|w| w.activities.len()).sum();
        println!(
            "{name}: ok, schema {} ({}), {} workspace(s), {} activities with progress{}",
            imported.from_version,
            if envelope {
                "export; JSON Schema passed"
            } else {
                "bare state document; the JSON Schema describes export files and was not applied"
            },
            d.workspaces.len(),
            activities,
            match imported.warnings.len() {
                0 => String::new(),
                n => format!(", {n} warning(s)"),
            }
        );
        let t = ggi_core::i18n::Lang::En.messages();
        for w in &imported.warnings {
            println!("{name}: warning: {}", w.localized(t.safety()));
        }
        verdicts.push(Verdict::Accepted);
    }
    Ok(Verdict::all(verdicts))
}

/// The published schema, compiled once.
struct Schema {
    schemas: boon::Schemas,
    index: boon::SchemaIndex,
}

impl Schema {
    fn new() -> Result<Schema, UsageError> {
        let broken = |e: String| UsageError(format!("the built-in export schema is broken: {e}"));
        let value: Value = serde_json::from_str(SCHEMA).map_err(|e| broken(e.to_string()))?;
        let url = "urn:ggi-journey:export.schema.json";
        let mut compiler = boon::Compiler::new();
        let mut schemas = boon::Schemas::new();
        compiler
            .add_resource(url, value)
            .map_err(|e| broken(e.to_string()))?;
        let index = compiler
            .compile(url, &mut schemas)
            .map_err(|e| broken(e.to_string()))?;
        Ok(Schema { schemas, index })
    }

    /// Each failing place as "JSON Schema: at /pointer: message".
    fn check(&self, value: &Value) -> Result<(), Vec<String>> {
        self.schemas.validate(value, self.index).map_err(|e| {
            let mut out = Vec::new();
            leaves(&e.causes, &mut out);
            if out.is_empty() {
                out.push(format!("JSON Schema: {e}"));
            }
            out
        })
    }
}

// The innermost causes say what is wrong where; the outer ones only repeat "not valid".
fn leaves(causes: &[boon::ValidationError], out: &mut Vec<String>) {
    for c in causes {
        if c.causes.is_empty() {
            let at = c.instance_location.to_string();
            let at = if at.is_empty() { "/".to_string() } else { at };
            out.push(format!("JSON Schema: at {at}: {}", c.kind));
        } else {
            leaves(&c.causes, out);
        }
    }
}
