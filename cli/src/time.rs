//! The current date and time in UTC, as the app writes them (no date crate for two strings).

use ggi_core::calendar::civil_from_days;
use std::time::{SystemTime, UNIX_EPOCH};

/// Now as `YYYY-MM-DDTHH:MM:SSZ`.
pub fn now() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or_default();
    let (y, m, d) = civil_from_days(i64::try_from(secs / 86_400).unwrap_or_default());
    let rest = secs % 86_400;
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rest / 3600,
        rest / 60 % 60,
        rest % 60
    )
}

/// Today as `YYYY-MM-DD`.
pub fn today() -> String {
    now().chars().take(10).collect()
}
