//! `ggi report`: the report page's Markdown, CSV and self-contained web page
//! (`ggi_core::report`), of one workspace of an export.

use crate::args::{Format, LangArg, ReportArgs};
use crate::io::{self, Input, UsageError, Verdict};
use ggi_core::i18n::Lang;
use ggi_core::import;
use ggi_core::report;

pub fn run(args: &ReportArgs) -> Result<Verdict, UsageError> {
    let catalogue = io::catalogue(args.catalogue.as_ref())?;
    let date = match &args.date {
        Some(d) if is_iso_date(d) => d.clone(),
        Some(d) => {
            return Err(UsageError(format!(
                "--date {d:?} is not a date (YYYY-MM-DD)"
            )))
        }
        None => crate::time::today(),
    };
    let name = io::label(&args.export);
    let text = match io::read(&args.export)? {
        Input::Refused(why) => {
            eprintln!("{name}: {why}");
            return Ok(Verdict::Refused);
        }
        Input::Text(text) => text,
    };
    let imported = match import::read(&text, &catalogue) {
        Err(e) => {
            eprintln!("{name}: {e}");
            return Ok(Verdict::Refused);
        }
        Ok(imported) => imported,
    };
    let doc = &imported.document;
    let ws = match &args.workspace {
        None => doc.active(),
        Some(wanted) => doc
            .workspaces
            .iter()
            .find(|w| &w.name == wanted)
            .or_else(|| doc.workspace(wanted)),
    };
    let Some(ws) = ws else {
        let names: Vec<String> = doc
            .workspaces
            .iter()
            .map(|w| format!("\"{}\" ({})", w.name, w.id))
            .collect();
        return Err(UsageError(format!(
            "{name} has no workspace {:?}; it has {}",
            args.workspace.as_deref().unwrap_or_default(),
            names.join(", ")
        )));
    };
    let lang = match args.lang {
        LangArg::En => Lang::En,
        LangArg::Fr => Lang::Fr,
        LangArg::De => Lang::De,
    };
    let t = lang.messages();
    let catalogue = io::in_language(catalogue, args.catalogue.as_ref(), lang)?;
    let built = report::build(&catalogue, ws, &date);
    let out = match args.format {
        Format::Md => report::to_markdown(&built, t),
        Format::Csv => report::to_csv(&built, t),
        Format::Html => report::to_html(&built, t),
    };
    io::write(args.output.as_ref(), &out)?;
    Ok(Verdict::Accepted)
}

fn is_iso_date(d: &str) -> bool {
    let b = d.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}
