//! The activity table as CSV (RFC 4180: comma-separated, CRLF line ends, quoted where needed),
//! with a UTF-8 byte order mark so spreadsheets read accented text correctly.

use super::{priority_label, status_label, Report};
use crate::i18n::Messages;

/// One row per activity, every goal in order, then the catalogue's attribution.
pub fn to_csv(report: &Report, t: &Messages) -> String {
    let r = &t.report;
    let mut rows: Vec<Vec<String>> = vec![[
        r.col_id,
        r.col_activity,
        r.col_goal,
        t.journey.status,
        t.status.priority,
        t.journey.owner,
        t.journey.target_date,
        r.col_points_met,
        r.col_points_total,
        r.col_objectives_done,
        r.col_objectives_total,
        r.col_custom,
    ]
    .map(text)
    .to_vec()];
    for goal in &report.goals {
        for a in &goal.activities {
            let p = &a.progress;
            rows.push(vec![
                text(&a.activity.id),
                text(&a.activity.title),
                text(&goal.name),
                text(status_label(t, a.score.status)),
                text(priority_label(t, p.priority)),
                text(&p.owner),
                text(p.target_date.as_deref().unwrap_or_default()),
                a.score.points.done.to_string(),
                a.score.points.total.to_string(),
                a.score.objectives.done.to_string(),
                a.score.objectives.total.to_string(),
                text(if a.custom { r.yes } else { r.no }),
            ]);
        }
    }
    rows.push(Vec::new());
    rows.push(vec![text(&report.attribution)]);
    rows.push(vec![text(&crate::i18n::fill(
        r.licence,
        &[("name", &report.licence_name), ("url", &report.licence_url)],
    ))]);
    let mut out = String::from('\u{feff}');
    for row in rows {
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

/// A text cell: quoted when it holds a comma, quote, line break or edge space; and never read
/// as a formula (a leading `=`, `+`, `-` or `@` gets an apostrophe, as spreadsheets advise).
pub(crate) fn text(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_string()
    };
    let needs_quotes =
        value.contains([',', '"', '\n', '\r']) || value.starts_with(' ') || value.ends_with(' ');
    if needs_quotes {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}
