//! Iterations of the journey and the snapshots that closing one freezes.

use crate::catalogue::Catalogue;
use crate::progress::Status;
use crate::schema::Workspace;
use crate::scoring::{self, Tally};

// The data types live with the document they belong to; the behaviour is here.
pub use crate::schema::{ActivitySnapshot, Iteration, Snapshot};

/// Freezes every activity's status and progress as they are now.
pub fn snapshot(catalogue: &Catalogue, ws: &Workspace, now: &str) -> Snapshot {
    // `extend` inserts one by one; `collect()` would sort (crate::order says why not).
    let mut activities = std::collections::BTreeMap::new();
    activities.extend(scoring::all_activities(catalogue, ws).map(|a| {
        let s = scoring::activity_score(a, ws.activities.get(&a.id));
        (
            a.id.clone(),
            ActivitySnapshot {
                goal: a.goal.clone(),
                status: s.status,
                points_met: s.points.done,
                points_total: s.points.total,
                objectives_done: s.objectives.done,
                objectives_total: s.objectives.total,
            },
        )
    }));
    Snapshot {
        taken_at: now.to_string(),
        activities,
    }
}

/// The iteration under way: the last one not closed.
pub fn current(ws: &Workspace) -> Option<&Iteration> {
    ws.iterations.iter().rev().find(|i| i.snapshot.is_none())
}

/// Starts a named iteration. Refused while another is open, so iterations never overlap.
pub fn start(
    ws: &mut Workspace,
    name: &str,
    start: Option<String>,
    end: Option<String>,
    token: &str,
) -> Result<String, IterationError> {
    if name.trim().is_empty() {
        return Err(IterationError::NoName);
    }
    if let Some(open) = current(ws) {
        return Err(IterationError::AlreadyOpen(open.name.clone()));
    }
    if let (Some(s), Some(e)) = (&start, &end) {
        if e < s {
            return Err(IterationError::EndsBeforeStart);
        }
    }
    let id = crate::ids::fresh("it", token, ws.iterations.iter().map(|i| i.id.as_str()));
    ws.iterations.push(Iteration {
        id: id.clone(),
        name: name.trim().to_string(),
        start,
        end,
        snapshot: None,
    });
    Ok(id)
}

/// Closes the open iteration, freezing a snapshot. Work simply continues from the current state.
pub fn close(catalogue: &Catalogue, ws: &mut Workspace, now: &str) -> Result<(), IterationError> {
    let snap = snapshot(catalogue, ws, now);
    let open = ws
        .iterations
        .iter_mut()
        .rev()
        .find(|i| i.snapshot.is_none())
        .ok_or(IterationError::NoneOpen)?;
    open.snapshot = Some(snap);
    Ok(())
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum IterationError {
    #[error("Give the iteration a name.")]
    NoName,
    #[error("The iteration \"{0}\" is still open: close it first.")]
    AlreadyOpen(String),
    #[error("No iteration is open.")]
    NoneOpen,
    #[error("The end date is before the start date.")]
    EndsBeforeStart,
}

impl Snapshot {
    /// Verification points met over activities in scope, per goal id (or all when `goal` is None).
    pub fn points(&self, goal: Option<&str>) -> Tally {
        let mut t = Tally::default();
        for a in self.activities.values() {
            if a.status.in_scope() && goal.is_none_or(|g| g == a.goal) {
                // Counts come from files: the importer checks them, but a sum must never
                // wrap (or panic) whatever a snapshot holds (issue 22).
                t.done = t.done.saturating_add(a.points_met);
                t.total = t.total.saturating_add(a.points_total);
            }
        }
        t
    }
}

/// How one activity moved between two snapshots.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Movement {
    pub activity: String,
    pub status_before: Status,
    pub status_after: Status,
    pub points_before: u32,
    pub points_after: u32,
}

/// Per-activity changes from `before` to `after` (only activities that moved), and per-goal
/// percentages before and after.
pub fn compare(
    catalogue: &Catalogue,
    before: &Snapshot,
    after: &Snapshot,
) -> (Vec<Movement>, Vec<(String, u32, u32)>) {
    let mut moved = Vec::new();
    for (id, a) in &after.activities {
        let b = before.activities.get(id);
        let (status_before, points_before) =
            b.map(|b| (b.status, b.points_met)).unwrap_or_default();
        if status_before != a.status || points_before != a.points_met {
            moved.push(Movement {
                activity: id.clone(),
                status_before,
                status_after: a.status,
                points_before,
                points_after: a.points_met,
            });
        }
    }
    let goals = catalogue
        .goals
        .iter()
        .map(|g| {
            (
                g.id.clone(),
                before.points(Some(&g.id)).percent(),
                after.points(Some(&g.id)).percent(),
            )
        })
        .collect();
    (moved, goals)
}

/// Overall and per-goal percentages at each closed iteration, in order: the data of a trend chart.
pub fn trend(catalogue: &Catalogue, ws: &Workspace) -> Vec<(String, u32, Vec<u32>)> {
    ws.iterations
        .iter()
        .filter_map(|i| i.snapshot.as_ref().map(|s| (i, s)))
        .map(|(i, s)| {
            let goals = catalogue
                .goals
                .iter()
                .map(|g| s.points(Some(&g.id)).percent())
                .collect();
            (i.name.clone(), s.points(None).percent(), goals)
        })
        .collect()
}

#[cfg(test)]
mod tests;
