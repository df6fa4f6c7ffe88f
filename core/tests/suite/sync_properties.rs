//! Property tests of the three-way merge of the sync (issue 24): for a base document and two
//! sides edited from it (tests/sync_edits), or three unrelated documents, the merge gives one
//! side when the other did nothing, the same document whichever side syncs first, nothing new
//! when merged again with either side, keeps every edit of both sides or names it in a
//! conflict with both values, and always imports as it exports. The number of cases comes from
//! `PROPTEST_CASES` (proptest's default, 256, when unset; `scripts/fuzz` sets more).

use crate::strategies;
use crate::sync_edits;

use ggi_core::schema::Document;
use ggi_core::sync::{merge3, ConflictKind, Merged, Path, Side, Step};
use ggi_core::{export, import, journey};
use proptest::prelude::*;
use serde_json::Value;
use std::collections::BTreeMap;
use strategies::{catalogue, document};
use sync_edits::{edited, ops, time, Op};

/// A base and two people's versions of it.
fn related() -> impl Strategy<Value = (Document, Document, Document)> {
    (document().boxed(), ops(), ops()).prop_map(|(base, x, y)| {
        let a = edited(&base, &x, "a", catalogue());
        let b = edited(&base, &y, "b", catalogue());
        (base, a, b)
    })
}

/// `doc` with its workspaces' ids `ws-0`, `ws-1`…, so that unrelated documents meet.
fn aligned(mut doc: Document) -> Document {
    let active = doc
        .workspaces
        .iter()
        .position(|w| w.id == doc.active_workspace);
    for (i, ws) in doc.workspaces.iter_mut().enumerate() {
        ws.id = format!("ws-{i}");
    }
    doc.active_workspace = format!("ws-{}", active.unwrap_or(0));
    doc
}

/// Three unrelated documents whose workspaces share ids.
fn unrelated() -> impl Strategy<Value = (Document, Document, Document)> {
    let doc = || document().boxed();
    (doc(), doc(), doc()).prop_map(|(x, y, z)| (aligned(x), aligned(y), aligned(z)))
}

/// A base with six objectives on one activity, and two sides that move, edit, remove and add
/// objectives there, all at the same instant (so no side's time decides an order).
fn one_list() -> impl Strategy<Value = (Document, Document, Document)> {
    let i = || 0usize..6;
    let op = prop_oneof![
        3 => (i(), any::<bool>()).prop_map(|(o, up)| Op::MoveObjective(0, o, up)),
        2 => (i(), Just("edited")).prop_map(|(o, w)| Op::EditObjective(0, o, w)),
        1 => i().prop_map(|o| Op::RemoveObjective(0, o)),
        1 => Just(Op::AddObjective(0, "new")),
    ];
    let side = move || proptest::collection::vec(op.clone().prop_map(|op| (0, op, 0)), 0..8);
    (side(), side()).prop_map(|(x, y)| {
        let mut base = Document::new(catalogue(), &time(0));
        for n in 0..6 {
            let ws = &mut base.workspaces[0];
            journey::add_objective(
                ws,
                "GGI-A-21",
                &format!("Objective {n}"),
                &time(0),
                &n.to_string(),
            );
        }
        let a = edited(&base, &x, "a", catalogue());
        let b = edited(&base, &y, "b", catalogue());
        (base, a, b)
    })
}

fn triple() -> BoxedStrategy<(Document, Document, Document)> {
    prop_oneof![4 => related(), 1 => unrelated()].boxed()
}

fn merged(base: &Document, l: &Document, r: &Document) -> Result<Merged, TestCaseError> {
    merge3(base, l, r).map_err(|e| TestCaseError::fail(e.to_string()))
}

fn json(doc: &Document) -> Value {
    serde_json::to_value(doc).unwrap_or(Value::Null)
}

