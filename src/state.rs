//! The one reactive store. Signals hold the core's plain types; every change goes through
//! [`AppState::update`], which schedules a debounced save through `ggi_core::persist`.

use crate::browser;
use crate::storage::LocalStore;
use ggi_core::catalogue::Catalogue;
use ggi_core::config::{self, DeployConfig, DeployError, Deployment};
use ggi_core::journey;
use ggi_core::migrate::{self, MigrateError};
use ggi_core::persist::{self, Loaded, SaveError, Seen, Storage, StorageError, STATE_KEY};
use ggi_core::progress::ActivityProgress;
use ggi_core::schema::{Document, Workspace};
use leptos::prelude::*;
use std::time::Duration;

mod durability;
mod imports;
pub mod sync;

pub use durability::{
    provide_durability, provide_durability_here, use_durability, Durability, DurabilitySlot,
    DurabilityUnavailable, Part, PartView,
};

/// Typing stays fluid: saves wait for this pause in changes.
const SAVE_DELAY: Duration = Duration::from_millis(400);

/// Where the user's data stands with respect to the browser's storage.
#[derive(Clone, Debug, PartialEq)]
pub enum Persistence {
    Saved,
    /// Changes wait for the debounced save.
    Pending,
    /// The last save failed: the work is in this tab's memory only.
    Failed(SaveError),
    /// Data from a newer app version: shown, never overwritten. `raw` is the stored text, which
    /// "Export now" offers as it is.
    ReadOnly {
        version: u32,
        raw: String,
    },
    /// Stored data could not be read. It stays untouched (and downloadable) until it has been
    /// set aside or the user confirmed discarding it; `aside` is why setting it aside failed.
    Unreadable {
        raw: String,
        error: MigrateError,
        aside: Option<StorageError>,
    },
}

impl Persistence {
    /// Changes are kept in memory but not written.
    pub fn blocks_saving(&self) -> bool {
        matches!(
            self,
            Persistence::ReadOnly { .. } | Persistence::Unreadable { .. }
        ) || matches!(self, Persistence::Failed(SaveError::Conflict { .. }))
    }
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub document: RwSignal<Document>,
    /// The catalogue in use, in the user's language when its text is available
    /// (`crate::translation`). Every view reads this one.
    pub catalogue: RwSignal<Catalogue>,
    /// The catalogue in use in its own language: the embedded one or the deployment's.
    pub base_catalogue: RwSignal<Catalogue>,
    /// `base_catalogue` is the embedded outline, without the activities' long texts, which
    /// `crate::catalogue_text` fetches when a page needs them.
    pub outline: RwSignal<bool>,
    pub persistence: RwSignal<Persistence>,
    /// The latest message for the live region (already in the user's language or from core).
    pub notice: RwSignal<Option<String>>,
    /// Nothing was stored before this visit: the guided start is offered.
    pub first_visit: bool,
    /// The deployment's settings (`config.json`), defaults until it has been read.
    pub config: RwSignal<DeployConfig>,
    /// Deployment files that were present but unusable.
    pub deploy_problems: RwSignal<Vec<DeployError>>,
    /// The deployment files have been looked up (`config` and `base_catalogue` are final).
    pub deployment_read: RwSignal<bool>,
    /// The document the last import (or undo) replaced, until the next change: undoing later
    /// would silently throw away that change.
    previous: RwSignal<Option<Replaced>>,
    /// What this tab last read from or wrote to storage (see `persist::Seen`).
    seen: StoredValue<Seen>,
    timer: StoredValue<Option<TimeoutHandle>>,
}

/// A document replaced by an import, or by undoing one (so the undo can be undone).
#[derive(Clone, Debug, PartialEq)]
pub struct Replaced {
    pub document: Document,
    /// True when the import itself was undone: bringing it back is a redo.
    pub by_undo: bool,
}

