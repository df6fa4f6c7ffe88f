use crate::browser;
use crate::i18n::use_i18n;
use crate::state::{use_state, Persistence};
use ggi_core::persist::SaveError;
use leptos::prelude::*;

/// Explains any storage problem in plain words and offers the way out (export, reload, keep).
/// The explanation is a Wasm chunk of its own (README: Size): a visit whose saves work, every
/// first visit among them, never downloads it. Should it be missing (offline, never fetched),
/// the banner still says that something is wrong.
#[component]
pub fn PersistenceBanner() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_state();
    let trouble = Memo::new(move |_| {
        state
            .persistence
            .with(|p| !matches!(p, Persistence::Saved | Persistence::Pending))
    });
    move || {
        trouble.get().then(|| {
            Suspend::new(async move {
                explanation().await.unwrap_or_else(|_| {
                    // Most likely the same cause as `NotRead`'s: it is said in full.
                    let not_read = state.persistence.with(|p| *p == Persistence::NotRead);
                    let text = move || {
                        let m = i18n.t();
                        if not_read {
                            m.page_load.not_read_body
                        } else {
                            m.page_load.storage_problem
                        }
                    };
                    view! {
                        <div class="banner banner-error" role="alert">
                            <p>{text}</p>
                            <Show when=move || not_read>
                                <div class="actions"><ReloadButton/></div>
                            </Show>
                        </div>
                    }
                    .into_any()
                })
            })
        })
    }
}

#[leptos::wasm_split::wasm_split(persistence, wasm_split_path = ::leptos::wasm_split, fallible)]
fn explanation() -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
    Ok(untrack(|| Explanation().into_any()))
}

/// The banner itself, for each kind of problem.
#[component]
fn Explanation() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_state();
    let export = move |_| crate::pages::data::export_everything(state, i18n);
    let confirming = RwSignal::new(false);
    let load_theirs = move |_| {
        leptos::task::spawn_local(async move {
            if let Err(why) = state.load_theirs().await {
                let t = i18n.t_untracked();
                let why = why.map_or_else(
                    || t.safety().theirs_gone.to_string(),
                    |e| e.localized(t.safety()),
                );
                let message = ggi_core::i18n::fill(t.safety().load_theirs_failed, &[("why", &why)]);
                state.notice.set(Some(message));
            }
        })
    };
    let keep_mine = move |_| leptos::task::spawn_local(async move { state.keep_mine().await });

    move || {
        let t = i18n.t();
        match state.persistence.get() {
            Persistence::Saved | Persistence::Pending => ().into_any(),
            Persistence::Unreadable { raw, error, aside } => {
                let download = move |_| {
                    let name = format!("ggi-journey-unreadable-{}.txt", browser::today());
                    browser::download(&name, "text/plain", &raw);
                };
                let aside = aside.map(|e| {
                    let text = ggi_core::i18n::fill(t.safety().aside_failed, &[("error", &e.localized(t.safety()))]);
                    view! { <p class="error">{text}</p> }
                });
                view! {
                    <div class="banner banner-error" role="alert">
                        <h2>{t.data().unreadable_title}</h2>
                        <p>{t.data().unreadable_body}</p>
                        <p class="small">{t.data().details} {t.lang.colon()} {error.to_string()}</p>
                        {aside}
                        <div class="actions">
                            <button type="button" on:click=download>{t.data().download_raw}</button>
                            <button type="button" on:click=move |_| state.start_fresh()>{t.data().start_fresh}</button>
                            <button type="button" class="secondary" on:click=move |_| confirming.set(true)>{t.safety().discard}</button>
                        </div>
                        <Show when=move || confirming.get()>
                            <div class="confirm" role="group" aria-label=t.safety().discard>
                                <p>{t.safety().discard_confirm}</p>
                                <div class="actions">
                                    <button type="button" class="danger" on:click=move |_| { confirming.set(false); state.discard_unreadable() }>{t.safety().discard_yes}</button>
                                    <button type="button" on:click=move |_| confirming.set(false)>{t.safety().cancel}</button>
                                </div>
                            </div>
                        </Show>
                    </div>
                }
                .into_any()
            }
            Persistence::ReadOnly { version, raw } => {
                // The stored text as it is: a newer version's data must reach the user unchanged.
                let download = move |_| {
                    let name = format!("ggi-journey-stored-{}.json", browser::today());
                    browser::download(&name, "application/json", &raw);
                };
                view! {
                    <div class="banner banner-warning" role="alert">
                        <h2>{t.data().read_only_title}</h2>
                        <p>{ggi_core::migrate::MigrateError::Newer(version).to_string()}</p>
                        <div class="actions"><button type="button" on:click=download>{t.safety().download_stored}</button></div>
                    </div>
                }
                .into_any()
            }
            Persistence::Failed(SaveError::Conflict { stored }) => view! {
                <div class="banner banner-warning" role="alert">
                    <h2>{t.data().conflict_title}</h2>
                    <p>{SaveError::Conflict { stored }.localized(t.safety())}</p>
                    <div class="actions">
                        <button type="button" on:click=load_theirs>{t.data().load_theirs}</button>
                        <button type="button" on:click=keep_mine>{t.data().keep_mine}</button>
                    </div>
                </div>
            }
            .into_any(),
            Persistence::NotRead => view! {
                <div class="banner banner-error" role="alert">
                    <h2>{t.page_load.not_read_title}</h2>
                    <p>{t.page_load.not_read_body}</p>
                    <div class="actions">
                        <button type="button" on:click=export>{t.data().export_now}</button>
                        <ReloadButton/>
                    </div>
                </div>
            }
            .into_any(),
            Persistence::Failed(error) => view! {
                <div class="banner banner-error" role="alert">
                    <h2>{t.data().save_failed_title}</h2>
                    <p>{error.localized(t.safety())}</p>
                    <div class="actions">
                        <button type="button" on:click=export>{t.data().export_now}</button>
                        <button type="button" on:click=move |_| state.save_now()>{t.data().retry}</button>
                    </div>
                </div>
            }
            .into_any(),
        }
    }
}

/// Reloads the page: the way to read stored data once the code for it can be downloaded.
#[component]
fn ReloadButton() -> impl IntoView {
    let i18n = use_i18n();
    let reload = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    };
    view! { <button type="button" on:click=reload>{i18n.text(|m| m.page_load.reload)}</button> }
}
