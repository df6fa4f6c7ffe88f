//! Merging an imported document into the current one: per item, the newer side wins
//! (by `updated_at`), and every item changed on both sides is reported as a conflict.

use crate::schema::{Document, Workspace};
use std::collections::BTreeMap;

/// Which side an item was taken from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Ours,
    Theirs,
}

/// An activity that differs on both sides, and which version was kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    pub workspace: String,
    pub activity: String,
    pub kept: Side,
}

/// What a merge did (or, as a preview, would do).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MergeReport {
    /// Names of workspaces that only the file has.
    pub added_workspaces: Vec<String>,
    /// Activities only the file has progress for.
    pub added: u32,
    /// Activities taken from the file because its version is newer.
    pub updated: u32,
    /// Activities where this browser's version is newer and was kept.
    pub kept: u32,
    pub unchanged: u32,
    pub conflicts: Vec<Conflict>,
}

/// Merges `theirs` into `ours`. Settings and the active workspace stay ours.
pub fn merge(ours: &Document, theirs: &Document) -> (Document, MergeReport) {
    let mut merged = ours.clone();
    let mut report = MergeReport::default();
    for incoming in &theirs.workspaces {
        match merged.workspaces.iter_mut().find(|w| w.id == incoming.id) {
            None => {
                report.added_workspaces.push(incoming.name.clone());
                report.added += incoming.activities.len() as u32;
                merged.workspaces.push(incoming.clone());
            }
            Some(current) => merge_workspace(current, incoming, &mut report),
        }
    }
    (merged, report)
}

fn merge_workspace(ours: &mut Workspace, theirs: &Workspace, report: &mut MergeReport) {
    let theirs_newer = theirs.updated_at > ours.updated_at;
    if theirs_newer {
        ours.name = theirs.name.clone();
        ours.profile = theirs.profile.clone();
        ours.updated_at = theirs.updated_at.clone();
    }
    for (id, progress) in &theirs.activities {
        match ours.activities.get(id) {
            None => {
                report.added += 1;
                ours.activities.insert(id.clone(), progress.clone());
            }
            Some(mine) if mine == progress => report.unchanged += 1,
            Some(mine) => {
                let kept = if progress.updated_at > mine.updated_at {
                    Side::Theirs
                } else {
                    Side::Ours
                };
                report.conflicts.push(Conflict {
                    workspace: ours.name.clone(),
                    activity: id.clone(),
                    kept,
                });
                if kept == Side::Theirs {
                    report.updated += 1;
                    ours.activities.insert(id.clone(), progress.clone());
                } else {
                    report.kept += 1;
                }
            }
        }
    }
    union_by_id(
        &mut ours.custom_activities,
        &theirs.custom_activities,
        |a| a.id.clone(),
        theirs_newer,
    );
    union_by_id(
        &mut ours.iterations,
        &theirs.iterations,
        |i| i.id.clone(),
        theirs_newer,
    );
}

// Adds items only `theirs` has; replaces shared ones when `prefer_theirs`. Order: ours first.
fn union_by_id<T: Clone>(
    ours: &mut Vec<T>,
    theirs: &[T],
    id: impl Fn(&T) -> String,
    prefer_theirs: bool,
) {
    let index: BTreeMap<String, usize> = ours.iter().enumerate().map(|(i, t)| (id(t), i)).collect();
    for item in theirs {
        match index.get(&id(item)) {
            Some(&i) if prefer_theirs => ours[i] = item.clone(),
            Some(_) => {}
            None => ours.push(item.clone()),
        }
    }
}

#[cfg(test)]
mod tests;