impl AppState {
    /// Builds the store from whatever localStorage holds, never failing.
    pub fn boot() -> AppState {
        let catalogue = Catalogue::embedded_outline();
        let now = browser::now();
        let fresh = || Document::fresh(&catalogue, &now, &browser::token());
        let loaded = persist::load(&LocalStore);
        let first_visit = matches!(loaded, Ok(Loaded::Empty));
        let mut seen = Seen::Nothing;
        let (document, persistence) = match loaded {
            Err(e) => (fresh(), Persistence::Failed(SaveError::Storage(e))),
            Ok(Loaded::Empty) => (fresh(), Persistence::Saved),
            Ok(Loaded::Ready {
                document,
                migrated_from,
                seen: found,
            }) => {
                seen = found;
                // Saving at once upgrades the stored data; `persist::save` backs it up first.
                let p = if migrated_from.is_some() {
                    Persistence::Pending
                } else {
                    Persistence::Saved
                };
                (document, p)
            }
            Ok(Loaded::Newer {
                document,
                version,
                raw,
            }) => {
                seen = Seen::of(Some(&raw));
                (
                    document.unwrap_or_else(fresh),
                    Persistence::ReadOnly { version, raw },
                )
            }
            Ok(Loaded::Unreadable { raw, error }) => {
                seen = Seen::of(Some(&raw));
                let aside = None;
                (fresh(), Persistence::Unreadable { raw, error, aside })
            }
        };
        let state = AppState {
            document: RwSignal::new(document),
            base_catalogue: RwSignal::new(catalogue.clone()),
            outline: RwSignal::new(true),
            catalogue: RwSignal::new(catalogue),
            persistence: RwSignal::new(persistence),
            notice: RwSignal::new(None),
            first_visit,
            config: RwSignal::new(DeployConfig::default()),
            deploy_problems: RwSignal::new(Vec::new()),
            deployment_read: RwSignal::new(false),
            previous: RwSignal::new(None),
            seen: StoredValue::new(seen),
            timer: StoredValue::new(None),
        };
        if state.persistence.get_untracked() == Persistence::Pending {
            state.save_now();
        }
        state.watch_other_tabs();
        state
    }

    /// Applies a change to the document and schedules a save.
    pub fn update(&self, change: impl FnOnce(&mut Document)) {
        if let Persistence::ReadOnly { version, .. } = self.persistence.get_untracked() {
            self.notice
                .set(Some(migrate::MigrateError::Newer(version).to_string()));
            return;
        }
        self.forget_replaced();
        self.document.update(change);
        self.schedule_save();
    }

    /// Applies a change to the active workspace, stamping its modification time.
    pub fn update_workspace(&self, change: impl FnOnce(&mut Workspace)) {
        let now = browser::now();
        self.update(|doc| {
            if let Some(ws) = doc.active_mut() {
                change(ws);
                ws.updated_at = now;
            }
        });
    }

    fn schedule_save(&self) {
        if self.persistence.with_untracked(Persistence::blocks_saving) {
            return;
        }
        self.persistence.set(Persistence::Pending);
        if let Some(handle) = self.timer.get_value() {
            handle.clear();
        }
        let state = *self;
        let handle = set_timeout_with_handle(move || state.save_now(), SAVE_DELAY).ok();
        self.timer.set_value(handle);
    }

    /// Writes the document now (used by the debounce, on page hide, and by explicit actions).
    pub fn save_now(&self) {
        if let Some(handle) = self.timer.get_value() {
            handle.clear();
            self.timer.set_value(None);
        }
        let mut document = self.document.get_untracked();
        let mut seen = self.seen.get_value();
        let result = persist::save(&mut LocalStore, &mut document, &browser::now(), &mut seen);
        self.seen.set_value(seen);
        match result {
            Ok(()) => {
                self.document.update_untracked(|d| {
                    d.revision = document.revision;
                    d.saved_at = document.saved_at;
                });
                self.persistence.set(Persistence::Saved);
            }
            Err(e) => self.persistence.set(Persistence::Failed(e)),
        }
    }

    /// Takes what storage holds now (another tab's data), dropping this tab's unsaved changes.
    /// When that cannot be read, changes nothing and says why (`None`: nothing is stored).
    pub fn load_theirs(&self) -> Result<(), Option<SaveError>> {
        match persist::load(&LocalStore) {
            Ok(Loaded::Ready { document, seen, .. }) => {
                self.adopt(document, seen);
                Ok(())
            }
            Ok(Loaded::Empty) => Err(None),
            Ok(Loaded::Newer { version, .. }) => Err(Some(SaveError::StoredNewer(version))),
            Ok(Loaded::Unreadable { .. }) => Err(Some(SaveError::StoredUnreadable)),
            Err(e) => Err(Some(SaveError::Storage(e))),
        }
    }

    // Shows what storage holds, as this tab's own saved state.
    fn adopt(&self, document: Document, seen: Seen) {
        self.forget_replaced();
        self.seen.set_value(seen);
        self.document.set(document);
        self.persistence.set(Persistence::Saved);
    }

    /// Keeps this tab's data, overwriting what another tab saved.
    pub fn keep_mine(&self) {
        self.write_with(persist::save_over);
    }

    /// After unreadable data: sets the old text aside under a new backup key, then saves
    /// afresh. When it cannot be set aside (storage full), nothing is written and the text
    /// stays downloadable; [`AppState::discard_unreadable`] is the confirmed way on.
    pub fn start_fresh(&self) {
        if let Persistence::Unreadable { raw, error, .. } = self.persistence.get_untracked() {
            if let Err(e) = persist::set_aside(&mut LocalStore, &raw, &browser::now()) {
                let aside = Some(e);
                self.persistence
                    .set(Persistence::Unreadable { raw, error, aside });
                return;
            }
        }
        self.write_with(persist::replace);
    }

