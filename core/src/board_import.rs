//! Importing a My GGI Board project's progress (github.com/ospo-alliance/my-ggi-board).
//!
//! My GGI Board keeps an organisation's GGI progress as one GitLab or GitHub issue per activity:
//! the status as a label, the Customised Activity Scorecard in the issue body (`####`
//! subsections, `- [ ]` task items), label events as history. Its users can get that as the
//! dashboard's `issues.csv`, `tasks.csv` and `labels_hist.csv`, as a GitLab issue export (CSV,
//! with the bodies) or as `gh issue list --json number,title,body,labels,state,updatedAt`
//! output.
//!
//! The mapping: status labels to statuses ([`labels`]), scorecard subsections to scorecard
//! fields, task items to objectives, or to verification points where the text is the
//! handbook's point, the Progress Assessment's ticks to verification points, label history to
//! dated status changes. Whatever does not map is written into the activity's operational notes
//! and listed, never dropped. Several issues of one activity are combined, each text under its
//! issue's name. An activity is dated by the files' own dates, never by the import's time, so
//! undated data never wins a merge. A text beyond the importer's limits continues in the notes
//! where it can; every cut is listed. The result is a [`Document`] that goes through the same
//! preview as any import.

mod body;
mod build;
pub mod csv;
mod handbook;
mod labels;
mod limits;
mod sources;
mod text;
mod time;
pub(crate) mod versions;

pub use labels::StatusLabels;
pub use limits::{Limit, GH_EXTRA_FIELDS};

use crate::catalogue::Catalogue;
use crate::i18n::{fill, BridgeMsgs, Messages};
use crate::progress::Status;
use crate::schema::Document;
use thiserror::Error;

/// What a file was read as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    IssuesCsv,
    TasksCsv,
    LabelsHistCsv,
    GitlabCsv,
    GithubIssues,
    /// GitLab's issue API JSON (`glab issue list --output json`).
    GitlabIssues,
    Deployment,
    BoardCatalogue,
}

/// Why the files cannot be imported; each message names the file (and line).
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum BoardError {
    #[error("{file} is not a file My GGI Board, GitLab or GitHub gives (issues.csv, tasks.csv, labels_hist.csv, a GitLab issue export, GitLab API or glab issue list JSON, gh issue list JSON, ggi_deployment.json, ggi_activities_full.json).")]
    NotABoardFile { file: String },
    #[error("{file}, line {line}: {}", if *unclosed { "a quoted field is never closed." } else { "text follows a closing quote." })]
    Csv {
        file: String,
        line: usize,
        unclosed: bool,
    },
    #[error("{file} is not valid JSON: {message}")]
    Json { file: String, message: String },
    #[error("These files hold no issue of a My GGI Board project.")]
    NoIssues,
    #[error("labels_hist.csv names issues by number only: add issues.csv (or an issue export) to know their activities.")]
    HistoryAlone,
    #[error("{file} is too large ({size} bytes). The limit is 20 MB.")]
    TooLarge { file: String, size: usize },
}

impl BoardError {
    /// The message in the user's language.
    pub fn localized(&self, m: &BridgeMsgs) -> String {
        match self {
            BoardError::NotABoardFile { file } => fill(m.err_not_board, &[("file", file)]),
            BoardError::Csv {
                file,
                line,
                unclosed,
            } => fill(
                if *unclosed {
                    m.err_csv_unclosed
                } else {
                    m.err_csv_after_quote
                },
                &[("file", file), ("line", &line.to_string())],
            ),
            BoardError::Json { file, message } => {
                fill(m.err_json, &[("file", file), ("message", message)])
            }
            BoardError::NoIssues => m.err_no_issues.to_string(),
            BoardError::HistoryAlone => m.err_history_alone.to_string(),
            BoardError::TooLarge { file, size } => fill(
                m.err_too_large,
                &[("file", file), ("size", &size.to_string())],
            ),
        }
    }
}

/// A scorecard field a subsection went to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ScorecardField {
    Description,
    Opportunity,
    Tools,
    Notes,
}

