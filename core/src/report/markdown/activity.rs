use super::{escape, kv, line};
use crate::i18n::{date, fill, Messages};
use crate::report::{priority_label, status_label, ActivityReport};
use std::fmt::Write;

/// One in-scope activity: its facts, scorecard, objectives and verification points.
pub(super) fn write(md: &mut String, t: &Messages, a: &ActivityReport) {
    let r = &t.report;
    let lang = t.lang;
    let p = &a.progress;
    let custom = if a.custom {
        format!(" ({})", t.catalogue.custom)
    } else {
        String::new()
    };
    let _ = writeln!(
        md,
        "### {} {}{custom}\n",
        line(&a.activity.id),
        line(&a.activity.title)
    );
    let mut facts = vec![kv(lang, t.journey.status, status_label(t, a.score.status))];
    if p.priority.is_some() {
        facts.push(kv(lang, t.status.priority, priority_label(t, p.priority)));
    }
    if !p.owner.trim().is_empty() {
        facts.push(kv(lang, t.journey.owner, &line(&p.owner)));
    }
    if let Some(d) = &p.target_date {
        facts.push(kv(lang, t.journey.target_date, &date(lang, d)));
    }
    let _ = writeln!(md, "- {}", facts.join(" · "));
    let points = a.score.points;
    let objectives = a.score.objectives;
    let _ = writeln!(
        md,
        "- {}",
        fill(
            t.journey.points_met,
            &[
                ("done", &points.done.to_string()),
                ("total", &points.total.to_string())
            ]
        )
    );
    let _ = writeln!(
        md,
        "- {}\n",
        fill(
            r.objectives_done,
            &[
                ("done", &objectives.done.to_string()),
                ("total", &objectives.total.to_string())
            ]
        )
    );

    let _ = writeln!(md, "#### {}\n", r.scorecard);
    for (label, value) in crate::report::scorecard_fields(r, &p.scorecard) {
        let value = if value.trim().is_empty() {
            r.not_filled.to_string()
        } else {
            escape::markdown(value)
        };
        let _ = writeln!(md, "**{label}**\n\n{value}\n");
    }

    let _ = writeln!(md, "#### {}\n", t.dashboard().objectives);
    if p.objectives.is_empty() {
        let _ = writeln!(md, "{}\n", r.no_objectives);
    }
    for o in &p.objectives {
        let mut extra = Vec::new();
        if !o.owner.trim().is_empty() {
            extra.push(line(&o.owner));
        }
        if let Some(d) = &o.due {
            extra.push(fill(r.due, &[("date", &date(lang, d))]));
        }
        let extra = if extra.is_empty() {
            String::new()
        } else {
            format!(" ({})", extra.join(", "))
        };
        let _ = writeln!(
            md,
            "- [{}] {}{extra}",
            if o.done { "x" } else { " " },
            line(&o.text)
        );
    }
    if !p.objectives.is_empty() {
        md.push('\n');
    }

    let _ = writeln!(md, "#### {}\n", t.catalogue.verification_points);
    for (vp, check) in a.points() {
        let mut text = format!(
            "- [{}] {}",
            if check.met { "x" } else { " " },
            escape::inline_markdown(&vp.text)
        );
        if !check.evidence.trim().is_empty() {
            let evidence = check.evidence.trim();
            let evidence = match crate::safe_url::is_safe_url(evidence) {
                true => escape::url(evidence),
                false => line(evidence),
            };
            let _ = write!(text, " — {}", kv(lang, r.evidence, &evidence));
        }
        if let (true, Some(d)) = (check.met, &check.date) {
            let _ = write!(
                text,
                " ({})",
                fill(r.ticked_on, &[("date", &date(lang, d))])
            );
        }
        let _ = writeln!(md, "{text}");
    }
    md.push('\n');
}
