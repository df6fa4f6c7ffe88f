//! Drives one `ggi_core::sync::Machine` per workspace file: performs the requests it asks for
//! (remote.rs: a WebDAV folder or a team folder of this computer), feeds the answers back, applies merges to the app, and keeps each machine's
//! record in localStorage so the next visit resumes where this one stopped.

use super::remote::Remote;
use super::webdav::{Answer, Unreached};
use crate::browser;
use crate::i18n::I18n;
use crate::state::{AppState, Durability, DurabilitySlot, Persistence};
use crate::storage::LocalStore;
use ggi_core::durability::{LastSync, SYNCED_KEY};
use ggi_core::i18n::{fill, SyncMsgs};
use ggi_core::persist::Storage;
use ggi_core::route::Route;
use ggi_core::schema::Workspace;
use ggi_core::sync::{
    file, resolve, Action, Author, Conflict, Event, Indicator, Machine, Record, Side, Version,
    POLL_MS,
};
use leptos::prelude::*;
use std::collections::BTreeMap;
use std::time::Duration;

/// The sync of every workspace of this browser with one folder.
#[derive(Clone, Copy)]
pub struct Engine {
    state: AppState,
    i18n: I18n,
    route: ReadSignal<Route>,
    remote: StoredValue<Remote, LocalStorage>,
    /// A listing of the folder is under way (one at a time).
    listing: StoredValue<bool>,
    machines: StoredValue<BTreeMap<String, Machine>>,
    timers: StoredValue<BTreeMap<String, TimeoutHandle>>,
    /// The folder was listed and the workspaces in it opened: local changes may go out.
    ready: StoredValue<bool>,
    /// Changes whenever a machine does, so views read them again.
    pub changed: RwSignal<u64>,
    /// When every file was last in the folder, as last noted for the durability code.
    noted: StoredValue<Option<String>>,
    durability: Option<DurabilitySlot>,
    /// Names this tab's writes in the files' lineage: new at each start.
    author: StoredValue<String>,
}

impl Engine {
    /// Starts syncing with `remote`.
    pub fn start(state: AppState, remote: Remote) -> Engine {
        let engine = Engine {
            state,
            i18n: crate::i18n::use_i18n(),
            route: crate::router::use_route(),
            remote: StoredValue::new_local(remote),
            listing: StoredValue::new(false),
            machines: StoredValue::new(BTreeMap::new()),
            timers: StoredValue::new(BTreeMap::new()),
            ready: StoredValue::new(false),
            changed: RwSignal::new(0),
            noted: StoredValue::new(None),
            durability: use_context::<DurabilitySlot>(),
            author: StoredValue::new(browser::token()),
        };
        // Each save of the app (debounced) is a local change for the files.
        Effect::new(move |_| {
            if state.persistence.with(|p| *p == Persistence::Saved) {
                engine.local_saved();
            }
        });
        // Back to the tab, or back online: ask at once rather than at the next poll.
        let _ = window_event_listener(leptos::ev::focus, move |_| engine.all(Event::PollDue));
        let _ = window_event_listener(leptos::ev::online, move |_| engine.all(Event::PollDue));
        leptos::task::spawn_local(engine.open());
        engine
    }

    /// "Sync now": every file, any backoff forgotten.
    pub fn sync_now(self) {
        self.all(Event::SyncNow);
    }

    /// "Save it to the folder again" after a file was deleted from the folder.
    pub fn recreate(self) {
        self.all(Event::Recreate);
    }

    /// What the header shows for all the files (tracks).
    pub fn indicator(self) -> Option<Indicator> {
        self.changed.track();
        self.indicator_untracked()
    }

    /// The changes made elsewhere at the same time, with their workspace (tracks).
    pub fn conflicts(self) -> Vec<(String, Conflict)> {
        self.changed.track();
        self.machines.with_value(|ms| {
            ms.iter()
                .flat_map(|(id, m)| m.conflicts().iter().map(|c| (id.clone(), c.clone())))
                .collect()
        })
    }

    /// When the last change made elsewhere was written, for any file, and by whom if the file
    /// says (tracks).
    pub fn last_remote_change(self) -> Option<(String, Option<String>)> {
        self.changed.track();
        self.machines.with_value(|ms| {
            ms.values()
                .filter_map(|m| {
                    let r = m.record();
                    Some((r.remote_change_at.clone()?, r.remote_change_by.clone()))
                })
                .max()
        })
    }

