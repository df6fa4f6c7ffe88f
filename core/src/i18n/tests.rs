use super::*;

#[test]
fn every_language_has_every_key_filled() {
    let en = Lang::En.messages().entries();
    for lang in Lang::ALL {
        let entries = lang.messages().entries();
        assert_eq!(
            entries.len(),
            en.len(),
            "{lang:?} has a different number of keys"
        );
        for ((key, value), (en_key, _)) in entries.iter().zip(&en) {
            assert_eq!(key, en_key);
            assert!(!value.trim().is_empty(), "{lang:?} {key} is empty");
        }
    }
}

#[test]
fn placeholders_match_across_languages() {
    fn placeholders(s: &str) -> Vec<&str> {
        let mut found: Vec<&str> = s
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .collect();
        found.sort_unstable();
        found
    }
    let en = Lang::En.messages().entries();
    for lang in [Lang::Fr, Lang::De] {
        for ((key, value), (_, en_value)) in lang.messages().entries().iter().zip(&en) {
            assert_eq!(
                placeholders(value),
                placeholders(en_value),
                "{lang:?} {key}"
            );
        }
    }
}

#[test]
fn negotiates_the_first_supported_browser_language() {
    assert_eq!(Lang::negotiate(["es-ES", "fr-CA", "en"]), Lang::Fr);
    assert_eq!(Lang::negotiate(["de_AT"]), Lang::De);
    assert_eq!(Lang::negotiate(["ja", "pt"]), Lang::En);
    assert_eq!(Lang::negotiate([]), Lang::En);
}

#[test]
fn fills_placeholders() {
    assert_eq!(
        fill("{done} of {total}", &[("done", "3"), ("total", "5")]),
        "3 of 5"
    );
}

#[test]
fn formats_dates_and_percentages_per_language() {
    assert_eq!(date(Lang::En, "2027-03-01"), "1 Mar 2027");
    assert_eq!(date(Lang::Fr, "2027-03-01"), "1 mars 2027");
    assert_eq!(date(Lang::De, "2027-03-01T10:00:00Z"), "1. März 2027");
    assert_eq!(date(Lang::En, "not a date"), "not a date");
    assert_eq!(date(Lang::En, "2027-13-01"), "2027-13-01");
    assert_eq!(percent(Lang::En, 42), "42%");
    assert_eq!(percent(Lang::Fr, 42), "42\u{202f}%");
}

#[test]
fn french_punctuation_never_starts_a_line() {
    // French puts a space before : ; ! ? and inside « »: a no-break one (U+00A0), so that a
    // narrow screen never wraps the punctuation onto a line of its own.
    for (key, value) in Lang::Fr.messages().entries() {
        for bad in [" :", " ;", " !", " ?", " »", "« "] {
            assert!(
                !value.contains(bad),
                "fr {key}: {value:?} has {bad:?}; write a no-break space"
            );
        }
    }
}

/// Every message of the interface, with those kept apart from [`Messages`] (the sync's).
fn every_message(lang: Lang) -> Vec<(String, &'static str)> {
    let mut all = lang.messages().entries();
    all.extend(
        SyncMsgs::of(lang)
            .entries()
            .into_iter()
            .map(|(k, v)| (format!("sync.{k}"), v)),
    );
    all
}

