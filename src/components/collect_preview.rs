use crate::components::import_panel::ImportStage;
use crate::components::import_preview::focus_soon;
use crate::components::MergeSummary;
use crate::i18n::use_i18n;
use crate::state::use_state;
use ggi_core::collect::{self, FilePlan, Mode, Outcome};
use ggi_core::i18n::fill;
use ggi_core::schema::Document;
use leptos::prelude::*;

/// Several chosen files: each listed with what it brings or why it is skipped, added as
/// workspaces or merged (the user picks), and nothing changes until Import is pressed.
#[component]
pub fn CollectPreview(
    files: Vec<(String, Result<Document, String>)>,
    stage: RwSignal<ImportStage>,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_state();
    let t = move || i18n.t();
    let count = files.len();
    let files = StoredValue::new(files);
    let mode = RwSignal::new(Mode::Workspaces);
    let plan = Memo::new(move |_| {
        let mode = mode.get();
        state.document.with(|d| {
            state
                .catalogue
                .with(|c| files.with_value(|f| collect::plan(d, f, mode, c)))
        })
    });

    let confirm = move |_| {
        let plan = plan.get_untracked();
        let skipped = plan.refused().join(", ");
        let template = if !state.replace_document(plan.document) {
            t().data().import_blocked
        } else if mode.get_untracked() == Mode::Merge {
            t().merge().collected_merged
        } else {
            t().merge().collected_workspaces
        };
        let mut message = fill(template, &[("count", &plan.accepted.to_string())]);
        if !skipped.is_empty() {
            message = format!(
                "{message} {}",
                fill(t().merge().skipped, &[("files", &skipped)])
            );
        }
        state.notice.set(Some(message));
        stage.set(ImportStage::Idle);
        focus_soon("import-undo");
    };
    let cancel = move |_| {
        state.notice.set(Some(t().data().cancelled.to_string()));
        stage.set(ImportStage::Idle);
        focus_soon("import-file");
    };
    let choice = move |value: Mode, label: fn(&ggi_core::i18n::Messages) -> &'static str| {
        view! {
            <label>
                <input type="radio" name="collect-mode"
                    prop:checked=move || mode.get() == value
                    on:change=move |_| mode.set(value)/>
                " " {move || label(t())}
            </label>
        }
    };
    let accepted = move || plan.with(|p| p.accepted);
    let any_valid = move || accepted() != 0;

    view! {
        <div class="import-preview">
            <h3>{move || fill(t().merge().collect_heading, &[("count", &count.to_string())])}</h3>
            <fieldset>
                <legend>{move || t().merge().collect_mode}</legend>
                {choice(Mode::Workspaces, |m| m.merge().mode_workspaces)}
                <br/>
                {choice(Mode::Merge, |m| m.merge().mode_merge)}
            </fieldset>
            {move || plan.with(|p| p.files.iter().cloned().map(file_view).collect_view())}
            <div class="actions">
                <Show
                    when=any_valid
                    fallback=move || view! { <p>{move || t().merge().collect_none}</p> }
                >
                    <button type="button" on:click=confirm>
                        {move || fill(t().merge().collect_confirm, &[("count", &accepted().to_string())])}
                    </button>
                </Show>
                <button type="button" on:click=cancel>{move || t().data().cancel}</button>
            </div>
        </div>
    }
}

fn file_view(file: FilePlan) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t();
    let holds = file
        .workspaces
        .into_iter()
        .map(|ws| {
            let counts = {
                let ws = ws.clone();
                move || ws.counts(t().data())
            };
            let organisation = (!ws.organisation.is_empty() && ws.organisation != ws.name)
                .then(|| format!(" ({})", ws.organisation));
            view! { <li><strong>{ws.name}</strong>{organisation} {t().lang.colon()} {counts}</li> }
        })
        .collect_view();
    let outcome = match file.outcome {
        Outcome::Refused(message) => view! {
            <p class="import-error">{move || fill(t().merge().file_refused, &[("message", &message)])}</p>
        }
        .into_any(),
        Outcome::TooMany(e) => view! {
            <p class="import-error">{move || fill(t().merge().file_refused, &[("message", &e.localized(t().data()))])}</p>
        }
        .into_any(),
        Outcome::Workspaces(added) => added
            .into_iter()
            .map(|a| {
                let line = move || {
                    if a.name == a.wanted {
                        fill(t().merge().becomes, &[("name", &a.name)])
                    } else {
                        fill(
                            t().merge().becomes_renamed,
                            &[("name", &a.name), ("from", &a.wanted)],
                        )
                    }
                };
                view! { <p>{line}</p> }
            })
            .collect_view()
            .into_any(),
        Outcome::Merged(report) => view! { <MergeSummary report=report/> }.into_any(),
    };
    let label = file.file.clone();
    view! {
        <section class="collect-file" aria-label=label>
            <h4>{file.file}</h4>
            <ul>{holds}</ul>
            {outcome}
        </section>
    }
}
