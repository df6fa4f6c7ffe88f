//! `ggi import-board`: a My GGI Board project's progress (`ggi_core::board_import`, the Data
//! page's reader) to an export the app imports, with the list of what was mapped and what was
//! kept in the notes.

use crate::args::{ImportBoardArgs, LangArg};
use crate::io::{self, Input, UsageError, Verdict};
use ggi_core::board_import::{self, BoardFile, Options};
use ggi_core::catalogue::Catalogue;
use ggi_core::export;
use ggi_core::i18n::Lang;

pub fn run(args: &ImportBoardArgs) -> Result<Verdict, UsageError> {
    io::one_stdin(&args.files)?;
    let mut texts = Vec::new();
    for path in &args.files {
        let name = io::label(path);
        match io::read(path)? {
            Input::Refused(why) => {
                eprintln!("{name}: {why}");
                return Ok(Verdict::Refused);
            }
            Input::Text(text) => texts.push((name, text)),
        }
    }
    let files: Vec<BoardFile> = texts
        .iter()
        .map(|(name, text)| BoardFile { name, text })
        .collect();
    let lang = match args.lang {
        LangArg::En => Lang::En,
        LangArg::Fr => Lang::Fr,
        LangArg::De => Lang::De,
    };
    let now = crate::time::now();
    let options = Options {
        name: args.name.as_deref().unwrap_or_default(),
        now: &now,
        token: &token(),
        messages: lang.messages(),
    };
    let imported = match board_import::read(&files, &Catalogue::embedded(), &options) {
        Err(e) => {
            eprintln!("{}", e.localized(lang.messages().bridges()));
            return Ok(Verdict::Refused);
        }
        Ok(imported) => imported,
    };
    let file = export::export(&imported.document, None, &now);
    io::write(args.output.as_ref(), &export::to_json(&file))?;

    let t = lang.messages();
    let m = t.bridges();
    let mut lines = vec![imported.files_line(m)];
    let mut section = |heading: &str, items: Vec<String>| {
        if !items.is_empty() {
            lines.push(format!("{heading}{}", lang.colon().trim_end()));
            lines.extend(items.into_iter().map(|i| format!("  - {i}")));
        }
    };
    section(
        m.mapped_heading,
        imported.mapped.iter().map(|x| x.localized(t)).collect(),
    );
    section(
        m.kept_heading,
        imported.kept.iter().map(|x| x.localized(m)).collect(),
    );
    section(
        m.skipped_heading,
        imported.skipped.iter().map(|x| x.localized(m)).collect(),
    );
    section(
        m.limits_heading,
        imported.limits.iter().map(|x| x.localized(m)).collect(),
    );
    if imported.mapped.is_empty() {
        lines.push(m.nothing_mapped.to_string());
    }
    io::print_summary(args.output.as_ref(), &lines);
    Ok(Verdict::Accepted)
}

// New ids carry a token so that two imports never share a workspace id (the app uses the
// browser's crypto source; here the clock and the process id are enough).
fn token() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or_default();
    format!("{:x}", nanos ^ std::process::id().rotate_left(16))
}
