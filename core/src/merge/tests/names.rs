//! Names are fitted to the limit in characters, as the importer counts them, and never cut
//! inside a character or a grapheme.

use super::*;
use crate::limits::{self, NAME};

#[test]
fn names_without_a_clash_stay_whole_whatever_their_width_in_bytes() {
    for long in ["é".repeat(150), "東".repeat(150), "😀".repeat(NAME)] {
        assert_eq!(unique_name(&long, ["Dept A"].into_iter()), long);
    }
}

#[test]
fn a_renamed_name_is_fitted_in_characters() {
    let long = "é".repeat(NAME);
    let fitted = unique_name(&long, [long.as_str()].into_iter());
    assert_eq!(fitted, format!("{} (2)", "é".repeat(NAME - 4)));
    assert_eq!(limits::chars(&fitted), NAME);
    let short = "é".repeat(100);
    let fitted = unique_name(&short, [short.as_str()].into_iter());
    assert_eq!(fitted, format!("{short} (2)"), "fits without a cut");
}

#[test]
fn a_renamed_name_is_not_cut_inside_a_grapheme() {
    // "é" written as e + a combining accent, a family emoji (joined by ZWJ), a flag (two regional
    // indicators), a thumbs-up with a skin tone: none may lose a part.
    for cluster in ["e\u{301}", "👨\u{200d}👩\u{200d}👧", "🇫🇷", "👍🏽", "क्षि"]
    {
        let n = limits::chars(cluster);
        let name = cluster.repeat(NAME / n);
        let fitted = unique_name(&name, [name.as_str()].into_iter());
        let base = fitted.strip_suffix(" (2)").unwrap_or_default();
        assert!(limits::chars(&fitted) <= NAME, "{cluster}: {fitted}");
        assert!(!base.is_empty(), "{cluster}");
        assert_eq!(base, cluster.repeat(limits::chars(base) / n), "{cluster}");
    }
}
