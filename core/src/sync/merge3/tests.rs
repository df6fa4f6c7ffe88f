use super::*;
use crate::catalogue::Catalogue;
use crate::journey;
use crate::progress::Status;
use crate::schema::Workspace;
use crate::sync::{resolve, ConflictKind, Path, ResolveError, Side, Step};
use serde_json::json;

const T0: &str = "2027-03-01T09:00:00.000Z";
const T1: &str = "2027-03-01T10:00:00.000Z";
const T2: &str = "2027-03-01T11:00:00.000Z";

fn c() -> &'static Catalogue {
    static EMBEDDED: std::sync::OnceLock<Catalogue> = std::sync::OnceLock::new();
    EMBEDDED.get_or_init(Catalogue::embedded)
}

/// A workspace file with progress on GGI-A-21: two objectives, a ticked point.
fn base() -> Document {
    let mut doc = Document::new(c(), T0);
    let w = ws(&mut doc);
    journey::set_status(w, "GGI-A-21", Status::InProgress, T0);
    journey::add_objective(w, "GGI-A-21", "Adopt a licence policy", T0, "a");
    journey::add_objective(w, "GGI-A-21", "Publish an SBOM", T0, "b");
    journey::add_objective(w, "GGI-A-21", "Train developers", T0, "c");
    journey::set_point(
        w,
        "GGI-A-21",
        "licence-check-process",
        true,
        "2027-03-01",
        T0,
    );
    doc
}

fn ws(doc: &mut Document) -> &mut Workspace {
    &mut doc.workspaces[0]
}

/// An objective of GGI-A-21, changed at T2.
fn objective<'d>(doc: &'d mut Document, id: &str) -> &'d mut crate::progress::Objective {
    journey::objective_mut(ws(doc), "GGI-A-21", id, T2).unwrap_or_else(|| panic!("{id}"))
}

fn merged(b: &Document, l: &Document, r: &Document) -> Merged {
    merge3(b, l, r).unwrap_or_else(|e| panic!("{e}"))
}

/// The merge, checked to be the same document whichever side syncs first.
fn both_ways(b: &Document, l: &Document, r: &Document) -> Merged {
    let m = merged(b, l, r);
    let swapped = merged(b, r, l);
    assert_eq!(
        swapped.document, m.document,
        "the order of syncing changed the result"
    );
    let back: Vec<_> = swapped.conflicts.iter().map(|c| c.swapped()).collect();
    assert_eq!(back, m.conflicts);
    m
}

fn path(text: &[&str]) -> Path {
    Path(
        text.iter()
            .map(|s| match s.strip_prefix('#') {
                Some(id) => Step::Id(id.to_string()),
                None => Step::Key(s.to_string()),
            })
            .collect(),
    )
}

fn objectives(doc: &Document) -> Vec<(&str, &str)> {
    doc.workspaces[0].activities["GGI-A-21"]
        .objectives
        .iter()
        .map(|o| (o.id.as_str(), o.text.as_str()))
        .collect()
}

#[test]
fn one_side_changed_gives_that_side() {
    let b = base();
    let mut a = b.clone();
    journey::set_status(ws(&mut a), "GGI-A-17", Status::Done, T1);
    journey::move_objective(ws(&mut a), "GGI-A-21", "obj-c", -1, T1);
    assert_eq!(
        merged(&b, &a, &b),
        Merged {
            document: a.clone(),
            conflicts: vec![]
        }
    );
    assert_eq!(merged(&b, &b, &a).document, a);
    assert_eq!(merged(&b, &a, &a).document, a);
}

