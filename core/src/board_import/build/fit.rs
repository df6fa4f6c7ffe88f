//! Texts longer than the importer's limits (`crate::limits`): a scorecard field's overflow
//! continues in the operational notes; whatever still does not fit is cut, and every cut is
//! listed with its activity, field and number of characters.

use super::bodies::append;
use super::Outcome;
use crate::board_import::{Kept, ScorecardField, Skipped, TextField};
use crate::i18n::{fill, Messages};
use crate::limits::{chars, TEXT};
use crate::progress::Scorecard;

/// Fits the scorecard's fields: description, opportunity and tools continue in the notes, and
/// the notes are cut last.
pub(super) fn scorecard(id: &str, card: &mut Scorecard, t: &Messages, out: &mut Outcome) {
    let m = t.bridges();
    let mut continued = Vec::new();
    for (field, text) in [
        (ScorecardField::Description, &mut card.description),
        (ScorecardField::Opportunity, &mut card.opportunity),
        (ScorecardField::Tools, &mut card.tools),
    ] {
        if let Some(at) = overflow(text, TEXT) {
            let rest = text.split_off(at);
            out.kept.push(Kept::Continued {
                activity: id.to_string(),
                field,
                limit: TEXT,
                count: chars(&rest),
            });
            continued.push((field, rest));
        }
    }
    for (field, rest) in continued {
        let heading = fill(m.continued_heading, &[("field", field.localized(m))]);
        append(&mut card.notes, &format!("#### {heading}\n\n{rest}"));
    }
    let notes = TextField::Scorecard(ScorecardField::Notes);
    card.notes = cut(id, notes, &card.notes, TEXT, &mut out.skipped);
}

/// `text` cut to `max` characters; a cut is listed in `skipped`.
pub(super) fn cut(
    id: &str,
    field: TextField,
    text: &str,
    max: usize,
    skipped: &mut Vec<Skipped>,
) -> String {
    match overflow(text, max) {
        None => text.to_string(),
        Some(at) => {
            skipped.push(Skipped::Cut {
                activity: id.to_string(),
                field,
                limit: max,
                count: chars(&text[at..]),
            });
            text[..at].to_string()
        }
    }
}

/// Where `text` goes beyond `max` characters (a byte index), if it does.
fn overflow(text: &str, max: usize) -> Option<usize> {
    text.char_indices().nth(max).map(|(at, _)| at)
}
