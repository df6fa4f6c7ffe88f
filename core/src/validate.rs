//! Meaning checks on a document that has the right shape: dates are dates, numbers are in range,
//! texts and ids are within the app's limits (in characters), lists within their caps
//! ([`caps`]), snapshots' counts are ones the app could have frozen. Each refusal names its path.
//!
//! Nothing a person recorded is refused for not fitting the catalogue in use: progress the
//! catalogue cannot place and custom activities that no longer fit are kept and reported as
//! [`Warning`]s. Ids used twice in a list are repaired (the later item gets a new id) and
//! reported, so no later change to one item can touch the other.

use crate::catalogue::{Activity, Catalogue};
use crate::ids;
use crate::limits::{self, ID, NAME, TEXT};
use crate::schema::{Document, Workspace};
use std::collections::{HashMap, HashSet};

pub mod caps;
mod snapshot;

pub use caps::TooMany;

type Problem = (String, String);

fn problem(path: impl Into<String>, message: impl Into<String>) -> Problem {
    (path.into(), message.into())
}

/// Something kept as it is, or repaired, that the import preview tells the user about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Warning {
    /// Progress for an activity that neither the catalogue nor the workspace's own activities
    /// have (made with another catalogue): kept and listed, counted again if it returns.
    UnplacedActivity { workspace: String, activity: String },
    /// Records for verification points the activity does not have: kept and listed.
    UnplacedPoints {
        workspace: String,
        activity: String,
        points: Vec<String>,
    },
    /// A custom activity that no longer fits: its id is now a catalogue activity's, or its goal
    /// is not in the catalogue. Kept as it is.
    CustomActivityUnplaced { workspace: String, activity: String },
    /// An id used twice in one list: the later item now has `new`.
    Reidentified {
        path: String,
        old: String,
        new: String,
    },
}

impl Warning {
    /// The warning in the user's language; names and ids from the file are kept as they are.
    pub fn localized(&self, m: &crate::i18n::SafetyMsgs) -> String {
        use crate::i18n::fill;
        match self {
            Warning::UnplacedActivity {
                workspace,
                activity,
            } => fill(
                m.warn_unplaced_activity,
                &[("workspace", workspace), ("activity", activity)],
            ),
            Warning::UnplacedPoints {
                workspace,
                activity,
                points,
            } => fill(
                m.warn_unplaced_points,
                &[
                    ("workspace", workspace),
                    ("activity", activity),
                    ("points", &points.join(", ")),
                ],
            ),
            Warning::CustomActivityUnplaced {
                workspace,
                activity,
            } => fill(
                m.warn_custom_unplaced,
                &[("workspace", workspace), ("activity", activity)],
            ),
            Warning::Reidentified { path, old, new } => fill(
                m.warn_reidentified,
                &[("path", path), ("old", old), ("new", new)],
            ),
        }
    }
}

/// Checks `doc`, repairing duplicate ids in place; returns what the user should be told.
pub fn document(doc: &mut Document, catalogue: &Catalogue) -> Result<Vec<Warning>, Problem> {
    if doc.workspaces.is_empty() {
        return Err(problem(
            "workspaces",
            "there must be at least one workspace",
        ));
    }
    caps::document(doc).map_err(|e| problem(e.path(), e.to_string()))?;
    let mut warnings = Vec::new();
    let mut seen = HashSet::new();
    let mut in_use = ids::Taken::new(doc.workspaces.iter().map(|w| w.id.as_str()));
    for i in 0..doc.workspaces.len() {
        let id = doc.workspaces[i].id.clone();
        if !seen.insert(id.clone()) {
            // Cut so that the new id is within the limit the next check applies.
            let new = in_use.fresh("ws", &limits::truncate(&id, NAME - 20));
            warnings.push(Warning::Reidentified {
                path: format!("workspaces[{i}].id"),
                old: id,
                new: new.clone(),
            });
            doc.workspaces[i].id = new.clone();
            seen.insert(new);
        }
        workspace(&mut doc.workspaces[i], catalogue, &mut warnings)
            .map_err(|(p, m)| (format!("workspaces[{i}].{p}"), m))?;
    }
    if doc.workspace(&doc.active_workspace).is_none() {
        return Err(problem(
            "active_workspace",
            format!("\"{}\" names no workspace", doc.active_workspace),
        ));
    }
    Ok(warnings)
}