    /// The user's pick for a conflict: `keep`'s value goes into the workspace (a local change
    /// like any other, synced as usual). Refused, with the reason, if the place changed since.
    pub fn pick(self, workspace: &str, conflict: &Conflict, keep: Side) {
        let m = SyncMsgs::of(self.lang());
        let document = self
            .state
            .document
            .with_untracked(|d| d.workspace(workspace).map(file::file_document));
        let Some(document) = document else {
            return;
        };
        match resolve(&document, conflict, keep) {
            Ok(resolved) => {
                if let Some(ws) = resolved.workspaces.into_iter().next() {
                    self.replace(ws);
                }
            }
            Err(e) => self.state.notice.set(Some(e.localized(m))),
        }
        self.machines.update_value(|ms| {
            if let Some(machine) = ms.get_mut(workspace) {
                machine.settled(conflict);
            }
        });
        self.changed.update(|n| *n += 1);
    }

    fn all(self, event: Event) {
        let ids: Vec<String> = self.machines.with_value(|ms| ms.keys().cloned().collect());
        for id in ids {
            self.dispatch(&id, event.clone());
        }
    }

    /// Opens the workspaces of the folder, then syncs them all; lists the folder again at
    /// each poll, so a workspace a colleague creates shows within one poll interval.
    async fn open(self) {
        self.discover().await;
        self.ready.set_value(true);
        self.local_saved();
        self.all(Event::PollDue);
        let again = move || leptos::task::spawn_local(self.discover());
        let _ = set_interval_with_handle(again, Duration::from_millis(u64::from(POLL_MS)));
    }

    /// Lists the folder and opens the workspaces in it this browser does not have: at a first
    /// visit all of them (no guided start), later those it never synced (a colleague's new
    /// workspace; one deleted here stays deleted here).
    async fn discover(self) {
        if self.listing.get_value() {
            return;
        }
        self.listing.set_value(true);
        let remote = self.remote.get_value();
        // Unreachable or refused: each file's sync says why.
        let listed = remote.list().await.unwrap_or_default();
        let fresh = self
            .state
            .document
            .with_untracked(|d| d.revision == 0 && d.saved_at.is_none());
        let here: Vec<String> = self
            .state
            .document
            .with_untracked(|d| d.workspaces.iter().map(|w| w.id.clone()).collect());
        let mut opened: Vec<(Workspace, Record)> = Vec::new();
        for id in listed {
            if here.contains(&id) || (!fresh && self.stored_record(&id).is_some()) {
                continue;
            }
            let Ok(answer) = remote.read(&file::file_name(&id), None).await else {
                continue;
            };
            if answer.status != 200 {
                continue;
            }
            let version = answer.etag.as_deref().and_then(Version::from_etag);
            let event = self
                .state
                .base_catalogue
                .with_untracked(|c| Event::read(version.clone(), answer.text, &id, c));
            if let Event::RemoteRead {
                document, stamp, ..
            } = event
            {
                if let Some(ws) = document.workspaces.first().cloned() {
                    let record = Record::opened(document, version, &stamp, &browser::now());
                    opened.push((ws, record));
                }
            }
        }
        if !opened.is_empty() {
            let names: Vec<String> = opened.iter().map(|(w, _)| w.name.clone()).collect();
            let ids: Vec<String> = opened.iter().map(|(w, _)| w.id.clone()).collect();
            for (ws, record) in &opened {
                self.store_record(record);
                self.machines.update_value(|ms| {
                    let machine = Machine::new(record.clone(), ws, self.author());
                    drop(ms.insert(ws.id.clone(), machine))
                });
            }
            self.state.update(|d| {
                if fresh {
                    d.workspaces.clear();
                }
                let first = opened.first().map(|(w, _)| w.id.clone());
                d.workspaces.extend(opened.into_iter().map(|(w, _)| w));
                if let (true, Some(first)) = (fresh, first) {
                    d.active_workspace = first;
                }
            });
            let m = SyncMsgs::of(self.lang());
            let names = names.join(", ");
            self.state
                .notice
                .set(Some(fill(m.opened, &[("names", &names)])));
            // The guided start is for an empty journey; the folder held the team's.
            if fresh && self.route.get_untracked() == Route::Start {
                crate::router::navigate(&Route::Home);
            }
            // Opened after the start: their polls begin now (at the start, `open` begins all).
            if self.ready.get_value() {
                for id in ids {
                    self.dispatch(&id, Event::PollDue);
                }
            }
        }
        self.listing.set_value(false);
    }

