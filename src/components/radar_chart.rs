use crate::components::{GoalKey, SvgTree};
use crate::i18n::use_i18n;
use ggi_core::chart::radar::{chart, RadarShapes};
use ggi_core::chart::{goal_style, outline_dash};
use ggi_core::i18n::{fill, percent};
use leptos::prelude::*;

/// Several outlines on one radar: (name, one percent per goal).
pub type Outlines = Vec<(String, Vec<u32>)>;

/// Each goal's figures: (goal id, goal name, points met, points total, percent).
pub type GoalFigures = Vec<(String, String, u32, u32, u32)>;

/// A closed iteration to compare with: (its name, one percent per goal).
pub type Previous = Option<(String, Vec<u32>)>;

/// Picks the chart caption and the table caption in the current language.
pub type Captions = fn(&ggi_core::i18n::Messages) -> (&'static str, &'static str);

/// A radar chart of per-goal progress, drawn as SVG, with the same figures as a table. Each
/// axis carries its goal's name and percentage, and its point the goal's marker and colour.
/// With `previous` (a closed iteration's name and percentages) that snapshot is drawn as a
/// dashed outline for comparison, named in a legend and given a table column.
/// With `outlines` it draws one outline per entry (told apart by colour and dash, named in a
/// legend) and the table gets one column per outline; `goals` then only names the axes.
#[component]
pub fn RadarChart(
    #[prop(into)] goals: Signal<GoalFigures>,
    #[prop(optional, into)] outlines: Option<Signal<Outlines>>,
    #[prop(optional, into)] previous: Option<Signal<Previous>>,
    /// Chart caption and table caption, instead of the dashboard's.
    #[prop(optional)]
    captions: Option<Captions>,
) -> impl IntoView {
    let i18n = use_i18n();
    let previous = move || previous.and_then(|p| p.get());
    let captions = move || match captions {
        Some(f) => f(i18n.t()),
        None => (
            i18n.t().dashboard().radar_title,
            i18n.t().dashboard().radar_table,
        ),
    };
    let tree = Signal::derive(move || {
        let goals = goals.get();
        let axes: Vec<(&str, &str)> = goals.iter().map(|g| (g.0.as_str(), g.1.as_str())).collect();
        let percents: Vec<u32> = goals.iter().map(|g| g.4).collect();
        let before = previous();
        let several = outlines.map(|o| o.get()).unwrap_or_default();
        let several: Vec<Vec<u32>> = several.into_iter().map(|(_, p)| p).collect();
        let shapes = match outlines {
            Some(_) => RadarShapes::Several(&several),
            None => RadarShapes::One {
                percents: &percents,
                previous: before.as_ref().map(|(_, p)| p.as_slice()),
            },
        };
        chart(
            &axes,
            &shapes,
            ("aria-labelledby", "radar-caption"),
            i18n.lang.get(),
        )
    });
    let legend = move || {
        match outlines {
        Some(o) => Some(view! {
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
        }.into_any()),
        None => previous().map(|(name, _)| view! {
            <ul class="chart-legend" aria-label=i18n.t().charts().legend>
                <li><svg viewBox="0 0 40 16" aria-hidden="true"><rect class="radar-value" x="2" y="3" width="36" height="10"/></svg>
                    {i18n.t().charts().now}</li>
                <li><svg viewBox="0 0 40 16" aria-hidden="true"><line class="radar-previous" x1="2" y1="8" x2="38" y2="8"/></svg>
                    {fill(i18n.t().charts().previous, &[("name", &name)])}</li>
            </ul>
        }.into_any()),
    }
    };
    let table = move || {
        let lang = i18n.lang.get();
        let t = i18n.t();
        let key = |(i, id): (usize, &str)| view! { <GoalKey style=goal_style(id, i)/> };
        match outlines {
            Some(o) => {
                let o = o.get();
                let head = o
                    .iter()
                    .map(|(name, _)| view! { <th scope="col">{name.clone()}</th> })
                    .collect_view();
                let rows = goals.get().into_iter().enumerate().map(|(g, (_, name, ..))| {
                let cells = o.iter().map(|(_, p)| view! { <td>{percent(lang, p.get(g).copied().unwrap_or(0))}</td> }).collect_view();
                view! { <tr><th scope="row">{name}</th>{cells}</tr> }
            }).collect_view();
                view! {
                    <thead><tr><th scope="col">{t.dashboard().goal}</th>{head}</tr></thead>
                    <tbody>{rows}</tbody>
                }
                .into_any()
            }
            None => {
                let before = previous();
                view! {
                <thead><tr>
                    <th scope="col">{t.dashboard().goal}</th>
                    <th scope="col">{t.dashboard().points_met}</th>
                    <th scope="col">{t.dashboard().percent}</th>
                    {before.as_ref().map(|(name, _)| view! { <th scope="col">{fill(t.charts().previous_column, &[("name", name)])}</th> })}
                </tr></thead>
                <tbody>
                    {goals.get().into_iter().enumerate().map(|(i, (id, name, done, total, pct))| view! {
                        <tr><th scope="row">{key((i, &id))}{name}</th><td>{done} " / " {total}</td><td>{percent(lang, pct)}</td>
                            {before.as_ref().map(|(_, p)| view! { <td>{percent(lang, p.get(i).copied().unwrap_or(0))}</td> })}</tr>
                    }).collect_view()}
                </tbody>
            }.into_any()
            }
        }
    };
    view! {
        <figure class="radar">
            <SvgTree tree=tree class="chart-svg"/>
            <figcaption id="radar-caption">{move || captions().0}</figcaption>
            {legend}
        </figure>
        <div class="table-scroll" role="region" aria-labelledby="radar-table-caption" tabindex="0">
            <table class="data-table">
                <caption id="radar-table-caption">{move || captions().1}</caption>
                {table}
            </table>
        </div>
    }
}
