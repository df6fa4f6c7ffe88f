//! Which of two records changed last, by their `updated_at`.
//!
//! `updated_at` stays a plain string in the export format (making it optional would change the
//! schema), so "no date" is read from its value: a record is *dated* when its `updated_at`
//! starts with a real `YYYY-MM-DD` date (the app writes ISO timestamps in UTC, which sort as
//! text); empty, blank or anything else ("now", "05/01/2027") is *undated*. An undated record is
//! older than any dated one, so data without a date (a board import, an old file) never
//! overwrites the user's dated work; two undated records are a tie.

use super::Side;
use crate::validate::is_date;
use std::cmp::Ordering;

/// The record's timestamp if it has a usable one.
fn date(updated_at: &str) -> Option<&str> {
    updated_at.get(..10).filter(|d| is_date(d))?;
    Some(updated_at)
}

/// The side changed last: ours on a tie (equal dates, or no date on either side).
pub(super) fn newer(ours: &str, theirs: &str) -> Side {
    // `None` sorts before every `Some`: undated is older than dated.
    match date(theirs).cmp(&date(ours)) {
        Ordering::Greater => Side::Theirs,
        Ordering::Less | Ordering::Equal => Side::Ours,
    }
}

/// Neither side has a usable date.
pub(super) fn neither(ours: &str, theirs: &str) -> bool {
    date(ours).is_none() && date(theirs).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undated_is_older_than_dated_and_two_undated_are_a_tie() {
        let day = "2027-01-05T10:00:00Z";
        for undated in ["", " ", "now", "unknown", "05/01/2027", "2027-13-01"] {
            assert_eq!(newer(day, undated), Side::Ours, "{undated:?}");
            assert_eq!(newer(undated, day), Side::Theirs, "{undated:?}");
            assert_eq!(newer(undated, "zzz"), Side::Ours, "{undated:?}");
            assert!(neither(undated, "now"));
        }
        assert_eq!(newer("2027-01-05", day), Side::Theirs);
        assert_eq!(newer(day, day), Side::Ours);
        assert!(!neither("2027-01-05", ""));
    }
}
