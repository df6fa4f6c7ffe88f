//! Inline markup of one block (`**strong**`, `*em*`, `` `code` ``, `[links](https://…)`), in one
//! forward pass.

use super::next::Next;
use super::{is_safe_url, Inline};

/// Parses inline markup of one block, in time linear in the text's length (see [`Next`]).
pub fn inlines(text: &str) -> Vec<Inline> {
    Inlines::new(text).run().0
}

/// [`inlines`] with the work done (characters visited plus bytes searched), for the tests.
#[cfg(test)]
pub(super) fn inlines_counting(text: &str) -> (Vec<Inline>, usize) {
    Inlines::new(text).run()
}

/// One pass over a block's text. Each marker is looked up through its own [`Next`], never by
/// searching the rest of the text again: a note of 100,000 `[` once froze the tab that way.
struct Inlines<'a> {
    text: &'a str,
    strong: Next<'a>,
    star: Next<'a>,
    underscore: Next<'a>,
    backtick: Next<'a>,
    open: Next<'a>,
    close: Next<'a>,
    paren: Next<'a>,
}

impl<'a> Inlines<'a> {
    fn new(text: &'a str) -> Inlines<'a> {
        Inlines {
            text,
            strong: Next::new(text, "**"),
            star: Next::new(text, "*"),
            underscore: Next::new(text, "_"),
            backtick: Next::new(text, "`"),
            open: Next::new(text, "["),
            close: Next::new(text, "]("),
            paren: Next::new(text, ")"),
        }
    }

    fn run(mut self) -> (Vec<Inline>, usize) {
        let text = self.text;
        let mut out = Vec::new();
        let mut plain = String::new();
        let mut at = 0;
        let mut steps = 0;
        let bytes = text.as_bytes();
        // Markers are ASCII, so `at` is always at a character boundary.
        while let Some(&byte) = bytes.get(at) {
            steps += 1;
            let parsed = match byte {
                b'*' if bytes.get(at + 1) == Some(&b'*') => {
                    delimited(text, at, "**", &mut self.strong).map(|(s, n)| (Inline::Strong(s), n))
                }
                b'*' => {
                    delimited(text, at, "*", &mut self.star).map(|(s, n)| (Inline::Emphasis(s), n))
                }
                b'_' => delimited(text, at, "_", &mut self.underscore)
                    .map(|(s, n)| (Inline::Emphasis(s), n)),
                b'`' => {
                    delimited(text, at, "`", &mut self.backtick).map(|(s, n)| (Inline::Code(s), n))
                }
                b'[' => self.link(at),
                _ => None,
            };
            match parsed {
                Some((inline, end)) => {
                    if !plain.is_empty() {
                        out.push(Inline::Text(std::mem::take(&mut plain)));
                    }
                    out.push(inline);
                    at = end;
                }
                None => {
                    // Copy the run of plain text up to the next possible marker in one go.
                    let end = next_marker(bytes, at + 1);
                    plain.push_str(text.get(at..end).unwrap_or_default());
                    steps += end - at;
                    at = end;
                }
            }
        }
        if !plain.is_empty() {
            out.push(Inline::Text(plain));
        }
        let work = steps
            + [
                &self.strong,
                &self.star,
                &self.underscore,
                &self.backtick,
                &self.open,
                &self.close,
                &self.paren,
            ]
            .iter()
            .map(|n| n.work)
            .sum::<usize>();
        (out, work)
    }

    /// `[text](url)` starting at `at` → the inline and where it ends. The text must not contain
    /// `[`; the address ends at the first `)`. An unsafe address keeps only the text.
    fn link(&mut self, at: usize) -> Option<(Inline, usize)> {
        let close = self.close.at_or_after(at + 1)?;
        if self
            .open
            .at_or_after(at + 1)
            .is_some_and(|open| open < close)
        {
            return None;
        }
        let end = self.paren.at_or_after(close + 2)?;
        let text = self.text[at + 1..close].to_string();
        let url = self.text[close + 2..end].trim();
        let inline = if is_safe_url(url) {
            Inline::Link {
                text,
                url: url.to_string(),
            }
        } else {
            Inline::Text(text)
        };
        Some((inline, end + 1))
    }
}

/// Where the next byte that may start markup is (all markers are ASCII, so this is always a
/// character boundary), or the end of the text.
fn next_marker(bytes: &[u8], from: usize) -> usize {
    let mut i = from;
    while i < bytes.len() && !matches!(bytes[i], b'*' | b'_' | b'`' | b'[') {
        i += 1;
    }
    i
}

// `**text**` at `at` → ("text", where it ends). The content must be non-empty and not start
// with a space.
fn delimited(text: &str, at: usize, mark: &str, next: &mut Next) -> Option<(String, usize)> {
    let start = at + mark.len();
    let end = next.at_or_after(start)?;
    // Non-empty and not starting with a space, checked on bytes before anything is copied.
    if end == start || text.as_bytes().get(start) == Some(&b' ') {
        return None;
    }
    Some((text.get(start..end)?.to_string(), end + mark.len()))
}
