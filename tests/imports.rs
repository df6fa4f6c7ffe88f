//! The store's import and undo against the browser's real localStorage (headless Chromium).
#![cfg(target_arch = "wasm32")]

use ggi_core::journey;
use ggi_core::persist::STATE_KEY;
use ggi_core::progress::Status;
use ggi_core::schema::Document;
use ggi_journey::state::Persistence;
use leptos::prelude::*;
use wasm_bindgen_test::*;

mod common;

wasm_bindgen_test_configure!(run_in_browser);

fn storage() -> web_sys::Storage {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .unwrap_or_else(|| panic!("no localStorage"))
}

fn stored() -> Document {
    let raw = storage().get_item(STATE_KEY).ok().flatten();
    let raw = raw.unwrap_or_else(|| panic!("nothing stored"));
    serde_json::from_str(&raw).unwrap_or_else(|e| panic!("stored data unreadable: {e}"))
}

#[wasm_bindgen_test]
fn an_import_is_saved_over_the_current_revision_and_can_be_undone() {
    let _ = storage().clear();
    let state = common::boot();
    state.update_workspace(|w| journey::set_status(w, "GGI-A-21", Status::Planned, "t"));
    state.save_now();
    let before = state.document.get_untracked();
    assert_eq!(stored().revision, before.revision);

    // A file from elsewhere carries its own (lower) revision: it must not block saving.
    let mut incoming = before.clone();
    incoming.revision = 0;
    incoming.workspaces[0].name = "Imported".into();
    assert!(!state.can_undo());
    assert!(state.replace_document(incoming));
    assert_eq!(state.persistence.get_untracked(), Persistence::Saved);
    assert_eq!(stored().workspaces[0].name, "Imported");
    assert_eq!(stored().revision, before.revision + 1);
    assert!(state.can_undo());

    assert!(state.undo_import());
    assert_eq!(state.persistence.get_untracked(), Persistence::Saved);
    let back = stored();
    assert_eq!(back.workspaces, before.workspaces);
    assert_eq!(back.revision, before.revision + 2);
    // The undo itself can be undone: the imported document comes back.
    assert_eq!(state.undo_kind(), Some(true));
    assert!(state.undo_import());
    assert_eq!(stored().workspaces[0].name, "Imported");
    // Any later change ends the chance to undo, so undo never silently drops work.
    state.update_workspace(|w| journey::set_status(w, "GGI-A-22", Status::Planned, "t"));
    assert!(!state.can_undo());
    assert!(!state.undo_import());
    assert_eq!(
        state.document.get_untracked().workspaces[0].activities["GGI-A-22"].status,
        Status::Planned
    );
}

fn backups() -> Vec<(String, String)> {
    let s = storage();
    (0..s.length().unwrap_or(0))
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.starts_with(ggi_core::persist::BACKUP_PREFIX))
        .filter_map(|k| s.get_item(&k).ok().flatten().map(|v| (k, v)))
        .collect()
}

#[wasm_bindgen_test]
fn when_unreadable_data_cannot_be_set_aside_nothing_overwrites_it() {
    let _ = storage().clear();
    let _ = storage().set_item(STATE_KEY, "{broken");
    // Fill the quota, in ever smaller pieces, so that not even a small backup fits.
    let mut n = 0u32;
    for size in [1 << 20, 1 << 12, 64, 1] {
        let filler = "x".repeat(size);
        while n < 200_000 && storage().set_item(&format!("f{n}"), &filler).is_ok() {
            n += 1;
        }
    }
    let state = common::boot();
    state.update_workspace(|w| w.name = "Typed after the problem".into());
    state.start_fresh();
    let Persistence::Unreadable { raw, aside, .. } = state.persistence.get_untracked() else {
        panic!("saving must stay blocked while the text is not set aside")
    };
    assert_eq!(raw, "{broken", "the raw text stays available for download");
    assert!(aside.is_some(), "the user is told why");
    state.save_now();
    assert_eq!(
        storage().get_item(STATE_KEY).ok().flatten().as_deref(),
        Some("{broken")
    );
    let _ = storage().clear();
}

#[wasm_bindgen_test]
fn importing_over_unreadable_data_sets_the_old_text_aside() {
    let _ = storage().clear();
    let _ = storage().set_item(STATE_KEY, "{broken");
    let state = common::boot();
    assert!(matches!(
        state.persistence.get_untracked(),
        Persistence::Unreadable { .. }
    ));
    let mut incoming = state.document.get_untracked();
    incoming.workspaces[0].name = "From a backup".into();
    assert!(state.replace_document(incoming));
    assert_eq!(stored().workspaces[0].name, "From a backup");
    let aside: Vec<String> = backups().into_iter().map(|(_, v)| v).collect();
    assert_eq!(aside, ["{broken"]);
}
