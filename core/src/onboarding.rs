//! The guided start: from a short profile of the organisation, a sensible first set of
//! activities to plan.
//!
//! The rule, as the app explains it: Usage and Trust are the foundations and are always
//! included. In each goal taken, the entry activities come first (those no other activity of the
//! same goal proposes as its next step), limited to activities the roles taking part can carry,
//! and capped by the organisation's size (2 / 3 / 4 per goal). One activity is added for the kind
//! of organisation (e.g. procurement for public administrations).

use crate::catalogue::Catalogue;
use crate::progress::Status;
use crate::schema::{OrganisationKind, OrganisationSize, Profile, Workspace};

/// Why an activity was pre-selected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// An entry activity of a goal taken.
    GoalEntry,
    /// Suggested for this kind of organisation.
    OrganisationKind,
}

/// The activities the guided start plans, in catalogue order, each with its reason.
pub fn preselect(catalogue: &Catalogue, profile: &Profile) -> Vec<(String, Reason)> {
    let cap = match profile.size {
        Some(OrganisationSize::Small) => 2,
        Some(OrganisationSize::Large) => 4,
        Some(OrganisationSize::Medium) | None => 3,
    };
    let mut goals: Vec<&str> = vec!["usage", "trust"];
    goals.extend(
        profile
            .goals
            .iter()
            .map(String::as_str)
            .filter(|g| !matches!(*g, "usage" | "trust")),
    );
    let carried = |roles: &[String]| {
        profile.roles.is_empty() || roles.iter().any(|r| profile.roles.contains(r))
    };

    let mut picked: Vec<(String, Reason)> = Vec::new();
    for goal in goals {
        let in_goal: Vec<_> = catalogue.activities_of(goal).collect();
        let proposed: Vec<&str> = in_goal
            .iter()
            .flat_map(|a| a.next.iter().map(|n| n.activity.as_str()))
            .collect();
        let entries = in_goal
            .iter()
            .filter(|a| !proposed.contains(&a.id.as_str()));
        let rest = in_goal.iter().filter(|a| proposed.contains(&a.id.as_str()));
        for a in entries.chain(rest).filter(|a| carried(&a.roles)).take(cap) {
            picked.push((a.id.clone(), Reason::GoalEntry));
        }
    }
    let for_kind = match profile.kind {
        Some(OrganisationKind::PublicAdministration) => Some("GGI-A-43"),
        Some(OrganisationKind::Company) => Some("GGI-A-20"),
        Some(OrganisationKind::ResearchAcademia) => Some("GGI-A-26"),
        Some(OrganisationKind::NonProfit) => Some("GGI-A-30"),
        None => None,
    };
    if let Some(id) = for_kind.filter(|id| catalogue.activity(id).is_some()) {
        if !picked.iter().any(|(p, _)| p == id) {
            picked.push((id.to_string(), Reason::OrganisationKind));
        }
    }
    let order = |id: &str| catalogue.activities.iter().position(|a| a.id == id);
    crate::order::sort_by_key(&mut picked, |(id, _)| order(id));
    picked
}

/// Applies the profile to a workspace: stores it and plans the pre-selected activities that
/// are not selected yet (never downgrading work already recorded).
pub fn apply(catalogue: &Catalogue, ws: &mut Workspace, profile: Profile, now: &str) {
    let picks = preselect(catalogue, &profile);
    if !profile.organisation.trim().is_empty() {
        ws.name = profile.organisation.trim().to_string();
    }
    ws.profile = Profile {
        onboarded: true,
        ..profile
    };
    for (id, _) in picks {
        if crate::scoring::status_of(ws, &id) == Status::NotSelected {
            crate::journey::set_status(ws, &id, Status::Planned, now);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(p: &[(String, Reason)]) -> Vec<&str> {
        p.iter().map(|(id, _)| id.as_str()).collect()
    }

    #[test]
    fn foundations_always_come_first() {
        let c = Catalogue::embedded();
        let picks = preselect(&c, &Profile::default());
        // Usage: entries A-17 and A-20 (no Usage activity proposes them), then A-18.
        // Trust: entries, then A-21. Shown in catalogue order.
        assert_eq!(
            ids(&picks),
            ["GGI-A-17", "GGI-A-18", "GGI-A-20", "GGI-A-21", "GGI-A-23", "GGI-A-44"]
        );
        assert!(picks.iter().all(|(_, r)| *r == Reason::GoalEntry));
    }

    #[test]
    fn roles_size_goals_and_kind_shape_the_selection() {
        let c = Catalogue::embedded();
        let profile = Profile {
            kind: Some(OrganisationKind::PublicAdministration),
            size: Some(OrganisationSize::Small),
            roles: vec!["decision-maker".into()],
            goals: vec!["strategy".into()],
            ..Profile::default()
        };
        let picks = preselect(&c, &profile);
        assert_eq!(
            ids(&picks),
            ["GGI-A-20", "GGI-A-21", "GGI-A-24", "GGI-A-43", "GGI-A-16", "GGI-A-36"]
        );
        assert_eq!(
            picks.iter().find(|(id, _)| id == "GGI-A-43").map(|p| p.1),
            Some(Reason::OrganisationKind)
        );
        for (id, _) in &picks {
            let roles = &c.activity(id).map(|a| a.roles.clone()).unwrap_or_default();
            assert!(
                roles.contains(&"decision-maker".to_string()) || id == "GGI-A-43",
                "{id}"
            );
        }
    }

    #[test]
    fn apply_plans_without_downgrading_existing_work() {
        let c = Catalogue::embedded();
        let mut ws = Workspace::new("w", "W", &c, "t");
        crate::journey::set_status(&mut ws, "GGI-A-17", Status::Done, "t");
        apply(
            &c,
            &mut ws,
            Profile {
                organisation: "City of Example".into(),
                ..Profile::default()
            },
            "t",
        );
        assert_eq!(ws.name, "City of Example");
        assert!(ws.profile.onboarded);
        assert_eq!(ws.activities["GGI-A-17"].status, Status::Done);
        assert_eq!(ws.activities["GGI-A-21"].status, Status::Planned);
    }
}
