//! What an organisation records for one activity: status, scorecard, objectives and the
//! verification points it has met.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Where an activity stands. Only Planned, In progress and Done are "in scope" for progress.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord,
)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    NotSelected,
    Planned,
    InProgress,
    Done,
    NotApplicable,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::NotSelected,
        Status::Planned,
        Status::InProgress,
        Status::Done,
        Status::NotApplicable,
    ];

    /// The stable key used in files and addresses (`in_progress`).
    pub fn key(self) -> &'static str {
        match self {
            Status::NotSelected => "not_selected",
            Status::Planned => "planned",
            Status::InProgress => "in_progress",
            Status::Done => "done",
            Status::NotApplicable => "not_applicable",
        }
    }

    /// Counted in progress figures.
    pub fn in_scope(self) -> bool {
        matches!(self, Status::Planned | Status::InProgress | Status::Done)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Priority {
    High,
    Medium,
    Low,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ActivityProgress {
    pub status: Status,
    /// Why the activity does not apply here (with Not applicable).
    pub not_applicable_reason: String,
    pub priority: Option<Priority>,
    pub owner: String,
    /// ISO date.
    pub target_date: Option<String>,
    pub scorecard: Scorecard,
    pub objectives: Vec<Objective>,
    /// Met verification points and their evidence, by verification-point id.
    pub verification: BTreeMap<String, PointCheck>,
    /// Verification points this organisation added to the activity.
    pub custom_points: Vec<crate::catalogue::VerificationPoint>,
    /// When anything here last changed (ISO timestamp); merge keeps the newer side.
    pub updated_at: String,
}

/// The handbook's Customised Activity Scorecard (objectives live in [`ActivityProgress`]).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Scorecard {
    /// Markdown: the scope of the activity here.
    pub description: String,
    /// Markdown: why it matters here.
    pub opportunity: String,
    /// Markdown: tools used.
    pub tools: String,
    /// Markdown: approach and method.
    pub notes: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Objective {
    pub id: String,
    pub text: String,
    pub done: bool,
    pub owner: String,
    /// ISO date.
    pub due: Option<String>,
}

/// A verification point's state. Present with `met: false` keeps evidence of an unticked point.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PointCheck {
    pub met: bool,
    /// Free text or a link.
    pub evidence: String,
    /// ISO date the point was ticked.
    pub date: Option<String>,
    /// 0–5, when ratings are enabled.
    pub rating: Option<u8>,
}
