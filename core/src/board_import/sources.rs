//! The files a My GGI Board user can get, each read into issues, task items and label events:
//! the dashboard's `issues.csv`, `tasks.csv` and `labels_hist.csv` (written by `write_to_csv` in
//! `scripts/ggi_update_website.py`), a GitLab issue export (CSV, with the descriptions),
//! `gh issue list --json number,title,body,labels,state,updatedAt` output, the board's
//! `conf/ggi_deployment.json` (status label names) and `conf/ggi_activities_full.json`.

use super::csv::{field, Table};
use super::labels::StatusLabels;
use super::limits::{self, Limit};
use super::text::normalise;
use super::versions::HandbookVersion;
use super::{BoardError, FileKind};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// One issue of the board, from whichever file described it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Issue {
    /// The issue's number in its project (GitLab iid, GitHub number), to join label events.
    pub number: Option<u64>,
    /// From the `activity_id` column or the body's `Activity ID:` line.
    pub activity: Option<String>,
    pub title: String,
    /// `opened`, `closed`, `OPEN`, `Closed`… as the file writes it.
    pub state: String,
    pub labels: Vec<String>,
    pub body: Option<String>,
    pub updated_at: Option<String>,
    /// `issues.csv`'s count of the issue's rows in `tasks.csv`.
    pub tasks_total: Option<usize>,
    /// Who the issue is assigned to (user names).
    pub assignees: Vec<String>,
    /// The issue's due date, else its milestone's (as the file writes it).
    pub due: Option<String>,
    pub milestone: Option<String>,
    /// The issue's web address.
    pub url: Option<String>,
    pub comments: Vec<Comment>,
    pub closed_at: Option<String>,
}

/// A comment on an issue (`gh issue list --json comments`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Comment {
    pub author: String,
    pub time: String,
    pub text: String,
}

/// A task item of `tasks.csv`, which names its issue by activity id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Task {
    pub activity: String,
    pub done: bool,
    pub text: String,
}

/// A label added to or removed from an issue (`labels_hist.csv`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LabelEvent {
    pub time: String,
    pub issue: u64,
    pub added: bool,
    pub label: String,
    pub author: String,
    /// Where it was read, for messages.
    pub line: usize,
}

/// Everything read from the files.
#[derive(Clone, Debug, Default)]
pub struct Sources {
    pub issues: Vec<Issue>,
    pub tasks: Vec<Task>,
    pub events: Vec<LabelEvent>,
    pub labels: StatusLabels,
    /// Verification points of a My GGI Board catalogue given with the files, per activity (the
    /// first file's and first entry's, when two describe one activity).
    /// Each with the handbook version its file was made from.
    pub handbook: BTreeMap<String, (HandbookVersion, Vec<String>)>,
    /// The paragraphs of each activity's handbook sections in that catalogue, normalised.
    pub handbook_text: BTreeMap<String, BTreeSet<String>>,
    /// What each file was read as.
    pub files: Vec<(String, FileKind)>,
    /// What the files cannot carry.
    pub limits: Vec<Limit>,
}

/// What a file is, by its content (names are often changed by a download).
pub fn kind(text: &str) -> Option<FileKind> {
    let text = text.trim_start_matches('\u{feff}').trim_start();
    if text.starts_with('[') || text.starts_with('{') {
        let value: Value = serde_json::from_str(text).ok()?;
        return match &value {
            Value::Array(items) if !items.is_empty() && items.iter().all(is_gitlab_issue) => {
                Some(FileKind::GitlabIssues)
            }
            Value::Array(items) if items.iter().all(is_gh_issue) => Some(FileKind::GithubIssues),
            v if StatusLabels::is_deployment(v) => Some(FileKind::Deployment),
            v if crate::catalogue::board::is_board_value(v) => Some(FileKind::BoardCatalogue),
            _ => None,
        };
    }
    // The header line says what a CSV file is, even when a later record is broken.
    let table = Table::parse(text.lines().next().unwrap_or_default()).ok()??;
    if table.has(&["activity_id", "labels", "tasks_total"]) {
        Some(FileKind::IssuesCsv)
    } else if table.has(&["issue_id", "state", "task"]) {
        Some(FileKind::TasksCsv)
    } else if table.has(&["time", "issue_id", "action"]) {
        Some(FileKind::LabelsHistCsv)
    } else if table.has(&["title", "description", "labels"]) {
        Some(FileKind::GitlabCsv)
    } else {
        None
    }
}