    fn lang(self) -> ggi_core::i18n::Lang {
        self.i18n.lang.get_untracked()
    }

    /// The app saved: each workspace's machine hears of it; a workspace new here gets one
    /// (its first sync creates its file), one deleted here is no longer synced.
    fn local_saved(self) {
        if !self.ready.get_value() {
            return;
        }
        let document = self.state.document.get_untracked();
        // Nothing saved yet (a first visit's fresh journey): nothing for the team yet.
        if document.saved_at.is_none() {
            return;
        }
        for ws in &document.workspaces {
            let known = self.machines.with_value(|ms| ms.contains_key(&ws.id));
            if known {
                self.dispatch(&ws.id, Event::LocalChanged(ws.clone()));
            } else {
                let record = self
                    .stored_record(&ws.id)
                    .unwrap_or_else(|| Record::new(&ws.id));
                let machine = Machine::new(record, ws, self.author());
                self.machines
                    .update_value(|ms| drop(ms.insert(ws.id.clone(), machine)));
                self.dispatch(&ws.id, Event::PollDue);
            }
        }
        let gone: Vec<String> = self.machines.with_value(|ms| {
            ms.keys()
                .filter(|id| document.workspace(id).is_none())
                .cloned()
                .collect()
        });
        if !gone.is_empty() {
            self.machines.update_value(|ms| {
                for id in &gone {
                    ms.remove(id);
                }
            });
            self.changed.update(|n| *n += 1);
        }
    }

    /// Hands `event` to `id`'s machine and performs what it asks next.
    fn dispatch(self, id: &str, event: Event) {
        let now = browser::now();
        // The name may have changed in Settings since the last event.
        let name = super::browser_name();
        let handled = self.machines.try_update_value(|ms| {
            ms.get_mut(id).map(|m| {
                m.sign_as(&name);
                (m.handle(event, &now), m.record().clone())
            })
        });
        let Some(Some((action, record))) = handled else {
            return;
        };
        self.store_record(&record);
        self.changed.update(|n| *n += 1);
        self.note_sync();
        self.perform(id.to_string(), action);
    }

    /// Every file in the folder: a backup of the whole record, noted where the durability code
    /// reads it (localStorage, so it need not fetch this code; its handle, when it is there, so
    /// this tab's reminder hears of it at once).
    fn note_sync(self) {
        let durability = self.durability.and_then(DurabilitySlot::get_untracked);
        let at = match self.indicator_untracked() {
            Some(Indicator::Synced { at: Some(at) }) => at,
            Some(Indicator::Syncing { .. }) | None => return,
            // Unreachable, refused or in conflict: the reminder counts from the last backup.
            Some(_) => return settle(durability),
        };
        if self.noted.with_value(|n| n.as_deref() != Some(at.as_str())) {
            self.note(at, durability);
        }
        settle(durability);
    }

    fn note(self, at: String, durability: Option<Durability>) {
        let synced = LastSync {
            at: at.clone(),
            folder: self.remote.with_value(Remote::label),
            revision: self.state.document.with_untracked(|d| d.revision),
        };
        // Bookkeeping: when storage refuses it, the reminder counts from the last export.
        let text = synced.to_json();
        let _ = LocalStore.write(SYNCED_KEY, &text);
        if let Some(d) = durability {
            d.synced_text.set(Some(text));
        }
        self.noted.set_value(Some(at));
    }

    fn indicator_untracked(self) -> Option<Indicator> {
        self.machines
            .with_value(|ms| Indicator::combined(ms.values().map(Machine::indicator)))
    }

