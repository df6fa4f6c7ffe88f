//! The walk over three versions of one JSON value.

use crate::sync::{Conflict, ConflictKind, Path, Side, Step};
use serde_json::{Map, Value};
use std::cmp::Ordering;
use std::collections::BTreeSet;

/// Members that date their record: a conflict inside goes to the side changed later.
const DATED_BY: [&str; 3] = ["updated_at", "saved_at", "taken_at"];
/// Records frozen at one moment (a closed iteration's snapshot): two different ones conflict
/// as a whole, so no merge mixes the counts of two moments.
const FROZEN: [&str; 1] = ["snapshot"];
/// Bookkeeping members: changed on both sides, the greater value holds and nobody is asked.
const BOOKKEEPING: [&str; 4] = ["updated_at", "saved_at", "revision", "app_version"];

pub(super) struct Walk<'c> {
    pub(super) path: Vec<Step>,
    /// When the enclosing record changed on each side (local, remote).
    pub(super) at: [String; 2],
    conflicts: &'c mut Vec<Conflict>,
}

impl<'c> Walk<'c> {
    pub(super) fn new(conflicts: &'c mut Vec<Conflict>) -> Self {
        Walk {
            path: Vec::new(),
            at: Default::default(),
            conflicts,
        }
    }

    /// Merges one value changed from `b` to `l` on one side and to `r` on the other.
    pub(super) fn value(&mut self, b: &Value, l: &Value, r: &Value) -> Value {
        if l == r || r == b {
            return l.clone();
        }
        if l == b {
            return r.clone();
        }
        match (l, r) {
            (Value::Object(lo), Value::Object(ro)) => Value::Object(self.object(b, lo, ro)),
            (Value::Array(la), Value::Array(ra)) => {
                let ba = b.as_array().map(Vec::as_slice).unwrap_or_default();
                if super::list::keyed(ba, la, ra) {
                    Value::Array(self.list(ba, la, ra))
                } else {
                    self.leaf(l, r)
                }
            }
            _ => self.leaf(l, r),
        }
    }

    fn object(
        &mut self,
        b: &Value,
        l: &Map<String, Value>,
        r: &Map<String, Value>,
    ) -> Map<String, Value> {
        let outer = self.at.clone();
        self.date(l, r);
        let empty = Map::new();
        let b = b.as_object().unwrap_or(&empty);
        let keys: BTreeSet<&String> = b.keys().chain(l.keys()).chain(r.keys()).collect();
        let mut out = Map::new();
        for key in keys {
            let (bv, lv, rv) = (b.get(key), l.get(key), r.get(key));
            let merged = match (lv, rv) {
                (Some(lv), Some(rv)) if lv != rv && BOOKKEEPING.contains(&key.as_str()) => {
                    Some(greater(lv, rv).clone())
                }
                (Some(lv), Some(rv)) if FROZEN.contains(&key.as_str()) => {
                    let b = bv.cloned().unwrap_or_else(|| super::blank::untyped(lv, rv));
                    let outer = self.at.clone();
                    // Dated by its own time (when it was taken), if both are records.
                    if let (Some(lo), Some(ro)) = (lv.as_object(), rv.as_object()) {
                        self.date(lo, ro);
                    }
                    self.path.push(Step::Key(key.clone()));
                    let merged = self.whole(&b, lv, rv);
                    self.path.pop();
                    self.at = outer;
                    Some(merged)
                }
                _ => {
                    self.path.push(Step::Key(key.clone()));
                    let merged = self.member(bv, lv, rv);
                    self.path.pop();
                    merged
                }
            };
            if let Some(v) = merged {
                out.insert(key.clone(), v);
            }
        }
        self.at = outer;
        out
    }

    /// Dates what is inside `l` and `r` by their own time, if they have one.
    fn date(&mut self, l: &Map<String, Value>, r: &Map<String, Value>) {
        let field = DATED_BY
            .iter()
            .find(|f| l.contains_key(**f) || r.contains_key(**f));
        if let Some(field) = field {
            let stamp = |m: &Map<String, Value>| {
                let at = m.get(*field).and_then(Value::as_str);
                at.unwrap_or_default().to_string()
            };
            self.at = [stamp(l), stamp(r)];
        }
    }

    /// A member of an object or an item of a list, present on some of the three versions.
    pub(super) fn member(
        &mut self,
        b: Option<&Value>,
        l: Option<&Value>,
        r: Option<&Value>,
    ) -> Option<Value> {
        match (b, l, r) {
            (Some(b), Some(l), Some(r)) => Some(self.value(b, l, r)),
            (None, Some(l), Some(r)) => {
                let blank = super::blank::of(&self.path, l, r);
                Some(self.value(&blank, l, r))
            }
            (Some(b), Some(l), None) => self.kept(b, l, Side::Remote),
            (Some(b), None, Some(r)) => self.kept(b, r, Side::Local),
            (None, Some(added), None) | (None, None, Some(added)) => Some(added.clone()),
            (_, None, None) => None,
        }
    }

    /// An item deleted on one side: gone if the other side left it as it was, else kept.
    fn kept(&mut self, b: &Value, edited: &Value, deleted_on: Side) -> Option<Value> {
        if b == edited {
            return None;
        }
        self.record(ConflictKind::EditedAndDeleted { deleted_on });
        Some(edited.clone())
    }

    /// Merges a value as one piece: changed differently on both sides, it is a conflict.
    fn whole(&mut self, b: &Value, l: &Value, r: &Value) -> Value {
        if l == r || r == b {
            l.clone()
        } else if l == b {
            r.clone()
        } else {
            self.leaf(l, r)
        }
    }

    fn leaf(&mut self, l: &Value, r: &Value) -> Value {
        let applied = self.pick(l, r);
        self.record(ConflictKind::Changed {
            local: l.clone(),
            remote: r.clone(),
            applied,
        });
        match applied {
            Side::Local => l.clone(),
            Side::Remote => r.clone(),
        }
    }

    /// The side whose value holds: the one whose record changed later, else the greater value.
    /// A total order, so merging the result again with either side picks the same value.
    fn pick(&self, l: &Value, r: &Value) -> Side {
        let (lk, rk) = ((&self.at[0], l.to_string()), (&self.at[1], r.to_string()));
        if lk > rk {
            Side::Local
        } else {
            Side::Remote
        }
    }

    /// Which side's record changed later, if either.
    pub(super) fn later(&self) -> Option<Side> {
        match self.at[0].cmp(&self.at[1]) {
            Ordering::Greater => Some(Side::Local),
            Ordering::Less => Some(Side::Remote),
            Ordering::Equal => None,
        }
    }

    pub(super) fn record(&mut self, kind: ConflictKind) {
        let path = Path(self.path.clone());
        self.conflicts.push(Conflict {
            path,
            kind,
            by: None,
        });
    }
}

/// The greater of two bookkeeping values: numbers by value, texts in order, anything over null.
fn greater<'v>(l: &'v Value, r: &'v Value) -> &'v Value {
    let order = match (l, r) {
        (Value::Null, _) => Ordering::Less,
        (_, Value::Null) => Ordering::Greater,
        (Value::Number(a), Value::Number(b)) => match (a.as_u64(), b.as_u64()) {
            (Some(a), Some(b)) => a.cmp(&b),
            _ => l.to_string().cmp(&r.to_string()),
        },
        (Value::String(a), Value::String(b)) => a.cmp(b),
        _ => l.to_string().cmp(&r.to_string()),
    };
    if order == Ordering::Greater {
        l
    } else {
        r
    }
}