#[test]
fn edits_to_different_activities_and_fields_both_hold() {
    let b = base();
    let (mut l, mut r) = (b.clone(), b.clone());
    journey::set_status(ws(&mut l), "GGI-A-17", Status::Done, T1);
    journey::set_status(ws(&mut r), "GGI-A-18", Status::Planned, T2);
    journey::progress_mut(ws(&mut l), "GGI-A-21", T1).owner = "Legal".into();
    journey::progress_mut(ws(&mut r), "GGI-A-21", T2)
        .scorecard
        .notes = "Quarterly".into();
    journey::set_evidence(
        ws(&mut r),
        "GGI-A-21",
        "licence-check-process",
        "https://intranet/policy",
        T2,
    );
    let m = both_ways(&b, &l, &r);
    assert_eq!(m.conflicts, vec![]);
    let w = &m.document.workspaces[0];
    assert_eq!(
        (
            w.activities["GGI-A-17"].status,
            w.activities["GGI-A-18"].status
        ),
        (Status::Done, Status::Planned)
    );
    let p = &w.activities["GGI-A-21"];
    assert_eq!(
        (p.owner.as_str(), p.scorecard.notes.as_str()),
        ("Legal", "Quarterly")
    );
    assert_eq!(
        p.verification["licence-check-process"].evidence,
        "https://intranet/policy"
    );
    assert!(p.verification["licence-check-process"].met);
    assert_eq!(
        p.updated_at, T2,
        "bookkeeping takes the later time, with no conflict"
    );
}

#[test]
fn the_same_field_changed_differently_keeps_both_values_and_applies_the_later() {
    let b = base();
    let (mut l, mut r) = (b.clone(), b.clone());
    journey::set_status(ws(&mut l), "GGI-A-21", Status::Done, T2);
    journey::set_status(ws(&mut r), "GGI-A-21", Status::Planned, T1);
    let m = both_ways(&b, &l, &r);
    assert_eq!(
        m.document.workspaces[0].activities["GGI-A-21"].status,
        Status::Done
    );
    let at = path(&["workspaces", "#ws-1", "activities", "GGI-A-21", "status"]);
    assert_eq!(
        m.conflicts,
        vec![Conflict {
            path: at.clone(),
            by: None,
            kind: ConflictKind::Changed {
                local: json!("done"),
                remote: json!("planned"),
                applied: Side::Local
            },
        }]
    );
    assert_eq!(
        at.to_string(),
        "workspaces[ws-1].activities.GGI-A-21.status"
    );
    assert_eq!(at.workspace(), Some("ws-1"));
    // The user picks the other value.
    let picked =
        resolve(&m.document, &m.conflicts[0], Side::Remote).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        picked.workspaces[0].activities["GGI-A-21"].status,
        Status::Planned
    );
    assert_eq!(
        resolve(&picked, &m.conflicts[0], Side::Remote),
        Err(ResolveError::Changed)
    );
    assert_eq!(
        resolve(&m.document, &m.conflicts[0], Side::Local).as_ref(),
        Ok(&m.document)
    );
}

#[test]
fn at_the_same_time_the_greater_value_holds_whichever_side_it_is_on() {
    let b = base();
    let (mut l, mut r) = (b.clone(), b.clone());
    journey::progress_mut(ws(&mut l), "GGI-A-21", T1).owner = "Alice".into();
    journey::progress_mut(ws(&mut r), "GGI-A-21", T1).owner = "Bob".into();
    let m = both_ways(&b, &l, &r);
    assert_eq!(m.document.workspaces[0].activities["GGI-A-21"].owner, "Bob");
    assert!(matches!(
        m.conflicts[0].kind,
        ConflictKind::Changed {
            applied: Side::Remote,
            ..
        }
    ));
}

#[test]
fn a_deletion_holds_and_an_edit_elsewhere_too() {
    let b = base();
    let (mut l, mut r) = (b.clone(), b.clone());
    journey::remove_objective(ws(&mut l), "GGI-A-21", "obj-a", T1);
    objective(&mut r, "obj-b").done = true;
    let m = both_ways(&b, &l, &r);
    assert_eq!(m.conflicts, vec![]);
    assert_eq!(
        objectives(&m.document),
        vec![("obj-b", "Publish an SBOM"), ("obj-c", "Train developers")]
    );
    assert!(m.document.workspaces[0].activities["GGI-A-21"].objectives[0].done);
}

