//! Lists of items with ids, merged item by item.

use super::order;
use super::walk::Walk;
use crate::sync::path::id_of;
use crate::sync::{ConflictKind, Step};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashSet};

/// Whether three versions of a list are lists of items: every element an object with a text
/// `id` (objectives, iterations…) or every element a plain id (a profile's roles), each id
/// once per version. Other lists (a custom activity's resources) are single values.
pub(super) fn keyed(b: &[Value], l: &[Value], r: &[Value]) -> bool {
    let versions = [b, l, r];
    let all = |test: fn(&Value) -> bool| versions.iter().all(|xs| xs.iter().all(test));
    let objects = all(|x| x.get("id").is_some_and(Value::is_string));
    let strings = all(Value::is_string);
    let unique = |xs: &[Value]| {
        let mut seen = HashSet::new();
        xs.iter()
            .all(|x| id_of(x).is_some_and(|id| seen.insert(id)))
    };
    (objects || strings) && versions.iter().all(|xs| unique(xs))
}

impl Walk<'_> {
    /// Merges a list of items (see [`keyed`]): membership and content item by item, then the
    /// order ([`order::arrange`]).
    pub(super) fn list(&mut self, b: &[Value], l: &[Value], r: &[Value]) -> Vec<Value> {
        fn index(xs: &[Value]) -> BTreeMap<&str, &Value> {
            xs.iter().filter_map(|x| Some((id_of(x)?, x))).collect()
        }
        fn ids(xs: &[Value]) -> Vec<&str> {
            xs.iter().filter_map(id_of).collect()
        }
        let (bi, li, ri) = (index(b), index(l), index(r));
        let all: BTreeSet<&str> = bi
            .keys()
            .chain(li.keys())
            .chain(ri.keys())
            .copied()
            .collect();
        let mut items = BTreeMap::new();
        for id in &all {
            self.path.push(Step::Id(id.to_string()));
            let (bv, lv, rv) = (
                bi.get(id).copied(),
                li.get(id).copied(),
                ri.get(id).copied(),
            );
            if let Some(v) = self.member(bv, lv, rv) {
                items.insert(*id, v);
            }
            self.path.pop();
        }
        let unchanged: BTreeSet<&str> = all
            .iter()
            .copied()
            .filter(|id| match (bi.get(id), li.get(id), ri.get(id)) {
                (Some(bv), Some(lv), Some(rv)) => bv == lv && lv == rv,
                _ => false,
            })
            .collect();
        let kept: BTreeSet<&str> = items.keys().copied().collect();
        let arranged = order::arrange(&ids(b), &ids(l), &ids(r), &kept, &unchanged, self.later());
        if let Some((local, remote, applied)) = arranged.conflict {
            self.record(ConflictKind::Reordered {
                local,
                remote,
                applied,
            });
        }
        arranged
            .ids
            .iter()
            .filter_map(|id| items.remove(id))
            .collect()
    }
}
