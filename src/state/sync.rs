//! A team on one journey (issue 24): each workspace is a file in a folder the organisation runs
//! (WebDAV, or a folder of this computer its file sync shares: `team_folder`), merged and kept in step by `ggi_core::sync`'s state machine.
//!
//! The engine and its views are a Wasm chunk of their own (README: Size), fetched only when a
//! folder is set (`config.json`'s `"sync": {"webdav": …}` or Settings): a visit without sync
//! downloads none of it and asks nothing of any server. The main module keeps only
//! [`begin`]: which folder, and the moment to fetch the code.

mod engine;
mod remote;
pub mod team_folder;
mod webdav;

pub use engine::Engine;
pub use team_folder::TeamFolder;

use super::AppState;
use crate::storage::LocalStore;
use ggi_core::persist::Storage;
use ggi_core::sync::{Choice, TEAM_FOLDER};
use leptos::prelude::*;

/// Where this browser keeps the folder its user chose in Settings (empty: none), as
/// `ggi_core::sync::Choice` stores it: one key, so the main module's start-up reads no more.
pub const FOLDER_KEY: &str = "ggi-journey/sync-folder";
/// Where this browser keeps the name its user gave it for the team (empty: the default).
pub const NAME_KEY: &str = "ggi-journey/sync-name";

/// The sync code could not be fetched (offline before it was ever used): the work stays here.
#[derive(Debug, Clone, Copy)]
pub struct SyncUnavailable;

impl From<leptos::wasm_split::SplitLoaderError> for SyncUnavailable {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        SyncUnavailable
    }
}

/// Starts syncing once the deployment's settings are known (`crate::deploy`), when a folder
/// is set: the user's (Settings) over the deployment's. `owner` is the app's, for the chunk's
/// views and effects. Without a folder nothing more happens: no request, no chunk.
pub async fn begin(state: AppState, owner: Owner) {
    let folder = chosen().or_else(|| state.config.with_untracked(|c| c.sync_folder.clone()));
    if let Some(folder) = folder {
        // Awaited in the deployment's task rather than a task of its own: less code in the
        // main module, which every first visit downloads.
        let _ = start(owner, state, folder).await;
    }
}

/// Settings: keeps the user's choice in this browser, then restarts the app with it, so one
/// engine only ever speaks to one folder. Each setting changes only its own choice
/// (`Choice::with_webdav`, `Choice::with_team_folder`).
pub fn choose(choice: &Choice) -> Result<(), ggi_core::persist::StorageError> {
    LocalStore.write(FOLDER_KEY, &choice.stored())?;
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
    Ok(())
}

/// The folder the user chose here (Settings reads it; the start only needs [`chosen`]).
pub fn choice() -> Choice {
    Choice::read(&chosen().unwrap_or_default())
}

/// The name of the team folder opened here, if any.
pub fn team_folder_chosen() -> Option<String> {
    choice().team_folder().map(str::to_string)
}

/// The name this browser signs its writes with: its user's, else its kind and system.
pub fn browser_name() -> String {
    let typed = LocalStore.read(NAME_KEY).ok().flatten().unwrap_or_default();
    ggi_core::sync::author::chosen_name(&typed).unwrap_or_else(|| {
        let agent = web_sys::window().and_then(|w| w.navigator().user_agent().ok());
        ggi_core::sync::author::default_name(&agent.unwrap_or_default())
    })
}

/// The folder the user chose here, if any, as stored (a team folder's name after
/// [`TEAM_FOLDER`]).
pub fn chosen() -> Option<String> {
    LocalStore
        .read(FOLDER_KEY)
        .ok()
        .flatten()
        .filter(|f| !f.is_empty())
}

/// The sync code's entry (its chunk): the engine and its view in the header's sync place.
/// `folder`: a WebDAV folder, or the team folder opened in Settings.
#[leptos::wasm_split::wasm_split(sync, wasm_split_path = ::leptos::wasm_split, fallible)]
fn start(owner: Owner, state: AppState, folder: String) -> Result<(), SyncUnavailable> {
    match folder.strip_prefix(TEAM_FOLDER) {
        Some(_) => leptos::task::spawn_local(resume(owner, state)),
        None => run(owner, state, remote::Remote::webdav(&folder)),
    }
    Ok(())
}

/// The engine and its view, for as long as the app lives (the owner is the app's).
fn run(owner: Owner, state: AppState, remote: remote::Remote) {
    owner.with(|| {
        let engine = engine::Engine::start(state, remote);
        crate::components::sync_status::mount(engine);
    });
}

/// The team folder of an earlier visit: synced at once when the browser still allows it,
/// otherwise "Reconnect the team folder" (the browser asks again only after a click).
async fn resume(owner: Owner, state: AppState) {
    let name = team_folder_chosen().unwrap_or_default();
    let folder = TeamFolder::kept().await;
    let allowed = match &folder {
        Some(f) => f.permission(false).await == team_folder::Permission::Granted,
        None => false,
    };
    match folder {
        Some(folder) if allowed => connect(owner, state, folder),
        folder => {
            let mounted = owner.clone();
            owner.with(|| {
                crate::components::team_folder_reconnect::mount(mounted, state, folder, name);
            });
        }
    }
}

/// Syncs with `folder`, now that the browser allows it.
pub fn connect(owner: Owner, state: AppState, folder: TeamFolder) {
    run(owner, state, remote::Remote::Shared(folder));
}
