use crate::browser;
use crate::components::{GoalKey, RadarChart, StatusBadge};
use crate::i18n::use_i18n;
use crate::router::{set_query, use_fragment};
use crate::state::use_state;
use ggi_core::chart::goal_style;
use ggi_core::i18n::{fill, percent, Messages};
use ggi_core::portfolio::{self, heat_band, Portfolio, Selection, RADAR_LIMIT};
use ggi_core::route::Route;
use leptos::prelude::*;

/// Every workspace side by side: a heat-grid of progress per goal, a radar with one outline
/// per workspace, each activity's status per workspace, and downloads (CSV, web page).
#[component]
pub fn PortfolioPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_state();
    let fragment = use_fragment();
    let selection = Memo::new(move |_| Selection::from_fragment(&fragment.get()));
    // (id, name) of every workspace, for the picker.
    let names = Memo::new(move |_| {
        state.document.with(|d| {
            d.workspaces
                .iter()
                .map(|w| (w.id.clone(), w.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let portfolio = Memo::new(move |_| {
        let selection = selection.get();
        let catalogue = state.catalogue.get();
        state.document.with(|d| {
            let picked = portfolio::select(&d.workspaces, &selection);
            portfolio::build(&catalogue, &picked, &browser::today())
        })
    });
    let choose = move |next: Selection| set_query(fragment, &Route::Portfolio, &next.to_query());
    let toggle = move |id: String| {
        let all: Vec<String> =
            names.with_untracked(|n| n.iter().map(|(id, _)| id.clone()).collect());
        choose(selection.get_untracked().toggle(&id, &all));
    };
    let download = move |extension: &'static str| {
        let p = portfolio.get_untracked();
        let t = i18n.t();
        let (mime, text) = match extension {
            "csv" => ("text/csv;charset=utf-8", portfolio::to_csv(&p, t)),
            _ => ("text/html;charset=utf-8", portfolio::to_html(&p, t)),
        };
        let name = portfolio::file_name(&p, extension);
        let message = if browser::download(&name, mime, &text) {
            fill(t.data().exported, &[("file", &name)])
        } else {
            t.data().export_failed.to_string()
        };
        state.notice.set(Some(message));
    };

    view! {
        <h1 tabindex="-1">{i18n.text(|m| m.portfolio.title)}</h1>
        <p class="lead">{i18n.text(|m| m.portfolio.intro)}</p>
        <fieldset class="panel portfolio-pick">
            <legend>{i18n.text(|m| m.portfolio.pick)}</legend>
            <p class="muted small" aria-live="polite">{move || fill(i18n.t().portfolio.selected, &[
                ("n", &portfolio.with(|p| p.scopes.len()).to_string()),
                ("total", &names.with(Vec::len).to_string()),
            ])}</p>
            <ul class="pick-list">
                {move || names.get().into_iter().map(|(id, name)| {
                    let box_id = format!("pick-{id}");
                    let checked = { let id = id.clone(); move || selection.with(|s| s.includes(&id)) };
                    view! { <li>
                        <input type="checkbox" id=box_id.clone() prop:checked=checked on:change=move |_| toggle(id.clone())/>
                        <label for=box_id>{name}</label>
                    </li> }
                }).collect_view()}
            </ul>
            <div class="actions">
                <button type="button" class="secondary small" on:click=move |_| choose(Selection::All)>{i18n.text(|m| m.portfolio.pick_all)}</button>
                <button type="button" class="secondary small" on:click=move |_| choose(Selection::Only(Vec::new()))>{i18n.text(|m| m.portfolio.pick_none)}</button>
            </div>
        </fieldset>
        <div class="actions" role="group" aria-label=move || i18n.t().portfolio.actions_label>
            <button type="button" on:click=move |_| download("csv")>{i18n.text(|m| m.portfolio.export_csv)}</button>
            <button type="button" class="secondary" on:click=move |_| download("html")>{i18n.text(|m| m.portfolio.export_html)}</button>
        </div>
        {move || {
            let t = i18n.t();
            let p = portfolio.get();
            if p.scopes.is_empty() {
                view! { <p role="status">{t.portfolio.nothing_selected}</p> }.into_any()
            } else {
                body(p, t, i18n.lang.get()).into_any()
            }
        }}
    }
}

fn body(p: Portfolio, t: &'static Messages, lang: ggi_core::i18n::Lang) -> impl IntoView {
    let m = &t.portfolio;
    let heat = move |v: u32| view! { <td class=format!("num heat heat-{}", heat_band(v))>{percent(lang, v)}</td> };
    let grid_rows = p
        .scopes
        .iter()
        .map(|s| {
            view! {
                <tr>
                    <th scope="row">{s.name.clone()}</th>
                    {s.percents().into_iter().map(heat).collect_view()}
                    {heat(s.overall.points.percent())}
                </tr>
            }
        })
        .collect_view();
    let spread_rows = portfolio::spread_rows(t)
    .map(|(label, pick)| view! {
        <tr>
            <th scope="row">{label}</th>
            {p.goals.iter().map(|g| view! { <td class="num">{percent(lang, pick(&g.spread))}</td> }).collect_view()}
            <td class="num">{percent(lang, pick(&p.overall))}</td>
        </tr>
    });
    let axes: Vec<(String, String, u32, u32, u32)> = p
        .goals
        .iter()
        .map(|g| (g.id.clone(), g.name.clone(), 0, 0, 0))
        .collect();
    let outlines: Vec<(String, Vec<u32>)> = p
        .scopes
        .iter()
        .take(RADAR_LIMIT)
        .map(|s| (s.name.clone(), s.percents()))
        .collect();
    let limited = (p.scopes.len() > RADAR_LIMIT).then(|| view! {
        <p class="note">{fill(m.radar_limited, &[("shown", &RADAR_LIMIT.to_string()), ("total", &p.scopes.len().to_string())])}</p>
    });
    let activity_rows = p.activities.iter().map(|a| view! {
        <tr>
            <th scope="row"><a href=Route::Activity(a.id.clone()).href()>{a.id.clone()}</a> " " {a.title.clone()}</th>
            {a.statuses.iter().map(|s| view! {
                <td>{match s { Some(s) => view! { <StatusBadge status=*s compact=true/> }.into_any(), None => "—".into_any() }}</td>
            }).collect_view()}
            <td class="num">{a.in_progress}</td>
            <td class="num">{a.done}</td>
        </tr>
    }).collect_view();
    let head = |first: &'static str| {
        let names = p
            .scopes
            .iter()
            .map(|s| view! { <th scope="col">{s.name.clone()}</th> })
            .collect_view();
        view! { <th scope="col">{first}</th> {names} }
    };
    let legend =
        ggi_core::progress::Status::ALL.map(|s| view! { <li><StatusBadge status=s/></li> });

    view! {
        <section>
            <h2 id="portfolio-grid">{m.grid_title}</h2>
            <p class="muted small">{m.grid_note}</p>
            <div class="table-scroll" role="region" aria-labelledby="portfolio-grid" tabindex="0">
                <table class="data-table heat-grid">
                    <thead><tr>
                        <th scope="col">{m.col_workspace}</th>
                        {p.goals.iter().enumerate().map(|(i, g)| view! { <th scope="col" class="num"><GoalKey style=goal_style(&g.id, i)/>{g.name.clone()}</th> }).collect_view()}
                        <th scope="col" class="num">{m.col_overall}</th>
                    </tr></thead>
                    <tbody>{grid_rows}</tbody>
                    <tfoot>{spread_rows.into_iter().collect_view()}</tfoot>
                </table>
            </div>
        </section>
        <section aria-labelledby="portfolio-radar">
            <h2 id="portfolio-radar">{t.dashboard().by_goal}</h2>
            {limited}
            <RadarChart goals=axes outlines=outlines captions=|t: &Messages| (t.portfolio.radar_title, t.portfolio.radar_table)/>
        </section>
        <section>
            <h2 id="portfolio-activities">{m.activities_title}</h2>
            <ul class="status-legend" aria-label=m.legend>{legend.into_iter().collect_view()}</ul>
            <div class="table-scroll" role="region" aria-labelledby="portfolio-activities" tabindex="0">
                <table class="data-table status-grid">
                    <thead><tr>{head(t.report.col_activity)}
                        <th scope="col" class="num">{m.col_in_progress}</th>
                        <th scope="col" class="num">{m.col_done}</th>
                    </tr></thead>
                    <tbody>{activity_rows}</tbody>
                </table>
            </div>
        </section>
    }
}
