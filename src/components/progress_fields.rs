use crate::components::status_badge::{status_label, status_slug};
use crate::i18n::use_i18n;
use crate::state::use_state;
use ggi_core::limits::{NAME, TEXT};
use ggi_core::progress::{Priority, Status};
use leptos::prelude::*;

/// Status (with a reason when not applicable), priority, owner and target date of an activity.
#[component]
pub fn ProgressFields<F>(activity: String, status: Signal<Status>, on_status: F) -> impl IntoView
where
    F: Fn(leptos::ev::Event) + 'static,
{
    let i18n = use_i18n();
    let state = use_state();
    let progress = {
        let activity = activity.clone();
        Memo::new(move |_| state.progress(&activity))
    };
    let set = move |change: Box<dyn FnOnce(&mut ggi_core::progress::ActivityProgress)>| {
        state.update_progress(&activity, change);
    };
    let (s1, s2, s3, s4) = (set.clone(), set.clone(), set.clone(), set);
    let priorities = [
        (None, "none"),
        (Some(Priority::High), "high"),
        (Some(Priority::Medium), "medium"),
        (Some(Priority::Low), "low"),
    ];

    view! {
        <div class="field-grid">
            <label class="field">
                <span>{i18n.text(|m| m.journey.status)}</span>
                <select on:change=on_status>
                    {Status::ALL.into_iter().map(|s| view! {
                        <option value=status_slug(s) selected=move || status.get() == s>
                            {move || status_label(i18n.t(), s)}
                        </option>
                    }).collect_view()}
                </select>
            </label>
            <label class="field">
                <span>{i18n.text(|m| m.status.priority)}</span>
                <select on:change=move |ev| {
                    let v = event_target_value(&ev);
                    let p = priorities.iter().find(|(_, k)| *k == v).and_then(|(p, _)| *p);
                    s1(Box::new(move |x| x.priority = p));
                }>
                    {priorities.into_iter().map(|(p, key)| view! {
                        <option value=key selected=move || progress.with(|x| x.priority == p)>
                            {move || { let t = &i18n.t().status; match p {
                                None => t.priority_none, Some(Priority::High) => t.high,
                                Some(Priority::Medium) => t.medium, Some(Priority::Low) => t.low } }}
                        </option>
                    }).collect_view()}
                </select>
            </label>
            <label class="field">
                <span>{i18n.text(|m| m.journey.owner)}</span>
                <input type="text" maxlength=NAME prop:value=move || progress.with(|x| x.owner.clone())
                    on:input=move |ev| { let t = event_target_value(&ev); s2(Box::new(move |x| x.owner = t)) }/>
            </label>
            <label class="field">
                <span>{i18n.text(|m| m.journey.target_date)}</span>
                <input type="date" prop:value=move || progress.with(|x| x.target_date.clone().unwrap_or_default())
                    on:change=move |ev| { let d = event_target_value(&ev); s3(Box::new(move |x| x.target_date = (!d.is_empty()).then_some(d))) }/>
            </label>
        </div>
        <Show when=move || status.get() == Status::NotApplicable>
            <label class="field wide">
                <span>{i18n.text(|m| m.journey.not_applicable_reason)}</span>
                <input type="text" maxlength=TEXT prop:value=move || progress.with(|x| x.not_applicable_reason.clone())
                    on:input={ let s4 = s4.clone(); move |ev| { let t = event_target_value(&ev); s4(Box::new(move |x| x.not_applicable_reason = t)) } }/>
            </label>
        </Show>
    }
}
