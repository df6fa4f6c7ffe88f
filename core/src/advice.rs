//! What the dashboard suggests: next activities from the handbook's proposed-next links, and
//! objectives that are overdue.

use crate::catalogue::Catalogue;
use crate::progress::Status;
use crate::schema::Workspace;
use crate::scoring::status_of;

/// A suggested activity and the activities (done or in progress) that propose it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    pub activity: String,
    pub proposed_by: Vec<String>,
    /// The first proposing activity's rationale.
    pub rationale: String,
}

/// Activities proposed next by done or in-progress activities and not yet selected, most
/// proposed first, then in catalogue order.
pub fn suggested_next(catalogue: &Catalogue, ws: &Workspace) -> Vec<Suggestion> {
    let mut out: Vec<Suggestion> = Vec::new();
    for a in &catalogue.activities {
        if !matches!(status_of(ws, &a.id), Status::Done | Status::InProgress) {
            continue;
        }
        for n in &a.next {
            if status_of(ws, &n.activity) != Status::NotSelected {
                continue;
            }
            match out.iter_mut().find(|s| s.activity == n.activity) {
                Some(s) => s.proposed_by.push(a.id.clone()),
                None => out.push(Suggestion {
                    activity: n.activity.clone(),
                    proposed_by: vec![a.id.clone()],
                    rationale: n.rationale.clone(),
                }),
            }
        }
    }
    let order = |id: &str| {
        catalogue
            .activities
            .iter()
            .position(|a| a.id == id)
            .unwrap_or(usize::MAX)
    };
    crate::order::sort_by(&mut out, |x, y| {
        y.proposed_by
            .len()
            .cmp(&x.proposed_by.len())
            .then(order(&x.activity).cmp(&order(&y.activity)))
    });
    out
}

/// An open objective whose due date has passed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Overdue {
    pub activity: String,
    pub objective: String,
    pub text: String,
    pub due: String,
    pub owner: String,
}

/// Open objectives due before `today` (ISO date), oldest first.
pub fn overdue_objectives(ws: &Workspace, today: &str) -> Vec<Overdue> {
    let mut out: Vec<Overdue> = ws
        .activities
        .iter()
        .filter(|(_, p)| p.status.in_scope())
        .flat_map(|(id, p)| {
            p.objectives.iter().filter_map(move |o| {
                let due = o.due.as_deref()?;
                (!o.done && due < today).then(|| Overdue {
                    activity: id.clone(),
                    objective: o.id.clone(),
                    text: o.text.clone(),
                    due: due.to_string(),
                    owner: o.owner.clone(),
                })
            })
        })
        .collect();
    crate::order::sort_by(&mut out, |a, b| a.due.cmp(&b.due));
    out
}

/// Ids of activities with the given status, in catalogue order (custom activities last).
pub fn with_status(catalogue: &Catalogue, ws: &Workspace, status: Status) -> Vec<String> {
    crate::scoring::all_activities(catalogue, ws)
        .filter(|a| status_of(ws, &a.id) == status)
        .map(|a| a.id.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journey;

    fn setup() -> (Catalogue, Workspace) {
        let c = Catalogue::embedded();
        let ws = Workspace::new("w", "W", &c, "t");
        (c, ws)
    }

    #[test]
    fn suggests_proposed_next_activities_not_yet_selected() {
        let (c, mut ws) = setup();
        assert!(suggested_next(&c, &ws).is_empty());
        journey::set_status(&mut ws, "GGI-A-17", Status::Done, "t");
        journey::set_status(&mut ws, "GGI-A-18", Status::InProgress, "t");
        journey::set_status(&mut ws, "GGI-A-19", Status::Planned, "t");
        let s = suggested_next(&c, &ws);
        let ids: Vec<_> = s.iter().map(|s| s.activity.as_str()).collect();
        // A-28 is proposed by both so it comes first; are
        // already selected; the rest follow catalogue order (A-42 is a Usage activity).
        assert_eq!(ids, ["GGI-A-28", "GGI-A-42", "GGI-A-33"]);
        assert_eq!(s[0].proposed_by, ["GGI-A-17", "GGI-A-18"]);
        assert!(!s[0].rationale.is_empty());
    }

    #[test]
    fn lists_overdue_open_objectives_only() {
        let (_, mut ws) = setup();
        journey::set_status(&mut ws, "GGI-A-21", Status::InProgress, "t");
        let late = journey::add_objective(&mut ws, "GGI-A-21", "Late", "t", "1");
        let done = journey::add_objective(&mut ws, "GGI-A-21", "Done late", "t", "2");
        let future = journey::add_objective(&mut ws, "GGI-A-21", "Future", "t", "3");
        for (id, due, is_done) in [
            (&late, "2027-01-01", false),
            (&done, "2027-01-01", true),
            (&future, "2027-12-01", false),
        ] {
            if let Some(o) = journey::objective_mut(&mut ws, "GGI-A-21", id, "t") {
                o.due = Some(due.into());
                o.done = is_done;
            }
        }
        let overdue = overdue_objectives(&ws, "2027-06-01");
        assert_eq!(overdue.len(), 1);
        assert_eq!(overdue[0].text, "Late");
        // Out of scope activities do not nag.
        journey::set_status(&mut ws, "GGI-A-21", Status::NotApplicable, "t");
        assert!(overdue_objectives(&ws, "2027-06-01").is_empty());
    }

    #[test]
    fn lists_by_status() {
        let (c, mut ws) = setup();
        journey::set_status(&mut ws, "GGI-A-37", Status::Done, "t");
        journey::set_status(&mut ws, "GGI-A-16", Status::Done, "t");
        assert_eq!(with_status(&c, &ws, Status::Done), ["GGI-A-16", "GGI-A-37"]);
    }
}