/// Something of the board that found its place in the document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mapped {
    Status {
        activity: String,
        label: String,
        status: Status,
    },
    Scorecard {
        activity: String,
        heading: String,
        field: ScorecardField,
    },
    Objectives {
        activity: String,
        total: usize,
        done: usize,
    },
    Points {
        activity: String,
        count: usize,
    },
    History {
        activity: String,
        count: usize,
    },
    /// The issue's assignees, as the activity's owner.
    Owner {
        activity: String,
        owner: String,
    },
    /// The issue's due date (or its milestone's), as the activity's target date.
    TargetDate {
        activity: String,
        date: String,
    },
    /// An issue of no catalogue activity, added as the workspace's own activity.
    OwnActivity {
        activity: String,
        title: String,
    },
    /// Subsections still holding the template's placeholder text (not the organisation's).
    Template {
        activity: String,
        count: usize,
    },
    /// Several issues of one activity: their texts one after the other, each under its issue's
    /// name, and their task items together.
    Combined {
        activity: String,
        issues: Vec<BoardIssue>,
    },
}

/// An issue of the board, as the summary and the combined texts name it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BoardIssue {
    pub number: Option<u64>,
    pub title: String,
}

impl BoardIssue {
    /// `#4 “Legal compliance”` in the user's language.
    pub fn localized(&self, m: &BridgeMsgs) -> String {
        match self.number {
            Some(n) => fill(
                m.issue_numbered,
                &[("number", &n.to_string()), ("title", &self.title)],
            ),
            None => fill(m.issue_titled, &[("title", &self.title)]),
        }
    }
}

/// Something that has no field of its own: written into the activity's operational notes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kept {
    Label {
        activity: String,
        label: String,
    },
    ExtraStatus {
        activity: String,
        label: String,
    },
    Section {
        activity: String,
        heading: String,
    },
    Closed {
        activity: String,
    },
    Milestone {
        activity: String,
        milestone: String,
    },
    /// The issue's comments, with their authors and dates.
    Comments {
        activity: String,
        count: usize,
    },
    /// The issue's address, a link back to the board.
    Link {
        activity: String,
        url: String,
    },
    Point {
        activity: String,
        text: String,
    },
    /// A scorecard field longer than `limit` characters: its last `count` characters continue
    /// in the operational notes.
    Continued {
        activity: String,
        field: ScorecardField,
        limit: usize,
        count: usize,
    },
}

/// Something that could not be given a place at all (listed, and in no activity).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Skipped {
    /// A label event of an issue no other file describes.
    Event {
        file: String,
        line: usize,
        issue: u64,
    },
    /// A row of `tasks.csv` with no activity id whose issue its order cannot tell (an
    /// `issues.csv` of the same run is missing, or of another run).
    Task { text: String },
    /// A text longer than `limit` characters (the importer's limit): its last `count`
    /// characters were cut.
    Cut {
        activity: String,
        field: TextField,
        limit: usize,
        count: usize,
    },
}

/// A text of an activity that may be cut.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextField {
    Scorecard(ScorecardField),
    /// The activity's objective `n` (from 1).
    Objective(usize),
    /// An own activity's title.
    Title,
    /// An own activity's description.
    Description,
}

impl ScorecardField {
    /// "description", "operational notes"… in the user's language.
    pub fn localized(self, m: &BridgeMsgs) -> &'static str {
        match self {
            ScorecardField::Description => m.f_description,
            ScorecardField::Opportunity => m.f_opportunity,
            ScorecardField::Tools => m.f_tools,
            ScorecardField::Notes => m.f_notes,
        }
    }
}

impl TextField {
    /// "scorecard, operational notes", "objective 3"… in the user's language.
    pub fn localized(self, m: &BridgeMsgs) -> String {
        match self {
            TextField::Scorecard(f) => fill(m.f_scorecard, &[("field", f.localized(m))]),
            TextField::Objective(n) => fill(m.f_objective, &[("n", &n.to_string())]),
            TextField::Title => m.f_own_title.to_string(),
            TextField::Description => m.f_own_description.to_string(),
        }
    }
}

