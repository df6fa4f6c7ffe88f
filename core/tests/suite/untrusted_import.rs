//! An imported file's custom activities carry addresses that the app shows as links; the importer
//! refuses any that is not a web or mail address, and names where it is.

use ggi_core::catalogue::{Catalogue, Resource};
use ggi_core::export::{export, to_json};
use ggi_core::import::{self, ImportError};
use ggi_core::schema::Document;

const NOW: &str = "2026-11-30T09:00:00Z";

fn file_with_custom(handbook: Option<&str>, resource: Option<&str>) -> (String, Catalogue) {
    let catalogue = Catalogue::embedded();
    let mut doc = Document::new(&catalogue, NOW);
    let mut custom = catalogue.activities[0].clone();
    custom.id = "ORG-1".into();
    custom.next.clear();
    custom.handbook_url = handbook.map(str::to_string);
    custom.resources = vec![Resource {
        title: "Our wiki".into(),
        url: resource.map(str::to_string),
        note: String::new(),
    }];
    match doc.active_mut() {
        Some(ws) => ws.custom_activities.push(custom),
        None => panic!("a new document has an active workspace"),
    }
    (to_json(&export(&doc, None, NOW)), catalogue)
}

fn refused_at(text: &str, catalogue: &Catalogue) -> String {
    match import::read(text, catalogue) {
        Err(ImportError::Invalid { path, .. }) => path,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn a_script_handbook_link_in_a_custom_activity_is_refused_with_its_place() {
    for url in [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html,x",
        "vbscript:x",
    ] {
        let (text, catalogue) = file_with_custom(Some(url), None);
        let path = refused_at(&text, &catalogue);
        assert!(
            path.ends_with("custom_activities[0].handbook_url"),
            "{url:?}: {path}"
        );
    }
}

#[test]
fn a_script_resource_link_in_a_custom_activity_is_refused_with_its_place() {
    let (text, catalogue) = file_with_custom(None, Some("javascript:alert(1)"));
    let path = refused_at(&text, &catalogue);
    assert!(
        path.ends_with("custom_activities[0].resources[0].url"),
        "{path}"
    );
}

#[test]
fn web_and_mail_links_in_custom_activities_are_accepted() {
    let (text, catalogue) = file_with_custom(
        Some("https://wiki.example.org/ospo"),
        Some("mailto:ospo@example.org"),
    );
    assert!(import::read(&text, &catalogue).is_ok());
    let (text, catalogue) = file_with_custom(None, None);
    assert!(import::read(&text, &catalogue).is_ok());
}
