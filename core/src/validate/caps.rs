//! How many items each list of a document may hold ([`crate::limits`]).
//!
//! Counted twice over the same walk: on the JSON value of an import file, before it is read into
//! types (so millions of `{}` are refused before they become millions of structs, and before
//! any id is repaired), and on a typed document (one made in memory, as the board import's).
//! A value that is not a list counts as empty: the shape check that follows names it.

use crate::limits::{
    ACTIVITIES, CUSTOM_ACTIVITIES, CUSTOM_POINTS, ITEMS, ITERATIONS, OBJECTIVES, OTHER_LIST,
    VERIFICATION, WORKSPACES,
};
use crate::schema::Document;
use serde_json::Value;

/// A list, or all of them together, holds more items than the app accepts. The message leaves
/// the place to [`TooMany::path`], as the other checks' messages do.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TooMany {
    /// The list at `path` (`workspaces[0].activities.GGI-A-17.objectives`).
    #[error("{count} items; this list may hold at most {max}")]
    List {
        path: String,
        count: usize,
        max: usize,
    },
    /// All lists together ([`ITEMS`]).
    #[error("more than {max} items in all lists; a file may hold at most {max}")]
    Total { max: usize },
}

impl TooMany {
    /// Where: the list, or `workspaces` (where all lists are) for the total.
    pub fn path(&self) -> &str {
        match self {
            TooMany::List { path, .. } => path,
            TooMany::Total { .. } => "workspaces",
        }
    }
}

/// Counts lists and their sum; each path is written only for a refusal.
#[derive(Default)]
struct Counter {
    total: usize,
}

impl Counter {
    fn list(
        &mut self,
        count: usize,
        max: usize,
        path: impl FnOnce() -> String,
    ) -> Result<(), TooMany> {
        if count > max {
            return Err(TooMany::List {
                path: path(),
                count,
                max,
            });
        }
        self.total = self.total.saturating_add(count);
        if self.total > ITEMS {
            return Err(TooMany::Total { max: ITEMS });
        }
        Ok(())
    }
}

/// Checks the lists of a document's JSON value (in the current schema).
pub fn value(doc: &Value) -> Result<(), TooMany> {
    let mut c = Counter::default();
    let workspaces = items(doc, "workspaces");
    c.list(workspaces.len(), WORKSPACES, || "workspaces".into())?;
    for (w, ws) in workspaces.iter().enumerate() {
        let at = |list: &str| format!("workspaces[{w}].{list}");
        for list in ["roles", "goals"] {
            let profile = &ws["profile"];
            c.list(count(profile, list), OTHER_LIST, || {
                at(&format!("profile.{list}"))
            })?;
        }
        c.list(count(ws, "activities"), ACTIVITIES, || at("activities"))?;
        let activities = ws.get("activities").and_then(Value::as_object);
        for (id, p) in activities.into_iter().flatten() {
            let at = |list: &str| at(&format!("activities.{}.{list}", super::brief(id)));
            c.list(count(p, "objectives"), OBJECTIVES, || at("objectives"))?;
            c.list(count(p, "verification"), VERIFICATION, || {
                at("verification")
            })?;
            c.list(count(p, "custom_points"), CUSTOM_POINTS, || {
                at("custom_points")
            })?;
        }
        let own = items(ws, "custom_activities");
        c.list(own.len(), CUSTOM_ACTIVITIES, || at("custom_activities"))?;
        for (i, a) in own.iter().enumerate() {
            let at = |list: &str| at(&format!("custom_activities[{i}].{list}"));
            let points = count(a, "verification_points");
            c.list(points, CUSTOM_POINTS, || at("verification_points"))?;
            for list in OWN_LISTS {
                c.list(count(a, list), OTHER_LIST, || at(list))?;
            }
        }
        let iterations = items(ws, "iterations");
        c.list(iterations.len(), ITERATIONS, || at("iterations"))?;
        for (i, it) in iterations.iter().enumerate() {
            let snapshot = count(&it["snapshot"], "activities");
            let at = || at(&format!("iterations[{i}].snapshot.activities"));
            c.list(snapshot, ACTIVITIES, at)?;
        }
    }
    Ok(())
}

/// Checks the lists of a typed document: the same caps as [`value`].
pub fn document(doc: &Document) -> Result<(), TooMany> {
    let mut c = Counter::default();
    c.list(doc.workspaces.len(), WORKSPACES, || "workspaces".into())?;
    for (w, ws) in doc.workspaces.iter().enumerate() {
        let at = |list: &str| format!("workspaces[{w}].{list}");
        let profile = [("roles", &ws.profile.roles), ("goals", &ws.profile.goals)];
        for (list, ids) in profile {
            c.list(ids.len(), OTHER_LIST, || at(&format!("profile.{list}")))?;
        }
        c.list(ws.activities.len(), ACTIVITIES, || at("activities"))?;
        for (id, p) in &ws.activities {
            let at = |list: &str| at(&format!("activities.{}.{list}", super::brief(id)));
            c.list(p.objectives.len(), OBJECTIVES, || at("objectives"))?;
            c.list(p.verification.len(), VERIFICATION, || at("verification"))?;
            c.list(p.custom_points.len(), CUSTOM_POINTS, || at("custom_points"))?;
        }
        let own = &ws.custom_activities;
        c.list(own.len(), CUSTOM_ACTIVITIES, || at("custom_activities"))?;
        for (i, a) in own.iter().enumerate() {
            let at = |list: &str| at(&format!("custom_activities[{i}].{list}"));
            let points = a.verification_points.len();
            c.list(points, CUSTOM_POINTS, || at("verification_points"))?;
            let lists = [
                a.roles.len(),
                a.tools.len(),
                a.recommendations.len(),
                a.resources.len(),
                a.next.len(),
            ];
            for (list, count) in OWN_LISTS.into_iter().zip(lists) {
                c.list(count, OTHER_LIST, || at(list))?;
            }
        }
        c.list(ws.iterations.len(), ITERATIONS, || at("iterations"))?;
        for (i, it) in ws.iterations.iter().enumerate() {
            let snapshot = it.snapshot.as_ref().map_or(0, |s| s.activities.len());
            let at = || at(&format!("iterations[{i}].snapshot.activities"));
            c.list(snapshot, ACTIVITIES, at)?;
        }
    }
    Ok(())
}

/// An own activity's lists other than its verification points, in the order of its fields.
const OWN_LISTS: [&str; 5] = ["roles", "tools", "recommendations", "resources", "next"];

/// The items of the array `value[key]`; none if it is not an array.
fn items<'a>(value: &'a Value, key: &str) -> &'a [Value] {
    value
        .get(key)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// The number of items of the array or entries of the object `value[key]`.
fn count(value: &Value, key: &str) -> usize {
    match value.get(key) {
        Some(Value::Array(items)) => items.len(),
        Some(Value::Object(map)) => map.len(),
        _ => 0,
    }
}
