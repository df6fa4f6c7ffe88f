//! The last time the whole record was in the team's folder (issue 24): a copy outside this
//! browser, so it counts as a backup like an export. The sync code writes it under its own key
//! ([`SYNCED_KEY`]) so the durability code reads it without fetching the sync code.

use serde::{Deserialize, Serialize};

/// The localStorage key of the [`LastSync`], beside the durability record's.
pub const SYNCED_KEY: &str = "ggi-journey/synced";

/// When every workspace of this browser was last in the folder, and at which revision.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LastSync {
    /// When (ISO 8601): the oldest of the workspace files' last agreement with the folder.
    pub at: String,
    /// The folder as the user knows it: a WebDAV address or a team folder's name.
    pub folder: String,
    /// The document's revision then: later revisions are changes the folder lacks.
    pub revision: u64,
}

impl LastSync {
    /// Reads the stored text; anything unreadable is no sync (the reminder then counts from
    /// the last export, as without sync).
    pub fn from_json(text: &str) -> Option<LastSync> {
        serde_json::from_str(text).ok()
    }

    /// Saves of the document not in the folder (`revision`: the stored document's).
    pub fn changes_since(&self, revision: u64) -> u64 {
        super::changes_after(Some(self.revision), revision)
    }

    pub fn to_json(&self) -> String {
        crate::json::to_compact(self)
    }
}
