//! Loading and saving the state document through a key-value store. The browser adapter
//! (localStorage) lives in the app; [`MemoryStorage`] serves native tests.

use crate::migrate::{self, MigrateError};
use crate::schema::{Document, SCHEMA_VERSION};
use std::collections::BTreeMap;
use thiserror::Error;

/// The localStorage key of the state document.
pub const STATE_KEY: &str = "ggi-journey/state";
/// Backups go under this prefix with a timestamp (`…/unreadable/2027-03-01T10:00:00.000Z`), so
/// a backup never overwrites an earlier one.
pub const BACKUP_PREFIX: &str = "ggi-journey/backup/";

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum StorageError {
    #[error("This browser does not let the app store data (storage is disabled or in a private window). Your work stays in this tab only: export it before closing.")]
    Unavailable,
    #[error("The browser's storage for this site is full. Your latest changes are kept in this tab only: export them now.")]
    QuotaExceeded,
    #[error("The browser refused to store the data: {0}")]
    Other(String),
}

/// A string key-value store such as localStorage.
pub trait Storage {
    fn read(&self, key: &str) -> Result<Option<String>, StorageError>;
    fn write(&mut self, key: &str, value: &str) -> Result<(), StorageError>;
}

/// An in-memory [`Storage`] for tests, with an optional size limit to simulate a full quota.
#[derive(Debug, Default)]
pub struct MemoryStorage {
    pub entries: BTreeMap<String, String>,
    pub quota: Option<usize>,
    pub disabled: bool,
}

impl Storage for MemoryStorage {
    fn read(&self, key: &str) -> Result<Option<String>, StorageError> {
        if self.disabled {
            return Err(StorageError::Unavailable);
        }
        Ok(self.entries.get(key).cloned())
    }

    fn write(&mut self, key: &str, value: &str) -> Result<(), StorageError> {
        if self.disabled {
            return Err(StorageError::Unavailable);
        }
        let others: usize = self
            .entries
            .iter()
            .filter(|(k, _)| k.as_str() != key)
            .map(|(k, v)| k.len() + v.len())
            .sum();
        if self
            .quota
            .is_some_and(|q| others + key.len() + value.len() > q)
        {
            return Err(StorageError::QuotaExceeded);
        }
        self.entries.insert(key.to_string(), value.to_string());
        Ok(())
    }
}

/// What this tab last read from or wrote to the state key. A stored text that differs from it
/// was written by another writer (another tab, or another version of the app), even when its
/// revision is the same as ours: then this tab must not write over it without asking.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Seen {
    /// Nothing was stored.
    #[default]
    Nothing,
    /// A readable document of schema `version`.
    Document { fingerprint: u64, version: u32 },
    /// Text this version cannot read, or a newer version's document: never written over
    /// without the user's say.
    Untouchable { fingerprint: u64 },
}