#[test]
fn german_typography_holds() {
    // „…“ quotes, a spaced en dash, spaced abbreviations, hyphenated compounds and a suspended
    // hyphen only before a conjunction („Product- und Business-Owner“): typography::german.
    let mut found = Vec::new();
    for (key, value) in every_message(Lang::De) {
        for problem in typography::german(value) {
            found.push(format!("de {key}: {problem}"));
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn every_message_follows_the_glossary() {
    let english = every_message(Lang::En);
    let mut found = Vec::new();
    for lang in [Lang::Fr, Lang::De] {
        let terms = glossary::glossary(lang).expect("a translation has a glossary");
        for ((key, value), (_, en)) in every_message(lang).iter().zip(&english) {
            for breach in terms.check(value, en, glossary::Scope::Interface) {
                found.push(format!(
                    "{lang:?} {key}: {value:?}\n    {}: {}",
                    breach.concept, breach.problem
                ));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn messages_that_name_the_same_thing_read_the_same() {
    for lang in Lang::ALL {
        let entries: std::collections::HashMap<String, &str> =
            lang.messages().entries().into_iter().collect();
        for group in glossary::SAME_WORDING {
            let values: Vec<&str> = group.iter().map(|key| entries[*key]).collect();
            assert!(
                values.windows(2).all(|w| w[0] == w[1]),
                "{lang:?} {group:?}: {values:?}"
            );
        }
    }
}

#[test]
fn the_glossary_refuses_the_variants_a_review_struck_out() {
    use glossary::{Scope, DE, FR};
    let fails = |g: &glossary::Glossary, text: &str, english: &str| {
        !g.check(text, english, Scope::Interface).is_empty()
    };
    // Goal and Objective are two words in each language.
    assert!(fails(
        &FR,
        "Objectifs de cette itération",
        "Objectives for this iteration"
    ));
    assert!(fails(
        &DE,
        "Ziele dieser Iteration",
        "Objectives for this iteration"
    ));
    assert!(fails(&DE, "Erledigte Ziele", "Objectives done"));
    assert!(!fails(
        &FR,
        "Cibles de cette itération",
        "Objectives for this iteration"
    ));
    assert!(!fails(
        &DE,
        "Vorhaben dieser Iteration",
        "Objectives for this iteration"
    ));
    assert!(fails(&FR, "Cibles", "Goal"));
    // A verification point is validated, not reached; one name per field and state.
    assert!(fails(&FR, "Points atteints", "Points met"));
    assert!(fails(
        &DE,
        "{done} von {total} Vorhaben erreicht",
        "{done} of {total} objectives done"
    ));
    assert!(fails(&DE, "Betriebliche Hinweise", "Operational notes"));
    assert!(fails(&DE, "Bewertung der Chance", "Opportunity assessment"));
    assert!(fails(&DE, "Aktivitäten im Umfang", "Activities in scope"));
    assert!(fails(&DE, "Jeder Status", "Any status"));
    assert!(fails(&DE, "Ihre Reise beginnen", "Start your journey"));
    // Meaning and roles.
    let everywhere = |g: &glossary::Glossary, text: &str, english: &str| {
        !g.check(text, english, Scope::Everywhere).is_empty()
    };
    assert!(everywhere(&DE, "mit Inner Source", "with InnerSource"));
    assert!(everywhere(
        &DE,
        "Bitten Sie die Führungskräfte",
        "Ask executives"
    ));
    assert!(everywhere(&FR, "Chef d’équipe", "Team Leader"));
    assert!(everywhere(&FR, "les développeurs", "developers"));
    assert!(everywhere(
        &FR,
        "la corruption de ce logiciel",
        "if this software were corrupted"
    ));
    assert!(everywhere(
        &FR,
        "S’engager auprès des éditeurs",
        "Engage with open source vendors"
    ));
    assert!(!everywhere(
        &DE,
        "Entwicklerinnen und Entwickler, Kernentwicklerinnen und -entwickler",
        "developers, core developers"
    ));
    // Whole words only: „Zieldatum“ is no goal.
    assert!(!fails(&DE, "Zieldatum", "Target date"));
}

#[test]
fn german_typography_catches_what_the_review_caught() {
    assert!(!typography::german("(bzw. Product oder Business Owner)").is_empty());
    assert!(typography::german("(bzw. Product- oder Business-Owner)").is_empty());
    assert!(typography::german("Open-Source-Kompetenzen und -Ressourcen").is_empty());
    assert!(!typography::german("Label \"{label}\"").is_empty());
    assert!(!typography::german("Label “{label}”").is_empty());
    assert!(typography::german("Label „{label}“").is_empty());
    assert!(!typography::german("Open Source-Software").is_empty());
    assert!(!typography::german("Produkte - und Dienste").is_empty());
    assert!(typography::german("- eine Liste\n- mit Punkten").is_empty());
}
