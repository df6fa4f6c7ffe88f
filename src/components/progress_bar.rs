use crate::components::GoalKey;
use crate::i18n::use_i18n;
use ggi_core::chart::GoalStyle;
use ggi_core::i18n::percent;
use leptos::prelude::*;

/// A labelled progress bar; the percentage is also written out, so it never relies on colour.
/// A goal's bar takes the goal's colour and shows its marker before the name.
#[component]
pub fn ProgressBar(
    #[prop(into)] label: Signal<String>,
    #[prop(into)] done: Signal<u32>,
    #[prop(into)] total: Signal<u32>,
    #[prop(optional)] goal: Option<&'static GoalStyle>,
) -> impl IntoView {
    let i18n = use_i18n();
    let value = move || ggi_core::scoring::percent_of(done.get(), total.get());
    view! {
        <div class=goal.map_or("progress".to_string(), |g| format!("progress goal-bar goal-{}", g.slug))>
            <div class="progress-label">
                <span>{goal.map(|style| view! { <GoalKey style=style/> })}{label}</span>
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
