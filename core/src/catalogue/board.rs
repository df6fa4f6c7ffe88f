//! Reads a catalogue in My GGI Board's format (`ggi_activities_full.json`): each activity's
//! handbook Markdown is split into sections, verification points (`- [ ]` lines under
//! Progress Assessment) and next-links (resolved by the `GGI-A-NN` id in the link text, never
//! by the URL, which is sometimes wrong).
//!
//! Such files have no verification-point ids, so points are matched by activity id and
//! position: point n takes the id of point n of the same activity in `reference` (the
//! embedded catalogue), so saved progress carries over; extra points get `vp-n`.

use super::{
    Activity, Catalogue, CatalogueError, Goal, Licence, NextActivity, Resource, Role,
    VerificationPoint, FORMAT,
};
use serde::Deserialize;

#[derive(Deserialize)]
struct BoardFile {
    handbook_version: String,
    roles: serde_json::Map<String, serde_json::Value>,
    goals: Vec<BoardGoal>,
    activities: Vec<BoardActivity>,
}

#[derive(Deserialize)]
struct BoardGoal {
    name: String,
}

#[derive(Deserialize)]
struct BoardActivity {
    id: String,
    name: String,
    roles: Vec<String>,
    goal: String,
    content: String,
}

/// Whether `json` looks like a My GGI Board file rather than our own format.
pub fn is_board_format(json: &str) -> bool {
    serde_json::from_str::<serde_json::Value>(json)
        .ok()
        .is_some_and(|v| v.get("handbook_version").is_some() && v.get("activities").is_some())
}

/// Parses and validates a My GGI Board catalogue.
pub fn from_board_json(
    json: &str,
    reference: Option<&Catalogue>,
) -> Result<Catalogue, CatalogueError> {
    let file: BoardFile =
        serde_json::from_str(json).map_err(|e| CatalogueError::Syntax(e.to_string()))?;
    let goals = file
        .goals
        .iter()
        .map(|g| Goal {
            id: slug(g.name.trim_end_matches(" Goal")),
            name: g.name.trim_end_matches(" Goal").to_string(),
            scope: String::new(),
        })
        .collect();
    let roles = file
        .roles
        .keys()
        .map(|name| Role {
            id: slug(name),
            name: name.clone(),
        })
        .collect();
    let activities = file
        .activities
        .iter()
        .enumerate()
        .map(|(i, a)| activity(i, a, reference))
        .collect::<Result<Vec<_>, _>>()?;
    let catalogue = Catalogue {
        format: FORMAT.to_string(),
        format_version: 1,
        id: "ggi-handbook".to_string(),
        version: file.handbook_version.clone(),
        title: format!("Good Governance Initiative handbook v{} (My GGI Board file)", file.handbook_version),
        language: "en".to_string(),
        licence: Licence { name: "CC-BY-4.0".into(), url: "https://creativecommons.org/licenses/by/4.0/".into() },
        attribution: format!(
            "OSPO Alliance and the OW2 Good Governance Initiative contributors: Good Governance Initiative handbook v{}, CC-BY-4.0.",
            file.handbook_version
        ),
        source_url: Some("https://ospo-alliance.org/ggi/".into()),
        goals,
        roles,
        activities,
    };
    catalogue.check()?;
    Ok(catalogue)
}

fn slug(name: &str) -> String {
    crate::lowercase::lowercase(name.trim())
        .split_whitespace()
        .collect::<Vec<_>>()
        .join("-")
}

