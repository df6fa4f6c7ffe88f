//! Merging a workspace of the file into ours with the same id.

use super::{find, title, unique_id, ActivityMerge, Duplicate, ItemKind, MergeReport, Outcome};
use super::{profile, progress, TextCut, TextField};
use crate::catalogue::{Activity, Catalogue};
use crate::iteration::Iteration;
use crate::progress::ActivityProgress;
use crate::schema::Workspace;
use std::collections::{BTreeMap, HashSet};

pub(super) fn merge(
    ours: &mut Workspace,
    theirs: &Workspace,
    catalogue: &Catalogue,
    report: &mut MergeReport,
) {
    if ours == theirs {
        report.unchanged += ours.activities.len() as u32;
        return;
    }
    report.profiles.extend(profile::merge(ours, theirs));
    let ids = custom_activities(ours, theirs, catalogue, report);
    let theirs = rewritten(theirs, &ids);
    activities(ours, &theirs, catalogue, report);
    iterations(ours, &theirs.iterations, report);
}

/// Adds the file's own activities to ours; returns how the file's ids map to ours.
fn custom_activities(
    ours: &mut Workspace,
    theirs: &Workspace,
    catalogue: &Catalogue,
    report: &mut MergeReport,
) -> BTreeMap<String, String> {
    let mut ids = BTreeMap::new();
    let mut used = HashSet::new();
    let added_from = ours.custom_activities.len();
    for original in &theirs.custom_activities {
        // Compared with its links to the file's activities already placed under their ids here.
        let mut a = original.clone();
        for next in &mut a.next {
            if let Some(id) = ids.get(&next.activity) {
                next.activity.clone_from(id);
            }
        }
        let a = &a;
        let same = |b: &Activity| b.id == a.id && same_content(a, b);
        let found = find(&ours.custom_activities, &used, same)
            .or_else(|| find(&ours.custom_activities, &used, |b| same_content(a, b)));
        let id = match found {
            Some(i) => {
                used.insert(i);
                ours.custom_activities[i].id.clone()
            }
            None => {
                let mut added = original.clone();
                if let Some(clash) = ours.custom_activities.iter().find(|b| b.id == a.id) {
                    added.id = unique_id(&a.id, |id| {
                        catalogue.activity(id).is_some()
                            || ours.custom_activities.iter().any(|b| b.id == id)
                            || ours.activities.contains_key(id)
                            || theirs.custom_activities.iter().any(|b| b.id == id)
                            || theirs.activities.contains_key(id)
                    });
                    report.duplicates.push(Duplicate {
                        workspace: ours.name.clone(),
                        kind: ItemKind::Activity,
                        activity: None,
                        ours: clash.title.clone(),
                        theirs: a.title.clone(),
                        new_id: added.id.clone(),
                    });
                }
                report.added_custom += 1;
                used.insert(ours.custom_activities.len());
                let id = added.id.clone();
                ours.custom_activities.push(added);
                id
            }
        };
        ids.insert(a.id.clone(), id);
    }
    // Proposed-next links of the added ones follow the activities they name, wherever they are.
    for added in &mut ours.custom_activities[added_from..] {
        for next in &mut added.next {
            if let Some(id) = ids.get(&next.activity) {
                next.activity.clone_from(id);
            }
        }
    }
    ids
}

fn same_content(a: &Activity, b: &Activity) -> bool {
    Activity {
        id: b.id.clone(),
        ..a.clone()
    } == *b
}

/// The file's workspace with its own activities under their ids here.
fn rewritten(theirs: &Workspace, ids: &BTreeMap<String, String>) -> Workspace {
    let to = |id: &String| ids.get(id).unwrap_or(id).clone();
    let mut ws = theirs.clone();
    ws.activities = BTreeMap::new();
    for (id, p) in &theirs.activities {
        // Two of the file's records can land on one id only in a file that repeats an
        // activity; they are combined rather than one dropped.
        let p = match ws.activities.get(&to(id)) {
            Some(other) => progress::combine(other, p, &[]).progress,
            None => p.clone(),
        };
        ws.activities.insert(to(id), p);
    }
    for snapshot in ws.iterations.iter_mut().filter_map(|i| i.snapshot.as_mut()) {
        // `extend` inserts one by one; `collect()` would sort (crate::order says why not).
        let activities = std::mem::take(&mut snapshot.activities);
        snapshot
            .activities
            .extend(activities.into_iter().map(|(id, a)| (to(&id), a)));
    }
    ws
}

