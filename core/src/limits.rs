//! How long texts may be, counted in characters (Unicode scalar values), never in bytes.
//!
//! The importer refuses longer texts and the app enforces the same limits at input (`maxlength`,
//! which counts UTF-16 units and so is never more lenient), so everything the app lets a person
//! type comes back when its export is imported.

/// Names: workspaces, organisations, iterations, custom activities, owners.
pub const NAME: usize = 200;
/// Everything else a person writes: scorecards, evidence, objectives, notes.
pub const TEXT: usize = 100_000;

/// Ids (of activities, verification points, objectives, iterations), which the app makes short
/// (`obj-1a2b3c`): a longer one comes from a hand-made file, and would fill every warning and
/// message that names it.
pub const ID: usize = 1_000;

// How many items each list of a document may hold: far above any real journey (the handbook
// has 25 activities of a few points each), so only a hostile or broken file meets them, and
// each is refused with the list's place and its cap before anything is read into types.

/// Workspaces in a document.
pub const WORKSPACES: usize = 1_000;
/// Activities with progress in one workspace (the catalogue's, the organisation's own and any
/// the catalogue cannot place), and activities in one snapshot.
pub const ACTIVITIES: usize = 10_000;
/// An organisation's own activities in one workspace.
pub const CUSTOM_ACTIVITIES: usize = 1_000;
/// Verification points a person adds to one activity (and those of one own activity).
pub const CUSTOM_POINTS: usize = 1_000;
/// Records of one activity's verification points (ticks, evidence, ratings); also the most
/// verification points a snapshot may count for one activity.
pub const VERIFICATION: usize = 10_000;
/// Objectives of one activity.
pub const OBJECTIVES: usize = 1_000;
/// Iterations of one workspace (each closed one holds one snapshot).
pub const ITERATIONS: usize = 1_000;
/// Any other list: a profile's roles and goals, an own activity's roles, tools,
/// recommendations, resources and next activities.
pub const OTHER_LIST: usize = 1_000;
/// Items of all lists of a document together. The caps above multiply (workspaces ×
/// activities × objectives): this one bounds the work and memory a file can ask for.
pub const ITEMS: usize = 500_000;

/// The number of characters, as the limits count them.
pub fn chars(text: &str) -> usize {
    text.chars().count()
}

/// A counter is shown from this many characters on, so the limit never comes as a surprise.
pub fn counter_from(max: usize) -> usize {
    max - max / 5
}

/// Cuts `text` to at most `max` characters (for values that come from files, such as a
/// deployment's organisation name, before they become a workspace's name).
pub fn truncate(text: &str, max: usize) -> String {
    text.chars().take(max).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_characters_not_bytes() {
        let e = "é".repeat(150);
        assert_eq!((e.len(), chars(&e)), (300, 150));
        assert_eq!(chars(&truncate(&"😀".repeat(300), NAME)), NAME);
        assert_eq!(counter_from(NAME), 160);
    }
}
