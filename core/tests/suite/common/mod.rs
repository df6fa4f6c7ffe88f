//! Documents shared by the integration tests: a rich one that uses every part of the shape.

use ggi_core::catalogue::{Activity, Catalogue, NextActivity, Resource, VerificationPoint};
use ggi_core::iteration::{ActivitySnapshot, Iteration, Snapshot};
use ggi_core::progress::{Objective, PointCheck, Priority, Status};
use ggi_core::schema::{Document, OrganisationKind, OrganisationSize, Theme, Workspace};
use ggi_core::{i18n::Lang, journey};
use std::collections::BTreeMap;

/// Two workspaces with every status, objectives, ticked and rated points, evidence, a custom
/// activity with its own points, and a closed and an open iteration.
pub fn rich_document(catalogue: &Catalogue) -> Document {
    let now = "2027-03-01T10:00:00.000Z";
    let mut doc = Document::new(catalogue, now);
    doc.revision = 42;
    doc.saved_at = Some(now.into());
    doc.settings.language = Some(Lang::Fr);
    doc.settings.theme = Theme::Dark;
    doc.settings.ratings = true;

    let ws = &mut doc.workspaces[0];
    ws.name = "City of Lyon — OSPO".into();
    ws.profile.organisation = "Ville de Lyon".into();
    ws.profile.kind = Some(OrganisationKind::PublicAdministration);
    ws.profile.size = Some(OrganisationSize::Large);
    ws.profile.roles = vec!["developer".into(), "decision-maker".into()];
    ws.profile.goals = vec!["usage".into(), "trust".into()];
    ws.profile.onboarded = true;
    for (activity, status) in catalogue.activities.iter().zip(Status::ALL) {
        journey::set_status(ws, &activity.id, status, now);
    }
    let a21 = catalogue
        .activity("GGI-A-21")
        .unwrap_or_else(|| panic!("GGI-A-21 is in the catalogue"));
    for (i, point) in a21.verification_points.iter().enumerate().take(3) {
        journey::set_point(ws, "GGI-A-21", &point.id, i != 1, "2027-02-14", now);
        journey::set_evidence(
            ws,
            "GGI-A-21",
            &point.id,
            "https://intranet/legal <b>ok</b>",
            now,
        );
    }
    let id = journey::add_objective(ws, "GGI-A-21", "Adopt a licence policy", now, "1");
    let p = journey::progress_mut(ws, "GGI-A-21", now);
    p.priority = Some(Priority::High);
    p.owner = "Legal team".into();
    p.target_date = Some("2027-06-30".into());
    p.scorecard.description = "**Scope**: all *public* repos".into();
    p.scorecard.tools = "- REUSE\n- ScanCode".into();
    p.objectives.push(Objective {
        id: format!("{id}-b"),
        text: "Train the team".into(),
        done: true,
        owner: "Ana".into(),
        due: Some("2027-04-01".into()),
    });
    p.verification.insert(
        a21.verification_points[3].id.clone(),
        PointCheck {
            met: true,
            evidence: "Audit report".into(),
            date: Some("2027-02-20".into()),
            rating: Some(4),
        },
    );
    p.custom_points.push(VerificationPoint {
        id: "own-sbom".into(),
        text: "We publish an SBOM".into(),
    });
    p.verification
        .insert("own-sbom".into(), PointCheck::default());
    let na = journey::progress_mut(ws, "GGI-A-17", now);
    na.status = Status::NotApplicable;
    na.not_applicable_reason = "We do not ship software".into();
    na.priority = Some(Priority::Low);

    ws.custom_activities.push(Activity {
        id: "OWN-1".into(),
        title: "Open source champions".into(),
        goal: "culture".into(),
        roles: vec!["team-leader".into()],
        handbook_url: None,
        summary: "Our own activity".into(),
        description: "Name a champion per team.".into(),
        opportunity: "Spreads practice.".into(),
        verification_points: vec![VerificationPoint {
            id: "named".into(),
            text: "Every team has a champion".into(),
        }],
        tools: vec!["Wiki".into()],
        recommendations: vec!["Rotate yearly".into()],
        resources: vec![Resource {
            title: "Champions guide".into(),
            url: Some("https://example.org/guide".into()),
            note: String::new(),
        }],
        next: vec![NextActivity {
            activity: "GGI-A-21".into(),
            rationale: "Champions help with compliance".into(),
        }],
    });
    journey::set_point(ws, "OWN-1", "named", true, "2027-02-01", now);
    let snapshot = Snapshot {
        taken_at: "2027-01-31T18:00:00Z".into(),
        activities: BTreeMap::from([(
            "GGI-A-21".to_string(),
            ActivitySnapshot {
                goal: "trust".into(),
                status: Status::InProgress,
                points_met: 2,
                points_total: 9,
                objectives_done: 0,
                objectives_total: 1,
            },
        )]),
    };
    ws.iterations = vec![
        Iteration {
            id: "it-1".into(),
            name: "2026 H2".into(),
            start: Some("2026-07-01".into()),
            end: Some("2026-12-31".into()),
            snapshot: Some(snapshot),
        },
        Iteration {
            id: "it-2".into(),
            name: "2027 H1".into(),
            start: Some("2027-01-01".into()),
            end: None,
            snapshot: None,
        },
    ];

    let mut other = Workspace::new("ws-2", "Subsidiary", catalogue, now);
    journey::set_status(&mut other, "GGI-A-39", Status::Planned, now);
    doc.workspaces.push(other);
    doc
}
