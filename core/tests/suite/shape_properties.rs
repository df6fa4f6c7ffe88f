//! `json::shape` names the place of a shape error exactly as serde_path_to_error did (the crate
//! is kept here, as a native dev-dependency, only as the reference): same path, same message,
//! for documents and export envelopes broken in every way a file can be.

// proptest and serde_path_to_error are native dev-dependencies only.

use crate::common;
use crate::strategies;

use ggi_core::export::{self, ExportFile};
use ggi_core::json::{shape, ShapeError};
use ggi_core::schema::Document;
use proptest::prelude::*;
use proptest::sample::{select, Index};
use serde::de::{DeserializeOwned, IgnoredAny};
use serde_json::{json, Value};
use std::fmt::Debug;
use strategies::{catalogue, document};

/// The reference: what `shape` returned when it read through serde_path_to_error.
fn by_path_to_error<T: DeserializeOwned>(value: Value) -> Result<T, ShapeError> {
    serde_path_to_error::deserialize(value).map_err(|e| ShapeError {
        path: e.path().to_string(),
        message: e.inner().to_string(),
    })
}

fn same<T: DeserializeOwned + PartialEq + Debug>(value: &Value) -> Result<(), TestCaseError> {
    let expected = by_path_to_error::<T>(value.clone());
    let actual = shape::<T>(value);
    prop_assert_eq!(actual, expected, "{}", value);
    Ok(())
}

/// Both readers give the same result for the document and for it wrapped in an export file.
fn same_both_ways(value: &Value) -> Result<(), TestCaseError> {
    same::<Document>(value)?;
    same::<ExportFile<IgnoredAny>>(&envelope(value.clone()))?;
    same::<ExportFile<Document>>(&envelope(value.clone()))
}

fn envelope(document: Value) -> Value {
    json!({"format": "ggi-journey-export", "schema_version": 1, "app_version": "0",
        "exported_at": "x", "attribution": "", "document": document})
}

fn document_value(doc: &Document) -> Value {
    serde_json::to_value(doc).unwrap_or(Value::Null)
}

// ---- ways to break a document ----------------------------------------------------------------

/// Keys that need care when a path is printed or a key is found in text again.
fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => select(vec![
            "a.b", "a[0]", "[1]", "]", "{", "}", ":", ",", "é ✓ \u{1F600}", "quote\"d",
            "back\\slash", "new\nline", "tab\t", "\u{1}", "\u{7f}", "", ".", "GGI-A-17",
            "status", "planned", "name", "bogus", "document", "u\u{2028}",
        ])
        .prop_map(str::to_owned),
        1 => any::<String>().prop_map(|s| s.chars().take(12).collect()),
    ]
}

/// Values that are wrong in some place of the shape: wrong types, numbers out of range, unknown
/// or malformed enum variants, structs written as arrays.
fn breakage() -> impl Strategy<Value = Value> {
    let targeted = select(vec![
        json!(5),
        json!(0),
        json!(-1),
        json!(1.5),
        json!(-0.0),
        json!(1e300),
        json!(300),
        json!(5_000_000_000u64),
        json!(u64::MAX),
        json!(i64::MIN),
        json!("x"),
        json!(""),
        json!("2027-13-45"),
        json!("planned"),
        json!("finished"),
        json!("fr"),
        json!("dark"),
        json!(true),
        json!(false),
        json!(null),
        json!([]),
        json!([1]),
        json!([null, "a"]),
        json!(["ggi", "1.3"]),
        json!(["ggi", "1.3", "extra"]),
        json!(["ggi"]),
        json!([[]]),
        json!({}),
        json!({"planned": null}),
        json!({"planned": 1}),
        json!({"planned": null, "x": 1}),
        json!({"planned": 1, "x": 1}),
        json!({"planned": [1]}),
        json!({"planned": {}}),
        json!({"planned": "s"}),
        json!({"bogus": null}),
        json!({"bogus": 1, "x": 2}),
        json!({"a": null, "planned": null}),
        json!({"id": "ggi", "version": "1.3"}),
        json!({"id": "ggi"}),
        json!({"met": "yes"}),
    ]);
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        key().prop_map(Value::String),
    ];
    let arbitrary = leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            proptest::collection::btree_map(key(), inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    });
    prop_oneof![3 => targeted, 1 => arbitrary]
}

