use super::*;
use crate::catalogue::{Activity, Catalogue, NextActivity};
use crate::iteration::{ActivitySnapshot, Iteration, Snapshot};
use crate::journey;
use crate::progress::Status;
use crate::schema::Workspace;
use std::collections::BTreeMap;

fn c() -> &'static Catalogue {
    static EMBEDDED: std::sync::OnceLock<Catalogue> = std::sync::OnceLock::new();
    EMBEDDED.get_or_init(Catalogue::embedded)
}

fn base() -> Document {
    Document::new(c(), "2027-01-01T00:00:00Z")
}

fn merged(ours: &Document, theirs: &Document) -> (Document, MergeReport) {
    merge(ours, theirs, c())
}

fn ws(d: &mut Document) -> &mut Workspace {
    &mut d.workspaces[0]
}

#[test]
fn newer_side_wins_per_activity_and_every_activity_changed_on_both_sides_is_named() {
    let mut ours = base();
    let mut theirs = base();
    journey::set_status(ws(&mut ours), "GGI-A-17", Status::Planned, "2027-01-05");
    journey::set_status(ws(&mut theirs), "GGI-A-17", Status::Done, "2027-01-09");
    journey::set_status(ws(&mut ours), "GGI-A-18", Status::Done, "2027-01-09");
    journey::set_status(ws(&mut theirs), "GGI-A-18", Status::Planned, "2027-01-02");
    journey::set_status(
        ws(&mut theirs),
        "GGI-A-19",
        Status::InProgress,
        "2027-01-03",
    );
    journey::set_status(ws(&mut ours), "GGI-A-20", Status::Planned, "2027-01-03");

    let (merged, report) = merged(&ours, &theirs);
    let w = &merged.workspaces[0];
    assert_eq!(w.activities["GGI-A-17"].status, Status::Done);
    assert_eq!(w.activities["GGI-A-18"].status, Status::Done);
    assert_eq!(w.activities["GGI-A-19"].status, Status::InProgress);
    assert_eq!(w.activities["GGI-A-20"].status, Status::Planned);
    assert_eq!((report.added, report.updated, report.kept), (1, 1, 1));
    let title = |id: &str| {
        c().activity(id)
            .map(|a| a.title.clone())
            .unwrap_or_default()
    };
    assert_eq!(
        report.changed,
        vec![
            ActivityMerge {
                workspace: "My organisation".into(),
                activity: title("GGI-A-17"),
                outcome: Outcome::Theirs,
                undated: false,
                cuts: Vec::new(),
            },
            ActivityMerge {
                workspace: "My organisation".into(),
                activity: title("GGI-A-18"),
                outcome: Outcome::Ours,
                undated: false,
                cuts: Vec::new(),
            },
        ]
    );
}

#[test]
fn workspaces_only_in_the_file_are_added_renamed_on_a_clash_and_settings_stay_ours() {
    let mut ours = base();
    ours.settings.ratings = true;
    let mut theirs = base();
    theirs.settings.ratings = false;
    let mut other = Workspace::new("ws-2", "My organisation", c(), "t");
    journey::set_status(&mut other, "GGI-A-21", Status::Planned, "t");
    theirs.workspaces.push(other);
    let (merged, report) = merged(&ours, &theirs);
    assert_eq!(merged.workspaces.len(), 2);
    assert_eq!(merged.workspaces[1].name, "My organisation (2)");
    assert_eq!(report.added_workspaces, ["My organisation (2)"]);
    assert_eq!(report.added, 1);
    assert!(merged.settings.ratings);
    assert_eq!(merged.active_workspace, ours.active_workspace);
}

#[test]
fn merging_a_document_with_itself_changes_nothing() {
    let mut d = base();
    journey::set_status(ws(&mut d), "GGI-A-17", Status::Planned, "t");
    journey::add_custom_activity(ws(&mut d), "trust", "Security policy review", "", "1");
    let (merged, report) = merged(&d, &d);
    assert_eq!(merged, d);
    assert_eq!(report.unchanged, 1);
    assert!(report.is_noop());
}

/// Department A and department B each add an activity of their own: both get ORG-1.
fn two_departments() -> (Document, Document) {
    let mut a = base();
    let mut b = base();
    let inner =
        journey::add_custom_activity(ws(&mut a), "culture", "Inner source programme", "", "1");
    let security =
        journey::add_custom_activity(ws(&mut b), "trust", "Security policy review", "", "1");
    assert_eq!(
        (inner.as_deref(), security.as_deref()),
        (Some("ORG-1"), Some("ORG-1"))
    );
    (a, b)
}

