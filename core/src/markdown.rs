//! A small, safe Markdown subset for catalogue text and scorecard fields: paragraphs, `-`/`*`/`1.`
//! lists, `#` headings, `**strong**`, `*em*`, `` `code` `` and `[links](https://…)`.
//!
//! It produces a tree the views render as text nodes, so user text can never become HTML.
//! Links are kept only for http(s) and mailto addresses; anything else stays plain text.

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

/// Parses inline markup of one block.
pub fn inlines(text: &str) -> Vec<Inline> {
    let mut out = Vec::new();
    let mut plain = String::new();
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let parsed = match c {
            '*' if rest.starts_with("**") => {
                delimited(rest, "**").map(|(s, n)| (Inline::Strong(s), n))
            }
            '*' | '_' => delimited(rest, &c.to_string()).map(|(s, n)| (Inline::Emphasis(s), n)),
            '`' => delimited(rest, "`").map(|(s, n)| (Inline::Code(s), n)),
            '[' => link(rest),
            _ => None,
        };
        match parsed {
            Some((inline, consumed)) => {
                if !plain.is_empty() {
                    out.push(Inline::Text(std::mem::take(&mut plain)));
                }
                out.push(inline);
                rest = &rest[consumed..];
            }
            None => {
                plain.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    if !plain.is_empty() {
        out.push(Inline::Text(plain));
    }
    out
}

// `**text**` → ("text", bytes consumed). The content must be non-empty and not start with a space.
fn delimited(s: &str, mark: &str) -> Option<(String, usize)> {
    let inner = s.get(mark.len()..)?;
    let end = inner.find(mark)?;
    let content = &inner[..end];
    (!content.is_empty() && !content.starts_with(' '))
        .then(|| (content.to_string(), mark.len() * 2 + end))
}

fn link(s: &str) -> Option<(Inline, usize)> {
    let close = s.find("](")?;
    let text = &s[1..close];
    if text.contains('[') {
        return None;
    }
    let after = &s[close + 2..];
    let end = after.find(')')?;
    let url = after[..end].trim();
    let consumed = close + 2 + end + 1;
    if !is_safe_url(url) {
        return Some((Inline::Text(text.to_string()), consumed));
    }
    Some((
        Inline::Link {
            text: text.to_string(),
            url: url.to_string(),
        },
        consumed,
    ))
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

#[cfg(test)]
mod tests;
