//! Changes an organisation makes to its journey, as pure functions over a [`Workspace`].
//! The app calls these; they are tested natively.

use crate::catalogue::VerificationPoint;
use crate::ids;
use crate::progress::{ActivityProgress, Objective, Status};
use crate::schema::Workspace;

/// The progress record of an activity, created on first change.
pub fn progress_mut<'a>(
    ws: &'a mut Workspace,
    activity: &str,
    now: &str,
) -> &'a mut ActivityProgress {
    let p = ws.activities.entry(activity.to_string()).or_default();
    p.updated_at = now.to_string();
    p
}

pub fn set_status(ws: &mut Workspace, activity: &str, status: Status, now: &str) {
    let p = progress_mut(ws, activity, now);
    p.status = status;
    if status != Status::NotApplicable {
        p.not_applicable_reason.clear();
    }
}

/// Ticks or unticks a verification point. Ticking records today's date unless one is set;
/// unticking keeps the evidence (so nothing typed is lost) but clears the date.
pub fn set_point(
    ws: &mut Workspace,
    activity: &str,
    point: &str,
    met: bool,
    today: &str,
    now: &str,
) {
    let p = progress_mut(ws, activity, now);
    let check = p.verification.entry(point.to_string()).or_default();
    check.met = met;
    check.date = if met {
        check.date.take().or_else(|| Some(today.to_string()))
    } else {
        None
    };
    // Ticking a point of an activity nobody selected yet means work has started on it.
    if met && p.status == Status::NotSelected {
        p.status = Status::InProgress;
    }
}

pub fn set_evidence(ws: &mut Workspace, activity: &str, point: &str, evidence: &str, now: &str) {
    let p = progress_mut(ws, activity, now);
    p.verification
        .entry(point.to_string())
        .or_default()
        .evidence = evidence.to_string();
}

/// Adds an objective and returns its id (`obj-TOKEN`, unique within the activity).
pub fn add_objective(
    ws: &mut Workspace,
    activity: &str,
    text: &str,
    now: &str,
    token: &str,
) -> String {
    let p = progress_mut(ws, activity, now);
    let id = ids::fresh("obj", token, p.objectives.iter().map(|o| o.id.as_str()));
    p.objectives.push(Objective {
        id: id.clone(),
        text: text.to_string(),
        ..Objective::default()
    });
    id
}

/// Moves an objective up (`-1`) or down (`+1`); out-of-range moves do nothing.
pub fn move_objective(ws: &mut Workspace, activity: &str, id: &str, delta: isize, now: &str) {
    let p = progress_mut(ws, activity, now);
    let Some(from) = p.objectives.iter().position(|o| o.id == id) else {
        return;
    };
    let Some(to) = from
        .checked_add_signed(delta)
        .filter(|t| *t < p.objectives.len())
    else {
        return;
    };
    p.objectives.swap(from, to);
}

pub fn remove_objective(ws: &mut Workspace, activity: &str, id: &str, now: &str) {
    progress_mut(ws, activity, now)
        .objectives
        .retain(|o| o.id != id);
}

pub fn objective_mut<'a>(
    ws: &'a mut Workspace,
    activity: &str,
    id: &str,
    now: &str,
) -> Option<&'a mut Objective> {
    progress_mut(ws, activity, now)
        .objectives
        .iter_mut()
        .find(|o| o.id == id)
}

/// Adds an organisation's own verification point to an activity; returns its id
/// (`custom-TOKEN`: a random token cannot reuse a catalogue point's id).
pub fn add_custom_point(
    ws: &mut Workspace,
    activity: &str,
    text: &str,
    now: &str,
    token: &str,
) -> Option<String> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let p = progress_mut(ws, activity, now);
    let known = p.custom_points.iter().map(|v| v.id.as_str());
    let id = ids::fresh(
        "custom",
        token,
        known.chain(p.verification.keys().map(String::as_str)),
    );
    p.custom_points.push(VerificationPoint {
        id: id.clone(),
        text: text.to_string(),
    });
    Some(id)
}

/// Removes a custom verification point and what was recorded for it.
pub fn remove_custom_point(ws: &mut Workspace, activity: &str, id: &str, now: &str) {
    let p = progress_mut(ws, activity, now);
    p.custom_points.retain(|v| v.id != id);
    p.verification.remove(id);
}

/// Adds an activity of the organisation's own to a goal, with a first verification point so it
/// can be tracked like the others; returns its id (`ORG-TOKEN`).
pub fn add_custom_activity(
    ws: &mut Workspace,
    goal: &str,
    title: &str,
    description: &str,
    token: &str,
) -> Option<String> {
    let title = title.trim();
    if title.is_empty() {
        return None;
    }
    let in_use = ws.custom_activities.iter().map(|a| a.id.as_str());
    let id = ids::fresh(
        "ORG",
        token,
        in_use.chain(ws.activities.keys().map(String::as_str)),
    );
    ws.custom_activities.push(crate::catalogue::Activity {
        id: id.clone(),
        title: title.to_string(),
        goal: goal.to_string(),
        roles: Vec::new(),
        handbook_url: None,
        summary: String::new(),
        description: description.trim().to_string(),
        opportunity: String::new(),
        verification_points: vec![VerificationPoint {
            id: "done".into(),
            text: format!("{title}: in place"),
        }],
        tools: Vec::new(),
        recommendations: Vec::new(),
        resources: Vec::new(),
        next: Vec::new(),
    });
    Some(id)
}

/// Sets the 0–5 rating of a point (None clears it); values above 5 are capped.
pub fn set_rating(ws: &mut Workspace, activity: &str, point: &str, rating: Option<u8>, now: &str) {
    let p = progress_mut(ws, activity, now);
    p.verification.entry(point.to_string()).or_default().rating = rating.map(|r| r.min(5));
}

#[cfg(test)]
mod tests;
