//! What can stop a workspace from syncing, in words its user understands.

use crate::i18n::{fill, DataMsgs, SyncMsgs};
use crate::import::ImportError;
use crate::sync::FolderFault;

/// Why a sync stopped. In every case the work stays in this browser and goes out later.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum SyncError {
    /// 401: the server wants the user to sign in.
    #[error("The sync folder asks you to sign in.")]
    Unauthorized,
    /// 403: signed in, but not allowed there.
    #[error("Your account may not use the sync folder.")]
    Forbidden,
    /// 404 or 409 on creating a file: the folder is not there.
    #[error("The sync folder cannot be found on the server.")]
    FolderMissing,
    /// The workspace's file, synced before, is no longer in the folder.
    #[error("This workspace's file is no longer in the sync folder.")]
    Gone,
    /// 5xx, or an answer the engine cannot place.
    #[error("The server had a problem (HTTP {status}).")]
    Server { status: u16 },
    /// A team folder of this computer failed: not a server's problem, and not told as one.
    #[error("The team folder could not be used ({0:?}).")]
    TeamFolder(FolderFault),
    /// The remote file is not a workspace file this app can read: it is never overwritten.
    #[error("The workspace's file in the sync folder cannot be read: {0}")]
    Unreadable(ImportError),
    /// The remote file reads, but does not hold the workspace it is named for.
    #[error("The file in the sync folder holds another workspace than the one it is named for.")]
    NotThisWorkspace,
    /// The remote file was written by a newer version of the app: it is never overwritten.
    #[error(
        "The workspace's file was saved by a newer version of GGI Journey (schema {version})."
    )]
    NewerSchema { version: u32 },
    /// The server refuses conditional writes even though nobody else changed the file.
    #[error("The server keeps refusing to save the file although nobody else changed it.")]
    WritesRefused,
    /// No backup copy could be kept, so the file was not overwritten.
    #[error("A copy of the team's file could not be kept, so it was not overwritten.")]
    BackupFailed,
    /// The merge failed (cannot happen with files of this schema).
    #[error("The two versions could not be combined: {detail}")]
    Merge { detail: String },
}

impl SyncError {
    /// The message in the user's language (`data` words an unreadable file's problem, as the
    /// importer does).
    pub fn localized(&self, m: &SyncMsgs, data: &DataMsgs) -> String {
        match self {
            SyncError::Unauthorized => m.err_unauthorized.to_string(),
            SyncError::Forbidden => m.err_forbidden.to_string(),
            SyncError::FolderMissing => m.err_folder_missing.to_string(),
            SyncError::Gone => m.err_gone.to_string(),
            SyncError::Server { status } => fill(m.err_server, &[("status", &status.to_string())]),
            SyncError::TeamFolder(FolderFault::Busy) => m.err_team_busy.to_string(),
            SyncError::TeamFolder(FolderFault::Full) => m.err_team_full.to_string(),
            SyncError::TeamFolder(FolderFault::Unwritable) => m.err_team_unwritable.to_string(),
            SyncError::TeamFolder(FolderFault::NotAllowed) => m.err_team_not_allowed.to_string(),
            SyncError::Unreadable(e) => fill(m.err_unreadable, &[("detail", &e.localized(data))]),
            SyncError::NotThisWorkspace => m.err_not_this_workspace.to_string(),
            SyncError::NewerSchema { version } => {
                fill(m.err_newer, &[("version", &version.to_string())])
            }
            SyncError::WritesRefused => m.err_writes_refused.to_string(),
            SyncError::BackupFailed => m.err_backup_failed.to_string(),
            SyncError::Merge { detail } => fill(m.err_merge, &[("detail", detail)]),
        }
    }
}

impl From<crate::sync::MergeError> for SyncError {
    fn from(e: crate::sync::MergeError) -> Self {
        match e {
            crate::sync::MergeError::Shape(detail) => SyncError::Merge { detail },
        }
    }
}