#[test]
fn an_item_deleted_on_one_side_and_edited_on_the_other_is_kept_and_named() {
    let b = base();
    let (mut l, mut r) = (b.clone(), b.clone());
    journey::remove_objective(ws(&mut l), "GGI-A-21", "obj-b", T1);
    objective(&mut r, "obj-b").text = "Publish SBOMs".into();
    let m = both_ways(&b, &l, &r);
    assert_eq!(objectives(&m.document)[1], ("obj-b", "Publish SBOMs"));
    let at = path(&[
        "workspaces",
        "#ws-1",
        "activities",
        "GGI-A-21",
        "objectives",
        "#obj-b",
    ]);
    assert_eq!(
        m.conflicts,
        vec![Conflict {
            path: at,
            by: None,
            kind: ConflictKind::EditedAndDeleted {
                deleted_on: Side::Local
            }
        }]
    );
    // The user confirms the deletion.
    let deleted =
        resolve(&m.document, &m.conflicts[0], Side::Local).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(objectives(&deleted).len(), 2);
    let kept =
        resolve(&m.document, &m.conflicts[0], Side::Remote).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(kept, m.document);
}

#[test]
fn items_added_on_both_sides_are_all_kept_where_each_side_put_them() {
    let b = base();
    let (mut l, mut r) = (b.clone(), b.clone());
    journey::add_objective(ws(&mut l), "GGI-A-21", "Local 1", T1, "l1");
    journey::add_objective(ws(&mut l), "GGI-A-21", "Local 2", T1, "l2");
    journey::add_objective(ws(&mut r), "GGI-A-21", "Remote", T2, "r1");
    journey::move_objective(ws(&mut r), "GGI-A-21", "obj-r1", -1, T2);
    journey::add_custom_point(ws(&mut l), "GGI-A-21", "We sign releases", T1, "p1");
    journey::add_custom_point(ws(&mut r), "GGI-A-21", "We scan licences", T2, "p2");
    let m = both_ways(&b, &l, &r);
    assert_eq!(m.conflicts, vec![]);
    let ids: Vec<&str> = objectives(&m.document).iter().map(|o| o.0).collect();
    assert_eq!(
        ids,
        ["obj-a", "obj-b", "obj-r1", "obj-c", "obj-l1", "obj-l2"]
    );
    assert_eq!(
        m.document.workspaces[0].activities["GGI-A-21"]
            .custom_points
            .len(),
        2
    );
}

