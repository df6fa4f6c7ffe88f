use crate::i18n::use_i18n;
use ggi_core::i18n::percent;
use leptos::prelude::*;

/// A labelled progress bar; the percentage is also written out, so it never relies on colour.
#[component]
pub fn ProgressBar(
    #[prop(into)] label: Signal<String>,
    #[prop(into)] done: Signal<u32>,
    #[prop(into)] total: Signal<u32>,
) -> impl IntoView {
    let i18n = use_i18n();
    let value = move || ggi_core::scoring::percent_of(done.get(), total.get());
    view! {
        <div class="progress">
            <div class="progress-label">
                <span>{label}</span>
                <span class="progress-figure">
                    {move || percent(i18n.lang.get(), value())}
                    " (" {move || done.get()} "/" {move || total.get()} ")"
                </span>
            </div>
            <div class="progress-track" role="progressbar" aria-label=label aria-valuemin="0"
                aria-valuemax="100" aria-valuenow=value>
                <div class="progress-fill" style:width=move || format!("{}%", value())></div>
            </div>
        </div>
    }
}
