//! Property tests of hostile files (issue 22): ids used twice, deep nesting, lists one under, at
//! and one over their caps, texts one under, at and one over their limits, in any document the
//! app can produce. The importer never panics, refuses exactly what is over a cap or a limit
//! and names its place and the cap, repairs every id used twice, and what it accepts reads back
//! the same. `scripts/fuzz` runs these with the other properties (`PROPTEST_CASES`).

use crate::strategies;

use ggi_core::export;
use ggi_core::import::{self, ImportError, Imported};
use ggi_core::schema::Document;
use ggi_core::validate::Warning;
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::Value;
use std::collections::HashSet;
use strategies::hostile::{self, capped_list, duplicates, long_text, nested};
use strategies::{catalogue, document};

fn export_value(doc: &Document) -> Value {
    let text = export::to_json(&export::export(doc, None, "2027-03-01T00:00:00Z"));
    serde_json::from_str(&text).unwrap_or(Value::Null)
}

fn fail(e: ImportError) -> TestCaseError {
    TestCaseError::fail(e.to_string())
}

/// What is accepted reads back the same from its own export, with nothing left to repair.
fn stable(imported: &Imported) -> Result<(), TestCaseError> {
    let again = export::to_json(&export::export(&imported.document, None, "x"));
    let second = import::read(&again, catalogue()).map_err(fail)?;
    prop_assert_eq!(&second.document, &imported.document);
    let repaired = (second.warnings.iter()).any(|w| matches!(w, Warning::Reidentified { .. }));
    prop_assert!(!repaired, "{:?}", second.warnings);
    Ok(())
}

/// Every list's ids are unique, and no custom point takes a catalogue point's id.
fn unique_ids(doc: &Document) -> Result<(), TestCaseError> {
    fn all_unique<'a>(ids: impl Iterator<Item = &'a str>) -> bool {
        let mut seen = HashSet::new();
        ids.into_iter().all(|id| seen.insert(id))
    }
    prop_assert!(all_unique(doc.workspaces.iter().map(|w| w.id.as_str())));
    for ws in &doc.workspaces {
        prop_assert!(all_unique(
            ws.custom_activities.iter().map(|a| a.id.as_str())
        ));
        prop_assert!(all_unique(ws.iterations.iter().map(|i| i.id.as_str())));
        for (id, p) in &ws.activities {
            prop_assert!(all_unique(p.objectives.iter().map(|o| o.id.as_str())));
            let defined = catalogue().activity(id).map(|a| &a.verification_points);
            let points = defined.into_iter().flatten().chain(&p.custom_points);
            prop_assert!(all_unique(points.map(|v| v.id.as_str())), "{}", id);
        }
    }
    Ok(())
}

proptest! {
    #[test]
    fn ids_used_twice_are_repaired_in_every_list(doc in document(), twice in duplicates()) {
        let mut doc = doc;
        for (list, a, b) in twice {
            hostile::duplicate(&mut doc, list, a, b);
        }
        let text = export::to_json(&export::export(&doc, None, "2027-03-01T00:00:00Z"));
        let imported = import::read(&text, catalogue()).map_err(fail)?;
        unique_ids(&imported.document)?;
        stable(&imported)?;
    }

    #[test]
    fn deep_nesting_anywhere_is_answered(
        doc in document(),
        picks in proptest::collection::vec(any::<Index>(), 0..10),
        (text, depth) in nested(),
    ) {
        let mut value = export_value(&doc);
        let pointer = hostile::place(&value, &picks);
        if let Some(at) = value.pointer_mut(&pointer) {
            *at = "@@nested@@".into();
        }
        let file = value.to_string().replacen("\"@@nested@@\"", &text, 1);
        let read = import::read(&file, catalogue());
        // serde_json's reader stops at 128 levels: deeper is a syntax error, never a crash.
        let levels = pointer.matches('/').count() + depth;
        if levels > 130 {
            prop_assert!(matches!(read, Err(ImportError::Syntax { .. })), "{} levels", levels);
        }
        if let Ok(imported) = &read {
            stable(imported)?;
        }
    }

    #[test]
    fn texts_are_read_up_to_their_limit_and_refused_by_place_over_it(
        doc in document(),
        workspace in any::<Index>(),
        (field, text, over) in long_text(),
    ) {
        let mut value = export_value(&doc);
        let w = workspace.index(doc.workspaces.len());
        field.put(&mut value, w, &text);
        let read = import::read(&value.to_string(), catalogue());
        if over {
            let expected = ImportError::Invalid {
                path: field.path(w),
                message: format!("is longer than {} characters", field.limit()),
            };
            prop_assert_eq!(read.err(), Some(expected));
        } else {
            stable(&read.map_err(fail)?)?;
        }
    }
}

/// Each case of the list property reads a file of up to 10,000 items (a hundred times a usual
/// case's work): an eighth of the cases (of `PROPTEST_CASES`, or proptest's 256) still tries
/// each list's three lengths many times over.
fn list_cases() -> u32 {
    (ProptestConfig::default().cases / 8).max(16)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: list_cases(), ..ProptestConfig::default() })]

    #[test]
    fn lists_are_read_up_to_their_cap_and_refused_by_name_over_it(
        doc in document(),
        workspace in any::<Index>(),
        (list, count, same) in capped_list(),
    ) {
        let mut value = export_value(&doc);
        let w = workspace.index(doc.workspaces.len());
        list.fill(&mut value, w, count, same);
        let read = import::read(&value.to_string(), catalogue());
        if count > list.cap() {
            let expected = ImportError::TooMany { path: list.path(w), count, max: list.cap() };
            prop_assert_eq!(read.err(), Some(expected));
        } else {
            let imported = read.map_err(fail)?;
            unique_ids(&imported.document)?;
        }
    }
}
