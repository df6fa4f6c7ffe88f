use crate::i18n::use_i18n;
use crate::pages::data::export_everything;
use crate::state::{use_durability, use_state};
use ggi_core::durability::Backup;
use ggi_core::i18n::{date, fill};
use leptos::prelude::*;

/// The calm reminder to export, once the deployment's number of days and changes have passed
/// since the last export (`config.json`; 14 days and one change by default).
///
/// It comes the moment a change makes it due: above the page it pushed what the user had just
/// ticked down. So it floats over the bottom corner like WebKit's notice (`.banner-toast`),
/// moves nothing, takes no focus, and stays until used or put away.
#[component]
pub fn ExportReminder() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_state();
    let durability = use_durability();
    let text = move || {
        let d = durability?;
        let (t, lang) = (i18n.t().durability(), i18n.lang.get());
        let revision = d.revision.get();
        let synced = d.synced();
        d.record.with(|r| {
            let changes = t.changes_since(r.changes_since_backup(revision, synced.as_ref()));
            match (r.latest_backup(synced.as_ref()), &r.since) {
                (Some(Backup::Export(e)), _) => Some(fill(
                    t.reminder_exported,
                    &[("date", &date(lang, &e.at)), ("changes", &changes)],
                )),
                (Some(Backup::Sync(s)), _) => Some(fill(
                    t.reminder_synced,
                    &[
                        ("folder", &s.folder),
                        ("date", &date(lang, &s.at)),
                        ("changes", &changes),
                    ],
                )),
                (None, Some(since)) => {
                    Some(fill(t.reminder_never, &[("date", &date(lang, since))]))
                }
                (None, None) => None,
            }
        })
    };
    let not_now = move |_| {
        if let Some(d) = durability {
            d.dismiss_reminder();
        }
    };
    view! {
        <section class="banner banner-info banner-toast" aria-labelledby="export-reminder-title">
            <p id="export-reminder-title" class="banner-title"><strong>{i18n.text(|m| m.durability().reminder_title)}</strong></p>
            <p>{text}</p>
            <div class="actions">
                <button type="button" on:click=move |_| export_everything(state, i18n)>{i18n.text(|m| m.data().export_now)}</button>
                <button type="button" class="secondary" on:click=not_now>{i18n.text(|m| m.durability().not_now)}</button>
            </div>
        </section>
    }
}
