use crate::components::MarkdownField;
use crate::i18n::use_i18n;
use crate::state::use_state;
use ggi_core::i18n::Messages;
use ggi_core::progress::Scorecard;
use leptos::prelude::*;

type Field = (
    &'static str,
    fn(&Messages) -> &'static str,
    fn(&Scorecard) -> &String,
    fn(&mut Scorecard) -> &mut String,
);

/// The handbook's Customised Activity Scorecard for one activity (objectives are separate).
#[component]
pub fn ScorecardEditor(activity: String) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_state();
    let fields: [Field; 4] = [
        (
            "description",
            |t| t.journey.sc_description,
            |s| &s.description,
            |s| &mut s.description,
        ),
        (
            "opportunity",
            |t| t.journey.sc_opportunity,
            |s| &s.opportunity,
            |s| &mut s.opportunity,
        ),
        (
            "tools",
            |t| t.journey.sc_tools,
            |s| &s.tools,
            |s| &mut s.tools,
        ),
        (
            "notes",
            |t| t.journey.sc_notes,
            |s| &s.notes,
            |s| &mut s.notes,
        ),
    ];
    let editors = fields
        .into_iter()
        .map(|(key, label, get, set)| {
            let (read_id, write_id) = (activity.clone(), activity.clone());
            let value = Signal::derive(move || {
                state.with_progress(&read_id, |p| p.map(|p| get(&p.scorecard).clone()).unwrap_or_default())
            });
            let on_change = Callback::new(move |text: String| {
                state.update_progress(&write_id, |p| *set(&mut p.scorecard) = text);
            });
            view! {
                <MarkdownField id=format!("sc-{key}") label=Signal::derive(move || label(i18n.t()).to_string())
                    value=value on_change=on_change/>
            }
        })
        .collect_view();
    view! {
        <h3>{i18n.text(|m| m.journey.scorecard)}</h3>
        <p class="muted small">{i18n.text(|m| m.journey.scorecard_intro)}</p>
        {editors}
    }
}
