//! The sync of one workspace file as a pure state machine: [`Machine::handle`] takes an
//! [`Event`] and returns the next [`Action`]. No I/O and no clock: the engine performs the
//! actions and passes the time in, so every path is tested natively.

mod answer;
mod event;
mod indicator;
mod record;

pub use event::{Action, Event};
pub use indicator::Indicator;
pub use record::Record;

use super::{file, merge3, Conflict, FolderFault, SyncError};
use crate::schema::{Document, Workspace};

/// How often an idle workspace asks whether its file changed (one 304 when it did not).
pub const POLL_MS: u32 = 10_000;
/// How long to wait before reading a file whose tag was weak: Apache's `mod_dav_fs` tags a
/// file strongly once it is a second old.
pub const WEAK_RETRY_MS: u32 = 1_100;
/// How long to wait after the server refused access, before asking again on its own.
pub const BLOCKED_RETRY_MS: u32 = 300_000;
/// The longest wait between attempts while the server is unreachable or failing.
const MAX_BACKOFF_MS: u32 = 60_000;
/// Refused writes (412) of a file nobody changed before the server is reported as faulty.
const REFUSALS: u32 = 3;
/// Backup names tried before giving up (each taken name adds `-2`, `-3`…).
const BACKUP_NAMES: u32 = 5;

#[derive(Clone, Debug, PartialEq)]
enum Phase {
    Idle,
    Reading,
    /// `sent`, write `id`, is on its way; `sending` local changes go out with it.
    Writing {
        sent: Document,
        sending: u32,
        id: String,
    },
    Creating {
        sent: Document,
        sending: u32,
        id: String,
    },
    BackingUp {
        attempt: u32,
    },
    /// The app is applying `self.local`, a merge made from `before`.
    Applying {
        before: Document,
    },
}

/// Who writes from this tab: `id` is unique to it (random, new at each start) and names its
/// writes in the files' lineage; `name` is how its user calls the browser, shown to others.
#[derive(Clone, Debug, PartialEq)]
pub struct Author {
    pub id: String,
    pub name: String,
}

/// The sync of one workspace's file.
#[derive(Clone, Debug)]
pub struct Machine {
    record: Record,
    author: Author,
    /// Writes this machine sent: numbers the next one's id.
    writes: u32,
    /// This browser's workspace, as the file would hold it.
    local: Document,
    /// The exact text of the file at `record.version`, when read (what a backup keeps).
    remote_text: Option<String>,
    phase: Phase,
    conflicts: Vec<Conflict>,
    error: Option<SyncError>,
    offline: bool,
    failures: u32,
    refusals: u32,
    /// The next read must fetch the whole file (after a 412, or to replace a weak tag).
    refetch: bool,
}

impl Machine {
    /// Resumes syncing `workspace` from what this browser kept about its file.
    pub fn new(record: Record, workspace: &Workspace, author: Author) -> Machine {
        Machine {
            record,
            author,
            writes: 0,
            local: file::file_document(workspace),
            remote_text: None,
            phase: Phase::Idle,
            conflicts: Vec::new(),
            error: None,
            offline: false,
            failures: 0,
            refusals: 0,
            refetch: false,
        }
    }

    /// The name the next writes are signed with (the user renamed this browser).
    pub fn sign_as(&mut self, name: &str) {
        if self.author.name != name {
            self.author.name = name.to_string();
        }
    }

    /// What to store so the next visit resumes here.
    pub fn record(&self) -> &Record {
        &self.record
    }

    /// Changes made elsewhere at the same time, since the user last reviewed them.
    pub fn conflicts(&self) -> &[Conflict] {
        &self.conflicts
    }

    /// The user has reviewed the conflicts (picks are local changes of their own).
    pub fn reviewed(&mut self) {
        self.conflicts.clear();
    }

    /// The user picked a value for `conflict` (the pick itself is a local change): it leaves
    /// the list to review.
    pub fn settled(&mut self, conflict: &Conflict) {
        if let Some(at) = self.conflicts.iter().position(|c| c == conflict) {
            self.conflicts.remove(at);
        }
    }

    /// The workspace as this machine last saw it here.
    pub fn workspace(&self) -> Option<&Workspace> {
        self.local.workspaces.first()
    }

    /// The next action after `event`, at time `now` (ISO 8601).
    pub fn handle(&mut self, event: Event, now: &str) -> Action {
        match event {
            Event::LocalChanged(workspace) => self.local_changed(&workspace, now),
            Event::PollDue => self.poll(),
            Event::SyncNow => {
                self.failures = 0;
                self.poll()
            }
            Event::Recreate => {
                if self.error != Some(SyncError::Gone) || self.phase != Phase::Idle {
                    return Action::Nothing;
                }
                self.error = None;
                self.record.base = None;
                self.record.version = None;
                self.create(now)
            }
            Event::Applied => self.applied(now),
            answer => self.answer(answer, now),
        }
    }

    fn local_changed(&mut self, workspace: &Workspace, now: &str) -> Action {
        let document = file::file_document(workspace);
        if document == self.local {
            // The app saving what sync just applied: not a change of this browser's.
            return Action::Nothing;
        }
        self.record.pending += 1;
        if let Phase::Applying { before } = &self.phase {
            // Changed from the version before the merge: merged onto the merge, as any edit.
            return match merge3(before, &document, &self.local) {
                Ok(merged) => {
                    self.phase = Phase::Applying { before: document };
                    self.apply(merged.document, merged.conflicts)
                }
                Err(e) => self.fail(e.into()),
            };
        }
        self.local = document;
        if self.phase != Phase::Idle || self.error.is_some() || self.offline {
            // Sent when the request under way answers, or at the next poll.
            return Action::Nothing;
        }
        self.push(now)
    }

    fn poll(&mut self) -> Action {
        if self.phase != Phase::Idle {
            return Action::Nothing;
        }
        self.phase = Phase::Reading;
        let if_none_match = match self.refetch {
            true => None,
            false => (self.record.version.as_ref()).map(|v| v.if_none_match().to_string()),
        };
        self.refetch = false;
        Action::Read { if_none_match }
    }

    fn applied(&mut self, now: &str) -> Action {
        if !matches!(self.phase, Phase::Applying { .. }) {
            return Action::Nothing;
        }
        self.phase = Phase::Idle;
        self.push(now)
    }

    fn apply(&mut self, merged: Document, conflicts: Vec<Conflict>) -> Action {
        self.local = merged;
        self.conflicts.extend(conflicts.iter().cloned());
        match self.local.workspaces.first() {
            Some(workspace) => Action::Apply {
                workspace: Box::new(workspace.clone()),
                conflicts,
            },
            None => Action::Nothing,
        }
    }

    fn backoff(&self) -> u32 {
        let doubled = 1000u32.saturating_mul(1 << self.failures.min(6));
        doubled.min(MAX_BACKOFF_MS)
    }

    fn fail(&mut self, error: SyncError) -> Action {
        self.phase = Phase::Idle;
        self.failures += 1;
        let retry_after_ms = match error {
            SyncError::Unauthorized
            | SyncError::Forbidden
            | SyncError::WritesRefused
            | SyncError::TeamFolder(FolderFault::NotAllowed) => BLOCKED_RETRY_MS,
            // A team folder's file held by another program is free again soon; a full disk or
            // a read-only folder is fixed by someone, whose fix is taken up within a minute.
            SyncError::Server { .. } | SyncError::TeamFolder(_) => self.backoff(),
            _ => POLL_MS,
        };
        self.error = Some(error.clone());
        Action::ShowError {
            error,
            retry_after_ms,
        }
    }
}

#[cfg(test)]
mod tests;
