//! A small, safe Markdown subset for catalogue text and scorecard fields: paragraphs, `-`/`*`/`1.`
//! lists, `#` headings, `**strong**`, `*em*`, `` `code` `` and `[links](https://…)`.
//!
//! It produces a tree the views render as text nodes, so user text can never become HTML.
//! Links are kept only for http(s) and mailto addresses; anything else stays plain text.

pub use inline::inlines;
#[cfg(test)]
use inline::inlines_counting;

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

mod inline;
mod next;
#[cfg(test)]
mod tests;
