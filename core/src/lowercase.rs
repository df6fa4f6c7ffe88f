//! Lowercasing without the standard library's Unicode case tables (README: Size).
//!
//! `str::to_lowercase` brings 13 KB of tables into the Wasm (6.7 KB brotli on the first visit)
//! for the activity search, export file names and slugs. `core/build.rs` reads the same
//! mapping off `char::to_lowercase` at build time into a table of runs a quarter of that size,
//! so every character lowercases exactly as the standard library does (the tests compare all
//! of them). The one context rule, a capital sigma ending a word (`ΟΔΟΣ` → `οδος`), is exact
//! for Latin, Greek, Cyrillic and Armenian text, combining marks and punctuation; next to a
//! letter of another script it may pick `σ` where the standard library picks `ς`, or back.

include!(concat!(env!("OUT_DIR"), "/lowercase_table.rs"));

/// `text` in lower case, as `str::to_lowercase` writes it.
pub fn lowercase(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        match c {
            'Σ' => {
                let (before, after) = (&text[..i], &text[i + 'Σ'.len_utf8()..]);
                let word_end = cased_next(before.chars().rev()) && !cased_next(after.chars());
                out.push(if word_end { 'ς' } else { 'σ' });
            }
            // The one character that lowercases to two (i and a combining dot above).
            '\u{130}' => out.push_str("i\u{307}"),
            _ => out.push(lower(c)),
        }
    }
    out
}

/// The lower case of one character (itself when it has none).
fn lower(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let cp = u32::from(c);
    let i = RUNS.partition_point(|&(first, ..)| first <= cp);
    match i.checked_sub(1).map(|i| RUNS[i]) {
        Some((first, count, step, delta)) if in_run(first, count, step, cp) => {
            char::from_u32(cp.wrapping_add_signed(delta)).unwrap_or(c)
        }
        _ => c,
    }
}

fn in_run(first: u32, count: u16, step: u8, cp: u32) -> bool {
    let step = u32::from(step);
    cp >= first && (cp - first).is_multiple_of(step) && (cp - first) / step < u32::from(count)
}

/// Whether the first character of `chars` that is not case-ignorable has a case: what decides
/// whether a capital sigma ends a word.
fn cased_next(mut chars: impl Iterator<Item = char>) -> bool {
    chars.find(|&c| !within(&IGNORABLE, c)).is_some_and(cased)
}

/// Upper and lower case letters: those with a lower case, those some letter lowercases to,
/// and the few other cased ones (`CASED`, such as `ß` without a capital of its own).
fn cased(c: char) -> bool {
    let cp = u32::from(c);
    lower(c) != c
        || c == '\u{130}'
        || RUNS.iter().any(|&(first, count, step, delta)| {
            in_run(
                first,
                count,
                step,
                cp.wrapping_add_signed(delta.wrapping_neg()),
            )
        })
        || within(&CASED, c)
}

fn within(ranges: &[(u32, u32)], c: char) -> bool {
    ranges.iter().any(|&(a, b)| (a..=b).contains(&u32::from(c)))
}

#[cfg(test)]
mod tests;
