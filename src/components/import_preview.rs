use crate::components::import_panel::ImportStage;
use crate::components::status_badge::status_label;
use crate::components::{BoardSummary, MergeSummary};
use crate::i18n::use_i18n;
use crate::state::use_state;
use ggi_core::collect;
use ggi_core::i18n::{date, fill};
use ggi_core::import::preview::{Preview, WorkspacePreview};
use ggi_core::import::{self, Imported};
use ggi_core::merge;
use leptos::prelude::*;

/// What a valid import file holds and what merging it would do, with Replace, Merge, Cancel.
#[component]
pub fn ImportPreview(
    file: String,
    imported: Imported,
    preview: Preview,
    stage: RwSignal<ImportStage>,
    /// For My GGI Board files: what was mapped and kept in the notes.
    #[prop(optional_no_strip)]
    board: Option<ggi_core::board_import::BoardImport>,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_state();
    let t = move || i18n.t();

    let made = imported.exported_at.clone().map(|at| {
        let version = imported.document.app_version.clone();
        move || {
            fill(
                t().data().preview_made,
                &[("when", &date(i18n.lang.get(), &at)), ("version", &version)],
            )
        }
    });
    let found = imported.warnings.clone();
    let finish = {
        let file = file.clone();
        move |how: How| {
            let incoming = imported.document.clone();
            let catalogue = state.catalogue.get_untracked();
            let next = match how {
                How::Replace => incoming,
                How::Merge => state
                    .document
                    .with_untracked(|d| merge::merge(d, &incoming, &catalogue).0),
                How::Workspaces => {
                    let mut next = state.document.get_untracked();
                    collect::add_as_workspaces(&mut next, &incoming);
                    next
                }
            };
            // Two files within the caps can make a record beyond them, which could no longer
            // be exported and imported back.
            if let Err(e) = import::within_caps(&next) {
                let message = e.localized(t().data());
                let refused = fill(t().data().import_failed, &[("file", &file)]);
                state.notice.set(Some(format!("{refused} {message}")));
                stage.set(ImportStage::Refused {
                    file: file.clone(),
                    message,
                });
                return;
            }
            let message = if !state.replace_document(next) {
                t().data().import_blocked
            } else {
                match how {
                    How::Replace => t().data().replaced,
                    How::Merge => t().data().merged,
                    How::Workspaces => t().merge().added_as_workspaces,
                }
            };
            state.notice.set(Some(fill(message, &[("file", &file)])));
            stage.set(ImportStage::Idle);
            focus_soon("import-undo");
        }
    };
    let replace = {
        let finish = finish.clone();
        move |_| finish(How::Replace)
    };
    let add = {
        let finish = finish.clone();
        move |_| finish(How::Workspaces)
    };
    let merge_in = move |_| finish(How::Merge);
    let cancel = move |_| {
        state.notice.set(Some(t().data().cancelled.to_string()));
        stage.set(ImportStage::Idle);
        focus_soon("import-file");
    };

    let warnings = (!found.is_empty()).then(|| {
        let items = found
            .into_iter()
            .map(|w| view! { <li>{move || w.localized(t().safety())}</li> })
            .collect_view();
        view! {
            <div class="import-warnings" role="note">
                <h4>{move || t().safety().warnings_heading}</h4>
                <ul>{items}</ul>
            </div>
        }
    });
    let workspaces = preview
        .workspaces
        .into_iter()
        .map(workspace_view)
        .collect_view();

    view! {
        <div class="import-preview">
            <h3>{move || fill(t().data().preview_heading, &[("file", &file)])}</h3>
            {made.map(|made| view! { <p class="muted">{made}</p> })}
            {board.map(|board| view! { <BoardSummary board=board/> })}
            {warnings}
            {workspaces}
            <h4>{move || t().data().merge_heading}</h4>
            <MergeSummary report=preview.merge/>
            <p>{move || t().data().replace_explain}</p>
            <div class="actions">
                <button type="button" on:click=replace>{move || t().data().replace}</button>
                <button type="button" on:click=merge_in>{move || t().data().merge}</button>
                <button type="button" on:click=add>{move || t().merge().add_as_workspace}</button>
                <button type="button" on:click=cancel>{move || t().data().cancel}</button>
            </div>
        </div>
    }
}

#[derive(Clone, Copy)]
enum How {
    Replace,
    Merge,
    Workspaces,
}

// The buttons that had focus disappear with the preview: keyboard users land on what follows.
pub(crate) fn focus_soon(id: &'static str) {
    request_animation_frame(move || {
        use wasm_bindgen::JsCast;
        let element = document()
            .get_element_by_id(id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = element {
            let _ = element.focus();
        }
    });
}

fn workspace_view(ws: WorkspacePreview) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t();
    let counts = {
        let ws = ws.clone();
        move || ws.counts(t().data())
    };
    let list = if ws.activities.is_empty() {
        view! { <p class="muted">{move || t().data().preview_nothing}</p> }.into_any()
    } else {
        let items = ws
            .activities
            .into_iter()
            .map(|a| {
                let score = a.score;
                let line = move || {
                    fill(
                        t().data().preview_activity,
                        &[
                            ("status", status_label(t(), score.status)),
                            ("done", &score.points.done.to_string()),
                            ("total", &score.points.total.to_string()),
                        ],
                    )
                };
                view! { <li><strong>{a.id}</strong> " " {a.title} {t().lang.colon()} {line}</li> }
            })
            .collect_view();
        view! { <ul class="import-activities">{items}</ul> }.into_any()
    };
    view! {
        <h4>{ws.name}</h4>
        {(!ws.organisation.is_empty()).then(|| view! { <p>{ws.organisation}</p> })}
        <p>{counts}</p>
        {list}
    }
}
