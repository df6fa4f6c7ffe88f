//! How long texts may be, counted in characters (Unicode scalar values), never in bytes.
//!
//! The importer refuses longer texts and the app enforces the same limits at input (`maxlength`,
//! which counts UTF-16 units and so is never more lenient), so everything the app lets a person
//! type comes back when its export is imported.

/// Names: workspaces, organisations, iterations, custom activities, owners.
pub const NAME: usize = 200;
/// Everything else a person writes: scorecards, evidence, objectives, notes.
pub const TEXT: usize = 100_000;

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
