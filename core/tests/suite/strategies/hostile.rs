//! Hostile shapes for the importer (issue 22): ids used twice, deep nesting, lists at and over
//! their caps, texts at and over their limits. Each is put into the JSON value of an export of
//! any [`super::document`], at a workspace's place, so every part of a file can carry it.

// Every test crate compiles all strategies; only hostile_properties.rs uses these.
#![allow(dead_code)]

use ggi_core::limits;
use ggi_core::schema::Document;
use proptest::prelude::*;
use proptest::sample::{select, Index};
use serde_json::{json, Value};

// ---- ids used twice --------------------------------------------------------------------------

/// A list whose items have ids that must be unique.
#[derive(Clone, Copy, Debug)]
pub enum IdList {
    Workspaces,
    OwnActivities,
    Iterations,
    Objectives,
    /// An organisation's points of an activity, with the catalogue's points of that activity.
    CustomPoints,
}

/// Some lists, each with two items (chosen by the indices) to share one id.
pub fn duplicates() -> impl Strategy<Value = Vec<(IdList, Index, Index)>> {
    let list = select(vec![
        IdList::Workspaces,
        IdList::OwnActivities,
        IdList::Iterations,
        IdList::Objectives,
        IdList::CustomPoints,
    ]);
    proptest::collection::vec((list, any::<Index>(), any::<Index>()), 1..6)
}

/// Gives item `b` of `list` in the active workspace (or of the document's workspaces) the id of
/// item `a`, after adding items where the list has fewer than two.
pub fn duplicate(doc: &mut Document, list: IdList, a: Index, b: Index) {
    fn copy<T>(
        items: &mut Vec<T>,
        id: fn(&mut T) -> &mut String,
        make: impl Fn() -> T,
        a: Index,
        b: Index,
    ) {
        while items.len() < 2 {
            items.push(make());
        }
        let (a, b) = (a.index(items.len()), b.index(items.len()));
        let shared = id(&mut items[a]).clone();
        *id(&mut items[b]) = shared;
    }
    if let IdList::Workspaces = list {
        let first = doc.workspaces[0].clone();
        copy(&mut doc.workspaces, |w| &mut w.id, || first.clone(), a, b);
        // The active workspace may have been the one whose id changed.
        if doc.workspace(&doc.active_workspace).is_none() {
            doc.active_workspace = doc.workspaces[0].id.clone();
        }
        return;
    }
    let active = doc.active_workspace.clone();
    let Some(ws) = doc.workspaces.iter_mut().find(|w| w.id == active) else {
        return;
    };
    match list {
        IdList::Workspaces => {}
        IdList::OwnActivities => {
            let own = own_activity("ORG-dup");
            copy(
                &mut ws.custom_activities,
                |x| &mut x.id,
                || own.clone(),
                a,
                b,
            );
        }
        IdList::Iterations => {
            let it = ggi_core::iteration::Iteration {
                id: "it-dup".into(),
                name: "Q".into(),
                start: None,
                end: None,
                snapshot: None,
            };
            copy(&mut ws.iterations, |x| &mut x.id, || it.clone(), a, b);
        }
        IdList::Objectives => {
            let p = ggi_core::journey::progress_mut(ws, "GGI-A-21", "t");
            copy(&mut p.objectives, |x| &mut x.id, Default::default, a, b);
        }
        IdList::CustomPoints => {
            let catalogue_point = super::catalogue()
                .activity("GGI-A-21")
                .and_then(|x| x.verification_points.first())
                .map(|v| v.id.clone())
                .unwrap_or_default();
            let p = ggi_core::journey::progress_mut(ws, "GGI-A-21", "t");
            let point = ggi_core::catalogue::VerificationPoint {
                id: catalogue_point,
                text: "Ours".into(),
            };
            copy(&mut p.custom_points, |x| &mut x.id, || point.clone(), a, b);
        }
    }
}

fn own_activity(id: &str) -> ggi_core::catalogue::Activity {
    let value = own_activity_json(id);
    serde_json::from_value(value).unwrap_or_else(|e| panic!("{e}"))
}

fn own_activity_json(id: &str) -> Value {
    json!({"id": id, "title": "Ours", "goal": "usage", "roles": [], "description": "",
        "opportunity": "", "verification_points": [{"id": "done", "text": "In place"}]})
}

// ---- deep nesting ----------------------------------------------------------------------------

/// JSON text nested up to 300 deep (arrays, or objects of one key), around a leaf.
pub fn nested() -> impl Strategy<Value = (String, usize)> {
    (
        1usize..300,
        any::<bool>(),
        select(vec!["0", "\"x\"", "null", "[]", "{}"]),
    )
        .prop_map(|(depth, arrays, leaf)| {
            let (open, close) = if arrays { ("[", "]") } else { ("{\"a\":", "}") };
            let text = format!("{}{leaf}{}", open.repeat(depth), close.repeat(depth));
            (text, depth)
        })
}

