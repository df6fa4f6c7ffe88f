use super::*;
use crate::journey;

fn setup() -> (Catalogue, Workspace) {
    let c = crate::catalogue::test_catalogue();
    let ws = Workspace::new("w", "W", &c, "t");
    (c, ws)
}

#[test]
fn closing_freezes_a_snapshot_and_work_continues() {
    let (c, mut ws) = setup();
    start(
        &mut ws,
        "2027 H1",
        Some("2027-01-01".into()),
        Some("2027-06-30".into()),
        "1",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    journey::set_point(&mut ws, "X-1", "list-exists", true, "d", "t");
    close(&c, &mut ws, "2027-06-30T12:00:00Z").unwrap_or_else(|e| panic!("{e}"));
    let snap = ws.iterations[0]
        .snapshot
        .clone()
        .unwrap_or_else(|| panic!("no snapshot"));
    assert_eq!(snap.activities["X-1"].points_met, 1);
    assert_eq!(snap.activities["X-1"].status, Status::InProgress);
    // Later work does not change the frozen snapshot.
    journey::set_point(&mut ws, "X-1", "list-current", true, "d", "t");
    assert_eq!(
        ws.iterations[0]
            .snapshot
            .as_ref()
            .map(|s| s.activities["X-1"].points_met),
        Some(1)
    );
    assert_eq!(current(&ws), None);
}

#[test]
fn iterations_do_not_overlap_and_need_a_name_and_sane_dates() {
    let (c, mut ws) = setup();
    assert_eq!(
        start(&mut ws, " ", None, None, "1"),
        Err(IterationError::NoName)
    );
    assert_eq!(
        start(
            &mut ws,
            "A",
            Some("2027-02-01".into()),
            Some("2027-01-01".into()),
            "1"
        ),
        Err(IterationError::EndsBeforeStart)
    );
    assert_eq!(start(&mut ws, "A", None, None, "1"), Ok("it-1".into()));
    assert_eq!(
        start(&mut ws, "B", None, None, "1"),
        Err(IterationError::AlreadyOpen("A".into()))
    );
    close(&c, &mut ws, "t").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(close(&c, &mut ws, "t"), Err(IterationError::NoneOpen));
    assert_eq!(start(&mut ws, "B", None, None, "2"), Ok("it-2".into()));
}

#[test]
fn compare_lists_what_moved_and_goal_percentages() {
    let (c, mut ws) = setup();
    let before = snapshot(&c, &ws, "t1");
    journey::set_point(&mut ws, "X-1", "list-exists", true, "d", "t");
    journey::set_status(&mut ws, "X-2", Status::Planned, "t");
    let after = snapshot(&c, &ws, "t2");
    let (moved, goals) = compare(&c, &before, &after);
    assert_eq!(moved.len(), 2);
    assert_eq!(
        moved[0],
        Movement {
            activity: "X-1".into(),
            status_before: Status::NotSelected,
            status_after: Status::InProgress,
            points_before: 0,
            points_after: 1
        }
    );
    assert_eq!(goals, vec![("usage".into(), 0, 50), ("trust".into(), 0, 0)]);
    let (none, _) = compare(&c, &after, &after);
    assert!(none.is_empty());
}

#[test]
fn trend_has_one_point_per_closed_iteration() {
    let (c, mut ws) = setup();
    assert!(trend(&c, &ws).is_empty());
    for (name, point) in [("Q1", "list-exists"), ("Q2", "list-current")] {
        start(&mut ws, name, None, None, name).unwrap_or_else(|e| panic!("{e}"));
        journey::set_point(&mut ws, "X-1", point, true, "d", "t");
        close(&c, &mut ws, "t").unwrap_or_else(|e| panic!("{e}"));
    }
    assert_eq!(
        trend(&c, &ws),
        vec![
            ("Q1".into(), 50, vec![50, 0]),
            ("Q2".into(), 100, vec![100, 0])
        ]
    );
}

#[test]
fn snapshot_sums_saturate_instead_of_overflowing() {
    // Issue 22: imported counts were added with `+=` (a panic in debug, a wrap in release).
    let entry = |goal: &str| ActivitySnapshot {
        goal: goal.into(),
        status: Status::Done,
        points_met: u32::MAX,
        points_total: u32::MAX,
        objectives_done: u32::MAX,
        objectives_total: u32::MAX,
    };
    let snap = Snapshot {
        taken_at: "t".into(),
        activities: [("A".into(), entry("g")), ("B".into(), entry("g"))].into(),
    };
    let all = snap.points(None);
    assert_eq!((all.done, all.total), (u32::MAX, u32::MAX));
    assert_eq!(all.percent(), 100);
    assert_eq!(snap.points(Some("g")), all);
}