#[test]
fn a_reordering_on_one_side_holds_and_two_different_ones_are_a_conflict() {
    let b = base();
    let (mut l, mut r) = (b.clone(), b.clone());
    journey::move_objective(ws(&mut l), "GGI-A-21", "obj-c", -1, T1);
    objective(&mut r, "obj-a").done = true;
    let m = both_ways(&b, &l, &r);
    assert_eq!(
        objectives(&m.document)
            .iter()
            .map(|o| o.0)
            .collect::<Vec<_>>(),
        ["obj-a", "obj-c", "obj-b"]
    );
    journey::move_objective(ws(&mut r), "GGI-A-21", "obj-b", -1, T2);
    let m = both_ways(&b, &l, &r);
    let order = |d: &Document| {
        objectives(d)
            .iter()
            .map(|o| o.0.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        order(&m.document),
        ["obj-b", "obj-a", "obj-c"],
        "the later side's order"
    );
    let at = path(&[
        "workspaces",
        "#ws-1",
        "activities",
        "GGI-A-21",
        "objectives",
    ]);
    assert_eq!(
        m.conflicts,
        vec![Conflict {
            path: at,
            by: None,
            kind: ConflictKind::Reordered {
                local: order(&l),
                remote: order(&r),
                applied: Side::Remote
            }
        }]
    );
    let picked =
        resolve(&m.document, &m.conflicts[0], Side::Local).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(order(&picked), order(&l));
}

#[test]
fn progress_both_sides_started_keeps_what_each_filled_in() {
    let b = base();
    let (mut l, mut r) = (b.clone(), b.clone());
    journey::progress_mut(ws(&mut l), "GGI-A-17", T1).owner = "Alice".into();
    journey::set_point(
        ws(&mut r),
        "GGI-A-17",
        "oss-inventory",
        true,
        "2027-03-01",
        T2,
    );
    let m = both_ways(&b, &l, &r);
    let p = &m.document.workspaces[0].activities["GGI-A-17"];
    assert_eq!(
        (
            p.owner.as_str(),
            p.status,
            p.verification["oss-inventory"].met
        ),
        ("Alice", Status::InProgress, true)
    );
    assert_eq!(m.conflicts, vec![]);
}

#[test]
fn a_closed_iteration_and_a_renamed_one_merge_and_roles_merge_as_a_set() {
    let mut b = base();
    crate::iteration::start(ws(&mut b), "Q1", None, None, "q1").unwrap_or_else(|e| panic!("{e}"));
    ws(&mut b).profile.roles = vec!["developer".into(), "legal".into()];
    let (mut l, mut r) = (b.clone(), b.clone());
    crate::iteration::close(c(), ws(&mut l), T1).unwrap_or_else(|e| panic!("{e}"));
    ws(&mut l).profile.roles.push("hr".into());
    ws(&mut r).iterations[0].name = "Q1 2027".into();
    ws(&mut r).profile.roles.retain(|x| x != "legal");
    let m = both_ways(&b, &l, &r);
    let w = &m.document.workspaces[0];
    assert_eq!(
        (
            w.iterations[0].name.as_str(),
            w.iterations[0].snapshot.is_some()
        ),
        ("Q1 2027", true)
    );
    assert_eq!(w.profile.roles, ["developer", "hr"]);
    assert_eq!(m.conflicts, vec![]);
}

#[test]
fn two_copies_never_synced_merge_as_both_added() {
    let (mut l, mut r) = (Document::new(c(), T0), Document::new(c(), T0));
    journey::set_status(ws(&mut l), "GGI-A-17", Status::Done, T1);
    journey::set_status(ws(&mut r), "GGI-A-18", Status::Done, T1);
    ws(&mut r).name = "City of Lyon".into();
    let m = merge_unsynced(&l, &r).unwrap_or_else(|e| panic!("{e}"));
    let w = &m.document.workspaces[0];
    assert_eq!(w.activities.len(), 2);
    // No base says which name is newer: both are kept, the greater applied.
    let at = path(&["workspaces", "#ws-1", "name"]);
    let kind = ConflictKind::Changed {
        local: json!("My organisation"),
        remote: json!("City of Lyon"),
        applied: Side::Local,
    };
    assert_eq!(
        m.conflicts,
        vec![Conflict {
            path: at,
            kind,
            by: None
        }]
    );
    assert_eq!(w.name, "My organisation");
}

#[test]
fn the_result_is_valid_and_names_a_workspace_it_holds() {
    let mut b = base();
    b.workspaces.push(Workspace::new("ws-2", "Branch", c(), T0));
    let (mut l, mut r) = (b.clone(), b.clone());
    l.workspaces.remove(0);
    l.active_workspace = "ws-2".into();
    r.workspaces.remove(1);
    let m = both_ways(&b, &l, &r);
    assert_eq!(
        m.document.workspaces.len(),
        2,
        "each side deleted what the other kept: both stay"
    );
    let mut doc = m.document.clone();
    assert_eq!(crate::validate::document(&mut doc, c()), Ok(vec![]));
}

#[test]
fn an_iteration_closed_on_both_sides_keeps_one_whole_snapshot_and_names_the_other() {
    let mut b = base();
    crate::iteration::start(ws(&mut b), "Q1", None, None, "q1").unwrap_or_else(|e| panic!("{e}"));
    let (mut l, mut r) = (b.clone(), b.clone());
    crate::iteration::close(c(), ws(&mut l), T1).unwrap_or_else(|e| panic!("{e}"));
    journey::set_point(
        ws(&mut r),
        "GGI-A-21",
        "ip-check-process",
        true,
        "2027-03-01",
        T2,
    );
    crate::iteration::close(c(), ws(&mut r), T2).unwrap_or_else(|e| panic!("{e}"));
    let m = both_ways(&b, &l, &r);
    let snapshot = |d: &Document| d.workspaces[0].iterations[0].snapshot.clone();
    assert_eq!(
        snapshot(&m.document),
        snapshot(&r),
        "the later closing, whole"
    );
    let at = path(&["workspaces", "#ws-1", "iterations", "#it-q1", "snapshot"]);
    assert!(
        matches!(&m.conflicts[..], [Conflict { path, kind: ConflictKind::Changed { applied: Side::Remote, .. }, .. }] if *path == at)
    );
}
