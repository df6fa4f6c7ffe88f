use crate::i18n::{use_i18n, I18n};
use ggi_core::board_import::{BoardImport, Kept, Limit, Mapped, Skipped};
use ggi_core::i18n::Messages;
use leptos::prelude::*;

/// What a My GGI Board import made of the board: the files read, what was mapped, what was kept
/// in the activities' operational notes, what had no place at all, and what the files cannot
/// carry.
#[component]
pub fn BoardSummary(board: BoardImport) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t();
    let files = {
        let board = board.clone();
        move || board.files_line(t().bridges())
    };
    let nothing = board.mapped.is_empty();
    let mapped = board.mapped.into_iter().map(Line::Mapped).collect();
    let kept = board.kept.into_iter().map(Line::Kept).collect();
    let skipped = board.skipped.into_iter().map(Line::Skipped).collect();
    let limits = board.limits.into_iter().map(Line::Limit).collect();
    view! {
        <section class="board-summary" aria-labelledby="board-summary-heading">
            <h4 id="board-summary-heading">{move || t().bridges().heading}</h4>
            <p class="muted">{files}</p>
            {nothing.then(|| view! { <p>{move || t().bridges().nothing_mapped}</p> })}
            {section(i18n, |t| t.bridges().mapped_heading, mapped, "board-mapped")}
            {section(i18n, |t| t.bridges().kept_heading, kept, "board-kept")}
            {section(i18n, |t| t.bridges().skipped_heading, skipped, "board-skipped")}
            {section(i18n, |t| t.bridges().limits_heading, limits, "board-limits")}
        </section>
    }
}

#[derive(Clone)]
enum Line {
    Mapped(Mapped),
    Kept(Kept),
    Skipped(Skipped),
    Limit(Limit),
}

impl Line {
    fn text(&self, t: &Messages) -> String {
        match self {
            Line::Mapped(m) => m.localized(t),
            Line::Kept(k) => k.localized(t.bridges()),
            Line::Skipped(s) => s.localized(t.bridges()),
            Line::Limit(l) => l.localized(t.bridges()),
        }
    }
}

fn section(
    i18n: I18n,
    heading: fn(&Messages) -> &'static str,
    lines: Vec<Line>,
    class: &'static str,
) -> Option<impl IntoView> {
    (!lines.is_empty()).then(|| {
        let items = lines
            .into_iter()
            .map(|line| view! { <li>{move || line.text(i18n.t())}</li> })
            .collect_view();
        view! {
            <h5>{move || heading(i18n.t())}</h5>
            <ul class=class>{items}</ul>
        }
    })
}
