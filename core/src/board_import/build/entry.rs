//! One activity's material, gathered from every file: each issue once (an issue given in two
//! files, such as `issues.csv` and an export, is one issue) and the body of each.

use crate::board_import::body::Body;
use crate::board_import::sources::Issue;
use crate::board_import::{time, BoardIssue};
use std::collections::BTreeSet;

/// One issue's body.
pub(super) struct Part {
    pub issue: BoardIssue,
    pub body: Body,
    /// As written: an own activity's description.
    pub raw: String,
}

#[derive(Default)]
pub(super) struct Entry {
    /// The labels of all its issues (each once), the first title, state and number, and the
    /// newest update time.
    pub issue: Issue,
    /// Each issue's body, in the order met.
    pub parts: Vec<Part>,
    /// Each issue, once, in the order met.
    pub issues: Vec<BoardIssue>,
    /// Task items from `tasks.csv` (used when no body has them).
    pub tasks: Vec<(bool, String)>,
    pub own_title: Option<String>,
    seen_labels: BTreeSet<String>,
    seen_issues: BTreeSet<u64>,
    seen_bodies: BTreeSet<u64>,
}

impl Entry {
    /// Adds an issue, or the same issue again from another file (by its number): its labels,
    /// and its body unless one of that issue is already here.
    pub fn add(&mut self, issue: Issue, parsed: Option<Body>) {
        let name = BoardIssue {
            number: issue.number,
            title: issue.title.clone(),
        };
        // An issue without a number (a hand-made file) is one of its own.
        if issue.number.is_none_or(|n| self.seen_issues.insert(n)) {
            self.issues.push(name.clone());
        }
        let e = &mut self.issue;
        for l in issue.labels {
            if self.seen_labels.insert(l.clone()) {
                e.labels.push(l);
            }
        }
        if e.title.is_empty() {
            e.title = issue.title;
        }
        if e.state.is_empty() {
            e.state = issue.state;
        }
        e.number = e.number.or(issue.number);
        // The same issue from two files is one person's work: each name once, each comment once.
        for a in issue.assignees {
            if !e.assignees.contains(&a) {
                e.assignees.push(a);
            }
        }
        for c in issue.comments {
            if !e.comments.contains(&c) {
                e.comments.push(c);
            }
        }
        e.due = e.due.take().or(issue.due);
        e.milestone = e.milestone.take().or(issue.milestone);
        e.url = e.url.take().or(issue.url);
        e.closed_at = e.closed_at.take().or(issue.closed_at);
        // The newest: the activity changed on the board when any of its issues did.
        e.updated_at = match (e.updated_at.take(), issue.updated_at) {
            (Some(a), Some(b)) if time::timestamp(&b) > time::timestamp(&a) => Some(b),
            (a, b) => a.or(b),
        };
        if let (Some(body), Some(raw)) = (parsed, issue.body) {
            if issue.number.is_none_or(|n| self.seen_bodies.insert(n)) {
                self.parts.push(Part {
                    issue: name,
                    body,
                    raw,
                });
            }
        }
    }
}
