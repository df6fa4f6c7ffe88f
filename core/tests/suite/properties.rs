//! Property tests of export and import. The number of cases comes from `PROPTEST_CASES`
//! (proptest's default, 256, when unset); `scripts/fuzz` runs 100,000 of each.

use crate::common;
use crate::strategies;

use ggi_core::{export, import};
use proptest::prelude::*;
use proptest::sample::{select, Index};
use serde_json::Value;
use strategies::{catalogue, document};

// ---- arbitrary JSON --------------------------------------------------------------------------

fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        any::<String>().prop_map(Value::String),
        select(vec![
            "ggi-journey-export",
            "schema_version",
            "2027-01-01",
            "GGI-A-21",
            "ws-1"
        ])
        .prop_map(Value::from),
    ];
    leaf.prop_recursive(6, 64, 8, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            proptest::collection::btree_map(
                prop_oneof![
                    any::<String>(),
                    select(vec![
                        "format".to_string(),
                        "schema_version".into(),
                        "document".into(),
                        "workspaces".into(),
                        "activities".into(),
                        "verification".into(),
                    ]),
                ],
                inner,
                0..8
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
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

/// The reader's own promise: whatever it accepts, exported again, reads back the same.
fn read_is_stable(text: &str) -> Result<(), TestCaseError> {
    if let Ok(first) = import::read(text, catalogue()) {
        let again = export::to_json(&export::export(&first.document, None, "x"));
        let second = import::read(&again, catalogue()).map_err(|e| {
            TestCaseError::fail(format!("accepted, then refused its own export: {e}"))
        })?;
        prop_assert_eq!(second.document, first.document);
    }
    Ok(())
}

proptest! {
    #[test]
    fn export_then_import_is_the_identity(doc in document(), whole in any::<bool>()) {
        let workspace = (!whole).then(|| doc.active_workspace.clone());
        let file = export::export(&doc, workspace.as_deref(), "2027-03-01T00:00:00Z");
        let imported = import::read(&export::to_json(&file), catalogue());
        let imported = imported.map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&imported.document, &file.document);
        if whole {
            prop_assert_eq!(imported.document, doc);
        }
    }

    #[test]
    fn arbitrary_json_never_panics(value in json()) {
        read_is_stable(&value.to_string())?;
        // Also as a bare state document and as the body of an export file.
        let wrapped = serde_json::json!({"format": "ggi-journey-export", "schema_version": 1,
            "app_version": "0", "exported_at": "x", "attribution": "", "document": value});
        read_is_stable(&wrapped.to_string())?;
    }

    #[test]
    fn a_valid_export_with_any_part_replaced_never_panics(
        doc in document(),
        place in any::<Index>(),
        replacement in json(),
    ) {
        let text = export::to_json(&export::export(&doc, None, "2027-03-01T00:00:00Z"));
        let mut value: Value = serde_json::from_str(&text).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let mut all = Vec::new();
        places(&value, Vec::new(), &mut all);
        let path = place.get(&all).clone();
        if let Some(target) = at_mut(&mut value, &path) {
            *target = replacement;
        }
        read_is_stable(&value.to_string())?;
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        read_is_stable(&String::from_utf8_lossy(&bytes))?;
    }

    #[test]
    fn a_valid_export_with_bytes_changed_never_panics(
        doc in document(),
        edits in proptest::collection::vec((any::<Index>(), any::<u8>()), 1..8),
    ) {
        let mut bytes = export::to_json(&export::export(&doc, None, "2027-03-01T00:00:00Z")).into_bytes();
        for (at, byte) in edits {
            let i = at.index(bytes.len());
            bytes[i] = byte;
        }
        read_is_stable(&String::from_utf8_lossy(&bytes))?;
    }
}

#[test]
fn the_rich_fixture_round_trips_too() {
    let doc = common::rich_document(catalogue());
    let text = export::to_json(&export::export(&doc, None, "t"));
    let imported = import::read(&text, catalogue()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(imported.document, doc);
}
