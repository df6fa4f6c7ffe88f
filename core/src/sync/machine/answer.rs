//! The machine's answers to the server's answers, and getting local changes out.

use super::{Action, Event, Machine, Phase, BACKUP_NAMES, POLL_MS, REFUSALS, WEAK_RETRY_MS};
use crate::export::{Written, LINEAGE};
use crate::schema::Document;
use crate::sync::file::Stamp;
use crate::sync::{file, merge3, merge_unsynced, SyncError, Version};

impl Machine {
    /// The answer to the request under way.
    pub(super) fn answer(&mut self, event: Event, now: &str) -> Action {
        let phase = std::mem::replace(&mut self.phase, Phase::Idle);
        match (phase, event) {
            (phase @ (Phase::Idle | Phase::Applying { .. }), _) => {
                // Nothing was asked: a stale answer.
                self.phase = phase;
                Action::Nothing
            }
            (_, Event::Offline) => {
                self.offline = true;
                self.failures += 1;
                Action::Wait {
                    after_ms: self.backoff(),
                }
            }
            (_, Event::Unauthorized) => self.fail(SyncError::Unauthorized),
            (_, Event::Forbidden) => self.fail(SyncError::Forbidden),
            (_, Event::ServerError { status }) => self.fail(SyncError::Server { status }),
            (_, Event::FolderFault(fault)) => self.fail(SyncError::TeamFolder(fault)),
            (Phase::Reading, Event::NotFound) if self.record.base.is_none() => {
                self.reached();
                self.create(now)
            }
            (Phase::Reading | Phase::Writing { .. }, Event::NotFound) => self.fail(SyncError::Gone),
            (_, Event::NotFound) => self.fail(SyncError::FolderMissing),
            (Phase::Reading, Event::NotModified) => {
                self.reached();
                self.push(now)
            }
            (
                Phase::Reading,
                Event::RemoteRead {
                    version,
                    document,
                    text,
                    stamp,
                },
            ) => {
                self.reached();
                self.received(version, document, text, stamp, now)
            }
            (Phase::Reading, Event::RemoteUnreadable(e)) => self.fail(SyncError::Unreadable(e)),
            (Phase::Reading, Event::RemoteNewerSchema { version }) => {
                self.fail(SyncError::NewerSchema { version })
            }
            (Phase::Reading, Event::RemoteOtherWorkspace) => self.fail(SyncError::NotThisWorkspace),
            (
                Phase::Writing { sent, sending, id } | Phase::Creating { sent, sending, id },
                Event::WriteOk { version },
            ) => {
                self.reached();
                self.refusals = 0;
                self.record.lineage = self.lineage_after(id);
                self.record.before_write = self.record.base.replace(sent);
                self.record.version = version;
                self.record.written = true;
                self.record.pending = self.record.pending.saturating_sub(sending);
                self.remote_text = None;
                self.push(now)
            }
            (Phase::Writing { .. }, Event::WriteConflict) => {
                self.reached();
                self.refusals += 1;
                self.fetch()
            }
            (Phase::Creating { .. }, Event::WriteConflict) => {
                self.reached();
                self.fetch()
            }
            (Phase::BackingUp { .. }, Event::WriteOk { .. }) => {
                self.reached();
                self.record.written = true;
                self.push(now)
            }
            (Phase::BackingUp { attempt }, Event::WriteConflict) if attempt < BACKUP_NAMES => {
                // The name is taken (a backup made in the same second): the next one.
                self.reached();
                self.backup(attempt + 1, now)
            }
            (Phase::BackingUp { .. }, Event::WriteConflict) => self.fail(SyncError::BackupFailed),
            (phase, _) => {
                // An answer that does not fit the request (an engine bug): ask again.
                self.phase = phase;
                Action::Nothing
            }
        }
    }

    /// The server answered: whatever failed before works again.
    fn reached(&mut self) {
        self.offline = false;
        self.failures = 0;
        self.error = None;
    }

