use crate::components::{CollectPreview, ImportPreview};
use crate::i18n::{use_i18n, I18n};
use crate::state::{use_state, AppState};
use ggi_core::board_import::{self, BoardFile, BoardImport};
use ggi_core::i18n::fill;
use ggi_core::import::{self, preview, Imported};
use ggi_core::schema::Document;
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
        /// For My GGI Board files: what was mapped and what was kept in the notes.
        board: Option<Box<BoardImport>>,
    },
    /// Several files at once, each read into a document or refused with its message.
    Collecting(Vec<(String, Result<Document, String>)>),
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
            if let Some(list) = input.files() {
                take_all(list, state, i18n, stage);
            }
            // Choosing the same file again must start a new import.
            input.set_value("");
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        over.set(false);
        if let Some(list) = ev.data_transfer().and_then(|d| d.files()) {
            take_all(list, state, i18n, stage);
        }
    };
    let on_drag_over = move |ev: leptos::ev::DragEvent| {
        // Without this the browser opens the dropped file instead of handing it to the page.
        ev.prevent_default();
        over.set(true);
    };
    let undo = move |_| {
        let redo = state.undo_kind() == Some(true);
        if state.undo_import() {
            let t = i18n.t();
            let message = if redo {
                t.safety().redone
            } else {
                t.data().undone
            };
            state.notice.set(Some(message.to_string()));
        }
    };
    let undo_label = move || {
        let t = i18n.t();
        if state.undo_kind() == Some(true) {
            t.safety().redo
        } else {
            t.data().undo
        }
    };

    let status = move || {
        match stage.get() {
        ImportStage::Idle => ().into_any(),
        ImportStage::Reading(file) => {
            view! { <p>{fill(i18n.t().data().reading, &[("file", &file)])}</p> }.into_any()
        }
        ImportStage::Refused { file, message } => view! {
            <div class="import-error">
                <p><strong>{fill(i18n.t().data().import_failed, &[("file", &file)])}</strong></p>
                <p>{message}</p>
            </div>
        }
        .into_any(),
        ImportStage::Ready {
            file,
            imported,
            preview,
            board,
        } => view! {
            <ImportPreview file=file imported=*imported preview=*preview stage=stage board=board.map(|b| *b)/>
        }
        .into_any(),
        ImportStage::Collecting(files) => {
            view! { <CollectPreview files=files stage=stage/> }.into_any()
        }
    }
    };

    view! {
        <section class="panel" aria-labelledby="import-heading">
            <h2 id="import-heading">{i18n.text(|m| m.data().import_heading)}</h2>
            <p>{i18n.text(|m| m.data().import_intro)}</p>
            <p class="muted">{i18n.text(|m| m.merge().several_hint)}</p>
            <p class="muted">{i18n.text(|m| m.bridges().hint)}</p>
            <div
                class="drop-zone"
                class:drop-over=move || over.get()
                on:dragover=on_drag_over
                on:dragleave=move |_| over.set(false)
                on:drop=on_drop
            >
                <label for="import-file">{i18n.text(|m| m.data().choose_file)}</label>
                <input type="file" id="import-file" multiple accept=".json,application/json,.csv,text/csv" on:change=on_pick/>
                <p class="muted">{i18n.text(|m| m.data().drop_zone)}</p>
            </div>
            {status}
            <Show when=move || state.can_undo()>
                <div class="actions">
                    <button type="button" id="import-undo" on:click=undo aria-describedby="import-undo-note">{undo_label}</button>
                </div>
                <p class="muted small" id="import-undo-note">{i18n.text(|m| m.safety().undo_until_change)}</p>
            </Show>
        </section>
    }
}

/// One file goes through the single-file preview; several are collected.
fn take_all(list: web_sys::FileList, state: AppState, i18n: I18n, stage: RwSignal<ImportStage>) {
    let files: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
    match files.len() {
        0 => {}
        1 => take(files[0].clone(), state, i18n, stage),
        n => {
            stage.set(ImportStage::Reading(
                files
                    .iter()
                    .map(|f| f.name())
                    .collect::<Vec<_>>()
                    .join(", "),
            ));
            spawn_local(async move {
                let mut texts = Vec::with_capacity(n);
                for file in files {
                    texts.push((file.name(), text_of(file, i18n).await));
                }
                // My GGI Board's files describe one project together: one preview for all.
                let board = texts
                    .iter()
                    .any(|(_, t)| t.as_ref().is_ok_and(|t| board_import::is_board_file(t)));
                if board {
                    let names = texts.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
                    let mut read = Vec::with_capacity(n);
                    for (name, text) in texts {
                        match text {
                            Ok(text) => read.push((name, text)),
                            Err(message) => {
                                refuse_in(state, i18n, stage, name, message);
                                return;
                            }
                        }
                    }
                    from_board(&names.join(", "), &read, state, i18n, stage);
                    return;
                }
                let catalogue = state.catalogue.get_untracked();
                let read = texts
                    .into_iter()
                    .map(|(name, text)| {
                        let document = text.and_then(|text| {
                            import::read(&text, &catalogue)
                                .map(|imported| imported.document)
                                .map_err(|e| e.localized(i18n.t().data()))
                        });
                        (name, document)
                    })
                    .collect();
                stage.set(ImportStage::Collecting(read));
            });
        }
    }
}

