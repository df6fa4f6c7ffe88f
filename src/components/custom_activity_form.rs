use crate::browser;
use crate::components::CharCount;
use crate::i18n::use_i18n;
use crate::router::navigate;
use crate::state::use_state;
use ggi_core::journey;
use ggi_core::limits::{NAME, TEXT};
use ggi_core::route::Route;
use leptos::prelude::*;

/// Adds an activity of the organisation's own to a goal and opens it.
#[component]
pub fn CustomActivityForm() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_state();
    let (title, set_title) = signal(String::new());
    let (goal, set_goal) = signal(String::new());
    let (description, set_description) = signal(String::new());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let goal = Some(goal.get_untracked())
            .filter(|g| !g.is_empty())
            .or_else(|| {
                state
                    .catalogue
                    .with_untracked(|c| c.goals.first().map(|g| g.id.clone()))
            })
            .unwrap_or_default();
        let mut created = None;
        state.update_workspace(|w| {
            created = journey::add_custom_activity(
                w,
                &goal,
                &title.get_untracked(),
                &description.get_untracked(),
                &browser::token(),
            )
        });
        if let Some(id) = created {
            set_title.set(String::new());
            set_description.set(String::new());
            navigate(&Route::Activity(id));
        }
    };
    view! {
        <section class="panel" aria-labelledby="custom-heading">
            <h2 id="custom-heading">{i18n.text(|m| m.catalogue.add_custom)}</h2>
            <p class="muted small">{i18n.text(|m| m.catalogue.add_custom_intro)}</p>
            <form class="field-grid" on:submit=submit>
                <label class="field"><span>{i18n.text(|m| m.catalogue.custom_title)}</span>
                    <input type="text" required maxlength=NAME prop:value=move || title.get() on:input=move |ev| set_title.set(event_target_value(&ev))/>
                    <CharCount text=title max=NAME/></label>
                <label class="field"><span>{i18n.text(|m| m.catalogue.custom_goal)}</span>
                    <select on:change=move |ev| set_goal.set(event_target_value(&ev))>
                        {move || state.catalogue.with(|c| c.goals.iter().map(|g| view! { <option value=g.id.clone()>{g.name.clone()}</option> }).collect_view())}
                    </select></label>
                <label class="field wide"><span>{i18n.text(|m| m.catalogue.custom_description)}</span>
                    <textarea rows="2" maxlength=TEXT prop:value=move || description.get() on:input=move |ev| set_description.set(event_target_value(&ev))></textarea>
                    <CharCount text=description max=TEXT/></label>
                <div class="actions"><button type="submit">{i18n.text(|m| m.catalogue.add)}</button></div>
            </form>
        </section>
    }
}
