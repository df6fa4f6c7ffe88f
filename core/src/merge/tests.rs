use super::*;
use crate::catalogue::Catalogue;
use crate::journey;
use crate::progress::Status;
use crate::schema::Workspace;

fn base() -> Document {
    Document::new(&Catalogue::embedded(), "2027-01-01T00:00:00Z")
}

#[test]
fn newer_side_wins_per_activity_and_conflicts_are_reported() {
    let mut ours = base();
    let mut theirs = base();
    journey::set_status(
        &mut ours.workspaces[0],
        "GGI-A-17",
        Status::Planned,
        "2027-01-05",
    );
    journey::set_status(
        &mut theirs.workspaces[0],
        "GGI-A-17",
        Status::Done,
        "2027-01-09",
    );
    journey::set_status(
        &mut ours.workspaces[0],
        "GGI-A-18",
        Status::Done,
        "2027-01-09",
    );
    journey::set_status(
        &mut theirs.workspaces[0],
        "GGI-A-18",
        Status::Planned,
        "2027-01-02",
    );
    journey::set_status(
        &mut theirs.workspaces[0],
        "GGI-A-19",
        Status::InProgress,
        "2027-01-03",
    );
    journey::set_status(
        &mut ours.workspaces[0],
        "GGI-A-20",
        Status::Planned,
        "2027-01-03",
    );

    let (merged, report) = merge(&ours, &theirs);
    let ws = &merged.workspaces[0];
    assert_eq!(ws.activities["GGI-A-17"].status, Status::Done);
    assert_eq!(ws.activities["GGI-A-18"].status, Status::Done);
    assert_eq!(ws.activities["GGI-A-19"].status, Status::InProgress);
    assert_eq!(ws.activities["GGI-A-20"].status, Status::Planned);
    assert_eq!((report.added, report.updated, report.kept), (1, 1, 1));
    assert_eq!(
        report.conflicts,
        vec![
            Conflict {
                workspace: "My organisation".into(),
                activity: "GGI-A-17".into(),
                kept: Side::Theirs
            },
            Conflict {
                workspace: "My organisation".into(),
                activity: "GGI-A-18".into(),
                kept: Side::Ours
            },
        ]
    );
}

#[test]
fn workspaces_only_in_the_file_are_added_and_settings_stay_ours() {
    let mut ours = base();
    ours.settings.ratings = true;
    let mut theirs = base();
    theirs.settings.ratings = false;
    let c = Catalogue::embedded();
    let mut other = Workspace::new("ws-2", "Subsidiary", &c, "t");
    journey::set_status(&mut other, "GGI-A-21", Status::Planned, "t");
    theirs.workspaces.push(other);
    let (merged, report) = merge(&ours, &theirs);
    assert_eq!(merged.workspaces.len(), 2);
    assert_eq!(report.added_workspaces, ["Subsidiary"]);
    assert_eq!(report.added, 1);
    assert!(merged.settings.ratings);
    assert_eq!(merged.active_workspace, ours.active_workspace);
}

#[test]
fn merging_a_document_with_itself_changes_nothing() {
    let mut d = base();
    journey::set_status(&mut d.workspaces[0], "GGI-A-17", Status::Planned, "t");
    let (merged, report) = merge(&d, &d);
    assert_eq!(merged, d);
    assert_eq!(report.unchanged, 1);
    assert!(report.conflicts.is_empty());
}
