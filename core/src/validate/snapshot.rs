//! A closed iteration's snapshot, as a file brings it: its counts are shown and summed (trend
//! charts, comparisons), so each must be one the app could have frozen.

use super::{brief, problem, text, Problem};
use crate::limits::{ID, NAME, OBJECTIVES, VERIFICATION};
use crate::schema::Snapshot;

/// Checks `s`; a refusal's path starts inside the snapshot (`activities.GGI-A-17.points_met`).
pub(super) fn check(s: &Snapshot) -> Result<(), Problem> {
    text(|| "taken_at".into(), &s.taken_at, NAME)?;
    for (id, a) in &s.activities {
        text(|| format!("activities.{}", brief(id)), id, ID)?;
        let at = |field: &str| format!("activities.{id}.{field}");
        text(|| at("goal"), &a.goal, ID)?;
        let totals = [
            ("points_total", a.points_total, VERIFICATION),
            ("objectives_total", a.objectives_total, OBJECTIVES),
        ];
        for (field, total, max) in totals {
            // In u64: a usize may be 32 bits (wasm32).
            if u64::from(total) > max as u64 {
                return Err(problem(at(field), format!("is more than {max}")));
            }
        }
        let parts = [
            ("points_met", a.points_met, "points_total", a.points_total),
            (
                "objectives_done",
                a.objectives_done,
                "objectives_total",
                a.objectives_total,
            ),
        ];
        for (field, part, of, total) in parts {
            if part > total {
                return Err(problem(at(field), format!("is more than {of} ({total})")));
            }
        }
    }
    Ok(())
}
