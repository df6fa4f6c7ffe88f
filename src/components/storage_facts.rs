use crate::i18n::use_i18n;
use crate::state::{use_durability, DurabilityUnavailable};
use leptos::prelude::*;

/// The report's facts about where the record lives come with the durability code (its chunk's
/// entry for them).
#[leptos::wasm_split::wasm_split(durability, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn storage_facts() -> Result<AnyView, DurabilityUnavailable> {
    Ok(untrack(|| view! { <StorageFacts/> }.into_any()))
}

/// Where this record lives, printed with the report: whether the browser may delete it, and the
/// last backup.
#[component]
pub fn StorageFacts() -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let d = use_durability()?;
        let (t, lang) = (i18n.t(), i18n.lang.get());
        let keeping = t.durability();
        let last = d
            .record
            .with(|r| keeping.last_export_value(lang, r, d.revision.get()));
        Some(view! {
            <dl class="report-storage">
                <div><dt>{t.data().storage_state}</dt><dd>{keeping.mode_label(d.mode.get())}</dd></div>
                <div><dt>{keeping.last_export}</dt><dd>{last}</dd></div>
            </dl>
        })
    }
}
