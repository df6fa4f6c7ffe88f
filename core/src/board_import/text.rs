//! Comparing texts the way a person reads them, and task items (`- [ ]`, `- [x]`).

/// Lower-case ASCII letters and digits, every other run of characters one space: two writings
/// of a point that differ only in case, punctuation or spacing compare equal.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut gap = false;
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            out.push(c.to_ascii_lowercase());
            gap = false;
        } else {
            gap = true;
        }
    }
    out
}

/// FNV-1a (32 bits) of the normalised text: the fingerprints of [`super::handbook`].
pub fn fingerprint(text: &str) -> u32 {
    normalise(text).bytes().fold(0x811c_9dc5, |h: u32, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// A Markdown thematic break (`----`, `***`, `___`, spaces allowed): the issue template's
/// separators, markup rather than anyone's text.
pub fn is_rule(line: &str) -> bool {
    let mut marks = line.chars().filter(|c| !c.is_whitespace());
    let Some(first) = marks.next() else {
        return false;
    };
    let count = 1 + marks.clone().count();
    matches!(first, '-' | '*' | '_') && count >= 3 && marks.all(|c| c == first)
}

/// A task item of a Markdown list: whether it is ticked, and its text.
pub fn task(line: &str) -> Option<(bool, &str)> {
    let rest = line
        .trim_start()
        .strip_prefix("- [")
        .or_else(|| line.trim_start().strip_prefix("* ["))?;
    let mut chars = rest.chars();
    let mark = chars.next()?;
    let rest = chars.as_str().strip_prefix(']')?;
    let text = rest.strip_prefix(' ').unwrap_or(rest).trim();
    if text.is_empty() {
        return None;
    }
    Some((matches!(mark, 'x' | 'X'), text))
}

/// The first `GGI-A-<digits>` in `text`.
pub fn activity_id(text: &str) -> Option<String> {
    let at = text.find("GGI-A-")?;
    let digits: String = text[at + 6..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    (!digits.is_empty()).then(|| format!("GGI-A-{digits}"))
}

/// The date part of a time as My GGI Board's files write it (`2024-03-05T10:00:00Z`,
/// `2024-03-05 10:00:00+00:00`), when it is a date the importer accepts.
pub fn date_of(time: &str) -> Option<String> {
    let d = time.trim().get(..10)?;
    crate::validate::is_date(d).then(|| d.to_string())
}
