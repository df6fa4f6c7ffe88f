//! The portfolio as CSV, in the same dialect as the report's (RFC 4180, CRLF, byte order mark,
//! formula-safe text cells): the goal grid with its lowest/median/highest rows, then each
//! activity's status per scope with the in-progress and done counts, then the attribution.

use super::Portfolio;
use crate::i18n::{fill, Messages};
use crate::report::csv_text as text;

pub fn to_csv(p: &Portfolio, t: &Messages) -> String {
    let m = &t.portfolio;
    let mut rows: Vec<Vec<String>> = vec![vec![text(m.csv_grid)]];
    let mut head = vec![text(m.col_workspace), text(t.report.organisation)];
    head.extend(p.goals.iter().map(|g| text(&g.name)));
    head.push(text(m.col_overall));
    rows.push(head);
    for s in &p.scopes {
        let mut row = vec![text(&s.name), text(&s.organisation)];
        row.extend(s.percents().iter().map(u32::to_string));
        row.push(s.overall.points.percent().to_string());
        rows.push(row);
    }
    for (label, pick) in super::spread_rows(t) {
        let mut row = vec![text(label), String::new()];
        row.extend(p.goals.iter().map(|g| pick(&g.spread).to_string()));
        row.push(pick(&p.overall).to_string());
        rows.push(row);
    }
    rows.push(Vec::new());
    rows.push(vec![text(m.csv_activities)]);
    let mut head = vec![
        text(t.report.col_id),
        text(t.report.col_activity),
        text(t.report.col_goal),
    ];
    head.extend(p.scopes.iter().map(|s| text(&s.name)));
    head.extend([text(m.col_in_progress), text(m.col_done)]);
    rows.push(head);
    for a in &p.activities {
        let mut row = vec![text(&a.id), text(&a.title), text(&a.goal)];
        row.extend(
            a.statuses
                .iter()
                .map(|s| s.map_or_else(String::new, |s| text(t.status_label(s)))),
        );
        row.extend([a.in_progress.to_string(), a.done.to_string()]);
        rows.push(row);
    }
    rows.push(Vec::new());
    rows.push(vec![text(&p.attribution)]);
    rows.push(vec![text(&fill(
        t.report.licence,
        &[("name", &p.licence_name), ("url", &p.licence_url)],
    ))]);
    let mut out = String::from('\u{feff}');
    for row in rows {
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}
