//! The merge report in words, one line per item, shared by the app's preview and `ggi merge`.

use super::{ActivityMerge, Duplicate, ItemKind, Outcome, Side};
use crate::i18n::{fill, Messages};

impl ActivityMerge {
    /// What became of an activity changed on both sides, in the language of `t`.
    pub fn line(&self, t: &Messages) -> String {
        let (template, joined) = match self.outcome {
            Outcome::Theirs => (t.merge.changed_theirs, false),
            Outcome::Ours => (t.merge.changed_ours, false),
            Outcome::Combined {
                newer,
                texts_joined,
            } => (
                match newer {
                    Side::Theirs => t.merge.combined_theirs,
                    Side::Ours => t.merge.combined_ours,
                },
                texts_joined,
            ),
        };
        // Without dates, "newer" would not be true: the line says what was done instead.
        let template = if self.undated {
            t.merge.changed_undated
        } else {
            template
        };
        let line = fill(
            template,
            &[("workspace", &self.workspace), ("activity", &self.activity)],
        );
        if joined {
            format!("{line}. {}", t.merge.texts_joined)
        } else {
            line
        }
    }
}

impl Duplicate {
    /// Which two items share an id and are both kept, in the language of `t`.
    pub fn line(&self, t: &Messages) -> String {
        let template = match self.kind {
            ItemKind::Activity => t.merge.duplicate_activity,
            ItemKind::Point => t.merge.duplicate_point,
            ItemKind::Objective => t.merge.duplicate_objective,
            ItemKind::Iteration => t.merge.duplicate_iteration,
        };
        fill(
            template,
            &[
                ("workspace", &self.workspace),
                ("activity", self.activity.as_deref().unwrap_or_default()),
                ("ours", &self.ours),
                ("theirs", &self.theirs),
            ],
        )
    }
}
