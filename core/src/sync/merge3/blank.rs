//! The values the app starts records from, so that records both sides created (progress on an
//! activity nobody had touched, a point's record) conflict only where both filled them in
//! differently.

use crate::progress::{ActivityProgress, Objective, PointCheck};
use crate::sync::Step;
use serde::Serialize;
use serde_json::Value;

/// What the value at `path`, which both sides added as `l` and `r`, is compared with.
pub(super) fn of(path: &[Step], l: &Value, r: &Value) -> Value {
    typed(path).unwrap_or_else(|| untyped(l, r))
}

/// The starting value of the item at `path`, if it is a kind of record the app creates with
/// defaults.
fn typed(path: &[Step]) -> Option<Value> {
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

/// What a value both sides added is compared with when its type has no starting value
/// ([`typed`]): an empty value on one side counts as not filled in there, so the
/// other side's holds with no conflict.
pub(super) fn untyped(l: &Value, r: &Value) -> Value {
    match (is_empty(l), is_empty(r)) {
        (true, false) => l.clone(),
        (false, true) => r.clone(),
        _ => Value::Null,
    }
}

fn is_empty(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::Bool(b) => !b,
        Value::Number(n) => n.as_f64() == Some(0.0),
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
    }
}
