//! Export files: the state document (or one workspace of it) wrapped with what a reader needs to
//! know where it came from. Pretty-printed JSON in a stable order (structs in declaration order,
//! maps sorted), validated in tests against `public/export.schema.json`.

use crate::schema::{Document, APP_VERSION, SCHEMA_VERSION};
use serde::{Deserialize, Serialize};

/// The `format` tag of export files.
pub const FORMAT: &str = "ggi-journey-export";

pub const ATTRIBUTION: &str = "Activity catalogue based on the OSPO Alliance Good Governance Initiative handbook v1.3 (https://ospo-alliance.org/ggi/), licensed CC-BY-4.0 (https://creativecommons.org/licenses/by/4.0/).";

/// An export file. `D` is the document: [`Document`], or `serde::de::IgnoredAny` when the
/// importer reads the envelope first (so the document's deserializer is compiled into the Wasm
/// once, not twice, and the document is not read twice).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportFile<D = Document> {
    pub format: String,
    pub schema_version: u32,
    pub app_version: String,
    pub exported_at: String,
    pub attribution: String,
    /// Present in a synced workspace's file: who wrote this version, and which writes it holds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub written: Option<Written>,
    pub document: D,
}

/// Who wrote a synced workspace's file, and the writes this version was made after: what tells
/// a browser whether the file holds its own last write, or was made without it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Written {
    /// The name of the browser that wrote it, as its user calls it.
    pub by: String,
    /// The ids of the writes this version holds, its own first, at most [`LINEAGE`].
    pub lineage: Vec<String>,
}

/// How many writes a synced file remembers: enough to tell a file made after this browser's
/// write from one made without it, even when a few colleagues wrote in between.
pub const LINEAGE: usize = 8;

impl Written {
    /// What a hostile file may not make a browser keep or show: at most [`LINEAGE`] ids of at
    /// most 80 characters, and a name of at most 80.
    pub fn bounded(mut self) -> Written {
        self.lineage.truncate(LINEAGE);
        self.lineage.retain(|id| id.len() <= 80);
        self.by = self
            .by
            .chars()
            .take(crate::sync::author::MAX_NAME_CHARS)
            .collect();
        self
    }
}

/// Wraps `document` (whole, or reduced to one workspace when `workspace` names one).
pub fn export(document: &Document, workspace: Option<&str>, now: &str) -> ExportFile {
    let mut document = document.clone();
    if let Some(id) = workspace {
        document.workspaces.retain(|w| w.id == id);
        document.active_workspace = id.to_string();
    }
    ExportFile {
        format: FORMAT.to_string(),
        schema_version: SCHEMA_VERSION,
        app_version: APP_VERSION.to_string(),
        exported_at: now.to_string(),
        attribution: ATTRIBUTION.to_string(),
        written: None,
        document,
    }
}

/// The file's text: pretty JSON ending with a newline.
pub fn to_json(file: &ExportFile) -> String {
    let mut text = crate::json::to_pretty(file);
    text.push('\n');
    text
}

/// A file name such as `ggi-journey-city-of-lyon-2027-03-01.json`.
pub fn file_name(label: &str, date: &str) -> String {
    let mut slug = String::new();
    for c in crate::lowercase::lowercase(label).chars() {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_matches('-');
    let slug = if slug.is_empty() { "all" } else { slug };
    format!("ggi-journey-{slug}-{date}.json")
}
