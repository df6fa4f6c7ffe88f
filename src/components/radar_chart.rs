use crate::i18n::use_i18n;
use ggi_core::chart::{outline_dash, radar_anchor, radar_point, radar_polygon, Tenths};
use ggi_core::i18n::percent;
use leptos::prelude::*;

// Whole numbers: the chart is drawn with integer formatting only (core::chart::Tenths).
const SIZE: u32 = 400;
const CENTRE: f64 = SIZE as f64 / 2.0;
const RADIUS: f64 = 110.0;

/// Several outlines on one radar: (name, one percent per goal).
pub type Outlines = Vec<(String, Vec<u32>)>;

/// Picks the chart caption and the table caption in the current language.
pub type Captions = fn(&ggi_core::i18n::Messages) -> (&'static str, &'static str);

/// A radar chart of per-goal progress, drawn as SVG, with the same figures as a table.
/// With `outlines` it draws one outline per entry (told apart by colour and dash, named in a
/// legend) and the table gets one column per outline; `goals` then only names the axes.
#[component]
pub fn RadarChart(
    /// (goal name, points met, points total, percent)
    #[prop(into)]
    goals: Signal<Vec<(String, u32, u32, u32)>>,
    #[prop(optional, into)] outlines: Option<Signal<Outlines>>,
    /// Chart caption and table caption, instead of the dashboard's.
    #[prop(optional)]
    captions: Option<Captions>,
) -> impl IntoView {
    let i18n = use_i18n();
    let rings = [0.25, 0.5, 0.75, 1.0];
    let n = move || goals.with(Vec::len);
    let several = outlines.is_some();
    let captions = move || match captions {
        Some(f) => f(i18n.t()),
        None => (
            i18n.t().dashboard.radar_title,
            i18n.t().dashboard.radar_table,
        ),
    };
    let shapes = move || {
        match outlines {
        Some(o) => o
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, (_, pcts))| view! {
                <polygon class=format!("radar-outline radar-outline-{}", i % 6) stroke-dasharray=outline_dash(i)
                    points=radar_polygon(&pcts, CENTRE, RADIUS)/>
            })
            .collect_view()
            .into_any(),
        None => view! {
            <polygon class="radar-value"
                points=radar_polygon(&goals.with(|g| g.iter().map(|x| x.3).collect::<Vec<_>>()), CENTRE, RADIUS)/>
        }
        .into_any(),
    }
    };
    let legend = move || {
        outlines.map(|o| view! {
            <ul class="radar-legend">
                {o.get().into_iter().enumerate().map(|(i, (name, _))| view! {
                    <li>
                        <svg viewBox="0 0 36 12" aria-hidden="true">
                            <line class=format!("radar-outline-{}", i % 6) x1="0" y1="6" x2="36" y2="6" stroke-width="3" stroke-dasharray=outline_dash(i)/>
                        </svg>
                        " " {name}
                    </li>
                }).collect_view()}
            </ul>
        })
    };
    let table = move || {
        match outlines {
        Some(o) => {
            let o = o.get();
            let head = o.iter().map(|(name, _)| view! { <th scope="col">{name.clone()}</th> }).collect_view();
            let rows = goals.get().into_iter().enumerate().map(|(g, (name, ..))| {
                let cells = o.iter().map(|(_, p)| view! { <td>{percent(i18n.lang.get(), p.get(g).copied().unwrap_or(0))}</td> }).collect_view();
                view! { <tr><th scope="row">{name}</th>{cells}</tr> }
            }).collect_view();
            view! {
                <thead><tr><th scope="col">{i18n.t().dashboard.goal}</th>{head}</tr></thead>
                <tbody>{rows}</tbody>
            }.into_any()
        }
        None => view! {
            <thead><tr>
                <th scope="col">{i18n.t().dashboard.goal}</th>
                <th scope="col">{i18n.t().dashboard.points_met}</th>
                <th scope="col">{i18n.t().dashboard.percent}</th>
            </tr></thead>
            <tbody>
                {goals.get().into_iter().map(|(name, done, total, pct)| view! {
                    <tr><th scope="row">{name}</th><td>{done} " / " {total}</td><td>{percent(i18n.lang.get(), pct)}</td></tr>
                }).collect_view()}
            </tbody>
        }.into_any(),
    }
    };
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
                    // Several outlines: the figures are in the table, not on the axis labels.
                    let value = (!several).then(|| format!(" {}", percent(i18n.lang.get(), pct)));
                    view! {
                        <line class="radar-axis" x1=centre.clone() y1=centre x2=x.to_string() y2=y.to_string()/>
                        <text class="radar-label" x=lx.to_string() y=ly.to_string() text-anchor=anchor dominant-baseline="middle">
                            {name} {value}
                        </text>
                    }
                }).collect_view()}
                {shapes}
            </svg>
            <figcaption id="radar-caption">{move || captions().0}</figcaption>
            {legend}
        </figure>
        <table class="data-table">
            <caption>{move || captions().1}</caption>
            {table}
        </table>
    }
}
