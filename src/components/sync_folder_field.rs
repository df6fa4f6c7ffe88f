use crate::i18n::use_i18n;
use crate::state::{sync, use_state};
use ggi_core::i18n::{fill, SyncMsgs};
use ggi_core::sync::{folder_url, FolderError};
use leptos::prelude::*;

/// Settings: the team's sync folder (WebDAV) for this browser. Same origin as the app unless
/// the deployment names a folder elsewhere (it then allows that origin in its CSP).
#[component]
pub fn SyncFolderField() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_state();
    let m = move || SyncMsgs::of(i18n.lang.get());
    let choice = sync::choice();
    // The field shows and clears the WebDAV choice only; a team folder in use is named below.
    let (text, set_text) = signal(choice.webdav().unwrap_or_default().to_string());
    let team = choice.team_folder().map(str::to_string);
    let (problem, set_problem) = signal(None::<FolderError>);
    let deployed = move || state.config.with(|c| c.sync_folder.clone());
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let entered = text.get_untracked();
        let chosen = match entered.trim().is_empty() {
            true => None,
            false => match folder_url(&entered)
                .and_then(|f| same_origin(&f, deployed().as_deref()).map(|()| f))
            {
                Ok(folder) => Some(folder),
                Err(e) => {
                    set_problem.set(Some(e));
                    return;
                }
            },
        };
        set_problem.set(None);
        let next = sync::choice().with_webdav(chosen);
        if next == sync::choice() {
            // An empty field while a team folder is in use: nothing to change or restart.
            return;
        }
        // The app restarts with the folder; storage refusing it is said at once.
        if let Err(e) = sync::choose(&next) {
            state
                .notice
                .set(Some(e.localized(i18n.t_untracked().safety())));
        }
    };
    view! {
        <form class="sync-folder" on:submit=on_submit>
            <label class="field"><span>{move || m().folder_label}</span>
                <input type="text" inputmode="url" autocomplete="off" spellcheck="false"
                    aria-describedby="sync-folder-hint"
                    aria-invalid=move || problem.with(Option::is_some).then_some("true")
                    prop:value=text on:input=move |ev| set_text.set(event_target_value(&ev))/>
            </label>
            <p id="sync-folder-hint" class="hint">{move || hint(m(), team.as_deref())}</p>
            {move || deployed().map(|f| view! { <p class="hint">{move || fill(m().folder_from_deployment, &[("folder", &f)])}</p> })}
            {move || problem.get().map(|e| view! { <p class="field-error" role="alert">{move || e.localized(m())}</p> })}
            <button type="submit" class="secondary">{move || m().folder_save}</button>
        </form>
    }
}

/// The field's hint, and what a WebDAV folder would replace. In the one paragraph rather than
/// a paragraph of its own: an optional paragraph's view code lands in the main module (+42
/// bytes there).
fn hint(m: &SyncMsgs, team: Option<&str>) -> String {
    match team {
        Some(name) => format!(
            "{} {}",
            m.folder_hint,
            fill(m.webdav_replaces_team, &[("name", name)])
        ),
        None => m.folder_hint.to_string(),
    }
}

/// Whether `folder` is on the app's origin (or the deployment's folder's).
fn same_origin(folder: &str, deployed: Option<&str>) -> Result<(), FolderError> {
    let origin = |url: &str| {
        let base = web_sys::window()?.document()?.base_uri().ok()??;
        web_sys::Url::new_with_base(url, &base)
            .ok()
            .map(|u| u.origin())
    };
    let here = web_sys::window().and_then(|w| w.location().origin().ok());
    let wanted = origin(folder);
    let allowed = [here, deployed.and_then(origin)];
    match wanted {
        Some(w) if allowed.iter().flatten().any(|a| *a == w) => Ok(()),
        _ => Err(FolderError::OtherOrigin),
    }
}
