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

// ---- issue 22: caps on lists, snapshots, ids ---------------------------------------------------

pub(super) fn own_activity(id: &str) -> crate::catalogue::Activity {
    crate::catalogue::Activity {
        id: id.into(),
        title: "Our own activity".into(),
        goal: "usage".into(),
        roles: Vec::new(),
        handbook_url: None,
        summary: String::new(),
        description: String::new(),
        opportunity: String::new(),
        verification_points: vec![VerificationPoint {
            id: "done".into(),
            text: "In place".into(),
        }],
        tools: Vec::new(),
        recommendations: Vec::new(),
        resources: Vec::new(),
        next: Vec::new(),
    }
}

fn entry(goal: &str, met: u32, total: u32) -> crate::schema::ActivitySnapshot {
    crate::schema::ActivitySnapshot {
        goal: goal.into(),
        status: Status::InProgress,
        points_met: met,
        points_total: total,
        objectives_done: 0,
        objectives_total: 1,
    }
}

fn refusal(d: &mut Document, c: &Catalogue) -> (String, String) {
    match document(d, c) {
        Err(problem) => problem,
        Ok(_) => panic!("expected a refusal"),
    }
}

#[test]
fn every_list_has_a_cap_and_its_refusal_names_the_list_and_the_cap() {
    use crate::catalogue::Resource;
    use crate::progress::PointCheck;
    use crate::schema::{Iteration, Snapshot};
    let (c, base) = setup();
    type Grow = fn(&mut Workspace, usize);
    fn a17(w: &mut Workspace) -> &mut crate::progress::ActivityProgress {
        journey::progress_mut(w, "GGI-A-17", "t")
    }
    let cases: Vec<(&str, usize, Grow)> = vec![
        ("custom_activities", limits::CUSTOM_ACTIVITIES, |w, n| {
            w.custom_activities = (0..n).map(|i| own_activity(&format!("ORG-{i}"))).collect();
        }),
        ("activities", limits::ACTIVITIES, |w, n| {
            w.activities = (0..n)
                .map(|i| (format!("X-{i}"), Default::default()))
                .collect();
        }),
        (
            "activities.GGI-A-17.objectives",
            limits::OBJECTIVES,
            |w, n| {
                a17(w).objectives = (0..n)
                    .map(|i| Objective {
                        id: format!("obj-{i}"),
                        ..Objective::default()
                    })
                    .collect();
            },
        ),
        (
            "activities.GGI-A-17.verification",
            limits::VERIFICATION,
            |w, n| {
                a17(w).verification = (0..n)
                    .map(|i| (format!("p-{i}"), PointCheck::default()))
                    .collect();
            },
        ),
        (
            "activities.GGI-A-17.custom_points",
            limits::CUSTOM_POINTS,
            |w, n| {
                a17(w).custom_points = (0..n)
                    .map(|i| VerificationPoint {
                        id: format!("own-{i}"),
                        text: "Ours".into(),
                    })
                    .collect();
            },
        ),
        ("iterations", limits::ITERATIONS, |w, n| {
            w.iterations = (0..n)
                .map(|i| Iteration {
                    id: format!("it-{i}"),
                    name: format!("Q{i}"),
                    start: None,
                    end: None,
                    snapshot: None,
                })
                .collect();
        }),
        (
            "iterations[0].snapshot.activities",
            limits::ACTIVITIES,
            |w, n| {
                w.iterations = vec![Iteration {
                    id: "it-1".into(),
                    name: "Q1".into(),
                    start: None,
                    end: None,
                    snapshot: Some(Snapshot {
                        taken_at: "2027-01-01T00:00:00Z".into(),
                        activities: (0..n)
                            .map(|i| (format!("X-{i}"), entry("usage", 0, 1)))
                            .collect(),
                    }),
                }];
            },
        ),
        ("profile.roles", limits::OTHER_LIST, |w, n| {
            w.profile.roles = vec!["developer".into(); n];
        }),
        ("profile.goals", limits::OTHER_LIST, |w, n| {
            w.profile.goals = vec!["usage".into(); n];
        }),
        (
            "custom_activities[0].verification_points",
            limits::CUSTOM_POINTS,
            |w, n| {
                let mut a = own_activity("ORG-1");
                a.verification_points = (0..n)
                    .map(|i| VerificationPoint {
                        id: format!("p{i}"),
                        text: "x".into(),
                    })
                    .collect();
                w.custom_activities = vec![a];
            },
        ),
        (
            "custom_activities[0].resources",
            limits::OTHER_LIST,
            |w, n| {
                let mut a = own_activity("ORG-1");
                a.resources = (0..n)
                    .map(|_| Resource {
                        title: "Wiki".into(),
                        url: None,
                        note: String::new(),
                    })
                    .collect();
                w.custom_activities = vec![a];
            },
        ),
        ("custom_activities[0].tools", limits::OTHER_LIST, |w, n| {
            let mut a = own_activity("ORG-1");
            a.tools = vec!["git".into(); n];
            w.custom_activities = vec![a];
        }),
    ];
    for (list, max, grow) in cases {
        let mut d = base.clone();
        grow(&mut d.workspaces[0], max);
        assert!(document(&mut d, &c).is_ok(), "{list}: {max} items pass");
        let mut d = base.clone();
        grow(&mut d.workspaces[0], max + 1);
        assert_eq!(
            refusal(&mut d, &c),
            (
                format!("workspaces[0].{list}"),
                format!("{} items; this list may hold at most {max}", max + 1)
            ),
            "{list}"
        );
    }
    let mut d = base.clone();
    d.workspaces = (0..=limits::WORKSPACES)
        .map(|i| Workspace::new(&format!("ws-{i}"), "W", &c, "t"))
        .collect();
    d.active_workspace = "ws-0".into();
    assert_eq!(
        refusal(&mut d, &c),
        (
            "workspaces".to_string(),
            format!(
                "{} items; this list may hold at most {}",
                limits::WORKSPACES + 1,
                limits::WORKSPACES
            )
        )
    );
}

