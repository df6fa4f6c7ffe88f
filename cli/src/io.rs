//! Reading inputs (`-` is standard input) and writing outputs (no `-o`: standard output).

use ggi_core::catalogue::Catalogue;
use ggi_core::import::MAX_IMPORT_BYTES;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// How a command ended when it could run.
#[derive(Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Every input was accepted (exit 0).
    Accepted,
    /// At least one input was refused; each refusal was printed with its place (exit 1).
    Refused,
}

impl Verdict {
    /// Refused if any one was.
    pub fn all(verdicts: impl IntoIterator<Item = Verdict>) -> Verdict {
        let mut all = Verdict::Accepted;
        for v in verdicts {
            if v == Verdict::Refused {
                all = Verdict::Refused;
            }
        }
        all
    }
}

/// A usage error (exit 2): arguments that name nothing usable, a file that cannot be read or
/// written.
#[derive(Debug)]
pub struct UsageError(pub String);

/// How an input is named in messages.
pub fn label(path: &Path) -> String {
    if is_stdin(path) {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    }
}

fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// What a file holds: its text, or why it is refused (not text, or larger than `limit`).
pub enum Input {
    Text(String),
    Refused(String),
}

/// Reads `path` (or standard input for `-`). An input larger than [`MAX_IMPORT_BYTES`] is
/// refused, whatever it holds (an export, a board, a catalogue or a deployment file): a
/// file whose size is known before it is read, as the app refuses it before loading it; and
/// devices, pipes and standard input, whose size is not known (0 for the file system), once
/// one byte more than the limit has been read, so `/dev/zero` never fills the memory.
pub fn read(path: &Path) -> Result<Input, UsageError> {
    let max = MAX_IMPORT_BYTES;
    let cannot = |e: std::io::Error| UsageError(format!("cannot read {}: {e}", label(path)));
    let bytes = if is_stdin(path) {
        read_at_most(std::io::stdin().lock(), max).map_err(cannot)?
    } else {
        let file = std::fs::File::open(path).map_err(cannot)?;
        let size = file.metadata().map_err(cannot)?.len();
        if size > max as u64 {
            return Ok(Input::Refused(too_large(size, max)));
        }
        read_at_most(file, max).map_err(cannot)?
    };
    if bytes.len() > max {
        return Ok(Input::Refused(more_than(max)));
    }
    Ok(match String::from_utf8(bytes) {
        Ok(text) => Input::Text(text),
        Err(e) => Input::Refused(format!(
            "the file is not UTF-8 text (invalid byte at offset {}).",
            e.utf8_error().valid_up_to()
        )),
    })
}

/// All of `input`, or one byte more than `max`: enough to know it is too large.
fn read_at_most(input: impl Read, max: usize) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    input.take(max as u64 + 1).read_to_end(&mut bytes)?;
    Ok(bytes)
}

fn too_large(size: u64, max: usize) -> String {
    match usize::try_from(size).map(ggi_core::import::check_size) {
        Ok(Err(e)) => e.to_string(),
        _ => format!(
            "The file is too large ({size} bytes). The limit is {} MB.",
            max / (1024 * 1024)
        ),
    }
}

// Reading stopped after the limit: the whole size is not known.
fn more_than(max: usize) -> String {
    format!(
        "The file is too large (more than {max} bytes). The limit is {} MB.",
        max / (1024 * 1024)
    )
}

/// Writes `text` to `out`, or to standard output when there is none (or it is `-`).
pub fn write(out: Option<&PathBuf>, text: &str) -> Result<(), UsageError> {
    match out.filter(|p| !is_stdin(p)) {
        None => {
            let mut stdout = std::io::stdout().lock();
            stdout
                .write_all(text.as_bytes())
                .and_then(|()| stdout.flush())
                .map_err(|e| UsageError(format!("cannot write to standard output: {e}")))
        }
        Some(path) => std::fs::write(path, text)
            .map_err(|e| UsageError(format!("cannot write {}: {e}", path.display()))),
    }
}

/// Whether output goes to standard output (so reports on it go to standard error).
pub fn to_stdout(out: Option<&PathBuf>) -> bool {
    out.is_none_or(|p| is_stdin(p))
}

/// Only one input may be standard input.
pub fn one_stdin(paths: &[PathBuf]) -> Result<(), UsageError> {
    if paths.iter().filter(|p| is_stdin(p)).count() > 1 {
        return Err(UsageError(
            "standard input (-) can be read only once".to_string(),
        ));
    }
    Ok(())
}

/// The catalogue to check progress against: the embedded one, or `--catalogue FILE` (ours or My
/// GGI Board's format, read as the app reads a deployed `catalogue.json`).
pub fn catalogue(path: Option<&PathBuf>) -> Result<Catalogue, UsageError> {
    let embedded = Catalogue::embedded();
    let Some(path) = path else {
        return Ok(embedded);
    };
    match read(path)? {
        Input::Refused(why) => Err(UsageError(format!("{}: {why}", label(path)))),
        Input::Text(text) => ggi_core::config::catalogue_from_json(&text, &embedded)
            .map_err(|e| UsageError(format!("{}: {e}", label(path)))),
    }
}

/// `catalogue` in `lang`, as the app shows it: the built-in catalogue with our French or German
/// text, or a `--catalogue FILE` with its translation beside it (`catalogue.fr.json` next to
/// `catalogue.json`, as on a deployment). Without a translation the text stays as it is, and
/// the reason goes to standard error.
pub fn in_language(
    catalogue: Catalogue,
    path: Option<&PathBuf>,
    lang: ggi_core::i18n::Lang,
) -> Result<Catalogue, UsageError> {
    use ggi_core::catalogue::localize;
    if ggi_core::i18n::Lang::from_tag(&catalogue.language) == Some(lang) {
        return Ok(catalogue);
    }
    let (name, json) = match path {
        None => match lang {
            ggi_core::i18n::Lang::Fr => ("French text", BUILT_IN_FR.to_string()),
            ggi_core::i18n::Lang::De => ("German text", BUILT_IN_DE.to_string()),
            ggi_core::i18n::Lang::En => return Ok(catalogue),
        },
        Some(path) => {
            let beside = path.with_file_name(localize::deployment_file(lang));
            if !beside.exists() {
                eprintln!(
                    "note: {} not found; the catalogue's text stays in its own language",
                    beside.display()
                );
                return Ok(catalogue);
            }
            match read(&beside)? {
                Input::Refused(why) => {
                    return Err(UsageError(format!("{}: {why}", beside.display())))
                }
                Input::Text(text) => ("translation", text),
            }
        }
    };
    localize::from_json(&json, &catalogue)
        .map(|l| l.catalogue)
        .map_err(|e| UsageError(format!("{name}: {e}")))
}

const BUILT_IN_FR: &str = include_str!("../../catalogue/ggi-handbook-1.3.fr.json");
const BUILT_IN_DE: &str = include_str!("../../catalogue/ggi-handbook-1.3.de.json");

/// Prints a command's list of what it did: on standard error when the result itself goes to
/// standard output, so the two never mix.
pub fn print_summary(output: Option<&PathBuf>, lines: &[String]) {
    let text = lines.join("\n");
    if to_stdout(output) {
        eprintln!("{text}");
    } else {
        println!("{text}");
    }
}
