use crate::i18n::use_i18n;
use crate::state::use_state;
use ggi_core::catalogue::Activity;
use ggi_core::i18n::{date, fill};
use ggi_core::journey;
use leptos::prelude::*;

/// The activity's verification points as checkboxes, each with its evidence and date.
#[component]
pub fn VerificationChecklist(activity: Activity) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_state();
    let id = activity.id.clone();

    let check_of = {
        let id = id.clone();
        move |point: &str| {
            state.document.with(|d| {
                d.active()
                    .and_then(|w| w.activities.get(&id))
                    .and_then(|p| p.verification.get(point).cloned())
                    .unwrap_or_default()
            })
        }
    };

    let summary = {
        let activity = activity.clone();
        move || {
            let score = state.document.with(|d| {
                let p = d.active().and_then(|w| w.activities.get(&activity.id));
                ggi_core::scoring::activity_score(&activity, p)
            });
            fill(
                i18n.t().journey.points_met,
                &[
                    ("done", &score.points.done.to_string()),
                    ("total", &score.points.total.to_string()),
                ],
            )
        }
    };

    let items = activity
        .verification_points
        .iter()
        .map(|vp| {
            let point = vp.id.clone();
            let box_id = format!("vp-{}", vp.id);
            let evidence_id = format!("ev-{}", vp.id);
            let check = {
                let check_of = check_of.clone();
                let point = point.clone();
                Memo::new(move |_| check_of(&point))
            };
            let on_tick = {
                let (id, point) = (id.clone(), point.clone());
                move |ev: leptos::ev::Event| {
                    let met = event_target_checked(&ev);
                    let (today, now) = (crate::browser::today(), crate::browser::now());
                    state.update_workspace(|w| journey::set_point(w, &id, &point, met, &today, &now));
                }
            };
            let on_evidence = {
                let (id, point) = (id.clone(), point.clone());
                move |ev: leptos::ev::Event| {
                    let text = event_target_value(&ev);
                    let now = crate::browser::now();
                    state.update_workspace(|w| journey::set_evidence(w, &id, &point, &text, &now));
                }
            };
            view! {
                <li class="checklist-item">
                    <input type="checkbox" id=box_id.clone() prop:checked=move || check.with(|c| c.met) on:change=on_tick/>
                    <label for=box_id>{vp.text.clone()}</label>
                    {move || check.with(|c| c.date.clone()).map(|d| view! {
                        <span class="muted small">{move || i18n.t().journey.ticked_on} " " {date(i18n.lang.get(), &d)}</span>
                    })}
                    <div class="evidence">
                        <label class="small" for=evidence_id.clone()>{move || i18n.t().journey.evidence}</label>
                        <input type="text" id=evidence_id prop:value=move || check.with(|c| c.evidence.clone()) on:input=on_evidence/>
                    </div>
                </li>
            }
        })
        .collect_view();

    view! {
        <h3>{move || i18n.t().catalogue.verification_points}</h3>
        <p class="muted">{move || i18n.t().catalogue.verification_intro} " " <strong>{summary}</strong></p>
        <ul class="checklist">{items}</ul>
    }
}