/// A JSON pointer to a place of `value` that `picks` choose, going down while they last.
pub fn place(value: &Value, picks: &[Index]) -> String {
    let mut pointer = String::new();
    let mut at = value;
    for pick in picks {
        let (step, next) = match at {
            Value::Array(items) if !items.is_empty() => {
                let i = pick.index(items.len());
                (i.to_string(), &items[i])
            }
            Value::Object(map) if !map.is_empty() => match map.iter().nth(pick.index(map.len())) {
                Some((key, next)) => (key.replace('~', "~0").replace('/', "~1"), next),
                None => break,
            },
            _ => break,
        };
        pointer.push('/');
        pointer.push_str(&step);
        at = next;
    }
    pointer
}

// ---- lists at and over their caps ------------------------------------------------------------

/// GGI-A-21's progress in workspace value `ws`.
fn a21(ws: &mut Value) -> &mut Value {
    &mut ws["activities"]["GGI-A-21"]
}

/// A capped list, filled from a workspace (or, for workspaces, the document).
#[derive(Clone, Copy, Debug)]
pub enum CappedList {
    Workspaces,
    Progress,
    Objectives,
    Records,
    CustomPoints,
    OwnActivities,
    OwnPoints,
    OwnTools,
    Iterations,
    SnapshotActivities,
    ProfileRoles,
}

impl CappedList {
    pub const ALL: [CappedList; 11] = [
        CappedList::Workspaces,
        CappedList::Progress,
        CappedList::Objectives,
        CappedList::Records,
        CappedList::CustomPoints,
        CappedList::OwnActivities,
        CappedList::OwnPoints,
        CappedList::OwnTools,
        CappedList::Iterations,
        CappedList::SnapshotActivities,
        CappedList::ProfileRoles,
    ];

    /// Its cap, from `ggi_core::limits`.
    pub fn cap(self) -> usize {
        match self {
            CappedList::Workspaces => limits::WORKSPACES,
            CappedList::Progress | CappedList::SnapshotActivities => limits::ACTIVITIES,
            CappedList::Objectives => limits::OBJECTIVES,
            CappedList::Records => limits::VERIFICATION,
            CappedList::CustomPoints | CappedList::OwnPoints => limits::CUSTOM_POINTS,
            CappedList::OwnActivities => limits::CUSTOM_ACTIVITIES,
            CappedList::Iterations => limits::ITERATIONS,
            CappedList::OwnTools | CappedList::ProfileRoles => limits::OTHER_LIST,
        }
    }

    /// Where a refusal names it, in workspace `w` of an export.
    pub fn path(self, w: usize) -> String {
        let list = match self {
            CappedList::Workspaces => return "document.workspaces".into(),
            CappedList::Progress => "activities",
            CappedList::Objectives => "activities.GGI-A-21.objectives",
            CappedList::Records => "activities.GGI-A-21.verification",
            CappedList::CustomPoints => "activities.GGI-A-21.custom_points",
            CappedList::OwnActivities => "custom_activities",
            CappedList::OwnPoints => "custom_activities[0].verification_points",
            CappedList::OwnTools => "custom_activities[0].tools",
            CappedList::Iterations => "iterations",
            CappedList::SnapshotActivities => "iterations[0].snapshot.activities",
            CappedList::ProfileRoles => "profile.roles",
        };
        format!("document.workspaces[{w}].{list}")
    }

    /// Makes the list `count` items long in workspace `w` of `file` (an export's value); with
    /// `same`, every item that has an id gets the same one.
    pub fn fill(self, file: &mut Value, w: usize, count: usize, same: bool) {
        let id = |i: usize| {
            if same {
                "same".to_string()
            } else {
                format!("fuzz-{i}")
            }
        };
        let array = |item: &dyn Fn(usize) -> Value| Value::Array((0..count).map(item).collect());
        let object = |item: &dyn Fn(usize) -> Value| {
            Value::Object((0..count).map(|i| (format!("FUZZ-{i}"), item(i))).collect())
        };
        let document = &mut file["document"];
        if let CappedList::Workspaces = self {
            let first = document["workspaces"][0].clone();
            document["workspaces"] = array(&|i| {
                let mut ws = first.clone();
                ws["id"] = id(i).into();
                ws
            });
            document["active_workspace"] = id(0).into();
            return;
        }
        let ws = &mut document["workspaces"][w];
        match self {
            CappedList::Workspaces => {}
            CappedList::Progress => ws["activities"] = object(&|_| json!({})),
            CappedList::Objectives => a21(ws)["objectives"] = array(&|i| json!({"id": id(i)})),
            CappedList::Records => a21(ws)["verification"] = object(&|_| json!({})),
            CappedList::CustomPoints => {
                a21(ws)["custom_points"] = array(&|i| json!({"id": id(i), "text": ""}))
            }
            CappedList::OwnActivities => {
                ws["custom_activities"] = array(&|i| own_activity_json(&id(i)))
            }
            CappedList::OwnPoints | CappedList::OwnTools => {
                let mut own = own_activity_json("ORG-fuzz");
                if let CappedList::OwnPoints = self {
                    own["verification_points"] = array(&|i| json!({"id": id(i), "text": ""}));
                } else {
                    own["tools"] = array(&|_| "git".into());
                }
                ws["custom_activities"] = json!([own]);
            }
            CappedList::Iterations => {
                ws["iterations"] =
                    array(&|i| json!({"id": id(i), "name": "Q", "start": null, "end": null}))
            }
            CappedList::SnapshotActivities => {
                let entry = json!({"goal": "usage", "status": "done", "points_met": 1,
                    "points_total": 2, "objectives_done": 0, "objectives_total": 0});
                let snapshot = json!({"taken_at": "t", "activities": object(&|_| entry.clone())});
                ws["iterations"] = json!([{"id": "it", "name": "Q", "start": null,
                    "end": null, "snapshot": snapshot}]);
            }
            CappedList::ProfileRoles => ws["profile"]["roles"] = array(&|_| "developer".into()),
        }
    }
}

