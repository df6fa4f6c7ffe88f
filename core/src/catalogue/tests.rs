use super::*;

fn embedded() -> Catalogue {
    Catalogue::from_json(EMBEDDED_JSON).unwrap_or_else(|e| panic!("{e}"))
}

/// (id, title, goal, roles, verification points, next) from the handbook v1.3.
type Fact = (
    &'static str,
    &'static str,
    &'static str,
    &'static [&'static str],
    usize,
    &'static [&'static str],
);
const HANDBOOK: [Fact; 25] = [
    (
        "GGI-A-17",
        "Inventory of open source skills and resources",
        "usage",
        &["team-leader", "developer"],
        5,
        &["GGI-A-18", "GGI-A-19", "GGI-A-28", "GGI-A-33", "GGI-A-42"],
    ),
    (
        "GGI-A-18",
        "Open source competency growth",
        "usage",
        &["team-leader"],
        4,
        &["GGI-A-28"],
    ),
    (
        "GGI-A-19",
        "Open source supervision",
        "usage",
        &["team-leader"],
        7,
        &[],
    ),
    (
        "GGI-A-20",
        "Open source enterprise software",
        "usage",
        &["decision-maker"],
        4,
        &["GGI-A-33", "GGI-A-43"],
    ),
    (
        "GGI-A-42",
        "Manage open source skills and resources",
        "usage",
        &["team-leader"],
        5,
        &["GGI-A-28"],
    ),
    (
        "GGI-A-21",
        "Manage legal compliance",
        "trust",
        &["decision-maker"],
        9,
        &["GGI-A-24"],
    ),
    (
        "GGI-A-22",
        "Manage software vulnerabilities",
        "trust",
        &["team-leader"],
        4,
        &["GGI-A-24"],
    ),
    (
        "GGI-A-23",
        "Manage software dependencies",
        "trust",
        &["team-leader", "developer"],
        4,
        &["GGI-A-20", "GGI-A-21", "GGI-A-22"],
    ),
    (
        "GGI-A-24",
        "Manage key indicators",
        "trust",
        &["decision-maker", "team-leader"],
        3,
        &["GGI-A-37"],
    ),
    (
        "GGI-A-44",
        "Run code reviews",
        "trust",
        &["team-leader", "developer"],
        4,
        &["GGI-A-26"],
    ),
    (
        "GGI-A-25",
        "Promote open source development best practices",
        "culture",
        &["team-leader", "developer"],
        4,
        &["GGI-A-42", "GGI-A-44"],
    ),
    (
        "GGI-A-26",
        "Contribute to open source projects",
        "culture",
        &["team-leader", "developer"],
        4,
        &[
            "GGI-A-31", "GGI-A-24", "GGI-A-27", "GGI-A-29", "GGI-A-36", "GGI-A-39",
        ],
    ),
    (
        "GGI-A-27",
        "Belong to the open source community",
        "culture",
        &["team-leader", "decision-maker"],
        4,
        &["GGI-A-28", "GGI-A-31"],
    ),
    (
        "GGI-A-28",
        "Human Resources perspective",
        "culture",
        &["decision-maker"],
        5,
        &[],
    ),
    (
        "GGI-A-39",
        "Upstream first",
        "culture",
        &["team-leader", "developer"],
        2,
        &["GGI-A-25"],
    ),
    (
        "GGI-A-29",
        "Engage with open source projects",
        "engagement",
        &["decision-maker", "developer"],
        8,
        &["GGI-A-26", "GGI-A-30"],
    ),
    (
        "GGI-A-30",
        "Support open source communities",
        "engagement",
        &["decision-maker"],
        6,
        &["GGI-A-31"],
    ),
    (
        "GGI-A-31",
        "Publicly assert use of open source",
        "engagement",
        &["decision-maker", "team-leader"],
        4,
        &[],
    ),
    (
        "GGI-A-33",
        "Engage with open source vendors",
        "engagement",
        &["decision-maker"],
        3,
        &["GGI-A-23"],
    ),
    (
        "GGI-A-43",
        "Open source procurement policy",
        "engagement",
        &["decision-maker"],
        4,
        &["GGI-A-33"],
    ),
    (
        "GGI-A-16",
        "Setup a strategy for corporate open source governance",
        "strategy",
        &["decision-maker"],
        2,
        &["GGI-A-35", "GGI-A-34"],
    ),
    (
        "GGI-A-34",
        "C-Level awareness",
        "strategy",
        &["decision-maker"],
        5,
        &["GGI-A-31"],
    ),
    (
        "GGI-A-35",
        "Open source and digital sovereignty",
        "strategy",
        &["decision-maker"],
        3,
        &[],
    ),
    (
        "GGI-A-36",
        "Open source enabling innovation",
        "strategy",
        &["decision-maker"],
        3,
        &[],
    ),
    (
        "GGI-A-37",
        "Open source enabling digital transformation",
        "strategy",
        &["decision-maker"],
        3,
        &[],
    ),
];