/// A 64-bit FNV-1a hash of stored text: cheap, and enough to tell two texts apart.
pub fn fingerprint(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

impl Seen {
    /// What `raw` (the state key's text, if any) is, as [`load`] would find it.
    pub fn of(raw: Option<&str>) -> Seen {
        let Some(raw) = raw else {
            return Seen::Nothing;
        };
        match read(raw) {
            Ok((_, seen)) => seen,
            Err(_) => Seen::untouchable(raw),
        }
    }

    /// What a tab has seen of text it cannot read, or of a newer version's document, without
    /// reading it again.
    pub fn untouchable(raw: &str) -> Seen {
        Seen::Untouchable {
            fingerprint: fingerprint(raw),
        }
    }

    fn fingerprint(self) -> Option<u64> {
        match self {
            Seen::Nothing => None,
            Seen::Document { fingerprint, .. } | Seen::Untouchable { fingerprint } => {
                Some(fingerprint)
            }
        }
    }
}

/// Reads stored text (another tab's), with what this tab has then seen of it.
pub fn read(raw: &str) -> Result<(Document, Seen), MigrateError> {
    let (document, version) = migrate::read(raw)?;
    let fingerprint = fingerprint(raw);
    Ok((
        document,
        Seen::Document {
            fingerprint,
            version,
        },
    ))
}

/// What was found in storage at start.
#[derive(Debug, PartialEq)]
pub enum Loaded {
    /// Nothing stored yet.
    Empty,
    /// A readable document, migrated to the current schema if it was older.
    Ready {
        document: Document,
        migrated_from: Option<u32>,
        seen: Seen,
    },
    /// Saved by a newer app: shown read-only and never overwritten.
    Newer {
        document: Option<Document>,
        version: u32,
        raw: String,
    },
    /// Stored text that cannot be read. It stays untouched in storage.
    Unreadable { raw: String, error: MigrateError },
}

/// Reads the state document.
pub fn load(storage: &dyn Storage) -> Result<Loaded, StorageError> {
    Ok(match storage.read(STATE_KEY)? {
        None => Loaded::Empty,
        Some(raw) => loaded_from(raw),
    })
}

/// What the stored text `raw` holds: the app reads it once, then hands it to the code that
/// reads documents (a chunk of its own there).
pub fn loaded_from(raw: String) -> Loaded {
    match migrate::read(&raw) {
        Ok((document, from)) => Loaded::Ready {
            document,
            migrated_from: (from != SCHEMA_VERSION).then_some(from),
            seen: Seen::Document {
                fingerprint: fingerprint(&raw),
                version: from,
            },
        },
        Err(MigrateError::Newer(version)) => Loaded::Newer {
            document: migrate::read_leniently(&raw),
            version,
            raw,
        },
        Err(error) => Loaded::Unreadable { raw, error },
    }
}

#[derive(Clone, Debug, PartialEq, Error)]
pub enum SaveError {
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error("Another tab or window saved other changes (revision {stored}). Choose which version to keep; your changes in this tab are kept until you decide.")]
    Conflict { stored: u64 },
    #[error("The data stored for this site can no longer be read by this version, so this tab does not write over it. Export your work from this tab, then reload.")]
    StoredUnreadable,
    #[error("A newer version of GGI Journey saved data here (schema {0}), so this tab does not write over it. Export your work from this tab and continue in the newer version.")]
    StoredNewer(u32),
    #[error("The stored data could not be backed up before this version upgrades it, so nothing is saved yet: {0}")]
    Backup(StorageError),
}

impl StorageError {
    /// The message in the user's language.
    pub fn localized(&self, m: &crate::i18n::SafetyMsgs) -> String {
        match self {
            StorageError::Unavailable => m.storage_unavailable.to_string(),
            StorageError::QuotaExceeded => m.storage_full.to_string(),
            StorageError::Other(detail) => {
                crate::i18n::fill(m.storage_other, &[("detail", detail)])
            }
        }
    }
}

impl SaveError {
    /// The message in the user's language.
    pub fn localized(&self, m: &crate::i18n::SafetyMsgs) -> String {
        use crate::i18n::fill;
        match self {
            SaveError::Storage(e) => e.localized(m),
            SaveError::Conflict { stored } => fill(m.conflict, &[("stored", &stored.to_string())]),
            SaveError::StoredUnreadable => m.stored_unreadable.to_string(),
            SaveError::StoredNewer(v) => fill(m.stored_newer, &[("version", &v.to_string())]),
            SaveError::Backup(e) => fill(m.backup_failed, &[("detail", &e.localized(m))]),
        }
    }
}

/// Saves `document` unless another writer changed the stored text since this tab last saw it
/// (`seen`). Stored data of an older schema is backed up first, and nothing is written if that
/// backup fails. On success the revision is incremented and `seen` follows the new text.
pub fn save(
    storage: &mut dyn Storage,
    document: &mut Document,
    now: &str,
    seen: &mut Seen,
) -> Result<(), SaveError> {
    try_save(storage, document, now, seen).map_err(NotSaved::into_error)
}

/// Why [`try_save`] wrote nothing.
#[derive(Clone, Debug, PartialEq)]
pub enum NotSaved {
    Failed(SaveError),
    /// Another writer stored this text since this tab last saw the key, or it is text this
    /// version must not write over: [`other_writer`] says which.
    OtherWriter(String),
}

impl NotSaved {
    pub fn into_error(self) -> SaveError {
        match self {
            NotSaved::Failed(e) => e,
            NotSaved::OtherWriter(raw) => other_writer(&raw),
        }
    }
}

