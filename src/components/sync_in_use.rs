use crate::i18n::use_i18n;
use crate::state::{sync, use_state};
use ggi_core::i18n::{fill, SyncMsgs};
use ggi_core::sync::Choice;
use leptos::prelude::*;

/// Settings: which folder this browser syncs with now, the user's choice over the
/// deployment's, so that the two settings below never hide which one is in use.
#[component]
pub fn SyncInUse() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_state();
    let m = move || SyncMsgs::of(i18n.lang.get());
    let choice = sync::choice();
    let text = move || match &choice {
        Choice::TeamFolder(name) => fill(m().team_current, &[("name", name)]),
        Choice::WebDav(folder) => fill(m().in_use_webdav, &[("folder", folder)]),
        Choice::None => match state.config.with(|c| c.sync_folder.clone()) {
            Some(folder) => fill(m().in_use_webdav, &[("folder", &folder)]),
            None => m().in_use_none.to_string(),
        },
    };
    view! { <p class="sync-in-use"><strong>{text}</strong></p> }
}
