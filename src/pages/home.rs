use crate::components::status_badge::status_label;
use crate::components::{CustomActivityForm, ProgressBar, StatusBadge};
use crate::i18n::use_i18n;
use crate::router::{set_query, use_fragment};
use crate::state::use_state;
use ggi_core::catalogue::Activity;
use ggi_core::filter::ActivityFilter;
use ggi_core::i18n::fill;
use ggi_core::progress::Status;
use ggi_core::route::Route;
use ggi_core::scoring;
use leptos::prelude::*;

/// The catalogue: every goal in order with its activities, filterable by role and text.
#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_state();
    // The filter lives in the address (`#/?goal=trust&q=sbom`): linkable, kept on reload.
    let fragment = use_fragment();
    let filter = Memo::new(move |_| ActivityFilter::from_fragment(&fragment.get()));
    let change = move |edit: Box<dyn FnOnce(&mut ActivityFilter)>| {
        let mut next = filter.get_untracked();
        edit(&mut next);
        set_query(fragment, &Route::Home, &next.to_query());
    };
    let matches = move |a: &Activity, status: Status| filter.with(|f| f.matches(a, status));
    // The search also reads the activities' long texts, which come in a chunk of their own.
    let loads = use_context::<super::Loads>();
    let want_text = move || {
        if let Some(loads) = loads {
            (loads.texts)(state);
        }
    };
    Effect::new(move |_| {
        if filter.with(|f| !f.text.is_empty()) {
            want_text();
        }
    });

    let catalogue_line = move || {
        state.catalogue.with(|c| {
            fill(
                i18n.t().catalogue.catalogue_language,
                &[("title", &c.title), ("lang", &c.language)],
            )
        })
    };

    // What the list reads. Without a search, the outline: the long texts arriving (an activity
    // link pointed at) then change nothing here, and the list is not built again.
    // Tracks only whether a search is on, so a keystroke or another filter does not copy it.
    let searching = Memo::new(move |_| filter.with(|f| !f.text.is_empty()));
    let listed = Memo::new(move |_| {
        let searching = searching.get();
        state
            .catalogue
            .with(|c| if searching { c.clone() } else { c.outline() })
    });

    let goals = move || {
        let catalogue = listed.get();
        let ws = state.workspace();
        catalogue
            .goals
            .iter()
            .map(|goal| {
                let acts: Vec<Activity> = catalogue
                    .activities_of(&goal.id)
                    .chain(ws.iter().flat_map(|w| w.custom_activities.iter().filter(|a| a.goal == goal.id)))
                    .filter(|a| matches(a, ws.as_ref().map(|w| scoring::status_of(w, &a.id)).unwrap_or_default()))
                    .cloned()
                    .collect();
                let heading = fill(i18n.t().catalogue.goal_heading, &[("name", &goal.name)]);
                let count = counted(acts.len(), i18n.t().catalogue.activities_one, i18n.t().catalogue.activities_count);
                let heading_id = format!("goal-{}", goal.id);
                let heading_id2 = heading_id.clone();
                let cards_empty = acts.is_empty();
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
                                {is_custom.then(|| view! { <span class="tag">{i18n.text(|m| m.catalogue.custom)}</span> })}
                                <p class="activity-summary">{a.summary.clone()}</p>
                                <p class="activity-meta">
                                    <span class="visually-hidden">{i18n.text(|m| m.catalogue.roles)} {i18n.colon()}</span>
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
                let hidden = cards_empty;
                view! {
                    <section class="goal" aria-labelledby=heading_id.clone() hidden=hidden>
                        <h2 id=heading_id2>{heading}</h2>
                        <p class="goal-scope">{goal.scope.clone()} " · " {count}</p>
                        <ul class="activity-grid">{cards}</ul>
                    </section>
                }
            })
            .collect_view()
    };

    view! {
        <h1 tabindex="-1">{i18n.text(|m| m.catalogue.home_title)}</h1>
        <p class="lead">{i18n.text(|m| m.catalogue.home_intro)}</p>
        <Show when=move || state.document.with(|d| d.active().is_some_and(|w| crate::pages::start::needs_onboarding(&w.profile)))>
            <div class="callout">
                <p>{i18n.text(|m| m.start.welcome)}</p>
                <div class="actions">
                    <a class="button" href=Route::Start.href()>{i18n.text(|m| m.start.welcome_action)}</a>
                    <Show when=move || state.config.with(|c| c.sample_organisation)>
                        <button type="button" class="secondary" on:click=move |_| {
                            if let Some(loads) = loads {
                                (loads.sample)(state, i18n);
                            }
                        }>
                            {i18n.text(|m| m.start.sample)}
                        </button>
                    </Show>
                </div>
            </div>
        </Show>
        <p class="muted">{catalogue_line}</p>
        <form class="filters" role="search" on:submit=|ev: leptos::ev::SubmitEvent| ev.prevent_default()>
            <div class="field">
                <label for="filter-goal">{i18n.text(|m| m.catalogue.filter_goal)}</label>
                <select id="filter-goal" on:change=move |ev| { let v = event_target_value(&ev); change(Box::new(move |f| f.goal = v)) }>
                    <option value="" selected=move || filter.with(|f| f.goal.is_empty())>{i18n.text(|m| m.catalogue.all_goals)}</option>
                    {move || state.catalogue.with(|c| c.goals.iter().map(|g| {
                        let id = g.id.clone();
                        view! { <option value=g.id.clone() selected=move || filter.with(|f| f.goal == id)>{g.name.clone()}</option> }
                    }).collect_view())}
                </select>
            </div>
            <div class="field">
                <label for="filter-role">{i18n.text(|m| m.catalogue.filter_role)}</label>
                <select id="filter-role" on:change=move |ev| { let v = event_target_value(&ev); change(Box::new(move |f| f.role = v)) }>
                    <option value="" selected=move || filter.with(|f| f.role.is_empty())>{i18n.text(|m| m.catalogue.all_roles)}</option>
                    {move || state.catalogue.with(|c| c.roles.iter().map(|r| {
                        let id = r.id.clone();
                        view! { <option value=r.id.clone() selected=move || filter.with(|f| f.role == id)>{r.name.clone()}</option> }
                    }).collect_view())}
                </select>
            </div>
            <div class="field">
                <label for="filter-status">{i18n.text(|m| m.catalogue.filter_status)}</label>
                <select id="filter-status" on:change=move |ev| {
                    let v = event_target_value(&ev);
                    change(Box::new(move |f| f.status = Status::ALL.into_iter().find(|s| s.key() == v)))
                }>
                    <option value="" selected=move || filter.with(|f| f.status.is_none())>{i18n.text(|m| m.catalogue.all_statuses)}</option>
                    {Status::ALL.into_iter().map(|s| view! {
                        <option value=s.key() selected=move || filter.with(|f| f.status == Some(s))>{move || status_label(i18n.t(), s)}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="filter-text">{i18n.text(|m| m.catalogue.search)}</label>
                <input id="filter-text" type="search" prop:value=move || filter.with(|f| f.text.clone())
                    on:focus=move |_| want_text()
                    on:input=move |ev| { let v = event_target_value(&ev); change(Box::new(move |f| f.text = v)) }/>
            </div>
        </form>
        <p class="muted small" role="status">{move || {
            let n = state.document.with(|d| {
                let ws = d.active();
                listed.with(|c| {
                    c.activities.iter().chain(ws.iter().flat_map(|w| w.custom_activities.iter()))
                        .filter(|a| matches(a, ws.map(|w| scoring::status_of(w, &a.id)).unwrap_or_default()))
                        .count()
                })
            });
            match n {
                0 => i18n.t().catalogue.no_match.to_string(),
                n => counted(n, i18n.t().catalogue.matching_one, i18n.t().catalogue.matching),
            }
        }}</p>
        {goals}
        <CustomActivityForm/>
    }
}

/// `one` for a single item, else `many` with `{n}` filled in.
fn counted(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        one.to_string()
    } else {
        fill(many, &[("n", &n.to_string())])
    }
}