#[test]
fn all_lists_together_are_capped_too() {
    let (c, mut d) = setup();
    // Each list within its cap; together one item over the total.
    let per = limits::OBJECTIVES;
    let lists = limits::ITEMS / per + 1;
    let ws = &mut d.workspaces[0];
    for a in 0..lists {
        let p = journey::progress_mut(ws, &format!("X-{a}"), "t");
        p.objectives = (0..per)
            .map(|i| Objective {
                id: format!("o{i}"),
                ..Objective::default()
            })
            .collect();
    }
    assert_eq!(
        refusal(&mut d, &c),
        (
            "workspaces".to_string(),
            format!(
                "more than {} items in all lists; a file may hold at most {}",
                limits::ITEMS,
                limits::ITEMS
            )
        )
    );
}

#[test]
fn snapshots_are_checked_like_the_rest_of_the_file() {
    let (c, mut base) = setup();
    let ws = &mut base.workspaces[0];
    journey::set_status(ws, "GGI-A-17", Status::InProgress, "t");
    let _ = crate::iteration::start(ws, "Q1", None, None, "1");
    let _ = crate::iteration::close(&c, ws, "2027-01-01T00:00:00Z");
    assert_eq!(document(&mut base.clone(), &c), Ok(vec![]));
    let at = |field: &str| format!("workspaces[0].iterations[0].snapshot.{field}");
    let a17 = |field: &str| at(&format!("activities.GGI-A-17.{field}"));
    type Break = fn(&mut crate::schema::Snapshot);
    let cases: Vec<(String, Break)> = vec![
        (a17("points_met"), |s| {
            if let Some(a) = s.activities.get_mut("GGI-A-17") {
                a.points_met = a.points_total + 1;
            }
        }),
        (a17("objectives_done"), |s| {
            if let Some(a) = s.activities.get_mut("GGI-A-17") {
                a.objectives_done = a.objectives_total + 1;
            }
        }),
        (a17("points_total"), |s| {
            s.activities.insert(
                "GGI-A-17".into(),
                entry("usage", 0, limits::VERIFICATION as u32 + 1),
            );
        }),
        (a17("objectives_total"), |s| {
            let mut e = entry("usage", 0, 1);
            e.objectives_total = limits::OBJECTIVES as u32 + 1;
            s.activities.insert("GGI-A-17".into(), e);
        }),
        (a17("points_met"), |s| {
            // Counts the importer once added with `+=`: they must not reach the sums.
            s.activities
                .insert("GGI-A-17".into(), entry("usage", u32::MAX, 3));
        }),
        (a17("goal"), |s| {
            let g = "g".repeat(limits::ID + 1);
            s.activities.insert("GGI-A-17".into(), entry(&g, 0, 1));
        }),
        (at("taken_at"), |s| s.taken_at = "t".repeat(NAME + 1)),
    ];
    for (path, break_it) in cases {
        let mut d = base.clone();
        if let Some(s) = d.workspaces[0].iterations[0].snapshot.as_mut() {
            break_it(s);
        }
        assert_eq!(refusal(&mut d, &c).0, path);
    }
    // An activity id longer than ids may be: named without repeating all of it.
    let mut d = base.clone();
    let long = "A".repeat(limits::ID + 1);
    if let Some(s) = d.workspaces[0].iterations[0].snapshot.as_mut() {
        s.activities.insert(long.clone(), entry("usage", 0, 1));
    }
    let (path, message) = refusal(&mut d, &c);
    assert!(path.starts_with(&at("activities.AAAA")), "{path}");
    assert!(path.len() < 200, "{path}");
    assert_eq!(message, format!("is longer than {} characters", limits::ID));
}