/// Reads one of several files: its text, or the message saying why not.
async fn text_of(file: web_sys::File, i18n: I18n) -> Result<String, String> {
    import::check_size(file.size() as usize).map_err(|e| e.localized(i18n.t().data()))?;
    wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|v| v.as_string())
        .ok_or_else(|| i18n.t().data().read_failed.to_string())
}

fn refuse_in(
    state: AppState,
    i18n: I18n,
    stage: RwSignal<ImportStage>,
    file: String,
    message: String,
) {
    let headline = fill(i18n.t().data().import_failed, &[("file", &file)]);
    state.notice.set(Some(format!("{headline} {message}")));
    stage.set(ImportStage::Refused { file, message });
}

/// My GGI Board's files: read together into one workspace, then the same preview as any file
/// (its document is checked by the same importer), with what was mapped and kept in the notes.
fn from_board(
    label: &str,
    texts: &[(String, String)],
    state: AppState,
    i18n: I18n,
    stage: RwSignal<ImportStage>,
) {
    let catalogue = state.catalogue.get_untracked();
    let files: Vec<BoardFile> = texts
        .iter()
        .map(|(name, text)| BoardFile { name, text })
        .collect();
    let now = crate::browser::now();
    let token = crate::browser::token();
    let options = board_import::Options {
        name: "",
        now: &now,
        token: &token,
        messages: i18n.t_untracked(),
    };
    let mut board = match board_import::read(&files, &catalogue, &options) {
        Ok(board) => board,
        Err(e) => {
            let message = e.localized(i18n.t().bridges());
            refuse_in(state, i18n, stage, label.to_string(), message);
            return;
        }
    };
    // Merging brings the board into the workspace being worked on.
    if let Some(current) = state.document.with_untracked(|d| d.active().cloned()) {
        board.aim_at(&current);
    }
    // The same meaning checks as every import file (limits, dates, ids).
    let mut document = board.document.clone();
    match import::checked(&mut document, &catalogue, "") {
        Err(e) => refuse_in(
            state,
            i18n,
            stage,
            label.to_string(),
            e.localized(i18n.t().data()),
        ),
        Ok(warnings) => {
            let imported = Imported {
                document,
                from_version: ggi_core::schema::SCHEMA_VERSION,
                // Made now, by this app: not an export of some version.
                exported_at: None,
                written: None,
                warnings,
            };
            let preview = state
                .document
                .with_untracked(|d| preview::preview(&imported.document, d, &catalogue));
            stage.set(ImportStage::Ready {
                file: label.to_string(),
                imported: Box::new(imported),
                preview: Box::new(preview),
                board: Some(Box::new(board)),
            });
        }
    }
}

/// Checks the size, reads the text and validates it; shows a preview or a precise refusal.
fn take(file: web_sys::File, state: AppState, i18n: I18n, stage: RwSignal<ImportStage>) {
    let name = file.name();
    let refuse = move |file: String, message: String| {
        let t = i18n.t();
        let headline = fill(t.data().import_failed, &[("file", &file)]);
        state.notice.set(Some(format!("{headline} {message}")));
        stage.set(ImportStage::Refused { file, message });
    };
    // The size is known before reading: a huge file is never loaded into memory.
    if let Err(e) = import::check_size(file.size() as usize) {
        refuse(name, e.localized(i18n.t().data()));
        return;
    }
    stage.set(ImportStage::Reading(name.clone()));
    spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|v| v.as_string());
        let Some(text) = text else {
            refuse(name, i18n.t().data().read_failed.to_string());
            return;
        };
        if board_import::is_board_file(&text) {
            from_board(&name.clone(), &[(name, text)], state, i18n, stage);
            return;
        }
        let catalogue = state.catalogue.get_untracked();
        match import::read(&text, &catalogue) {
            Err(e) => refuse(name, e.localized(i18n.t().data())),
            Ok(imported) => {
                let preview = state
                    .document
                    .with_untracked(|d| preview::preview(&imported.document, d, &catalogue));
                stage.set(ImportStage::Ready {
                    file: name,
                    imported: Box::new(imported),
                    preview: Box::new(preview),
                    board: None,
                });
            }
        }
    });
}
