//! The report as Markdown, for a wiki or a Git repository. User text never becomes markup the
//! app would not show: plain text is escaped and flattened so it cannot break the document's
//! lists and tables, and scorecard fields are written back from the app's safe Markdown subset
//! (see [`escape`]).

use super::{status_label, Report};
use crate::i18n::{date, fill, percent, Lang, Messages};
use crate::scoring::Tally;
use std::fmt::Write;

mod activity;
mod escape;
#[cfg(test)]
mod tests;

pub fn to_markdown(report: &Report, t: &Messages) -> String {
    let r = &t.report;
    let lang = t.lang;
    let figure = |tally: Tally| {
        format!(
            "{} ({}/{})",
            percent(lang, tally.percent()),
            tally.done,
            tally.total
        )
    };
    let mut md = String::new();
    let _ = writeln!(md, "# {} — {}\n", r.title, line(&report.organisation));
    let _ = writeln!(
        md,
        "- {}",
        kv(lang, r.organisation, &line(&report.organisation))
    );
    let _ = writeln!(md, "- {}", kv(lang, r.workspace, &line(&report.workspace)));
    if let Some(iteration) = &report.iteration {
        let _ = writeln!(md, "- {}", kv(lang, r.iteration, &line(iteration)));
    }
    let _ = writeln!(md, "- {}", kv(lang, r.date, &date(lang, &report.date)));
    let _ = writeln!(
        md,
        "- {}\n",
        kv(lang, r.catalogue, &line(&report.catalogue_title))
    );

    let o = &report.overall;
    let _ = writeln!(md, "## {}\n", t.dashboard().overall);
    let _ = writeln!(
        md,
        "{}\n",
        in_scope_line(t, o.in_scope, o.activities, o.done)
    );
    let _ = writeln!(
        md,
        "- {}",
        kv(lang, t.catalogue.verification_points, &figure(o.points))
    );
    let _ = writeln!(
        md,
        "- {}\n",
        kv(lang, t.dashboard().objectives, &figure(o.objectives))
    );

    let _ = writeln!(md, "## {}\n", t.dashboard().by_goal);
    let _ = writeln!(
        md,
        "| {} | {} | {} | {} |",
        r.col_goal, r.col_in_scope, r.col_points_total, r.col_objectives_total
    );
    let _ = writeln!(md, "| --- | ---: | ---: | ---: |");
    for g in &report.goals {
        let s = &g.summary;
        let _ = writeln!(
            md,
            "| {} | {}/{} | {} | {} |",
            cell(&g.name),
            s.in_scope,
            s.activities,
            figure(s.points),
            figure(s.objectives)
        );
    }

    let _ = writeln!(md, "\n## {}\n", r.all_activities);
    let _ = writeln!(
        md,
        "| {} | {} | {} | {} | {} | {} |",
        r.col_id,
        r.col_activity,
        r.col_goal,
        t.journey.status,
        r.col_points_total,
        r.col_objectives_total
    );
    let _ = writeln!(md, "| --- | --- | --- | --- | ---: | ---: |");
    for g in &report.goals {
        for a in &g.activities {
            let s = a.score;
            let _ = writeln!(
                md,
                "| {} | {} | {} | {} | {}/{} | {}/{} |",
                cell(&a.activity.id),
                cell(&a.activity.title),
                cell(&g.name),
                status_label(t, s.status),
                s.points.done,
                s.points.total,
                s.objectives.done,
                s.objectives.total
            );
        }
    }

    for g in &report.goals {
        let _ = writeln!(
            md,
            "\n## {}\n",
            fill(t.catalogue.goal_heading, &[("name", &line(&g.name))])
        );
        let s = &g.summary;
        let _ = writeln!(
            md,
            "{}\n",
            in_scope_line(t, s.in_scope, s.activities, s.done)
        );
        let mut any = false;
        for a in g.activities.iter().filter(|a| a.score.status.in_scope()) {
            any = true;
            activity::write(&mut md, t, a);
        }
        if !any {
            let _ = writeln!(md, "{}", r.none_in_goal);
        }
    }

    let _ = writeln!(md, "\n---\n\n{}", line(&report.attribution));
    let _ = writeln!(
        md,
        "{}",
        fill(
            r.licence,
            &[
                ("name", &line(&report.licence_name)),
                ("url", &escape::url(&report.licence_url))
            ]
        )
    );
    if let Some(url) = &report.source_url {
        let _ = writeln!(md, "{}", escape::url(url));
    }
    let _ = writeln!(
        md,
        "\n{}",
        fill(r.generated, &[("date", &date(lang, &report.date))])
    );
    md
}

fn in_scope_line(t: &Messages, n: u32, total: u32, done: u32) -> String {
    fill(
        t.dashboard().in_scope,
        &[
            ("n", &n.to_string()),
            ("total", &total.to_string()),
            ("done", &done.to_string()),
        ],
    )
}

/// "Label: value", with the no-break space French puts before the colon.
pub(super) fn kv(lang: Lang, label: &str, value: &str) -> String {
    format!("{label}{}{value}", lang.colon())
}

/// User text on one line: line breaks become spaces, markup is escaped.
pub(super) fn line(s: &str) -> String {
    escape::text(s)
}

/// User text in a table cell: on one line, escaped, with `|` escaped too.
fn cell(s: &str) -> String {
    escape::cell(s)
}