#[test]
fn embedded_catalogue_is_valid() {
    // `embedded()` does not check (the app trusts this test): check it here, and that its
    // tokens (what the app reads) are the JSON's catalogue, field for field.
    assert_eq!(Catalogue::from_json(EMBEDDED_JSON), Ok(embedded()));
    let c = embedded();
    assert_eq!(c.id, "ggi-handbook");
    assert_eq!(c.version, "1.3");
    assert_eq!(c.licence.name, "CC-BY-4.0");
    assert!(c.attribution.contains("CC-BY-4.0"));
}

#[test]
fn embedded_catalogue_has_the_five_goals_in_order() {
    let ids: Vec<_> = embedded().goals.iter().map(|g| g.id.clone()).collect();
    assert_eq!(ids, ["usage", "trust", "culture", "engagement", "strategy"]);
}

#[test]
fn embedded_catalogue_matches_the_handbook_facts() {
    let c = embedded();
    assert_eq!(c.activities.len(), 25);
    assert_eq!(c.verification_point_count(), 109);
    assert_eq!(c.activities.iter().map(|a| a.next.len()).sum::<usize>(), 35);
    for (a, (id, title, goal, roles, points, next)) in c.activities.iter().zip(HANDBOOK) {
        assert_eq!(a.id, id);
        assert_eq!(a.title, title, "{id}");
        assert_eq!(a.goal, goal, "{id}");
        assert_eq!(a.roles, roles, "{id}");
        assert_eq!(a.verification_points.len(), points, "{id}");
        let links: Vec<_> = a.next.iter().map(|n| n.activity.as_str()).collect();
        assert_eq!(links, next, "{id}");
    }
}

#[test]
fn every_activity_has_its_sections_and_next_rationales() {
    for a in embedded().activities {
        assert!(!a.summary.trim().is_empty(), "{} summary", a.id);
        assert!(a.description.len() > 80, "{} description", a.id);
        assert!(a.opportunity.len() > 40, "{} opportunity", a.id);
        assert!(
            a.next.iter().all(|n| n.rationale.len() > 20),
            "{} rationale",
            a.id
        );
        assert!(
            a.handbook_url
                .as_deref()
                .is_some_and(|u| u.starts_with("https://")),
            "{}",
            a.id
        );
        for vp in &a.verification_points {
            assert!(
                vp.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{} {}",
                a.id,
                vp.id
            );
        }
    }
}

fn minimal() -> Catalogue {
    super::test_catalogue()
}

#[test]
fn reports_an_unknown_goal_with_its_place() {
    let mut c = minimal();
    c.activities[0].goal = "nope".into();
    assert_eq!(
        c.check().map_err(|e| e.to_string()),
        Err("activities.X-1.goal: \"nope\" does not name a known goal.".into())
    );
}

