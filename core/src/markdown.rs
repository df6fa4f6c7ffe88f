//! A small, safe Markdown subset for catalogue text and scorecard fields: paragraphs, `-`/`*`/`1.`
//! lists, `#` headings, `**strong**`, `*em*`, `` `code` `` and `[links](https://…)`.
//!
//! It produces a tree the views render as text nodes, so user text can never become HTML.
//! Links are kept only for http(s) and mailto addresses; anything else stays plain text.

use next::Next;

/// A block of text.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Heading(Vec<Inline>),
    Paragraph(Vec<Inline>),
    List {
        ordered: bool,
        items: Vec<Vec<Inline>>,
    },
}

/// A run of text inside a block.
#[derive(Clone, Debug, PartialEq)]
pub enum Inline {
    Text(String),
    Strong(String),
    Emphasis(String),
    Code(String),
    Link { text: String, url: String },
}

/// Parses Markdown into blocks. Never fails: anything unrecognised is text.
pub fn parse(source: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut paragraph: Vec<&str> = Vec::new();
    let mut list: Option<(bool, Vec<String>)> = None;

    let flush_paragraph = |paragraph: &mut Vec<&str>, blocks: &mut Vec<Block>| {
        if !paragraph.is_empty() {
            blocks.push(Block::Paragraph(inlines(&paragraph.join(" "))));
            paragraph.clear();
        }
    };
    let flush_list = |list: &mut Option<(bool, Vec<String>)>, blocks: &mut Vec<Block>| {
        if let Some((ordered, items)) = list.take() {
            let items = items.iter().map(|i| inlines(i)).collect();
            blocks.push(Block::List { ordered, items });
        }
    };

    for line in source.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            flush_paragraph(&mut paragraph, &mut blocks);
            flush_list(&mut list, &mut blocks);
        } else if let Some(heading) = trimmed.strip_prefix('#') {
            flush_paragraph(&mut paragraph, &mut blocks);
            flush_list(&mut list, &mut blocks);
            blocks.push(Block::Heading(inlines(
                heading.trim_start_matches('#').trim(),
            )));
        } else if let Some((ordered, item)) = list_item(trimmed) {
            flush_paragraph(&mut paragraph, &mut blocks);
            match &mut list {
                Some((o, items)) if *o == ordered => items.push(item.to_string()),
                _ => {
                    flush_list(&mut list, &mut blocks);
                    list = Some((ordered, vec![item.to_string()]));
                }
            }
        } else if let Some((_, items)) = list.as_mut().filter(|_| line.starts_with("  ")) {
            // An indented line continues the previous list item.
            if let Some(last) = items.last_mut() {
                last.push(' ');
                last.push_str(trimmed);
            }
        } else {
            flush_list(&mut list, &mut blocks);
            paragraph.push(trimmed);
        }
    }
    flush_paragraph(&mut paragraph, &mut blocks);
    flush_list(&mut list, &mut blocks);
    blocks
}

fn list_item(line: &str) -> Option<(bool, &str)> {
    if let Some(rest) = line.strip_prefix("- ").or_else(|| line.strip_prefix("* ")) {
        return Some((false, rest.trim()));
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    let rest = line.get(digits..)?;
    (digits > 0 && digits < 4)
        .then(|| rest.strip_prefix(". "))
        .flatten()
        .map(|r| (true, r.trim()))
}

/// Parses inline markup of one block, in time linear in the text's length (see [`Next`]).
pub fn inlines(text: &str) -> Vec<Inline> {
    Inlines::new(text).run().0
}

/// [`inlines`] with the work done (characters visited plus bytes searched), for the tests.
#[cfg(test)]
fn inlines_counting(text: &str) -> (Vec<Inline>, usize) {
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

/// Only web and mail addresses become links (one rule for the whole app, see [`crate::safe_url`]).
pub use crate::safe_url::is_safe_url;

/// The text without markup, for search, CSV and plain reports.
pub fn plain_text(source: &str) -> String {
    parse(source)
        .iter()
        .map(|block| {
            let runs = match block {
                Block::Heading(i) | Block::Paragraph(i) => vec![i.clone()],
                Block::List { items, .. } => items.clone(),
            };
            runs.iter()
                .map(|run| run.iter().map(inline_text).collect::<String>())
                .collect::<Vec<_>>()
                .join("; ")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn inline_text(inline: &Inline) -> &str {
    match inline {
        Inline::Text(s) | Inline::Strong(s) | Inline::Emphasis(s) | Inline::Code(s) => s,
        Inline::Link { text, .. } => text,
    }
}

mod next;
#[cfg(test)]
mod tests;
