//! Combining two records of progress on one activity, so that the work of both is kept.

use super::texts::{self, TextCut, TextField};
use super::{dated, find, unique_id, ItemKind, Outcome, Side};
use crate::catalogue::VerificationPoint;
use crate::limits;
use crate::progress::{ActivityProgress, Objective, PointCheck, Status};
use std::collections::{BTreeMap, HashSet};

/// Two different items with the same id: (kind, ours' text, theirs' text, theirs' new id).
pub(super) type Kept = (ItemKind, String, String, String);

/// The two records combined, and how.
pub(super) struct Combination {
    pub progress: ActivityProgress,
    pub outcome: Outcome,
    /// Neither record had a usable date.
    pub undated: bool,
    /// Texts too long to keep whole together; evidence is named by its point's id.
    pub cuts: Vec<TextCut>,
    pub duplicates: Vec<Kept>,
}

/// Combines `ours` and `theirs` by the rule of the module doc. `defined` are the activity's own
/// point ids (from its catalogue), which a new id must not take.
pub(super) fn combine(
    ours: &ActivityProgress,
    theirs: &ActivityProgress,
    defined: &[&str],
) -> Combination {
    let theirs_newer = dated::newer(&ours.updated_at, &theirs.updated_at) == Side::Theirs;
    let undated = dated::neither(&ours.updated_at, &theirs.updated_at);
    let (newer, older) = if theirs_newer {
        (theirs, ours)
    } else {
        (ours, theirs)
    };
    let mut joined = false;
    let older_side = if theirs_newer {
        Side::Ours
    } else {
        Side::Theirs
    };
    let mut cuts = Vec::new();
    let mut text = |field: TextField, n: &str, o: &str| {
        let j = texts::join(n, o, limits::TEXT);
        joined |= j.both;
        cuts.extend(j.cut.map(|cut| TextCut {
            field,
            side: older_side,
            cut,
        }));
        j.text
    };
    let mut result = ours.clone();
    result.status = newer.status;
    // Without dates nothing says which status is current; a status beats none.
    if undated && newer.status == Status::NotSelected {
        result.status = older.status;
    }
    result.priority = newer.priority.or(older.priority);
    result.owner = non_empty(&newer.owner, &older.owner);
    result.target_date = newer.target_date.clone().or(older.target_date.clone());
    result.not_applicable_reason =
        non_empty(&newer.not_applicable_reason, &older.not_applicable_reason);
    let (n, o) = (&newer.scorecard, &older.scorecard);
    result.scorecard.description = text(TextField::Description, &n.description, &o.description);
    result.scorecard.opportunity = text(TextField::Opportunity, &n.opportunity, &o.opportunity);
    result.scorecard.tools = text(TextField::Tools, &n.tools, &o.tools);
    result.scorecard.notes = text(TextField::Notes, &n.notes, &o.notes);
    result.updated_at.clone_from(&newer.updated_at);

    let mut duplicates = Vec::new();
    let renamed = points(&mut result, theirs, defined, &mut duplicates);
    // The file's ticks follow its points to their ids here.
    let mut theirs = theirs.clone();
    // `extend` inserts one by one; `collect()` would sort (crate::order says why not).
    let verification = std::mem::take(&mut theirs.verification);
    theirs.verification.extend(
        verification
            .into_iter()
            .map(|(id, check)| (renamed.get(&id).cloned().unwrap_or(id), check)),
    );
    for (id, check) in &theirs.verification {
        let (combined, evidence) = match result.verification.get(id) {
            None => (check.clone(), None),
            Some(mine) if theirs_newer => point_check(check, mine),
            Some(mine) => point_check(mine, check),
        };
        if let Some(evidence) = evidence {
            joined |= evidence.both;
            cuts.extend(evidence.cut.map(|cut| TextCut {
                field: TextField::Evidence { point: id.clone() },
                side: older_side,
                cut,
            }));
        }
        result.verification.insert(id.clone(), combined);
    }
    objectives(&mut result, &theirs, theirs_newer, &mut duplicates);

    let outcome = if result == theirs {
        Outcome::Theirs
    } else if result == *ours {
        Outcome::Ours
    } else {
        Outcome::Combined {
            newer: if theirs_newer {
                Side::Theirs
            } else {
                Side::Ours
            },
            texts_joined: joined,
        }
    };
    Combination {
        progress: result,
        outcome,
        undated,
        cuts,
        duplicates,
    }
}

