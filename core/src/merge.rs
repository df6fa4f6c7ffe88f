//! Merging an imported document ("theirs", the file) into the current one ("ours") without
//! losing any work of either side.
//!
//! The rule, item by item:
//! - **Workspaces** are matched by id. One only the file has is added (renamed `Name (2)` if its
//!   name is taken). Settings and the active workspace stay ours. A matched workspace's name
//!   and profile are merged field by field (`profile.rs`): a field set on one side only is
//!   kept; set differently on both, the side that changed the workspace last wins and the
//!   report names both values; roles and goals are the union of both.
//! - **Own activities, own verification points, objectives and iterations** are matched by id.
//!   The same id with the same content is one item. An item of the file whose content is already
//!   here under another id is that item (so importing a file twice adds nothing). Otherwise the
//!   item is added; if its id is taken by different content, it is added under a new id (its id
//!   plus `-2`, `-3`…, unique in the workspace) and every reference to it in the file is rewritten
//!   (progress key, ticks, snapshots, proposed-next links). Those are the *duplicates* of the
//!   report, named by title, text or name. Content means: an own activity without its id; a
//!   point's or an objective's text; an iteration's name, its dates and snapshot being equal or
//!   missing on one side (a closed iteration meets its still open copy: the snapshot is kept).
//! - **Progress on an activity** recorded on one side only is taken as it is. Changed on both
//!   sides, the two records are combined: a point met on either side is met; the objectives and
//!   own points of both are kept (a matched objective is done if done on either side); the
//!   status comes from the side changed last (by `updated_at`, ours on a tie; a record without
//!   a usable date is older than any dated one, and of two undated records one with a status
//!   beats one without: `dated.rs`), and so do
//!   priority, owner, target date, reason and ratings unless that side left them empty; texts
//!   that differ (scorecard, evidence) are both kept, the newer first, unless one already
//!   contains the other. Two texts too long to be kept whole together within the importer's
//!   limit keep the newer whole and the older's beginning, marked ` […]` (`texts.rs`): the
//!   result always imports. The report says, per activity, whether the result is the file's
//!   version, ours, or a combination of both, and names every text cut, by how much.
//!
//! Nothing here relies on ids being random: files whose ids were numbered (`ws-1`, `ORG-1`,
//! `obj-1`, `it-1`) clash everywhere and still merge without loss (`tests/suite/merge_properties.rs`).

mod dated;
mod fit;
mod lines;
mod profile;
mod progress;
mod texts;
mod workspace;

pub use profile::{ProfileDifference, ProfileField, ProfileMerge, ProfileValue};
pub use texts::{TextCut, TextField};

use crate::catalogue::Catalogue;
use crate::limits;
use crate::schema::Document;

/// Which side an item was taken from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// This browser's document.
    Ours,
    /// The imported file.
    Theirs,
}

/// What an activity changed on both sides became.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The file's version, newer, already held everything of ours.
    Theirs,
    /// Ours, newer, already held everything of the file's.
    Ours,
    /// Both combined: the fields of the `newer` side, the ticks, objectives and points of both;
    /// `texts_joined` when differing texts were both kept.
    Combined { newer: Side, texts_joined: bool },
}

/// An activity with progress on both sides that differ.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActivityMerge {
    pub workspace: String,
    /// The activity's title (its id if no catalogue knows it).
    pub activity: String,
    pub outcome: Outcome,
    /// Neither side's record had a usable date (an `updated_at` that starts with a
    /// `YYYY-MM-DD` date): they were combined, ours kept where they differ.
    pub undated: bool,
    /// Texts of both sides too long to keep whole together.
    pub cuts: Vec<TextCut>,
}

/// The kind of item that was kept twice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemKind {
    Activity,
    Point,
    Objective,
    Iteration,
}

/// Two different items with the same id: both kept, the file's under a new id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Duplicate {
    pub workspace: String,
    pub kind: ItemKind,
    /// For points and objectives: the title of their activity.
    pub activity: Option<String>,
    /// The name (title, text) of ours.
    pub ours: String,
    /// The name of the file's, now under `new_id`.
    pub theirs: String,
    pub new_id: String,
}

