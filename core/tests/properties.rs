//! Property tests of export and import. The number of cases comes from `PROPTEST_CASES`
//! (proptest's default, 256, when unset); `scripts/fuzz` runs 100,000 of each.

// proptest is a native dev-dependency only.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use ggi_core::catalogue::{Activity, Catalogue, VerificationPoint};
use ggi_core::i18n::Lang;
use ggi_core::import;
use ggi_core::iteration::{ActivitySnapshot, Iteration, Snapshot};
use ggi_core::progress::{ActivityProgress, Objective, PointCheck, Priority, Scorecard, Status};
use ggi_core::schema::{
    Document, OrganisationKind, OrganisationSize, Profile, Settings, Theme, Workspace,
};
use ggi_core::{export, schema};
use proptest::prelude::*;
use proptest::sample::{select, subsequence, Index};
use serde_json::Value;
use std::collections::BTreeMap;
use std::sync::OnceLock;

fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(Catalogue::embedded)
}

// ---- documents with valid ids --------------------------------------------------------------

/// Any text a person (or a hostile file) could put in a field, within the importer's limits.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => any::<String>().prop_map(|s| s.chars().take(40).collect()),
        1 => select(vec![
            String::new(),
            "<img src=x onerror=alert(1)>".into(),
            "<script>window.__pwned=1</script>".into(),
            "\"quoted\" \\ back\nslash\u{0}\u{1f}".into(),
            "Zoë 東京 🚀 \u{202e}".into(),
        ]),
    ]
}

fn date() -> impl Strategy<Value = String> {
    (1900u32..2200, 1u32..=12, 1u32..=31).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
}

fn status() -> impl Strategy<Value = Status> {
    select(Status::ALL.to_vec())
}

fn point_check() -> impl Strategy<Value = PointCheck> {
    (
        any::<bool>(),
        text(),
        proptest::option::of(date()),
        proptest::option::of(0u8..=5),
    )
        .prop_map(|(met, evidence, date, rating)| PointCheck {
            met,
            evidence,
            date,
            rating,
        })
}

fn objective() -> impl Strategy<Value = Objective> {
    (
        text(),
        text(),
        any::<bool>(),
        text(),
        proptest::option::of(date()),
    )
        .prop_map(|(id, text, done, owner, due)| Objective {
            id,
            text,
            done,
            owner,
            due,
        })
}

/// Progress for an activity whose verification points are `points`.
fn progress(points: Vec<String>) -> impl Strategy<Value = ActivityProgress> {
    let custom = proptest::collection::vec((text(), text()), 0..2);
    (
        status(),
        text(),
        proptest::option::of(select(vec![
            Priority::High,
            Priority::Medium,
            Priority::Low,
        ])),
        text(),
        proptest::option::of(date()),
        (text(), text(), text(), text()),
        proptest::collection::vec(objective(), 0..3),
        custom,
        text(),
    )
        .prop_flat_map(
            move |(status, reason, priority, owner, target, card, objectives, custom, at)| {
                let custom_points: Vec<VerificationPoint> = custom
                    .into_iter()
                    .enumerate()
                    .map(|(i, (_, text))| VerificationPoint {
                        id: format!("own-{i}"),
                        text,
                    })
                    .collect();
                let ids: Vec<String> = points
                    .iter()
                    .cloned()
                    .chain(custom_points.iter().map(|p| p.id.clone()))
                    .collect();
                let n = ids.len();
                (
                    Just(ActivityProgress {
                        status,
                        not_applicable_reason: reason,
                        priority,
                        owner,
                        target_date: target,
                        scorecard: Scorecard {
                            description: card.0,
                            opportunity: card.1,
                            tools: card.2,
                            notes: card.3,
                        },
                        objectives,
                        verification: BTreeMap::new(),
                        custom_points,
                        updated_at: at,
                    }),
                    subsequence(ids, 0..=n),
                    proptest::collection::vec(point_check(), n),
                )
            },
        )
        .prop_map(|(mut p, ids, checks)| {
            p.verification = ids.into_iter().zip(checks).collect();
            p
        })
}