/// Adds the file's own points to `result`; returns the file's ids that changed, and to what.
fn points(
    result: &mut ActivityProgress,
    theirs: &ActivityProgress,
    defined: &[&str],
    duplicates: &mut Vec<Kept>,
) -> BTreeMap<String, String> {
    let mut renamed = BTreeMap::new();
    let mut used = HashSet::new();
    for p in &theirs.custom_points {
        let found = find(&result.custom_points, &used, |q| {
            q.id == p.id && q.text == p.text
        })
        .or_else(|| find(&result.custom_points, &used, |q| q.text == p.text));
        let id = match found {
            Some(i) => {
                used.insert(i);
                result.custom_points[i].id.clone()
            }
            None => {
                let clash = result.custom_points.iter().find(|q| q.id == p.id);
                let id = match clash {
                    None => p.id.clone(),
                    Some(clash) => {
                        let id = unique_id(&p.id, |id| {
                            defined.contains(&id)
                                || result.custom_points.iter().any(|q| q.id == id)
                                || result.verification.contains_key(id)
                                || theirs.custom_points.iter().any(|q| q.id == id)
                                || theirs.verification.contains_key(id)
                        });
                        duplicates.push((
                            ItemKind::Point,
                            clash.text.clone(),
                            p.text.clone(),
                            id.clone(),
                        ));
                        id
                    }
                };
                used.insert(result.custom_points.len());
                result.custom_points.push(VerificationPoint {
                    id: id.clone(),
                    text: p.text.clone(),
                });
                id
            }
        };
        if id != p.id {
            renamed.insert(p.id.clone(), id);
        }
    }
    renamed
}

/// Adds the file's objectives to `result`; one with the same text is the same objective.
fn objectives(
    result: &mut ActivityProgress,
    theirs: &ActivityProgress,
    theirs_newer: bool,
    duplicates: &mut Vec<Kept>,
) {
    let mut used = HashSet::new();
    for t in &theirs.objectives {
        let found = find(&result.objectives, &used, |o| {
            o.id == t.id && o.text == t.text
        })
        .or_else(|| find(&result.objectives, &used, |o| o.text == t.text));
        if let Some(i) = found {
            used.insert(i);
            let mine = &result.objectives[i];
            result.objectives[i] = if theirs_newer {
                objective(t, mine, &mine.id)
            } else {
                objective(mine, t, &mine.id)
            };
            continue;
        }
        let mut added = t.clone();
        if let Some(clash) = result.objectives.iter().find(|o| o.id == t.id) {
            added.id = unique_id(&t.id, |id| {
                result.objectives.iter().any(|o| o.id == id)
                    || theirs.objectives.iter().any(|o| o.id == id)
            });
            duplicates.push((
                ItemKind::Objective,
                clash.text.clone(),
                t.text.clone(),
                added.id.clone(),
            ));
        }
        used.insert(result.objectives.len());
        result.objectives.push(added);
    }
}

fn objective(newer: &Objective, older: &Objective, id: &str) -> Objective {
    Objective {
        id: id.to_string(),
        text: newer.text.clone(),
        done: newer.done || older.done,
        owner: non_empty(&newer.owner, &older.owner),
        due: newer.due.clone().or(older.due.clone()),
    }
}

/// The two checks of a point combined, and how their evidence was joined.
fn point_check(newer: &PointCheck, older: &PointCheck) -> (PointCheck, Option<texts::Joined>) {
    let joined = texts::join(&newer.evidence, &older.evidence, limits::TEXT);
    // The date says when the point was ticked: the ticked side's.
    let date = if older.met && !newer.met {
        older.date.clone().or(newer.date.clone())
    } else {
        newer.date.clone().or(older.date.clone())
    };
    let check = PointCheck {
        met: newer.met || older.met,
        evidence: joined.text.clone(),
        date,
        rating: newer.rating.or(older.rating),
    };
    (check, Some(joined))
}

fn non_empty(newer: &str, older: &str) -> String {
    if newer.is_empty() { older } else { newer }.to_string()
}
