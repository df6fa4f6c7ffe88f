use crate::i18n::use_i18n;
use ggi_core::progress::Status;
use leptos::prelude::*;

/// A status as text with a shape marker, so it never relies on colour alone. `compact` shows
/// only the marker (for wide grids); the words stay for screen readers and as a tooltip.
#[component]
pub fn StatusBadge(
    #[prop(into)] status: Signal<Status>,
    #[prop(optional)] compact: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let class = move || {
        let compact = if compact { " badge-compact" } else { "" };
        format!("badge badge-{}{compact}", status_slug(status.get()))
    };
    let label = move || status_label(i18n.t(), status.get());
    view! {
        <span class=class title=move || compact.then(label)>
            <span aria-hidden="true">{move || status_mark(status.get())}</span>
            <span class:visually-hidden=compact>" " {label}</span>
        </span>
    }
}

pub fn status_slug(status: Status) -> &'static str {
    match status {
        Status::NotSelected => "not-selected",
        Status::Planned => "planned",
        Status::InProgress => "in-progress",
        Status::Done => "done",
        Status::NotApplicable => "not-applicable",
    }
}

pub fn status_mark(status: Status) -> &'static str {
    match status {
        Status::NotSelected => "○",
        Status::Planned => "◔",
        Status::InProgress => "◑",
        Status::Done => "●",
        Status::NotApplicable => "⊘",
    }
}

pub fn status_label(t: &ggi_core::i18n::Messages, status: Status) -> &'static str {
    t.status_label(status)
}
