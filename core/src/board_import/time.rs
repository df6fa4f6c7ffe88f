//! Times as the board's files write them, turned into the app's own form: UTC timestamps
//! (`2025-03-14T10:22:31Z`), which sort as text, so that a merge can tell which side changed
//! last. A time that cannot be read leaves the data undated: never the import's own time.

use crate::calendar::{civil_from_days, days_from_civil};
use crate::validate::is_date;

/// The instant `text` names, as `YYYY-MM-DDTHH:MM:SS[.fff]Z`: from `2025-03-14T10:22:31.512Z`
/// (GitHub, the dashboard), `2025-03-14 10:22:31` (GitLab's export, in UTC) or
/// `2025-03-14T23:30:00-02:00` (an offset is turned into UTC). A date alone, or a date followed
/// by a time that cannot be read, gives the date alone; `None` without a date.
pub fn timestamp(text: &str) -> Option<String> {
    let text = text.trim();
    let date = text.get(..10).filter(|d| is_date(d))?;
    let Some((hour, minute, second, fraction, offset)) = text.get(10..).and_then(clock) else {
        return Some(date.to_string());
    };
    let minutes = i64::from(hour) * 60 + i64::from(minute) - offset;
    let (days, minutes) = (minutes.div_euclid(1440), minutes.rem_euclid(1440));
    let date = if days == 0 {
        date.to_string()
    } else {
        shift(date, days)?
    };
    Some(format!(
        "{date}T{:02}:{:02}:{second:02}{fraction}Z",
        minutes / 60,
        minutes % 60
    ))
}

/// `T10:22`, ` 10:22:31`, `T10:22:31.512Z`, `T23:30:00-02:00`, `T08:00:00 UTC`: hour, minute,
/// second, the fraction as written (with its dot) and the offset in minutes.
fn clock(text: &str) -> Option<(u32, u32, u32, &str, i64)> {
    let text = text.strip_prefix(['T', 't', ' '])?;
    let two = |at: usize| -> Option<u32> {
        let digits = text.get(at..at + 2)?;
        digits
            .bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| digits.parse().ok())?
    };
    let (hour, minute) = (two(0)?, two(3)?);
    (text.get(2..3) == Some(":")).then_some(())?;
    let (second, mut rest) = match text.get(5..6) {
        Some(":") => (two(6)?, text.get(8..)?),
        _ => (0, text.get(5..)?),
    };
    let mut fraction = "";
    if rest.starts_with('.') {
        let digits = rest[1..].bytes().take_while(u8::is_ascii_digit).count();
        fraction = &rest[..=digits];
        rest = &rest[digits + 1..];
    }
    if hour > 23 || minute > 59 || second > 59 || fraction == "." {
        return None;
    }
    Some((hour, minute, second, fraction, offset(rest.trim())?))
}

/// `""`, `Z`, `UTC`: 0; `+02:00`, `+0200`, `+02`, `-05:30`: the offset in minutes.
fn offset(zone: &str) -> Option<i64> {
    if zone.is_empty() || zone.eq_ignore_ascii_case("z") || zone.eq_ignore_ascii_case("utc") {
        return Some(0);
    }
    let sign = match zone.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let digits: String = zone[1..].chars().filter(|c| *c != ':').collect();
    if !digits.bytes().all(|b| b.is_ascii_digit()) || !matches!(digits.len(), 2 | 4) {
        return None;
    }
    let hours: i64 = digits.get(..2)?.parse().ok()?;
    let minutes: i64 = digits
        .get(2..)
        .filter(|m| !m.is_empty())
        .map_or(Some(0), |m| m.parse().ok())?;
    (hours <= 23 && minutes <= 59).then_some(sign * (hours * 60 + minutes))
}

/// `date` moved by `days` (an offset moves a time across midnight).
fn shift(date: &str, days: i64) -> Option<String> {
    let num = |r: std::ops::Range<usize>| date.get(r)?.parse::<i64>().ok();
    let day = days_from_civil(num(0..4)?, num(5..7)?, num(8..10)?) + days;
    let (y, m, d) = civil_from_days(day);
    let shifted = format!("{y:04}-{m:02}-{d:02}");
    is_date(&shifted).then_some(shifted)
}

#[cfg(test)]
mod tests {
    use super::timestamp;

    #[test]
    fn times_of_every_file_become_utc_timestamps() {
        for (given, expected) in [
            ("2025-03-14T10:22:31Z", Some("2025-03-14T10:22:31Z")),
            ("2025-03-14T10:22:31.512Z", Some("2025-03-14T10:22:31.512Z")),
            ("2025-03-14 10:22:31", Some("2025-03-14T10:22:31Z")),
            (" 2025-03-14 10:22 UTC ", Some("2025-03-14T10:22:00Z")),
            ("2025-03-14T23:30:00-02:00", Some("2025-03-15T01:30:00Z")),
            ("2025-03-01T01:00:00+0200", Some("2025-02-28T23:00:00Z")),
            ("2024-12-31T23:00:00-01", Some("2025-01-01T00:00:00Z")),
            ("2024-03-01T00:30:00+01:00", Some("2024-02-29T23:30:00Z")),
            ("2025-03-14", Some("2025-03-14")),
            ("2025-03-14 at noon", Some("2025-03-14")),
            ("2025-03-14T25:00:00Z", Some("2025-03-14")),
            ("2025-03-14T10:00:00+25:00", Some("2025-03-14")),
            ("2025-13-45T08:00:00Z", None),
            ("14/03/2025", None),
            ("", None),
            ("2025-03-1é", None),
        ] {
            assert_eq!(timestamp(given).as_deref(), expected, "{given:?}");
        }
    }
}
