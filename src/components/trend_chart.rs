use crate::components::goal_key::line_key;
use crate::components::SvgTree;
use crate::i18n::use_i18n;
use ggi_core::chart::trend::{chart, TrendInput};
use ggi_core::chart::{goal_style, GoalStyle, OVERALL};
use ggi_core::i18n::percent;
use leptos::prelude::*;

/// The chart's width in units for the current window: about one unit per pixel of the panel,
/// so text keeps its size from a phone to a wide screen (within limits).
fn chart_width() -> i32 {
    let px = web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|v| v.as_f64())
        .map_or(1024, |v| v as i32);
    // The panel is the window less the page's and the panel's padding (72rem at most).
    (px.min(1152) - 74).clamp(300, 800)
}

/// Overall and per-goal progress across closed iterations, as lines, with a table alternative.
/// Each line has its goal's colour, dash pattern and marker; a legend names them, the latest
/// values are written at the end of the lines, and every point is focusable with its value.
#[component]
pub fn TrendChart(
    /// (iteration name, overall %, per-goal %)
    #[prop(into)]
    series: Signal<Vec<(String, u32, Vec<u32>)>>,
    /// (goal id, goal name), in catalogue order.
    #[prop(into)]
    goals: Signal<Vec<(String, String)>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let (width, set_width) = signal(chart_width());
    let listener = window_event_listener(leptos::ev::resize, move |_| {
        let w = chart_width();
        if w != width.get_untracked() {
            set_width.set(w);
        }
    });
    on_cleanup(move || listener.remove());

    // (style, name, values) of every line: overall first, then each goal.
    let lines = Memo::new(move |_| {
        let s = series.get();
        let mut lines: Vec<(&'static GoalStyle, String, Vec<u32>)> = vec![(
            &OVERALL,
            i18n.t().charts().overall.to_string(),
            s.iter().map(|x| x.1).collect(),
        )];
        for (g, (id, name)) in goals.get().into_iter().enumerate() {
            let values = s.iter().map(|x| x.2.get(g).copied().unwrap_or(0)).collect();
            lines.push((goal_style(&id, g), name, values));
        }
        lines
    });
    let tree = Signal::derive(move || {
        let s = series.get();
        let names: Vec<&str> = s.iter().map(|x| x.0.as_str()).collect();
        let lines = lines.get();
        let inputs: Vec<TrendInput> = lines
            .iter()
            .map(|(style, name, values)| TrendInput {
                style,
                name,
                values,
            })
            .collect();
        chart(width.get(), &names, &inputs, i18n.t())
    });
    let legend = move || {
        lines
            .get()
            .into_iter()
            .map(|(style, name, _)| view! { <li>{line_key(style)} {name}</li> })
            .collect_view()
    };
    view! {
        <figure class="trend">
            <SvgTree tree=tree class="chart-svg"/>
            <figcaption id="trend-caption">{i18n.text(|m| m.iterations().trend)}</figcaption>
            <ul class="chart-legend" aria-label=move || i18n.t().charts().legend>{legend}</ul>
            <p id="trend-keys" class="small muted">{i18n.text(|m| m.charts().trend_keys)}</p>
        </figure>
        // Wide on a phone: the table scrolls on its own (a region, so keyboards reach it).
        <div class="table-scroll" role="region" aria-labelledby="trend-table-caption" tabindex="0">
        <table class="data-table">
            <caption id="trend-table-caption">{i18n.text(|m| m.iterations().trend_table)}</caption>
            <thead><tr>
                <th scope="col">{i18n.text(|m| m.iterations().iteration)}</th>
                <th scope="col">{i18n.text(|m| m.iterations().overall)}</th>
                {move || goals.get().into_iter().map(|(_, g)| view! { <th scope="col">{g}</th> }).collect_view()}
            </tr></thead>
            <tbody>
                {move || series.get().into_iter().map(|(name, overall, goals)| view! {
                    <tr><th scope="row">{name}</th><td>{percent(i18n.lang.get(), overall)}</td>
                        {goals.into_iter().map(|g| view! { <td>{percent(i18n.lang.get(), g)}</td> }).collect_view()}</tr>
                }).collect_view()}
            </tbody>
        </table>
        </div>
    }
}
