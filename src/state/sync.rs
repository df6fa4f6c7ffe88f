//! A team on one journey (issue 24): each workspace is a file in a folder the organisation runs
//! (WebDAV), merged and kept in step by `ggi_core::sync`'s state machine.
//!
//! The engine and its views are a Wasm chunk of their own (README: Size), fetched only when a
//! folder is set (`config.json`'s `"sync": {"webdav": …}` or Settings): a visit without sync
//! downloads none of it and asks nothing of any server. The main module keeps only
//! [`begin`]: which folder, and the moment to fetch the code.

mod engine;
mod webdav;

pub use engine::Engine;

use super::AppState;
use crate::storage::LocalStore;
use ggi_core::persist::Storage;
use leptos::prelude::*;

/// Where this browser keeps the folder its user chose in Settings (empty: none).
pub const FOLDER_KEY: &str = "ggi-journey/sync-folder";

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

/// Settings: keeps the user's folder in this browser (`None`: none, the deployment's if any),
/// then restarts the app with it, so one engine only ever speaks to one folder.
pub fn choose(folder: Option<&str>) -> Result<(), ggi_core::persist::StorageError> {
    LocalStore.write(FOLDER_KEY, folder.unwrap_or_default())?;
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
    Ok(())
}

/// The folder the user chose here, if any.
pub fn chosen() -> Option<String> {
    LocalStore
        .read(FOLDER_KEY)
        .ok()
        .flatten()
        .filter(|f| !f.is_empty())
}

/// The sync code's entry (its chunk): the engine and its view in the header's sync place.
#[leptos::wasm_split::wasm_split(sync, wasm_split_path = ::leptos::wasm_split, fallible)]
fn start(owner: Owner, state: AppState, folder: String) -> Result<(), SyncUnavailable> {
    // What it sets up lives as long as the app (the owner is the app's, never disposed).
    owner.with(|| {
        let engine = engine::Engine::start(state, &folder);
        crate::components::sync_status::mount(engine);
    });
    Ok(())
}