/// An issue of GitLab's REST API (`glab issue list --output json` prints the same).
fn is_gitlab_issue(v: &Value) -> bool {
    v.get("title").is_some_and(Value::is_string) && v.get("iid").is_some_and(Value::is_u64)
}

fn is_gh_issue(v: &Value) -> bool {
    v.get("title").is_some_and(Value::is_string)
        && (v.get("number").is_some() || v.get("body").is_some())
}

impl Sources {
    /// Reads one file into the sources.
    pub fn add(&mut self, name: &str, text: &str) -> Result<(), BoardError> {
        let kind = kind(text).ok_or_else(|| BoardError::NotABoardFile {
            file: name.to_string(),
        })?;
        let text = text.trim_start_matches('\u{feff}');
        let issues_before = self.issues.len();
        match kind {
            FileKind::GithubIssues | FileKind::GitlabIssues => self.github(name, text)?,
            FileKind::Deployment => {
                let value: Value = serde_json::from_str(text).unwrap_or_default();
                self.labels = std::mem::take(&mut self.labels).with_deployment(&value);
            }
            FileKind::BoardCatalogue => self.board_catalogue(text),
            FileKind::IssuesCsv => self.issues_csv(name, text)?,
            FileKind::TasksCsv => self.tasks_csv(name, text)?,
            FileKind::LabelsHistCsv => self.labels_hist(name, text)?,
            FileKind::GitlabCsv => self.gitlab_csv(name, text)?,
        }
        let added = &self.issues[issues_before..];
        let open = added
            .iter()
            .filter(|i| !i.state.eq_ignore_ascii_case("closed"))
            .count();
        let missing = match kind {
            FileKind::GithubIssues => gh_missing(text),
            _ => Vec::new(),
        };
        self.limits
            .extend(limits::of_file(name, kind, added.len(), open, missing));
        self.files.push((name.to_string(), kind));
        Ok(())
    }