fn activities(
    ours: &mut Workspace,
    theirs: &Workspace,
    catalogue: &Catalogue,
    report: &mut MergeReport,
) {
    for (id, p) in &theirs.activities {
        let Some(mine) = ours.activities.get(id) else {
            report.added += 1;
            ours.activities.insert(id.clone(), p.clone());
            continue;
        };
        if mine == p {
            report.unchanged += 1;
            continue;
        }
        let definition = catalogue
            .activity(id)
            .or_else(|| ours.custom_activities.iter().find(|a| &a.id == id));
        let defined: Vec<&str> = definition
            .iter()
            .flat_map(|a| a.verification_points.iter().map(|v| v.id.as_str()))
            .collect();
        let combination = progress::combine(mine, p, &defined);
        let activity = title(catalogue, ours, id);
        for (kind, mine, theirs, new_id) in combination.duplicates {
            report.duplicates.push(Duplicate {
                workspace: ours.name.clone(),
                kind,
                activity: Some(activity.clone()),
                ours: mine,
                theirs,
                new_id,
            });
        }
        match combination.outcome {
            Outcome::Theirs => report.updated += 1,
            Outcome::Ours => report.kept += 1,
            Outcome::Combined { .. } => report.combined += 1,
        }
        report.changed.push(ActivityMerge {
            workspace: ours.name.clone(),
            activity,
            outcome: combination.outcome,
            undated: combination.undated,
            cuts: named(combination.cuts, definition, &combination.progress),
        });
        ours.activities.insert(id.clone(), combination.progress);
    }
}

/// The cuts with each evidence named by its point's text (shortened), as the summary shows it.
fn named(
    cuts: Vec<TextCut>,
    definition: Option<&Activity>,
    progress: &ActivityProgress,
) -> Vec<TextCut> {
    let text = |id: &str| {
        let points = definition
            .map(|a| &a.verification_points[..])
            .unwrap_or_default();
        (points.iter().chain(&progress.custom_points))
            .find(|p| p.id == id)
            .map(|p| {
                let short = super::fit::cut(&p.text, 80);
                if short.len() < p.text.len() {
                    format!("{short}…")
                } else {
                    short.to_string()
                }
            })
    };
    cuts.into_iter()
        .map(|mut c| {
            if let TextField::Evidence { point } = &mut c.field {
                if let Some(named) = text(point) {
                    *point = named;
                }
            }
            c
        })
        .collect()
}

fn iterations(ours: &mut Workspace, theirs: &[Iteration], report: &mut MergeReport) {
    for t in theirs {
        let found = ours
            .iterations
            .iter()
            .position(|o| o.id == t.id && compatible(o, t))
            .or_else(|| ours.iterations.iter().position(|o| compatible(o, t)));
        if let Some(i) = found {
            let o = &mut ours.iterations[i];
            o.start = o.start.take().or(t.start.clone());
            o.end = o.end.take().or(t.end.clone());
            o.snapshot = o.snapshot.take().or(t.snapshot.clone());
            continue;
        }
        let mut added = t.clone();
        if let Some(clash) = ours.iterations.iter().find(|o| o.id == t.id) {
            added.id = unique_id(&t.id, |id| {
                ours.iterations.iter().any(|o| o.id == id) || theirs.iter().any(|o| o.id == id)
            });
            report.duplicates.push(Duplicate {
                workspace: ours.name.clone(),
                kind: ItemKind::Iteration,
                activity: None,
                ours: clash.name.clone(),
                theirs: t.name.clone(),
                new_id: added.id.clone(),
            });
        }
        report.added_iterations += 1;
        ours.iterations.push(added);
    }
}

/// The same iteration: same name, and dates and snapshot equal or missing on one side.
fn compatible(a: &Iteration, b: &Iteration) -> bool {
    fn agree<T: PartialEq>(x: &Option<T>, y: &Option<T>) -> bool {
        x.is_none() || y.is_none() || x == y
    }
    a.name == b.name
        && agree(&a.start, &b.start)
        && agree(&a.end, &b.end)
        && agree(&a.snapshot, &b.snapshot)
}
