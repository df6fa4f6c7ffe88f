use crate::browser::clock;
use crate::components::WebkitNotice;
use crate::i18n::{use_i18n, I18n};
use crate::state::{use_durability, use_state, AppState, Durability, DurabilityUnavailable};
use ggi_core::durability::StorageMode;
use ggi_core::i18n::{date, fill};
use leptos::prelude::*;

/// The panel on the data page comes with the durability code (its chunk's entry for it).
#[leptos::wasm_split::wasm_split(durability, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn durability_panel() -> Result<AnyView, DurabilityUnavailable> {
    Ok(untrack(|| view! { <DurabilityPanel/> }.into_any()))
}

/// The data page's account of how safe the data is here: persistent storage or not (with the
/// way to ask for it), the last export and the changes since, and WebKit's rule where it applies.
#[component]
pub fn DurabilityPanel() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_state();
    move || use_durability().map(|d| panel(d, i18n, state))
}

fn panel(d: Durability, i18n: I18n, state: AppState) -> impl IntoView {
    let keep = move |_| {
        leptos::task::spawn_local(async move {
            let granted = d.keep().await == StorageMode::Persistent;
            let t = i18n.t_untracked().durability();
            let said = if granted { t.persistent } else { t.refused };
            state.notice.set(Some(said.to_string()));
        });
    };
    let last_export = move || {
        let (t, lang) = (i18n.t(), i18n.lang.get());
        let value = d
            .record
            .with(|r| t.durability().last_export_value(lang, r, d.revision.get()));
        format!("{}{}{value}", t.durability().last_export, lang.colon())
    };
    // Where the team's copy is, next to the last export: a sync is a backup too.
    let last_sync = move || {
        let (t, lang) = (i18n.t().durability(), i18n.lang.get());
        let revision = d.revision.get();
        d.synced().map(|s| {
            let changes = t.changes_since(s.changes_since(revision));
            fill(
                t.synced_to,
                &[
                    ("folder", &s.folder),
                    ("date", &date(lang, &s.at)),
                    ("time", &clock(&s.at)),
                    ("changes", &changes),
                ],
            )
        })
    };
    view! {
        <section class="panel" aria-labelledby="keeping-heading">
            <h2 id="keeping-heading">{i18n.text(|m| m.durability().heading)}</h2>
            <p>{move || i18n.t().durability().mode_sentence(d.mode.get())}</p>
            <Show when=move || d.refused.get() && d.mode.get() != StorageMode::Persistent>
                <p class="muted">{i18n.text(|m| m.durability().refused)}</p>
            </Show>
            <Show when=move || d.mode.get() == StorageMode::BestEffort>
                <div class="actions">
                    <button type="button" on:click=keep>{i18n.text(|m| m.durability().keep)}</button>
                </div>
            </Show>
            <p>{last_export}</p>
            {move || last_sync().map(|line| view! { <p>{line}</p> })}
            {d.webkit.then(|| view! { <WebkitNotice banner=false/> })}
        </section>
    }
}