#[test]
fn reports_duplicates_self_links_and_dangling_links() {
    let mut c = minimal();
    let first = c.activities[0].verification_points[0].clone();
    c.activities[0].verification_points.push(first);
    assert!(matches!(c.check(), Err(CatalogueError::DuplicateId { .. })));

    let mut c = minimal();
    c.activities[0].next[0].activity = "X-1".into();
    assert!(matches!(c.check(), Err(CatalogueError::SelfLink { .. })));

    let mut c = minimal();
    c.activities[0].next[0].activity = "X-9".into();
    assert_eq!(
        c.check().map_err(|e| e.to_string()),
        Err("activities.X-1.next[0]: \"X-9\" does not name a known activity.".into())
    );
}

#[test]
fn rejects_wrong_format_and_empty_text() {
    let mut c = minimal();
    c.format = "something-else".into();
    assert!(matches!(c.check(), Err(CatalogueError::WrongFormat(_))));

    let mut c = minimal();
    c.activities[1].opportunity = "  ".into();
    assert_eq!(
        c.check().map_err(|e| e.to_string()),
        Err("activities.X-2.opportunity: must not be empty.".into())
    );
    assert!(matches!(
        Catalogue::from_json("{"),
        Err(CatalogueError::Syntax(_))
    ));
}

/// Puts an address into one URL field of a catalogue.
type SetUrl = fn(&mut Catalogue, String);

#[test]
fn refuses_every_address_that_is_not_a_web_or_mail_link() {
    let set: [(&str, SetUrl); 4] = [
        ("source_url", |c, u| c.source_url = Some(u)),
        ("licence.url", |c, u| c.licence.url = u),
        ("activities.X-1.handbook_url", |c, u| {
            c.activities[0].handbook_url = Some(u)
        }),
        ("activities.X-1.resources[0].url", |c, u| {
            c.activities[0].resources = vec![Resource {
                title: "A book".into(),
                url: Some(u),
                note: String::new(),
            }]
        }),
    ];
    for (place, put) in set {
        for url in [
            "javascript:alert(1)",
            "java\tscript:alert(1)",
            "DATA:text/html,x",
        ] {
            let mut c = minimal();
            put(&mut c, url.to_string());
            match c.check() {
                Err(CatalogueError::UnsafeUrl { place: p, .. }) => assert_eq!(p, place),
                other => panic!("{place} = {url:?}: {other:?}"),
            }
        }
        let mut c = minimal();
        put(&mut c, "https://example.org/ok".into());
        assert_eq!(c.check(), Ok(()), "{place}");
    }
    let mut c = minimal();
    c.activities[0].handbook_url = Some("javascript:alert(1)".into());
    assert_eq!(
        c.check().map_err(|e| e.to_string()),
        Err("activities.X-1.handbook_url: \"javascript:alert(1)\" is not a web or e-mail address (only http, https and mailto links are allowed).".into())
    );
}

#[test]
fn the_embedded_catalogue_is_the_repository_file_without_its_indentation() {
    let pretty = include_str!("../../../catalogue/ggi-handbook-1.3.json");
    let parse =
        |json| serde_json::from_str::<serde_json::Value>(json).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(parse(EMBEDDED_JSON), parse(pretty));
    assert!(
        !EMBEDDED_JSON.contains("\n "),
        "indentation left in the embedded copy"
    );
    assert!(EMBEDDED_JSON.len() < pretty.len() * 9 / 10);
}

#[test]
fn a_field_of_the_wrong_shape_is_named_by_its_place() {
    let mut value: serde_json::Value =
        serde_json::from_str(EMBEDDED_JSON).unwrap_or_else(|e| panic!("{e}"));
    value["activities"][2]["title"] = serde_json::json!(3);
    let Err(CatalogueError::Syntax(message)) = Catalogue::from_json(&value.to_string()) else {
        panic!("a number as a title was accepted");
    };
    assert_eq!(
        message,
        "activities[2].title: invalid type: integer `3`, expected a string"
    );
}

#[test]
fn the_outline_is_the_catalogue_without_its_long_texts() {
    let whole = Catalogue::embedded();
    assert_eq!(Catalogue::embedded_outline(), whole.outline());
    assert!(whole.activities.iter().all(|a| !a.description.is_empty()));
    // What the app's first download carries instead of the whole text.
    assert!(EMBEDDED_OUTLINE.len() < EMBEDDED_JSON.len() / 2);
}
