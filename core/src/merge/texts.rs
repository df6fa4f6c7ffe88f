//! Joining two versions of a text (scorecard, evidence) so that both are kept, within the limit
//! the importer enforces ([`crate::limits::TEXT`]).

use super::{fit, Side};
use crate::limits;

/// A text of an activity's record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextField {
    Description,
    Opportunity,
    Tools,
    Notes,
    /// The evidence of a verification point, named by its text (its id if unknown).
    Evidence {
        point: String,
    },
}

/// Two versions of a text that were too long to keep whole together: the newer is whole, the
/// older keeps its beginning, up to the limit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextCut {
    pub field: TextField,
    /// The side whose text was cut (the older).
    pub side: Side,
    /// Characters of that text not in the merged document: its end.
    pub cut: usize,
}

/// Between the two versions of a text.
const SEPARATOR: &str = "\n\n";
/// Where the older version was cut: an editorial ellipsis, the same in every language.
const MARK: &str = " […]";

/// Two versions of a text joined.
pub(super) struct Joined {
    pub text: String,
    /// Both versions are in `text` (the older perhaps only in part).
    pub both: bool,
    /// Characters of the older version left out (its end), if any.
    pub cut: Option<usize>,
}

/// `newer` and `older` in one text of at most `max` characters: the one that holds the other,
/// else both (the newer first). When both do not fit, the newer is kept whole and the older
/// keeps its beginning, cut between graphemes and marked, as far as the limit allows; if the
/// newer already ends with such a beginning (an earlier merge of the same texts), nothing is
/// added, so importing the same file again changes nothing.
pub(super) fn join(newer: &str, older: &str, max: usize) -> Joined {
    let whole = |text: &str| Joined {
        text: text.to_string(),
        both: false,
        cut: None,
    };
    if newer.contains(older) {
        return whole(newer);
    }
    if older.contains(newer) {
        return whole(older);
    }
    let (n, o) = (limits::chars(newer), limits::chars(older));
    let overhead = limits::chars(SEPARATOR) + limits::chars(MARK);
    if n + limits::chars(SEPARATOR) + o <= max {
        return Joined {
            text: format!("{newer}{SEPARATOR}{older}"),
            both: true,
            cut: None,
        };
    }
    let held = newer
        .strip_suffix(MARK)
        .map_or(0, |body| held_beginning(body, older));
    let room = max.saturating_sub(n + overhead);
    if held > 0 || room == 0 {
        return Joined {
            text: newer.to_string(),
            both: held > 0,
            cut: Some(o - held),
        };
    }
    let beginning = fit::cut(older, room);
    Joined {
        text: format!("{newer}{SEPARATOR}{beginning}{MARK}"),
        both: true,
        cut: Some(o - limits::chars(beginning)),
    }
}

/// How many characters of `older`'s beginning `text` ends with, after a separator: what an
/// earlier cut kept. Linear (the prefix function of `older`, run over `text`).
fn held_beginning(text: &str, older: &str) -> usize {
    let pattern: Vec<char> = older.chars().collect();
    let mut prefix = vec![0usize; pattern.len()];
    let mut k = 0;
    for i in 1..pattern.len() {
        while k > 0 && pattern[i] != pattern[k] {
            k = prefix[k - 1];
        }
        if pattern[i] == pattern[k] {
            k += 1;
        }
        prefix[i] = k;
    }
    // The longest beginning of `older` that is an end of `text`.
    let mut matched = 0;
    for c in text.chars() {
        while matched > 0 && (matched == pattern.len() || c != pattern[matched]) {
            matched = prefix[matched - 1];
        }
        if matched < pattern.len() && c == pattern[matched] {
            matched += 1;
        }
    }
    // Only a beginning placed by a merge counts: right after the separator. Shorter matches
    // (down the prefix chain) are tried too.
    let starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    while matched > 0 {
        let start = starts.get(starts.len() - matched).copied().unwrap_or(0);
        if text[..start].ends_with(SEPARATOR) {
            return matched;
        }
        matched = prefix[matched - 1];
    }
    0
}
