use crate::i18n::use_i18n;
use crate::state::use_state;
use crate::translation::{CatalogueText, TranslationStatus};
use ggi_core::i18n::{fill, Lang};
use leptos::prelude::*;

/// Says so while the activities' text in the user's language loads, or when it cannot: the
/// activities then show in the catalogue's own language, and everything else still works.
#[component]
pub fn CatalogueLanguageNotice() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_state();
    let status = use_context::<TranslationStatus>();
    move || {
        let text = status.map(|s| s.0.get())?;
        let t = i18n.t();
        let shown = state.base_catalogue.with(|c| Lang::from_tag(&c.language));
        let shown = shown.map_or("", |l| t.language.name(l));
        let sentence = |template, lang| {
            fill(
                template,
                &[("language", t.language.name(lang)), ("shown", shown)],
            )
        };
        let (class, message, detail) = match text {
            CatalogueText::Ready => return None,
            CatalogueText::Loading(lang) => {
                ("banner-info", sentence(t.language.loading, lang), None)
            }
            CatalogueText::Missing(lang) => {
                ("banner-info", sentence(t.language.missing, lang), None)
            }
            CatalogueText::Failed { lang, detail } => (
                "banner-warning",
                sentence(t.language.failed, lang),
                Some(detail),
            ),
        };
        let detail = detail.map(|d| view! { <span class="small">" " {fill(t.language.detail, &[("detail", &d)])}</span> });
        Some(view! {
            <p class=format!("banner {class} catalogue-language") role="status">{message}{detail}</p>
        })
    }
}