fn custom_activity(i: usize) -> impl Strategy<Value = Activity> {
    let goals: Vec<String> = catalogue().goals.iter().map(|g| g.id.clone()).collect();
    (
        select(goals),
        text(),
        text(),
        proptest::collection::vec(text(), 0..3),
    )
        .prop_map(move |(goal, title, description, points)| Activity {
            id: format!("OWN-{i}"),
            title,
            goal,
            roles: vec!["developer".into()],
            handbook_url: None,
            summary: String::new(),
            description,
            opportunity: String::new(),
            verification_points: points
                .into_iter()
                .enumerate()
                .map(|(j, text)| VerificationPoint {
                    id: format!("p{j}"),
                    text,
                })
                .collect(),
            tools: Vec::new(),
            recommendations: Vec::new(),
            resources: Vec::new(),
            next: Vec::new(),
        })
}

fn iteration(i: usize) -> impl Strategy<Value = Iteration> {
    let snapshot =
        (text(), status(), any::<[u32; 4]>()).prop_map(|(taken_at, status, n)| Snapshot {
            taken_at,
            activities: BTreeMap::from([(
                "GGI-A-21".to_string(),
                ActivitySnapshot {
                    goal: "trust".into(),
                    status,
                    points_met: n[0],
                    points_total: n[1],
                    objectives_done: n[2],
                    objectives_total: n[3],
                },
            )]),
        });
    (
        text(),
        proptest::option::of(date()),
        proptest::option::of(date()),
        proptest::option::of(snapshot),
    )
        .prop_map(move |(name, start, end, snapshot)| Iteration {
            id: format!("it-{i}"),
            name,
            start,
            end,
            snapshot,
        })
}

fn profile() -> impl Strategy<Value = Profile> {
    let kinds = vec![
        OrganisationKind::Company,
        OrganisationKind::PublicAdministration,
        OrganisationKind::ResearchAcademia,
        OrganisationKind::NonProfit,
    ];
    let sizes = vec![
        OrganisationSize::Small,
        OrganisationSize::Medium,
        OrganisationSize::Large,
    ];
    (
        text(),
        proptest::option::of(select(kinds)),
        proptest::option::of(select(sizes)),
        proptest::collection::vec(text(), 0..3),
        proptest::collection::vec(text(), 0..3),
        any::<bool>(),
    )
        .prop_map(
            |(organisation, kind, size, roles, goals, onboarded)| Profile {
                organisation,
                kind,
                size,
                roles,
                goals,
                onboarded,
            },
        )
}

fn workspace(i: usize) -> impl Strategy<Value = Workspace> {
    (
        text(),
        text(),
        text(),
        profile(),
        proptest::collection::vec(Just(()), 0..3),
        proptest::collection::vec(Just(()), 0..3),
    )
        .prop_flat_map(move |(suffix, name, at, profile, customs, iterations)| {
            let customs = (0..customs.len()).map(custom_activity).collect::<Vec<_>>();
            let iterations = (0..iterations.len()).map(iteration).collect::<Vec<_>>();
            (Just((suffix, name, at, profile)), customs, iterations)
        })
        .prop_flat_map(move |((suffix, name, at, profile), customs, iterations)| {
            // Progress for a random subset of catalogue and custom activities.
            let activities: Vec<(String, Vec<String>)> = catalogue()
                .activities
                .iter()
                .chain(&customs)
                .map(|a| {
                    (
                        a.id.clone(),
                        a.verification_points.iter().map(|p| p.id.clone()).collect(),
                    )
                })
                .collect();
            let n = activities.len();
            let chosen = subsequence(activities, 0..=n.min(6)).prop_flat_map(|chosen| {
                chosen
                    .into_iter()
                    .map(|(id, points)| (Just(id), progress(points)))
                    .collect::<Vec<_>>()
            });
            let mut ws = Workspace::new(&format!("ws-{i}{suffix}"), &name, catalogue(), &at);
            ws.profile = profile;
            ws.custom_activities = customs;
            ws.iterations = iterations;
            (Just(ws), chosen)
        })
        .prop_map(|(mut ws, chosen)| {
            ws.activities = chosen.into_iter().collect();
            ws
        })
}

fn document() -> impl Strategy<Value = Document> {
    let settings = (
        proptest::option::of(select(Lang::ALL.to_vec())),
        select(vec![Theme::System, Theme::Light, Theme::Dark]),
        any::<bool>(),
    )
        .prop_map(|(language, theme, ratings)| Settings {
            language,
            theme,
            ratings,
        });
    (1usize..4)
        .prop_flat_map(|n| (0..n).map(workspace).collect::<Vec<_>>())
        .prop_flat_map(move |workspaces| {
            let n = workspaces.len();
            (
                Just(workspaces),
                0..n,
                settings.clone(),
                any::<u64>(),
                proptest::option::of(text()),
                text(),
            )
        })
        .prop_map(
            |(workspaces, active, settings, revision, saved_at, app_version)| Document {
                schema_version: schema::SCHEMA_VERSION,
                app_version,
                revision,
                saved_at,
                settings,
                active_workspace: workspaces[active].id.clone(),
                workspaces,
            },
        )
}

