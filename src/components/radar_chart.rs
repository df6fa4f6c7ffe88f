use crate::i18n::use_i18n;
use ggi_core::chart::{radar_anchor, radar_point, radar_polygon, Tenths};
use ggi_core::i18n::percent;
use leptos::prelude::*;

// Whole numbers: the chart is drawn with integer formatting only (core::chart::Tenths).
const SIZE: u32 = 400;
const CENTRE: f64 = SIZE as f64 / 2.0;
const RADIUS: f64 = 110.0;

/// A radar chart of per-goal progress, drawn as SVG, with the same figures as a table.
#[component]
pub fn RadarChart(
    /// (goal name, points met, points total, percent)
    #[prop(into)]
    goals: Signal<Vec<(String, u32, u32, u32)>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let rings = [0.25, 0.5, 0.75, 1.0];
    let n = move || goals.with(Vec::len);
    view! {
        <figure class="radar">
            <svg viewBox=format!("0 0 {SIZE} {SIZE}") role="img" aria-labelledby="radar-caption">
                {move || rings.iter().map(|f| {
                    let pts = (0..n()).map(|i| { let (x, y) = radar_point(i, n(), *f, CENTRE, RADIUS); format!("{x},{y}") })
                        .collect::<Vec<_>>().join(" ");
                    view! { <polygon class="radar-ring" points=pts/> }
                }).collect_view()}
                {move || goals.get().into_iter().enumerate().map(|(i, (name, _, _, pct))| {
                    let (x, y) = radar_point(i, n(), 1.0, CENTRE, RADIUS);
                    let (lx, ly) = radar_point(i, n(), 1.22, CENTRE, RADIUS);
                    let anchor = radar_anchor(lx, CENTRE);
                    let centre = Tenths::from(CENTRE).to_string();
                    view! {
                        <line class="radar-axis" x1=centre.clone() y1=centre x2=x.to_string() y2=y.to_string()/>
                        <text class="radar-label" x=lx.to_string() y=ly.to_string() text-anchor=anchor dominant-baseline="middle">
                            {name} " " {percent(i18n.lang.get(), pct)}
                        </text>
                    }
                }).collect_view()}
                <polygon class="radar-value"
                    points=move || radar_polygon(&goals.with(|g| g.iter().map(|x| x.3).collect::<Vec<_>>()), CENTRE, RADIUS)/>
            </svg>
            <figcaption id="radar-caption">{i18n.text(|m| m.dashboard.radar_title)}</figcaption>
        </figure>
        <table class="data-table">
            <caption>{i18n.text(|m| m.dashboard.radar_table)}</caption>
            <thead><tr>
                <th scope="col">{i18n.text(|m| m.dashboard.goal)}</th>
                <th scope="col">{i18n.text(|m| m.dashboard.points_met)}</th>
                <th scope="col">{i18n.text(|m| m.dashboard.percent)}</th>
            </tr></thead>
            <tbody>
                {move || goals.get().into_iter().map(|(name, done, total, pct)| view! {
                    <tr><th scope="row">{name}</th><td>{done} " / " {total}</td><td>{percent(i18n.lang.get(), pct)}</td></tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