fn workspace(
    ws: &mut Workspace,
    catalogue: &Catalogue,
    warnings: &mut Vec<Warning>,
) -> Result<(), Problem> {
    text(|| "id".into(), &ws.id, NAME)?;
    if ws.id.trim().is_empty() {
        return Err(problem("id", "must not be empty"));
    }
    text(|| "name".into(), &ws.name, NAME)?;
    text(
        || "profile.organisation".into(),
        &ws.profile.organisation,
        NAME,
    )?;
    let name = ws.name.clone();
    unique_ids(
        &mut ws.custom_activities,
        |a| &mut a.id,
        &[],
        "custom_activities",
        warnings,
    );
    // Looked up once per activity below: a search of the lists each time was quadratic
    // (issue 22: 80,000 own activities, 28 s). The first of an id wins, as a search finds it.
    let in_catalogue: HashMap<&str, &Activity> = (catalogue.activities.iter().rev())
        .map(|a| (a.id.as_str(), a))
        .collect();
    let goals: HashSet<&str> = catalogue.goals.iter().map(|g| g.id.as_str()).collect();
    let own: HashMap<&str, &Activity> = (ws.custom_activities.iter().rev())
        .map(|a| (a.id.as_str(), a))
        .collect();
    for (i, a) in ws.custom_activities.iter().enumerate() {
        let at = |field: &str| format!("custom_activities[{i}].{field}");
        text(|| at("id"), &a.id, ID)?;
        text(|| at("goal"), &a.goal, ID)?;
        text(|| at("title"), &a.title, NAME)?;
        for (field, value) in [
            ("summary", &a.summary),
            ("description", &a.description),
            ("opportunity", &a.opportunity),
        ] {
            text(|| at(field), value, TEXT)?;
        }
        if in_catalogue.contains_key(a.id.as_str()) || !goals.contains(a.goal.as_str()) {
            warnings.push(Warning::CustomActivityUnplaced {
                workspace: name.clone(),
                activity: a.title.clone(),
            });
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
                    format!("{:?} {}", brief(url), crate::safe_url::REFUSED),
                ));
            }
        }
    }
    for (id, p) in ws.activities.iter_mut() {
        text(|| format!("activities.{}", brief(id)), id, ID)?;
        let at = |field: &str| format!("activities.{id}.{field}");
        let activity = (in_catalogue.get(id.as_str()))
            .or_else(|| own.get(id.as_str()))
            .copied();
        let catalogue_points: Vec<&str> = activity
            .map(|a| {
                a.verification_points
                    .iter()
                    .map(|v| v.id.as_str())
                    .collect()
            })
            .unwrap_or_default();
        unique_ids(
            &mut p.custom_points,
            |v| &mut v.id,
            &catalogue_points,
            &at("custom_points"),
            warnings,
        );
        unique_ids(
            &mut p.objectives,
            |o| &mut o.id,
            &[],
            &at("objectives"),
            warnings,
        );
        let known: HashSet<&str> = catalogue_points
            .iter()
            .copied()
            .chain(p.custom_points.iter().map(|v| v.id.as_str()))
            .collect();
        let unplaced: Vec<String> = p
            .verification
            .keys()
            .filter(|k| !known.contains(k.as_str()))
            .cloned()
            .collect();
        match activity {
            None => warnings.push(Warning::UnplacedActivity {
                workspace: name.clone(),
                activity: id.clone(),
            }),
            Some(_) if !unplaced.is_empty() => warnings.push(Warning::UnplacedPoints {
                workspace: name.clone(),
                activity: id.clone(),
                points: unplaced,
            }),
            Some(_) => {}
        }
        for (point, check) in &p.verification {
            text(|| at(&format!("verification.{}", brief(point))), point, ID)?;
            let at = |field: &str| at(&format!("verification.{point}.{field}"));
            if check.rating.is_some_and(|r| r > 5) {
                return Err(problem(at("rating"), "must be between 0 and 5"));
            }
            date(|| at("date"), check.date.as_deref())?;
            text(|| at("evidence"), &check.evidence, TEXT)?;
        }
        for (i, v) in p.custom_points.iter().enumerate() {
            text(|| at(&format!("custom_points[{i}].id")), &v.id, ID)?;
            text(|| at(&format!("custom_points[{i}].text")), &v.text, TEXT)?;
        }
        date(|| at("target_date"), p.target_date.as_deref())?;
        for (i, o) in p.objectives.iter().enumerate() {
            text(|| at(&format!("objectives[{i}].id")), &o.id, ID)?;
            date(|| at(&format!("objectives[{i}].due")), o.due.as_deref())?;
            text(|| at(&format!("objectives[{i}].text")), &o.text, TEXT)?;
            text(|| at(&format!("objectives[{i}].owner")), &o.owner, NAME)?;
        }
        for (field, value, max) in [
            ("scorecard.description", &p.scorecard.description, TEXT),
            ("scorecard.opportunity", &p.scorecard.opportunity, TEXT),
            ("scorecard.tools", &p.scorecard.tools, TEXT),
            ("scorecard.notes", &p.scorecard.notes, TEXT),
            ("owner", &p.owner, NAME),
            ("not_applicable_reason", &p.not_applicable_reason, TEXT),
        ] {
            text(|| at(field), value, max)?;
        }
    }
    unique_ids(
        &mut ws.iterations,
        |it| &mut it.id,
        &[],
        "iterations",
        warnings,
    );
    for (i, it) in ws.iterations.iter().enumerate() {
        text(|| format!("iterations[{i}].id"), &it.id, ID)?;
        text(|| format!("iterations[{i}].name"), &it.name, NAME)?;
        date(|| format!("iterations[{i}].start"), it.start.as_deref())?;
        date(|| format!("iterations[{i}].end"), it.end.as_deref())?;
        if let Some(s) = &it.snapshot {
            snapshot::check(s).map_err(|(p, m)| (format!("iterations[{i}].snapshot.{p}"), m))?;
        }
    }
    Ok(())
}

