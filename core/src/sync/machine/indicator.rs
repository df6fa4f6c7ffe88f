//! The sync indicator in the header.

use super::{Machine, Phase};
use crate::sync::SyncError;

/// What the sync indicator in the header shows, most urgent first.
#[derive(Clone, Debug, PartialEq)]
pub enum Indicator {
    Error {
        error: SyncError,
        waiting: u32,
    },
    Offline {
        waiting: u32,
    },
    /// Changes made elsewhere at the same time, to review.
    Conflicts {
        count: usize,
    },
    Syncing {
        waiting: u32,
    },
    /// Everything here is in the folder, as of `at` (`None`: never synced).
    Synced {
        at: Option<String>,
    },
}

impl Machine {
    /// What the indicator shows now.
    pub fn indicator(&self) -> Indicator {
        let waiting = self.record.pending;
        if let Some(error) = &self.error {
            Indicator::Error {
                error: error.clone(),
                waiting,
            }
        } else if self.offline {
            Indicator::Offline { waiting }
        } else if !self.conflicts.is_empty() {
            Indicator::Conflicts {
                count: self.conflicts.len(),
            }
        } else if waiting > 0 || self.phase != Phase::Idle {
            Indicator::Syncing { waiting }
        } else {
            Indicator::Synced {
                at: self.record.synced_at.clone(),
            }
        }
    }
}