#[test]
fn ids_longer_than_the_limit_are_refused_and_named_briefly() {
    let (c, base) = setup();
    let long = "i".repeat(limits::ID + 1);
    type Put = fn(&mut Workspace, &str);
    let cases: Vec<(&str, Put)> = vec![
        ("activities.iiii", |w, id| {
            journey::set_status(w, id, Status::Done, "t");
        }),
        ("activities.GGI-A-17.verification.iiii", |w, id| {
            journey::set_point(w, "GGI-A-17", id, true, "2027-01-01", "t");
        }),
        ("activities.GGI-A-17.objectives[0].id", |w, id| {
            journey::progress_mut(w, "GGI-A-17", "t")
                .objectives
                .push(Objective {
                    id: id.into(),
                    ..Objective::default()
                });
        }),
        ("activities.GGI-A-17.custom_points[0].id", |w, id| {
            journey::progress_mut(w, "GGI-A-17", "t")
                .custom_points
                .push(VerificationPoint {
                    id: id.into(),
                    text: "Ours".into(),
                });
        }),
        ("custom_activities[0].id", |w, id| {
            w.custom_activities.push(own_activity(id));
        }),
        ("iterations[0].id", |w, id| {
            let _ = crate::iteration::start(w, "Q1", None, None, "1");
            w.iterations[0].id = id.into();
        }),
    ];
    for (path, put) in cases {
        let mut d = base.clone();
        put(&mut d.workspaces[0], &long);
        let (at, message) = refusal(&mut d, &c);
        assert!(at.starts_with(&format!("workspaces[0].{path}")), "{at}");
        assert!(at.len() < 200, "{at}");
        assert_eq!(message, format!("is longer than {} characters", limits::ID));
    }
    // An id just at the limit, used twice, is repaired within the limit: the repaired file
    // is valid as it is.
    let mut d = base.clone();
    let id = "i".repeat(limits::ID);
    for _ in 0..3 {
        d.workspaces[0].custom_activities.push(own_activity(&id));
    }
    let warnings = document(&mut d, &c).unwrap_or_else(|(p, m)| panic!("{p}: {m}"));
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert_eq!(document(&mut d, &c).map(|w| w.len()), Ok(0));
}
