//! The glossary: for each concept of the GGI and of the app, the one French and the one German
//! term, and the variants a review struck out. Tests hold every interface message
//! (`i18n/tests.rs`), every catalogue text (`tests/suite/translations.rs`) and the sample organisation
//! (`sample/wording.rs`) to it, so a variant that comes back fails `cargo test`.
//!
//! Terms are written in lowercase and matched as whole words (a hyphen or an apostrophe ends a
//! word, so "ziele" is found in „Open-Source-Ziele“, but "ziel" is not found in „Zieldatum“).

use super::Lang;

mod de;
mod fr;

pub use de::DE;
pub use fr::FR;

/// Where a rule applies: some words are reserved in the interface only, where a label has to
/// name one thing, while the catalogue's prose uses them in their everyday sense.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Everywhere,
    Interface,
}

/// One concept and the term a language gives it.
#[derive(Debug)]
pub struct Term {
    /// The concept, for whoever reads a failure.
    pub concept: &'static str,
    /// Words that name the concept in English.
    pub english: &'static [&'static str],
    /// The forms of the one term.
    pub forms: &'static [&'static str],
    /// Where the English names the concept, the translation uses one of the forms.
    pub required: bool,
    /// The forms name this concept and nothing else: where they appear, the English names it.
    pub reserved: bool,
    /// Variants that are never written.
    pub never: &'static [&'static str],
    pub scope: Scope,
}

/// The terms of one language.
#[derive(Debug)]
pub struct Glossary {
    pub lang: Lang,
    pub terms: &'static [Term],
    /// Phrases that hold a struck-out word for a good reason, removed before the check
    /// („Entwicklerinnen und Entwickler“ holds „Entwickler“).
    pub keep: &'static [&'static str],
    /// The names of the three GGI roles, in the catalogue's order (developer, team leader,
    /// decision maker).
    pub roles: [&'static str; 3],
}

/// A text that breaks the glossary, and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Breach {
    pub concept: &'static str,
    pub problem: String,
}

/// English words that name something else ("GGI Journey" is the app, not a journey).
const ENGLISH_KEEP: &[&str] = &["ggi journey", "executive order"];

/// Interface messages that name the same thing and so read the same in every language.
pub const SAME_WORDING: &[&[&str]] = &[
    &["journey.objective_done", "report.objective_done"],
    &["journey.sc_tools", "report.sc_tools"],
    &[
        "catalogue.filter_goal",
        "catalogue.custom_goal",
        "dashboard.goal",
    ],
    &[
        "catalogue.filter_goal",
        "iterations.goal_change",
        "report.col_goal",
    ],
    &["dashboard.points_met", "iterations.points_change"],
];

/// A law or body whose official name in the language is given at its first mention in an
/// activity, before any English or short name.
#[derive(Debug)]
pub struct OfficialName {
    pub english: &'static str,
    pub fr: &'static str,
    pub de: &'static str,
}

pub const OFFICIAL_NAMES: &[OfficialName] = &[OfficialName {
    english: "Cyber Resilience Act",
    fr: "règlement sur la cyberrésilience",
    de: "Cyberresilienz-Verordnung",
}];

impl OfficialName {
    pub fn local(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.english,
            Lang::Fr => self.fr,
            Lang::De => self.de,
        }
    }
}

/// The glossary of a translation (English has none: it is the source).
pub fn glossary(lang: Lang) -> Option<&'static Glossary> {
    match lang {
        Lang::En => None,
        Lang::Fr => Some(&FR),
        Lang::De => Some(&DE),
    }
}

impl Glossary {
    /// How `text` breaks the glossary, given the English it translates. `scope` says whether
    /// `text` is an interface message or catalogue prose.
    pub fn check(&self, text: &str, english: &str, scope: Scope) -> Vec<Breach> {
        let mut ours = normalise(text);
        for keep in self.keep {
            ours = ours.replace(keep, " ");
        }
        let mut theirs = normalise(english);
        for keep in ENGLISH_KEEP {
            theirs = theirs.replace(keep, " ");
        }
        let mut found = Vec::new();
        for term in self.terms {
            if term.scope == Scope::Interface && scope == Scope::Everywhere {
                continue;
            }
            let named = term.english.iter().any(|w| has_word(&theirs, w));
            let used = term.forms.iter().find(|w| has_word(&ours, w));
            if term.required && named && used.is_none() {
                found.push(Breach {
                    concept: term.concept,
                    problem: format!("the English names it; write one of {:?}", term.forms),
                });
            }
            if let (true, false, Some(form)) = (term.reserved, named, used) {
                found.push(Breach {
                    concept: term.concept,
                    problem: format!("“{form}” names only this, and the English does not"),
                });
            }
            for variant in term.never.iter().filter(|w| has_word(&ours, w)) {
                found.push(Breach {
                    concept: term.concept,
                    problem: format!("“{variant}” is a struck-out variant"),
                });
            }
        }
        found
    }
}

/// Lowercase, with no-break spaces as spaces and one apostrophe.
fn normalise(text: &str) -> String {
    text.to_lowercase()
        .replace(['\u{a0}', '\u{202f}', '\n'], " ")
        .replace('\'', "’")
}

/// Whether `phrase` occurs in `text` as whole words.
pub fn has_word(text: &str, phrase: &str) -> bool {
    let is_word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    text.match_indices(phrase).any(|(at, _)| {
        !is_word(text[..at].chars().next_back())
            && !is_word(text[at + phrase.len()..].chars().next())
    })
}