    /// A read found the file at `version` with `document`, stamped `stamp`.
    fn received(
        &mut self,
        version: Option<Version>,
        document: Document,
        text: String,
        stamp: Stamp,
        now: &str,
    ) -> Action {
        self.remote_text = Some(text);
        let lineage = stamp.lineage();
        if self.record.base.as_ref() == Some(&document) {
            // The same content (a new tag for it, such as a weak tag become strong).
            self.record.version = version;
            self.record.lineage = lineage;
            if self.refusals >= REFUSALS {
                return self.fail(SyncError::WritesRefused);
            }
            return self.push(now);
        }
        // Not what both sides last had: someone else's change.
        self.refusals = 0;
        self.record.remote_change_at = Some(stamp.at.unwrap_or_else(|| now.to_string()));
        self.record.remote_change_by = stamp.written.map(|w| w.by);
        let base = match self.record.before_write.take() {
            // Made without this browser's last write (from the version before it): merged from
            // before it, so that write's changes count as this browser's, not as changes the
            // file undid.
            Some(before) if self.lost_last_write(&lineage) => Some(before),
            _ => self.record.base.clone(),
        };
        self.record.lineage = lineage;
        let merged = match &base {
            Some(base) if *base == self.local => Ok(crate::sync::Merged {
                document: document.clone(),
                conflicts: Vec::new(),
            }),
            Some(base) => merge3(base, &self.local, &document),
            None => merge_unsynced(&self.local, &document),
        };
        let mut merged = match merged {
            Ok(merged) => merged,
            Err(e) => return self.fail(e.into()),
        };
        for conflict in &mut merged.conflicts {
            conflict.by.clone_from(&self.record.remote_change_by);
        }
        self.record.base = Some(document);
        self.record.version = version;
        if merged.document == self.local {
            // Nothing to apply here (this browser's values won), but the other side's values
            // are still to review: never dropped silently.
            self.conflicts.extend(merged.conflicts);
            return self.push(now);
        }
        self.phase = Phase::Applying {
            before: self.local.clone(),
        };
        self.apply(merged.document, merged.conflicts)
    }

    /// Gets local changes into the folder, or waits for the next poll when there are none.
    pub(super) fn push(&mut self, now: &str) -> Action {
        let Some(base) = &self.record.base else {
            return self.create(now);
        };
        if *base == self.local {
            self.record.pending = 0;
            self.record.synced_at = Some(now.to_string());
            return Action::Wait { after_ms: POLL_MS };
        }
        let Some(tag) = self.record.version.as_ref().and_then(Version::if_match) else {
            // A weak or unknown tag cannot guard the write: read again once it can.
            self.refetch = true;
            return Action::Wait {
                after_ms: WEAK_RETRY_MS,
            };
        };
        if !self.record.written {
            return match self.remote_text.is_some() {
                true => self.backup(1, now),
                false => self.fetch(),
            };
        }
        let if_match = tag.to_string();
        let (id, body) = self.next_write(now);
        self.phase = Phase::Writing {
            sent: self.local.clone(),
            sending: self.record.pending,
            id,
        };
        Action::Write { body, if_match }
    }

    pub(super) fn create(&mut self, now: &str) -> Action {
        let (id, body) = self.next_write(now);
        self.phase = Phase::Creating {
            sent: self.local.clone(),
            sending: self.record.pending,
            id,
        };
        Action::Create { body }
    }

    /// The id of the next write and the file's text, stamped with its lineage.
    fn next_write(&mut self, now: &str) -> (String, String) {
        self.writes += 1;
        let id = format!("{}.{}", self.author.id, self.writes);
        let written = Written {
            by: self.author.name.clone(),
            lineage: self.lineage_after(id.clone()),
        };
        (id, file::body(&self.local, now, Some(written)))
    }

    /// The lineage of a write `id` made from the base.
    fn lineage_after(&self, id: String) -> Vec<String> {
        let mut lineage = vec![id];
        lineage.extend(self.record.lineage.iter().take(LINEAGE - 1).cloned());
        lineage
    }

    /// Whether a file of `lineage` was made without this browser's last write, from the
    /// version that write was made from (a shared folder's file sync may replace the file with
    /// a colleague's made from that version; so may a server that ignores `If-Match`).
    fn lost_last_write(&self, lineage: &[String]) -> bool {
        match &self.record.lineage[..] {
            [mine, before, ..] => !lineage.contains(mine) && lineage.contains(before),
            _ => false,
        }
    }

    fn backup(&mut self, attempt: u32, now: &str) -> Action {
        let Some(text) = &self.remote_text else {
            return self.fetch();
        };
        self.phase = Phase::BackingUp { attempt };
        Action::Backup {
            name: file::backup_name(&self.record.workspace, now, attempt),
            body: text.clone(),
        }
    }

    fn fetch(&mut self) -> Action {
        self.phase = Phase::Reading;
        self.refetch = false;
        Action::Read {
            if_none_match: None,
        }
    }
}