/// A status change the label history dates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatusChange {
    pub activity: String,
    /// As the file writes it (a date and time).
    pub time: String,
    pub label: String,
    pub author: String,
    /// `Some` when the label was added and is a status label.
    pub status: Option<Status>,
    pub added: bool,
}

/// The import: a document with one workspace, and what became of each part of the board.
#[derive(Clone, Debug, PartialEq)]
pub struct BoardImport {
    pub document: Document,
    pub files: Vec<(String, FileKind)>,
    pub mapped: Vec<Mapped>,
    pub kept: Vec<Kept>,
    pub skipped: Vec<Skipped>,
    pub history: Vec<StatusChange>,
    /// What the files given cannot carry (closed issues, people, comments…).
    pub limits: Vec<Limit>,
}

/// One file as given: its name (for messages) and its text.
#[derive(Clone, Copy, Debug)]
pub struct BoardFile<'a> {
    pub name: &'a str,
    pub text: &'a str,
}

/// How the new workspace is made.
#[derive(Clone, Copy, Debug)]
pub struct Options<'a> {
    /// The workspace's name (empty: "My GGI Board" in `lang`).
    pub name: &'a str,
    /// ISO timestamp of the import.
    pub now: &'a str,
    /// A random token for the workspace's id.
    pub token: &'a str,
    /// The messages (so the language) of the notes written into the document.
    pub messages: &'static Messages,
}

/// Whether `text` is one of the files this module reads (the Data page routes it here).
pub fn is_board_file(text: &str) -> bool {
    sources::kind(text).is_some()
}

/// Reads a My GGI Board project's files into a document. Files are recognised by content.
pub fn read(
    files: &[BoardFile],
    catalogue: &Catalogue,
    options: &Options,
) -> Result<BoardImport, BoardError> {
    let mut sources = sources::Sources::default();
    for f in files {
        crate::import::check_size(f.text.len()).map_err(|_| BoardError::TooLarge {
            file: f.name.to_string(),
            size: f.text.len(),
        })?;
        sources.add(f.name, f.text)?;
    }
    if sources.issues.is_empty() && sources.tasks.is_empty() {
        return Err(if sources.events.is_empty() {
            BoardError::NoIssues
        } else {
            BoardError::HistoryAlone
        });
    }
    Ok(build::build(sources, catalogue, options))
}

impl BoardImport {
    /// Aims the import at `current`, the workspace being worked on: a merge then brings the
    /// board's progress into it (same id), keeping its name and profile (never newer), while
    /// "add as a new workspace" still adds one (the id is renewed there on a clash).
    pub fn aim_at(&mut self, current: &crate::schema::Workspace) {
        if let Some(ws) = self.document.workspaces.first_mut() {
            ws.id = current.id.clone();
            ws.updated_at = current.updated_at.clone();
            self.document.active_workspace = current.id.clone();
        }
    }

    /// "Read: issues.csv (the dashboard's issue list), …" in the user's language.
    pub fn files_line(&self, m: &BridgeMsgs) -> String {
        let files: Vec<String> = self
            .files
            .iter()
            .map(|(file, kind)| {
                let template = match kind {
                    FileKind::IssuesCsv => m.kind_issues,
                    FileKind::TasksCsv => m.kind_tasks,
                    FileKind::LabelsHistCsv => m.kind_history,
                    FileKind::GitlabCsv => m.kind_gitlab,
                    FileKind::GithubIssues => m.kind_github,
                    FileKind::GitlabIssues => m.kind_gitlab_api,
                    FileKind::Deployment => m.kind_deployment,
                    FileKind::BoardCatalogue => m.kind_catalogue,
                };
                fill(template, &[("file", file)])
            })
            .collect();
        fill(m.files_read, &[("files", &files.join(", "))])
    }
}

