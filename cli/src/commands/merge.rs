//! `ggi merge`: the app's merge (`ggi_core::merge`, nothing lost), file after file, with the
//! list of what was changed on both sides or kept twice.

use crate::args::MergeArgs;
use crate::io::{self, Input, UsageError, Verdict};
use ggi_core::export;
use ggi_core::i18n::{fill, Lang};
use ggi_core::import;
use ggi_core::schema::Document;

pub fn run(args: &MergeArgs) -> Result<Verdict, UsageError> {
    io::one_stdin(&args.files)?;
    let catalogue = io::catalogue(args.catalogue.as_ref())?;
    // Every file is read first: one refused file means no output at all.
    let mut documents: Vec<(String, Document)> = Vec::new();
    let mut refused = false;
    for path in &args.files {
        let name = io::label(path);
        let outcome = match io::read(path)? {
            Input::Refused(why) => Err(why),
            Input::Text(text) => import::read(&text, &catalogue).map_err(|e| e.to_string()),
        };
        match outcome {
            Ok(imported) => documents.push((name, imported.document)),
            Err(why) => {
                eprintln!("{name}: {why}");
                refused = true;
            }
        }
    }
    if refused {
        eprintln!("Nothing was written.");
        return Ok(Verdict::Refused);
    }
    let t = Lang::En.messages();
    let mut lines = Vec::new();
    let mut files = documents.into_iter();
    let Some((first, mut merged)) = files.next() else {
        return Err(UsageError("merge needs at least two exports".into()));
    };
    for (name, incoming) in files {
        let (next, report) = ggi_core::merge::merge(&merged, &incoming, &catalogue);
        merged = next;
        lines.push(format!("{name} into {first}:"));
        if report.is_noop() {
            lines.push(format!("  {}", t.merge().nothing_new));
            continue;
        }
        if !report.added_workspaces.is_empty() {
            let names = report.added_workspaces.join(", ");
            lines.push(format!(
                "  {}",
                fill(t.data().merge_new_workspaces, &[("names", &names)])
            ));
        }
        let counts = fill(
            t.merge().counts,
            &[
                ("added", &report.added.to_string()),
                ("updated", &report.updated.to_string()),
                ("kept", &report.kept.to_string()),
                ("combined", &report.combined.to_string()),
                ("unchanged", &report.unchanged.to_string()),
            ],
        );
        lines.push(format!("  {counts}"));
        if !report.changed.is_empty() {
            lines.push(format!("  {}", t.merge().changed_heading));
            lines.extend(report.changed.iter().map(|c| format!("  - {}", c.line(t))));
        }
        if !report.duplicates.is_empty() {
            lines.push(format!("  {}", t.merge().duplicates_heading));
            lines.extend(
                report
                    .duplicates
                    .iter()
                    .map(|d| format!("  - {}", d.line(t))),
            );
        }
    }
    // Files within the caps can merge into a record beyond them, which nothing could read.
    if let Err(e) = import::within_caps(&merged) {
        eprintln!("The merged exports would hold too many items: {e}");
        eprintln!("Nothing was written.");
        return Ok(Verdict::Refused);
    }
    let file = export::export(&merged, None, &crate::time::now());
    io::write(args.output.as_ref(), &export::to_json(&file))?;
    io::print_summary(args.output.as_ref(), &lines);
    Ok(Verdict::Accepted)
}
