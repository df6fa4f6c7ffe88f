//! Every schema version ever released has a fixture here; each must read into the current
//! document shape and validate against the embedded catalogue.

use ggi_core::catalogue::Catalogue;
use ggi_core::migrate;
use ggi_core::schema::SCHEMA_VERSION;

const FIXTURES: [(u32, &str); 1] = [(1, include_str!("../fixtures/state-v1.json"))];

#[test]
fn every_released_version_has_a_fixture() {
    let versions: Vec<u32> = FIXTURES.iter().map(|(v, _)| *v).collect();
    assert_eq!(versions, (1..=SCHEMA_VERSION).collect::<Vec<_>>());
}

#[test]
fn every_fixture_migrates_to_the_current_schema() {
    let catalogue = Catalogue::embedded();
    for (version, text) in FIXTURES {
        let (document, from) = migrate::read(text).unwrap_or_else(|e| panic!("v{version}: {e}"));
        assert_eq!(from, version);
        assert_eq!(document.workspaces.len(), 2, "v{version}");
        assert_eq!(document.revision, 12, "v{version}");
        assert!(document.settings.ratings, "v{version}");
        assert_eq!(
            ggi_core::validate::document(&mut document.clone(), &catalogue),
            Ok(vec![]),
            "v{version}"
        );
        let sample = &document.workspaces[1];
        assert_eq!(sample.iterations.len(), 3, "v{version}");
        assert!(
            sample.activities["GGI-A-21"].objectives.len() >= 3,
            "v{version}"
        );
    }
}
