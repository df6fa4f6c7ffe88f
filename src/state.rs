//! The one reactive store. Signals hold the core's plain types; every change goes through
//! [`AppState::update`], which schedules a debounced save through `ggi_core::persist`.

use crate::browser;
use crate::storage::LocalStore;
use ggi_core::catalogue::Catalogue;
use ggi_core::config::{self, DeployConfig, DeployError, Deployment};
use ggi_core::journey;
use ggi_core::migrate::{self, MigrateError};
use ggi_core::persist::{self, Loaded, NotSaved, SaveError, Seen, StorageError, STATE_KEY};
use ggi_core::progress::ActivityProgress;
use ggi_core::schema::{Document, Workspace};
use leptos::prelude::*;
use std::time::Duration;

mod durability;
mod imports;
pub mod reading;
pub mod sync;

pub use durability::{
    provide_durability, provide_durability_here, use_durability, Durability, DurabilitySlot,
    DurabilityUnavailable, Part, PartView,
};

/// What storage holds (`reading::Reader::now`, at start and for "Load theirs"): what was
/// found, or why nothing could be read.
pub type Stored = Result<Result<Loaded, StorageError>, reading::ReaderMissing>;

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
    /// Stored data could not be read because the code that reads it could not be downloaded
    /// (`reading`). Nothing is written until a reload reads it.
    NotRead,
}

impl Persistence {
    /// Changes are kept in memory but not written.
    pub fn blocks_saving(&self) -> bool {
        matches!(
            self,
            Persistence::ReadOnly { .. } | Persistence::Unreadable { .. } | Persistence::NotRead
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
    /// How stored documents are read: through their chunk in the app, directly in component
    /// tests.
    reader: &'static reading::Reader,
}

/// A document replaced by an import, or by undoing one (so the undo can be undone).
#[derive(Clone, Debug, PartialEq)]
pub struct Replaced {
    pub document: Document,
    /// True when the import itself was undone: bringing it back is a redo.
    pub by_undo: bool,
}

impl AppState {
    /// Builds the store from what localStorage held at start (`reading::Reader::now`), never
    /// failing.
    pub fn boot(stored: Stored, reader: &'static reading::Reader) -> AppState {
        let catalogue = Catalogue::embedded_outline();
        let now = browser::now();
        let fresh = || Document::fresh(&catalogue, &now, &browser::token());
        let first_visit = matches!(stored, Ok(Ok(Loaded::Empty)));
        let mut seen = Seen::Nothing;
        let Ok(loaded) = stored else {
            let persistence = Persistence::NotRead;
            return AppState::new(fresh(), persistence, first_visit, seen, catalogue, reader);
        };
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
                seen = Seen::untouchable(&raw);
                (
                    document.unwrap_or_else(fresh),
                    Persistence::ReadOnly { version, raw },
                )
            }
            Ok(Loaded::Unreadable { raw, error }) => {
                seen = Seen::untouchable(&raw);
                let aside = None;
                (fresh(), Persistence::Unreadable { raw, error, aside })
            }
        };
        AppState::new(document, persistence, first_visit, seen, catalogue, reader)
    }

    fn new(
        document: Document,
        persistence: Persistence,
        first_visit: bool,
        seen: Seen,
        catalogue: Catalogue,
        reader: &'static reading::Reader,
    ) -> AppState {
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
            reader,
        };
        if state.persistence.get_untracked() == Persistence::Pending {
            state.save_now();
        }
        state.watch_other_tabs();
        state
    }

    /// Applies a change to the document and schedules a save.
    pub fn update(&self, change: impl FnOnce(&mut Document)) {
        match self.persistence.get_untracked() {
            Persistence::ReadOnly { version, .. } => {
                let refusal = migrate::MigrateError::Newer(version).to_string();
                return self.notice.set(Some(refusal));
            }
            // The document shown is not the stored one: changes to it could never be saved.
            Persistence::NotRead => {
                let t = crate::i18n::use_i18n().t_untracked();
                return self.notice.set(Some(t.page_load.not_read_body.to_string()));
            }
            _ => {}
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
        let result = persist::try_save(&mut LocalStore, &mut document, &browser::now(), &mut seen);
        self.seen.set_value(seen);
        match result {
            Ok(()) => {
                self.document.update_untracked(|d| {
                    d.revision = document.revision;
                    d.saved_at = document.saved_at;
                });
                self.persistence.set(Persistence::Saved);
            }
            Err(NotSaved::Failed(e)) => self.persistence.set(Persistence::Failed(e)),
            // Nothing was written; what the other writer stored is read to say why.
            Err(NotSaved::OtherWriter(raw)) => {
                let state = *self;
                wasm_bindgen_futures::spawn_local(async move {
                    state
                        .persistence
                        .set(match (state.reader.why_not_saved)(raw).await {
                            Ok(e) => Persistence::Failed(e),
                            Err(_) => Persistence::NotRead,
                        });
                });
            }
        }
    }

    /// Takes what storage holds now (another tab's data), dropping this tab's unsaved changes.
    /// When that cannot be read, changes nothing and says why (`None`: nothing is stored).
    pub async fn load_theirs(&self) -> Result<(), Option<SaveError>> {
        let Ok(stored) = self.reader.now().await else {
            self.persistence.set(Persistence::NotRead);
            return Ok(());
        };
        match stored {
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
    pub async fn keep_mine(&self) {
        let document = self.document.get_untracked();
        let seen = self.seen.get_value();
        let written = (self.reader.write_over)(document, seen, browser::now()).await;
        let Ok((document, seen, result)) = written else {
            return self.persistence.set(Persistence::NotRead);
        };
        self.seen.set_value(seen);
        self.written(document, result);
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
        self.replace_stored();
    }

    /// Writes over unreadable stored text without a backup: only after the user confirmed it.
    pub fn discard_unreadable(&self) {
        self.replace_stored();
    }

    // Writes this tab's document whatever is stored (`persist::replace`).
    fn replace_stored(&self) {
        let mut document = self.document.get_untracked();
        let mut seen = self.seen.get_value();
        let result = persist::replace(&mut LocalStore, &mut document, &browser::now(), &mut seen);
        self.seen.set_value(seen);
        self.written(document, result);
    }

    fn written(&self, document: Document, result: Result<(), SaveError>) {
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
            if let Some(raw) = event.new_value() {
                wasm_bindgen_futures::spawn_local(state.take_theirs(raw));
            }
        });
        let _ = window_event_listener(leptos::ev::pagehide, move |_| {
            if state.persistence.get_untracked() == Persistence::Pending {
                state.save_now();
            }
        });
    }

    // Another tab stored `raw`: shows it when this tab has nothing unsaved, else asks.
    async fn take_theirs(self, raw: String) {
        let state = self;
        let Ok(read) = (state.reader.document)(raw).await else {
            return state.persistence.set(Persistence::NotRead);
        };
        let Ok((theirs, seen)) = read else {
            return; // Unreadable or newer: this tab's next save refuses to write over it.
        };
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
            // Reloading is the way on: the tab may hold changes the stored data lacks.
            Persistence::ReadOnly { .. } | Persistence::NotRead => {}
        }
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

pub fn provide_state(stored: Stored, reader: &'static reading::Reader) -> AppState {
    let state = AppState::boot(stored, reader);
    provide_context(state);
    state
}

pub fn use_state() -> AppState {
    expect_context::<AppState>()
}
