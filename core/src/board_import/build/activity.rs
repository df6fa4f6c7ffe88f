//! One activity's progress from its issue: status, scorecard, objectives and points, dated
//! history, and the notes that keep whatever does not map.

use super::bodies::{self, append};
use super::fit;
use super::points::Points;
use super::{Entry, Outcome};
use crate::board_import::sources::LabelEvent;
use crate::board_import::text;
use crate::board_import::time;
use crate::board_import::versions;
use crate::board_import::{labels, Kept, Mapped, StatusChange, TextField};
use crate::i18n::{fill, Messages};
use crate::limits::TEXT;
use crate::progress::{ActivityProgress, Objective, PointCheck, Status};
use std::collections::{BTreeMap, BTreeSet};

#[allow(clippy::too_many_arguments)]
pub(super) fn activity(
    id: &str,
    entry: Entry,
    history: Vec<LabelEvent>,
    points: &[crate::catalogue::VerificationPoint],
    status_labels: &labels::StatusLabels,
    board_handbook: &BTreeMap<String, (versions::HandbookVersion, Vec<String>)>,
    board_text: &BTreeMap<String, BTreeSet<String>>,
    catalogue_labels: &labels::CatalogueLabels,
    t: &Messages,
    out: &mut Outcome,
) -> ActivityProgress {
    let m = t.bridges();
    let mut p = ActivityProgress::default();
    let mut notes: Vec<String> = Vec::new();
    if entry.issues.len() > 1 {
        out.mapped.push(Mapped::Combined {
            activity: id.to_string(),
            issues: entry.issues.clone(),
        });
    }
    // The input's own date (the issue's last update, else its last label event), never the
    // import's: undated data must never replace newer work in a merge.
    let updated = entry
        .issue
        .updated_at
        .as_deref()
        .and_then(time::timestamp)
        .or_else(|| {
            history
                .iter()
                .filter_map(|e| time::timestamp(&e.time))
                .max()
        });
    let date = updated.as_deref().and_then(|u| u.get(..10));

    // Status: the most advanced status label the issue carries now.
    let mut statuses: Vec<(Status, String)> = Vec::new();
    for label in &entry.issue.labels {
        match status_labels.status(label) {
            Some(s) => statuses.push((s, label.clone())),
            None if catalogue_labels.contains(label) => {}
            None => {
                notes.push(fill(m.note_label, &[("label", label)]));
                out.kept.push(Kept::Label {
                    activity: id.to_string(),
                    label: label.clone(),
                });
            }
        }
    }
    // The most advanced first; the others are kept in the notes.
    if let Some(best) = (0..statuses.len()).max_by_key(|i| rank(statuses[*i].0)) {
        let first = statuses.remove(best);
        statuses.insert(0, first);
    }
    // The history (in time order) says what it was when the files carry no current label.
    if statuses.is_empty() {
        if let Some(last) = current_from_history(&history, status_labels) {
            statuses.push(last);
        }
    }
    let mut statuses = statuses.into_iter();
    if let Some((status, label)) = statuses.next() {
        p.status = status;
        out.mapped.push(Mapped::Status {
            activity: id.to_string(),
            label,
            status,
        });
    }
    for (_, label) in statuses {
        notes.push(fill(m.note_label, &[("label", &label)]));
        out.kept.push(Kept::ExtraStatus {
            activity: id.to_string(),
            label,
        });
    }
    if entry.issue.state.eq_ignore_ascii_case("closed") {
        let on = entry.issue.closed_at.as_deref().and_then(text::date_of);
        notes.push(match &on {
            Some(date) => fill(m.note_closed_on, &[("date", date)]),
            None => m.note_closed.to_string(),
        });
        out.kept.push(Kept::Closed {
            activity: id.to_string(),
        });
    }
    people_and_dates(id, &entry.issue, &mut p, &mut notes, t, out);

    // The Scorecard's subsections, and the sections that are not the template's.
    for (heading, text) in bodies::scorecard(id, &entry.parts, t, &mut p.scorecard, out) {
        let shown = if heading.is_empty() { "—" } else { &heading };
        notes.push(format!(
            "#### {shown}

{text}"
        ));
    }

    // Text a team added inside the handbook's sections, told by the board's own handbook text.
    if let Some(known) = board_text.get(id) {
        let mut headings: BTreeSet<String> = BTreeSet::new();
        for (heading, text) in bodies::added_to_handbook(&entry.parts, known, t) {
            notes.push(format!("#### {heading}\n\n{text}"));
            if headings.insert(heading.clone()) {
                out.kept.push(Kept::Section {
                    activity: id.to_string(),
                    heading,
                });
            }
        }
    }

    // Task items: the handbook's points where the text is one, objectives otherwise.
    let mut tasks = bodies::tasks(&entry.parts);
    if tasks.is_empty() {
        tasks = entry.tasks;
    }
    let handbook_texts = board_handbook
        .get(id)
        .map(|(version, texts)| (*version, texts.as_slice()));
    let issue_points: Vec<_> = entry
        .parts
        .iter()
        .map(|p| (p.body.version(id), p.body.points.as_slice()))
        .collect();
    let known_points = Points::new(id, points, &issue_points, handbook_texts);
    let mut met = 0;
    let mut done = 0;
    for (ticked, task) in &tasks {
        let point = known_points.position(task);
        match point {
            Some(n) => {
                if *ticked && !p.verification.contains_key(&points[n].id) {
                    p.verification.insert(points[n].id.clone(), met_on(date));
                    met += 1;
                }
            }
            None => {
                done += usize::from(*ticked);
                let n = p.objectives.len() + 1;
                let field = TextField::Objective(n);
                p.objectives.push(Objective {
                    id: format!("obj-{n}"),
                    text: fit::cut(id, field, task, TEXT, &mut out.skipped),
                    done: *ticked,
                    owner: String::new(),
                    due: None,
                });
            }
        }
    }
    if !p.objectives.is_empty() {
        out.mapped.push(Mapped::Objectives {
            activity: id.to_string(),
            total: p.objectives.len(),
            done,
        });
    }
    // The Progress Assessment's ticks, each issue by the handbook version it was made from:
    // item n of that version is the points its table names (position n of today's order
    // where the activity did not change).
    let ids: Vec<&str> = points.iter().map(|v| v.id.as_str()).collect();
    let mut unmatched: BTreeSet<String> = BTreeSet::new();
    for part in &entry.parts {
        let version = part.body.version(id);
        for (n, (ticked, text)) in part.body.points.iter().enumerate() {
            if !*ticked {
                continue;
            }
            let matched = versions::point_ids(version, id, n, &ids);
            if matched.is_empty() {
                if unmatched.insert(text.clone()) {
                    notes.push(fill(m.note_point, &[("text", text)]));
                    out.kept.push(Kept::Point {
                        activity: id.to_string(),
                        text: text.clone(),
                    });
                }
                continue;
            }
            for vp in matched {
                if let std::collections::btree_map::Entry::Vacant(e) = p.verification.entry(vp) {
                    e.insert(met_on(date));
                    met += 1;
                }
            }
        }
    }
    if met > 0 {
        out.mapped.push(Mapped::Points {
            activity: id.to_string(),
            count: met,
        });
    }

    // Label history: dated status changes, in the notes with their dates.
    let lines = history_lines(id, &history, status_labels, t, out);
    let extra = notes_text(m, &notes, &lines);
    append(&mut p.scorecard.notes, extra.trim());
    fit::scorecard(id, &mut p.scorecard, t, out);
    if p != ActivityProgress::default() {
        p.updated_at = updated.unwrap_or_default();
    }
    p
}

