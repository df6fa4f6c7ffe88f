//! proptest strategies for state documents whose ids are valid against the embedded catalogue.

use ggi_core::catalogue::{Activity, Catalogue, VerificationPoint};
use ggi_core::i18n::Lang;
use ggi_core::iteration::{ActivitySnapshot, Iteration, Snapshot};
use ggi_core::progress::{ActivityProgress, Objective, PointCheck, Priority, Scorecard, Status};
use ggi_core::schema::{
    self, Document, OrganisationKind, OrganisationSize, Profile, Settings, Theme, Workspace,
};
use proptest::prelude::*;
use proptest::sample::{select, subsequence};
use std::collections::BTreeMap;
use std::sync::OnceLock;

pub mod hostile;

pub fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(Catalogue::embedded)
}

/// Any text a person (or a hostile file) could put in a field, within the app's limits: up to
/// the longest name (200 characters, of any width in bytes).
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => any::<String>().prop_map(|s| s.chars().take(40).collect()),
        1 => proptest::collection::vec(any::<char>(), 150..=ggi_core::limits::NAME)
            .prop_map(|c| c.into_iter().collect()),
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
        proptest::collection::vec(objective(), 0..3).prop_map(|mut list| {
            // The app gives every objective an id of its own.
            for (i, o) in list.iter_mut().enumerate() {
                o.id = format!("obj-{i}-{}", o.id);
            }
            list
        }),
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
    // Counts as the app freezes them: a part of its total, within the caps.
    let counts = (
        0..=ggi_core::limits::VERIFICATION as u32,
        0..=ggi_core::limits::OBJECTIVES as u32,
    )
        .prop_flat_map(|(points, objectives)| {
            (0..=points, Just(points), 0..=objectives, Just(objectives))
        });
    let snapshot = (text(), status(), counts).prop_map(|(taken_at, status, n)| Snapshot {
        taken_at,
        activities: BTreeMap::from([(
            "GGI-A-21".to_string(),
            ActivitySnapshot {
                goal: "trust".into(),
                status,
                points_met: n.0,
                points_total: n.1,
                objectives_done: n.2,
                objectives_total: n.3,
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
            // Plus, sometimes, progress a changed catalogue can no longer place.
            let orphans = proptest::option::of(progress(vec!["gone-point".into()]));
            let chosen = (subsequence(activities, 0..=n.min(6)), orphans).prop_flat_map(
                move |(chosen, orphan)| {
                    let orphan = orphan.map(|p| (format!("GGI-A-9{i}"), p));
                    let known = chosen
                        .into_iter()
                        .map(|(id, points)| (Just(id), progress(points)).boxed())
                        .collect::<Vec<_>>();
                    (known, Just(orphan))
                },
            );
            let suffix: String = suffix.chars().take(40).collect();
            let mut ws = Workspace::new(&format!("ws-{i}{suffix}"), &name, catalogue(), &at);
            ws.profile = profile;
            ws.custom_activities = customs;
            ws.iterations = iterations;
            (Just(ws), chosen)
        })
        .prop_map(|(mut ws, (chosen, orphan))| {
            ws.activities = chosen.into_iter().chain(orphan).collect();
            ws
        })
}

pub fn document() -> impl Strategy<Value = Document> {
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