#[test]
fn two_departments_own_activities_with_the_same_id_are_both_kept_and_named() {
    let (mut a, b) = two_departments();
    let now = "2027-01-02T00:00:00Z";
    journey::set_point(ws(&mut a), "ORG-1", "done", true, "2027-01-02", now);
    journey::add_custom_point(ws(&mut a), "ORG-1", "A sponsor is named", now, "1");
    let first = a.workspaces[0].custom_activities[0].clone();
    ws(&mut a).custom_activities.push(Activity {
        id: "ORG-2".into(),
        next: vec![NextActivity {
            activity: "ORG-1".into(),
            rationale: "after it".into(),
        }],
        ..first
    });
    ws(&mut a).custom_activities[1].title = "Inner source, phase 2".into();
    ws(&mut a)
        .iterations
        .push(closed("it-1", "2027", &[("ORG-1", 1)]));

    // B merges A's export.
    let (merged, report) = merged(&b, &a);
    let w = &merged.workspaces[0];
    let titles: Vec<(&str, &str)> = w
        .custom_activities
        .iter()
        .map(|c| (c.id.as_str(), c.title.as_str()))
        .collect();
    assert_eq!(
        titles,
        [
            ("ORG-1", "Security policy review"),
            ("ORG-1-2", "Inner source programme"),
            ("ORG-2", "Inner source, phase 2"),
        ]
    );
    // Every reference to A's ORG-1 follows it: its progress, its link, its snapshot.
    assert!(w.activities["ORG-1-2"].verification["done"].met);
    assert_eq!(w.activities["ORG-1-2"].custom_points.len(), 1);
    assert!(!w.activities.contains_key("ORG-1"));
    assert_eq!(w.custom_activities[2].next[0].activity, "ORG-1-2");
    let snapshot = w.iterations[0].snapshot.as_ref();
    assert!(snapshot.is_some_and(|s| s.activities.contains_key("ORG-1-2")));
    assert_eq!(
        report.duplicates,
        [Duplicate {
            workspace: "My organisation".into(),
            kind: ItemKind::Activity,
            activity: None,
            ours: "Security policy review".into(),
            theirs: "Inner source programme".into(),
            new_id: "ORG-1-2".into(),
        }]
    );
    assert_eq!((report.added_custom, report.added_iterations), (2, 1));
    assert!(crate::validate::document(&mut merged.clone(), c()).is_ok());

    // Importing the same file again adds nothing.
    let (again, report) = merge(&merged, &a, c());
    assert_eq!(again, merged);
    assert!(report.is_noop(), "{report:?}");
}

fn closed(id: &str, name: &str, activities: &[(&str, u32)]) -> Iteration {
    let activities = activities.iter().map(|(id, met)| {
        let a = ActivitySnapshot {
            goal: "culture".into(),
            status: Status::InProgress,
            points_met: *met,
            points_total: 1,
            objectives_done: 0,
            objectives_total: 0,
        };
        (id.to_string(), a)
    });
    Iteration {
        id: id.into(),
        name: name.into(),
        start: None,
        end: None,
        snapshot: Some(Snapshot {
            taken_at: "2027-01-03".into(),
            activities: activities.collect::<BTreeMap<_, _>>(),
        }),
    }
}

#[test]
fn the_same_own_activity_on_both_sides_is_one() {
    let (a, _) = two_departments();
    let mut b = base();
    ws(&mut b).custom_activities = a.workspaces[0].custom_activities.clone();
    ws(&mut b).custom_activities[0].id = "ORG-7".into();
    let (merged, report) = merged(&b, &a);
    assert_eq!(merged.workspaces[0].custom_activities.len(), 1);
    assert!(report.is_noop(), "{report:?}");
}