fn activity(
    index: usize,
    a: &BoardActivity,
    reference: Option<&Catalogue>,
) -> Result<Activity, CatalogueError> {
    let place = |field: &str| format!("activities[{index}] ({}).{field}", a.id);
    let sections = sections(&a.content);
    let get = |name: &str| {
        sections
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, body)| body.as_str())
    };
    let required = |name: &str, field: &str| {
        get(name)
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .ok_or_else(|| CatalogueError::MissingText {
                place: place(field),
            })
    };
    let description = required("Description", "Description")?;
    let opportunity = required("Opportunity Assessment", "Opportunity Assessment")?;
    let progress = get("Progress Assessment").unwrap_or_default();
    let known = reference.and_then(|r| r.activity(&a.id));
    let verification_points: Vec<VerificationPoint> = progress
        .lines()
        .filter_map(|l| {
            l.trim()
                .strip_prefix("- [ ]")
                .or_else(|| l.trim().strip_prefix("- [x]"))
        })
        .enumerate()
        .map(|(n, text)| VerificationPoint {
            id: known
                .and_then(|k| k.verification_points.get(n))
                .map(|vp| vp.id.clone())
                .unwrap_or_else(|| format!("vp-{}", n + 1)),
            text: text.trim().to_string(),
        })
        .collect();
    if verification_points.is_empty() {
        return Err(CatalogueError::MissingText {
            place: place("Progress Assessment (no \"- [ ]\" verification points)"),
        });
    }
    Ok(Activity {
        id: a.id.clone(),
        title: a.name.clone(),
        goal: slug(a.goal.trim_end_matches(" Goal")),
        roles: a.roles.iter().map(|r| slug(r)).collect(),
        handbook_url: None,
        summary: String::new(),
        description,
        opportunity,
        verification_points,
        tools: items(get("Tools").unwrap_or_default()),
        recommendations: items(get("Recommendations").unwrap_or_default()),
        resources: items(get("Resources").unwrap_or_default())
            .iter()
            .map(|i| resource(i))
            .collect(),
        next: next_links(get("Proposed next activities").unwrap_or_default()),
    })
}

/// `### Heading` sections, headings trimmed.
fn sections(content: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for line in content.lines() {
        if let Some(h) = line.strip_prefix("### ") {
            out.push((h.trim().to_string(), String::new()));
        } else if let Some((_, body)) = out.last_mut() {
            body.push_str(line);
            body.push('\n');
        }
    }
    out
}

/// Bullets and paragraphs as one-line items (tables are left out).
fn items(body: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut open = false;
    for line in body.lines() {
        let t = line.trim();
        if t.is_empty() || t.starts_with('|') {
            open = false;
        } else if let Some(rest) = t.strip_prefix("- ").or_else(|| t.strip_prefix("* ")) {
            out.push(rest.trim().to_string());
            open = true;
        } else if open {
            if let Some(last) = out.last_mut() {
                last.push(' ');
                last.push_str(t);
            }
        } else {
            out.push(t.to_string());
            open = true;
        }
    }
    out
}

fn resource(item: &str) -> Resource {
    let link = item.find('[').and_then(|start| {
        let close = start + item[start..].find("](")?;
        let end = close + 2 + item[close + 2..].find(')')?;
        Some((start, close, end))
    });
    match link {
        Some((start, close, end)) => Resource {
            title: item[start + 1..close]
                .trim()
                .trim_end_matches("(EN)")
                .trim()
                .to_string(),
            url: Some(item[close + 2..end].trim().to_string()),
            note: format!("{} {}", &item[..start], &item[end + 1..])
                .trim()
                .trim_start_matches([',', ':', '.'])
                .trim()
                .to_string(),
        },
        None => Resource {
            title: item.to_string(),
            url: None,
            note: String::new(),
        },
    }
}

fn next_links(body: &str) -> Vec<NextActivity> {
    items(body)
        .iter()
        .filter_map(|item| {
            let start = item.find("[GGI-A-")? + 1;
            let digits: String = item[start + 6..]
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            let after_link = item[start..]
                .find("](")
                .and_then(|c| item[start + c..].find(')').map(|e| start + c + e + 1));
            Some(NextActivity {
                activity: format!("GGI-A-{digits}"),
                rationale: after_link
                    .map(|e| item[e..].trim().to_string())
                    .unwrap_or_default(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests;
