//! "Reconnect the team folder" in the header: at a new visit the browser lets the app use the
//! folder again only after a click (`requestPermission` needs one). Part of the sync chunk.

use crate::components::sync_status::header_place;
use crate::i18n::use_i18n;
use crate::state::sync::{self, team_folder::Permission, TeamFolder};
use crate::state::AppState;
use ggi_core::i18n::{fill, SyncMsgs};
use leptos::prelude::*;

/// Shows the button (or, without a kept folder, why there is none) until the folder is back.
pub fn mount(owner: Owner, state: AppState, folder: Option<TeamFolder>, name: String) {
    leptos::task::spawn_local(async move {
        let Some(place) = header_place().await else {
            return;
        };
        owner.clone().with(|| {
            use leptos::tachys::view::{Mountable, Render};
            let here = place.clone();
            let mut view = view! { <Reconnect owner state folder name place=here/> }
                .into_view()
                .build();
            view.mount(&place, None);
            std::mem::forget(view);
        });
    });
}

#[component]
fn Reconnect(
    owner: Owner,
    state: AppState,
    folder: Option<TeamFolder>,
    name: String,
    place: web_sys::HtmlElement,
) -> impl IntoView {
    let i18n = use_i18n();
    let m = move || SyncMsgs::of(i18n.lang.get());
    let (refused, set_refused) = signal(false);
    let Some(folder) = folder else {
        return view! {
            <div class="sync-error" role="alert"><p>{move || fill(m().team_lost, &[("name", &name)])}</p></div>
        }
        .into_any();
    };
    let folder = StoredValue::new_local(folder);
    let on_click = move |_| {
        let folder = folder.get_value();
        let (place, owner) = (place.clone(), owner.clone());
        leptos::task::spawn_local(async move {
            if folder.permission(true).await == Permission::Granted {
                place.remove();
                sync::connect(owner, state, folder);
            } else {
                set_refused.set(true);
            }
        });
    };
    let hint = name.clone();
    view! {
        <div class="sync-status" role="group" aria-label=move || m().status_label>
            <button type="button" class="small" on:click=on_click>{move || m().team_reconnect}</button>
            <span class="muted">{move || fill(m().team_reconnect_hint, &[("name", &hint)])}</span>
            {move || refused.get().then(|| view! { <p role="alert">{move || m().team_refused}</p> })}
        </div>
    }
    .into_any()
}
