//! The marker: a few bytes kept in a second storage (the app keeps it in IndexedDB) saying that
//! a record was saved here, at which revision, and what the last export was. When localStorage
//! is empty but the marker is there, the data was lost, not never made.

use super::{LastExport, Record};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Marker {
    /// The revision of the last save.
    pub revision: u64,
    /// When it was saved (ISO 8601).
    pub saved_at: String,
    #[serde(default)]
    pub last_export: Option<LastExport>,
}

impl Marker {
    /// The marker after a save at `revision`.
    pub fn of(revision: u64, saved_at: &str, record: &Record) -> Marker {
        Marker {
            revision,
            saved_at: saved_at.to_string(),
            last_export: record.last_export.clone(),
        }
    }

    /// Reads a stored marker; `None` when there is none that can be read.
    pub fn from_json(text: &str) -> Option<Marker> {
        serde_json::from_str(text).ok()
    }

    pub fn to_json(&self) -> String {
        crate::json::to_compact(self)
    }
}

/// What localStorage holds under the state key at start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stored {
    Empty,
    /// Anything, readable or not (unreadable text has its own notice).
    Present,
}

/// The lost record's marker when the state is gone but the marker says one was saved.
pub fn loss(stored: Stored, marker: Option<&Marker>) -> Option<Marker> {
    match (stored, marker) {
        (Stored::Empty, Some(m)) if m.revision > 0 => Some(m.clone()),
        _ => None,
    }
}
