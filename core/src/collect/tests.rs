use super::*;
use crate::journey;
use crate::progress::Status;
use crate::validate;

fn c() -> &'static Catalogue {
    static EMBEDDED: std::sync::OnceLock<Catalogue> = std::sync::OnceLock::new();
    EMBEDDED.get_or_init(Catalogue::embedded)
}

/// A department's export: one workspace named by the guided start, an activity of its own.
fn department(organisation: &str, own: &str) -> Document {
    let mut d = Document::new(c(), "2027-01-01T00:00:00Z");
    let ws = &mut d.workspaces[0];
    ws.name = organisation.into();
    ws.profile.organisation = organisation.into();
    journey::add_custom_activity(ws, "culture", own, "", "1");
    journey::set_status(ws, "GGI-A-21", Status::InProgress, "2027-01-02T00:00:00Z");
    d
}

#[test]
fn valid_files_become_workspaces_renamed_and_reidentified_and_an_invalid_one_is_skipped() {
    let current = Document::new(c(), "2027-01-01T00:00:00Z");
    let files = vec![
        (
            "a.json".to_string(),
            Ok(department("Dept A", "Inner source programme")),
        ),
        (
            "broken.json".to_string(),
            Err("The file is empty.".to_string()),
        ),
        (
            "a-again.json".to_string(),
            Ok(department("Dept A", "Security policy review")),
        ),
    ];
    let plan = plan(&current, &files, Mode::Workspaces, c());

    assert_eq!(plan.files.len(), 3, "every file is listed");
    assert_eq!(plan.accepted, 2);
    assert_eq!(plan.refused(), ["broken.json"]);
    assert_eq!(
        plan.files[1].outcome,
        Outcome::Refused("The file is empty.".into())
    );
    assert_eq!(
        plan.files[2].outcome,
        Outcome::Workspaces(vec![Added {
            wanted: "Dept A".into(),
            name: "Dept A (2)".into()
        }])
    );
    assert_eq!(plan.files[0].workspaces[0].activities.len(), 1);
    assert_eq!(plan.files[0].workspaces[0].custom_activities, 1);
    let doc = &plan.document;
    let names: Vec<(&str, &str)> = doc
        .workspaces
        .iter()
        .map(|w| (w.id.as_str(), w.name.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            ("ws-1", "My organisation"),
            ("ws-1-2", "Dept A"),
            ("ws-1-3", "Dept A (2)")
        ]
    );
    assert_eq!(doc.active_workspace, "ws-1", "the active workspace stays");
    assert_eq!(validate::document(&mut doc.clone(), c()), Ok(vec![]));
    assert_eq!(
        current.workspaces.len(),
        1,
        "nothing changes before confirming"
    );
}

#[test]
fn merged_files_come_in_one_after_the_other_and_keep_both_own_activities() {
    let current = Document::new(c(), "2027-01-01T00:00:00Z");
    let files = vec![
        (
            "a.json".to_string(),
            Ok(department("Dept A", "Inner source programme")),
        ),
        (
            "b.json".to_string(),
            Ok(department("Dept B", "Security policy review")),
        ),
    ];
    let plan = plan(&current, &files, Mode::Merge, c());
    let titles: Vec<&str> = plan.document.workspaces[0]
        .custom_activities
        .iter()
        .map(|a| a.title.as_str())
        .collect();
    assert_eq!(titles, ["Inner source programme", "Security policy review"]);
    let Outcome::Merged(second) = &plan.files[1].outcome else {
        panic!("b.json is merged: {:?}", plan.files[1].outcome);
    };
    // The second file is compared with the first one's result: its ORG-1 clashes.
    assert_eq!(second.duplicates.len(), 1);
    assert_eq!(second.duplicates[0].theirs, "Security policy review");
    assert_eq!(
        validate::document(&mut plan.document.clone(), c()),
        Ok(vec![])
    );
}

#[test]
fn a_workspace_is_named_after_its_organisation_and_its_own_name_when_that_says_more() {
    let mut ws = Workspace::new("ws-1", "My organisation", c(), "t");
    assert_eq!(name_for(&ws), "My organisation");
    ws.profile.organisation = " Dept A ".into();
    assert_eq!(name_for(&ws), "Dept A");
    ws.name = "Dept A".into();
    assert_eq!(name_for(&ws), "Dept A");
    ws.name = "2027 assessment".into();
    assert_eq!(name_for(&ws), "Dept A — 2027 assessment");
}

#[test]
fn a_file_that_would_take_the_record_past_a_cap_is_left_out_and_the_rest_comes_in() {
    // Two files within the caps (600 workspaces each) cannot both come in: 1,201 workspaces
    // could no longer be exported and imported back.
    let current = Document::new(c(), "2027-01-01T00:00:00Z");
    let mut big = department("Dept A", "Inner source programme");
    let one = big.workspaces[0].clone();
    big.workspaces = (0..600)
        .map(|i| Workspace {
            id: format!("ws-{i}"),
            ..one.clone()
        })
        .collect();
    let files = vec![
        ("first.json".to_string(), Ok(big.clone())),
        ("second.json".to_string(), Ok(big)),
        (
            "small.json".to_string(),
            Ok(department("Dept B", "Security policy review")),
        ),
    ];
    let plan = plan(&current, &files, Mode::Workspaces, c());
    assert_eq!(plan.accepted, 2);
    assert_eq!(plan.refused(), ["second.json"]);
    assert_eq!(
        plan.files[1].outcome,
        Outcome::TooMany(ImportError::TooMany {
            path: "workspaces".into(),
            count: 1_201,
            max: crate::limits::WORKSPACES,
        })
    );
    assert_eq!(plan.document.workspaces.len(), 602);
    assert!(within_caps(&plan.document).is_ok());
    let mut doc = plan.document;
    assert!(validate::document(&mut doc, c()).is_ok());
}
