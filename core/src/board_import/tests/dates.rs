//! Issue 22, point 13: the board's data carries the input's own dates, never the import's time,
//! so an undated board never replaces newer work in a merge.

use super::{import, point_id};
use crate::catalogue::Catalogue;
use crate::progress::Status;
use crate::schema::Document;

/// An issue as the README's `gh issue list` command without `updatedAt` gives it.
fn gh(updated: Option<&str>) -> String {
    let date = updated
        .map(|u| format!(",\"updatedAt\":\"{u}\""))
        .unwrap_or_default();
    format!(
        "[{{\"number\":4,\"title\":\"Manage legal compliance\",\"state\":\"OPEN\",\
         \"labels\":[{{\"name\":\"In Progress\"}}]{date},\"body\":\"Activity ID: [GGI-A-21 (EN)](x).\\n\\n\
         ### Progress Assessment\\n\\n- [x] There is an easy-to-use Licence checking process \
         available for projects.\\n\"}}]"
    )
}

#[test]
fn an_undated_board_is_undated_not_stamped_with_the_import_time() {
    let r = import(&[("issues.json", &gh(None))]);
    let a21 = &r.document.workspaces[0].activities["GGI-A-21"];
    assert_eq!(a21.status, Status::InProgress);
    assert_eq!(a21.updated_at, "");
    assert_eq!(a21.verification[&point_id("GGI-A-21", 0)].date, None);
}

#[test]
fn an_undated_board_never_overwrites_newer_work_in_a_merge() {
    let c = Catalogue::embedded();
    let mut current = Document::new(&c, "2025-01-01T00:00:00Z");
    // Done in the app a week before the import; the board still says In progress.
    crate::journey::set_status(
        &mut current.workspaces[0],
        "GGI-A-21",
        Status::Done,
        "2025-05-25T09:00:00Z",
    );
    let mut r = import(&[("issues.json", &gh(None))]);
    r.aim_at(&current.workspaces[0]);
    let (merged, _) = crate::merge::merge(&current, &r.document, &c);
    let a21 = &merged.workspaces[0].activities["GGI-A-21"];
    assert_eq!(a21.status, Status::Done);
    assert_eq!(a21.updated_at, "2025-05-25T09:00:00Z");
    // Dated after the app's change, the board is the newer side.
    let mut r = import(&[("issues.json", &gh(Some("2025-05-30T10:00:00Z")))]);
    r.aim_at(&current.workspaces[0]);
    let (merged, _) = crate::merge::merge(&current, &r.document, &c);
    assert_eq!(
        merged.workspaces[0].activities["GGI-A-21"].status,
        Status::InProgress
    );
}

#[test]
fn each_input_dates_its_activities_as_utc_timestamps() {
    let at = |r: &crate::board_import::BoardImport, id: &str| {
        r.document.workspaces[0].activities[id].updated_at.clone()
    };
    let r = import(&[("issues.json", &gh(Some("2025-03-14T10:00:00Z")))]);
    assert_eq!(at(&r, "GGI-A-21"), "2025-03-14T10:00:00Z");
    // GitLab's export writes "2025-03-14 10:22:31" (UTC, its column says).
    let r = import(&[("export.csv", super::GITLAB)]);
    assert_eq!(at(&r, "GGI-A-17"), "2025-03-14T10:22:31Z");
    // The dashboard keeps the milliseconds; an offset is turned into UTC.
    let r = import(&[("issues.csv", super::ISSUES)]);
    assert_eq!(at(&r, "GGI-A-17"), "2025-03-14T10:22:31.512Z");
    let r = import(&[("issues.json", &gh(Some("2025-03-14 23:30:00-02:00")))]);
    assert_eq!(at(&r, "GGI-A-21"), "2025-03-15T01:30:00Z");
    // No update time but a label history: its last event is the board's date.
    let issues = "issue_id,activity_id,state,title,labels,url,tasks_total,tasks_done\n\
                  6,GGI-A-21,opened,Manage legal compliance,Done,https://gitlab.example.org/x/-/issues/6,0,0\n";
    let r = import(&[("issues.csv", issues), ("labels_hist.csv", super::HIST)]);
    assert_eq!(at(&r, "GGI-A-21"), "2025-05-02T08:00:00.000Z");
}