    fn perform(self, id: String, action: Action) {
        let name = file::file_name(&id);
        let remote = self.remote.get_value();
        match action {
            Action::Nothing => {}
            Action::Wait { after_ms } => self.later(id, after_ms),
            Action::ShowError { retry_after_ms, .. } => self.later(id, retry_after_ms),
            Action::Read { if_none_match } => {
                leptos::task::spawn_local(async move {
                    let answer = remote.read(&name, if_none_match.as_deref()).await;
                    let event = match answer {
                        Err(Unreached) => Event::Offline,
                        Ok(Answer {
                            status: 200,
                            etag,
                            text,
                            ..
                        }) => {
                            let version = etag.as_deref().and_then(Version::from_etag);
                            self.state
                                .base_catalogue
                                .with_untracked(|c| Event::read(version, text, &id, c))
                        }
                        Ok(answer) => answer.refusal(),
                    };
                    // An edit made since the last save (debounced) is not yet the machine's:
                    // hand it over first, so a merge applied now is made with it, not over it.
                    let here = self
                        .state
                        .document
                        .with_untracked(|d| d.workspace(&id).cloned());
                    if let Some(ws) = here {
                        self.dispatch(&id, Event::LocalChanged(ws));
                    }
                    self.dispatch(&id, event);
                });
            }
            Action::Write { body, if_match } => {
                leptos::task::spawn_local(async move {
                    let answer = remote.write(&name, &body, &if_match).await;
                    self.dispatch(&id, written(answer));
                });
            }
            Action::Create { body } => {
                leptos::task::spawn_local(async move {
                    let answer = remote.create(&name, &body).await;
                    self.dispatch(&id, written(answer));
                });
            }
            Action::Backup { name, body } => {
                leptos::task::spawn_local(async move {
                    let answer = remote.create(&name, &body).await;
                    let event = written(answer);
                    if matches!(event, Event::WriteOk { .. }) {
                        let m = SyncMsgs::of(self.lang());
                        self.state
                            .notice
                            .set(Some(fill(m.backup_kept, &[("name", &name)])));
                    }
                    self.dispatch(&id, event);
                });
            }
            Action::Apply { workspace, .. } => {
                self.replace(*workspace);
                self.dispatch(&id, Event::Applied);
            }
        }
    }

    /// Puts `ws` in place of the workspace with its id (a merge, or a pick).
    fn replace(self, ws: Workspace) {
        self.state.update(|d| {
            if let Some(place) = d.workspaces.iter_mut().find(|w| w.id == ws.id) {
                *place = ws;
            }
        });
    }

    /// `id`'s next poll, replacing the one set before.
    fn later(self, id: String, after_ms: u32) {
        let key = id.clone();
        let handle = set_timeout_with_handle(
            move || self.dispatch(&id, Event::PollDue),
            Duration::from_millis(u64::from(after_ms)),
        )
        .ok();
        self.timers.update_value(|timers| {
            if let Some(old) = timers.remove(&key) {
                old.clear();
            }
            if let Some(handle) = handle {
                timers.insert(key, handle);
            }
        });
    }

    fn author(self) -> Author {
        Author {
            id: self.author.get_value(),
            name: super::browser_name(),
        }
    }

    fn record_key(self, id: &str) -> String {
        format!(
            "ggi-journey/sync/{}|{id}",
            self.remote.with_value(Remote::key)
        )
    }

    fn stored_record(self, id: &str) -> Option<Record> {
        let text = LocalStore.read(&self.record_key(id)).ok().flatten()?;
        serde_json::from_str(&text).ok()
    }

    // A record that cannot be stored (storage full) only costs a full read at the next visit.
    fn store_record(self, record: &Record) {
        if let Ok(text) = serde_json::to_string(record) {
            let _ = LocalStore.write(&self.record_key(&record.workspace), &text);
        }
    }
}

/// This visit's sync has had its say: the export reminder may show.
fn settle(durability: Option<Durability>) {
    if let Some(d) = durability.filter(|d| !d.sync_settled.get_untracked()) {
        d.sync_settled.set(true);
    }
}

/// The event for the answer to a PUT.
fn written(answer: Result<Answer, Unreached>) -> Event {
    match answer {
        Err(Unreached) => Event::Offline,
        Ok(Answer { status, etag, .. }) if (200..300).contains(&status) => Event::WriteOk {
            version: etag.as_deref().and_then(Version::from_etag),
        },
        Ok(answer) => answer.refusal(),
    }
}
