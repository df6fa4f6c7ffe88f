use ggi_core::chart::{GoalStyle, Marker, Tenths};
use leptos::prelude::*;

/// A series' marker shape at (`x`, `y`), `r` tenths from centre to edge, in the series colour
/// (the class `series-mark` inside an element of class `goal-…`).
pub fn marker(m: Marker, x: Tenths, y: Tenths, r: i32) -> AnyView {
    match m.points(x, y, r) {
        None => view! { <circle class="series-mark" cx=x.to_string() cy=y.to_string() r=Tenths(r).to_string()/> }.into_any(),
        Some(points) => view! { <polygon class="series-mark" points=points/> }.into_any(),
    }
}

/// A series as its legend shows it: a short stretch of its line with its marker in the middle.
pub fn line_key(style: &'static GoalStyle) -> impl IntoView {
    view! {
        <svg class=format!("goal-{}", style.slug) viewBox="0 0 40 16" aria-hidden="true">
            <line class="series-line" x1="2" y1="8" x2="38" y2="8" stroke-dasharray=style.dash/>
            {marker(style.marker, Tenths(200), Tenths(80), 55)}
        </svg>
    }
}

/// A goal's marker alone, before its name in bars, heat-map rows and table headings, so the
/// goal reads the same in every chart. Decorative: the name is always written beside it.
#[component]
pub fn GoalKey(style: &'static GoalStyle) -> impl IntoView {
    view! {
        <svg class=format!("goal-key goal-{}", style.slug) viewBox="0 0 12 12" aria-hidden="true">
            {marker(style.marker, Tenths(60), Tenths(60), 55)}
        </svg>
    }
}
