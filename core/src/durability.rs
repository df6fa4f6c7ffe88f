//! Keeping the only copy of a governance record: what this browser knows about the last export,
//! when a reminder to export is due, whether to ask the browser for persistent storage, whether
//! the engine may erase the site's data on its own (WebKit), and whether the data was lost.
//!
//! The [`Record`] is kept under its own storage key ([`RECORD_KEY`]), not in the state document:
//! it describes this browser's copy, not the governance record, so it must not travel in
//! exports (an imported file would bring someone else's "last export"), change the document's
//! schema, or make another tab see a conflict when only the export time changed.

mod engine;
mod marker;
mod synced;
pub mod time;

pub use self::engine::{webkit_may_erase, StorageMode};
pub use self::marker::{loss, Marker, Stored};
pub use self::synced::{LastSync, SYNCED_KEY};

use serde::{Deserialize, Serialize};

/// The localStorage key of the [`Record`], beside the state document's.
pub const RECORD_KEY: &str = "ggi-journey/durability";

/// How long after asking the browser for persistent storage the app asks again on its own (the
/// "Keep my data on this device" button asks at any time). Chromium decides from how much the
/// site is used, so a later request may be granted; Firefox asks the user, who should not be
/// asked at every visit.
pub const ASK_AGAIN_DAYS: i64 = 30;

/// One export of the whole record from this browser.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LastExport {
    /// When (ISO 8601).
    pub at: String,
    /// The document's revision the export holds: later revisions are changes it lacks.
    pub revision: u64,
    /// The downloaded file's name, so a user who lost the data knows what to look for.
    pub file: String,
}

/// The latest copy of the record outside this browser.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backup<'a> {
    Export(&'a LastExport),
    Sync(&'a LastSync),
}

impl<'a> Backup<'a> {
    /// When it was made (ISO 8601).
    pub fn at(self) -> &'a str {
        match self {
            Backup::Export(e) => &e.at,
            Backup::Sync(s) => &s.at,
        }
    }

    /// The document's revision it holds.
    pub fn revision(self) -> u64 {
        match self {
            Backup::Export(e) => e.revision,
            Backup::Sync(s) => s.revision,
        }
    }
}

/// What this browser knows about its copy's backups. Read leniently: it is bookkeeping, and
/// unreadable text only means starting the count again.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Record {
    pub last_export: Option<LastExport>,
    /// Never exported: when the first change was saved (the reminder counts its days from it).
    pub since: Option<String>,
    /// When the reminder was last put away: it comes back after as many days again.
    pub reminder_dismissed_at: Option<String>,
    /// When the app last asked the browser for persistent storage on its own.
    pub persistence_asked_at: Option<String>,
    /// The WebKit explanation was put away (the data page still shows it).
    pub webkit_dismissed: bool,
}

/// When the export reminder appears (a deployment sets it in `config.json`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reminder {
    /// Days since the last export (or the first change); 0 turns the reminder off.
    pub days: u32,
    /// Changes since the last export, at least 1.
    pub changes: u64,
}

impl Default for Reminder {
    fn default() -> Self {
        Reminder {
            days: 14,
            changes: 1,
        }
    }
}

impl Record {
    /// Reads the stored text; anything unreadable is an empty record.
    pub fn from_json(text: &str) -> Record {
        serde_json::from_str(text).unwrap_or_default()
    }

    pub fn to_json(&self) -> String {
        crate::json::to_compact(self)
    }

    /// Saves of the document not in the last export (`revision`: the stored document's). A
    /// revision below the exported one belongs to a record started again: none of it is in
    /// the export.
    pub fn changes_since(&self, revision: u64) -> u64 {
        changes_after(self.last_export.as_ref().map(|e| e.revision), revision)
    }

    /// The last export, or the last sync (`synced`) when it is later: a folder the team keeps
    /// holds the record as surely as an exported file.
    pub fn latest_backup<'a>(&'a self, synced: Option<&'a LastSync>) -> Option<Backup<'a>> {
        let export = self.last_export.as_ref().map(Backup::Export);
        let sync = synced.map(Backup::Sync);
        match (export, sync) {
            (Some(e), Some(s)) if time::seconds(s.at()) > time::seconds(e.at()) => Some(s),
            (e, s) => e.or(s),
        }
    }

    /// Saves of the document in no backup: since the latest of the last export and the last
    /// sync.
    pub fn changes_since_backup(&self, revision: u64, synced: Option<&LastSync>) -> u64 {
        changes_after(self.latest_backup(synced).map(|b| b.revision()), revision)
    }

    /// After a save at `revision`: starts the count at the first change ever saved. Returns
    /// whether the record changed (and should be stored).
    pub fn track(&mut self, revision: u64, now: &str) -> bool {
        if revision == 0 || self.last_export.is_some() || self.since.is_some() {
            return false;
        }
        self.since = Some(now.to_string());
        true
    }

    /// An export of the whole record at `revision`, saved as `file`.
    pub fn exported(&mut self, at: &str, revision: u64, file: &str) {
        self.last_export = Some(LastExport {
            at: at.to_string(),
            revision,
            file: file.to_string(),
        });
        self.since = None;
        self.reminder_dismissed_at = None;
    }

    /// The user put the reminder away.
    pub fn dismiss(&mut self, now: &str) {
        self.reminder_dismissed_at = Some(now.to_string());
    }

    /// From when the reminder counts its days: the latest backup (export or sync) or the first
    /// change, or the last time it was put away if that is later.
    pub fn reference<'a>(&'a self, synced: Option<&'a LastSync>) -> Option<&'a str> {
        let start = self
            .latest_backup(synced)
            .map(|b| b.at())
            .or(self.since.as_deref())?;
        Some(match self.reminder_dismissed_at.as_deref() {
            Some(d) if time::seconds(d) > time::seconds(start) => d,
            _ => start,
        })
    }

    /// Whether to remind the user to export now: at least `rule.changes` saves are in no
    /// backup, and `rule.days` days have passed since the reference. A sync of every workspace
    /// (`synced`) is a backup: a journey synced within the days raises no reminder. Never on
    /// times it cannot read: a reminder must be calm, not random.
    pub fn reminder_due(
        &self,
        revision: u64,
        now: &str,
        rule: Reminder,
        synced: Option<&LastSync>,
    ) -> bool {
        if rule.days == 0 || self.changes_since_backup(revision, synced) < rule.changes.max(1) {
            return false;
        }
        self.reference(synced)
            .and_then(|start| time::days_between(start, now))
            .is_some_and(|days| days >= i64::from(rule.days))
    }

    /// Whether the app should ask the browser for persistent storage on its own now.
    pub fn ask_for_persistence(&self, mode: StorageMode, now: &str) -> bool {
        if mode != StorageMode::BestEffort {
            return false;
        }
        match self.persistence_asked_at.as_deref() {
            None => true,
            Some(at) => time::days_between(at, now).is_none_or(|d| d >= ASK_AGAIN_DAYS),
        }
    }
}

/// Saves up to `revision` after a backup at `backup` (`None`: every save). A revision below the
/// backup's belongs to a record started again: none of it is in the backup.
fn changes_after(backup: Option<u64>, revision: u64) -> u64 {
    match backup {
        Some(b) if revision >= b => revision - b,
        _ => revision,
    }
}

/// Whether an export of `workspace` (`None`: all of them) holds the whole record, and so
/// counts as a backup: one workspace of several does not.
pub fn is_backup(document: &crate::schema::Document, workspace: Option<&str>) -> bool {
    match workspace {
        None => true,
        Some(id) => document.workspaces.iter().all(|w| w.id == id),
    }
}

#[cfg(test)]
mod tests;