    fn github(&mut self, name: &str, text: &str) -> Result<(), BoardError> {
        let items: Vec<Value> = serde_json::from_str(text).map_err(|e| BoardError::Json {
            file: name.to_string(),
            message: e.to_string(),
        })?;
        for item in items {
            let str_of = |k: &str| item.get(k).and_then(Value::as_str).map(str::to_string);
            let labels = item
                .get("labels")
                .and_then(Value::as_array)
                .map(|ls| {
                    ls.iter()
                        .filter_map(|l| l.get("name").and_then(Value::as_str).or(l.as_str()))
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default();
            // GitHub (gh) names them number and body, GitLab's API iid and description.
            let body = str_of("body").or_else(|| str_of("description"));
            self.issues.push(Issue {
                number: item
                    .get("number")
                    .or_else(|| item.get("iid"))
                    .and_then(Value::as_u64),
                activity: body.as_deref().and_then(|b| super::body::parse(b).activity),
                title: str_of("title").unwrap_or_default(),
                state: str_of("state").unwrap_or_default(),
                labels,
                body,
                updated_at: str_of("updatedAt").or_else(|| str_of("updated_at")),
                tasks_total: None,
                assignees: assignees(&item),
                due: str_of("due_date").or_else(|| {
                    let m = item.get("milestone")?;
                    m.get("dueOn")
                        .or_else(|| m.get("due_date"))
                        .and_then(Value::as_str)
                        .map(str::to_string)
                }),
                milestone: item
                    .get("milestone")
                    .and_then(|m| m.get("title"))
                    .and_then(Value::as_str)
                    .map(str::to_string),
                url: str_of("url").or_else(|| str_of("web_url")),
                comments: comments(&item),
                closed_at: str_of("closedAt").or_else(|| str_of("closed_at")),
            });
        }
        Ok(())
    }

    fn board_catalogue(&mut self, text: &str) {
        let value: Value = serde_json::from_str(text).unwrap_or_default();
        let activities = value.get("activities").and_then(Value::as_array);
        for a in activities.into_iter().flatten() {
            let (Some(id), Some(content)) = (
                a.get("id").and_then(Value::as_str),
                a.get("content").and_then(Value::as_str),
            ) else {
                continue;
            };
            // The issue body is made from this content: its Progress Assessment is the same.
            let body = super::body::parse(content);
            let version = body.version(id);
            let known = self.handbook_text.entry(id.to_string()).or_default();
            for (_, paragraphs) in &body.handbook {
                known.extend(paragraphs.iter().map(|p| normalise(p)));
            }
            self.handbook
                .entry(id.to_string())
                .or_insert_with(|| (version, body.points.into_iter().map(|(_, t)| t).collect()));
        }
    }

    fn issues_csv(&mut self, name: &str, text: &str) -> Result<(), BoardError> {
        let table = table(name, text)?;
        let col = |n: &str| table.column(n);
        let total = table.column("tasks_total");
        let (id, activity, state, title, labels, updated, url) = (
            col("issue_id"),
            col("activity_id"),
            col("state"),
            col("title"),
            col("labels"),
            col("updated_at"),
            col("url"),
        );
        for (_, row) in &table.rows {
            // GitHub's issues.csv has the issue's global id; its URL ends with the number the
            // label history uses. GitLab's has the project's number in both.
            let number = number_in_url(field(row, url)).or(field(row, id).trim().parse().ok());
            self.issues.push(Issue {
                number,
                activity: Some(field(row, activity).trim().to_string()).filter(|a| !a.is_empty()),
                title: field(row, title).to_string(),
                state: field(row, state).to_string(),
                labels: split_labels(field(row, labels)),
                body: None,
                updated_at: Some(field(row, updated).to_string()).filter(|u| !u.is_empty()),
                tasks_total: field(row, total).trim().parse().ok(),
                url: non_empty(field(row, url)).map(|u| web_url(&u)),
                ..Issue::default()
            });
        }
        Ok(())
    }

    fn tasks_csv(&mut self, name: &str, text: &str) -> Result<(), BoardError> {
        let table = table(name, text)?;
        let (issue, state, task) = (
            table.column("issue_id"),
            table.column("state"),
            table.column("task"),
        );
        for (_, row) in &table.rows {
            // The dashboard writes the activity id in the `issue_id` column.
            self.tasks.push(Task {
                activity: field(row, issue).trim().to_string(),
                done: field(row, state).trim().eq_ignore_ascii_case("completed"),
                text: field(row, task).trim().to_string(),
            });
        }
        Ok(())
    }

    fn labels_hist(&mut self, name: &str, text: &str) -> Result<(), BoardError> {
        let table = table(name, text)?;
        let (time, issue, action, author, url) = (
            table.column("time"),
            table.column("issue_id"),
            table.column("action"),
            table.column("author"),
            table.column("url"),
        );
        for (line, row) in &table.rows {
            // GitLab writes "add <label>" / "remove <label>", GitHub "labeled …" / "unlabeled …".
            let action = field(row, action).trim();
            let (verb, label) = action.split_once(' ').unwrap_or((action, ""));
            let added = match verb {
                "add" | "labeled" => true,
                "remove" | "unlabeled" => false,
                _ => continue,
            };
            let number = field(row, issue)
                .trim()
                .parse()
                .ok()
                .or_else(|| number_in_url(field(row, url)));
            let Some(number) = number else { continue };
            self.events.push(LabelEvent {
                time: field(row, time).trim().to_string(),
                issue: number,
                added,
                label: label.trim().to_string(),
                author: field(row, author).trim().to_string(),
                line: *line,
            });
        }
        Ok(())
    }

    fn gitlab_csv(&mut self, name: &str, text: &str) -> Result<(), BoardError> {
        let table = table(name, text)?;
        let col = |n: &str| table.column(n);
        // GitLab 18.4 and later: no `Issue ID`, the project's number is `IID`.
        let iid = col("IID");
        let (assignee, due, milestone, closed) = (
            col("Assignee Username"),
            col("Due Date"),
            col("Milestone"),
            col("Closed At (UTC)"),
        );
        let (id, url, title, state, desc, labels, updated) = (
            col("Issue ID"),
            col("URL"),
            col("Title"),
            col("State"),
            col("Description"),
            col("Labels"),
            col("Updated At (UTC)"),
        );
        for (_, row) in &table.rows {
            let body = field(row, desc).to_string();
            self.issues.push(Issue {
                number: field(row, id)
                    .trim()
                    .parse()
                    .ok()
                    .or_else(|| field(row, iid).trim().parse().ok())
                    .or_else(|| number_in_url(field(row, url))),
                activity: super::body::parse(&body).activity,
                title: field(row, title).to_string(),
                state: field(row, state).to_string(),
                labels: split_labels(field(row, labels)),
                body: Some(body),
                updated_at: Some(field(row, updated).to_string()).filter(|u| !u.is_empty()),
                tasks_total: None,
                assignees: split_labels(field(row, assignee)),
                due: non_empty(field(row, due)),
                milestone: non_empty(field(row, milestone)),
                url: non_empty(field(row, url)),
                comments: Vec::new(),
                closed_at: non_empty(field(row, closed)),
            });
        }
        Ok(())
    }
}

/// The extra gh fields the first issue of a gh file lacks.
fn gh_missing(text: &str) -> Vec<&'static str> {
    let items: Vec<Value> = serde_json::from_str(text).unwrap_or_default();
    match items.first() {
        Some(first) => limits::GH_EXTRA_FIELDS
            .into_iter()
            .filter(|f| first.get(*f).is_none())
            .collect(),
        None => Vec::new(),
    }
}

/// gh's `assignees` (`login`) or GitLab's (`username`).
fn assignees(item: &Value) -> Vec<String> {
    let list = item.get("assignees").and_then(Value::as_array);
    let one = item.get("assignee").filter(|a| a.is_object());
    let names = list.into_iter().flatten().chain(one).filter_map(|a| {
        a.get("login")
            .or_else(|| a.get("username"))
            .and_then(Value::as_str)
    });
    let mut out: Vec<String> = Vec::new();
    for n in names {
        if !n.is_empty() && !out.iter().any(|o| o == n) {
            out.push(n.to_string());
        }
    }
    out
}

/// gh's `comments`: author, time and text of each.
fn comments(item: &Value) -> Vec<Comment> {
    let list = item.get("comments").and_then(Value::as_array);
    list.into_iter()
        .flatten()
        .filter_map(|c| {
            let text = c.get("body").and_then(Value::as_str)?.trim();
            (!text.is_empty()).then(|| Comment {
                author: c
                    .get("author")
                    .and_then(|a| a.get("login"))
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string(),
                time: c
                    .get("createdAt")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string(),
                text: text.to_string(),
            })
        })
        .collect()
}

fn non_empty(text: &str) -> Option<String> {
    Some(text.trim().to_string()).filter(|t| !t.is_empty())
}

fn table(name: &str, text: &str) -> Result<Table, BoardError> {
    Table::parse(text)
        .map_err(|e| BoardError::Csv {
            file: name.to_string(),
            line: e.line(),
            unclosed: matches!(e, super::csv::CsvError::UnclosedQuote { .. }),
        })?
        .ok_or_else(|| BoardError::NotABoardFile {
            file: name.to_string(),
        })
}

/// Labels as the dashboard and GitLab write them: one field, separated by commas.
fn split_labels(labels: &str) -> Vec<String> {
    labels
        .split(',')
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// The dashboard's GitHub `url` is the API's: `https://api.github.com/repos/o/r/issues/5` →
/// `https://github.com/o/r/issues/5`, the page a person opens.
fn web_url(url: &str) -> String {
    match url.strip_prefix("https://api.github.com/repos/") {
        Some(rest) => format!("https://github.com/{rest}"),
        None => url.to_string(),
    }
}

/// `…/issues/12`, `…/-/work_items/12` (GitLab 18.4 on) → 12.
fn number_in_url(url: &str) -> Option<u64> {
    let (path, last) = url.trim().trim_end_matches('/').rsplit_once('/')?;
    (path.ends_with("issues") || path.ends_with("work_items"))
        .then(|| last.parse().ok())
        .flatten()
}