    /// Writes over unreadable stored text without a backup: only after the user confirmed it.
    pub fn discard_unreadable(&self) {
        self.write_with(persist::replace);
    }

    fn write_with(
        &self,
        write: fn(&mut dyn Storage, &mut Document, &str, &mut Seen) -> Result<(), SaveError>,
    ) {
        let mut document = self.document.get_untracked();
        let mut seen = self.seen.get_value();
        let result = write(&mut LocalStore, &mut document, &browser::now(), &mut seen);
        self.seen.set_value(seen);
        match result {
            Ok(()) => {
                self.document.set(document);
                self.persistence.set(Persistence::Saved);
            }
            Err(e) => self.persistence.set(Persistence::Failed(e)),
        }
    }

    fn watch_other_tabs(&self) {
        let state = *self;
        let _ = window_event_listener(leptos::ev::storage, move |event| {
            if event.key().as_deref() != Some(STATE_KEY) {
                return;
            }
            // Any change of the key comes from another writer, even at the same revision.
            let Some(raw) = event.new_value() else {
                return;
            };
            let Ok((theirs, _)) = migrate::read(&raw) else {
                return; // Unreadable or newer: this tab's next save refuses to write over it.
            };
            let seen = Seen::of(Some(&raw));
            let ours = state.document.with_untracked(|d| d.revision);
            match state.persistence.get_untracked() {
                Persistence::Unreadable { .. } => state.adopt(theirs, seen),
                // A newer revision follows ours: take it. The same revision with other content
                // means both tabs saved at once: ask, never pick one silently.
                Persistence::Saved if theirs.revision > ours => state.adopt(theirs, seen),
                Persistence::Saved | Persistence::Pending | Persistence::Failed(_) => state
                    .persistence
                    .set(Persistence::Failed(SaveError::Conflict {
                        stored: theirs.revision,
                    })),
                Persistence::ReadOnly { .. } => {}
            }
        });
        let _ = window_event_listener(leptos::ev::pagehide, move |_| {
            if state.persistence.get_untracked() == Persistence::Pending {
                state.save_now();
            }
        });
    }

    /// What the active workspace records for an activity (tracks the document).
    pub fn progress(&self, activity: &str) -> ActivityProgress {
        self.with_progress(activity, |p| p.cloned().unwrap_or_default())
    }

    /// Reads part of an activity's record without cloning all of it: per-row views use this,
    /// since they re-run on every change of the document.
    pub fn with_progress<T>(
        &self,
        activity: &str,
        read: impl FnOnce(Option<&ActivityProgress>) -> T,
    ) -> T {
        self.document
            .with(|d| read(d.active().and_then(|w| w.activities.get(activity))))
    }

    /// Changes one activity's record in the active workspace, stamping it.
    pub fn update_progress(&self, activity: &str, change: impl FnOnce(&mut ActivityProgress)) {
        let now = browser::now();
        self.update_workspace(|w| change(journey::progress_mut(w, activity, &now)));
    }

    /// Applies what the deployment provides (see `crate::deploy`).
    pub fn apply_deployment(&self, deployment: Deployment) {
        if let Some(catalogue) = deployment.catalogue {
            // The catalogue in use follows (in the user's language) through crate::translation.
            self.outline.set(false);
            self.base_catalogue.set(catalogue);
        }
        // A document never saved is this visit's fresh one: it follows the deployment.
        let fresh = self
            .document
            .with_untracked(|d| d.revision == 0 && d.saved_at.is_none());
        if fresh {
            let catalogue = self.base_catalogue.get_untracked();
            // The language the app will speak (src/i18n.rs): a fresh document has no choice yet.
            let lang = deployment.config.language.unwrap_or_else(|| {
                let browser = browser::preferred_languages();
                ggi_core::i18n::Lang::negotiate(browser.iter().map(String::as_str))
            });
            self.document.update(|d| {
                for ws in &mut d.workspaces {
                    config::prepare_new_workspace(ws, &deployment.config, &catalogue, lang);
                }
            });
        }
        self.config.set(deployment.config);
        self.deploy_problems.set(deployment.problems);
        self.deployment_read.set(true);
    }

    /// The active workspace (tracks the document).
    pub fn workspace(&self) -> Option<Workspace> {
        self.document.with(|d| d.active().cloned())
    }
}

pub fn provide_state() -> AppState {
    let state = AppState::boot();
    provide_context(state);
    state
}

pub fn use_state() -> AppState {
    expect_context::<AppState>()
}
