use crate::components::markdown::ExternalLink;
use crate::components::status_badge::status_slug;
use crate::components::{
    Markdown, ObjectivesEditor, ProgressFields, ScorecardEditor, StatusBadge, VerificationChecklist,
};
use crate::i18n::use_i18n;
use crate::state::use_state;
use ggi_core::catalogue::Activity;
use ggi_core::i18n::fill;
use ggi_core::journey;
use ggi_core::progress::Status;
use ggi_core::route::Route;
use ggi_core::scoring;
use leptos::prelude::*;

/// One activity: what the catalogue says, and what the organisation records for it.
#[component]
pub fn ActivityPage(id: String) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_state();
    let lookup = id.clone();
    let activity = Memo::new(move |_| {
        let custom = state.document.with(|d| {
            d.active()
                .and_then(|w| w.custom_activities.iter().find(|a| a.id == lookup).cloned())
        });
        custom.or_else(|| state.catalogue.with(|c| c.activity(&lookup).cloned()))
    });

    move || match activity.get() {
        Some(a) => view! { <ActivityView activity=a/> }.into_any(),
        None => {
            let id = id.clone();
            view! {
                <h1 tabindex="-1">{i18n.text(|m| m.common.not_found_title)}</h1>
                <p>{move || fill(i18n.t().catalogue.unknown_activity, &[("id", &id)])}</p>
                <p><a href=Route::Home.href()>{i18n.text(|m| m.common.back_home)}</a></p>
            }
            .into_any()
        }
    }
}

