//! Progress figures. The GGI gives no numeric score: progress is the share of verification
//! points met and of scorecard objectives done, counted only over activities in scope
//! (Planned, In progress, Done — not "Not selected" nor "Not applicable").

use crate::catalogue::{Activity, Catalogue};
use crate::progress::{ActivityProgress, Status};
use crate::schema::Workspace;

/// `done` out of `total`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub done: u32,
    pub total: u32,
}

impl Tally {
    pub fn percent(self) -> u32 {
        percent_of(self.done, self.total)
    }

    fn add(&mut self, other: Tally) {
        self.done = self.done.saturating_add(other.done);
        self.total = self.total.saturating_add(other.total);
    }
}

/// Whole percent, rounded down so 100% means everything; 0 when there is nothing to count.
pub fn percent_of(done: u32, total: u32) -> u32 {
    if total == 0 {
        0
    } else {
        (u64::from(done.min(total)) * 100 / u64::from(total)) as u32
    }
}

/// One activity's figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ActivityScore {
    pub status: Status,
    pub points: Tally,
    pub objectives: Tally,
}

/// Figures for one goal, or for all goals.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Activities counted (in scope).
    pub in_scope: u32,
    /// All activities considered, in scope or not.
    pub activities: u32,
    pub done: u32,
    pub in_progress: u32,
    pub points: Tally,
    pub objectives: Tally,
}

/// Every activity of a workspace: the catalogue's, then the organisation's own.
pub fn all_activities<'a>(
    catalogue: &'a Catalogue,
    ws: &'a Workspace,
) -> impl Iterator<Item = &'a Activity> + 'a {
    catalogue
        .activities
        .iter()
        .chain(ws.custom_activities.iter())
}

pub fn activity_score(activity: &Activity, progress: Option<&ActivityProgress>) -> ActivityScore {
    let Some(p) = progress else {
        return ActivityScore {
            status: Status::NotSelected,
            points: Tally {
                done: 0,
                total: activity.verification_points.len() as u32,
            },
            objectives: Tally::default(),
        };
    };
    let ids = activity
        .verification_points
        .iter()
        .chain(p.custom_points.iter())
        .map(|vp| vp.id.as_str());
    let (mut points, mut total) = (0, 0);
    for id in ids {
        total += 1;
        if p.verification.get(id).is_some_and(|c| c.met) {
            points += 1;
        }
    }
    ActivityScore {
        status: p.status,
        points: Tally {
            done: points,
            total,
        },
        objectives: Tally {
            done: p.objectives.iter().filter(|o| o.done).count() as u32,
            total: p.objectives.len() as u32,
        },
    }
}

/// Sums the activities that `include` accepts (a goal, a role filter, or all).
pub fn summarise<'a>(ws: &Workspace, activities: impl Iterator<Item = &'a Activity>) -> Summary {
    let mut s = Summary::default();
    for a in activities {
        let score = activity_score(a, ws.activities.get(&a.id));
        s.activities += 1;
        if !score.status.in_scope() {
            continue;
        }
        s.in_scope += 1;
        s.done += u32::from(score.status == Status::Done);
        s.in_progress += u32::from(score.status == Status::InProgress);
        s.points.add(score.points);
        s.objectives.add(score.objectives);
    }
    s
}

/// Per goal, in catalogue order, optionally limited to activities of one role.
pub fn by_goal(
    catalogue: &Catalogue,
    ws: &Workspace,
    role: Option<&str>,
) -> Vec<(String, Summary)> {
    catalogue
        .goals
        .iter()
        .map(|g| {
            let acts = all_activities(catalogue, ws)
                .filter(|a| a.goal == g.id && role.is_none_or(|r| a.roles.iter().any(|x| x == r)));
            (g.id.clone(), summarise(ws, acts))
        })
        .collect()
}

/// Over all goals, optionally limited to one role.
pub fn overall(catalogue: &Catalogue, ws: &Workspace, role: Option<&str>) -> Summary {
    summarise(
        ws,
        all_activities(catalogue, ws)
            .filter(|a| role.is_none_or(|r| a.roles.iter().any(|x| x == r))),
    )
}

pub fn status_of(ws: &Workspace, activity_id: &str) -> Status {
    ws.activities
        .get(activity_id)
        .map(|p| p.status)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests;
