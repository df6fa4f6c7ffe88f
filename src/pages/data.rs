//! The data page: where the data is stored, export, import (with preview and undo).

use crate::browser;
use crate::components::{
    durability_part, ExportPanel, ImportPanel, OrphanedProgress, SettingsPanel,
};
use crate::i18n::{use_i18n, I18n};
use crate::state::{use_state, AppState, DurabilitySlot, Part, Persistence};
use ggi_core::export;
use ggi_core::i18n::{date, fill};
use leptos::prelude::*;

/// Downloads the whole state as an export file and says so in the live region.
pub fn export_everything(state: AppState, i18n: I18n) {
    export_file(state, i18n, None);
}

/// Downloads the whole state (`workspace: None`) or one workspace, named after it and today. An
/// export of the whole record is noted as the last backup (`state::Durability`).
pub fn export_file(state: AppState, i18n: I18n, workspace: Option<String>) {
    // A change still waiting for its save is saved first: the export then holds exactly the
    // stored revision, and "changes since" counts from it.
    if matches!(state.persistence.get_untracked(), Persistence::Pending) {
        state.save_now();
    }
    let now = browser::now();
    let (file, label) = state.document.with_untracked(|d| {
        let label = workspace
            .as_deref()
            .and_then(|id| d.workspace(id))
            .map_or_else(|| "all".to_string(), |w| w.name.clone());
        (export::export(d, workspace.as_deref(), &now), label)
    });
    let name = export::file_name(&label, &browser::today());
    let t = i18n.t();
    let message = if browser::download(&name, "application/json", &export::to_json(&file)) {
        if let Some(slot) = use_context::<DurabilitySlot>() {
            slot.exported((name.clone(), now.clone(), workspace.clone()));
        }
        fill(t.data().exported, &[("file", &name)])
    } else {
        t.data().export_failed.to_string()
    };
    state.notice.set(Some(message));
}

/// Export, import, recovery and storage status.
#[component]
pub fn DataPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_state();

    let storage_line = move || {
        let t = i18n.t();
        match state.persistence.get() {
            Persistence::Saved => t.data().state_saved.to_string(),
            Persistence::Pending => t.data().state_pending.to_string(),
            _ => t.data().save_failed_title.to_string(),
        }
    };
    let revision_line = move || {
        // Saving stamps the revision without notifying (typing must not re-render everything);
        // the persistence signal changes on every save, so follow it.
        state.persistence.track();
        let t = i18n.t();
        state.document.with(|d| match &d.saved_at {
            Some(at) => fill(
                t.data().revision,
                &[
                    ("n", &d.revision.to_string()),
                    ("when", &date(i18n.lang.get(), at)),
                ],
            ),
            None => t.data().never_saved.to_string(),
        })
    };

    view! {
        <h1 tabindex="-1">{i18n.text(|m| m.data().title)}</h1>
        <p class="lead">{i18n.text(|m| m.data().intro)}</p>
        <section class="panel" aria-labelledby="storage-heading">
            <h2 id="storage-heading">{i18n.text(|m| m.data().storage_state)}</h2>
            <p>{storage_line}</p>
            <p class="muted">{revision_line}</p>
        </section>
        {durability_part(Part::Panel)}
        <ExportPanel/>
        <ImportPanel/>
        <OrphanedProgress/>
        <SettingsPanel/>
    }
}
