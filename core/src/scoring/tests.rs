use super::*;
use crate::catalogue::VerificationPoint;
use crate::journey;
use crate::progress::Objective;
use crate::schema::Workspace;

fn setup() -> (Catalogue, Workspace) {
    let c = crate::catalogue::test_catalogue();
    let ws = Workspace::new("w", "W", &c, "t");
    (c, ws)
}

#[test]
fn percent_rounds_down_and_handles_zero() {
    assert_eq!(percent_of(0, 0), 0);
    assert_eq!(percent_of(2, 3), 66);
    assert_eq!(percent_of(3, 3), 100);
    assert_eq!(percent_of(5, 3), 100);
}

#[test]
fn nothing_in_scope_gives_zeroes() {
    let (c, ws) = setup();
    let s = overall(&c, &ws, None);
    assert_eq!(
        (s.in_scope, s.activities, s.points),
        (0, 2, Tally::default())
    );
}

#[test]
fn counts_only_activities_in_scope() {
    let (c, mut ws) = setup();
    journey::set_point(&mut ws, "X-1", "list-exists", true, "d", "t");
    journey::set_status(&mut ws, "X-2", Status::NotApplicable, "t");
    let s = overall(&c, &ws, None);
    assert_eq!(s.in_scope, 1);
    assert_eq!(s.in_progress, 1);
    assert_eq!(s.points, Tally { done: 1, total: 2 });
    assert_eq!(s.points.percent(), 50);
}

#[test]
fn goals_and_roles_filter() {
    let (c, mut ws) = setup();
    journey::set_status(&mut ws, "X-1", Status::Planned, "t");
    journey::set_status(&mut ws, "X-2", Status::Done, "t");
    journey::set_point(&mut ws, "X-2", "patch-policy", true, "d", "t");
    let goals = by_goal(&c, &ws, None);
    assert_eq!(goals[0].0, "usage");
    assert_eq!(goals[0].1.points, Tally { done: 0, total: 2 });
    assert_eq!(goals[1].1.points, Tally { done: 1, total: 1 });
    assert_eq!(goals[1].1.done, 1);
    let deciders = overall(&c, &ws, Some("decision-maker"));
    assert_eq!((deciders.activities, deciders.in_scope), (1, 1));
}

#[test]
fn custom_points_and_activities_count_like_the_others() {
    let (c, mut ws) = setup();
    let mut custom = c.activities[0].clone();
    custom.id = "ORG-1".into();
    ws.custom_activities.push(custom);
    journey::set_status(&mut ws, "ORG-1", Status::InProgress, "t");
    journey::progress_mut(&mut ws, "ORG-1", "t")
        .custom_points
        .push(VerificationPoint {
            id: "extra".into(),
            text: "Our own check".into(),
        });
    journey::set_point(&mut ws, "ORG-1", "extra", true, "d", "t");
    let s = overall(&c, &ws, None);
    assert_eq!(s.activities, 3);
    assert_eq!(s.points, Tally { done: 1, total: 3 });
}

#[test]
fn all_done() {
    let (c, mut ws) = setup();
    for a in &c.activities {
        journey::set_status(&mut ws, &a.id, Status::Done, "t");
        for vp in &a.verification_points {
            journey::set_point(&mut ws, &a.id, &vp.id, true, "d", "t");
        }
        journey::progress_mut(&mut ws, &a.id, "t")
            .objectives
            .push(Objective {
                done: true,
                ..Objective::default()
            });
    }
    let s = overall(&c, &ws, None);
    assert_eq!(
        (s.done, s.points.percent(), s.objectives.percent()),
        (2, 100, 100)
    );
}

#[test]
fn points_unknown_to_the_catalogue_are_not_counted() {
    let (c, mut ws) = setup();
    journey::set_point(&mut ws, "X-1", "no-such-point", true, "d", "t");
    assert_eq!(overall(&c, &ws, None).points, Tally { done: 0, total: 2 });
}
