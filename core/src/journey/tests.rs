use super::*;
use crate::catalogue::Catalogue;

fn ws() -> Workspace {
    Workspace::new("w", "W", &Catalogue::embedded(), "t0")
}

#[test]
fn ticking_records_the_date_and_starts_the_activity() {
    let mut w = ws();
    set_point(&mut w, "GGI-A-17", "p", true, "2027-02-01", "t1");
    let p = &w.activities["GGI-A-17"];
    assert_eq!(p.status, Status::InProgress);
    assert_eq!(p.verification["p"].date.as_deref(), Some("2027-02-01"));
    assert_eq!(p.updated_at, "t1");
}

#[test]
fn unticking_keeps_the_evidence() {
    let mut w = ws();
    set_point(&mut w, "A", "p", true, "d1", "t");
    set_evidence(&mut w, "A", "p", "https://wiki/policy", "t");
    set_point(&mut w, "A", "p", false, "d2", "t");
    let c = &w.activities["A"].verification["p"];
    assert!(!c.met);
    assert_eq!(c.evidence, "https://wiki/policy");
    assert_eq!(c.date, None);
}

#[test]
fn status_change_keeps_a_not_applicable_reason_only_while_it_applies() {
    let mut w = ws();
    set_status(&mut w, "A", Status::NotApplicable, "t");
    progress_mut(&mut w, "A", "t").not_applicable_reason = "No software here".into();
    set_status(&mut w, "A", Status::NotApplicable, "t");
    assert_eq!(w.activities["A"].not_applicable_reason, "No software here");
    set_status(&mut w, "A", Status::Planned, "t");
    assert_eq!(w.activities["A"].not_applicable_reason, "");
}

#[test]
fn objectives_can_be_added_reordered_and_removed() {
    let mut w = ws();
    let a = add_objective(&mut w, "A", "Write the policy", "t", "1");
    let b = add_objective(&mut w, "A", "Get it signed", "t", "2");
    assert_eq!((a.as_str(), b.as_str()), ("obj-1", "obj-2"));
    move_objective(&mut w, "A", &b, -1, "t");
    move_objective(&mut w, "A", &b, -1, "t"); // already first: no change
    let order: Vec<_> = w.activities["A"]
        .objectives
        .iter()
        .map(|o| o.id.clone())
        .collect();
    assert_eq!(order, ["obj-2", "obj-1"]);
    remove_objective(&mut w, "A", &a, "t");
    let c = add_objective(&mut w, "A", "Third", "t", "2");
    assert_eq!(c, "obj-2-2", "a token in use gets a suffix");
    assert_eq!(w.activities["A"].objectives.len(), 2);
}

#[test]
fn custom_points_are_added_removed_and_rated() {
    let mut w = ws();
    assert_eq!(add_custom_point(&mut w, "A", "  ", "t", "x"), None);
    let id = add_custom_point(&mut w, "A", "Our own check", "t", "9f").unwrap_or_default();
    assert_eq!(id, "custom-9f");
    set_point(&mut w, "A", &id, true, "d", "t");
    set_rating(&mut w, "A", &id, Some(9), "t");
    assert_eq!(w.activities["A"].verification[&id].rating, Some(5));
    remove_custom_point(&mut w, "A", &id, "t");
    assert!(w.activities["A"].custom_points.is_empty());
    assert!(!w.activities["A"].verification.contains_key(&id));
}

#[test]
fn custom_activities_get_org_ids_and_a_checkable_point() {
    let mut w = ws();
    assert_eq!(add_custom_activity(&mut w, "usage", " ", "", "x"), None);
    let id = add_custom_activity(&mut w, "usage", "Open source day", "Yearly event", "a1")
        .unwrap_or_default();
    assert_eq!(id, "ORG-a1");
    assert_eq!(
        add_custom_activity(&mut w, "trust", "Second", "", "b2").as_deref(),
        Some("ORG-b2")
    );
    let c = Catalogue::embedded();
    set_point(&mut w, &id, "done", true, "d", "t");
    let s = crate::scoring::overall(&c, &w, None);
    assert_eq!((s.activities, s.in_scope, s.points.done), (27, 1, 1));
}
