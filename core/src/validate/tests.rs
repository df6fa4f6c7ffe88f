use super::*;
use crate::catalogue::VerificationPoint;
use crate::journey;
use crate::progress::{Objective, Status};

fn setup() -> (Catalogue, Document) {
    let c = Catalogue::embedded();
    let d = Document::new(&c, "2027-01-01T00:00:00Z");
    (c, d)
}

fn first_point(c: &Catalogue, activity: &str) -> String {
    c.activity(activity)
        .and_then(|a| a.verification_points.first())
        .map(|v| v.id.clone())
        .unwrap_or_else(|| panic!("{activity} has points"))
}

#[test]
fn limits_count_characters_not_bytes() {
    let (c, mut d) = setup();
    d.workspaces[0].profile.organisation = "é".repeat(150);
    d.workspaces[0].name = "😀".repeat(NAME);
    assert_eq!(document(&mut d, &c), Ok(vec![]));
    d.workspaces[0].profile.organisation = "é".repeat(NAME + 1);
    let Err((path, message)) = document(&mut d, &c) else {
        panic!("201 characters must be refused")
    };
    assert_eq!(path, "workspaces[0].profile.organisation");
    assert_eq!(message, "is longer than 200 characters");
}

#[test]
fn every_text_the_app_lets_people_type_is_checked() {
    let (c, base) = setup();
    let long = "x".repeat(NAME + 1);
    type Change<'a> = Box<dyn Fn(&mut Workspace) + 'a>;
    let cases: Vec<(&str, Change)> = vec![
        (
            "iterations[0].name",
            Box::new(|w| {
                let _ = crate::iteration::start(w, &long, None, None, "1");
            }),
        ),
        (
            "activities.GGI-A-17.owner",
            Box::new(|w| {
                journey::progress_mut(w, "GGI-A-17", "t").owner = long.clone();
            }),
        ),
        (
            "custom_activities[0].title",
            Box::new(|w| {
                let id = journey::add_custom_activity(w, "usage", "t", "", "1");
                if let Some(a) = w
                    .custom_activities
                    .iter_mut()
                    .find(|a| Some(&a.id) == id.as_ref())
                {
                    a.title = long.clone();
                }
            }),
        ),
    ];
    for (path, change) in cases {
        let mut d = base.clone();
        change(&mut d.workspaces[0]);
        assert_eq!(
            document(&mut d, &c).map_err(|(p, _)| p),
            Err(format!("workspaces[0].{path}"))
        );
    }
}

#[test]
fn progress_the_catalogue_cannot_place_is_kept_with_a_warning() {
    let (c, mut d) = setup();
    let ws = &mut d.workspaces[0];
    journey::set_status(ws, "GGI-A-99", Status::Done, "t");
    journey::set_point(ws, "GGI-A-17", "gone-point", true, "2027-01-02", "t");
    let before = d.clone();
    let warnings = document(&mut d, &c).unwrap_or_else(|(p, m)| panic!("{p}: {m}"));
    assert_eq!(d, before, "nothing is dropped");
    assert_eq!(
        warnings,
        vec![
            Warning::UnplacedPoints {
                workspace: "My organisation".into(),
                activity: "GGI-A-17".into(),
                points: vec!["gone-point".into()],
            },
            Warning::UnplacedActivity {
                workspace: "My organisation".into(),
                activity: "GGI-A-99".into(),
            },
        ]
    );
}

#[test]
fn custom_activities_that_no_longer_fit_are_kept_with_a_warning() {
    let (c, mut d) = setup();
    let ws = &mut d.workspaces[0];
    journey::add_custom_activity(ws, "usage", "Now in the catalogue", "", "1");
    ws.custom_activities[0].id = "GGI-A-17".into();
    journey::add_custom_activity(ws, "usage", "Goal gone", "", "2");
    ws.custom_activities[1].goal = "no-such-goal".into();
    let id = ws.custom_activities[1].id.clone();
    journey::set_point(ws, &id, "done", true, "2027-01-02", "t");
    let before = d.clone();
    let warnings = document(&mut d, &c).unwrap_or_else(|(p, m)| panic!("{p}: {m}"));
    assert_eq!(d, before);
    let unplaced: Vec<_> = warnings
        .iter()
        .filter_map(|w| match w {
            Warning::CustomActivityUnplaced { activity, .. } => Some(activity.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(unplaced, ["Now in the catalogue", "Goal gone"]);
}

#[test]
fn duplicate_ids_are_repaired_in_every_list() {
    let (c, mut d) = setup();
    let point = first_point(&c, "GGI-A-17");
    let mut twin = d.workspaces[0].clone();
    twin.name = "Twin".into();
    let ws = &mut d.workspaces[0];
    journey::set_point(ws, "GGI-A-17", &point, true, "2027-01-02", "t");
    let p = journey::progress_mut(ws, "GGI-A-17", "t");
    // A custom point reusing a catalogue point's id, two objectives sharing one id.
    p.custom_points.push(VerificationPoint {
        id: point.clone(),
        text: "Ours".into(),
    });
    for text in ["One", "Two"] {
        p.objectives.push(Objective {
            id: "obj-1".into(),
            text: text.into(),
            ..Objective::default()
        });
    }
    for name in ["Q1", "Q2"] {
        let _ = crate::iteration::start(ws, name, None, None, "1");
        let _ = crate::iteration::close(&c, ws, "t");
    }
    ws.iterations[1].id = ws.iterations[0].id.clone();
    d.workspaces.push(twin);

    let warnings = document(&mut d, &c).unwrap_or_else(|(p, m)| panic!("{p}: {m}"));
    let paths: Vec<&str> = warnings
        .iter()
        .filter_map(|w| match w {
            Warning::Reidentified { path, .. } => Some(path.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(
        paths,
        [
            "activities.GGI-A-17.custom_points[0].id",
            "activities.GGI-A-17.objectives[1].id",
            "iterations[1].id",
            "workspaces[1].id",
        ]
    );
    let ids: HashSet<&str> = d.workspaces.iter().map(|w| w.id.as_str()).collect();
    assert_eq!(ids.len(), 2);
    assert_eq!(d.active_workspace, d.workspaces[0].id);
    // Deleting the repaired custom point no longer erases the catalogue point's tick.
    let ws = &mut d.workspaces[0];
    let custom = ws.activities["GGI-A-17"].custom_points[0].id.clone();
    assert_ne!(custom, point);
    journey::remove_custom_point(ws, "GGI-A-17", &custom, "t");
    assert!(ws.activities["GGI-A-17"].verification[&point].met);
    let objectives: HashSet<&str> = ws.activities["GGI-A-17"]
        .objectives
        .iter()
        .map(|o| o.id.as_str())
        .collect();
    assert_eq!(objectives.len(), 2);
    assert_ne!(ws.iterations[0].id, ws.iterations[1].id);
    // A repaired document is valid as it is.
    assert_eq!(document(&mut d, &c).map(|w| w.len()), Ok(0));
}
