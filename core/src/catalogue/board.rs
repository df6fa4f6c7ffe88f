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
use crate::board_import::versions::{point_ids, HandbookVersion};
use serde::Deserialize;

#[derive(Deserialize)]
struct BoardFile {
    /// Written from v1.3 on; the files of the tags v1.1 and v1.2 have none.
    #[serde(default)]
    handbook_version: Option<String>,
    /// Where the file was generated from (`git-reference`: `v1.2`, or a branch).
    #[serde(default)]
    source: Option<serde_json::Value>,
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
        .is_some_and(|v| is_board_value(&v))
}

/// Whether a JSON value is a My GGI Board catalogue: `activities` with `handbook_version`
/// (v1.3 on), or, as the files of v1.1 and v1.2, with `roles` and `goals` and no `format`.
pub fn is_board_value(v: &serde_json::Value) -> bool {
    v.get("activities").is_some_and(serde_json::Value::is_array)
        && (v.get("handbook_version").is_some()
            || (v.get("roles").is_some_and(serde_json::Value::is_object)
                && v.get("goals").is_some_and(serde_json::Value::is_array)
                && v.get("format").is_none()))
}

/// The handbook version of a file that does not say it: v1.3 writes "(EN)" in its
/// `Activity ID:` links; the v1.2 file names its tag in `source`; v1.1's A-19 has six items.
fn version_of(file: &BoardFile) -> (String, HandbookVersion) {
    if let Some(v) = &file.handbook_version {
        return (v.clone(), HandbookVersion::V1_3);
    }
    let en = file
        .activities
        .iter()
        .any(|a| a.content.contains(" (EN)]("));
    let tag = file
        .source
        .as_ref()
        .and_then(|s| s.get("git-reference"))
        .and_then(serde_json::Value::as_str)
        .and_then(|r| r.strip_prefix('v'));
    let a19_items = file
        .activities
        .iter()
        .find(|a| a.id == "GGI-A-19")
        .map(|a| checklist(&a.content).count());
    let version = if en || tag == Some("1.3") {
        HandbookVersion::V1_3
    } else if tag == Some("1.1") || a19_items == Some(6) {
        HandbookVersion::V1_1
    } else {
        HandbookVersion::V1_2
    };
    let name = match version {
        HandbookVersion::V1_1 => "1.1",
        HandbookVersion::V1_2 => "1.2",
        HandbookVersion::V1_3 => "1.3",
    };
    (name.to_string(), version)
}

/// The `- [ ]` items of an activity's Progress Assessment.
fn checklist(content: &str) -> impl Iterator<Item = &str> {
    let mut inside = false;
    content.lines().filter_map(move |l| {
        if let Some(h) = l.strip_prefix("### ") {
            inside = h.trim().eq_ignore_ascii_case("Progress Assessment");
            return None;
        }
        let t = l.trim();
        inside
            .then(|| t.strip_prefix("- [ ]").or_else(|| t.strip_prefix("- [x]")))
            .flatten()
    })
}

/// Parses and validates a My GGI Board catalogue.
pub fn from_board_json(
    json: &str,
    reference: Option<&Catalogue>,
) -> Result<Catalogue, CatalogueError> {
    let file: BoardFile =
        serde_json::from_str(json).map_err(|e| CatalogueError::Syntax(e.to_string()))?;
    let (version, handbook) = version_of(&file);
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
        .map(|(i, a)| activity(i, a, reference, handbook))
        .collect::<Result<Vec<_>, _>>()?;
    let catalogue = Catalogue {
        format: FORMAT.to_string(),
        format_version: 1,
        id: "ggi-handbook".to_string(),
        version: version.clone(),
        title: format!("Good Governance Initiative handbook v{version} (My GGI Board file)"),
        language: "en".to_string(),
        licence: Licence { name: "CC-BY-4.0".into(), url: "https://creativecommons.org/licenses/by/4.0/".into() },
        attribution: format!(
            "OSPO Alliance and the OW2 Good Governance Initiative contributors: Good Governance Initiative handbook v{version}, CC-BY-4.0."
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
    handbook: HandbookVersion,
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
    let known: Vec<&str> = reference
        .and_then(|r| r.activity(&a.id))
        .map(|k| {
            k.verification_points
                .iter()
                .map(|v| v.id.as_str())
                .collect()
        })
        .unwrap_or_default();
    // Item n of this file's version is the reference's point its table names (position n
    // where the activity did not change).
    let verification_points: Vec<VerificationPoint> = progress
        .lines()
        .filter_map(|l| {
            l.trim()
                .strip_prefix("- [ ]")
                .or_else(|| l.trim().strip_prefix("- [x]"))
        })
        .enumerate()
        .map(|(n, text)| VerificationPoint {
            id: point_ids(handbook, &a.id, n, &known)
                .into_iter()
                .next()
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
