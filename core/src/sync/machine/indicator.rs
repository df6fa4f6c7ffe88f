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

impl Indicator {
    fn urgency(&self) -> u8 {
        match self {
            Indicator::Error { .. } => 0,
            Indicator::Offline { .. } => 1,
            Indicator::Conflicts { .. } => 2,
            Indicator::Syncing { .. } => 3,
            Indicator::Synced { .. } => 4,
        }
    }

    /// One indicator for several workspace files: the most urgent state, with the changes
    /// waiting and the conflicts of all of them, and "synced" as of the oldest. `None` when
    /// there are none.
    pub fn combined(all: impl IntoIterator<Item = Indicator>) -> Option<Indicator> {
        let all: Vec<Indicator> = all.into_iter().collect();
        let waiting = all
            .iter()
            .map(|i| match i {
                Indicator::Error { waiting, .. }
                | Indicator::Offline { waiting }
                | Indicator::Syncing { waiting } => *waiting,
                _ => 0,
            })
            .sum();
        let count = all
            .iter()
            .map(|i| match i {
                Indicator::Conflicts { count } => *count,
                _ => 0,
            })
            .sum();
        let first = all.iter().min_by_key(|i| i.urgency())?.clone();
        Some(match first {
            Indicator::Error { error, .. } => Indicator::Error { error, waiting },
            Indicator::Offline { .. } => Indicator::Offline { waiting },
            Indicator::Conflicts { .. } => Indicator::Conflicts { count },
            Indicator::Syncing { .. } => Indicator::Syncing { waiting },
            Indicator::Synced { .. } => Indicator::Synced {
                at: all
                    .iter()
                    .map(|i| match i {
                        Indicator::Synced { at } => at.clone(),
                        _ => None,
                    })
                    .min()
                    .flatten(),
            },
        })
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn several_files_show_the_most_urgent_state_with_everything_waiting() {
        let at = |t: &str| Indicator::Synced {
            at: Some(t.to_string()),
        };
        assert_eq!(Indicator::combined([]), None);
        assert_eq!(
            Indicator::combined([at("2027-01-02"), at("2027-01-01")]),
            Some(at("2027-01-01"))
        );
        assert_eq!(
            Indicator::combined([
                at("2027-01-01"),
                Indicator::Syncing { waiting: 2 },
                Indicator::Offline { waiting: 3 },
                Indicator::Conflicts { count: 1 },
                Indicator::Conflicts { count: 2 },
            ]),
            Some(Indicator::Offline { waiting: 5 })
        );
        assert_eq!(
            Indicator::combined([
                Indicator::Conflicts { count: 1 },
                Indicator::Conflicts { count: 2 },
                Indicator::Syncing { waiting: 1 },
            ]),
            Some(Indicator::Conflicts { count: 3 })
        );
        assert_eq!(
            Indicator::combined([
                Indicator::Error {
                    error: SyncError::Unauthorized,
                    waiting: 1
                },
                Indicator::Syncing { waiting: 1 },
            ]),
            Some(Indicator::Error {
                error: SyncError::Unauthorized,
                waiting: 2
            })
        );
    }
}
