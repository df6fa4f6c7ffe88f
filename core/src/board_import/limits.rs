//! What a file cannot carry, told with the import so that nobody takes a gap for a loss: the
//! dashboard's files list open issues only and hold no issue text; `gh issue list` stops at 30
//! issues without `--limit` and carries only the fields named in `--json`; GitLab's export
//! has open issues only unless its filter is set to All, and no comments.

use super::FileKind;
use crate::i18n::{fill, BridgeMsgs};

/// A gap of one file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Limit {
    /// The dashboard's `issues.csv`/`tasks.csv`: open issues only.
    DashboardOpenOnly { file: String },
    /// The dashboard's files: no body, so no scorecard text, ticks, people or dates.
    DashboardNoText { file: String },
    /// Exactly 30 issues in `issues.csv`: the dashboard up to v1.2 stopped there.
    DashboardThirty { file: String },
    /// gh's JSON without the fields that carry people, dates, comments and the address.
    GhFields {
        file: String,
        fields: Vec<&'static str>,
    },
    /// Exactly 30 issues from gh: its default `--limit`.
    GhThirty { file: String },
    /// Every issue open: the export or listing may have left the closed ones out.
    AllOpen { file: String },
    /// GitLab's export and issue list carry no comments.
    NoComments { file: String },
    /// Issue bodies given without the board's `ggi_activities_full.json`: text a team wrote
    /// inside the handbook's sections cannot be told from the handbook's.
    HandbookUncompared,
}

/// The fields of `gh issue list --json` that carry what an issue's number, title, body,
/// labels and state do not.
pub const GH_EXTRA_FIELDS: [&str; 6] = [
    "updatedAt",
    "assignees",
    "milestone",
    "url",
    "comments",
    "closedAt",
];

/// The gaps of a file of `kind` holding `issues` issues, `open` of them open; `missing` the gh
/// fields it lacks.
pub fn of_file(
    file: &str,
    kind: FileKind,
    issues: usize,
    open: usize,
    missing: Vec<&'static str>,
) -> Vec<Limit> {
    let file = file.to_string();
    let all_open = issues > 1 && open == issues;
    match kind {
        FileKind::IssuesCsv => {
            let mut out = vec![
                Limit::DashboardOpenOnly { file: file.clone() },
                Limit::DashboardNoText { file: file.clone() },
            ];
            if issues == 30 {
                out.push(Limit::DashboardThirty { file });
            }
            out
        }
        FileKind::TasksCsv => vec![Limit::DashboardOpenOnly { file }],
        FileKind::GithubIssues => {
            let mut out = Vec::new();
            if !missing.is_empty() {
                out.push(Limit::GhFields {
                    file: file.clone(),
                    fields: missing,
                });
            }
            if issues == 30 {
                out.push(Limit::GhThirty { file: file.clone() });
            }
            if all_open {
                out.push(Limit::AllOpen { file });
            }
            out
        }
        FileKind::GitlabCsv | FileKind::GitlabIssues => {
            let mut out = vec![Limit::NoComments { file: file.clone() }];
            if all_open {
                out.push(Limit::AllOpen { file });
            }
            out
        }
        FileKind::LabelsHistCsv | FileKind::Deployment | FileKind::BoardCatalogue => Vec::new(),
    }
}

impl Limit {
    /// The gap in the user's language.
    pub fn localized(&self, m: &BridgeMsgs) -> String {
        match self {
            Limit::DashboardOpenOnly { file } => fill(m.l_dashboard_open, &[("file", file)]),
            Limit::DashboardNoText { file } => fill(m.l_dashboard_text, &[("file", file)]),
            Limit::DashboardThirty { file } => fill(m.l_dashboard_30, &[("file", file)]),
            Limit::GhFields { file, fields } => fill(
                m.l_gh_fields,
                &[("file", file), ("fields", &fields.join(","))],
            ),
            Limit::GhThirty { file } => fill(m.l_gh_30, &[("file", file)]),
            Limit::AllOpen { file } => fill(m.l_all_open, &[("file", file)]),
            Limit::NoComments { file } => fill(m.l_no_comments, &[("file", file)]),
            Limit::HandbookUncompared => m.l_handbook_uncompared.to_string(),
        }
    }
}