/// [`save`] without reading another writer's text: the app's saves run this, and read that
/// text (with code of its own, README: Size) only when there is one.
pub fn try_save(
    storage: &mut dyn Storage,
    document: &mut Document,
    now: &str,
    seen: &mut Seen,
) -> Result<(), NotSaved> {
    let failed = |e: StorageError| NotSaved::Failed(SaveError::Storage(e));
    match storage.read(STATE_KEY).map_err(failed)? {
        None => {}
        Some(raw) if Some(fingerprint(&raw)) != seen.fingerprint() => {
            return Err(NotSaved::OtherWriter(raw))
        }
        Some(raw) => match *seen {
            Seen::Document { version, .. } if version < SCHEMA_VERSION => {
                back_up(storage, &format!("v{version}"), &raw, now)
                    .map_err(|e| NotSaved::Failed(SaveError::Backup(e)))?;
            }
            Seen::Document { .. } | Seen::Nothing => {}
            Seen::Untouchable { .. } => return Err(NotSaved::OtherWriter(raw)),
        },
    }
    write(storage, document, now, seen).map_err(NotSaved::Failed)
}

/// Saves even if another tab stored other changes (the user chose "keep mine"), but never over
/// text this version cannot read or a newer version's data.
pub fn save_over(
    storage: &mut dyn Storage,
    document: &mut Document,
    now: &str,
    seen: &mut Seen,
) -> Result<(), SaveError> {
    if let Some(raw) = storage.read(STATE_KEY)? {
        match other_writer(&raw) {
            SaveError::Conflict { stored } => document.revision = document.revision.max(stored),
            refusal => return Err(refusal),
        }
    }
    write(storage, document, now, seen)
}

/// Writes `document` whatever is stored: only after the stored text was set aside with
/// [`set_aside`], or the user confirmed that it may be discarded.
pub fn replace(
    storage: &mut dyn Storage,
    document: &mut Document,
    now: &str,
    seen: &mut Seen,
) -> Result<(), SaveError> {
    write(storage, document, now, seen)
}

fn write(
    storage: &mut dyn Storage,
    document: &mut Document,
    now: &str,
    seen: &mut Seen,
) -> Result<(), SaveError> {
    let mut next = document.clone();
    next.revision = document.revision + 1;
    next.saved_at = Some(now.to_string());
    let json = crate::json::to_compact(&next);
    storage.write(STATE_KEY, &json)?;
    *seen = Seen::Document {
        fingerprint: fingerprint(&json),
        version: SCHEMA_VERSION,
    };
    *document = next;
    Ok(())
}

/// Why stored text that this tab did not write must not be written over.
pub fn other_writer(raw: &str) -> SaveError {
    match migrate::peek_version(raw) {
        Some(v) if v > SCHEMA_VERSION => SaveError::StoredNewer(v),
        Some(_) => match migrate::read(raw) {
            Ok((d, _)) => SaveError::Conflict { stored: d.revision },
            Err(_) => SaveError::StoredUnreadable,
        },
        None => SaveError::StoredUnreadable,
    }
}

/// The revision currently in storage, if a readable document is there.
pub fn stored_revision(storage: &dyn Storage) -> Result<Option<u64>, StorageError> {
    Ok(storage
        .read(STATE_KEY)?
        .and_then(|raw| migrate::peek_revision(&raw)))
}

/// Copies `raw` to a new backup key named after `kind` and `now`; never overwrites an earlier
/// backup. Returns the key.
pub fn back_up(
    storage: &mut dyn Storage,
    kind: &str,
    raw: &str,
    now: &str,
) -> Result<String, StorageError> {
    let base = format!("{BACKUP_PREFIX}{kind}/{now}");
    let mut key = base.clone();
    let mut n = 1u32;
    while storage.read(&key)?.is_some() {
        n = n.saturating_add(1);
        key = format!("{base}-{n}");
    }
    storage.write(&key, raw)?;
    Ok(key)
}

/// Moves unreadable text aside (so it is never lost) before a fresh start replaces it.
pub fn set_aside(storage: &mut dyn Storage, raw: &str, now: &str) -> Result<String, StorageError> {
    back_up(storage, "unreadable", raw, now)
}

#[cfg(test)]
mod tests;
