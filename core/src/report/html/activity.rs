//! One in-scope activity of the web-page report: facts, scorecard, objectives and every
//! verification point with its evidence (a link only when it is a safe address).

use super::{escape, link_or_text, markdown, page::status};
use crate::i18n::{date, fill, Messages};
use crate::report::markdown::kv;
use crate::report::{priority_label, status_label, ActivityReport};
use std::fmt::Write;

pub(super) fn write(b: &mut String, t: &Messages, a: &ActivityReport) {
    let r = &t.report;
    let lang = t.lang;
    let p = &a.progress;
    let custom = if a.custom {
        format!(" <span class=\"tag\">{}</span>", escape(t.catalogue.custom))
    } else {
        String::new()
    };
    let mut facts = vec![status(a.score.status, status_label(t, a.score.status))];
    if p.priority.is_some() {
        facts.push(escape(&kv(
            lang,
            t.status.priority,
            priority_label(t, p.priority),
        )));
    }
    if !p.owner.trim().is_empty() {
        facts.push(escape(&kv(lang, t.journey.owner, p.owner.trim())));
    }
    if let Some(d) = &p.target_date {
        facts.push(escape(&kv(lang, t.journey.target_date, &date(lang, d))));
    }
    let count = |template: &str, tally: crate::scoring::Tally| {
        escape(&fill(
            template,
            &[
                ("done", &tally.done.to_string()),
                ("total", &tally.total.to_string()),
            ],
        ))
    };
    let _ = write!(
        b,
        "<article class=\"activity\"><h3>{} {}{custom}</h3><p>{}</p><p>{} · {}</p><h4>{}</h4>",
        escape(&a.activity.id),
        escape(&a.activity.title),
        facts.join(" · "),
        count(t.journey.points_met, a.score.points),
        count(r.objectives_done, a.score.objectives),
        escape(r.scorecard),
    );
    for (label, value) in crate::report::scorecard_fields(r, &p.scorecard) {
        let body = if value.trim().is_empty() {
            format!("<p class=\"muted\">{}</p>", escape(r.not_filled))
        } else {
            markdown(value)
        };
        let _ = write!(
            b,
            "<div class=\"field\"><h5>{}</h5>{body}</div>",
            escape(label)
        );
    }

    let _ = write!(b, "<h4>{}</h4>", escape(t.dashboard().objectives));
    if p.objectives.is_empty() {
        let _ = write!(b, "<p class=\"muted\">{}</p>", escape(r.no_objectives));
    } else {
        b.push_str("<ul>");
        for o in &p.objectives {
            let (mark, word) = if o.done {
                ("✓", r.objective_done)
            } else {
                ("○", r.objective_open)
            };
            let mut extra = Vec::new();
            if !o.owner.trim().is_empty() {
                extra.push(o.owner.trim().to_string());
            }
            if let Some(d) = &o.due {
                extra.push(fill(r.due, &[("date", &date(lang, d))]));
            }
            let extra = if extra.is_empty() {
                String::new()
            } else {
                format!(" ({})", escape(&extra.join(", ")))
            };
            let _ = write!(
                b,
                "<li><span aria-hidden=\"true\">{mark}</span> {}{}{}{extra}</li>",
                escape(word),
                lang.colon(),
                escape(&o.text)
            );
        }
        b.push_str("</ul>");
    }

    let _ = write!(
        b,
        "<h4>{}</h4><ul>",
        escape(t.catalogue.verification_points)
    );
    for (vp, check) in a.points() {
        let (mark, word) = if check.met {
            ("✓", r.point_met)
        } else {
            ("✗", r.point_not_met)
        };
        let _ = write!(
            b,
            "<li><span aria-hidden=\"true\">{mark}</span> {}{}{}",
            escape(word),
            lang.colon(),
            escape(&vp.text)
        );
        let evidence = check.evidence.trim();
        if !evidence.is_empty() {
            let _ = write!(
                b,
                " — {}{}{}",
                escape(r.evidence),
                lang.colon(),
                link_or_text(evidence)
            );
        }
        if let (true, Some(d)) = (check.met, &check.date) {
            let _ = write!(
                b,
                " <span class=\"muted\">({})</span>",
                escape(&fill(r.ticked_on, &[("date", &date(lang, d))]))
            );
        }
        b.push_str("</li>");
    }
    b.push_str("</ul></article>\n");
}
