//! The sync indicator in the header, "Sync now", why a sync stopped, and the review of changes
//! made elsewhere at the same time. Part of the sync code's chunk (src/state/sync.rs).

use crate::browser::clock;
use crate::i18n::use_i18n;
use crate::state::sync::Engine;
use ggi_core::i18n::{fill, SyncMsgs};
use ggi_core::sync::{Conflict, ConflictKind, Indicator, Path, Side, Step, SyncError};
use leptos::prelude::*;
use serde_json::Value;

/// Mounts the indicator at the end of the header, under the current owner, for good. Its
/// place is made here, so a visit without sync carries none of it.
pub fn mount(engine: Engine) {
    let owner = Owner::current();
    leptos::task::spawn_local(async move {
        let (Some(place), Some(owner)) = (header_place().await, owner) else {
            return;
        };
        owner.with(|| {
            use leptos::tachys::view::{Mountable, Render};
            let mut status = view! { <SyncStatus engine=engine/> }.into_view().build();
            status.mount(&place, None);
            std::mem::forget(status);
        });
    });
}

/// A new place for the sync's views at the end of the app's header, once the app is on the
/// page (a sync may start while the static shell is still shown).
pub async fn header_place() -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    crate::on_the_page().await;
    let header = document().query_selector(".site-header").ok().flatten()?;
    let place = document().create_element("div").ok()?;
    place.set_class_name("sync-place");
    header.append_child(&place).ok()?;
    place.dyn_into::<web_sys::HtmlElement>().ok()
}

#[component]
fn SyncStatus(engine: Engine) -> impl IntoView {
    let i18n = use_i18n();
    let m = move || SyncMsgs::of(i18n.lang.get());
    let (open, set_open) = signal(false);
    let indicator = Memo::new(move |_| engine.indicator());
    let conflicts = Memo::new(move |_| engine.conflicts());
    // The review closes once nothing is left in it.
    Effect::new(move |_| {
        if conflicts.with(Vec::is_empty) {
            set_open.set(false);
        }
    });
    let status = move || {
        let m = m();
        let waiting = |n: u32| match n {
            0 => String::new(),
            1 => format!(" · {}", m.waiting_one),
            n => format!(" · {}", fill(m.waiting_many, &[("n", &n.to_string())])),
        };
        match indicator.get() {
            None => String::new(),
            Some(Indicator::Synced { at: Some(at) }) => fill(m.synced, &[("time", &clock(&at))]),
            Some(Indicator::Synced { at: None }) => m.never_synced.to_string(),
            Some(Indicator::Syncing { waiting: n }) => format!("{}{}", m.syncing, waiting(n)),
            Some(Indicator::Offline { waiting: n }) => format!("{}{}", m.offline, waiting(n)),
            Some(Indicator::Conflicts { count }) => match count {
                1 => m.conflicts_one.to_string(),
                n => fill(m.conflicts_many, &[("n", &n.to_string())]),
            },
            Some(Indicator::Error { waiting: n, .. }) => {
                format!("{}{}", m.stopped, waiting(n))
            }
        }
    };
    let error = move || match indicator.get() {
        Some(Indicator::Error { error, .. }) => Some(error),
        _ => None,
    };
    view! {
        <div class="sync-status" role="group" aria-label=move || m().status_label>
            <span role="status">{status}</span>
            {move || (!conflicts.with(Vec::is_empty)).then(|| view! {
                <button type="button" class="secondary small" aria-controls="sync-review"
                    aria-expanded=move || if open.get() { "true" } else { "false" }
                    on:click=move |_| set_open.update(|o| *o = !*o)>
                    {move || m().review_heading}
                </button>
            })}
            <button type="button" class="secondary small" on:click=move |_| engine.sync_now()>
                {move || m().sync_now}
            </button>
            {move || engine.last_remote_change().map(|(at, by)| {
                let text = move || match &by {
                    Some(by) => fill(m().last_remote_by, &[("time", &clock(&at)), ("name", by)]),
                    None => fill(m().last_remote, &[("time", &clock(&at))]),
                };
                view! { <span class="muted">{text}</span> }
            })}
        </div>
        {move || error().map(|e| {
            let gone = e == SyncError::Gone;
            let data = i18n.t().data();
            view! {
                <div class="sync-error" role="alert">
                    <p>{e.localized(m(), data)}</p>
                    {gone.then(|| view! {
                        <button type="button" class="small" on:click=move |_| engine.recreate()>{move || m().save_again}</button>
                    })}
                </div>
            }
        })}
        <section id="sync-review" class="sync-review" hidden=move || !open.get()
            aria-labelledby="sync-review-heading">
            <h2 id="sync-review-heading">{move || m().review_heading}</h2>
            <ul>
                {move || conflicts.get().into_iter().map(|(ws, c)| item(engine, m(), ws, c)).collect_view()}
            </ul>
        </section>
    }
}

/// One change made elsewhere at the same time, with the choices it leaves.
fn item(engine: Engine, m: &'static SyncMsgs, ws: String, c: Conflict) -> impl IntoView {
    let place = place(&c.path);
    let picked = c.clone();
    let choice = move |label: &'static str, keep: Side| {
        let (ws, c) = (ws.clone(), picked.clone());
        view! { <button type="button" class="secondary small" on:click=move |_| engine.pick(&ws, &c, keep)>{label}</button> }
    };
    let (text, choices) = match &c.kind {
        ConflictKind::Changed {
            local,
            remote,
            applied,
        } => {
            let (kept, other) = match applied {
                Side::Local => (local, remote),
                Side::Remote => (remote, local),
            };
            let (kept, other) = (shown(kept, m), shown(other, m));
            let text = match &c.by {
                Some(name) => fill(
                    m.changed_by,
                    &[
                        ("place", &place),
                        ("name", name),
                        ("kept", &kept),
                        ("other", &other),
                    ],
                ),
                None => fill(
                    m.changed,
                    &[("place", &place), ("kept", &kept), ("other", &other)],
                ),
            };
            (
                text,
                vec![
                    choice(m.keep_mine, Side::Local),
                    choice(m.keep_theirs, Side::Remote),
                ],
            )
        }
        ConflictKind::EditedAndDeleted { deleted_on } => {
            let text = match deleted_on {
                Side::Local => fill(m.deleted_here, &[("place", &place)]),
                Side::Remote => fill(m.deleted_elsewhere, &[("place", &place)]),
            };
            let keep = deleted_on.other();
            (
                text,
                vec![
                    choice(m.delete_anyway, *deleted_on),
                    choice(m.keep_mine, keep),
                ],
            )
        }
        ConflictKind::Reordered { .. } => (
            fill(m.reordered, &[("place", &place)]),
            vec![
                choice(m.keep_mine, Side::Local),
                choice(m.keep_theirs, Side::Remote),
            ],
        ),
    };
    view! { <li><p>{text}</p><div>{choices}</div></li> }
}

/// Where in the workspace, as the export format names it (`activities.GGI-A-21.notes`).
fn place(path: &Path) -> String {
    let inside = match path.0.as_slice() {
        [Step::Key(list), Step::Id(_), rest @ ..] if list == "workspaces" && !rest.is_empty() => {
            Path(rest.to_vec())
        }
        _ => path.clone(),
    };
    inside.to_string()
}

/// A value as the user reads it: a text as it is, nothing as "(empty)".
fn shown(value: &Value, m: &SyncMsgs) -> String {
    match value {
        Value::Null => m.empty_value.to_string(),
        Value::String(s) if s.is_empty() => m.empty_value.to_string(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}
