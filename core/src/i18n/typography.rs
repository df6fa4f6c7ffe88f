//! The typographic rules of French and German that the texts follow, as checks that tests run
//! over every interface message and every catalogue text. Each returns what is wrong, empty when
//! all is well.

/// French: a no-break space (U+00A0 or U+202F) before : ; ! ? and inside « », so the punctuation
/// never starts a line; one character for an ellipsis.
pub fn french(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for bad in [" :", " ;", " !", " ?", " »", "« "] {
        if text.contains(bad) {
            found.push(format!("{bad:?}: write a no-break space"));
        }
    }
    if text.contains("...") {
        found.push("\"...\": write \"…\"".into());
    }
    found
}

/// English compounds that German hyphenates („Business-Owner“, „Code-Review“).
const HYPHENATED: &[(&str, &str)] = &[
    ("business owner", "Business-Owner"),
    ("product owner", "Product-Owner"),
    ("code review", "Code-Review"),
    ("pull request", "Pull-Request"),
    ("merge request", "Merge-Request"),
];

/// Words that may follow a suspended hyphen („Product- und Business-Owner“).
const AFTER_SUSPENDED_HYPHEN: &[&str] = &[
    "und",
    "oder",
    "bzw.",
    "sowie",
    "bis",
    "wie",
    "statt",
    "gegenüber",
];

/// German: „…“ quotes (‚…‘ inside), a spaced en dash – as the dash, one character for an
/// ellipsis, spaced abbreviations („z. B.“), compounds with a hyphen („Open-Source-Software“,
/// „Business-Owner“) and a suspended hyphen only before a conjunction („Product- und
/// Business-Owner“, „Kompetenzen und -Ressourcen“).
pub fn german(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (bad, why) in [
        ("\"", "straight quotes: write „…“"),
        ("”", "English closing quote: write „…“"),
        ("«", "guillemets: write „…“"),
        ("»", "guillemets: write „…“"),
        ("...", "three dots: write …"),
        ("—", "em dash: write a spaced en dash –"),
        ("z.B.", "write „z. B.“"),
        ("d.h.", "write „d. h.“"),
        ("u.a.", "write „u. a.“"),
        ("z.T.", "write „z. T.“"),
        ("Open Source-", "write „Open-Source-…“"),
    ] {
        if text.contains(bad) {
            found.push(format!("{bad:?}: {why}"));
        }
    }
    let mut open = false;
    for c in text.chars() {
        match (c, open) {
            ('„', false) => open = true,
            ('“', true) => open = false,
            ('„', true) => found.push("„ inside „…“: write ‚…‘".into()),
            ('“', false) => found.push("“ without „: German quotes open low".into()),
            _ => {}
        }
    }
    if open {
        found.push("„ never closed by “".into());
    }
    let lower = text.to_lowercase();
    for (english, german) in HYPHENATED {
        if super::glossary::has_word(&lower, english) {
            found.push(format!("{english:?}: write „{german}“"));
        }
    }
    for line in text.lines() {
        let body = line.trim_start().trim_start_matches("- ");
        if body.contains(" - ") {
            found.push(format!("{line:?}: a hyphen as a dash; write –"));
        }
        for (at, _) in body.match_indices("- ") {
            let suspended = body[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric);
            let next = body[at + 2..].split(' ').next().unwrap_or("");
            if suspended && !AFTER_SUSPENDED_HYPHEN.contains(&next) {
                found.push(format!(
                    "{line:?}: a suspended hyphen stands before a conjunction (und, oder, bzw., …)"
                ));
            }
        }
    }
    found
}
