//! Reading an import file: size limit first, then syntax, then shape (with the exact path of the
//! problem), then meaning against the catalogue. A file that fails changes nothing.

use crate::catalogue::Catalogue;
use crate::export::{ExportFile, Written, FORMAT};
use crate::migrate::{self, MigrateError};
use crate::schema::{Document, SCHEMA_VERSION};
use crate::validate::{self, Warning};
use serde::de::IgnoredAny;
use serde_json::Value;
use thiserror::Error;

mod capped;
pub mod preview;

/// Files larger than this are refused before they are read.
pub const MAX_IMPORT_BYTES: usize = 20 * 1024 * 1024;

#[derive(Clone, Debug, PartialEq, Error)]
pub enum ImportError {
    #[error("The file is too large ({size} bytes). The limit is 20 MB.")]
    TooLarge { size: usize },
    #[error("The file is empty.")]
    Empty,
    #[error("The file is not valid JSON: {message} (line {line}, column {column}).")]
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    #[error("The file is not a GGI Journey export: {0}")]
    NotAnExport(String),
    #[error("The file was made by a newer version of GGI Journey (schema {0}); update the app to import it.")]
    Newer(u32),
    #[error("{path}: {message}")]
    Invalid { path: String, message: String },
    /// A list holds more items than [`crate::limits`] allows.
    #[error("{path}: {count} items; this list may hold at most {max}")]
    TooMany {
        path: String,
        count: usize,
        max: usize,
    },
    /// All lists together hold more than [`crate::limits::ITEMS`].
    #[error("The file's lists hold more than {max} items in all; a file may hold at most {max}.")]
    TooManyItems { max: usize },
}

impl ImportError {
    /// The message in the user's language. Details that come from the file's content (a JSON
    /// parser message, a path) are kept as they are: they name what is in the file.
    pub fn localized(&self, m: &crate::i18n::DataMsgs) -> String {
        use crate::i18n::fill;
        match self {
            ImportError::TooLarge { size } => fill(m.err_too_large, &[("size", &size.to_string())]),
            ImportError::Empty => m.err_empty.to_string(),
            ImportError::Syntax {
                line,
                column,
                message,
            } => fill(
                m.err_syntax,
                &[
                    ("message", message),
                    ("line", &line.to_string()),
                    ("column", &column.to_string()),
                ],
            ),
            ImportError::NotAnExport(detail) => fill(m.err_not_export, &[("detail", detail)]),
            ImportError::Newer(v) => fill(m.err_newer, &[("version", &v.to_string())]),
            ImportError::Invalid { path, message } => {
                fill(m.err_invalid, &[("path", path), ("message", message)])
            }
            ImportError::TooMany { path, count, max } => fill(
                m.err_too_many,
                &[
                    ("path", path),
                    ("count", &count.to_string()),
                    ("max", &max.to_string()),
                ],
            ),
            ImportError::TooManyItems { max } => {
                fill(m.err_too_many_items, &[("max", &max.to_string())])
            }
        }
    }
}

/// A readable import, in the current schema.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    pub document: Document,
    /// The schema version the file was written with.
    pub from_version: u32,
    pub exported_at: Option<String>,
    /// A synced file's writer and lineage, as the file says (the sync bounds it).
    pub written: Option<Written>,
    /// What was kept as it is or repaired (progress the catalogue cannot place, duplicate ids).
    pub warnings: Vec<Warning>,
}

/// Checks the size before anything is read (the browser knows it from the file picker).
pub fn check_size(size: usize) -> Result<(), ImportError> {
    if size > MAX_IMPORT_BYTES {
        Err(ImportError::TooLarge { size })
    } else {
        Ok(())
    }
}

