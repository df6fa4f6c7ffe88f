use crate::components::ProgressBar;
use crate::i18n::use_i18n;
use crate::state::use_state;
use ggi_core::i18n::fill;
use ggi_core::scoring::{self, Summary};
use leptos::prelude::*;

/// Overall and per-goal progress of the active workspace.
#[component]
pub fn DashboardPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_state();
    let figures = Memo::new(move |_| {
        let catalogue = state.catalogue.get();
        state
            .workspace()
            .map(|ws| {
                (
                    scoring::overall(&catalogue, &ws, None),
                    scoring::by_goal(&catalogue, &ws, None),
                )
            })
            .unwrap_or_default()
    });
    let overall = move || figures.with(|f| f.0.clone());
    let scope_line = move || {
        let s: Summary = overall();
        fill(
            i18n.t().dashboard.in_scope,
            &[
                ("n", &s.in_scope.to_string()),
                ("total", &s.activities.to_string()),
                ("done", &s.done.to_string()),
            ],
        )
    };

    view! {
        <h1 tabindex="-1">{move || i18n.t().dashboard.title}</h1>
        <p class="muted">{move || i18n.t().dashboard.scope_note}</p>
        <section class="panel" aria-labelledby="overall-heading">
            <h2 id="overall-heading">{move || i18n.t().dashboard.overall}</h2>
            <p>{scope_line}</p>
            {move || (overall().in_scope == 0).then(|| view! { <p>{move || i18n.t().dashboard.nothing_in_scope}</p> })}
            <ProgressBar label=Signal::derive(move || i18n.t().catalogue.verification_points.to_string())
                done=Signal::derive(move || overall().points.done) total=Signal::derive(move || overall().points.total)/>
            <ProgressBar label=Signal::derive(move || i18n.t().dashboard.objectives.to_string())
                done=Signal::derive(move || overall().objectives.done) total=Signal::derive(move || overall().objectives.total)/>
        </section>
        <section class="panel" aria-labelledby="goals-heading">
            <h2 id="goals-heading">{move || i18n.t().dashboard.by_goal}</h2>
            {move || figures.with(|f| f.1.clone()).into_iter().map(|(goal, s)| {
                let name = state.catalogue.with_untracked(|c| c.goal(&goal).map(|g| g.name.clone()).unwrap_or(goal));
                view! { <ProgressBar label=name done=s.points.done total=s.points.total/> }
            }).collect_view()}
        </section>
    }
}
