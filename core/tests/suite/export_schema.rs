//! Every export validates against the published JSON Schema (`public/export.schema.json`), and
//! the schema rejects what the importer rejects for its shape.

use crate::common;

use ggi_core::catalogue::Catalogue;
use ggi_core::export;
use ggi_core::import;
use ggi_core::schema::Document;
use serde_json::{json, Value};

const SCHEMA: &str = include_str!("../../../public/export.schema.json");

struct Validator {
    schemas: boon::Schemas,
    index: boon::SchemaIndex,
}

impl Validator {
    fn new() -> Validator {
        let schema: Value =
            serde_json::from_str(SCHEMA).unwrap_or_else(|e| panic!("schema is JSON: {e}"));
        let mut compiler = boon::Compiler::new();
        let mut schemas = boon::Schemas::new();
        let url = "urn:ggi-journey:export.schema.json";
        compiler
            .add_resource(url, schema)
            .unwrap_or_else(|e| panic!("schema loads: {e}"));
        let index = compiler
            .compile(url, &mut schemas)
            .unwrap_or_else(|e| panic!("schema compiles: {e:#}"));
        Validator { schemas, index }
    }

    fn check(&self, value: &Value) -> Result<(), String> {
        self.schemas
            .validate(value, self.index)
            .map_err(|e| format!("{e:#}"))
    }
}

fn exports(doc: &Document) -> Vec<(String, Value)> {
    let at = "2027-03-02T08:00:00Z";
    let mut files = vec![("whole".to_string(), export::export(doc, None, at))];
    for ws in &doc.workspaces {
        files.push((ws.id.clone(), export::export(doc, Some(&ws.id), at)));
    }
    files
        .into_iter()
        .map(|(name, file)| {
            let text = export::to_json(&file);
            let value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
            (name, value)
        })
        .collect()
}

#[test]
fn every_export_validates_against_the_published_schema() {
    let catalogue = Catalogue::embedded();
    let validator = Validator::new();
    let rich = common::rich_document(&catalogue);
    let fresh = Document::new(&catalogue, "2027-01-01T00:00:00Z");
    for doc in [&rich, &fresh] {
        for (name, value) in exports(doc) {
            validator
                .check(&value)
                .unwrap_or_else(|e| panic!("export {name} does not validate: {e}"));
            // And the importer reads it back as it was.
            let imported = import::read(&value.to_string(), &catalogue)
                .unwrap_or_else(|e| panic!("export {name} does not import: {e}"));
            assert_eq!(
                imported.document.workspaces.len(),
                if name == "whole" {
                    doc.workspaces.len()
                } else {
                    1
                }
            );
        }
    }
    // A synced workspace's file: stamped with who wrote it and the writes it holds.
    let written = export::Written {
        by: "Anne, legal".into(),
        lineage: vec!["a1b2.2".into(), "c3d4.7".into()],
    };
    let text = ggi_core::sync::file::body(
        &ggi_core::sync::file::file_document(&rich.workspaces[0]),
        "2027-03-02T08:00:00Z",
        Some(written.clone()),
    );
    let value: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
    validator
        .check(&value)
        .unwrap_or_else(|e| panic!("a synced file does not validate: {e}"));
    let imported = import::read(&text, &catalogue).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(imported.written, Some(written));
}

#[test]
fn the_schema_rejects_files_of_the_wrong_shape() {
    let catalogue = Catalogue::embedded();
    let validator = Validator::new();
    let (_, good) = exports(&common::rich_document(&catalogue)).remove(0);
    type Break = fn(&mut Value);
    let cases: [(&str, Break); 16] = [
        ("no format", |v| {
            drop(v.as_object_mut().map(|m| m.remove("format")))
        }),
        ("another format", |v| v["format"] = json!("my-ggi-board")),
        ("an unknown top-level field", |v| v["extra"] = json!(1)),
        ("a stamp with an unknown field", |v| {
            v["written"] = json!({"by": "Anne", "lineage": [], "at": 1})
        }),
        ("a stamp without its lineage", |v| {
            v["written"] = json!({"by": "Anne"})
        }),
        ("a newer schema version", |v| {
            v["document"]["schema_version"] = json!(2)
        }),
        ("a negative revision", |v| {
            v["document"]["revision"] = json!(-1)
        }),
        ("no workspaces", |v| v["document"]["workspaces"] = json!([])),
        ("an unknown theme", |v| {
            v["document"]["settings"]["theme"] = json!("pink")
        }),
        ("an unknown language", |v| {
            v["document"]["settings"]["language"] = json!("es")
        }),
        ("an unknown status", |v| {
            v["document"]["workspaces"][0]["activities"]["GGI-A-21"]["status"] = json!("finished")
        }),
        ("an unknown priority", |v| {
            v["document"]["workspaces"][0]["activities"]["GGI-A-21"]["priority"] = json!("urgent")
        }),
        ("an unknown organisation kind", |v| {
            v["document"]["workspaces"][0]["profile"]["kind"] = json!("startup")
        }),
        ("a rating above 5", |v| {
            let points =
                &mut v["document"]["workspaces"][0]["activities"]["GGI-A-21"]["verification"];
            if let Some(first) = points.as_object_mut().and_then(|m| m.values_mut().next()) {
                first["rating"] = json!(7);
            }
        }),
        ("a date that is not a date", |v| {
            v["document"]["workspaces"][0]["activities"]["GGI-A-21"]["target_date"] =
                json!("next week")
        }),
        ("a misspelt progress field", |v| {
            v["document"]["workspaces"][0]["activities"]["GGI-A-21"]["stauts"] = json!("done")
        }),
    ];
    assert!(validator.check(&good).is_ok());
    for (what, break_it) in cases {
        let mut bad = good.clone();
        break_it(&mut bad);
        assert_ne!(bad, good, "{what}: the case changed nothing");
        assert!(validator.check(&bad).is_err(), "the schema accepts {what}");
        // The importer refuses it too: the schema never promises more than the app reads.
        assert!(
            import::read(&bad.to_string(), &catalogue).is_err(),
            "the importer accepts {what}"
        );
    }
}

#[test]
fn the_schema_describes_the_current_schema_version() {
    let schema: Value = serde_json::from_str(SCHEMA).unwrap_or_default();
    assert_eq!(
        schema["properties"]["schema_version"]["const"],
        json!(ggi_core::schema::SCHEMA_VERSION)
    );
    assert_eq!(
        schema["properties"]["format"]["const"],
        json!(export::FORMAT)
    );
}
