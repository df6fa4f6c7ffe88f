use crate::i18n::use_i18n;
use ggi_core::chart::{line_points, line_y};
use ggi_core::i18n::percent;
use leptos::prelude::*;

// Whole numbers: the chart is drawn with integer formatting only (core::chart::Tenths).
const W: u32 = 560;
const H: u32 = 220;
const PAD: u32 = 24;

/// Overall and per-goal progress across closed iterations, as lines, with a table alternative.
#[component]
pub fn TrendChart(
    /// (iteration name, overall %, per-goal %)
    #[prop(into)]
    series: Signal<Vec<(String, u32, Vec<u32>)>>,
    #[prop(into)] goal_names: Signal<Vec<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let (w, h, pad) = (f64::from(W), f64::from(H), f64::from(PAD));
    let line = move |values: Vec<u32>, class: String| view! { <polyline class=class points=line_points(&values, w, h, pad)/> };
    view! {
        <figure class="trend">
            <svg viewBox=format!("0 0 {W} {H}") role="img" aria-labelledby="trend-caption">
                {[0u32, 50, 100].into_iter().map(|p| {
                    let y = line_y(p, h, pad).to_string();
                    view! { <line class="trend-grid" x1=PAD x2=W - PAD y1=y.clone() y2=y.clone()/>
                        <text class="trend-axis" x="2" y=y dominant-baseline="middle">{p} "%"</text> }
                }).collect_view()}
                {move || {
                    let s = series.get();
                    let goals = goal_names.get().len();
                    let mut lines: Vec<_> = (0..goals).map(|g| line(s.iter().map(|x| x.2.get(g).copied().unwrap_or(0)).collect(), format!("trend-line goal-{g}"))).collect();
                    lines.push(line(s.iter().map(|x| x.1).collect(), "trend-line overall".into()));
                    lines.collect_view()
                }}
            </svg>
            <figcaption id="trend-caption">{i18n.text(|m| m.iterations.trend)}</figcaption>
        </figure>
        <table class="data-table">
            <caption>{i18n.text(|m| m.iterations.trend_table)}</caption>
            <thead><tr>
                <th scope="col">{i18n.text(|m| m.iterations.iteration)}</th>
                <th scope="col">{i18n.text(|m| m.iterations.overall)}</th>
                {move || goal_names.get().into_iter().map(|g| view! { <th scope="col">{g}</th> }).collect_view()}
            </tr></thead>
            <tbody>
                {move || series.get().into_iter().map(|(name, overall, goals)| view! {
                    <tr><th scope="row">{name}</th><td>{percent(i18n.lang.get(), overall)}</td>
                        {goals.into_iter().map(|g| view! { <td>{percent(i18n.lang.get(), g)}</td> }).collect_view()}</tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
