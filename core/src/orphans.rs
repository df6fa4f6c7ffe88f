//! Progress that the catalogue in use does not know (after switching catalogue, or importing a
//! file made with another one). It is kept in the document and shown, never silently dropped.

use crate::catalogue::{Activity, Catalogue};
use crate::schema::Workspace;
use std::collections::{HashMap, HashSet};

/// Recorded progress with no matching activity or verification point.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Orphan {
    pub activity: String,
    /// The whole activity is unknown.
    pub unknown_activity: bool,
    /// Verification-point ids unknown to the activity (empty when the activity is unknown).
    pub points: Vec<String>,
}

/// Everything in `ws` the catalogue (plus the workspace's custom activities) cannot place.
pub fn find(catalogue: &Catalogue, ws: &Workspace) -> Vec<Orphan> {
    // Indexed once: a search per activity and per point was quadratic (issue 22). The first of
    // an id wins, as a search finds it.
    let own: HashMap<&str, &Activity> = (ws.custom_activities.iter().rev())
        .map(|a| (a.id.as_str(), a))
        .collect();
    ws.activities
        .iter()
        .filter_map(|(id, progress)| {
            let activity = catalogue
                .activity(id)
                .or_else(|| own.get(id.as_str()).copied());
            match activity {
                None => Some(Orphan {
                    activity: id.clone(),
                    unknown_activity: true,
                    points: Vec::new(),
                }),
                Some(a) => {
                    let known: HashSet<&str> = (a.verification_points.iter())
                        .chain(&progress.custom_points)
                        .map(|v| v.id.as_str())
                        .collect();
                    let points: Vec<String> = (progress.verification.keys())
                        .filter(|p| !known.contains(p.as_str()))
                        .cloned()
                        .collect();
                    (!points.is_empty()).then(|| Orphan {
                        activity: id.clone(),
                        unknown_activity: false,
                        points,
                    })
                }
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journey;

    #[test]
    fn finds_unknown_activities_and_points_only() {
        let c = Catalogue::embedded();
        let mut ws = Workspace::new("w", "W", &c, "t");
        let known = c.activities[0].verification_points[0].id.clone();
        journey::set_point(&mut ws, "GGI-A-17", &known, true, "d", "t");
        assert!(find(&c, &ws).is_empty());
        journey::set_point(&mut ws, "GGI-A-17", "gone-point", true, "d", "t");
        journey::set_status(&mut ws, "GGI-A-99", crate::progress::Status::Done, "t");
        assert_eq!(
            find(&c, &ws),
            vec![
                Orphan {
                    activity: "GGI-A-17".into(),
                    unknown_activity: false,
                    points: vec!["gone-point".into()]
                },
                Orphan {
                    activity: "GGI-A-99".into(),
                    unknown_activity: true,
                    points: vec![]
                },
            ]
        );
    }

    #[test]
    fn progress_survives_a_switch_to_the_official_board_catalogue() {
        // Points are matched by position, so a board catalogue keeps every ticked point.
        let ours = Catalogue::embedded();
        let board = include_str!("../tests/fixtures/board-minimal.json");
        let theirs = crate::catalogue::board::from_board_json(board, Some(&ours))
            .unwrap_or_else(|e| panic!("{e}"));
        let mut ws = Workspace::new("w", "W", &ours, "t");
        for vp in ours.activities[0].verification_points.iter().take(3) {
            journey::set_point(&mut ws, "GGI-A-17", &vp.id, true, "d", "t");
        }
        assert!(find(&theirs, &ws).is_empty());
        assert_eq!(
            crate::scoring::activity_score(&theirs.activities[0], ws.activities.get("GGI-A-17"))
                .points
                .done,
            3
        );
    }
}
