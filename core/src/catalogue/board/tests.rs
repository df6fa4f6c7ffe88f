use super::*;

const FIXTURE: &str = include_str!("../../../tests/fixtures/board-minimal.json");

#[test]
fn reads_sections_points_and_next_links() {
    let c = from_board_json(FIXTURE, None).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(c.version, "9.9");
    assert_eq!(
        c.goals.iter().map(|g| g.id.as_str()).collect::<Vec<_>>(),
        ["usage", "trust"]
    );
    let a = &c.activities[0];
    assert_eq!(a.id, "GGI-A-17");
    assert_eq!(a.roles, ["team-leader", "developer"]);
    assert_eq!(a.verification_points.len(), 3);
    assert_eq!(a.verification_points[2].text, "Third check, written by us.");
    assert_eq!(a.verification_points[0].id, "vp-1");
    assert_eq!(
        a.tools,
        [
            "A spreadsheet is enough.",
            "Or a wiki page that continues here."
        ]
    );
    assert_eq!(a.resources[0].title, "Our test resource");
    assert_eq!(
        a.resources[0].url.as_deref(),
        Some("https://example.org/res")
    );
    assert_eq!(a.resources[0].note, "a short note");
    // The link URL points elsewhere; the id in the link text wins.
    assert_eq!(a.next[0].activity, "GGI-A-21");
    assert_eq!(
        a.next[0].rationale,
        "Because knowing comes before trusting."
    );
}

#[test]
fn takes_point_ids_from_the_reference_by_position() {
    let reference = Catalogue::embedded();
    let c = from_board_json(FIXTURE, Some(&reference)).unwrap_or_else(|e| panic!("{e}"));
    let expected: Vec<_> = reference
        .activity("GGI-A-17")
        .map(|a| {
            a.verification_points[..3]
                .iter()
                .map(|v| v.id.clone())
                .collect()
        })
        .unwrap_or_default();
    let got: Vec<_> = c.activities[0]
        .verification_points
        .iter()
        .map(|v| v.id.clone())
        .collect();
    assert_eq!(got, expected);
}

#[test]
fn reports_a_missing_checklist_with_the_activity() {
    let broken = FIXTURE.replace("- [ ] Only check of A-21.", "No checklist here.");
    let err = from_board_json(&broken, None).map_err(|e| e.to_string());
    assert_eq!(
        err,
        Err("activities[1] (GGI-A-21).Progress Assessment (no \"- [ ]\" verification points): must not be empty.".into())
    );
}

#[test]
fn reports_a_next_link_to_a_missing_activity() {
    let broken = FIXTURE.replace("[GGI-A-21 - Next", "[GGI-A-99 - Next");
    let err = from_board_json(&broken, None).map_err(|e| e.to_string());
    assert_eq!(
        err,
        Err("activities.GGI-A-17.next[0]: \"GGI-A-99\" does not name a known activity.".into())
    );
}

#[test]
fn detects_the_format() {
    assert!(is_board_format(FIXTURE));
    assert!(!is_board_format(super::super::EMBEDDED_JSON));
    assert!(!is_board_format("not json"));
}

/// The official file, when this checkout sits beside the shared material. Skipped otherwise.
#[test]
fn reads_the_official_handbook_file_when_present() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../shared/ggi/ggi_activities_full.v1.3.json"
    );
    let Ok(json) = std::fs::read_to_string(path) else {
        return;
    };
    let reference = Catalogue::embedded();
    let c = from_board_json(&json, Some(&reference)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(c.activities.len(), 25);
    assert_eq!(c.verification_point_count(), 109);
    assert_eq!(c.activities.iter().map(|a| a.next.len()).sum::<usize>(), 35);
    for (ours, theirs) in reference.activities.iter().zip(&c.activities) {
        assert_eq!(ours.id, theirs.id);
        let ids = |a: &Activity| {
            a.verification_points
                .iter()
                .map(|v| v.id.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(ours), ids(theirs), "{}", ours.id);
        let next = |a: &Activity| {
            a.next
                .iter()
                .map(|n| n.activity.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(next(ours), next(theirs), "{}", ours.id);
    }
}

const V1_1: &str = include_str!("../../../tests/fixtures/board/board-catalogue-v1.1.json");
const V1_2: &str = include_str!("../../../tests/fixtures/board/board-catalogue-v1.2.json");

fn point_ids(c: &Catalogue, activity: &str) -> Vec<String> {
    c.activity(activity)
        .map(|a| a.verification_points.iter().map(|v| v.id.clone()).collect())
        .unwrap_or_default()
}

#[test]
fn catalogues_of_v1_1_and_v1_2_have_no_handbook_version_and_are_read_as_such() {
    let reference = Catalogue::embedded();
    for (file, version) in [(V1_1, "1.1"), (V1_2, "1.2")] {
        assert!(is_board_format(file), "{version}");
        let c =
            from_board_json(file, Some(&reference)).unwrap_or_else(|e| panic!("{version}: {e}"));
        assert_eq!(c.version, version);
        assert!(c.title.contains(&format!("v{version}")), "{}", c.title);
        // Ten items up to v1.2; the fifth has no counterpart today, the others keep their ids.
        assert_eq!(
            point_ids(&c, "GGI-A-21"),
            [
                "licence-check-process",
                "ip-check-process",
                "compliance-owner",
                "compliance-audits",
                "vp-5",
                "legal-team-reachable",
                "project-usage-info",
                "team-ip-contact",
                "ip-officer",
                "ip-team"
            ]
        );
        assert_eq!(
            c.activity("GGI-A-28").map(|a| a.title.as_str()),
            Some("HR perspective")
        );
    }
    let v1_1 = from_board_json(V1_1, Some(&reference)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        point_ids(&v1_1, "GGI-A-19")[..2],
        ["comfortable-option", "mainstream-option"]
    );
    assert!(!is_board_format(crate::catalogue::EMBEDDED_JSON));
}
