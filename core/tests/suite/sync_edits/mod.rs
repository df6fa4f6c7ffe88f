//! What people do to a workspace, as operations proptest can generate and both property files
//! of the sync apply: each side of a merge is the base with a list of these.

use ggi_core::catalogue::Catalogue;
use ggi_core::progress::Status;
use ggi_core::schema::{Document, Iteration, Theme, Workspace};
use ggi_core::{iteration, journey};
use proptest::prelude::*;
use proptest::sample::select;

/// A few words, so that both sides sometimes write the same value.
const WORDS: [&str; 6] = [
    "",
    "Legal",
    "OSPO",
    "Zoë 東京",
    "<b>x</b>",
    "Quarterly review",
];
/// Activities both sides work on, so that their edits meet.
const ACTIVITIES: [&str; 3] = ["GGI-A-17", "GGI-A-18", "GGI-A-21"];

/// One change, its targets as indices taken modulo what the workspace holds.
#[derive(Clone, Debug)]
pub enum Op {
    Status(usize, Status),
    Owner(usize, &'static str),
    Notes(usize, &'static str),
    Tick(usize, usize, bool),
    Evidence(usize, usize, &'static str),
    AddObjective(usize, &'static str),
    EditObjective(usize, usize, &'static str),
    ToggleObjective(usize, usize),
    RemoveObjective(usize, usize),
    MoveObjective(usize, usize, bool),
    AddPoint(usize, &'static str),
    RemovePoint(usize, usize),
    RemoveProgress(usize),
    AddActivity(&'static str),
    RenameActivity(usize, &'static str),
    RemoveActivity(usize),
    StartIteration(&'static str),
    CloseIteration(usize),
    RenameIteration(usize, &'static str),
    RemoveIteration(usize),
    RenameWorkspace(&'static str),
    ToggleRole(&'static str),
    Theme(Theme),
}

/// An operation, the workspace it applies to, and the second it happens at (a few values, so
/// that both sides' times are sometimes equal).
pub type Timed = (usize, Op, u8);

fn word() -> impl Strategy<Value = &'static str> {
    select(WORDS.to_vec())
}

pub fn op() -> impl Strategy<Value = Op> {
    let i = || 0usize..8;
    let status = select(Status::ALL.to_vec());
    prop_oneof![
        (i(), status).prop_map(|(a, s)| Op::Status(a, s)),
        (i(), word()).prop_map(|(a, w)| Op::Owner(a, w)),
        (i(), word()).prop_map(|(a, w)| Op::Notes(a, w)),
        (i(), i(), any::<bool>()).prop_map(|(a, p, m)| Op::Tick(a, p, m)),
        (i(), i(), word()).prop_map(|(a, p, w)| Op::Evidence(a, p, w)),
        (i(), word()).prop_map(|(a, w)| Op::AddObjective(a, w)),
        (i(), i(), word()).prop_map(|(a, o, w)| Op::EditObjective(a, o, w)),
        (i(), i()).prop_map(|(a, o)| Op::ToggleObjective(a, o)),
        (i(), i()).prop_map(|(a, o)| Op::RemoveObjective(a, o)),
        (i(), i(), any::<bool>()).prop_map(|(a, o, up)| Op::MoveObjective(a, o, up)),
        (i(), word()).prop_map(|(a, w)| Op::AddPoint(a, w)),
        (i(), i()).prop_map(|(a, p)| Op::RemovePoint(a, p)),
        i().prop_map(Op::RemoveProgress),
        word().prop_map(Op::AddActivity),
        (i(), word()).prop_map(|(a, w)| Op::RenameActivity(a, w)),
        i().prop_map(Op::RemoveActivity),
        word().prop_map(Op::StartIteration),
        i().prop_map(Op::CloseIteration),
        (i(), word()).prop_map(|(n, w)| Op::RenameIteration(n, w)),
        i().prop_map(Op::RemoveIteration),
        word().prop_map(Op::RenameWorkspace),
        select(vec!["developer", "legal", "hr"]).prop_map(Op::ToggleRole),
        select(vec![Theme::Light, Theme::Dark]).prop_map(Op::Theme),
    ]
}

pub fn ops() -> impl Strategy<Value = Vec<Timed>> {
    proptest::collection::vec((0usize..3, op(), 0u8..6), 0..10)
}

pub fn time(second: u8) -> String {
    format!("2031-01-01T00:00:{second:02}.000Z")
}

/// `doc` with `ops` applied by `side` (a prefix that makes the ids it creates its own).
pub fn edited(doc: &Document, ops: &[Timed], side: &str, catalogue: &Catalogue) -> Document {
    let mut doc = doc.clone();
    for (n, (w, op, second)) in ops.iter().enumerate() {
        if let Op::Theme(theme) = op {
            doc.settings.theme = *theme;
            continue;
        }
        let len = doc.workspaces.len();
        let token = format!("{side}{n}");
        apply(
            &mut doc.workspaces[w % len],
            op,
            &time(*second),
            &token,
            catalogue,
        );
    }
    doc
}

/// The activities `ws` has progress for, then the shared ones.
fn activity(ws: &Workspace, i: usize) -> String {
    let pool: Vec<String> = (ws.activities.keys().cloned())
        .chain(ACTIVITIES.iter().map(|a| a.to_string()))
        .collect();
    pool[i % pool.len()].clone()
}

/// A verification point of activity `id`: its definition's, or one added to its progress.
fn point(ws: &Workspace, catalogue: &Catalogue, id: &str, i: usize) -> Option<String> {
    let defined =
        (catalogue.activity(id)).or_else(|| ws.custom_activities.iter().find(|a| a.id == id));
    let mut points: Vec<String> = defined
        .map(|a| a.verification_points.iter().map(|p| p.id.clone()).collect())
        .unwrap_or_default();
    let own = ws
        .activities
        .get(id)
        .into_iter()
        .flat_map(|p| &p.custom_points);
    points.extend(own.map(|v| v.id.clone()));
    nth(&points, i).map(|i| points[i].clone())
}

fn objective(ws: &Workspace, activity: &str, i: usize) -> Option<String> {
    let list = &ws.activities.get(activity)?.objectives;
    nth(list, i).map(|i| list[i].id.clone())
}

fn nth<T>(items: &[T], i: usize) -> Option<usize> {
    (!items.is_empty()).then(|| i % items.len())
}

/// Applies `op` to `ws` as the app would, at time `at`; new ids carry `token`.
pub fn apply(ws: &mut Workspace, op: &Op, at: &str, token: &str, catalogue: &Catalogue) {
    match op {
        Op::Status(a, status) => journey::set_status(ws, &activity(ws, *a), *status, at),
        Op::Owner(a, w) => journey::progress_mut(ws, &activity(ws, *a), at).owner = w.to_string(),
        Op::Notes(a, w) => {
            journey::progress_mut(ws, &activity(ws, *a), at)
                .scorecard
                .notes = w.to_string()
        }
        Op::Tick(a, p, met) => {
            let a = activity(ws, *a);
            if let Some(p) = point(ws, catalogue, &a, *p) {
                journey::set_point(ws, &a, &p, *met, "2031-01-01", at);
            }
        }
        Op::Evidence(a, p, w) => {
            let a = activity(ws, *a);
            if let Some(p) = point(ws, catalogue, &a, *p) {
                journey::set_evidence(ws, &a, &p, w, at);
            }
        }
        Op::AddObjective(a, w) => {
            journey::add_objective(ws, &activity(ws, *a), w, at, token);
        }
        Op::EditObjective(a, o, w) => {
            let a = activity(ws, *a);
            if let Some(id) = objective(ws, &a, *o) {
                if let Some(x) = journey::objective_mut(ws, &a, &id, at) {
                    x.text = w.to_string();
                }
            }
        }
        Op::ToggleObjective(a, o) => {
            let a = activity(ws, *a);
            if let Some(id) = objective(ws, &a, *o) {
                if let Some(x) = journey::objective_mut(ws, &a, &id, at) {
                    x.done = !x.done;
                }
            }
        }
        Op::RemoveObjective(a, o) => {
            let a = activity(ws, *a);
            if let Some(id) = objective(ws, &a, *o) {
                journey::remove_objective(ws, &a, &id, at);
            }
        }
        Op::MoveObjective(a, o, up) => {
            let a = activity(ws, *a);
            if let Some(id) = objective(ws, &a, *o) {
                journey::move_objective(ws, &a, &id, if *up { -1 } else { 1 }, at);
            }
        }
        Op::AddPoint(a, w) => {
            journey::add_custom_point(ws, &activity(ws, *a), &format!("Point {w}"), at, token);
        }
        Op::RemovePoint(a, p) => {
            let a = activity(ws, *a);
            let own = ws
                .activities
                .get(&a)
                .map(|x| x.custom_points.clone())
                .unwrap_or_default();
            if let Some(i) = nth(&own, *p) {
                journey::remove_custom_point(ws, &a, &own[i].id, at);
            }
        }
        Op::RemoveProgress(a) => {
            ws.activities.remove(&activity(ws, *a));
        }
        Op::AddActivity(w) => {
            journey::add_custom_activity(ws, "trust", &format!("Own {w}"), w, token);
        }
        Op::RenameActivity(i, w) => {
            if let Some(i) = nth(&ws.custom_activities, *i) {
                ws.custom_activities[i].title = format!("Own {w}");
            }
        }
        Op::RemoveActivity(i) => {
            if let Some(i) = nth(&ws.custom_activities, *i) {
                ws.custom_activities.remove(i);
            }
        }
        Op::StartIteration(w) => ws.iterations.push(Iteration {
            id: format!("it-{token}"),
            name: format!("Iteration {w}"),
            start: Some("2031-01-01".into()),
            end: None,
            snapshot: None,
        }),
        Op::CloseIteration(i) => {
            if let Some(i) = nth(&ws.iterations, *i) {
                ws.iterations[i].snapshot = Some(iteration::snapshot(catalogue, ws, at));
            }
        }
        Op::RenameIteration(i, w) => {
            if let Some(i) = nth(&ws.iterations, *i) {
                ws.iterations[i].name = format!("Iteration {w}");
            }
        }
        Op::RemoveIteration(i) => {
            if let Some(i) = nth(&ws.iterations, *i) {
                ws.iterations.remove(i);
            }
        }
        Op::RenameWorkspace(w) => {
            ws.name = format!("Team {w}");
            ws.updated_at = at.to_string();
        }
        Op::ToggleRole(role) => {
            let roles = &mut ws.profile.roles;
            match roles.iter().position(|r| r == role) {
                Some(i) => {
                    roles.remove(i);
                }
                None => roles.push(role.to_string()),
            }
        }
        Op::Theme(_) => {}
    }
}
