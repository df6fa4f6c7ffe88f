use crate::browser;
use crate::i18n::use_i18n;
use crate::state::{use_state, Persistence};
use ggi_core::persist::SaveError;
use leptos::prelude::*;

/// Explains any storage problem in plain words and offers the way out (export, reload, keep).
#[component]
pub fn PersistenceBanner() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_state();
    let export = move |_| crate::pages::data::export_everything(state, i18n);

    move || {
        let t = i18n.t();
        match state.persistence.get() {
            Persistence::Saved | Persistence::Pending => ().into_any(),
            Persistence::Unreadable { raw, error } => {
                let download = move |_| {
                    let name = format!("ggi-journey-unreadable-{}.txt", browser::today());
                    browser::download(&name, "text/plain", &raw);
                };
                view! {
                    <div class="banner banner-error" role="alert">
                        <h2>{t.data.unreadable_title}</h2>
                        <p>{t.data.unreadable_body}</p>
                        <p class="small">{t.data.details} ": " {error.to_string()}</p>
                        <div class="actions">
                            <button type="button" on:click=download>{t.data.download_raw}</button>
                            <button type="button" on:click=move |_| state.start_fresh()>{t.data.start_fresh}</button>
                        </div>
                    </div>
                }
                .into_any()
            }
            Persistence::ReadOnly { version } => view! {
                <div class="banner banner-warning" role="alert">
                    <h2>{t.data.read_only_title}</h2>
                    <p>{ggi_core::migrate::MigrateError::Newer(version).to_string()}</p>
                    <div class="actions"><button type="button" on:click=export>{t.data.export_now}</button></div>
                </div>
            }
            .into_any(),
            Persistence::Failed(SaveError::Conflict { stored }) => view! {
                <div class="banner banner-warning" role="alert">
                    <h2>{t.data.conflict_title}</h2>
                    <p>{SaveError::Conflict { stored }.to_string()}</p>
                    <div class="actions">
                        <button type="button" on:click=move |_| state.load_theirs()>{t.data.load_theirs}</button>
                        <button type="button" on:click=move |_| state.keep_mine()>{t.data.keep_mine}</button>
                    </div>
                </div>
            }
            .into_any(),
            Persistence::Failed(error) => view! {
                <div class="banner banner-error" role="alert">
                    <h2>{t.data.save_failed_title}</h2>
                    <p>{error.to_string()}</p>
                    <div class="actions">
                        <button type="button" on:click=export>{t.data.export_now}</button>
                        <button type="button" on:click=move |_| state.save_now()>{t.data.retry}</button>
                    </div>
                </div>
            }
            .into_any(),
        }
    }
}
