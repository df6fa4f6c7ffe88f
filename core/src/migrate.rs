//! Reading stored or imported documents of any released schema version.
//!
//! Each released version has a fixture in `core/tests/fixtures/state-vN.json`; the tests check
//! that each one reads into the current [`Document`].

use crate::schema::{Document, SCHEMA_VERSION};
use serde_json::Value;
use thiserror::Error;

#[derive(Clone, Debug, PartialEq, Error)]
pub enum MigrateError {
    #[error("The data is not valid JSON ({0}).")]
    Syntax(String),
    #[error("The data is not a GGI Journey document: it has no schema_version.")]
    NotADocument,
    #[error("The data was saved by a newer version of GGI Journey (schema {0}). This version can show it but will not change it.")]
    Newer(u32),
    #[error("The data has an unknown schema version {0}.")]
    UnknownVersion(u64),
    #[error("The data does not have the expected shape: {0}")]
    Shape(String),
}

/// Reads a document of any known version; returns it in the current shape and the version it
/// was stored in.
pub fn read(raw: &str) -> Result<(Document, u32), MigrateError> {
    let value: Value =
        serde_json::from_str(raw).map_err(|e| MigrateError::Syntax(e.to_string()))?;
    read_value(value)
}

pub fn read_value(value: Value) -> Result<(Document, u32), MigrateError> {
    let (current, from) = migrate_value(value)?;
    let document: Document =
        crate::json::shape(&current).map_err(|e| MigrateError::Shape(e.to_string()))?;
    Ok((document, from))
}

/// Brings a document value of any known version to the current shape, before anything reads
/// it into types (so a file of an older shape is never refused for that shape). Returns the
/// value and the version it had.
pub fn migrate_value(value: Value) -> Result<(Value, u32), MigrateError> {
    let version = version_of(&value).ok_or(MigrateError::NotADocument)?;
    let from = u32::try_from(version).map_err(|_| MigrateError::UnknownVersion(version))?;
    if from > SCHEMA_VERSION {
        return Err(MigrateError::Newer(from));
    }
    // The chain of forward migrations: each step takes version n to n + 1.
    let current = match from {
        1 => value,
        _ => return Err(MigrateError::UnknownVersion(version)),
    };
    Ok((current, from))
}

/// Best effort for a newer document: read what this version understands, for display only.
pub fn read_leniently(raw: &str) -> Option<Document> {
    let mut value: Value = serde_json::from_str(raw).ok()?;
    strip_to_known(&mut value);
    crate::json::shape(&value).ok()
}

// Newer documents may carry fields this version denies; keep only the ones it knows at the top.
fn strip_to_known(value: &mut Value) {
    const KNOWN: [&str; 7] = [
        "schema_version",
        "app_version",
        "revision",
        "saved_at",
        "settings",
        "active_workspace",
        "workspaces",
    ];
    if let Value::Object(map) = value {
        map.retain(|k, _| KNOWN.contains(&k.as_str()));
    }
}

/// The schema version a document value declares, if any.
pub fn version_of(value: &Value) -> Option<u64> {
    value.get("schema_version").and_then(Value::as_u64)
}

/// The schema version a stored text declares, if it is a JSON object with one.
pub fn peek_version(raw: &str) -> Option<u32> {
    let value: Value = serde_json::from_str(raw).ok()?;
    value
        .get("schema_version")
        .and_then(Value::as_u64)
        .and_then(|v| u32::try_from(v).ok())
}

/// The revision of a stored document, without reading all of it into types.
pub fn peek_revision(raw: &str) -> Option<u64> {
    let value: Value = serde_json::from_str(raw).ok()?;
    value.get("revision").and_then(Value::as_u64)
}
