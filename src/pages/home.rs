use crate::components::{CustomActivityForm, ProgressBar, StatusBadge};
use crate::i18n::use_i18n;
use crate::state::use_state;
use ggi_core::catalogue::Activity;
use ggi_core::i18n::fill;
use ggi_core::route::Route;
use ggi_core::scoring;
use leptos::prelude::*;

/// The catalogue: every goal in order with its activities, filterable by role and text.
#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_state();
    let (role, set_role) = signal(String::new());
    let (query, set_query) = signal(String::new());

    let matches = move |a: &Activity| {
        let role = role.get();
        let q = query.get().to_lowercase();
        (role.is_empty() || a.roles.contains(&role))
            && (q.is_empty()
                || a.title.to_lowercase().contains(&q)
                || a.id.to_lowercase().contains(&q)
                || a.summary.to_lowercase().contains(&q))
    };

    let catalogue_line = move || {
        state.catalogue.with(|c| {
            fill(
                i18n.t().catalogue.catalogue_language,
                &[("title", &c.title), ("lang", &c.language)],
            )
        })
    };

    let goals = move || {
        let catalogue = state.catalogue.get();
        let ws = state.workspace();
        catalogue
            .goals
            .iter()
            .map(|goal| {
                let acts: Vec<Activity> = catalogue
                    .activities_of(&goal.id)
                    .chain(ws.iter().flat_map(|w| w.custom_activities.iter().filter(|a| a.goal == goal.id)))
                    .filter(|a| matches(a))
                    .cloned()
                    .collect();
                let heading = fill(i18n.t().catalogue.goal_heading, &[("name", &goal.name)]);
                let count = fill(i18n.t().catalogue.activities_count, &[("n", &acts.len().to_string())]);
                let heading_id = format!("goal-{}", goal.id);
                let heading_id2 = heading_id.clone();
                let cards = acts
                    .into_iter()
                    .map(|a| {
                        let progress = ws.as_ref().and_then(|w| w.activities.get(&a.id));
                        let score = scoring::activity_score(&a, progress);
                        let roles = a
                            .roles
                            .iter()
                            .filter_map(|r| catalogue.role(r).map(|r| r.name.clone()))
                            .collect::<Vec<_>>()
                            .join(", ");
                        let is_custom = ws.as_ref().is_some_and(|w| w.custom_activities.iter().any(|c| c.id == a.id));
                        view! {
                            <li class="activity-card">
                                <a class="activity-link" href=Route::Activity(a.id.clone()).href()>
                                    <span class="activity-id">{a.id.clone()}</span>
                                    <span class="activity-title">{a.title.clone()}</span>
                                </a>
                                {is_custom.then(|| view! { <span class="tag">{move || i18n.t().catalogue.custom}</span> })}
                                <p class="activity-summary">{a.summary.clone()}</p>
                                <p class="activity-meta">
                                    <span class="visually-hidden">{move || i18n.t().catalogue.roles} ": "</span>
                                    {roles}
                                </p>
                                <StatusBadge status=score.status/>
                                {score.status.in_scope().then(|| view! {
                                    <ProgressBar label=Signal::derive(move || i18n.t().catalogue.verification_points.to_string())
                                        done=score.points.done total=score.points.total/>
                                })}
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <section class="goal" aria-labelledby=heading_id.clone()>
                        <h2 id=heading_id2>{heading}</h2>
                        <p class="goal-scope">{goal.scope.clone()} " · " {count}</p>
                        <ul class="activity-grid">{cards}</ul>
                    </section>
                }
            })
            .collect_view()
    };

    view! {
        <h1 tabindex="-1">{move || i18n.t().catalogue.home_title}</h1>
        <p class="lead">{move || i18n.t().catalogue.home_intro}</p>
        <Show when=move || state.document.with(|d| d.active().is_some_and(|w| crate::pages::start::needs_onboarding(&w.profile)))>
            <div class="callout">
                <p>{move || i18n.t().start.welcome}</p>
                <div class="actions">
                    <a class="button" href=Route::Start.href()>{move || i18n.t().start.welcome_action}</a>
                    <Show when=move || state.config.with(|c| c.sample_organisation)>
                        <button type="button" class="secondary" on:click=move |_| {
                            crate::pages::start::load_sample(state);
                            state.notice.set(Some(i18n.t().start.sample_loaded.to_string()));
                            crate::router::navigate(&Route::Dashboard);
                        }>{move || i18n.t().start.sample}</button>
                    </Show>
                </div>
            </div>
        </Show>
        <p class="muted">{catalogue_line}</p>
        <div class="filters" role="search">
            <label>
                {move || i18n.t().catalogue.filter_role}
                <select on:change=move |ev| set_role.set(event_target_value(&ev))>
                    <option value="">{move || i18n.t().catalogue.all_roles}</option>
                    {move || state.catalogue.with(|c| c.roles.iter().map(|r| {
                        view! { <option value=r.id.clone()>{r.name.clone()}</option> }
                    }).collect_view())}
                </select>
            </label>
            <label>
                {move || i18n.t().catalogue.search}
                <input type="search" on:input=move |ev| set_query.set(event_target_value(&ev))/>
            </label>
        </div>
        {goals}
        <CustomActivityForm/>
    }
}
