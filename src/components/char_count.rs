use crate::i18n::use_i18n;
use ggi_core::i18n::fill;
use ggi_core::limits;
use leptos::prelude::*;

/// "n of max characters", shown once a text nears its limit (the field's `maxlength` stops it
/// there), so the limit never comes as a surprise. Counted as the importer counts: characters.
#[component]
pub fn CharCount(#[prop(into)] text: Signal<String>, max: usize) -> impl IntoView {
    let i18n = use_i18n();
    let count = Memo::new(move |_| text.with(|t| limits::chars(t)));
    move || {
        let n = count.get();
        (n >= limits::counter_from(max)).then(|| {
            let line = fill(
                i18n.t().common.chars,
                &[("n", &n.to_string()), ("max", &max.to_string())],
            );
            view! { <span class="char-count muted small" aria-live="polite">{line}</span> }
        })
    }
}
