//! Meaning checks on a document that has the right shape: references resolve, dates are dates,
//! numbers are in range, texts are of sane length. Each problem names its path.

use crate::catalogue::{Activity, Catalogue};
use crate::schema::{Document, Workspace};
use std::collections::HashSet;

/// Longest accepted text field; anything longer is almost certainly not typed by a person.
pub const MAX_TEXT: usize = 100_000;

type Problem = (String, String);

fn problem(path: impl Into<String>, message: impl Into<String>) -> Problem {
    (path.into(), message.into())
}

pub fn document(doc: &Document, catalogue: &Catalogue) -> Result<(), Problem> {
    if doc.workspaces.is_empty() {
        return Err(problem(
            "workspaces",
            "there must be at least one workspace",
        ));
    }
    let mut ids = HashSet::new();
    for (i, ws) in doc.workspaces.iter().enumerate() {
        if !ids.insert(ws.id.as_str()) {
            return Err(problem(
                format!("workspaces[{i}].id"),
                format!("\"{}\" is used twice", ws.id),
            ));
        }
        workspace(ws, catalogue).map_err(|(p, m)| (format!("workspaces[{i}].{p}"), m))?;
    }
    if doc.workspace(&doc.active_workspace).is_none() {
        return Err(problem(
            "active_workspace",
            format!("\"{}\" names no workspace", doc.active_workspace),
        ));
    }
    Ok(())
}

fn workspace(ws: &Workspace, catalogue: &Catalogue) -> Result<(), Problem> {
    text("id", &ws.id, 200)?;
    if ws.id.trim().is_empty() {
        return Err(problem("id", "must not be empty"));
    }
    text("name", &ws.name, 200)?;
    text("profile.organisation", &ws.profile.organisation, 200)?;
    for (i, a) in ws.custom_activities.iter().enumerate() {
        if catalogue.activity(&a.id).is_some() {
            return Err(problem(
                format!("custom_activities[{i}].id"),
                format!("\"{}\" is already a catalogue activity", a.id),
            ));
        }
        if catalogue.goal(&a.goal).is_none() {
            return Err(problem(
                format!("custom_activities[{i}].goal"),
                format!("unknown goal \"{}\"", a.goal),
            ));
        }
        // Custom activities' addresses are shown as links: the same rule as the catalogue's.
        let urls = std::iter::once(("handbook_url".to_string(), a.handbook_url.as_deref())).chain(
            (a.resources.iter().enumerate())
                .map(|(r, res)| (format!("resources[{r}].url"), res.url.as_deref())),
        );
        for (field, url) in urls {
            if let Some(url) = url.filter(|u| !crate::safe_url::is_safe_url(u)) {
                return Err(problem(
                    format!("custom_activities[{i}].{field}"),
                    format!("{url:?} {}", crate::safe_url::REFUSED),
                ));
            }
        }
    }
    for (id, p) in &ws.activities {
        let at = |field: &str| format!("activities.{id}.{field}");
        let Some(activity) = find(catalogue, ws, id) else {
            return Err(problem(format!("activities.{id}"), "unknown activity"));
        };
        let known: HashSet<&str> = activity
            .verification_points
            .iter()
            .chain(&p.custom_points)
            .map(|v| v.id.as_str())
            .collect();
        for (point, check) in &p.verification {
            if !known.contains(point.as_str()) {
                return Err(problem(
                    at(&format!("verification.{point}")),
                    "unknown verification point id",
                ));
            }
            if check.rating.is_some_and(|r| r > 5) {
                return Err(problem(
                    at(&format!("verification.{point}.rating")),
                    "must be between 0 and 5",
                ));
            }
            date(
                &at(&format!("verification.{point}.date")),
                check.date.as_deref(),
            )?;
            text(
                &at(&format!("verification.{point}.evidence")),
                &check.evidence,
                MAX_TEXT,
            )?;
        }
        date(&at("target_date"), p.target_date.as_deref())?;
        for (i, o) in p.objectives.iter().enumerate() {
            date(&at(&format!("objectives[{i}].due")), o.due.as_deref())?;
            text(&at(&format!("objectives[{i}].text")), &o.text, MAX_TEXT)?;
        }
        for (field, value) in [
            ("scorecard.description", &p.scorecard.description),
            ("scorecard.opportunity", &p.scorecard.opportunity),
            ("scorecard.tools", &p.scorecard.tools),
            ("scorecard.notes", &p.scorecard.notes),
            ("owner", &p.owner),
            ("not_applicable_reason", &p.not_applicable_reason),
        ] {
            text(&at(field), value, MAX_TEXT)?;
        }
    }
    for (i, it) in ws.iterations.iter().enumerate() {
        date(&format!("iterations[{i}].start"), it.start.as_deref())?;
        date(&format!("iterations[{i}].end"), it.end.as_deref())?;
    }
    Ok(())
}

fn find<'a>(catalogue: &'a Catalogue, ws: &'a Workspace, id: &str) -> Option<&'a Activity> {
    catalogue
        .activity(id)
        .or_else(|| ws.custom_activities.iter().find(|a| a.id == id))
}

fn text(path: &str, value: &str, max: usize) -> Result<(), Problem> {
    if value.len() > max {
        Err(problem(path, format!("is longer than {max} characters")))
    } else {
        Ok(())
    }
}

/// `YYYY-MM-DD` with a real month and day.
pub fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|x| x.parse::<u32>().ok());
    matches!((num(0..4), num(5..7), num(8..10)), (Some(_), Some(m), Some(d)) if (1..=12).contains(&m) && (1..=31).contains(&d))
}

fn date(path: &str, value: Option<&str>) -> Result<(), Problem> {
    match value {
        Some(v) if !is_date(v) => Err(problem(path, format!("\"{v}\" is not a date (YYYY-MM-DD)"))),
        _ => Ok(()),
    }
}
