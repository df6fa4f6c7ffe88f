//! Iterations of the journey and the snapshots that closing one freezes.

use crate::progress::Status;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Iteration {
    pub id: String,
    pub name: String,
    /// ISO dates.
    pub start: Option<String>,
    pub end: Option<String>,
    /// Set when the iteration is closed.
    #[serde(default)]
    pub snapshot: Option<Snapshot>,
}

/// Every activity's status and progress at the moment an iteration closed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    pub taken_at: String,
    pub activities: BTreeMap<String, ActivitySnapshot>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActivitySnapshot {
    pub goal: String,
    pub status: Status,
    pub points_met: u32,
    pub points_total: u32,
    pub objectives_done: u32,
    pub objectives_total: u32,
}
