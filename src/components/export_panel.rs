use crate::i18n::use_i18n;
use crate::pages::data::export_file;
use crate::state::use_state;
use ggi_core::i18n::fill;
use leptos::prelude::*;

/// Export the whole state, or only the workspace being worked on.
#[component]
pub fn ExportPanel() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_state();
    let active = move || state.workspace().map(|w| (w.id, w.name));
    let export_active = move |_| export_file(state, i18n, active().map(|(id, _)| id));
    let workspace_label = move || {
        let name = active().map(|(_, name)| name).unwrap_or_default();
        fill(i18n.t().data().export_workspace, &[("name", &name)])
    };

    view! {
        <section class="panel" aria-labelledby="export-heading">
            <h2 id="export-heading">{i18n.text(|m| m.data().export_heading)}</h2>
            <p>{i18n.text(|m| m.data().export_intro)}</p>
            <div class="actions">
                <button type="button" on:click=move |_| export_file(state, i18n, None)>
                    {i18n.text(|m| m.data().export_all)}
                </button>
                <button type="button" on:click=export_active>{workspace_label}</button>
            </div>
        </section>
    }
}