/// A capped list and a length of one under, at or one over its cap; with `same` ids or not.
pub fn capped_list() -> impl Strategy<Value = (CappedList, usize, bool)> {
    (select(CappedList::ALL.to_vec()), 0usize..3, any::<bool>())
        .prop_map(|(list, step, same)| (list, list.cap() - 1 + step, same))
}

// ---- texts at and over their limits ----------------------------------------------------------

/// A text a person writes, or an id, with its limit.
#[derive(Clone, Copy, Debug)]
pub enum LongText {
    WorkspaceName,
    Organisation,
    Owner,
    Notes,
    Evidence,
    ObjectiveText,
    ObjectiveId,
    IterationName,
    SnapshotTakenAt,
    OwnTitle,
    OwnDescription,
}

impl LongText {
    pub const ALL: [LongText; 11] = [
        LongText::WorkspaceName,
        LongText::Organisation,
        LongText::Owner,
        LongText::Notes,
        LongText::Evidence,
        LongText::ObjectiveText,
        LongText::ObjectiveId,
        LongText::IterationName,
        LongText::SnapshotTakenAt,
        LongText::OwnTitle,
        LongText::OwnDescription,
    ];

    pub fn limit(self) -> usize {
        match self {
            LongText::Notes
            | LongText::Evidence
            | LongText::ObjectiveText
            | LongText::OwnDescription => limits::TEXT,
            LongText::ObjectiveId => limits::ID,
            _ => limits::NAME,
        }
    }

    /// Where a refusal names it, in workspace `w` of an export.
    pub fn path(self, w: usize) -> String {
        let field = match self {
            LongText::WorkspaceName => "name",
            LongText::Organisation => "profile.organisation",
            LongText::Owner => "activities.GGI-A-21.owner",
            LongText::Notes => "activities.GGI-A-21.scorecard.notes",
            LongText::Evidence => "activities.GGI-A-21.verification.p.evidence",
            LongText::ObjectiveText => "activities.GGI-A-21.objectives[0].text",
            LongText::ObjectiveId => "activities.GGI-A-21.objectives[0].id",
            LongText::IterationName => "iterations[0].name",
            LongText::SnapshotTakenAt => "iterations[0].snapshot.taken_at",
            LongText::OwnTitle => "custom_activities[0].title",
            LongText::OwnDescription => "custom_activities[0].description",
        };
        format!("document.workspaces[{w}].{field}")
    }

    /// Puts `text` in its place in workspace `w` of `file` (an export's value).
    pub fn put(self, file: &mut Value, w: usize, text: &str) {
        let ws = &mut file["document"]["workspaces"][w];
        let iteration = |snapshot: Value| {
            json!([{"id": "it", "name": "Q", "start": null,
            "end": null, "snapshot": snapshot}])
        };
        match self {
            LongText::WorkspaceName => ws["name"] = text.into(),
            LongText::Organisation => ws["profile"]["organisation"] = text.into(),
            LongText::Owner => a21(ws)["owner"] = text.into(),
            LongText::Notes => a21(ws)["scorecard"]["notes"] = text.into(),
            LongText::Evidence => a21(ws)["verification"]["p"] = json!({"evidence": text}),
            LongText::ObjectiveText => a21(ws)["objectives"] = json!([{"id": "o", "text": text}]),
            LongText::ObjectiveId => a21(ws)["objectives"] = json!([{"id": text}]),
            LongText::IterationName => {
                ws["iterations"] = iteration(Value::Null);
                ws["iterations"][0]["name"] = text.into();
            }
            LongText::SnapshotTakenAt => {
                ws["iterations"] = iteration(json!({"taken_at": text, "activities": {}}))
            }
            LongText::OwnTitle | LongText::OwnDescription => {
                let mut own = own_activity_json("ORG-fuzz");
                let field = if let LongText::OwnTitle = self {
                    "title"
                } else {
                    "description"
                };
                own[field] = text.into();
                ws["custom_activities"] = json!([own]);
            }
        }
    }
}

/// A text field and a text one character under, at or one over its limit, of characters of
/// one to four bytes.
pub fn long_text() -> impl Strategy<Value = (LongText, String, bool)> {
    (
        select(LongText::ALL.to_vec()),
        0usize..3,
        select(vec!['x', 'é', '東', '😀']),
    )
        .prop_map(|(field, step, c)| {
            let n = field.limit() - 1 + step;
            (field, std::iter::repeat_n(c, n).collect(), step == 2)
        })
}
