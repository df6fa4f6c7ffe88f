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
