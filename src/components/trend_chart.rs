use crate::i18n::use_i18n;
use ggi_core::chart::line_points;
use ggi_core::i18n::percent;
use leptos::prelude::*;

const W: f64 = 560.0;
const H: f64 = 220.0;
const PAD: f64 = 24.0;

/// Overall and per-goal progress across closed iterations, as lines, with a table alternative.
#[component]
pub fn TrendChart(
    /// (iteration name, overall %, per-goal %)
    #[prop(into)]
    series: Signal<Vec<(String, u32, Vec<u32>)>>,
    #[prop(into)] goal_names: Signal<Vec<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let line = move |values: Vec<u32>, class: String| view! { <polyline class=class points=line_points(&values, W, H, PAD)/> };
    view! {
        <figure class="trend">
            <svg viewBox=format!("0 0 {W} {H}") role="img" aria-labelledby="trend-caption">
                {[0u32, 50, 100].into_iter().map(|p| {
                    let y = PAD + (H - 2.0 * PAD) * (1.0 - f64::from(p) / 100.0);
                    view! { <line class="trend-grid" x1=PAD x2=W - PAD y1=y y2=y/>
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
            <figcaption id="trend-caption">{move || i18n.t().iterations.trend}</figcaption>
        </figure>
        <table class="data-table">
            <caption>{move || i18n.t().iterations.trend_table}</caption>
            <thead><tr>
                <th scope="col">{move || i18n.t().iterations.iteration}</th>
                <th scope="col">{move || i18n.t().iterations.overall}</th>
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
