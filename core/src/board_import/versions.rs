//! What changed between the handbook versions My GGI Board deployed (v1.1, v1.2, v1.3), as
//! facts about ids and order, never the handbook's sentences: former activity titles, and
//! for each activity whose Progress Assessment changed, which of today's verification points
//! each of that version's items is. Read from `conf/ggi_activities_full.json` at the tags
//! v1.1 and v1.2 and on main of github.com/ospo-alliance/my-ggi-board.

/// Titles an activity had before (v1.0–v1.2), by id: an issue keeps the title it was
/// created with, and the dashboard's `issues.csv` of an older board may have no activity id.
pub const FORMER_TITLES: &[(&str, &str)] = &[("GGI-A-28", "HR perspective")];

/// The handbook version an issue was made from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HandbookVersion {
    V1_1,
    V1_2,
    V1_3,
}

/// A-21 up to v1.2: ten items; the fifth (a second licence-checking process) was dropped in
/// v1.3, and "easy-to-use" became "easy-to-access" in the sixth.
const A21_BEFORE_1_3: &[&[&str]] = &[
    &["licence-check-process"],
    &["ip-check-process"],
    &["compliance-owner"],
    &["compliance-audits"],
    &[],
    &["legal-team-reachable"],
    &["project-usage-info"],
    &["team-ip-contact"],
    &["ip-officer"],
    &["ip-team"],
];

/// v1.1's changes: A-19's first item was split in two in v1.2; gained items at
/// the end (position still holds).
const V1_1: &[(&str, &[&[&str]])] = &[
    (
        "GGI-A-19",
        &[
            &["comfortable-option", "not-an-exception"],
            &["mainstream-option"],
            &["key-players-convinced"],
            &["tco-demonstrated"],
            &["supplier-independence-savings"],
            &["lock-in-risk-assessed"],
        ],
    ),
    ("GGI-A-21", A21_BEFORE_1_3),
];

const V1_2: &[(&str, &[&[&str]])] = &[("GGI-A-21", A21_BEFORE_1_3)];

/// How many Progress Assessment items an activity had in v1.1, where that tells v1.1 from v1.2.
const V1_1_COUNTS: &[(&str, usize)] = &[("GGI-A-19", 6), ("GGI-A-26", 3), ("GGI-A-37", 0)];

/// The version of an issue of `activity`: v1.3 writes "(EN)" in its `Activity ID:` line; older
/// ones are told apart by the number of Progress Assessment items where it changed.
pub fn of_issue(
    activity: &str,
    id_line_en: bool,
    has_id_line: bool,
    items: usize,
) -> HandbookVersion {
    if id_line_en || !has_id_line {
        return HandbookVersion::V1_3;
    }
    let v1_1 = V1_1_COUNTS
        .iter()
        .any(|(a, n)| *a == activity && *n == items);
    if v1_1 {
        HandbookVersion::V1_1
    } else {
        HandbookVersion::V1_2
    }
}

/// The ids of today's verification points item `n` (from 0) of `activity`'s Progress
/// Assessment in `version` is; empty when it has no counterpart. `ids` are the catalogue's
/// points in order (an activity the tables do not name keeps its positions).
pub fn point_ids(version: HandbookVersion, activity: &str, n: usize, ids: &[&str]) -> Vec<String> {
    let table = match version {
        HandbookVersion::V1_1 => V1_1,
        HandbookVersion::V1_2 => V1_2,
        HandbookVersion::V1_3 => &[],
    };
    match table.iter().find(|(a, _)| *a == activity) {
        Some((_, items)) => items
            .get(n)
            .into_iter()
            .flat_map(|i| i.iter())
            .filter(|id| ids.contains(id))
            .map(|id| id.to_string())
            .collect(),
        None => ids.get(n).map(|id| id.to_string()).into_iter().collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::Catalogue;

    fn ids(c: &Catalogue, activity: &str) -> Vec<String> {
        c.activity(activity)
            .map(|a| a.verification_points.iter().map(|v| v.id.clone()).collect())
            .unwrap_or_default()
    }

    #[test]
    fn every_id_of_the_tables_is_a_point_of_the_embedded_catalogue() {
        let c = Catalogue::embedded();
        for (activity, items) in V1_1.iter().chain(V1_2) {
            let known = ids(&c, activity);
            for id in items.iter().flat_map(|i| i.iter()) {
                assert!(known.iter().any(|k| k == id), "{activity}: {id}");
            }
        }
        for (id, _) in FORMER_TITLES {
            assert!(c.activity(id).is_some(), "{id}");
        }
    }

    #[test]
    fn items_map_by_their_version_s_table_and_by_position_elsewhere() {
        let c = Catalogue::embedded();
        let a19 = ids(&c, "GGI-A-19");
        let a19: Vec<&str> = a19.iter().map(String::as_str).collect();
        let a21 = ids(&c, "GGI-A-21");
        let a21: Vec<&str> = a21.iter().map(String::as_str).collect();
        // v1.1's first A-19 item is v1.2's first two.
        assert_eq!(
            point_ids(HandbookVersion::V1_1, "GGI-A-19", 0, &a19),
            ["comfortable-option", "not-an-exception"]
        );
        assert_eq!(
            point_ids(HandbookVersion::V1_2, "GGI-A-19", 0, &a19),
            ["comfortable-option"]
        );
        assert!(point_ids(HandbookVersion::V1_2, "GGI-A-21", 4, &a21).is_empty());
        assert_eq!(
            point_ids(HandbookVersion::V1_2, "GGI-A-21", 9, &a21),
            ["ip-team"]
        );
        assert_eq!(
            point_ids(HandbookVersion::V1_3, "GGI-A-21", 4, &a21),
            ["legal-team-reachable"]
        );
        assert!(point_ids(HandbookVersion::V1_3, "GGI-A-21", 9, &a21).is_empty());
        assert_eq!(of_issue("GGI-A-19", false, true, 6), HandbookVersion::V1_1);
        assert_eq!(of_issue("GGI-A-19", false, true, 7), HandbookVersion::V1_2);
        assert_eq!(of_issue("GGI-A-21", true, true, 9), HandbookVersion::V1_3);
        assert_eq!(
            of_issue("GGI-A-21", false, false, 10),
            HandbookVersion::V1_3
        );
    }
}
