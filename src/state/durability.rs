//! Keeping the only copy of the record (issue 29): the browser's side (src/storage/) wired to the
//! decisions of `ggi_core::durability`.
//!
//! Its code is a Wasm chunk of its own (README: Size), like a page's: fetched once something has
//! been saved (at a start with data, or at a first visit's first save), when the data page or the
//! report opens, and at a first visit only when the marker's database exists, to tell a loss
//! from a first visit. The main module keeps the [`DurabilitySlot`] and that look-up.

mod follow;

use super::AppState;
use crate::storage::marker;
use ggi_core::durability::{Marker, Record, StorageMode};
use leptos::prelude::*;
use std::future::Future;
use std::pin::Pin;

/// What the app knows about keeping the data, once its code is there.
#[derive(Clone, Copy)]
pub struct Durability {
    /// What this browser knows about exports (stored under `durability::RECORD_KEY`).
    pub record: RwSignal<Record>,
    /// When every workspace was last in the team's folder (written by the sync code, under
    /// `durability::SYNCED_KEY`): a backup like an export.
    /// As stored: text, so the signal is of a type the app has already (a signal of a type of
    /// its own costs the main module bytes). Read with [`Durability::synced`].
    pub synced_text: RwSignal<Option<String>>,
    /// The sync code has had its first say this visit (or gave no sign for a while): until
    /// then a configured folder may hold a fresher copy than the last sync noted.
    pub sync_settled: RwSignal<bool>,
    /// Whether the browser keeps the data persistently (`persisted()`, checked at start).
    pub mode: RwSignal<StorageMode>,
    /// The user asked for persistent storage here and the browser said no.
    pub refused: RwSignal<bool>,
    /// A record was saved here and is gone: the marker it left.
    pub lost: RwSignal<Option<Marker>>,
    /// WebKit, not installed: the data may be erased after seven days without a visit.
    pub webkit: bool,
    /// The stored document's revision (the document's own is stamped without notifying).
    pub revision: RwSignal<u64>,
    /// The reminder to export is due.
    pub reminder_due: Memo<bool>,
    state: AppState,
    /// The app asked for persistent storage on its own during this visit.
    asked: StoredValue<bool>,
}

/// The durability code could not be fetched (offline before it was ever used): nothing is said
/// about keeping the data until it can be, and the data itself is not affected.
#[derive(Debug, Clone, Copy)]
pub struct DurabilityUnavailable;

impl From<leptos::wasm_split::SplitLoaderError> for DurabilityUnavailable {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        DurabilityUnavailable
    }
}

/// Where the [`Durability`] handle is once its code has arrived.
#[derive(Clone, Copy)]
pub struct DurabilitySlot {
    /// The code is there (the main module reads only this).
    loaded: RwSignal<bool>,
    handle: StoredValue<Option<Durability>>,
    state: AppState,
    /// The revision the app started with.
    at_start: u64,
    /// How the code is reached: through its chunk in the app, directly in component tests.
    reach: &'static Reach,
    /// How a page reaches the parts of the durability code's view it shows (given by whoever
    /// provides the slot: through the chunk in the app, directly in component tests).
    parts: fn(Part) -> PartView,
}

/// A part of the durability code's view that a page shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The data page's panel.
    Panel,
    /// The report's facts about where the record lives.
    Facts,
}

/// A [`Part`], once its code is there.
pub type PartView = Pin<Box<dyn Future<Output = Result<AnyView, DurabilityUnavailable>> + Send>>;

/// The ways into the durability code. Function pointers rather than calls: code that calls an
/// entry of a chunk refers to that chunk wherever it is compiled, and the component tests'
/// Wasm, which is not split, cannot load one.
struct Reach {
    load: fn(DurabilitySlot),
    note_export: fn(DurabilitySlot, Export),
}

static THROUGH_CHUNK: Reach = Reach {
    load: |slot| {
        leptos::task::spawn_local(async move {
            let _ = start(slot).await;
        })
    },
    note_export: |slot, export| {
        leptos::task::spawn_local(async move {
            let _ = record_export(slot, export).await;
        })
    },
};

static HERE: Reach = Reach {
    load: |slot| {
        started(slot);
    },
    note_export: |slot, (file, at, workspace)| {
        started(slot).exported(&file, &at, workspace.as_deref());
    },
};

/// An export downloaded: its file name, when, and its workspace (`None`: all of them).
pub type Export = (String, String, Option<String>);