proptest! {
    #[test]
    fn a_side_that_changed_nothing_gives_the_other_side((base, a, b) in triple()) {
        prop_assert_eq!(merged(&base, &a, &base)?, Merged { document: a.clone(), conflicts: vec![] });
        prop_assert_eq!(merged(&base, &base, &b)?, Merged { document: b.clone(), conflicts: vec![] });
        prop_assert_eq!(merged(&base, &a, &a)?.document, a);
    }

    #[test]
    fn the_result_is_the_same_whichever_side_syncs_first((base, a, b) in triple()) {
        let (ab, ba) = (merged(&base, &a, &b)?, merged(&base, &b, &a)?);
        prop_assert_eq!(&ab.document, &ba.document);
        let swapped: Vec<_> = ba.conflicts.iter().map(|c| c.swapped()).collect();
        prop_assert_eq!(ab.conflicts, swapped);
    }

    #[test]
    fn merging_the_result_again_with_either_side_changes_nothing((base, a, b) in triple()) {
        let m = merged(&base, &a, &b)?.document;
        for side in [&a, &b, &m] {
            prop_assert_eq!(&merged(&base, &m, side)?.document, &m);
            prop_assert_eq!(&merged(&base, side, &m)?.document, &m);
        }
    }

    #[test]
    fn one_list_changed_on_both_sides_at_once_merges_either_way_and_settles((base, a, b) in one_list()) {
        let m = merged(&base, &a, &b)?.document;
        prop_assert_eq!(&merged(&base, &b, &a)?.document, &m);
        for side in [&a, &b] {
            prop_assert_eq!(&merged(&base, &m, side)?.document, &m);
        }
    }

    #[test]
    fn every_edit_of_either_side_is_kept_or_named_with_both_values((base, a, b) in related()) {
        let m = merged(&base, &a, &b)?;
        let (bv, av, rv, mv) = (json(&base), json(&a), json(&b), json(&m.document));
        for c in &m.conflicts {
            let (at_a, at_b, at_m) = (c.path.find(&av), c.path.find(&rv), c.path.find(&mv));
            match &c.kind {
                ConflictKind::Changed { local, remote, applied } => {
                    prop_assert_eq!((at_a, at_b), (Some(local), Some(remote)), "{}", c.path);
                    let kept = if *applied == Side::Local { local } else { remote };
                    prop_assert_eq!(at_m, Some(kept), "{}", c.path);
                }
                ConflictKind::EditedAndDeleted { deleted_on } => {
                    let (gone, kept) = if *deleted_on == Side::Local { (at_a, at_b) } else { (at_b, at_a) };
                    prop_assert!(gone.is_none() && kept.is_some() && at_m == kept, "{}", c.path);
                }
                ConflictKind::Reordered { .. } => prop_assert!(at_m.is_some_and(Value::is_array)),
            }
        }
        let named = |p: &Path| m.conflicts.iter().any(|c| p.starts_with(&c.path));
        let (base_leaves, merged_leaves) = (leaves(&bv), leaves(&mv));
        for (name, side) in [("a", &av), ("b", &rv)] {
            let side_leaves = leaves(side);
            for (p, v) in &side_leaves {
                let edited = match base_leaves.get(p) {
                    Some(was) => was != v,
                    None => started(p).as_ref() != Some(v),
                };
                prop_assert!(!edited || merged_leaves.get(p) == Some(v) || named(p), "{name} set {p} to {v}; merged: {:?}", merged_leaves.get(p));
            }
            for p in base_leaves.keys().filter(|p| !side_leaves.contains_key(*p)) {
                prop_assert!(!merged_leaves.contains_key(p) || named(p), "{name} deleted {p}");
            }
        }
    }

    #[test]
    fn the_result_passes_the_importer_and_reads_back_as_exported((base, a, b) in triple()) {
        for doc in [&a, &b, &merged(&base, &a, &b)?.document] {
            let text = export::to_json(&export::export(doc, None, "2031-01-02T00:00:00Z"));
            let imported = import::read(&text, catalogue()).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(&imported.document, doc);
        }
    }
}

/// The value at `p` in the record the app starts when it creates the one `p` is in (the
/// innermost of an activity's progress, a point's record, an objective): where the base has
/// no such record and both sides made one, the merge compares each side with this.
fn started(p: &Path) -> Option<Value> {
    use ggi_core::progress::{ActivityProgress, Objective, PointCheck};
    let key = |s: &Step, name: &str| matches!(s, Step::Key(k) if k == name);
    let (record, rest) = match p.0.as_slice() {
        [w, Step::Id(_), a, Step::Key(_), list, item, rest @ ..]
            if key(w, "workspaces")
                && key(a, "activities")
                && key(list, "verification")
                && matches!(item, Step::Key(_)) =>
        {
            (serde_json::to_value(PointCheck::default()), rest)
        }
        [w, Step::Id(_), a, Step::Key(_), list, Step::Id(_), rest @ ..]
            if key(w, "workspaces") && key(a, "activities") && key(list, "objectives") =>
        {
            (serde_json::to_value(Objective::default()), rest)
        }
        [w, Step::Id(_), a, Step::Key(_), rest @ ..]
            if key(w, "workspaces") && key(a, "activities") =>
        {
            (serde_json::to_value(ActivityProgress::default()), rest)
        }
        _ => return None,
    };
    Path(rest.to_vec()).find(&record.ok()?).cloned()
}

/// Every value of a document by its path, lists of items by id (as the merge sees them); the
/// bookkeeping the merge settles on its own is left out.
fn leaves(doc: &Value) -> BTreeMap<Path, Value> {
    let mut out = BTreeMap::new();
    walk(doc, &mut Vec::new(), &mut out);
    out
}

/// Adds the leaves of `v`, which is at `path`, to `out`.
fn walk(v: &Value, path: &mut Vec<Step>, out: &mut BTreeMap<Path, Value>) {
    let id = |x: &Value| x.get("id").and_then(Value::as_str).map(str::to_string);
    let unique = |ids: &[Option<String>]| {
        let mut seen = std::collections::HashSet::new();
        ids.iter()
            .all(|i| i.as_ref().is_some_and(|i| seen.insert(i.clone())))
    };
    match v {
        Value::Object(map) => {
            for (k, x) in map {
                if ["updated_at", "saved_at", "revision", "app_version"].contains(&k.as_str()) {
                    continue;
                }
                path.push(Step::Key(k.clone()));
                walk(x, path, out);
                path.pop();
            }
        }
        Value::Array(items) if items.is_empty() => {}
        Value::Array(items) if unique(&items.iter().map(id).collect::<Vec<_>>()) => {
            for x in items {
                path.push(Step::Id(id(x).unwrap_or_default()));
                walk(x, path, out);
                path.pop();
            }
        }
        Value::Array(items)
            if unique(
                &items
                    .iter()
                    .map(|x| x.as_str().map(str::to_string))
                    .collect::<Vec<_>>(),
            ) =>
        {
            for x in items {
                path.push(Step::Id(x.as_str().unwrap_or_default().to_string()));
                out.insert(Path(path.clone()), Value::Bool(true));
                path.pop();
            }
        }
        leaf => {
            out.insert(Path(path.clone()), leaf.clone());
        }
    }
}
