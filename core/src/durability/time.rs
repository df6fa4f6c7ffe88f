//! The timestamps the app writes (`Date.toISOString()`: `2027-03-01T09:00:00.000Z`, always UTC)
//! as seconds, for counting days without a date library.

use crate::calendar::days_from_civil;

/// Seconds since 1970-01-01 of `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS[.fff]Z`; `None` otherwise.
pub fn seconds(iso: &str) -> Option<i64> {
    let digits = |from: usize, to: usize| -> Option<i64> {
        let part = iso.get(from..to)?;
        if !part.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        part.parse().ok()
    };
    let sep = |at: usize, c: u8| iso.as_bytes().get(at) == Some(&c);
    if !(sep(4, b'-') && sep(7, b'-')) {
        return None;
    }
    let (y, m, d) = (digits(0, 4)?, digits(5, 7)?, digits(8, 10)?);
    if !(1..=12).contains(&m) || d < 1 || d > days_in_month(y, m) {
        return None;
    }
    let mut secs = days_from_civil(y, m, d) * 86_400;
    if iso.len() > 10 {
        if !(sep(10, b'T') && sep(13, b':') && sep(16, b':')) {
            return None;
        }
        let (h, min, s) = (digits(11, 13)?, digits(14, 16)?, digits(17, 19)?);
        if h > 23 || min > 59 || s > 60 {
            return None;
        }
        // Then nothing, `Z`, or a fraction of a second and `Z`.
        let rest = iso.get(19..)?;
        let fraction = rest.strip_prefix('.').and_then(|f| f.strip_suffix('Z'));
        let fraction_ok =
            fraction.is_some_and(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()));
        if !(rest.is_empty() || rest == "Z" || fraction_ok) {
            return None;
        }
        secs += h * 3_600 + min * 60 + s;
    }
    Some(secs)
}

/// Whole days from `from` to `to` (negative when `to` is earlier).
pub fn days_between(from: &str, to: &str) -> Option<i64> {
    Some((seconds(to)? - seconds(from)?).div_euclid(86_400))
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}
