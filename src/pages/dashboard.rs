use crate::components::{ProgressBar, RadarChart, StatusHeatmap};
use crate::i18n::use_i18n;
use crate::state::use_state;
use ggi_core::advice;
use ggi_core::chart::goal_style;
use ggi_core::i18n::{date, fill};
use ggi_core::progress::Status;
use ggi_core::route::Route;
use ggi_core::scoring::{self, Summary};
use leptos::prelude::*;

/// Overall and per-goal progress of the active workspace, what to do next, what is late.
#[component]
pub fn DashboardPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_state();
    let (role, set_role) = signal(String::new());

    let figures = Memo::new(move |_| {
        let catalogue = state.catalogue.get();
        let role = role.get();
        let role = (!role.is_empty()).then_some(role.as_str());
        state
            .workspace()
            .map(|ws| {
                (
                    scoring::overall(&catalogue, &ws, role),
                    scoring::by_goal(&catalogue, &ws, role),
                )
            })
            .unwrap_or_default()
    });
    let overall = move || figures.with(|f| f.0.clone());
    let goals = Signal::derive(move || {
        figures.with(|f| {
            f.1.iter()
                .map(|(id, s)| {
                    let name = state.catalogue.with(|c| {
                        c.goal(id)
                            .map(|g| g.name.clone())
                            .unwrap_or_else(|| id.clone())
                    });
                    (
                        id.clone(),
                        name,
                        s.points.done,
                        s.points.total,
                        s.points.percent(),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    // The last closed iteration, drawn on the radar for comparison (whole organisation only:
    // a snapshot does not record roles).
    let previous = Signal::derive(move || {
        if !role.get().is_empty() {
            return None;
        }
        let ws = state.workspace()?;
        let (name, snapshot) = ws
            .iterations
            .iter()
            .rev()
            .find_map(|i| i.snapshot.as_ref().map(|s| (i.name.clone(), s)))?;
        let percents = state.catalogue.with(|c| {
            c.goals
                .iter()
                .map(|g| snapshot.points(Some(&g.id)).percent())
                .collect::<Vec<_>>()
        });
        Some((name, percents))
    });
    let scope_line = move || {
        let s: Summary = overall();
        fill(
            i18n.t().dashboard().in_scope,
            &[
                ("n", &s.in_scope.to_string()),
                ("total", &s.activities.to_string()),
                ("done", &s.done.to_string()),
            ],
        )
    };
    let name_of = move |id: &str| {
        state.document.with(|d| {
            let custom = d.active().and_then(|w| {
                w.custom_activities
                    .iter()
                    .find(|a| a.id == id)
                    .map(|a| a.title.clone())
            });
            custom
                .or_else(|| {
                    state
                        .catalogue
                        .with(|c| c.activity(id).map(|a| a.title.clone()))
                })
                .unwrap_or_default()
        })
    };
    let activity_list = move |status: Status| {
        move || {
            let ids = state
                .workspace()
                .map(|ws| {
                    state
                        .catalogue
                        .with(|c| advice::with_status(c, &ws, status))
                })
                .unwrap_or_default();
            if ids.is_empty() {
                return view! { <p class="muted">{i18n.text(|m| m.dashboard().none)}</p> }
                    .into_any();
            }
            view! { <ul>{ids.into_iter().map(|id| view! {
                <li><a href=Route::Activity(id.clone()).href()>{id.clone()} " " {name_of(&id)}</a></li>
            }).collect_view()}</ul> }.into_any()
        }
    };
    let suggestions = move || {
        let list = state
            .workspace()
            .map(|ws| state.catalogue.with(|c| advice::suggested_next(c, &ws)))
            .unwrap_or_default();
        if list.is_empty() {
            return view! { <p class="muted">{i18n.text(|m| m.dashboard().none)}</p> }.into_any();
        }
        view! { <ul class="next-list">{list.into_iter().map(|s| {
            let by = s.proposed_by.join(", ");
            let plan_id = s.activity.clone();
            view! { <li>
                <a href=Route::Activity(s.activity.clone()).href()>{s.activity.clone()} " " {name_of(&s.activity)}</a>
                <p>{s.rationale.clone()} " " <span class="small">"(" {move || fill(i18n.t().dashboard().proposed_by, &[("ids", &by)])} ")"</span></p>
                <button type="button" class="secondary small" on:click=move |_| {
                    let now = crate::browser::now();
                    state.update_workspace(|w| ggi_core::journey::set_status(w, &plan_id, Status::Planned, &now));
                } aria-label=format!("{}: {}", i18n.t().dashboard().plan, s.activity)>{i18n.text(|m| m.dashboard().plan)}</button>
            </li> }
        }).collect_view()}</ul> }.into_any()
    };
    let overdue = move || {
        let today = crate::browser::today();
        let list = state
            .workspace()
            .map(|ws| advice::overdue_objectives(&ws, &today))
            .unwrap_or_default();
        if list.is_empty() {
            return view! { <p class="muted">{i18n.text(|m| m.dashboard().none_overdue)}</p> }
                .into_any();
        }
        view! { <ul>{list.into_iter().map(|o| {
            let due = o.due.clone();
            view! { <li>
                <a href=Route::Activity(o.activity.clone()).href()>{o.activity.clone()}</a> {i18n.colon()} {o.text.clone()}
                " — " {move || fill(i18n.t().dashboard().due_on, &[("date", &date(i18n.lang.get(), &due))])}
                {(!o.owner.is_empty()).then(|| format!(" · {}", o.owner))}
            </li> }
        }).collect_view()}</ul> }.into_any()
    };

    view! {
        <h1 tabindex="-1">{i18n.text(|m| m.dashboard().title)}</h1>
        <p class="muted">{move || fill(i18n.t().dashboard().workspace, &[("name", &state.workspace().map(|w| w.name).unwrap_or_default())])}</p>
        <div class="filters">
            <label>{i18n.text(|m| m.dashboard().role_view)}
                <select on:change=move |ev| set_role.set(event_target_value(&ev))>
                    <option value="">{i18n.text(|m| m.dashboard().everyone)}</option>
                    {move || state.catalogue.with(|c| c.roles.iter().map(|r| view! { <option value=r.id.clone()>{r.name.clone()}</option> }).collect_view())}
                </select>
            </label>
        </div>
        <p class="muted small">{i18n.text(|m| m.dashboard().scope_note)}</p>
        <section class="panel" aria-labelledby="overall-heading">
            <h2 id="overall-heading">{i18n.text(|m| m.dashboard().overall)}</h2>
            <p>{scope_line}</p>
            {move || (overall().in_scope == 0).then(|| view! { <p>{i18n.text(|m| m.dashboard().nothing_in_scope)}</p> })}
            <ProgressBar label=Signal::derive(move || i18n.t().catalogue.verification_points.to_string())
                done=Signal::derive(move || overall().points.done) total=Signal::derive(move || overall().points.total)/>
            <ProgressBar label=Signal::derive(move || i18n.t().dashboard().objectives.to_string())
                done=Signal::derive(move || overall().objectives.done) total=Signal::derive(move || overall().objectives.total)/>
        </section>
        <section class="panel two-col" aria-labelledby="goals-heading">
            <h2 id="goals-heading">{i18n.text(|m| m.dashboard().by_goal)}</h2>
            <div>
                {move || goals.get().into_iter().enumerate().map(|(i, (id, name, done, total, _))| view! {
                    <ProgressBar label=name done=done total=total goal=goal_style(&id, i)/>
                }).collect_view()}
            </div>
            <RadarChart goals=goals previous=previous/>
        </section>
        <section class="panel" aria-labelledby="heatmap-heading">
            <h2 id="heatmap-heading">{i18n.text(|m| m.dashboard().heatmap)}</h2>
            <StatusHeatmap role=role/>
        </section>
        <div class="grid-2">
            <section class="panel" aria-labelledby="current-heading">
                <h2 id="current-heading">{i18n.text(|m| m.dashboard().current)}</h2>
                {activity_list(Status::InProgress)}
            </section>
            <section class="panel" aria-labelledby="completed-heading">
                <h2 id="completed-heading">{i18n.text(|m| m.dashboard().completed)}</h2>
                {activity_list(Status::Done)}
            </section>
        </div>
        <section class="panel" aria-labelledby="suggested-heading">
            <h2 id="suggested-heading">{i18n.text(|m| m.dashboard().suggested)}</h2>
            <p class="muted small">{i18n.text(|m| m.dashboard().suggested_intro)}</p>
            {suggestions}
        </section>
        <section class="panel" aria-labelledby="overdue-heading">
            <h2 id="overdue-heading">{i18n.text(|m| m.dashboard().overdue)}</h2>
            {overdue}
        </section>
    }
}
