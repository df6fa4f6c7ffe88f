//! A matched workspace's name and profile are merged field by field: one side's unrelated tick
//! does not wipe what the other side set, and every field set differently is named.

use super::*;
use crate::schema::{OrganisationKind, OrganisationSize, Profile};

const EARLY: &str = "2027-01-01T00:00:00Z";
const LATE: &str = "2027-01-09T00:00:00Z";

fn strings(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

fn lyon() -> Document {
    let mut d = base();
    let w = ws(&mut d);
    w.name = "City of Lyon".into();
    w.updated_at = EARLY.into();
    w.profile = Profile {
        organisation: "Ville de Lyon".into(),
        kind: Some(OrganisationKind::PublicAdministration),
        size: None,
        roles: strings(&["developer"]),
        goals: strings(&["usage"]),
        onboarded: true,
    };
    d
}

#[test]
fn one_tick_on_the_other_side_does_not_wipe_the_profile() {
    let ours = lyon();
    let mut theirs = lyon();
    let w = ws(&mut theirs);
    w.profile = Profile {
        organisation: String::new(),
        kind: None,
        size: Some(OrganisationSize::Large),
        roles: strings(&["decision-maker", "developer"]),
        goals: Vec::new(),
        onboarded: false,
    };
    journey::set_status(w, "GGI-A-17", Status::Planned, LATE);
    w.updated_at = LATE.into();

    for (a, b) in [(&ours, &theirs), (&theirs, &ours)] {
        let (result, report) = merged(a, b);
        let w = &result.workspaces[0];
        assert_eq!(w.name, "City of Lyon");
        assert_eq!(
            w.profile,
            Profile {
                organisation: "Ville de Lyon".into(),
                kind: Some(OrganisationKind::PublicAdministration),
                size: Some(OrganisationSize::Large),
                roles: if a == &ours {
                    strings(&["developer", "decision-maker"])
                } else {
                    strings(&["decision-maker", "developer"])
                },
                goals: strings(&["usage"]),
                onboarded: true,
            }
        );
        assert_eq!(w.updated_at, LATE);
        assert!(report.profiles.iter().all(|p| p.differences.is_empty()));
        assert!(!report.is_noop());
    }
    let (_, report) = merged(&ours, &theirs);
    assert_eq!(
        report.profiles,
        [ProfileMerge {
            workspace: "City of Lyon".into(),
            filled: vec![ProfileField::Size, ProfileField::Roles],
            differences: Vec::new(),
        }]
    );
    assert_eq!(
        report.profiles[0].lines(&crate::i18n::EN),
        ["City of Lyon: added from the file to the workspace's details: Size, Roles taking part"]
    );
}

#[test]
fn fields_set_differently_take_the_newer_sides_and_are_named_with_both_values() {
    let ours = lyon();
    let mut theirs = lyon();
    let w = ws(&mut theirs);
    w.name = "OSPO Lyon".into();
    w.profile.organisation = "Métropole de Lyon".into();
    w.profile.kind = Some(OrganisationKind::NonProfit);
    w.updated_at = LATE.into();

    let (result, report) = merged(&ours, &theirs);
    let w = &result.workspaces[0];
    assert_eq!(
        (
            w.name.as_str(),
            w.profile.organisation.as_str(),
            w.profile.kind
        ),
        (
            "OSPO Lyon",
            "Métropole de Lyon",
            Some(OrganisationKind::NonProfit)
        )
    );
    let text = |s: &str| ProfileValue::Text(s.into());
    let difference = |field, ours, theirs, newer| ProfileDifference {
        field,
        ours,
        theirs,
        newer,
    };
    assert_eq!(
        report.profiles,
        [ProfileMerge {
            workspace: "OSPO Lyon".into(),
            filled: Vec::new(),
            differences: vec![
                difference(
                    ProfileField::Name,
                    text("City of Lyon"),
                    text("OSPO Lyon"),
                    Side::Theirs
                ),
                difference(
                    ProfileField::Organisation,
                    text("Ville de Lyon"),
                    text("Métropole de Lyon"),
                    Side::Theirs
                ),
                difference(
                    ProfileField::Kind,
                    ProfileValue::Kind(OrganisationKind::PublicAdministration),
                    ProfileValue::Kind(OrganisationKind::NonProfit),
                    Side::Theirs
                ),
            ],
        }]
    );
    assert!(!report.is_noop());
    let lines = report.profiles[0].lines(&crate::i18n::FR);
    assert_eq!(
        lines[2],
        "OSPO Lyon, Type d’organisation\u{a0}: «\u{a0}Association à but non lucratif\u{a0}» du \
         fichier remplace «\u{a0}Administration publique\u{a0}» de ce navigateur"
    );

    // The other way round, ours is newer: ours stays, the file's values are still named.
    let (result, report) = merged(&theirs, &ours);
    assert_eq!(result.workspaces[0].name, "OSPO Lyon");
    let kept: Vec<Side> = report.profiles[0]
        .differences
        .iter()
        .map(|d| d.newer)
        .collect();
    assert_eq!(kept, [Side::Ours; 3]);
    assert_eq!(
        report.profiles[0].lines(&crate::i18n::EN)[0],
        "OSPO Lyon, Name: this browser's “OSPO Lyon” stays; the file's “City of Lyon” is not taken"
    );
}

#[test]
fn an_undated_workspace_never_takes_over_a_dated_ones_details() {
    let ours = lyon();
    let mut theirs = lyon();
    ws(&mut theirs).updated_at = "now".into();
    ws(&mut theirs).profile.kind = Some(OrganisationKind::Company);
    let (result, report) = merged(&ours, &theirs);
    let w = &result.workspaces[0];
    assert_eq!(w.profile.kind, Some(OrganisationKind::PublicAdministration));
    assert_eq!(w.updated_at, EARLY);
    assert_eq!(report.profiles[0].differences[0].newer, Side::Ours);
}
