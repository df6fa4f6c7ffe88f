use crate::i18n::use_i18n;
use crate::router::navigate;
use crate::state::use_durability;
use ggi_core::durability::Marker;
use ggi_core::i18n::{date, fill};
use ggi_core::route::Route;
use leptos::prelude::*;

/// The stored data is gone but the marker says a record was saved here: say so at once, name
/// the last export, and lead to the import rather than to a fresh guided start.
#[component]
pub fn LossNotice(marker: Marker) -> impl IntoView {
    let i18n = use_i18n();
    let durability = use_durability();
    let afresh = move |_| {
        if let Some(d) = durability {
            d.lost.set(None);
        }
        navigate(&Route::Start);
    };
    let body = move || {
        let (t, lang) = (i18n.t().durability(), i18n.lang.get());
        fill(
            t.lost_body,
            &[
                ("revision", &marker.revision.to_string()),
                ("date", &date(lang, &marker.saved_at)),
            ],
        )
    };
    let export = marker.last_export.clone();
    let last_export = move || {
        let (t, lang) = (i18n.t().durability(), i18n.lang.get());
        match &export {
            Some(e) => fill(
                t.lost_export,
                &[("file", &e.file), ("date", &date(lang, &e.at))],
            ),
            None => t.lost_no_export.to_string(),
        }
    };
    view! {
        <div class="banner banner-error" role="alert">
            <h2>{i18n.text(|m| m.durability().lost_title)}</h2>
            <p>{body}</p>
            <p>{last_export}</p>
            <div class="actions">
                <button type="button" on:click=move |_| navigate(&Route::Data)>{i18n.text(|m| m.durability().lost_import)}</button>
                <button type="button" class="secondary" on:click=afresh>{i18n.text(|m| m.durability().lost_fresh)}</button>
            </div>
        </div>
    }
}