/// What a merge did (or, as a preview, would do).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MergeReport {
    /// Names (as added) of workspaces that only the file has.
    pub added_workspaces: Vec<String>,
    /// Activities only the file has progress for.
    pub added: u32,
    /// Activities changed on both sides where the file's newer version was taken.
    pub updated: u32,
    /// Activities changed on both sides where this browser's newer version stayed.
    pub kept: u32,
    /// Activities changed on both sides whose two versions were combined.
    pub combined: u32,
    pub unchanged: u32,
    /// Own activities and iterations the file adds to matched workspaces.
    pub added_custom: u32,
    pub added_iterations: u32,
    /// Every activity changed on both sides, in order.
    pub changed: Vec<ActivityMerge>,
    pub duplicates: Vec<Duplicate>,
    /// Matched workspaces whose name or profile the file filled in or set differently.
    pub profiles: Vec<ProfileMerge>,
}

impl MergeReport {
    /// Nothing would change, and nothing of the file is left out for want of room.
    pub fn is_noop(&self) -> bool {
        self.added_workspaces.is_empty()
            && self.added + self.updated + self.combined + self.added_custom + self.added_iterations
                == 0
            && self.duplicates.is_empty()
            && !self.profiles.iter().any(ProfileMerge::changes_ours)
            && self.changed.iter().all(|c| c.cuts.is_empty())
    }
}

/// Merges `theirs` into `ours` by the rule of the module doc. `catalogue` names activities in the
/// report and keeps new ids off the catalogue's.
pub fn merge(ours: &Document, theirs: &Document, catalogue: &Catalogue) -> (Document, MergeReport) {
    let mut merged = ours.clone();
    let mut report = MergeReport::default();
    for incoming in &theirs.workspaces {
        match merged.workspaces.iter().position(|w| w.id == incoming.id) {
            Some(i) => {
                workspace::merge(&mut merged.workspaces[i], incoming, catalogue, &mut report)
            }
            None => {
                let mut added = incoming.clone();
                added.name = unique_name(
                    &incoming.name,
                    merged.workspaces.iter().map(|w| w.name.as_str()),
                );
                report.added_workspaces.push(added.name.clone());
                report.added += added.activities.len() as u32;
                merged.workspaces.push(added);
            }
        }
    }
    (merged, report)
}

/// `id` if `taken` refuses it not, else `id-2`, `id-3`… the first one it accepts.
pub fn unique_id(id: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(id) {
        return id.to_string();
    }
    (2u32..)
        .map(|n| format!("{id}-{n}"))
        .find(|candidate| !taken(candidate))
        .unwrap_or_default()
}

/// `name` if no name in `taken` equals it, else `name (2)`, `name (3)`…, shortened to fit the
/// limit of names ([`limits::NAME`] characters, as the importer counts them), between graphemes.
pub fn unique_name<'a>(name: &str, taken: impl Iterator<Item = &'a str> + Clone) -> String {
    let free = |candidate: &str| !taken.clone().any(|t| t == candidate);
    let fit = |suffix: String| {
        let room = limits::NAME.saturating_sub(limits::chars(&suffix));
        format!("{}{suffix}", fit::cut(name, room))
    };
    std::iter::once(fit(String::new()))
        .chain((2u32..).map(|n| fit(format!(" ({n})"))))
        .find(|candidate| free(candidate))
        .unwrap_or_default()
}

/// The title of an activity: the catalogue's, else the workspace's own, else its id.
fn title(catalogue: &Catalogue, ws: &crate::schema::Workspace, id: &str) -> String {
    catalogue
        .activity(id)
        .or_else(|| ws.custom_activities.iter().find(|a| a.id == id))
        .map_or_else(|| id.to_string(), |a| a.title.clone())
}

/// The first item not `used` that `matches`: each item of ours is matched at most once.
fn find<T>(
    items: &[T],
    used: &std::collections::HashSet<usize>,
    matches: impl Fn(&T) -> bool,
) -> Option<usize> {
    (0..items.len()).find(|i| !used.contains(i) && matches(&items[*i]))
}

#[cfg(test)]
mod tests;
