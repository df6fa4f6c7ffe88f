use crate::components::{Markdown, StatusBadge};
use crate::i18n::use_i18n;
use ggi_core::i18n::{date, fill};
use ggi_core::markdown::is_safe_url;
use ggi_core::report::{priority_label, ActivityReport};
use leptos::prelude::*;

/// One in-scope activity in the report: status and figures, scorecard, objectives, and every
/// verification point with its evidence. Status is always written out, never colour alone.
#[component]
pub fn ReportActivity(report: ActivityReport) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let lang = i18n.lang.get_untracked();
    let a = &report.activity;
    let p = &report.progress;
    let score = report.score;
    let heading_id = format!("report-activity-{}", a.id);
    let labelled_by = heading_id.clone();

    let mut facts = Vec::new();
    if p.priority.is_some() {
        facts.push(format!(
            "{}: {}",
            t.status.priority,
            priority_label(t, p.priority)
        ));
    }
    if !p.owner.trim().is_empty() {
        facts.push(format!("{}: {}", t.journey.owner, p.owner.trim()));
    }
    if let Some(d) = &p.target_date {
        facts.push(format!("{}: {}", t.journey.target_date, date(lang, d)));
    }
    let count = |template: &str, done: u32, total: u32| {
        fill(
            template,
            &[("done", &done.to_string()), ("total", &total.to_string())],
        )
    };
    let field = |label: &'static str, text: String| {
        let body = if text.trim().is_empty() {
            view! { <p class="muted">{t.report.not_filled}</p> }.into_any()
        } else {
            view! { <Markdown source=text/> }.into_any()
        };
        view! { <div class="scorecard-field"><h5>{label}</h5>{body}</div> }
    };
    let sc = p.scorecard.clone();
    let objectives = p
        .objectives
        .iter()
        .map(|o| {
            let mark = if o.done {
                ("✓", t.report.objective_done)
            } else {
                ("○", t.report.objective_open)
            };
            let mut extra = Vec::new();
            if !o.owner.trim().is_empty() {
                extra.push(o.owner.trim().to_string());
            }
            if let Some(d) = &o.due {
                extra.push(fill(t.report.due, &[("date", &date(lang, d))]));
            }
            view! { <li>
                <span class="mark"><span aria-hidden="true">{mark.0}</span> " " {mark.1}{lang.colon()}</span>
                {o.text.clone()}
                {(!extra.is_empty()).then(|| format!(" ({})", extra.join(", ")))}
            </li> }
        })
        .collect_view();
    let points = report.points().into_iter().map(|(vp, check)| {
        let mark = if check.met { ("✓", t.report.point_met) } else { ("✗", t.report.point_not_met) };
        let evidence = check.evidence.trim().to_string();
        let evidence = (!evidence.is_empty()).then(|| {
            let value = if is_safe_url(&evidence) {
                view! { <a href=evidence.clone() rel="noopener noreferrer">{evidence.clone()}</a> }.into_any()
            } else {
                evidence.clone().into_any()
            };
            view! { <span class="evidence-line">{t.report.evidence} {lang.colon()} {value}</span> }
        });
        let ticked = check.date.filter(|_| check.met).map(|d| {
            view! { <span class="muted point-date">{t.journey.ticked_on} " " {date(lang, &d)}</span> }
        });
        view! { <li class=if check.met { "point point-met" } else { "point" }>
            <span class="mark"><span aria-hidden="true">{mark.0}</span> " " {mark.1}{lang.colon()}</span>
            {vp.text.clone()} {evidence} {ticked}
        </li> }
    }).collect_view();

    view! {
        <article class="report-activity" aria-labelledby=labelled_by>
            <h3 id=heading_id>
                <span class="activity-id">{a.id.clone()}</span> " " {a.title.clone()}
                {report.custom.then(|| view! { " " <span class="tag">{t.catalogue.custom}</span> })}
            </h3>
            <p class="activity-meta"><StatusBadge status=score.status/> " " {facts.join(" · ")}</p>
            <p>
                {count(t.journey.points_met, score.points.done, score.points.total)} " · "
                {count(t.report.objectives_done, score.objectives.done, score.objectives.total)}
            </p>
            <h4>{t.report.scorecard}</h4>
            {field(t.report.sc_description, sc.description)}
            {field(t.report.sc_opportunity, sc.opportunity)}
            {field(t.report.sc_tools, sc.tools)}
            {field(t.report.sc_notes, sc.notes)}
            <h4>{t.dashboard().objectives}</h4>
            {if p.objectives.is_empty() {
                view! { <p class="muted">{t.report.no_objectives}</p> }.into_any()
            } else {
                view! { <ul class="report-list">{objectives}</ul> }.into_any()
            }}
            <h4>{t.catalogue.verification_points}</h4>
            <ul class="report-list">{points}</ul>
        </article>
    }
}
