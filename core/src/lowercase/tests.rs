use super::*;

/// The blocks where the final-sigma rule is exact (as `SIGMA_BLOCKS` in core/build.rs).
fn sigma_blocks() -> impl Iterator<Item = char> {
    [
        0x0000..=0x058F,
        0x1AB0..=0x1AFF,
        0x1D00..=0x1FFF,
        0x2000..=0x218F,
        0xFE00..=0xFE2F,
    ]
    .into_iter()
    .flatten()
    .filter_map(char::from_u32)
}

#[test]
fn every_character_lowercases_as_the_standard_library_does() {
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        let text = c.to_string();
        assert_eq!(
            lowercase(&text),
            text.to_lowercase(),
            "{c:?} U+{:04X}",
            c as u32
        );
    }
}

#[test]
fn a_capital_sigma_ends_a_word_as_the_standard_library_says() {
    for text in [
        "ΟΔΟΣ",
        "ΟΔΟΣ ΚΑΙ ΣΟΦΙΑ",
        "Σ",
        "ΣΣ",
        "ΑΣ'Β",
        "Α'Σ",
        "ΟΔΟΣ.",
        "«ΟΔΟΣ»",
        "ΌΡΟΣ, ΝΌΜΟΣ; ΣΚΟΠΌΣ",
        "A\u{301}Σ",
        "ΐΣ",
        "1Σ",
        "ßΣ x",
    ] {
        assert_eq!(lowercase(text), text.to_lowercase(), "{text}");
    }
}

#[test]
fn the_final_sigma_rule_is_exact_around_every_character_of_the_cased_scripts() {
    for c in sigma_blocks() {
        for text in [
            format!("{c}Σ"),
            format!("A{c}Σ"),
            format!("AΣ{c}"),
            format!("AΣ{c}A"),
        ] {
            assert_eq!(lowercase(&text), text.to_lowercase(), "U+{:04X}", c as u32);
        }
    }
}

#[test]
fn the_catalogue_texts_lowercase_as_the_standard_library_does() {
    for json in [
        crate::catalogue::EMBEDDED_JSON,
        include_str!("../../../catalogue/ggi-handbook-1.3.fr.json"),
        include_str!("../../../catalogue/ggi-handbook-1.3.de.json"),
    ] {
        assert_eq!(lowercase(json), json.to_lowercase());
    }
}

#[test]
fn mixed_text_lowercases_as_the_standard_library_does() {
    // A fixed pseudo-random sequence (no OS randomness) over letters of several scripts,
    // marks, punctuation and spaces, with many capital sigmas.
    let alphabet: Vec<char> = "AZaz ÉéÜüßẞİıΣσςΑΩάΐΰΆΈЁЖжԱա'.’-\u{301}\u{345}ǅǄǆΆ1"
        .chars()
        .collect();
    let mut seed = 0x9e37_79b9_u32;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        seed as usize
    };
    for _ in 0..20_000 {
        let len = next() % 12;
        let text: String = (0..len)
            .map(|_| alphabet[next() % alphabet.len()])
            .collect();
        assert_eq!(lowercase(&text), text.to_lowercase(), "{text:?}");
    }
}