#[component]
fn ActivityView(activity: Activity) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_state();
    let id = activity.id.clone();

    let (goal_name, role_names) = state.catalogue.with_untracked(|c| {
        let goal = c
            .goal(&activity.goal)
            .map(|g| g.name.clone())
            .unwrap_or_default();
        let roles = activity
            .roles
            .iter()
            .filter_map(|r| c.role(r).map(|r| r.name.clone()))
            .collect::<Vec<_>>()
            .join(", ");
        (goal, roles)
    });

    let status = {
        let id = id.clone();
        Signal::derive(move || {
            state.document.with(|d| {
                d.active()
                    .map(|w| scoring::status_of(w, &id))
                    .unwrap_or_default()
            })
        })
    };
    let on_status = {
        let id = id.clone();
        move |ev: leptos::ev::Event| {
            let value = event_target_value(&ev);
            if let Some(s) = Status::ALL.into_iter().find(|s| status_slug(*s) == value) {
                let now = crate::browser::now();
                state.update_workspace(|w| journey::set_status(w, &id, s, &now));
            }
        }
    };

    let list = |items: Vec<String>| {
        if items.is_empty() {
            view! { <p class="muted">{i18n.text(|m| m.catalogue.none_section)}</p> }.into_any()
        } else {
            view! {
                <ul>{items.into_iter().map(|i| view! { <li>{crate::components::markdown::inlines(ggi_core::markdown::inlines(&i))}</li> }).collect_view()}</ul>
            }
            .into_any()
        }
    };

    let resources = activity.resources.clone();
    let next = activity.next.clone();
    let description = activity.description.clone();
    let opportunity = activity.opportunity.clone();

    view! {
        <nav class="breadcrumb" aria-label=i18n.text(|m| m.common.breadcrumb)>
            <a href=Route::Home.href()>{i18n.text(|m| m.common.nav_home)}</a>
            " › " {goal_name.clone()}
        </nav>
        <h1 tabindex="-1"><span class="activity-id">{activity.id.clone()}</span> " " {activity.title.clone()}</h1>
        <p class="activity-meta">
            {goal_name} " · " {i18n.text(|m| m.catalogue.roles)} {i18n.colon()} {role_names} " · "
            <StatusBadge status=status/>
        </p>
        {activity.handbook_url.clone().map(|url| view! {
            <p><ExternalLink url=url text=i18n.t().catalogue.handbook_link.to_string()/></p>
        })}
        <p class="lead">{activity.summary.clone()}</p>

        <section class="panel" aria-labelledby="progress-heading">
            <h2 id="progress-heading">{i18n.text(|m| m.journey.your_progress)}</h2>
            <ProgressFields activity=id.clone() status=status on_status=on_status/>
            <VerificationChecklist activity=activity.clone()/>
            <ScorecardEditor activity=id.clone()/>
            <ObjectivesEditor activity=id.clone()/>
        </section>

        <section aria-labelledby="description-heading">
            <h2 id="description-heading">{i18n.text(|m| m.catalogue.description)}</h2>
            <Markdown source=description/>
        </section>
        <section aria-labelledby="opportunity-heading">
            <h2 id="opportunity-heading">{i18n.text(|m| m.catalogue.opportunity)}</h2>
            <Markdown source=opportunity/>
        </section>
        <section aria-labelledby="tools-heading">
            <h2 id="tools-heading">{i18n.text(|m| m.catalogue.tools)}</h2>
            {list(activity.tools.clone())}
        </section>
        <section aria-labelledby="recommendations-heading">
            <h2 id="recommendations-heading">{i18n.text(|m| m.catalogue.recommendations)}</h2>
            {list(activity.recommendations.clone())}
        </section>
        <section aria-labelledby="resources-heading">
            <h2 id="resources-heading">{i18n.text(|m| m.catalogue.resources)}</h2>
            {if resources.is_empty() {
                view! { <p class="muted">{i18n.text(|m| m.catalogue.none_section)}</p> }.into_any()
            } else {
                view! { <ul>{resources.into_iter().map(|r| {
                    let title = r.title.clone();
                    let link = match r.url.filter(|u| ggi_core::markdown::is_safe_url(u)) {
                        Some(url) => view! { <ExternalLink url=url text=title/> }.into_any(),
                        None => view! { <cite>{title}</cite> }.into_any(),
                    };
                    view! { <li>{link} {(!r.note.is_empty()).then(|| format!(" — {}", r.note))}</li> }
                }).collect_view()}</ul> }.into_any()
            }}
        </section>
        <section aria-labelledby="next-heading">
            <h2 id="next-heading">{i18n.text(|m| m.catalogue.next)}</h2>
            {if next.is_empty() {
                view! { <p class="muted">{i18n.text(|m| m.catalogue.none_section)}</p> }.into_any()
            } else {
                view! { <ul class="next-list">{next.into_iter().map(|n| {
                    let title = state.catalogue.with_untracked(|c| c.activity(&n.activity).map(|a| a.title.clone()).unwrap_or_default());
                    view! { <li>
                        <a href=Route::Activity(n.activity.clone()).href()>{n.activity.clone()} " " {title}</a>
                        <p>{n.rationale.clone()}</p>
                    </li> }
                }).collect_view()}</ul> }.into_any()
            }}
        </section>
        <InGoalNavigation activity=activity.id.clone() goal=activity.goal.clone()/>
    }
}

/// Previous and next activity of the same goal, in catalogue order.
#[component]
fn InGoalNavigation(activity: String, goal: String) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_state();
    let (previous, next) = state.catalogue.with_untracked(|c| {
        let ids: Vec<(String, String)> = c
            .activities_of(&goal)
            .map(|a| (a.id.clone(), a.title.clone()))
            .collect();
        let at = ids.iter().position(|(id, _)| *id == activity);
        let previous = at
            .and_then(|i| i.checked_sub(1))
            .and_then(|i| ids.get(i).cloned());
        let next = at.and_then(|i| ids.get(i + 1).cloned());
        (previous, next)
    });
    let link = move |target: Option<(String, String)>,
                     label: fn(&'static ggi_core::i18n::Messages) -> &'static str,
                     rel: &'static str| {
        target.map(|(id, title)| {
            let href = Route::Activity(id.clone()).href();
            view! {
            <a href=href rel=rel>
                <span class="small muted">{move || label(i18n.t())}</span> <span>{id} " " {title}</span>
            </a>
            }
        })
    };
    view! {
        <nav class="in-goal" aria-label=i18n.text(|m| m.catalogue.in_goal)>
            {link(previous, |t| t.catalogue.previous, "prev")}
            {link(next, |t| t.catalogue.following, "next")}
        </nav>
    }
}