/// An id (or a refused value) as a message shows it: whole when short, else its start (one over
/// the limit would otherwise fill the message that refuses it).
fn brief(id: &str) -> String {
    const SHOWN: usize = 40;
    if id.len() <= SHOWN {
        id.to_string()
    } else {
        format!("{}…", limits::truncate(id, SHOWN))
    }
}

// Gives every item whose id was already used (by an earlier item or in `reserved`) a new one,
// which no item of the list has: one set for the whole list (issue 22).
fn unique_ids<T>(
    items: &mut [T],
    id: impl Fn(&mut T) -> &mut String,
    reserved: &[&str],
    path: &str,
    warnings: &mut Vec<Warning>,
) {
    let mut seen: HashSet<String> = reserved.iter().map(|s| s.to_string()).collect();
    let mut in_use = ids::Taken::new(reserved.iter().copied());
    for item in items.iter_mut() {
        in_use.insert(id(item));
    }
    for (i, item) in items.iter_mut().enumerate() {
        let current = id(item);
        if !seen.contains(current.as_str()) {
            seen.insert(current.clone());
            continue;
        }
        // Cut so that the new id is within the limit the later checks apply.
        let new = in_use.fresh(&limits::truncate(current, ID - 20), "copy");
        seen.insert(new.clone());
        warnings.push(Warning::Reidentified {
            path: format!("{path}[{i}].id"),
            old: std::mem::replace(current, new.clone()),
            new,
        });
    }
}

// Paths are written only for a refusal: a file at the caps has hundreds of thousands of texts.
fn text(path: impl FnOnce() -> String, value: &str, max: usize) -> Result<(), Problem> {
    if limits::chars(value) > max {
        Err(problem(path(), format!("is longer than {max} characters")))
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

fn date(path: impl FnOnce() -> String, value: Option<&str>) -> Result<(), Problem> {
    match value {
        Some(v) if !is_date(v) => Err(problem(
            path(),
            format!("\"{}\" is not a date (YYYY-MM-DD)", brief(v)),
        )),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod scale_tests;
#[cfg(test)]
mod tests;