#[test]
fn progress_changed_on_both_sides_keeps_the_ticks_objectives_points_and_texts_of_both() {
    let (mut ours, mut theirs) = (base(), base());
    let (early, late) = ("2027-01-02T00:00:00Z", "2027-01-09T00:00:00Z");
    let id = "GGI-A-21";
    let points: Vec<String> = c()
        .activity(id)
        .map(|a| a.verification_points.iter().map(|p| p.id.clone()).collect())
        .unwrap_or_default();
    journey::set_point(ws(&mut ours), id, &points[0], true, "2027-01-02", early);
    journey::set_evidence(ws(&mut ours), id, &points[0], "Minutes of March", early);
    journey::set_point(ws(&mut theirs), id, &points[1], true, "2027-01-09", late);
    journey::set_evidence(ws(&mut theirs), id, &points[0], "Legal review", late);
    journey::add_objective(ws(&mut ours), id, "Adopt a licence policy", early, "1");
    journey::add_objective(ws(&mut theirs), id, "Train the team", late, "1");
    journey::add_objective(ws(&mut theirs), id, "Adopt a licence policy", late, "2");
    journey::add_custom_point(ws(&mut ours), id, "We publish an SBOM", early, "1");
    journey::add_custom_point(ws(&mut theirs), id, "We sign releases", late, "1");
    journey::set_point(ws(&mut theirs), id, "custom-1", true, "2027-01-09", late);
    journey::progress_mut(ws(&mut ours), id, early).owner = "Legal team".into();
    journey::progress_mut(ws(&mut ours), id, early)
        .scorecard
        .notes = "Ours".into();
    journey::progress_mut(ws(&mut theirs), id, late)
        .scorecard
        .notes = "Theirs".into();
    journey::set_status(ws(&mut theirs), id, Status::Done, late);
    journey::progress_mut(ws(&mut theirs), id, late).objectives[1].done = true;

    let (merged, report) = merged(&ours, &theirs);
    let p = &merged.workspaces[0].activities[id];
    assert_eq!(p.status, Status::Done, "the newer status");
    assert_eq!(p.owner, "Legal team", "the newer side left it empty");
    assert_eq!(p.scorecard.notes, "Theirs\n\nOurs");
    assert!(p.verification[&points[0]].met && p.verification[&points[1]].met);
    assert_eq!(
        p.verification[&points[0]].evidence,
        "Legal review\n\nMinutes of March"
    );
    let objectives: Vec<(&str, &str, bool)> = p
        .objectives
        .iter()
        .map(|o| (o.id.as_str(), o.text.as_str(), o.done))
        .collect();
    assert_eq!(
        objectives,
        [
            ("obj-1", "Adopt a licence policy", true),
            ("obj-1-2", "Train the team", false)
        ]
    );
    let own: Vec<(&str, &str)> = p
        .custom_points
        .iter()
        .map(|v| (v.id.as_str(), v.text.as_str()))
        .collect();
    assert_eq!(
        own,
        [
            ("custom-1", "We publish an SBOM"),
            ("custom-1-2", "We sign releases")
        ]
    );
    assert!(
        p.verification["custom-1-2"].met,
        "the tick follows its point"
    );
    assert!(!p.verification.get("custom-1").is_some_and(|v| v.met));
    let title = c()
        .activity(id)
        .map(|a| a.title.clone())
        .unwrap_or_default();
    assert_eq!(
        report.changed[0].outcome,
        Outcome::Combined {
            newer: Side::Theirs,
            texts_joined: true
        }
    );
    let named: Vec<(ItemKind, &str, &str, Option<&str>)> = report
        .duplicates
        .iter()
        .map(|d| {
            (
                d.kind,
                d.ours.as_str(),
                d.theirs.as_str(),
                d.activity.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        named,
        [
            (
                ItemKind::Point,
                "We publish an SBOM",
                "We sign releases",
                Some(title.as_str())
            ),
            (
                ItemKind::Objective,
                "Adopt a licence policy",
                "Train the team",
                Some(title.as_str())
            ),
        ]
    );
    assert_eq!(
        merge(&merged, &theirs, c()).0,
        merged,
        "a second import adds nothing"
    );
}

#[test]
fn iterations_with_the_same_id_and_another_name_are_both_kept_and_a_closing_is_taken() {
    let (mut ours, mut theirs) = (base(), base());
    let open = |id: &str, name: &str| Iteration {
        snapshot: None,
        ..closed(id, name, &[])
    };
    ws(&mut ours).iterations = vec![open("it-1", "2027 H1"), open("it-2", "Pilot")];
    ws(&mut theirs).iterations = vec![closed("it-1", "2027 H1", &[]), open("it-2", "Rollout")];
    let (merged, report) = merged(&ours, &theirs);
    let its: Vec<(&str, &str, bool)> = merged.workspaces[0]
        .iterations
        .iter()
        .map(|i| (i.id.as_str(), i.name.as_str(), i.snapshot.is_some()))
        .collect();
    assert_eq!(
        its,
        [
            ("it-1", "2027 H1", true),
            ("it-2", "Pilot", false),
            ("it-2-2", "Rollout", false)
        ]
    );
    assert_eq!(report.duplicates.len(), 1);
    assert_eq!(
        (
            report.duplicates[0].ours.as_str(),
            report.duplicates[0].theirs.as_str()
        ),
        ("Pilot", "Rollout")
    );
}

#[test]
fn new_ids_are_unique_and_names_fit() {
    let taken = ["ORG-1", "ORG-1-2"];
    assert_eq!(unique_id("ORG-1", |id| taken.contains(&id)), "ORG-1-3");
    assert_eq!(unique_id("ORG-9", |id| taken.contains(&id)), "ORG-9");
    let names = ["Dept A", "Dept A (2)"];
    assert_eq!(unique_name("Dept A", names.iter().copied()), "Dept A (3)");
    assert_eq!(unique_name("Dept B", names.iter().copied()), "Dept B");
    let long = "é".repeat(100);
    let fitted = unique_name(&long, [long.as_str()].into_iter());
    assert_eq!(
        fitted,
        format!("{long} (2)"),
        "100 characters and a suffix fit"
    );
}

mod long_texts;
mod names;
mod profile;
mod undated;
