//! What changed between the handbook versions My GGI Board deployed (v1.1, v1.2, v1.3), as
//! facts about ids and order, never the handbook's sentences: former activity titles, and
//! for each activity whose Progress Assessment changed, which of today's verification points
//! each of that version's items is. Read from `conf/ggi_activities_full.json` at the tags
//! v1.1 and v1.2 and on main of github.com/ospo-alliance/my-ggi-board.

/// Titles an activity had before (v1.0–v1.2), by id: an issue keeps the title it was
/// created with, and the dashboard's `issues.csv` of an older board may have no activity id.
pub const FORMER_TITLES: &[(&str, &str)] = &[("GGI-A-28", "HR perspective")];