/// Assignees to the owner, the due date to the target date; the milestone, the comments and
/// the issue's address to the notes.
fn people_and_dates(
    id: &str,
    issue: &crate::board_import::sources::Issue,
    p: &mut ActivityProgress,
    notes: &mut Vec<String>,
    t: &Messages,
    out: &mut Outcome,
) {
    let m = t.bridges();
    if !issue.assignees.is_empty() {
        p.owner = crate::limits::truncate(&issue.assignees.join(", "), crate::limits::NAME);
        out.mapped.push(Mapped::Owner {
            activity: id.to_string(),
            owner: p.owner.clone(),
        });
    }
    if let Some(date) = issue.due.as_deref().and_then(text::date_of) {
        p.target_date = Some(date.clone());
        out.mapped.push(Mapped::TargetDate {
            activity: id.to_string(),
            date,
        });
    }
    if let Some(milestone) = &issue.milestone {
        notes.push(fill(m.note_milestone, &[("milestone", milestone)]));
        out.kept.push(Kept::Milestone {
            activity: id.to_string(),
            milestone: milestone.clone(),
        });
    }
    if !issue.comments.is_empty() {
        let mut text = format!("#### {}\n", m.comments_heading);
        for c in &issue.comments {
            let date = text::date_of(&c.time).unwrap_or_else(|| c.time.clone());
            let author = if c.author.is_empty() { "?" } else { &c.author };
            let line = fill(
                m.comment_line,
                &[("date", &date), ("author", author), ("text", &c.text)],
            );
            text.push_str(&format!("\n{line}\n"));
        }
        notes.push(text.trim_end().to_string());
        out.kept.push(Kept::Comments {
            activity: id.to_string(),
            count: issue.comments.len(),
        });
    }
    if let Some(url) = &issue.url {
        notes.push(fill(m.note_link, &[("url", url)]));
        out.kept.push(Kept::Link {
            activity: id.to_string(),
            url: url.clone(),
        });
    }
}

