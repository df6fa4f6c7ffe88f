use crate::browser;
use crate::i18n::use_i18n;
use crate::state::use_state;
use ggi_core::i18n::fill;
use ggi_core::journey;
use ggi_core::limits::{NAME, TEXT};
use ggi_core::progress::Objective;
use leptos::prelude::*;

/// The scorecard's objectives: add, edit, tick, reorder and delete.
#[component]
pub fn ObjectivesEditor(activity: String) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_state();
    let (draft, set_draft) = signal(String::new());

    let ids = {
        let activity = activity.clone();
        Memo::new(move |_| {
            state
                .progress(&activity)
                .objectives
                .iter()
                .map(|o| o.id.clone())
                .collect::<Vec<_>>()
        })
    };
    let summary = {
        let activity = activity.clone();
        move || {
            let p = state.progress(&activity);
            let done = p.objectives.iter().filter(|o| o.done).count();
            fill(
                i18n.t().journey.objectives_summary,
                &[
                    ("done", &done.to_string()),
                    ("total", &p.objectives.len().to_string()),
                ],
            )
        }
    };
    let add = {
        let activity = activity.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let text = draft.get_untracked();
            if text.trim().is_empty() {
                return;
            }
            let (now, token) = (browser::now(), browser::token());
            state.update_workspace(|w| {
                journey::add_objective(w, &activity, text.trim(), &now, &token);
            });
            set_draft.set(String::new());
        }
    };
    let row_activity = activity.clone();

    view! {
        <h3>{i18n.text(|m| m.journey.objectives)}</h3>
        <p class="muted">{summary}</p>
        <Show when=move || ids.with(|i| i.is_empty())>
            <p class="muted">{i18n.text(|m| m.journey.no_objectives)}</p>
        </Show>
        <ol class="objectives">
            <For each=move || ids.get() key=|id| id.clone() let:id>
                <ObjectiveRow activity=row_activity.clone() id=id/>
            </For>
        </ol>
        <form class="inline-form" on:submit=add>
            <label for="new-objective">{i18n.text(|m| m.journey.new_objective)}</label>
            <input id="new-objective" type="text" maxlength=TEXT prop:value=move || draft.get()
                on:input=move |ev| set_draft.set(event_target_value(&ev))/>
            <button type="submit">{i18n.text(|m| m.journey.add_objective)}</button>
        </form>
    }
}

#[component]
fn ObjectiveRow(activity: String, id: String) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_state();
    let objective = {
        let (activity, id) = (activity.clone(), id.clone());
        Memo::new(move |_| {
            state.with_progress(&activity, |p| {
                p.and_then(|p| p.objectives.iter().find(|o| o.id == id).cloned())
                    .unwrap_or_default()
            })
        })
    };
    let edit = {
        let (activity, id) = (activity.clone(), id.clone());
        move |change: Box<dyn FnOnce(&mut Objective)>| {
            let now = browser::now();
            state.update_workspace(|w| {
                if let Some(o) = journey::objective_mut(w, &activity, &id, &now) {
                    change(o);
                }
            });
        }
    };
    let reorder = {
        let (activity, id) = (activity.clone(), id.clone());
        move |delta: isize| {
            let now = browser::now();
            state.update_workspace(|w| journey::move_objective(w, &activity, &id, delta, &now));
        }
    };
    let remove = {
        let (activity, id) = (activity.clone(), id.clone());
        move |_| {
            let now = browser::now();
            state.update_workspace(|w| journey::remove_objective(w, &activity, &id, &now));
        }
    };
    let (e1, e2, e3, e4) = (edit.clone(), edit.clone(), edit.clone(), edit);
    let (r1, r2) = (reorder.clone(), reorder);
    let field = |name: &str| format!("obj-{id}-{name}");
    let name = move || objective.with(|o| o.text.clone());

    view! {
        <li class="objective">
            <input type="checkbox" id=field("done") prop:checked=move || objective.with(|o| o.done)
                on:change=move |ev| { let done = event_target_checked(&ev); e1(Box::new(move |o| o.done = done)) }/>
            <label class="visually-hidden" for=field("done")>{i18n.text(|m| m.journey.objective_done)} {i18n.colon()} {name}</label>
            <div class="objective-fields">
                <label class="small" for=field("text")>{i18n.text(|m| m.journey.objective_text)}</label>
                <input type="text" maxlength=TEXT id=field("text") prop:value=move || objective.with(|o| o.text.clone())
                    on:input=move |ev| { let t = event_target_value(&ev); e2(Box::new(move |o| o.text = t)) }/>
                <div class="row">
                    <label class="small">{i18n.text(|m| m.journey.owner)}
                        <input type="text" maxlength=NAME prop:value=move || objective.with(|o| o.owner.clone())
                            on:input=move |ev| { let t = event_target_value(&ev); e3(Box::new(move |o| o.owner = t)) }/>
                    </label>
                    <label class="small">{i18n.text(|m| m.journey.objective_due)}
                        <input type="date" prop:value=move || objective.with(|o| o.due.clone().unwrap_or_default())
                            on:change=move |ev| { let d = event_target_value(&ev); e4(Box::new(move |o| o.due = (!d.is_empty()).then_some(d))) }/>
                    </label>
                </div>
            </div>
            <div class="objective-actions">
                <button type="button" class="secondary small" on:click=move |_| r1(-1)
                    aria-label=move || format!("{}: {}", i18n.t().journey.move_up, name())>"↑"</button>
                <button type="button" class="secondary small" on:click=move |_| r2(1)
                    aria-label=move || format!("{}: {}", i18n.t().journey.move_down, name())>"↓"</button>
                <button type="button" class="secondary small" on:click=remove
                    aria-label=move || format!("{}: {}", i18n.t().journey.delete, name())>"✕"</button>
            </div>
        </li>
    }
}
