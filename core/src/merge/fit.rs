//! Cutting texts to a number of characters (as [`crate::limits`] counts them) without splitting
//! what a reader sees as one character.
//!
//! The core has no Unicode tables (its only dependencies are serde and thiserror), so grapheme
//! clusters are approximated: a cut never falls inside a `char`, and it moves back rather than
//! separate a base from its combining marks, variation selectors or skin tone, the parts of a
//! ZWJ sequence (family emoji), the two halves of a flag, a Hangul syllable's jamo, or an Indic
//! consonant from its vowel signs and virama. Only if the whole text were one such cluster does
//! it cut inside it, at a `char`.

/// The longest beginning of `text` with at most `max` characters that ends between clusters.
pub(crate) fn cut(text: &str, max: usize) -> &str {
    let Some((end, _)) = text.char_indices().nth(max) else {
        return text;
    };
    let mut at = end;
    while at > 0 && !boundary(&text[..at], &text[at..]) {
        at = text[..at].char_indices().next_back().map_or(0, |(i, _)| i);
    }
    if at == 0 {
        &text[..end]
    } else {
        &text[..at]
    }
}

/// Whether a cut between `before` and `after` (both non-empty) leaves clusters whole.
fn boundary(before: &str, after: &str) -> bool {
    let (Some(last), Some(next)) = (before.chars().next_back(), after.chars().next()) else {
        return true;
    };
    if extends(next) || last == '\u{200d}' || (virama(last) && letter(next)) {
        return false;
    }
    if regional(last) && regional(next) {
        // Flags pair regional indicators from the start of a run: an odd run ends mid-flag.
        let run = before.chars().rev().take_while(|&c| regional(c)).count();
        return run.is_multiple_of(2);
    }
    true
}

/// A character that belongs to the cluster before it.
fn extends(c: char) -> bool {
    let u = c as u32;
    matches!(u,
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x05BF | 0x05C1..=0x05C2
        | 0x05C4..=0x05C5 | 0x05C7 | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670
        | 0x06D6..=0x06DC | 0x06DF..=0x06E4 | 0x06E7..=0x06E8 | 0x06EA..=0x06ED
        | 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E | 0x0EB1 | 0x0EB4..=0x0EBC
        | 0x0EC8..=0x0ECD | 0x1160..=0x11FF | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF
        | 0x200C..=0x200D | 0x20D0..=0x20FF | 0x302A..=0x302F | 0x3099..=0x309A
        | 0xD7B0..=0xD7FF | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F | 0x1F3FB..=0x1F3FF
        | 0xE0020..=0xE007F | 0xE0100..=0xE01EF)
        || indic_sign(u)
}

/// The vowel signs and other marks of the Indic blocks (Devanagari to Malayalam), which share
/// one layout: each block is 0x80 long and its signs sit at the same offsets.
fn indic_sign(u: u32) -> bool {
    (0x0900..=0x0D7F).contains(&u)
        && matches!((u - 0x0900) % 0x80, 0x00..=0x03 | 0x3C | 0x3E..=0x4D | 0x55..=0x57 | 0x62..=0x63)
}

/// An Indic virama: the consonant after it joins the cluster (क्ष).
fn virama(c: char) -> bool {
    let u = c as u32;
    (0x0900..=0x0D7F).contains(&u) && (u - 0x0900) % 0x80 == 0x4D
}

fn letter(c: char) -> bool {
    c.is_alphabetic()
}

fn regional(c: char) -> bool {
    ('\u{1F1E6}'..='\u{1F1FF}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::cut;

    #[test]
    fn cuts_between_clusters_and_never_inside_a_char() {
        assert_eq!(cut("abc", 5), "abc");
        assert_eq!(cut("ééé", 2), "éé");
        assert_eq!(cut("ae\u{301}b", 2), "a");
        assert_eq!(cut("🇫🇷🇩🇪", 3), "🇫🇷");
        assert_eq!(cut("a👨\u{200d}👩\u{200d}👧", 4), "a");
        assert_eq!(cut("aक्षि", 3), "a");
        // One cluster longer than the room: cut at a char rather than give nothing.
        assert_eq!(cut("e\u{301}\u{302}\u{303}", 2), "e\u{301}");
    }
}
