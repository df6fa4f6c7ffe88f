//! What the engine tells the machine, and what the machine asks of the engine.

use crate::catalogue::Catalogue;
use crate::import::ImportError;
use crate::schema::{Document, Workspace};
use crate::sync::file::Stamp;
use crate::sync::{file, Conflict, FolderFault, SyncError, Version};

/// Something that happened: a local change, a timer, or the answer to the last [`Action`].
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    /// The app saved the workspace (debounced, as it saves to storage).
    LocalChanged(Workspace),
    /// The poll timer fired, the tab got the focus back, or the browser came online.
    PollDue,
    /// The user chose "Sync now": like a poll, and any backoff starts again.
    SyncNow,
    /// The user chose to save the workspace to the folder again after its file was deleted.
    Recreate,
    /// The app has applied the workspace of the last [`Action::Apply`].
    Applied,
    /// A read found the file: its version, its document ([`Event::read`]), its exact text and
    /// its stamp (when, by whom, after which writes).
    RemoteRead {
        version: Option<Version>,
        document: Document,
        text: String,
        stamp: Stamp,
    },
    /// 304: the file is still at the version the read named.
    NotModified,
    /// 2xx to a write, a creation or a backup; the new version if the server said it.
    WriteOk { version: Option<Version> },
    /// 412: someone else wrote the file (or created it) since the version the write named.
    WriteConflict,
    /// 401.
    Unauthorized,
    /// 403.
    Forbidden,
    /// 404, 409 or 410: the file (or, on creating, the folder) is not there.
    NotFound,
    /// 5xx or any other failure status.
    ServerError { status: u16 },
    /// A team folder of this computer failed in its own way ([`Event::file_system`]).
    FolderFault(FolderFault),
    /// The request did not reach the server.
    Offline,
    /// The file's text is not a readable export: it is never overwritten.
    RemoteUnreadable(ImportError),
    /// The file was written by a newer version of the app: it is never overwritten.
    RemoteNewerSchema { version: u32 },
    /// The file reads but holds another workspace: it is never overwritten.
    RemoteOtherWorkspace,
}

impl Event {
    /// The event for a successful read of workspace `id`'s file.
    pub fn read(version: Option<Version>, text: String, id: &str, catalogue: &Catalogue) -> Event {
        match file::read_stamped(&text, id, catalogue) {
            Ok((document, stamp)) => Event::RemoteRead {
                version,
                document,
                text,
                stamp,
            },
            Err(SyncError::NewerSchema { version }) => Event::RemoteNewerSchema { version },
            Err(SyncError::Unreadable(e)) => Event::RemoteUnreadable(e),
            Err(_) => Event::RemoteOtherWorkspace,
        }
    }

    /// The event for an answer that is not a success.
    pub fn status(code: u16) -> Event {
        match code {
            304 => Event::NotModified,
            401 => Event::Unauthorized,
            403 => Event::Forbidden,
            404 | 409 | 410 => Event::NotFound,
            412 => Event::WriteConflict,
            status => Event::ServerError { status },
        }
    }
}

/// What the engine should do next. Requests are for the workspace's file
/// ([`file::file_name`]) unless they name another.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Nothing now: a request is under way, or nothing changed.
    Nothing,
    /// Send [`Event::PollDue`] after this long (replacing any timer set before).
    Wait { after_ms: u32 },
    /// GET the file, with `If-None-Match` when given; answer [`Event::read`],
    /// [`Event::NotModified`] or a failure.
    Read { if_none_match: Option<String> },
    /// PUT the file with `If-Match: if_match`.
    Write { body: String, if_match: String },
    /// PUT the file with `If-None-Match: *`.
    Create { body: String },
    /// PUT `name` beside the file with `If-None-Match: *`: a copy of the file as it was,
    /// before this browser first writes over what someone else wrote.
    Backup { name: String, body: String },
    /// Replace the workspace in the app with this one (the merge of both sides), show the
    /// conflicts to review, then send [`Event::Applied`] before any other event.
    Apply {
        workspace: Box<Workspace>,
        conflicts: Vec<Conflict>,
    },
    /// Tell the user; send [`Event::PollDue`] after `retry_after_ms`.
    ShowError {
        error: SyncError,
        retry_after_ms: u32,
    },
}
