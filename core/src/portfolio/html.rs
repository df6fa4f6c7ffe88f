//! The portfolio as one self-contained web page, built from the same pieces as the report's
//! (see [`crate::report::to_html`]): grid, spread rows, radar with its table, activity statuses.

use super::{spread_rows, Portfolio, RADAR_LIMIT};
use crate::chart::goal_style;
use crate::i18n::{date, fill, percent, Messages};
use crate::report::html::{escape, footer, goal_key, page, radar, RadarSeries};
use std::fmt::Write;

/// A heat band 0–4 for a percentage, so cells shade by fifths (the text carries the value).
pub fn heat_band(percent: u32) -> u32 {
    (percent.min(100) / 20).min(4)
}

pub fn to_html(p: &Portfolio, t: &Messages) -> String {
    let m = &t.portfolio;
    let lang = t.lang;
    let mut b = String::new();
    let _ = write!(
        b,
        "<h1>{}</h1><dl class=\"facts\"><div><dt>{}</dt><dd>{}</dd></div><div><dt>{}</dt><dd>{}</dd></div></dl><p>{}</p>",
        escape(m.title),
        escape(t.report.date),
        escape(&date(lang, &p.date)),
        escape(t.report.catalogue),
        escape(&p.catalogue_title),
        escape(&fill(m.workspaces_count, &[("n", &p.scopes.len().to_string())])),
    );
    let _ = writeln!(
        b,
        "<section><h2>{}</h2><p class=\"muted\">{}</p>{}</section>",
        escape(m.grid_title),
        escape(m.grid_note),
        grid(p, t)
    );

    let axes: Vec<(&str, &str)> = p
        .goals
        .iter()
        .map(|g| (g.id.as_str(), g.name.as_str()))
        .collect();
    let series: Vec<RadarSeries> = p
        .scopes
        .iter()
        .take(RADAR_LIMIT)
        .map(|s| RadarSeries {
            name: &s.name,
            percents: s.percents(),
        })
        .collect();
    let _ = write!(b, "<section><h2>{}</h2>", escape(t.dashboard().by_goal));
    if p.scopes.len() > RADAR_LIMIT {
        let _ = write!(
            b,
            "<p>{}</p>",
            escape(&fill(
                m.radar_limited,
                &[
                    ("shown", &RADAR_LIMIT.to_string()),
                    ("total", &p.scopes.len().to_string())
                ]
            ))
        );
    }
    b.push_str(&radar(&axes, &series, m.radar_title, lang));
    b.push_str("</section>\n");

    let _ = write!(
        b,
        "<section><h2>{}</h2><div class=\"scroll\"><table class=\"statuses\"><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th>",
        escape(m.activities_title),
        escape(t.report.col_id),
        escape(t.report.col_activity),
        escape(t.report.col_goal),
    );
    for s in &p.scopes {
        let _ = write!(b, "<th scope=\"col\">{}</th>", escape(&s.name));
    }
    let _ = write!(
        b,
        "<th scope=\"col\" class=\"num\">{}</th><th scope=\"col\" class=\"num\">{}</th></tr></thead><tbody>",
        escape(m.col_in_progress),
        escape(m.col_done)
    );
    for a in &p.activities {
        let _ = write!(
            b,
            "<tr><td class=\"id\">{}</td><td>{}</td><td>{}</td>",
            escape(&a.id),
            escape(&a.title),
            escape(&a.goal)
        );
        for s in &a.statuses {
            let cell = s.map_or_else(
                || "—".to_string(),
                |s| crate::report::html::status_cell(s, t.status_label(s)),
            );
            let _ = write!(b, "<td>{cell}</td>");
        }
        let _ = write!(
            b,
            "<td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            a.in_progress, a.done
        );
    }
    b.push_str("</tbody></table></div></section>\n");
    footer(
        &mut b,
        t,
        &p.attribution,
        &p.licence_name,
        &p.licence_url,
        &p.date,
    );
    page(lang, m.title, &b)
}

/// The heat-grid: one row per scope, one column per goal and overall, then the spread rows.
fn grid(p: &Portfolio, t: &Messages) -> String {
    let m = &t.portfolio;
    let lang = t.lang;
    let cell = |v: u32| {
        format!(
            "<td class=\"heat h{}\">{}</td>",
            heat_band(v),
            escape(&percent(lang, v))
        )
    };
    let mut b = format!(
        "<div class=\"scroll\"><table><caption>{}</caption><thead><tr><th scope=\"col\">{}</th>",
        escape(m.grid_title),
        escape(m.col_workspace)
    );
    for (i, g) in p.goals.iter().enumerate() {
        let _ = write!(
            b,
            "<th scope=\"col\" class=\"num\">{}{}</th>",
            goal_key(goal_style(&g.id, i)),
            escape(&g.name)
        );
    }
    let _ = write!(
        b,
        "<th scope=\"col\" class=\"num\">{}</th></tr></thead><tbody>",
        escape(m.col_overall)
    );
    for s in &p.scopes {
        let _ = write!(b, "<tr><th scope=\"row\">{}</th>", escape(&s.name));
        for v in s.percents() {
            b.push_str(&cell(v));
        }
        b.push_str(&cell(s.overall.points.percent()));
        b.push_str("</tr>");
    }
    b.push_str("</tbody><tfoot>");
    for (label, pick) in spread_rows(t) {
        let _ = write!(b, "<tr><th scope=\"row\">{}</th>", escape(label));
        for g in &p.goals {
            let _ = write!(
                b,
                "<td class=\"num\">{}</td>",
                escape(&percent(lang, pick(&g.spread)))
            );
        }
        let _ = write!(
            b,
            "<td class=\"num\">{}</td></tr>",
            escape(&percent(lang, pick(&p.overall)))
        );
    }
    b.push_str("</tfoot></table></div>");
    b
}
