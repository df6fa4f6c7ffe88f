//! Finding the next occurrence of a marker without rescanning the text.

/// Answers "where is the first `needle` at or after `from`?" for a `from` that only grows, as
/// the inline parser's position does. An answer stays valid until `from` passes it, and a new
/// search starts after the previous answer, so each byte of the text is examined at most once
/// (plus the needle's length per search): a whole pass is linear, however the text is built.
pub(super) struct Next<'a> {
    text: &'a str,
    needle: &'static str,
    /// Where the last search started; `found` is the first match at or after it.
    searched_from: usize,
    found: Option<usize>,
    /// Bytes examined so far, for the linearity test.
    pub(super) work: usize,
}

impl<'a> Next<'a> {
    pub(super) fn new(text: &'a str, needle: &'static str) -> Next<'a> {
        Next {
            text,
            needle,
            searched_from: 0,
            found: None,
            work: 0,
        }
    }

    /// The byte offset of the first `needle` that starts at or after `from`.
    pub(super) fn at_or_after(&mut self, from: usize) -> Option<usize> {
        let still_valid =
            self.work > 0 && from >= self.searched_from && self.found.is_none_or(|at| at >= from);
        if still_valid {
            return self.found;
        }
        let found = find(self.text.as_bytes(), self.needle.as_bytes(), from);
        let end = found.map_or(self.text.len(), |at| at + self.needle.len());
        // At least 1, so that "no search yet" (work == 0) is never confused with a cached answer.
        self.work += end.saturating_sub(from).max(1);
        self.searched_from = from;
        self.found = found;
        found
    }
}

/// The first `needle` (one or two ASCII bytes; longer needles are never used) at or after `from`. A plain byte loop rather than
/// `str::find`, whose searcher set-up per call dominated when called at every character.
fn find(text: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    let first = *needle.first()?;
    let second = needle.get(1).copied();
    let mut i = from;
    while i < text.len() {
        if text[i] == first {
            match second {
                None => return Some(i),
                Some(b) if i + 1 < text.len() && text[i + 1] == b => return Some(i),
                Some(_) => {}
            }
        }
        i += 1;
    }
    None
}