/// The status label events of an issue as dated lines, each also recorded as a [`StatusChange`].
fn history_lines(
    id: &str,
    history: &[LabelEvent],
    status_labels: &labels::StatusLabels,
    t: &Messages,
    out: &mut Outcome,
) -> Vec<String> {
    let m = t.bridges();
    let mut lines = Vec::new();
    for e in history {
        let status = status_labels.status(&e.label);
        let when = text::date_of(&e.time).unwrap_or_else(|| e.time.clone());
        let author = if e.author.is_empty() { "?" } else { &e.author };
        match (e.added, status) {
            (true, Some(s)) => lines.push(fill(
                m.history_added,
                &[
                    ("date", &when),
                    ("label", &e.label),
                    ("author", author),
                    ("status", t.status_label(s)),
                ],
            )),
            (false, Some(_)) => lines.push(fill(
                m.history_removed,
                &[("date", &when), ("label", &e.label), ("author", author)],
            )),
            // Goal, role and other labels: not the status's history.
            _ => continue,
        }
        out.history.push(StatusChange {
            activity: id.to_string(),
            time: e.time.clone(),
            label: e.label.clone(),
            author: e.author.clone(),
            status: status.filter(|_| e.added),
            added: e.added,
        });
    }
    if !lines.is_empty() {
        out.mapped.push(Mapped::History {
            activity: id.to_string(),
            count: lines.len(),
        });
    }
    lines
}

/// What goes into the operational notes: what did not map, then the status history.
fn notes_text(m: &crate::i18n::BridgeMsgs, notes: &[String], history: &[String]) -> String {
    let mut extra = String::new();
    if !notes.is_empty() {
        extra.push_str(&format!("**{}**\n\n", m.note_heading));
        for n in notes {
            if n.starts_with("####") {
                extra.push_str(&format!("\n{n}\n\n"));
            } else {
                extra.push_str(&format!("- {n}\n"));
            }
        }
    }
    if !history.is_empty() {
        extra.push_str(&format!("\n**{}**\n\n", m.history_heading));
        for l in history {
            extra.push_str(&format!("- {l}\n"));
        }
    }
    extra
}

fn current_from_history(
    history: &[LabelEvent],
    status_labels: &labels::StatusLabels,
) -> Option<(Status, String)> {
    let mut current: Vec<(Status, String)> = Vec::new();
    for e in history {
        let Some(s) = status_labels.status(&e.label) else {
            continue;
        };
        current.retain(|(_, l)| *l != e.label);
        if e.added {
            current.push((s, e.label.clone()));
        }
    }
    current.pop()
}

fn rank(s: Status) -> u8 {
    match s {
        Status::Done => 4,
        Status::InProgress => 3,
        Status::Planned => 2,
        Status::NotApplicable => 1,
        Status::NotSelected => 0,
    }
}

fn met_on(date: Option<&str>) -> PointCheck {
    PointCheck {
        met: true,
        evidence: String::new(),
        date: date.map(str::to_string),
        rating: None,
    }
}
