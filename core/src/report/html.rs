//! The report as one self-contained web page: styles inlined, charts as inline SVG, no script,
//! nothing loaded from anywhere, printable. It opens from an e-mail attachment or a shared
//! drive on any machine. Every user text goes through [`escape`]; the only links are those the
//! user recorded that pass [`is_safe_url`] (http, https, mailto).

mod activity;
mod page;
mod svg;

pub(crate) use self::page::{escape, markdown, page, progress, status as status_cell};
pub(crate) use self::svg::{goal_key, radar, RadarSeries};

use super::{status_label, Report};
use crate::chart::goal_style;
use crate::i18n::{date, fill, percent, Messages};
use crate::markdown::is_safe_url;
use std::fmt::Write;

/// The whole report as an HTML document in the language of `t`.
pub fn to_html(report: &Report, t: &Messages) -> String {
    let r = &t.report;
    let lang = t.lang;
    let mut b = String::new();
    let _ = write!(
        b,
        "<h1>{} — {}</h1>\n<dl class=\"facts\">",
        escape(r.title),
        escape(&report.organisation)
    );
    let mut fact = |label: &str, value: &str| {
        let _ = write!(
            b,
            "<div><dt>{}</dt><dd>{}</dd></div>",
            escape(label),
            escape(value)
        );
    };
    fact(r.organisation, &report.organisation);
    fact(r.workspace, &report.workspace);
    if let Some(i) = &report.iteration {
        fact(r.iteration, i);
    }
    fact(r.date, &date(lang, &report.date));
    fact(r.catalogue, &report.catalogue_title);
    b.push_str("</dl>\n");

    let o = &report.overall;
    let _ = write!(
        b,
        "<section><h2>{}</h2><p>{}</p>{}{}",
        escape(t.dashboard().overall),
        escape(&in_scope(t, o)),
        progress(lang, t.catalogue.verification_points, o.points),
        progress(lang, t.dashboard().objectives, o.objectives),
    );
    let _ = write!(b, "<h3>{}</h3>", escape(t.dashboard().by_goal));
    let names: Vec<(&str, &str)> = report
        .goals
        .iter()
        .map(|g| (g.id.as_str(), g.name.as_str()))
        .collect();
    let series = [RadarSeries {
        name: &report.workspace,
        percents: report
            .goals
            .iter()
            .map(|g| g.summary.points.percent())
            .collect(),
    }];
    b.push_str(&radar(&names, &series, t.dashboard().radar_title, lang));
    let _ = write!(
        b,
        "<table><caption>{}</caption><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\" class=\"num\">{}</th><th scope=\"col\" class=\"num\">{}</th></tr></thead><tbody>",
        escape(t.dashboard().radar_table),
        escape(r.col_goal),
        escape(r.col_in_scope),
        escape(t.dashboard().points_met),
        escape(t.dashboard().percent),
    );
    for (i, g) in report.goals.iter().enumerate() {
        let s = &g.summary;
        let _ = write!(
            b,
            "<tr><th scope=\"row\">{}{}</th><td>{}/{}</td><td class=\"num\">{}/{}</td><td class=\"num\">{}</td></tr>",
            goal_key(goal_style(&g.id, i)),
            escape(&g.name),
            s.in_scope,
            s.activities,
            s.points.done,
            s.points.total,
            escape(&percent(lang, s.points.percent()))
        );
    }
    b.push_str("</tbody></table></section>\n");

    let _ = write!(
        b,
        "<section><h2>{}</h2><table><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\" class=\"num\">{}</th><th scope=\"col\" class=\"num\">{}</th></tr></thead><tbody>",
        escape(r.all_activities),
        escape(r.col_id),
        escape(r.col_activity),
        escape(r.col_goal),
        escape(t.journey.status),
        escape(r.col_points_total),
        escape(r.col_objectives_total),
    );
    for g in &report.goals {
        for a in &g.activities {
            let s = a.score;
            let custom = if a.custom {
                format!(" <span class=\"tag\">{}</span>", escape(t.catalogue.custom))
            } else {
                String::new()
            };
            let _ = write!(
                b,
                "<tr><td class=\"id\">{}</td><td>{}{custom}</td><td>{}</td><td>{}</td><td class=\"num\">{}/{}</td><td class=\"num\">{}/{}</td></tr>",
                escape(&a.activity.id),
                escape(&a.activity.title),
                escape(&g.name),
                page::status(s.status, status_label(t, s.status)),
                s.points.done,
                s.points.total,
                s.objectives.done,
                s.objectives.total
            );
        }
    }
    b.push_str("</tbody></table></section>\n");

    for (i, g) in report.goals.iter().enumerate() {
        let style = goal_style(&g.id, i);
        let _ = write!(
            b,
            "<section class=\"goal goal-{}\"><h2>{}{}</h2><p>{}</p>{}{}",
            style.slug,
            goal_key(style),
            escape(&fill(t.catalogue.goal_heading, &[("name", &g.name)])),
            escape(&in_scope(t, &g.summary)),
            progress(lang, t.catalogue.verification_points, g.summary.points),
            progress(lang, t.dashboard().objectives, g.summary.objectives),
        );
        let mut any = false;
        for a in g.activities.iter().filter(|a| a.score.status.in_scope()) {
            any = true;
            activity::write(&mut b, t, a);
        }
        if !any {
            let _ = write!(b, "<p class=\"muted\">{}</p>", escape(r.none_in_goal));
        }
        b.push_str("</section>\n");
    }
    footer(
        &mut b,
        t,
        &report.attribution,
        &report.licence_name,
        &report.licence_url,
        &report.date,
    );
    let title = format!("{} — {}", r.title, report.organisation);
    page(lang, &title, &b)
}

fn in_scope(t: &Messages, s: &crate::scoring::Summary) -> String {
    fill(
        t.dashboard().in_scope,
        &[
            ("n", &s.in_scope.to_string()),
            ("total", &s.activities.to_string()),
            ("done", &s.done.to_string()),
        ],
    )
}

/// The attribution, licence and "generated by" line every download carries. The licence
/// address is written as text, not a link: the only links are the user's own.
pub(crate) fn footer(
    b: &mut String,
    t: &Messages,
    attribution: &str,
    licence: &str,
    url: &str,
    day: &str,
) {
    let _ = write!(
        b,
        "<footer><p>{} {}</p><p>{}</p><p>{}</p></footer>",
        escape(attribution),
        escape(&fill(t.report.licence, &[("name", licence), ("url", url)])),
        escape(&fill(t.report.generated, &[("date", &date(t.lang, day))])),
        escape(t.portfolio.html_note),
    );
}

/// A user-recorded value: a link when it is a safe address, text otherwise.
pub(crate) fn link_or_text(value: &str) -> String {
    if is_safe_url(value) {
        format!(
            "<a href=\"{}\" rel=\"noopener noreferrer\">{}</a>",
            escape(value),
            escape(value)
        )
    } else {
        escape(value)
    }
}

#[cfg(test)]
pub(crate) mod tests;
