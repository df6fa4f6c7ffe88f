//! Reading stored documents is a Wasm chunk of its own (`reading`, README: Size). Serde's reader
//! of the document is the largest code a first visit would otherwise download and never run: it
//! has nothing stored. A start that finds data waits for the chunk before the app takes the
//! shell's place (the worker precaches it at a first visit, for an offline start:
//! scripts/pack.mjs `PRECACHED`); a tab that meets another writer's data reads it with the
//! chunk too. Should it never arrive, the app writes nothing and says why
//! (`Persistence::NotRead`).

use crate::storage::LocalStore;
use ggi_core::migrate::MigrateError;
use ggi_core::persist::{self, Loaded, SaveError, Seen, Storage, STATE_KEY};
use ggi_core::schema::Document;
use leptos::wasm_split::SplitLoaderError;
use std::future::Future;
use std::pin::Pin;

/// Attempts at the chunk before giving up (a file that failed is fetched again: scripts/pack.mjs).
const ATTEMPTS: usize = 3;

/// The chunk could not be fetched (offline before it ever was, or the server did not answer).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReaderMissing;

impl From<SplitLoaderError> for ReaderMissing {
    fn from(_: SplitLoaderError) -> Self {
        ReaderMissing
    }
}

/// Calls an entry of the chunk up to [`ATTEMPTS`] times, a task apart.
macro_rules! retried {
    ($call:expr) => {{
        let mut outcome = Err(ReaderMissing);
        for _ in 0..ATTEMPTS {
            outcome = $call.await.map_err(ReaderMissing::from);
            if outcome.is_ok() {
                break;
            }
            crate::browser::next_task().await;
        }
        outcome
    }};
}

/// Something the reading code answers, later.
type Later<T> = Pin<Box<dyn Future<Output = Result<T, ReaderMissing>>>>;
/// A document read, with what `persist::Seen` then records.
type Read = Result<(Document, Seen), MigrateError>;
/// A document written (or not), with what `persist::Seen` then records.
type Written = (Document, Seen, Result<(), SaveError>);

/// The ways into the reading code. Function pointers rather than calls: code that calls an entry
/// of a chunk refers to that chunk wherever it is compiled, and the component tests' Wasm, which
/// is not split, cannot load one (`state::durability` does the same).
pub struct Reader {
    /// `persist::loaded_from`: what the stored text holds.
    pub loaded: fn(String) -> Later<Loaded>,
    /// Reads a document another tab stored, with what `persist::Seen` then records.
    pub document: fn(String) -> Later<Read>,
    /// Why a save met another writer's text (`persist::other_writer`).
    pub why_not_saved: fn(String) -> Later<SaveError>,
    /// `persist::save_over`: keeps this tab's document over another tab's.
    pub write_over: fn(Document, Seen, String) -> Later<Written>,
}

/// Through the chunk: the app's.
pub static THROUGH_CHUNK: Reader = Reader {
    loaded: |raw| Box::pin(async move { retried!(load(raw.clone())) }),
    document: |raw| Box::pin(async move { retried!(read(raw.clone())) }),
    why_not_saved: |raw| Box::pin(async move { retried!(other_writer(raw.clone())) }),
    write_over: |document, seen, now| {
        Box::pin(async move { retried!(save_over(document.clone(), seen, now.clone())) })
    },
};

/// Directly: the component tests'.
pub static HERE: Reader = Reader {
    loaded: |raw| Box::pin(async move { Ok(persist::loaded_from(raw)) }),
    document: |raw| Box::pin(async move { Ok(persist::read(&raw)) }),
    why_not_saved: |raw| Box::pin(async move { Ok(persist::other_writer(&raw)) }),
    write_over: |document, seen, now| {
        Box::pin(async move { Ok(save_over_here(document, seen, &now)) })
    },
};

impl Reader {
    /// What storage holds now, read once. Nothing stored, or storage unusable, needs no chunk.
    pub async fn now(&self) -> super::Stored {
        match LocalStore.read(STATE_KEY) {
            Ok(None) => Ok(Ok(Loaded::Empty)),
            Err(e) => Ok(Err(e)),
            Ok(Some(raw)) => (self.loaded)(raw).await.map(Ok),
        }
    }
}

fn save_over_here(mut document: Document, mut seen: Seen, now: &str) -> Written {
    let result = persist::save_over(&mut LocalStore, &mut document, now, &mut seen);
    (document, seen, result)
}

#[leptos::wasm_split::wasm_split(reading, wasm_split_path = ::leptos::wasm_split, fallible)]
fn load(raw: String) -> Result<Loaded, SplitLoaderError> {
    Ok(persist::loaded_from(raw))
}

#[leptos::wasm_split::wasm_split(reading, wasm_split_path = ::leptos::wasm_split, fallible)]
fn read(raw: String) -> Result<Read, SplitLoaderError> {
    Ok(persist::read(&raw))
}

#[leptos::wasm_split::wasm_split(reading, wasm_split_path = ::leptos::wasm_split, fallible)]
fn other_writer(raw: String) -> Result<SaveError, SplitLoaderError> {
    Ok(persist::other_writer(&raw))
}

#[leptos::wasm_split::wasm_split(reading, wasm_split_path = ::leptos::wasm_split, fallible)]
fn save_over(document: Document, seen: Seen, now: String) -> Result<Written, SplitLoaderError> {
    Ok(save_over_here(document, seen, &now))
}
