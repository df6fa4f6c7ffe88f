//! The durability code proper (its own Wasm chunk): the record of exports, the marker after each
//! save, the request for persistent storage, and the loss check.

use super::Durability;
use crate::browser;
use crate::state::{AppState, Persistence};
use crate::storage::{manager, marker, LocalStore};
use ggi_core::durability::{
    self, LastSync, Marker, Record, StorageMode, Stored, RECORD_KEY, SYNCED_KEY,
};
use ggi_core::persist::Storage;
use leptos::prelude::*;

/// Reads the record and the browser's answers, and follows every save from now on.
/// `at_start`: the revision the app started with (this code may arrive after the first save).
pub(super) fn start(state: AppState, at_start: u64) -> Durability {
    let stored = LocalStore.read(RECORD_KEY).ok().flatten();
    let record = RwSignal::new(stored.map_or_else(Record::default, |t| Record::from_json(&t)));
    let synced_text = RwSignal::new(LocalStore.read(SYNCED_KEY).ok().flatten());
    let revision = RwSignal::new(at_start);
    let sync_settled = RwSignal::new(false);
    // Sync code that never arrives (offline) must not hold the reminder back for good.
    // (`set_timeout_with_handle`, as the save's debounce: a timer kind the main module has.)
    let _ = set_timeout_with_handle(move || sync_settled.set(true), SYNC_GRACE);
    let reminder_due = Memo::new(move |_| {
        let syncing = crate::state::sync::chosen().is_some()
            || state.config.with(|c| c.sync_folder.is_some());
        // Not before this visit's first sync has had its say: the reminder would show, then
        // vanish a second later when the folder is reached.
        if syncing && !sync_settled.get() {
            return false;
        }
        let rule = state.config.with(|c| c.export_reminder);
        let synced = synced_text.with(|t| t.as_deref().and_then(LastSync::from_json));
        record.with(|r| r.reminder_due(revision.get(), &browser::now(), rule, synced.as_ref()))
    });
    let d = Durability {
        record,
        synced_text,
        sync_settled,
        mode: RwSignal::new(StorageMode::Unknown),
        refused: RwSignal::new(false),
        lost: RwSignal::new(None),
        webkit: manager::webkit_may_erase_here(),
        revision,
        reminder_due,
        state,
        asked: StoredValue::new(false),
    };
    leptos::task::spawn_local(async move { d.mode.set(manager::mode().await) });
    Effect::new(move |_| {
        if state.persistence.get() != Persistence::Saved {
            return;
        }
        let (now, saved_at) = state
            .document
            .with_untracked(|d| (d.revision, d.saved_at.clone()));
        // Nothing was ever saved: a first visit.
        let Some(saved_at) = saved_at else { return };
        let changed = now != revision.get_untracked();
        if changed {
            revision.set(now);
        }
        d.saved(now, &saved_at, changed && now > at_start);
    });
    // Another tab exported, put a notice away or synced.
    let _ = window_event_listener(leptos::ev::storage, move |event| {
        match event.key().as_deref() {
            Some(RECORD_KEY) => record.set(
                event
                    .new_value()
                    .map_or_else(Record::default, |t| Record::from_json(&t)),
            ),
            Some(SYNCED_KEY) => synced_text.set(event.new_value()),
            _ => {}
        }
    });
    d
}

/// How long the reminder waits for this visit's first sync at most.
const SYNC_GRACE: std::time::Duration = std::time::Duration::from_secs(30);

impl Durability {
    /// When every workspace was last in the team's folder, if it ever was (tracks).
    pub fn synced(self) -> Option<LastSync> {
        self.synced_text
            .with(|t| t.as_deref().and_then(LastSync::from_json))
    }

    // After a save (and once at start): the marker follows; a loss is over; the first change of
    // a visit may ask for persistent storage.
    fn saved(self, revision: u64, saved_at: &str, change_of_this_visit: bool) {
        if self.lost.with_untracked(Option::is_some) {
            self.lost.set(None);
        }
        let now = browser::now();
        if self.record.try_update(|r| r.track(revision, &now)) == Some(true) {
            self.store();
        }
        self.write_marker(revision, saved_at);
        if change_of_this_visit && !self.asked.get_value() {
            self.asked.set_value(true);
            leptos::task::spawn_local(self.maybe_ask(now));
        }
    }

    // The first change of a visit: asks for persistent storage unless it is there, or was asked
    // for lately. Asks `persisted()` again first: at a first visit this code has just arrived,
    // and the answer read at its start may not be there yet.
    async fn maybe_ask(self, now: String) {
        let mode = manager::mode().await;
        self.mode.set(mode);
        if !self
            .record
            .with_untracked(|r| r.ask_for_persistence(mode, &now))
        {
            return;
        }
        self.record.update(|r| r.persistence_asked_at = Some(now));
        self.store();
        self.mode.set(manager::request().await);
    }

    fn write_marker(self, revision: u64, saved_at: &str) {
        let marker = self
            .record
            .with_untracked(|r| Marker::of(revision, saved_at, r));
        // Best effort: without a marker a loss looks like a first visit, as before it existed.
        leptos::task::spawn_local(async move {
            let _ = marker::write(&marker).await;
        });
    }

    // Bookkeeping: when storage refuses it, the count only starts again.
    fn store(self) {
        let text = self.record.with_untracked(Record::to_json);
        let _ = LocalStore.write(RECORD_KEY, &text);
    }

    /// An export was downloaded as `file` at `at`; it counts when it holds the whole record.
    pub fn exported(self, file: &str, at: &str, workspace: Option<&str>) {
        let state = self.state;
        // A fresh document shown over unreadable stored data is not that data's backup.
        if matches!(
            state.persistence.get_untracked(),
            Persistence::Unreadable { .. } | Persistence::NotRead
        ) {
            return;
        }
        let (revision, saved_at, whole) = state.document.with_untracked(|d| {
            (
                d.revision,
                d.saved_at.clone(),
                durability::is_backup(d, workspace),
            )
        });
        if !whole {
            return;
        }
        self.record.update(|r| r.exported(at, revision, file));
        self.store();
        if let Some(saved_at) = saved_at {
            self.write_marker(revision, &saved_at);
        }
    }

    /// The user put the reminder away for now.
    pub fn dismiss_reminder(self) {
        self.record.update(|r| r.dismiss(&browser::now()));
        self.store();
    }

    /// The user put the WebKit explanation away (the data page keeps it).
    pub fn dismiss_webkit(self) {
        self.record.update(|r| r.webkit_dismissed = true);
        self.store();
    }

    /// Asks the browser for persistent storage now (the user's "Keep my data on this device").
    pub async fn keep(self) -> StorageMode {
        let mode = manager::request().await;
        self.mode.set(mode);
        self.refused.set(mode != StorageMode::Persistent);
        mode
    }

    /// At a start with nothing stored: whether the marker says a record was saved here (then
    /// the loss notice shows).
    pub async fn check_loss(self) -> bool {
        let found = marker::read().await.ok().flatten();
        let lost = durability::loss(Stored::Empty, found.as_ref());
        let is_lost = lost.is_some();
        self.lost.set(lost);
        is_lost
    }
}
