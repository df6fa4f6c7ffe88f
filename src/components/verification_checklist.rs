use crate::browser;
use crate::i18n::use_i18n;
use crate::state::use_state;
use ggi_core::catalogue::{Activity, VerificationPoint};
use ggi_core::i18n::fill;
use ggi_core::journey;
use ggi_core::limits::TEXT;
use leptos::prelude::*;

/// The activity's verification points (the catalogue's and the organisation's own) as
/// checkboxes, each with its evidence, the date it was ticked and, if enabled, a 0–5 rating.
#[component]
pub fn VerificationChecklist(activity: Activity) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_state();
    let id = activity.id.clone();
    let (draft, set_draft) = signal(String::new());

    let points = {
        let activity = activity.clone();
        Memo::new(move |_| {
            let custom = state.progress(&activity.id).custom_points;
            let mut all: Vec<(VerificationPoint, bool)> = activity
                .verification_points
                .iter()
                .cloned()
                .map(|v| (v, false))
                .collect();
            all.extend(custom.into_iter().map(|v| (v, true)));
            all
        })
    };
    let summary = {
        let activity = activity.clone();
        move || {
            let p = state.progress(&activity.id);
            let score = ggi_core::scoring::activity_score(&activity, Some(&p));
            fill(
                i18n.t().journey.points_met,
                &[
                    ("done", &score.points.done.to_string()),
                    ("total", &score.points.total.to_string()),
                ],
            )
        }
    };
    let add = {
        let id = id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let text = draft.get_untracked();
            let (now, token) = (browser::now(), browser::token());
            state.update_workspace(|w| {
                journey::add_custom_point(w, &id, &text, &now, &token);
            });
            set_draft.set(String::new());
        }
    };

    view! {
        <h3>{i18n.text(|m| m.catalogue.verification_points)}</h3>
        <p class="muted">{i18n.text(|m| m.catalogue.verification_intro)} " " <strong>{summary}</strong></p>
        <ul class="checklist">
            <For each=move || points.get() key=|(vp, _)| vp.id.clone() let:item>
                <PointRow activity=id.clone() point=item.0 custom=item.1/>
            </For>
        </ul>
        <form class="inline-form" on:submit=add>
            <label for="custom-point">{i18n.text(|m| m.journey.custom_point_label)}</label>
            <input id="custom-point" type="text" maxlength=TEXT prop:value=move || draft.get()
                on:input=move |ev| set_draft.set(event_target_value(&ev))/>
            <button type="submit">{i18n.text(|m| m.journey.custom_point)}</button>
        </form>
    }
}

type WorkspaceChange = Box<dyn FnOnce(&mut ggi_core::schema::Workspace, &str)>;

#[component]
fn PointRow(activity: String, point: VerificationPoint, custom: bool) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_state();
    let key = point.id.clone();
    let check = {
        let (activity, key) = (activity.clone(), key.clone());
        Memo::new(move |_| {
            state.with_progress(&activity, |p| {
                p.and_then(|p| p.verification.get(&key).cloned())
                    .unwrap_or_default()
            })
        })
    };
    let ratings = Memo::new(move |_| state.document.with(|d| d.settings.ratings));
    let act = move |f: WorkspaceChange| {
        let now = browser::now();
        state.update_workspace(|w| f(w, &now));
    };
    let (a, k) = (activity.clone(), key.clone());
    let on_tick = move |ev: leptos::ev::Event| {
        let met = event_target_checked(&ev);
        let today = browser::today();
        let (a, k) = (a.clone(), k.clone());
        act(Box::new(move |w, now| {
            journey::set_point(w, &a, &k, met, &today, now)
        }));
    };
    let (a, k) = (activity.clone(), key.clone());
    let on_evidence = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let (a, k) = (a.clone(), k.clone());
        act(Box::new(move |w, now| {
            journey::set_evidence(w, &a, &k, &text, now)
        }));
    };
    let (a, k) = (activity.clone(), key.clone());
    let on_date = move |ev: leptos::ev::Event| {
        let date = event_target_value(&ev);
        let (a, k) = (a.clone(), k.clone());
        act(Box::new(move |w, now| {
            if let Some(c) = journey::progress_mut(w, &a, now).verification.get_mut(&k) {
                c.date = (!date.is_empty()).then_some(date);
            }
        }));
    };
    let (a, k) = (activity.clone(), key.clone());
    let on_rating = move |ev: leptos::ev::Event| {
        let rating = event_target_value(&ev).parse::<u8>().ok();
        let (a, k) = (a.clone(), k.clone());
        act(Box::new(move |w, now| {
            journey::set_rating(w, &a, &k, rating, now)
        }));
    };
    let (a, k) = (activity.clone(), key.clone());
    let remove = move |_| {
        let (a, k) = (a.clone(), k.clone());
        act(Box::new(move |w, now| {
            journey::remove_custom_point(w, &a, &k, now)
        }));
    };
    let field = |name: &str| format!("{name}-{}", point.id);
    let text = point.text.clone();

    view! {
        <li class="checklist-item">
            <input type="checkbox" id=field("vp") prop:checked=move || check.with(|c| c.met) on:change=on_tick/>
            <label for=field("vp")>
                {point.text.clone()}
                {custom.then(|| view! { " " <span class="tag">{i18n.text(|m| m.journey.custom_mark)}</span> })}
            </label>
            <div class="point-details">
                <label class="small">{i18n.text(|m| m.journey.evidence)}
                    <input type="text" maxlength=TEXT prop:value=move || check.with(|c| c.evidence.clone()) on:input=on_evidence/>
                </label>
                <Show when=move || check.with(|c| c.met)>
                    <label class="small">{i18n.text(|m| m.journey.date_ticked_label)}
                        <input type="date" prop:value=move || check.with(|c| c.date.clone().unwrap_or_default())
                            on:change=on_date.clone()/>
                    </label>
                </Show>
                <Show when=move || ratings.get()>
                    <label class="small">{i18n.text(|m| m.journey.rating)}
                        <select on:change=on_rating.clone()>
                            <option value="" selected=move || check.with(|c| c.rating.is_none())>{i18n.text(|m| m.journey.rating_none)}</option>
                            {(0u8..=5).map(|r| view! {
                                <option value=r.to_string() selected=move || check.with(|c| c.rating == Some(r))>{r}</option>
                            }).collect_view()}
                        </select>
                    </label>
                </Show>
                {custom.then(|| view! {
                    <button type="button" class="secondary small" on:click=remove.clone()
                        aria-label=format!("{}: {}", i18n.t().journey.remove_point, text)>
                        {i18n.text(|m| m.journey.delete)}
                    </button>
                })}
            </div>
        </li>
    }
}
