//! The values the app starts records from, so that records both sides created (progress on an
//! activity nobody had touched, a point's record) conflict only where both filled them in
//! differently.

use crate::progress::{ActivityProgress, Objective, PointCheck};
use crate::sync::Step;
use serde::Serialize;
use serde_json::Value;

/// The starting value of the item at `path`, if it is a kind of record the app creates with
/// defaults.
pub(super) fn of(path: &[Step]) -> Option<Value> {
    let key = |step: &Step, name: &str| matches!(step, Step::Key(k) if k == name);
    match path {
        [w, Step::Id(_), a, Step::Key(_)] if key(w, "workspaces") && key(a, "activities") => {
            Some(value(&ActivityProgress::default()))
        }
        [w, Step::Id(_), a, Step::Key(_), list, item]
            if key(w, "workspaces") && key(a, "activities") =>
        {
            match item {
                Step::Key(_) if key(list, "verification") => Some(value(&PointCheck::default())),
                Step::Id(_) if key(list, "objectives") => Some(value(&Objective::default())),
                _ => None,
            }
        }
        _ => None,
    }
}

fn value(item: &impl Serialize) -> Value {
    serde_json::from_str(&crate::json::to_compact(item)).unwrap_or(Value::Null)
}
