use super::*;
use crate::export;
use crate::journey;
use crate::progress::Status;

fn catalogue() -> Catalogue {
    Catalogue::embedded()
}

fn sample() -> Document {
    let c = catalogue();
    let mut d = Document::new(&c, "2027-01-01T00:00:00Z");
    let ws = &mut d.workspaces[0];
    journey::set_status(ws, "GGI-A-21", Status::InProgress, "t");
    journey::set_point(
        ws,
        "GGI-A-21",
        &c.activities[5].verification_points[3].id,
        true,
        "2027-01-02",
        "t",
    );
    journey::add_objective(ws, "GGI-A-21", "Adopt a licence policy", "t", "1");
    d
}

fn export_text(d: &Document) -> String {
    export::to_json(&export::export(d, None, "2027-01-03T00:00:00Z"))
}

fn err(text: &str) -> String {
    match read(text, &catalogue()) {
        Ok(_) => panic!("expected an error for {text:.80}"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn export_then_import_is_the_identity() {
    let d = sample();
    let imported = read(&export_text(&d), &catalogue()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(imported.document, d);
    assert_eq!(imported.from_version, SCHEMA_VERSION_FOR_TESTS);
    assert_eq!(
        imported.exported_at.as_deref(),
        Some("2027-01-03T00:00:00Z")
    );
}

const SCHEMA_VERSION_FOR_TESTS: u32 = crate::schema::SCHEMA_VERSION;

#[test]
fn a_bare_state_document_is_accepted() {
    let d = sample();
    let text = serde_json::to_string(&d).unwrap_or_default();
    assert_eq!(read(&text, &catalogue()).map(|i| i.document), Ok(d));
}

#[test]
fn size_and_emptiness_are_checked_first() {
    assert_eq!(
        check_size(MAX_IMPORT_BYTES + 1),
        Err(ImportError::TooLarge {
            size: MAX_IMPORT_BYTES + 1
        })
    );
    assert!(check_size(MAX_IMPORT_BYTES).is_ok());
    assert_eq!(err("  \n"), "The file is empty.");
}

#[test]
fn syntax_errors_say_where() {
    assert_eq!(
        err("{\n  \"format\": ,\n}"),
        "The file is not valid JSON: expected value (line 2, column 13)."
    );
}

#[test]
fn wrong_kinds_of_file_are_named() {
    assert_eq!(
        err("[1,2]"),
        "The file is not a GGI Journey export: the top level must be an object."
    );
    assert_eq!(
        err(r#"{"format":"my-ggi-board"}"#),
        "The file is not a GGI Journey export: its format is \"my-ggi-board\"."
    );
    assert_eq!(err(r#"{"hello":1}"#), "The file is not a GGI Journey export: it has neither a \"format\" nor a \"schema_version\" field.");
}

#[test]
fn newer_files_are_refused() {
    let mut v: Value = serde_json::from_str(&export_text(&sample())).unwrap_or_default();
    v["document"]["schema_version"] = 7.into();
    assert_eq!(err(&v.to_string()), "The file was made by a newer version of GGI Journey (schema 7); update the app to import it.");
}

#[test]
fn shape_errors_name_the_exact_path() {
    let mut v: Value = serde_json::from_str(&export_text(&sample())).unwrap_or_default();
    v["document"]["workspaces"][0]["activities"]["GGI-A-21"]["status"] = "finished".into();
    let e = err(&v.to_string());
    assert!(
        e.starts_with(
            "document.workspaces[0].activities.GGI-A-21.status: unknown variant `finished`"
        ),
        "{e}"
    );

    let mut v: Value = serde_json::from_str(&export_text(&sample())).unwrap_or_default();
    v["document"]["workspaces"][0]["activities"]["GGI-A-21"]["objectives"][0]["done"] =
        "yes".into();
    let e = err(&v.to_string());
    assert!(
        e.starts_with(
            "document.workspaces[0].activities.GGI-A-21.objectives[0].done: invalid type"
        ),
        "{e}"
    );
}

#[test]
fn meaning_errors_name_the_exact_path() {
    let mut v: Value = serde_json::from_str(&export_text(&sample())).unwrap_or_default();
    v["document"]["workspaces"][0]["activities"]["GGI-A-21"]["verification"]["made-up"] =
        serde_json::json!({"met": true, "rating": 6});
    assert_eq!(
        err(&v.to_string()),
        "document.workspaces[0].activities.GGI-A-21.verification.made-up.rating: must be between 0 and 5"
    );

    let mut v: Value = serde_json::from_str(&export_text(&sample())).unwrap_or_default();
    v["document"]["workspaces"][0]["name"] = "é".repeat(201).into();
    assert_eq!(
        err(&v.to_string()),
        "document.workspaces[0].name: is longer than 200 characters"
    );

    let mut v: Value = serde_json::from_str(&export_text(&sample())).unwrap_or_default();
    v["document"]["workspaces"][0]["activities"]["GGI-A-21"]["target_date"] = "next week".into();
    assert_eq!(err(&v.to_string()), "document.workspaces[0].activities.GGI-A-21.target_date: \"next week\" is not a date (YYYY-MM-DD)");

    let mut v: Value = serde_json::from_str(&export_text(&sample())).unwrap_or_default();
    v["document"]["active_workspace"] = "ghost".into();
    assert_eq!(
        err(&v.to_string()),
        "document.active_workspace: \"ghost\" names no workspace"
    );
}

#[test]
fn hostile_text_is_kept_as_data() {
    let mut d = sample();
    d.workspaces[0].name = "<img src=x onerror=alert(1)><script>alert(2)</script>".into();
    let imported = read(&export_text(&d), &catalogue()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(imported.document.workspaces[0].name, d.workspaces[0].name);
}

#[test]
fn dates_are_checked() {
    use crate::validate::is_date;
    assert!(is_date("2027-02-28"));
    assert!(!is_date("2027-13-01"));
    assert!(!is_date("27-01-01"));
    assert!(!is_date("2027-01-1x"));
    assert!(!is_date("2027-01-01T00"));
}

#[test]
fn errors_are_told_in_the_users_language_and_keep_the_path() {
    use crate::i18n::Lang;
    let mut v: Value = serde_json::from_str(&export_text(&sample())).unwrap_or_default();
    v["document"]["active_workspace"] = "ghost".into();
    let e = read(&v.to_string(), &catalogue()).err();
    let e = e.unwrap_or_else(|| panic!("ghost names no workspace"));
    assert_eq!(
        e.localized(Lang::Fr.messages().data()),
        "document.active_workspace\u{a0}: \"ghost\" names no workspace"
    );
    assert_eq!(
        ImportError::Empty.localized(Lang::De.messages().data()),
        "Die Datei ist leer."
    );
    // English wording matches the typed error's own message.
    for e in [
        ImportError::TooLarge { size: 30_000_000 },
        ImportError::Newer(9),
        ImportError::Syntax {
            line: 2,
            column: 13,
            message: "expected value".into(),
        },
        ImportError::NotAnExport("the top level must be an object.".into()),
        ImportError::TooMany {
            path: "document.workspaces".into(),
            count: 1001,
            max: 1000,
        },
        ImportError::TooManyItems { max: 500_000 },
    ] {
        assert_eq!(e.localized(Lang::En.messages().data()), e.to_string());
    }
}

#[test]
fn its_own_export_with_long_unicode_names_imports_back() {
    let mut d = sample();
    d.workspaces[0].profile.organisation = "é".repeat(150);
    d.workspaces[0].name = "Ville d’Évry — 東京 😀".repeat(10);
    let imported = read(&export_text(&d), &catalogue()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(imported.document, d);
}

#[test]
fn progress_a_changed_catalogue_cannot_place_imports_with_warnings() {
    let mut v: Value = serde_json::from_str(&export_text(&sample())).unwrap_or_default();
    v["document"]["workspaces"][0]["activities"]["GGI-A-99"] =
        serde_json::json!({"status": "done"});
    v["document"]["workspaces"][0]["activities"]["GGI-A-21"]["verification"]["made-up"] =
        serde_json::json!({"met": true});
    let imported = read(&v.to_string(), &catalogue()).unwrap_or_else(|e| panic!("{e}"));
    let ws = &imported.document.workspaces[0];
    assert_eq!(ws.activities["GGI-A-99"].status, Status::Done);
    assert!(ws.activities["GGI-A-21"].verification["made-up"].met);
    assert_eq!(imported.warnings.len(), 2);
    let fr = imported.warnings[1].localized(crate::i18n::Lang::Fr.messages().safety());
    assert!(fr.contains("GGI-A-99"), "{fr}");
}

#[test]
fn a_newer_schema_is_recognised_before_any_shape_check() {
    // A schema-2 document exists only here, in tests: its shape is unknown to this version.
    let text = include_str!("../../tests/fixtures/export-v2.json");
    assert_eq!(read(text, &catalogue()), Err(ImportError::Newer(2)));
    let mut v: Value = serde_json::from_str(text).unwrap_or_default();
    v["schema_version"] = 1.into();
    assert_eq!(
        read(&v.to_string(), &catalogue()),
        Err(ImportError::Newer(2)),
        "the document's own version counts"
    );
}

#[test]
fn an_exports_envelope_and_unreadable_document_still_name_the_path() {
    // The envelope is read on its own and the document once (one path-tracking copy of its
    // deserializer in the Wasm); both kinds of error keep their place in the file.
    let mut v: Value = serde_json::from_str(&export_text(&sample())).unwrap_or_default();
    v["exported_at"] = 3.into();
    assert!(err(&v.to_string()).starts_with("exported_at: invalid type: integer `3`"));

    let mut v: Value = serde_json::from_str(&export_text(&sample())).unwrap_or_default();
    v["document"] = Value::Null;
    assert_eq!(
        err(&v.to_string()),
        "document: invalid type: null, expected struct Document"
    );

    let mut v: Value = serde_json::from_str(&export_text(&sample())).unwrap_or_default();
    if let Some(document) = v["document"].as_object_mut() {
        document.remove("schema_version");
    }
    assert_eq!(
        err(&v.to_string()),
        "document: missing field `schema_version`"
    );
}

#[test]
fn a_list_over_its_cap_is_refused_with_its_place_and_cap_in_every_language() {
    use crate::i18n::Lang;
    use crate::limits::OBJECTIVES;
    let mut v: Value = serde_json::from_str(&export_text(&sample())).unwrap_or_default();
    v["document"]["workspaces"][0]["activities"]["GGI-A-21"]["objectives"] =
        Value::Array(vec![serde_json::json!({}); OBJECTIVES + 1]);
    let path = "document.workspaces[0].activities.GGI-A-21.objectives";
    let e = read(&v.to_string(), &catalogue()).err();
    assert_eq!(
        e,
        Some(ImportError::TooMany {
            path: path.into(),
            count: OBJECTIVES + 1,
            max: OBJECTIVES
        })
    );
    let e = e.unwrap_or(ImportError::Empty);
    assert_eq!(
        e.localized(Lang::Fr.messages().data()),
        format!(
            "{path}\u{a0}: 1001\u{a0}éléments\u{a0}; cette liste peut en contenir au plus 1000"
        )
    );
    assert_eq!(
        e.localized(Lang::De.messages().data()),
        format!("{path}: 1001 Einträge; diese Liste darf höchstens 1000 enthalten")
    );
    // At the cap, the same list is read (and its ids repaired).
    v["document"]["workspaces"][0]["activities"]["GGI-A-21"]["objectives"] =
        Value::Array(vec![serde_json::json!({}); OBJECTIVES]);
    let imported = read(&v.to_string(), &catalogue()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(imported.warnings.len(), OBJECTIVES - 1);
}

#[test]
fn a_list_of_the_wrong_kind_is_left_to_the_shape_check() {
    // The caps are counted before the shape is checked: a value that is no list is not
    // counted, and the shape check names it as before.
    let mut v: Value = serde_json::from_str(&export_text(&sample())).unwrap_or_default();
    v["document"]["workspaces"][0]["activities"]["GGI-A-21"]["objectives"] = "many".into();
    let e = err(&v.to_string());
    assert!(
        e.starts_with("document.workspaces[0].activities.GGI-A-21.objectives: invalid type"),
        "{e}"
    );
    v["document"]["workspaces"] = serde_json::json!({"a": 1});
    let e = err(&v.to_string());
    assert!(e.starts_with("document.workspaces: invalid type"), "{e}");
}

#[test]
fn a_document_made_in_memory_gets_the_errors_of_a_file() {
    // A board import's document: a list over its cap is `TooMany` (said in the user's
    // language), not an `Invalid` with the English detail.
    let c = catalogue();
    let mut d = sample();
    let one = d.workspaces[0].clone();
    d.workspaces = vec![one; crate::limits::WORKSPACES + 1];
    assert_eq!(
        checked(&mut d, &c, ""),
        Err(ImportError::TooMany {
            path: "workspaces".into(),
            count: crate::limits::WORKSPACES + 1,
            max: crate::limits::WORKSPACES,
        })
    );
    let mut fine = sample();
    assert_eq!(checked(&mut fine, &c, ""), Ok(Vec::new()));
}