#[derive(Clone, Debug)]
enum Break {
    /// The value at a place becomes another.
    Replace(Index, Value),
    /// A key (or an array item) disappears.
    Remove(Index),
    /// An object gains a key.
    Add(Index, String, Value),
    /// One of an object's keys is renamed (so that later breaks sit under a tricky key).
    Rename(Index, Index, String),
}

fn a_break() -> impl Strategy<Value = Break> {
    prop_oneof![
        4 => (any::<Index>(), breakage()).prop_map(|(at, v)| Break::Replace(at, v)),
        2 => any::<Index>().prop_map(Break::Remove),
        2 => (any::<Index>(), key(), breakage()).prop_map(|(at, k, v)| Break::Add(at, k, v)),
        2 => (any::<Index>(), any::<Index>(), key()).prop_map(|(at, which, k)| Break::Rename(at, which, k)),
    ]
}

/// Every place in a JSON value, as a list of steps (object key or array index).
fn places(value: &Value, here: Vec<Value>, out: &mut Vec<Vec<Value>>) {
    out.push(here.clone());
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let mut next = here.clone();
                next.push(Value::from(k.as_str()));
                places(v, next, out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                let mut next = here.clone();
                next.push(Value::from(i));
                places(v, next, out);
            }
        }
        _ => {}
    }
}

fn at_mut<'a>(value: &'a mut Value, path: &[Value]) -> Option<&'a mut Value> {
    path.iter().try_fold(value, |v, step| match step {
        Value::String(k) => v.get_mut(k.as_str()),
        _ => v.get_mut(step.as_u64().and_then(|i| usize::try_from(i).ok())?),
    })
}

fn apply(value: &mut Value, change: Break) {
    let mut all = Vec::new();
    places(value, Vec::new(), &mut all);
    match change {
        Break::Replace(at, new) => {
            if let Some(target) = at_mut(value, &at.get(&all).clone()) {
                *target = new;
            }
        }
        Break::Remove(at) => {
            let path = at.get(&all).clone();
            let Some((last, parent)) = path.split_last() else {
                return;
            };
            match (at_mut(value, parent), last) {
                (Some(Value::Object(map)), Value::String(k)) => {
                    map.remove(k);
                }
                (Some(Value::Array(items)), step) => {
                    if let Some(i) = step.as_u64().and_then(|i| usize::try_from(i).ok()) {
                        if i < items.len() {
                            items.remove(i);
                        }
                    }
                }
                _ => {}
            }
        }
        Break::Add(at, k, new) => {
            if let Some(Value::Object(map)) = at_mut(value, &at.get(&all).clone()) {
                map.insert(k, new);
            }
        }
        Break::Rename(at, which, k) => {
            if let Some(Value::Object(map)) = at_mut(value, &at.get(&all).clone()) {
                if let Some(old) = map.keys().nth(which.index(map.len().max(1))).cloned() {
                    if let Some(v) = map.remove(&old) {
                        map.insert(k, v);
                    }
                }
            }
        }
    }
}

fn a_document() -> impl Strategy<Value = Value> {
    prop_oneof![
        1 => Just(document_value(&common::rich_document(catalogue()))),
        3 => document().prop_map(|doc| document_value(&doc)),
    ]
}

proptest! {
    #[test]
    fn a_broken_document_is_reported_at_the_same_place_with_the_same_message(
        mut value in a_document(),
        changes in proptest::collection::vec(a_break(), 1..4),
    ) {
        for change in changes {
            apply(&mut value, change);
        }
        same_both_ways(&value)?;
    }

    #[test]
    fn a_broken_export_envelope_is_reported_the_same(
        doc in document(),
        changes in proptest::collection::vec(a_break(), 1..3),
    ) {
        let file = export::export(&doc, None, "2027-03-01T00:00:00Z");
        let mut value = serde_json::to_value(&file).unwrap_or(Value::Null);
        for change in changes {
            apply(&mut value, change);
        }
        same::<ExportFile<IgnoredAny>>(&value)?;
        same::<ExportFile<Document>>(&value)?;
    }

    #[test]
    fn any_json_is_reported_the_same(value in breakage()) {
        same_both_ways(&value)?;
    }
}

// ---- the places and messages people see ------------------------------------------------------

/// The rich document with one change at `path` (keys and indices).
fn rich_with(path: &[Value], change: impl FnOnce(&mut Value)) -> Value {
    let mut value = document_value(&common::rich_document(catalogue()));
    match at_mut(&mut value, path) {
        Some(target) => change(target),
        None => panic!("the rich document has no {path:?}"),
    }
    value
}

