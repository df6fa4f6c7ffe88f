//! What this browser keeps about a workspace's file between visits.

use crate::schema::Document;
use crate::sync::file::Stamp;
use crate::sync::Version;
use serde::{Deserialize, Serialize};

/// What this browser keeps about one workspace's file between visits (the engine stores it
/// beside the document).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub workspace: String,
    /// The file's document as both sides last had it: the base of the next merge. `None`
    /// until the first sync.
    pub base: Option<Document>,
    /// The server's version of `base`.
    pub version: Option<Version>,
    /// When this browser and the folder last agreed (ISO 8601).
    pub synced_at: Option<String>,
    /// Local changes not yet in the folder ("n changes waiting").
    pub pending: u32,
    /// This browser created the file, or kept a backup before first writing over it.
    pub written: bool,
    /// When the last change made elsewhere was written to the file.
    #[serde(default)]
    pub remote_change_at: Option<String>,
    /// The base before this browser's last write, until a file made after it is read: the base
    /// to merge with a file made without that write (a shared folder's file sync may replace
    /// the file with a colleague's made from the version before; so may a server that ignores
    /// `If-Match`). One write deep.
    #[serde(default)]
    pub before_write: Option<Document>,
    /// The ids of the writes `base` holds, its own first (the file's [`Stamp::lineage`]):
    /// after this browser's write, that write's id then the one it was made from.
    #[serde(default)]
    pub lineage: Vec<String>,
    /// Who made the last change elsewhere (the name they gave their browser).
    #[serde(default)]
    pub remote_change_by: Option<String>,
}

impl Record {
    /// A workspace of this browser not yet in the folder: its first sync creates the file.
    pub fn new(workspace: &str) -> Record {
        Record {
            workspace: workspace.to_string(),
            base: None,
            version: None,
            synced_at: None,
            pending: 0,
            written: false,
            remote_change_at: None,
            before_write: None,
            lineage: Vec::new(),
            remote_change_by: None,
        }
    }

    /// A workspace opened from the folder: the document read (with its stamp) is the base.
    pub fn opened(
        document: Document,
        version: Option<Version>,
        stamp: &Stamp,
        now: &str,
    ) -> Record {
        Record {
            workspace: document.active_workspace.clone(),
            base: Some(document),
            version,
            synced_at: Some(now.to_string()),
            pending: 0,
            written: false,
            remote_change_at: None,
            before_write: None,
            lineage: stamp.lineage(),
            remote_change_by: None,
        }
    }
}
