use crate::components::status_badge::{status_label, status_mark, status_slug};
use crate::components::GoalKey;
use crate::i18n::use_i18n;
use crate::state::use_state;
use ggi_core::chart::goal_style;
use ggi_core::progress::Status;
use ggi_core::route::Route;
use ggi_core::scoring;
use leptos::prelude::*;

/// Every activity as a tile coloured and marked by status, in one row per goal (with the
/// goal's marker), and the key to the statuses beside the rows.
#[component]
pub fn StatusHeatmap(#[prop(into)] role: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_state();
    let rows = move || {
        let catalogue = state.catalogue.get();
        let Some(ws) = state.workspace() else {
            return ().into_any();
        };
        let role = role.get();
        catalogue
            .goals
            .iter()
            .enumerate()
            .map(|(i, g)| {
                let tiles = scoring::all_activities(&catalogue, &ws)
                    .filter(|a| a.goal == g.id && (role.is_empty() || a.roles.contains(&role)))
                    .map(|a| {
                        let score = scoring::activity_score(a, ws.activities.get(&a.id));
                        let label = format!("{} {} — {} ({}/{})", a.id, a.title, status_label(i18n.t(), score.status), score.points.done, score.points.total);
                        view! {
                            <li>
                                <a class=format!("tile tile-{}", status_slug(score.status)) href=Route::Activity(a.id.clone()).href()
                                    title=label.clone() aria-label=label>
                                    <span aria-hidden="true">{status_mark(score.status)} {a.id.trim_start_matches("GGI-A-").to_string()}</span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <div class="heatmap-row">
                        <span class="heatmap-goal"><GoalKey style=goal_style(&g.id, i)/>{g.name.clone()}</span>
                        <ul class="heatmap-tiles">{tiles}</ul>
                    </div>
                }
            })
            .collect_view()
            .into_any()
    };
    let legend = move || {
        Status::ALL
            .map(|s| view! {
                <li><span class=format!("tile tile-{}", status_slug(s)) aria-hidden="true">{status_mark(s)}</span>
                    {status_label(i18n.t(), s)}</li>
            })
            .collect_view()
    };
    view! {
        <div class="heatmap">
            <div class="heatmap-rows">{rows}</div>
            <ul class="status-legend" aria-label=move || i18n.t().charts().status_key>{legend}</ul>
        </div>
    }
}