fn provide_slot(
    state: AppState,
    reach: &'static Reach,
    parts: fn(Part) -> PartView,
) -> DurabilitySlot {
    let slot = DurabilitySlot {
        loaded: RwSignal::new(false),
        handle: StoredValue::new(None),
        state,
        at_start: state.document.with_untracked(|d| d.revision),
        reach,
        parts,
    };
    provide_context(slot);
    slot
}

/// Provides the slot. The durability banner fetches the code once something is saved. `parts`
/// reaches the chunk's entries for the pages' parts: given by the app, so that only the app's
/// code refers to them, never a page's (every Wasm holding a page would refer to the chunk).
pub fn provide_durability(state: AppState, parts: fn(Part) -> PartView) -> DurabilitySlot {
    provide_slot(state, &THROUGH_CHUNK, parts)
}

/// Without the chunk, for component tests (their Wasm is not split by page).
pub fn provide_durability_here(state: AppState, parts: fn(Part) -> PartView) -> Durability {
    started(provide_slot(state, &HERE, parts))
}

/// The durability handle, once its code is there (tracks).
pub fn use_durability() -> Option<Durability> {
    use_context::<DurabilitySlot>().and_then(DurabilitySlot::get)
}

// The durability code's entries (its chunk). They call `started`, never one another: a call to
// another entry would refer to the chunk from every Wasm that holds this code, the unsplit
// one of the component tests too, which cannot load it.

#[leptos::wasm_split::wasm_split(durability, wasm_split_path = ::leptos::wasm_split, fallible)]
fn start(slot: DurabilitySlot) -> Result<Durability, DurabilityUnavailable> {
    Ok(started(slot))
}

type Verdict = Pin<Box<dyn Future<Output = bool>>>;

#[leptos::wasm_split::wasm_split(durability, wasm_split_path = ::leptos::wasm_split, fallible)]
fn loss_check(slot: DurabilitySlot) -> Result<Verdict, DurabilityUnavailable> {
    Ok(Box::pin(started(slot).check_loss()))
}

#[leptos::wasm_split::wasm_split(durability, wasm_split_path = ::leptos::wasm_split, fallible)]
fn record_export(slot: DurabilitySlot, export: Export) -> Result<(), DurabilityUnavailable> {
    let (file, at, workspace) = export;
    started(slot).exported(&file, &at, workspace.as_deref());
    Ok(())
}

/// The handle, set up the first time.
fn started(slot: DurabilitySlot) -> Durability {
    if let Some(d) = slot.handle.get_value() {
        return d;
    }
    // What it sets up lives as long as the app: an owner of its own, never disposed.
    let owner = Owner::new();
    let d = owner.with(|| follow::start(slot.state, slot.at_start));
    std::mem::forget(owner);
    slot.handle.set_value(Some(d));
    slot.loaded.set(true);
    d
}

impl DurabilitySlot {
    /// The handle, once the code is there (tracks).
    pub fn get(self) -> Option<Durability> {
        self.loaded.get().then(|| self.handle.get_value()).flatten()
    }

    /// The handle, once the code is there, without tracking (the sync code's note of a sync).
    pub fn get_untracked(self) -> Option<Durability> {
        self.handle.get_value()
    }

    /// Whether the code is there (tracks).
    pub fn loaded(self) -> bool {
        self.loaded.get()
    }

    /// Whether something has been saved (tracks the persistence): the moment to fetch the code.
    pub fn something_saved(self) -> bool {
        self.state
            .persistence
            .with(|p| matches!(p, super::Persistence::Saved))
            && self.state.document.with_untracked(|d| d.saved_at.is_some())
    }

    /// The view of `part`, once its code is there.
    pub fn part(self, part: Part) -> PartView {
        (self.parts)(part)
    }

    /// Fetches the durability code unless it is there.
    pub fn ensure(self) {
        (self.reach.load)(self);
    }

    /// At a first visit (nothing stored): whether a record was saved here and is gone. Whether
    /// the marker's database exists costs no download; only then is the code fetched to read it.
    pub async fn lost_at_start(self) -> bool {
        if !marker::database_exists().await {
            return false;
        }
        match loss_check(self).await {
            Ok(verdict) => verdict.await,
            Err(DurabilityUnavailable) => false,
        }
    }

    /// An export was downloaded as `file` at `at` (`workspace`: `None` for all of them).
    pub fn exported(self, export: Export) {
        (self.reach.note_export)(self, export);
    }
}
