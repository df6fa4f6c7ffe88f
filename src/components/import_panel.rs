use crate::components::ImportPreview;
use crate::i18n::{use_i18n, I18n};
use crate::state::{use_state, AppState};
use ggi_core::i18n::fill;
use ggi_core::import::{self, preview, Imported};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

/// Where an import stands. Nothing in the user's data changes before `Ready` is confirmed.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportStage {
    Idle,
    Reading(String),
    /// The file was refused: `message` says what is wrong and where.
    Refused {
        file: String,
        message: String,
    },
    Ready {
        file: String,
        imported: Box<Imported>,
        preview: Box<preview::Preview>,
    },
}

/// Import by file picker or drag-and-drop, with a preview, then replace or merge, and undo.
#[component]
pub fn ImportPanel() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_state();
    let stage = RwSignal::new(ImportStage::Idle);
    let over = RwSignal::new(false);

    let on_pick = move |ev: leptos::ev::Event| {
        let input = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(input) = input {
            if let Some(file) = input.files().and_then(|list| list.get(0)) {
                take(file, state, i18n, stage);
            }
            // Choosing the same file again must start a new import.
            input.set_value("");
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        over.set(false);
        let file = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|list| list.get(0));
        if let Some(file) = file {
            take(file, state, i18n, stage);
        }
    };
    let on_drag_over = move |ev: leptos::ev::DragEvent| {
        // Without this the browser opens the dropped file instead of handing it to the page.
        ev.prevent_default();
        over.set(true);
    };
    let undo = move |_| {
        if state.undo_import() {
            state.notice.set(Some(i18n.t().data.undone.to_string()));
        }
    };

    let status = move || match stage.get() {
        ImportStage::Idle => ().into_any(),
        ImportStage::Reading(file) => {
            view! { <p>{fill(i18n.t().data.reading, &[("file", &file)])}</p> }.into_any()
        }
        ImportStage::Refused { file, message } => view! {
            <div class="import-error">
                <p><strong>{fill(i18n.t().data.import_failed, &[("file", &file)])}</strong></p>
                <p>{message}</p>
            </div>
        }
        .into_any(),
        ImportStage::Ready {
            file,
            imported,
            preview,
        } => view! {
            <ImportPreview file=file imported=*imported preview=*preview stage=stage/>
        }
        .into_any(),
    };

    view! {
        <section class="panel" aria-labelledby="import-heading">
            <h2 id="import-heading">{i18n.text(|m| m.data.import_heading)}</h2>
            <p>{i18n.text(|m| m.data.import_intro)}</p>
            <div
                class="drop-zone"
                class:drop-over=move || over.get()
                on:dragover=on_drag_over
                on:dragleave=move |_| over.set(false)
                on:drop=on_drop
            >
                <label for="import-file">{i18n.text(|m| m.data.choose_file)}</label>
                <input type="file" id="import-file" accept=".json,application/json" on:change=on_pick/>
                <p class="muted">{i18n.text(|m| m.data.drop_zone)}</p>
            </div>
            {status}
            <Show when=move || state.can_undo()>
                <div class="actions">
                    <button type="button" id="import-undo" on:click=undo>{i18n.text(|m| m.data.undo)}</button>
                </div>
            </Show>
        </section>
    }
}

/// Checks the size, reads the text and validates it; shows a preview or a precise refusal.
fn take(file: web_sys::File, state: AppState, i18n: I18n, stage: RwSignal<ImportStage>) {
    let name = file.name();
    let refuse = move |file: String, message: String| {
        let t = i18n.t();
        let headline = fill(t.data.import_failed, &[("file", &file)]);
        state.notice.set(Some(format!("{headline} {message}")));
        stage.set(ImportStage::Refused { file, message });
    };
    // The size is known before reading: a huge file is never loaded into memory.
    if let Err(e) = import::check_size(file.size() as usize) {
        refuse(name, e.localized(&i18n.t().data));
        return;
    }
    stage.set(ImportStage::Reading(name.clone()));
    spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|v| v.as_string());
        let Some(text) = text else {
            refuse(name, i18n.t().data.read_failed.to_string());
            return;
        };
        let catalogue = state.catalogue.get_untracked();
        match import::read(&text, &catalogue) {
            Err(e) => refuse(name, e.localized(&i18n.t().data)),
            Ok(imported) => {
                let preview = state
                    .document
                    .with_untracked(|d| preview::preview(&imported.document, d, &catalogue));
                stage.set(ImportStage::Ready {
                    file: name,
                    imported: Box::new(imported),
                    preview: Box::new(preview),
                });
            }
        }
    });
}