fn shape_error(value: Value) -> ShapeError {
    let expected = by_path_to_error::<Document>(value.clone());
    let actual = shape::<Document>(&value);
    assert_eq!(actual, expected);
    match actual {
        Err(e) => e,
        Ok(_) => panic!("the broken document was read"),
    }
}

#[test]
fn each_kind_of_problem_names_its_place() {
    let a = "GGI-A-21";
    let activity = |rest: &[Value]| {
        let mut path = vec![json!("workspaces"), json!(0), json!("activities"), json!(a)];
        path.extend_from_slice(rest);
        path
    };
    let cases: Vec<(Value, String, &str)> = vec![
        (json!("x"), ".".into(), "invalid type: string \"x\", expected struct Document"),
        (json!([]), ".".into(), "invalid length 0, expected struct Document with 7 elements"),
        (
            rich_with(&[json!("revision")], |v| *v = json!(-1)),
            "revision".into(),
            "invalid value: integer `-1`, expected u64",
        ),
        (
            // serde_json reads this float back from its text one step away.
            rich_with(&[json!("revision")], |v| *v = json!(-4.5645064192349404e-194)),
            "revision".into(),
            "invalid type: floating point `-4.5645064192349404e-194`, expected u64",
        ),
        (
            rich_with(&activity(&[json!("status")]), |v| *v = json!("finished")),
            format!("workspaces[0].activities.{a}.status"),
            "unknown variant `finished`, expected one of `not_selected`, `planned`, `in_progress`, `done`, `not_applicable`",
        ),
        (
            rich_with(&activity(&[json!("status")]), |v| *v = json!(5)),
            format!("workspaces[0].activities.{a}.status"),
            "invalid type: integer `5`, expected string or map",
        ),
        (
            rich_with(&activity(&[json!("status")]), |v| *v = json!({"bogus": null})),
            format!("workspaces[0].activities.{a}.status"),
            "unknown variant `bogus`, expected one of `not_selected`, `planned`, `in_progress`, `done`, `not_applicable`",
        ),
        (
            rich_with(&activity(&[json!("status")]), |v| *v = json!({"done": null, "x": 1})),
            format!("workspaces[0].activities.{a}.status"),
            "invalid value: map, expected map with a single key",
        ),
        (
            rich_with(&activity(&[json!("status")]), |v| *v = json!({"done": 1})),
            format!("workspaces[0].activities.{a}.status.done"),
            "invalid type: integer `1`, expected unit",
        ),
        (
            rich_with(&activity(&[json!("objectives"), json!(0), json!("done")]), |v| *v = json!("yes")),
            format!("workspaces[0].activities.{a}.objectives[0].done"),
            "invalid type: string \"yes\", expected a boolean",
        ),
        (
            rich_with(&[json!("workspaces"), json!(0)], |v| {
                if let Value::Object(map) = v {
                    map.remove("name");
                }
            }),
            "workspaces[0]".into(),
            "missing field `name`",
        ),
        (
            rich_with(&[json!("workspaces"), json!(1), json!("catalogue")], |v| *v = json!(["ggi", "1.3", "x"])),
            "workspaces[1].catalogue".into(),
            "invalid length 3, expected fewer elements in array",
        ),
        (
            rich_with(&[json!("workspaces"), json!(0), json!("activities")], |v| {
                if let Value::Object(map) = v {
                    map.insert("a.b[0] \"é\"\n".into(), json!({"priority": "urgent"}));
                }
            }),
            "workspaces[0].activities.a.b[0] \"é\"\n.priority".into(),
            "unknown variant `urgent`, expected one of `high`, `medium`, `low`",
        ),
    ];
    for (value, path, message) in cases {
        assert_eq!(
            shape_error(value),
            ShapeError {
                path,
                message: message.into()
            }
        );
    }
}

#[test]
fn an_unknown_field_is_named_with_its_key() {
    let value = rich_with(&[json!("settings")], |v| {
        if let Value::Object(map) = v {
            map.insert("the.theme".into(), json!(1));
        }
    });
    let err = shape_error(value);
    assert_eq!(err.path, "settings.the.theme");
    assert!(
        err.message
            .starts_with("unknown field `the.theme`, expected one of"),
        "{}",
        err.message
    );
}