impl Mapped {
    pub fn localized(&self, t: &Messages) -> String {
        let m = t.bridges();
        match self {
            Mapped::Status {
                activity,
                label,
                status,
            } => fill(
                m.m_status,
                &[
                    ("activity", activity),
                    ("label", label),
                    ("status", t.status_label(*status)),
                ],
            ),
            Mapped::Scorecard {
                activity,
                heading,
                field,
            } => {
                let field = field.localized(m);
                fill(
                    m.m_scorecard,
                    &[
                        ("activity", activity),
                        ("heading", heading),
                        ("field", field),
                    ],
                )
            }
            Mapped::Objectives {
                activity,
                total,
                done,
            } => fill(
                m.m_objectives,
                &[
                    ("activity", activity),
                    ("total", &total.to_string()),
                    ("done", &done.to_string()),
                ],
            ),
            Mapped::Points { activity, count } => fill(
                m.m_points,
                &[("activity", activity), ("count", &count.to_string())],
            ),
            Mapped::History { activity, count } => fill(
                m.m_history,
                &[("activity", activity), ("count", &count.to_string())],
            ),
            Mapped::Owner { activity, owner } => {
                fill(m.m_owner, &[("activity", activity), ("owner", owner)])
            }
            Mapped::TargetDate { activity, date } => {
                fill(m.m_target, &[("activity", activity), ("date", date)])
            }
            Mapped::OwnActivity { activity, title } => {
                fill(m.m_own, &[("activity", activity), ("title", title)])
            }
            Mapped::Template { activity, count } => fill(
                m.m_template,
                &[("activity", activity), ("count", &count.to_string())],
            ),
            Mapped::Combined { activity, issues } => {
                // A long list is cut: the line is read, not searched.
                let mut names: Vec<String> = issues
                    .iter()
                    .take(NAMED_ISSUES)
                    .map(|i| i.localized(m))
                    .collect();
                if issues.len() > NAMED_ISSUES {
                    let more = (issues.len() - NAMED_ISSUES).to_string();
                    names.push(fill(m.and_more, &[("count", &more)]));
                }
                fill(
                    m.m_combined,
                    &[
                        ("activity", activity),
                        ("count", &issues.len().to_string()),
                        ("issues", &names.join(", ")),
                    ],
                )
            }
        }
    }
}

/// How many issues a combined activity's summary line names.
const NAMED_ISSUES: usize = 10;

impl Kept {
    pub fn localized(&self, m: &BridgeMsgs) -> String {
        match self {
            Kept::Label { activity, label } => {
                fill(m.k_label, &[("activity", activity), ("label", label)])
            }
            Kept::ExtraStatus { activity, label } => fill(
                m.k_status_extra,
                &[("activity", activity), ("label", label)],
            ),
            Kept::Section { activity, heading } => {
                fill(m.k_section, &[("activity", activity), ("heading", heading)])
            }
            Kept::Closed { activity } => fill(m.k_closed, &[("activity", activity)]),
            Kept::Milestone {
                activity,
                milestone,
            } => fill(
                m.k_milestone,
                &[("activity", activity), ("milestone", milestone)],
            ),
            Kept::Comments { activity, count } => fill(
                m.k_comments,
                &[("activity", activity), ("count", &count.to_string())],
            ),
            Kept::Link { activity, .. } => fill(m.k_link, &[("activity", activity)]),
            Kept::Point { activity, text } => {
                fill(m.k_point, &[("activity", activity), ("text", text)])
            }
            Kept::Continued {
                activity,
                field,
                limit,
                count,
            } => fill(
                m.k_continued,
                &[
                    ("activity", activity),
                    ("field", field.localized(m)),
                    ("limit", &limit.to_string()),
                    ("count", &count.to_string()),
                ],
            ),
        }
    }
}

impl Skipped {
    pub fn localized(&self, m: &BridgeMsgs) -> String {
        match self {
            Skipped::Event { file, line, issue } => fill(
                m.s_event,
                &[
                    ("file", file),
                    ("line", &line.to_string()),
                    ("issue", &issue.to_string()),
                ],
            ),
            Skipped::Task { text } => fill(m.s_task, &[("text", text)]),
            Skipped::Cut {
                activity,
                field,
                limit,
                count,
            } => fill(
                m.s_cut,
                &[
                    ("activity", activity),
                    ("field", &field.localized(m)),
                    ("limit", &limit.to_string()),
                    ("count", &count.to_string()),
                ],
            ),
        }
    }
}

#[cfg(test)]
mod tests;
