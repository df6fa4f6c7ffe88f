//! A team on one journey: each workspace is one file, `<workspace-id>.json` in the published
//! export format, in a folder the organisation already runs (WebDAV, a synced share, later a
//! Git forge). This module is the pure part: the three-way merge of two people's versions of a
//! workspace, and the state machine that decides what to ask the remote folder next. The
//! browser engines perform the requests the machine names and feed the answers back as events.
//!
//! # The merge ([`merge3`])
//! Base is the version both sides last had (the file as last synced); local is this browser's,
//! remote the folder's.
//! - A value changed on one side only takes that change; changed on both to the same value,
//!   that value.
//! - Changed differently on both sides, it is a [`ConflictKind::Changed`]: one value is applied
//!   (the side whose enclosing record — an activity's progress, else the workspace — has the
//!   later `updated_at`; on equal times the greater value in JSON text), the other is kept in
//!   the conflict with its path, so the user can pick it ([`resolve`]). Nothing is dropped
//!   silently.
//! - Items with ids (workspaces, activities' progress, verification points met and their
//!   evidence, objectives, own points, own activities, iterations, a profile's roles and
//!   goals) merge item by item. An item deleted on one side and unchanged on the other is
//!   deleted; deleted on one side and edited on the other, the edit is kept and named
//!   ([`ConflictKind::EditedAndDeleted`]): work is never lost. A record both sides created
//!   (progress on an activity nobody had touched) is compared with the one the app starts
//!   from, so only what both filled in differently conflicts.
//! - A closed iteration's snapshot freezes one moment: two different closings are one
//!   conflict over the whole snapshot, never a mix of two moments' counts.
//! - Lists keep a deterministic order: a reordering made on one side holds, items added on
//!   either side stay where their side put them, and two different reorderings are a
//!   [`ConflictKind::Reordered`].
//! - Bookkeeping (`updated_at`, `saved_at`, `revision`, `app_version`) takes the greater value.
//!
//! The result never depends on which side syncs first: `merge3(b, x, y)` and `merge3(b, y, x)`
//! give the same document (their conflicts name the same values, sides swapped), and merging
//! the result again with either side changes nothing (tests/suite/sync_properties.rs).
//!
//! # The sync ([`Machine`])
//! One machine per workspace file. It holds the base, counts local changes not yet sent, and
//! answers each [`Event`] with the next [`Action`]: read (conditional on the version), write if
//! unchanged (`If-Match`), create if absent (`If-None-Match: *`), keep a backup, apply a merge
//! locally, wait, or show a typed [`SyncError`]. A remote file that is unreadable or of a newer
//! schema is never overwritten, and the first overwrite of a file this browser did not write
//! keeps a backup copy next to it first.

pub mod author;
mod choice;
mod conflict;
mod error;
mod fault;
pub mod file;
mod folder;
mod machine;
mod merge3;
mod path;
mod version;

pub use choice::{Choice, TEAM_FOLDER};
pub use conflict::{resolve, Conflict, ConflictKind, ResolveError};
pub use error::SyncError;
pub use fault::FolderFault;
pub use folder::{folder_url, listed_workspaces, FolderError, MAX_FOLDER_CHARS};
pub use machine::{
    Action, Author, Event, Indicator, Machine, Record, BLOCKED_RETRY_MS, POLL_MS, WEAK_RETRY_MS,
};
pub use merge3::{merge3, merge_unsynced, MergeError, Merged};
pub use path::{Path, Step};
pub use version::Version;

/// Which copy a value or a change comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    /// This browser's copy.
    Local,
    /// The copy in the remote folder.
    Remote,
}

impl Side {
    /// The other side.
    pub fn other(self) -> Side {
        match self {
            Side::Local => Side::Remote,
            Side::Remote => Side::Local,
        }
    }
}
