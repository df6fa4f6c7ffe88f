use crate::components::{CharCount, Markdown};
use crate::i18n::use_i18n;
use ggi_core::limits::TEXT;
use leptos::prelude::*;

/// A long text field that accepts Markdown, with a safe preview.
#[component]
pub fn MarkdownField(
    /// Unique id for the textarea (label association).
    id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] value: Signal<String>,
    on_change: Callback<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let (previewing, set_previewing) = signal(false);
    let preview_id = format!("{id}-preview");
    view! {
        <div class="md-field">
            <div class="md-field-head">
                <label for=id.clone()>{label}</label>
                <button type="button" class="secondary small" aria-pressed=move || previewing.get().to_string()
                    aria-controls=preview_id.clone()
                    on:click=move |_| set_previewing.update(|p| *p = !*p)>
                    {move || if previewing.get() { i18n.t().journey.edit } else { i18n.t().journey.preview }}
                </button>
            </div>
            <textarea id=id rows="4" maxlength=TEXT hidden=move || previewing.get() prop:value=move || value.get()
                on:input=move |ev| on_change.run(event_target_value(&ev))></textarea>
            <CharCount text=value max=TEXT/>
            <div class="md-preview" id=preview_id hidden=move || !previewing.get()>
                // Parsed and rendered only while shown: a long note costs nothing while typing.
                {move || if !previewing.get() {
                    ().into_any()
                } else if value.with(|v| v.trim().is_empty()) {
                    view! { <p class="muted">{i18n.text(|m| m.journey.empty_preview)}</p> }.into_any()
                } else {
                    view! { <Markdown source=value/> }.into_any()
                }}
            </div>
        </div>
    }
}
