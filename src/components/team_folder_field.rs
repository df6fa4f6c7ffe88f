//! Settings: a team folder of this computer that the organisation's file sync (OneDrive,
//! SharePoint, Nextcloud, an SMB share) keeps in step, for browsers that can open one.

use crate::i18n::use_i18n;
use crate::state::sync::{self, team_folder, TeamFolder};
use crate::state::use_state;
use ggi_core::i18n::{fill, SyncMsgs};
use leptos::prelude::*;

#[component]
pub fn TeamFolderField() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_state();
    let m = move || SyncMsgs::of(i18n.lang.get());
    let (problem, set_problem) = signal(false);
    let refused = move || {
        state.notice.set(Some(
            SyncMsgs::of(i18n.lang.get_untracked())
                .team_refused
                .to_string(),
        ))
    };
    let keep = move |folder: Option<String>| {
        if let Err(e) = sync::choose(&sync::choice().with_team_folder(folder)) {
            state
                .notice
                .set(Some(e.localized(i18n.t_untracked().safety())));
        }
    };
    // The picker needs the click's user activation: it is asked for at once.
    let open = move |_| {
        set_problem.set(false);
        leptos::task::spawn_local(async move {
            match TeamFolder::pick().await {
                Ok(Some(folder)) => match folder.keep().await {
                    Ok(()) => keep(Some(folder.name())),
                    Err(_) => {
                        set_problem.set(true);
                        refused();
                    }
                },
                Ok(None) => {}
                Err(_) => {
                    set_problem.set(true);
                    refused();
                }
            }
        });
    };
    let chosen = sync::choice();
    // Opening a team folder replaces a WebDAV folder chosen here: said before the click, in
    // the hint (an optional paragraph's view code would land in the main module).
    let webdav = (chosen.webdav())
        .filter(|_| team_folder::available())
        .map(str::to_string);
    let hint = move || match &webdav {
        Some(folder) => format!(
            "{} {}",
            m().team_hint,
            fill(m().team_replaces_webdav, &[("folder", folder)])
        ),
        None => m().team_hint.to_string(),
    };
    let choice = match (team_folder::available(), chosen.team_folder()) {
        (_, Some(_)) => view! {
            <button type="button" class="secondary" on:click=move |_| keep(None)>{move || m().team_stop}</button>
        }
        .into_any(),
        (true, None) => view! {
            <button type="button" class="secondary" on:click=open>{move || m().team_open}</button>
        }
        .into_any(),
        (false, None) => view! { <p class="hint">{move || m().team_unsupported}</p> }.into_any(),
    };
    view! {
        <div class="team-folder" role="group" aria-labelledby="team-folder-label">
            <p id="team-folder-label" class="field-label">{move || m().team_label}</p>
            <p class="hint">{hint}</p>
            {choice}
            {move || problem.get().then(|| view! { <p class="field-error" role="alert">{move || m().team_refused}</p> })}
        </div>
    }
}