/// Reads an export file (or a bare state document, such as a set-aside backup).
pub fn read(text: &str, catalogue: &Catalogue) -> Result<Imported, ImportError> {
    check_size(text.len())?;
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let value: Value = capped::parse(text).map_err(|e| {
        if capped::is_over_cap(&e) {
            return ImportError::TooManyItems {
                max: crate::limits::ITEMS,
            };
        }
        ImportError::Syntax {
            line: e.line(),
            column: e.column(),
            message: e
                .to_string()
                .split(" at line")
                .next()
                .unwrap_or_default()
                .to_string(),
        }
    })?;
    let Value::Object(mut map) = value else {
        return Err(ImportError::NotAnExport(
            "the top level must be an object.".into(),
        ));
    };
    let format = map.get("format").and_then(Value::as_str).map(str::to_owned);
    let bare_document = map.contains_key("schema_version");
    let (doc_value, exported_at, written, prefix) = match format.as_deref() {
        Some(FORMAT) => {
            // The envelope only: the document, taken out (its place left null, which the
            // envelope's reader skips as it would skip the document), stays JSON until it has
            // been migrated.
            let document = map.get_mut("document").map(Value::take);
            let file: ExportFile<IgnoredAny> = shaped(&Value::Object(map), "")?;
            if file.schema_version > SCHEMA_VERSION {
                return Err(ImportError::Newer(file.schema_version));
            }
            (
                document.unwrap_or_default(),
                Some(file.exported_at),
                file.written,
                "document.",
            )
        }
        Some(other) => {
            return Err(ImportError::NotAnExport(format!(
                "its format is \"{other}\"."
            )))
        }
        None if bare_document => (Value::Object(map), None, None, ""),
        None => {
            return Err(ImportError::NotAnExport(
                "it has neither a \"format\" nor a \"schema_version\" field.".into(),
            ))
        }
    };
    // An export's document without a usable schema_version: its shape says where.
    if !prefix.is_empty() && migrate::version_of(&doc_value).is_none() {
        return Err(match shaped::<Document>(&doc_value, prefix) {
            Err(precise) => precise,
            Ok(_) => ImportError::NotAnExport(MigrateError::NotADocument.to_string()),
        });
    }
    // Migrate first, then check the shape: a file of an older schema is read in its own terms.
    let (migrated, from_version) = match migrate::migrate_value(doc_value) {
        Ok(ok) => ok,
        Err(MigrateError::Newer(v)) => return Err(ImportError::Newer(v)),
        Err(e) => return Err(ImportError::NotAnExport(e.to_string())),
    };
    // Counted before the value is read into types: a list of millions of `{}` is refused
    // before it becomes millions of structs (issue 22).
    validate::caps::value(&migrated).map_err(|e| too_many(e, prefix))?;
    let mut document: Document = shaped(&migrated, prefix)?;
    // The value is no longer needed: the typed document and its checks need the memory.
    drop(migrated);
    let warnings = checked(&mut document, catalogue, prefix)?;
    Ok(Imported {
        document,
        from_version,
        exported_at,
        written,
        warnings,
    })
}

/// The checks of every import on a document made in memory (a board import's) or read from a
/// file (whose paths start with `prefix`), with the same errors, so the app says them in the
/// user's language: lists within their caps, then the meaning checks, which repair duplicate
/// ids in place.
pub fn checked(
    document: &mut Document,
    catalogue: &Catalogue,
    prefix: &str,
) -> Result<Vec<Warning>, ImportError> {
    validate::caps::document(document).map_err(|e| too_many(e, prefix))?;
    validate::document(document, catalogue).map_err(|(path, message)| ImportError::Invalid {
        path: format!("{prefix}{path}"),
        message,
    })
}

/// Whether a record made by a merge or by adding files' workspaces still has every list within
/// its cap, so that it can be exported and imported back: two files within the caps can make a
/// record beyond them.
pub fn within_caps(document: &Document) -> Result<(), ImportError> {
    validate::caps::document(document).map_err(|e| too_many(e, ""))
}

fn too_many(e: validate::TooMany, prefix: &str) -> ImportError {
    match e {
        validate::TooMany::List { path, count, max } => ImportError::TooMany {
            path: format!("{prefix}{path}"),
            count,
            max,
        },
        validate::TooMany::Total { max } => ImportError::TooManyItems { max },
    }
}

fn shaped<T: serde::de::DeserializeOwned>(value: &Value, prefix: &str) -> Result<T, ImportError> {
    crate::json::shape(value).map_err(|crate::json::ShapeError { path, message }| {
        ImportError::Invalid {
            path: if path == "." {
                prefix.trim_end_matches('.').to_string()
            } else {
                format!("{prefix}{path}")
            },
            message,
        }
    })
}

#[cfg(test)]
mod tests;
