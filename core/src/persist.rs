//! Loading and saving the state document through a key-value store. The browser adapter
//! (localStorage) lives in the app; [`MemoryStorage`] serves native tests.

use crate::migrate::{self, MigrateError};
use crate::schema::{Document, SCHEMA_VERSION};
use std::collections::BTreeMap;
use thiserror::Error;

/// The localStorage key of the state document.
pub const STATE_KEY: &str = "ggi-journey/state";
/// Where unreadable data is set aside when the user chooses to start fresh.
pub const UNREADABLE_KEY: &str = "ggi-journey/unreadable-backup";

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

/// What was found in storage at start.
#[derive(Debug, PartialEq)]
pub enum Loaded {
    /// Nothing stored yet.
    Empty,
    /// A readable document, migrated to the current schema if it was older.
    Ready {
        document: Document,
        migrated_from: Option<u32>,
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
    let Some(raw) = storage.read(STATE_KEY)? else {
        return Ok(Loaded::Empty);
    };
    Ok(match migrate::read(&raw) {
        Ok((document, from)) => Loaded::Ready {
            document,
            migrated_from: (from != SCHEMA_VERSION).then_some(from),
        },
        Err(MigrateError::Newer(version)) => Loaded::Newer {
            document: migrate::read_leniently(&raw),
            version,
            raw,
        },
        Err(error) => Loaded::Unreadable { raw, error },
    })
}

#[derive(Clone, Debug, PartialEq, Error)]
pub enum SaveError {
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error("Another tab or window saved newer changes (revision {stored}). Reload to see them before you continue; your changes in this tab are kept until you decide.")]
    Conflict { stored: u64 },
    #[error("The data could not be prepared for saving: {0}")]
    Encode(String),
}

/// Saves `document` unless another writer stored a newer revision since it was loaded.
/// On success the document's revision is incremented to the stored one.
pub fn save(
    storage: &mut dyn Storage,
    document: &mut Document,
    now: &str,
) -> Result<(), SaveError> {
    if let Some(stored) = stored_revision(storage)? {
        if stored > document.revision {
            return Err(SaveError::Conflict { stored });
        }
    }
    let mut next = document.clone();
    next.revision = document.revision + 1;
    next.saved_at = Some(now.to_string());
    let json = serde_json::to_string(&next).map_err(|e| SaveError::Encode(e.to_string()))?;
    storage.write(STATE_KEY, &json)?;
    *document = next;
    Ok(())
}

/// Saves even if another writer stored a newer revision (the user chose "keep mine").
pub fn save_over(
    storage: &mut dyn Storage,
    document: &mut Document,
    now: &str,
) -> Result<(), SaveError> {
    if let Some(stored) = stored_revision(storage)? {
        document.revision = document.revision.max(stored);
    }
    save(storage, document, now)
}

/// The revision currently in storage, if a readable document is there.
pub fn stored_revision(storage: &dyn Storage) -> Result<Option<u64>, StorageError> {
    Ok(storage
        .read(STATE_KEY)?
        .and_then(|raw| migrate::peek_revision(&raw)))
}

/// Moves unreadable text aside (so it is never lost) before a fresh start replaces it.
pub fn set_aside(storage: &mut dyn Storage, raw: &str) -> Result<(), StorageError> {
    storage.write(UNREADABLE_KEY, raw)
}

#[cfg(test)]
mod tests;
