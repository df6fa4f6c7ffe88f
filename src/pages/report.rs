use crate::browser;
use crate::components::{durability_part, ProgressBar, RadarChart, ReportActivity, StatusBadge};
use crate::i18n::use_i18n;
use crate::state::{use_state, Part};
use ggi_core::chart::goal_style;
use ggi_core::i18n::{date, fill, Messages};
use ggi_core::report::{self, Report};
use ggi_core::scoring::Summary;
use leptos::prelude::*;

/// The progress report: made to be printed (A4, one goal per page) or downloaded as Markdown
/// and CSV for management, a wiki or a spreadsheet.
#[component]
pub fn ReportPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_state();
    let report = Memo::new(move |_| {
        let catalogue = state.catalogue.get();
        state
            .workspace()
            .map(|ws| report::build(&catalogue, &ws, &browser::today()))
    });

    let download = move |extension: &'static str| {
        let Some(r) = report.get_untracked() else {
            return;
        };
        let t = i18n.t();
        let (mime, text) = match extension {
            "csv" => ("text/csv;charset=utf-8", report::to_csv(&r, t)),
            "html" => ("text/html;charset=utf-8", report::to_html(&r, t)),
            _ => ("text/markdown;charset=utf-8", report::to_markdown(&r, t)),
        };
        let name = report::file_name(&r, extension);
        let message = if browser::download(&name, mime, &text) {
            fill(t.data().exported, &[("file", &name)])
        } else {
            t.data().export_failed.to_string()
        };
        state.notice.set(Some(message));
    };
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };

    view! {
        <h1 tabindex="-1">{i18n.text(|m| m.report.title)}</h1>
        <p class="lead no-print">{i18n.text(|m| m.report.intro)}</p>
        <div class="actions" role="group" aria-label=i18n.text(|m| m.report.actions_label)>
            <button type="button" on:click=print>{i18n.text(|m| m.report.print)}</button>
            <button type="button" class="secondary" on:click=move |_| download("md")>
                {i18n.text(|m| m.report.export_markdown)}
            </button>
            <button type="button" class="secondary" on:click=move |_| download("csv")>
                {i18n.text(|m| m.report.export_csv)}
            </button>
            <button type="button" class="secondary" on:click=move |_| download("html")>
                {i18n.text(|m| m.portfolio.export_html)}
            </button>
        </div>
        {move || match report.get() {
            None => view! { <p>{i18n.t().report.no_workspace}</p> }.into_any(),
            Some(r) => body(r, i18n.t(), i18n.lang.get()).into_any(),
        }}
        {durability_part(Part::Facts)}
    }
}

fn body(r: Report, t: &'static Messages, lang: ggi_core::i18n::Lang) -> impl IntoView {
    let fact =
        |label: &'static str, value: String| view! { <div><dt>{label}</dt><dd>{value}</dd></div> };
    let scope = |s: &Summary| {
        fill(
            t.dashboard().in_scope,
            &[
                ("n", &s.in_scope.to_string()),
                ("total", &s.activities.to_string()),
                ("done", &s.done.to_string()),
            ],
        )
    };
    let bars = |s: &Summary| {
        view! {
            <ProgressBar label=t.catalogue.verification_points.to_string() done=s.points.done total=s.points.total/>
            <ProgressBar label=t.dashboard().objectives.to_string() done=s.objectives.done total=s.objectives.total/>
        }
    };
    let radar: Vec<(String, String, u32, u32, u32)> = r
        .goals
        .iter()
        .map(|g| {
            (
                g.id.clone(),
                g.name.clone(),
                g.summary.points.done,
                g.summary.points.total,
                g.summary.points.percent(),
            )
        })
        .collect();
    let rows = r.goals.iter().flat_map(|g| g.activities.iter().map(move |a| (g.name.clone(), a.clone())))
        .map(|(goal, a)| view! {
            <tr>
                <td>{a.activity.id.clone()}</td>
                <td>{a.activity.title.clone()} {a.custom.then(|| view! { " " <span class="tag">{t.catalogue.custom}</span> })}</td>
                <td>{goal}</td>
                <td><StatusBadge status=a.score.status/></td>
                <td class="num">{format!("{}/{}", a.score.points.done, a.score.points.total)}</td>
                <td class="num">{format!("{}/{}", a.score.objectives.done, a.score.objectives.total)}</td>
            </tr>
        })
        .collect_view();
    let goals = r.goals.iter().map(|g| {
        let heading_id = format!("report-goal-{}", g.id);
        let labelled_by = heading_id.clone();
        let in_scope: Vec<_> = g.activities.iter().filter(|a| a.score.status.in_scope()).cloned().collect();
        view! {
            <section class="report-goal" aria-labelledby=labelled_by>
                <h2 id=heading_id>{fill(t.catalogue.goal_heading, &[("name", &g.name)])}</h2>
                <p>{scope(&g.summary)}</p>
                {bars(&g.summary)}
                {if in_scope.is_empty() {
                    view! { <p class="muted">{t.report.none_in_goal}</p> }.into_any()
                } else {
                    in_scope.into_iter().map(|a| view! { <ReportActivity report=a/> }).collect_view().into_any()
                }}
            </section>
        }
    }).collect_view();

    view! {
        <dl class="report-facts">
            {fact(t.report.organisation, r.organisation.clone())}
            {fact(t.report.workspace, r.workspace.clone())}
            {r.iteration.clone().map(|i| fact(t.report.iteration, i))}
            {fact(t.report.date, date(lang, &r.date))}
            {fact(t.report.catalogue, r.catalogue_title.clone())}
        </dl>
        <section class="report-summary" aria-labelledby="report-overall">
            <h2 id="report-overall">{t.dashboard().overall}</h2>
            <p>{scope(&r.overall)}</p>
            {bars(&r.overall)}
            <h3>{t.dashboard().by_goal}</h3>
            <div class="two-col">
                <div>
                    {r.goals.iter().enumerate().map(|(i, g)| view! {
                        <ProgressBar label=g.name.clone() done=g.summary.points.done total=g.summary.points.total goal=goal_style(&g.id, i)/>
                    }).collect_view()}
                </div>
                <RadarChart goals=radar/>
            </div>
        </section>
        <section class="report-table" aria-labelledby="report-all">
            <h2 id="report-all">{t.report.all_activities}</h2>
            <div class="table-scroll" role="region" tabindex="0" aria-label=t.report.all_activities><table>
                <thead><tr>
                    <th scope="col">{t.report.col_id}</th>
                    <th scope="col">{t.report.col_activity}</th>
                    <th scope="col">{t.report.col_goal}</th>
                    <th scope="col">{t.journey.status}</th>
                    <th scope="col" class="num">{t.report.col_points_total}</th>
                    <th scope="col" class="num">{t.report.col_objectives_total}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table></div>
        </section>
        {goals}
        <p class="report-attribution small muted">
            {r.attribution.clone()} " " {fill(t.report.licence, &[("name", &r.licence_name), ("url", &r.licence_url)])}
        </p>
    }
}
