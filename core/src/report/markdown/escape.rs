//! User text in the downloaded Markdown report: whatever a note says, it stays text.
//!
//! A wiki or a Git host renders the report, and most of them pass HTML inside Markdown through.
//! So plain user text has every character that Markdown or HTML would read as markup escaped,
//! and user Markdown (scorecard fields) is written back from the app's own safe parse tree
//! ([`crate::markdown`]): the report shows exactly what the app's preview shows — the same
//! emphasis, lists and web links, no HTML, no other links, and no heading that could break the
//! report's outline.

use crate::markdown::{self, Block, Inline};
use crate::safe_url::is_safe_url;

/// Plain user text on one line: whitespace collapsed, Markdown and HTML inert.
pub(crate) fn text(s: &str) -> String {
    escape(&s.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Plain user text in a table cell: as [`text`], and `|` cannot split the cell.
pub(crate) fn cell(s: &str) -> String {
    text(s).replace('|', "\\|")
}

/// An address: an autolink when it is a web or mail address (nothing inside `<…>` is read as
/// markup, and a safe address contains no `<`, `>` or space), else inert text.
pub(crate) fn url(s: &str) -> String {
    if is_safe_url(s) {
        format!("<{s}>")
    } else {
        text(s)
    }
}

/// One line of catalogue or user Markdown (a verification point): its inline markup kept, the rest
/// inert.
pub(crate) fn inline_markdown(s: &str) -> String {
    let line = s.split_whitespace().collect::<Vec<_>>().join(" ");
    inlines(&markdown::inlines(&line))
}

/// User Markdown (a scorecard field) written back from the safe parse tree, blocks separated by a
/// blank line. Headings become bold paragraphs: they must not compete with the report's own.
pub(crate) fn markdown(s: &str) -> String {
    markdown::parse(s)
        .iter()
        .map(|block| match block {
            Block::Heading(runs) => format!("**{}**", inlines(runs)),
            Block::Paragraph(runs) => guard_line_start(&inlines(runs)),
            Block::List { ordered, items } => items
                .iter()
                .enumerate()
                .map(|(i, runs)| match ordered {
                    true => format!("{}. {}", i + 1, guard_line_start(&inlines(runs))),
                    false => format!("- {}", guard_line_start(&inlines(runs))),
                })
                .collect::<Vec<_>>()
                .join("\n"),
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn inlines(runs: &[Inline]) -> String {
    runs.iter()
        .map(|run| match run {
            Inline::Text(s) => escape(s),
            Inline::Strong(s) => wrap("**", s),
            Inline::Emphasis(s) => wrap("*", s),
            // A code span shows its content literally (no HTML, no markup) and the parser ends it
            // at the first backtick, so it cannot contain one.
            Inline::Code(s) => format!("`{s}`"),
            Inline::Link { text, url } if is_safe_url(url) => {
                format!(
                    "[{}]({})",
                    escape(text),
                    url.replace('(', "%28").replace(')', "%29")
                )
            }
            Inline::Link { text, .. } => escape(text),
        })
        .collect()
}

// `**text**`, with trailing spaces moved outside (a closing mark after a space is not one).
fn wrap(mark: &str, s: &str) -> String {
    let inner = s.trim_end();
    format!("{mark}{}{mark}{}", escape(inner), &s[inner.len()..])
}

/// Escapes every character that Markdown or HTML would read as markup.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            // Only where it would start an entity (`&lt;`, `&#60;`): "R&D" stays readable.
            '&' if starts_entity(&s[i + 1..]) => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '~' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// Whether the text after a `&` reads as an entity: `#`, letters or digits, then `;`.
fn starts_entity(after: &str) -> bool {
    let body = after.strip_prefix('#').unwrap_or(after);
    let name = body.bytes().take_while(u8::is_ascii_alphanumeric).count();
    name > 0 && body.as_bytes().get(name) == Some(&b';')
}

/// A paragraph must not start like a list item, a setext underline or a thematic break.
fn guard_line_start(s: &str) -> String {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    match s.as_bytes().get(digits) {
        Some(b'.' | b')') if digits > 0 => format!("{}\\{}", &s[..digits], &s[digits..]),
        Some(b'-' | b'+' | b'=') if digits == 0 => format!("\\{s}"),
        _ => s.to_string(),
    }
}
