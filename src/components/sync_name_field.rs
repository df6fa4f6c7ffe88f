//! Settings: the name this browser signs its changes with, for the team (shown beside the
//! last change and in the review of simultaneous changes in colleagues' browsers).

use crate::i18n::use_i18n;
use crate::state::{sync, use_state};
use crate::storage::LocalStore;
use ggi_core::i18n::{fill, SyncMsgs};
use ggi_core::persist::Storage;
use ggi_core::sync::author;
use leptos::prelude::*;

/// Shown only where a folder is set: without sync, nobody sees the name.
#[component]
pub fn SyncNameField() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_state();
    let m = move || SyncMsgs::of(i18n.lang.get());
    let syncing =
        move || sync::chosen().is_some() || state.config.with(|c| c.sync_folder.is_some());
    let typed = LocalStore.read(sync::NAME_KEY).ok().flatten();
    let (text, set_text) = signal(typed.unwrap_or_default());
    let default = move || {
        let agent = web_sys::window().and_then(|w| w.navigator().user_agent().ok());
        author::default_name(&agent.unwrap_or_default())
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = author::chosen_name(&text.get_untracked());
        let saved = LocalStore.write(sync::NAME_KEY, name.as_deref().unwrap_or_default());
        let notice = match saved {
            Ok(()) => {
                let name = name.unwrap_or_else(default);
                fill(
                    SyncMsgs::of(i18n.lang.get_untracked()).name_saved,
                    &[("name", &name)],
                )
            }
            Err(e) => e.localized(i18n.t_untracked().safety()),
        };
        state.notice.set(Some(notice));
    };
    move || {
        syncing().then(|| {
            view! {
                <form class="sync-name" on:submit=on_submit>
                    <label class="field"><span>{move || m().name_label}</span>
                        <input type="text" autocomplete="off" maxlength=author::MAX_NAME_CHARS
                            aria-describedby="sync-name-hint" placeholder=default
                            prop:value=text on:input=move |ev| set_text.set(event_target_value(&ev))/>
                    </label>
                    <p id="sync-name-hint" class="hint">{move || fill(m().name_hint, &[("default", &default())])}</p>
                    <button type="submit" class="secondary">{move || m().name_save}</button>
                </form>
            }
        })
    }
}