// ---- arbitrary JSON --------------------------------------------------------------------------

fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        any::<String>().prop_map(Value::String),
        select(vec![
            "ggi-journey-export",
            "schema_version",
            "2027-01-01",
            "GGI-A-21",
            "ws-1"
        ])
        .prop_map(Value::from),
    ];
    leaf.prop_recursive(6, 64, 8, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            proptest::collection::btree_map(
                prop_oneof![
                    any::<String>(),
                    select(vec![
                        "format".to_string(),
                        "schema_version".into(),
                        "document".into(),
                        "workspaces".into(),
                        "activities".into(),
                        "verification".into(),
                    ]),
                ],
                inner,
                0..8
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Every place in a JSON value, as a list of steps (object key or array index).
fn places(value: &Value, here: Vec<Value>, out: &mut Vec<Vec<Value>>) {
    out.push(here.clone());
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let mut next = here.clone();
                next.push(Value::from(k.as_str()));
                places(v, next, out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                let mut next = here.clone();
                next.push(Value::from(i));
                places(v, next, out);
            }
        }
        _ => {}
    }
}

fn at_mut<'a>(value: &'a mut Value, path: &[Value]) -> Option<&'a mut Value> {
    path.iter().try_fold(value, |v, step| match step {
        Value::String(k) => v.get_mut(k.as_str()),
        _ => v.get_mut(step.as_u64().and_then(|i| usize::try_from(i).ok())?),
    })
}

/// The reader's own promise: whatever it accepts, exported again, reads back the same.
fn read_is_stable(text: &str) -> Result<(), TestCaseError> {
    if let Ok(first) = import::read(text, catalogue()) {
        let again = export::to_json(&export::export(&first.document, None, "x"));
        let second = import::read(&again, catalogue()).map_err(|e| {
            TestCaseError::fail(format!("accepted, then refused its own export: {e}"))
        })?;
        prop_assert_eq!(second.document, first.document);
    }
    Ok(())
}

proptest! {
    #[test]
    fn export_then_import_is_the_identity(doc in document(), whole in any::<bool>()) {
        let workspace = (!whole).then(|| doc.active_workspace.clone());
        let file = export::export(&doc, workspace.as_deref(), "2027-03-01T00:00:00Z");
        let imported = import::read(&export::to_json(&file), catalogue());
        let imported = imported.map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&imported.document, &file.document);
        if whole {
            prop_assert_eq!(imported.document, doc);
        }
    }

    #[test]
    fn arbitrary_json_never_panics(value in json()) {
        read_is_stable(&value.to_string())?;
        // Also as a bare state document and as the body of an export file.
        let wrapped = serde_json::json!({"format": "ggi-journey-export", "schema_version": 1,
            "app_version": "0", "exported_at": "x", "attribution": "", "document": value});
        read_is_stable(&wrapped.to_string())?;
    }

    #[test]
    fn a_valid_export_with_any_part_replaced_never_panics(
        doc in document(),
        place in any::<Index>(),
        replacement in json(),
    ) {
        let text = export::to_json(&export::export(&doc, None, "2027-03-01T00:00:00Z"));
        let mut value: Value = serde_json::from_str(&text).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let mut all = Vec::new();
        places(&value, Vec::new(), &mut all);
        let path = place.get(&all).clone();
        if let Some(target) = at_mut(&mut value, &path) {
            *target = replacement;
        }
        read_is_stable(&value.to_string())?;
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        read_is_stable(&String::from_utf8_lossy(&bytes))?;
    }

    #[test]
    fn a_valid_export_with_bytes_changed_never_panics(
        doc in document(),
        edits in proptest::collection::vec((any::<Index>(), any::<u8>()), 1..8),
    ) {
        let mut bytes = export::to_json(&export::export(&doc, None, "2027-03-01T00:00:00Z")).into_bytes();
        for (at, byte) in edits {
            let i = at.index(bytes.len());
            bytes[i] = byte;
        }
        read_is_stable(&String::from_utf8_lossy(&bytes))?;
    }
}

#[test]
fn the_rich_fixture_round_trips_too() {
    let doc = common::rich_document(catalogue());
    let text = export::to_json(&export::export(&doc, None, "t"));
    let imported = import::read(&text, catalogue()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(imported.document, doc);
}
