//! Every schema version ever released has a fixture (`fixtures/state-vN.json`, frozen when the
//! version shipped) and each one must still read into the current document.

use ggi_core::catalogue::Catalogue;
use ggi_core::persist::{self, Loaded, MemoryStorage, Storage, STATE_KEY};
use ggi_core::schema::SCHEMA_VERSION;
use ggi_core::{import, migrate, validate};
use std::path::Path;

fn fixture(version: u32) -> Option<String> {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/state-v{version}.json"));
    std::fs::read_to_string(path).ok()
}

#[test]
fn every_released_version_has_a_fixture_and_migrates_to_the_current_one() {
    let catalogue = Catalogue::embedded();
    for version in 1..=SCHEMA_VERSION {
        let raw = fixture(version)
            .unwrap_or_else(|| panic!("core/tests/fixtures/state-v{version}.json is missing"));
        let (document, from) =
            migrate::read(&raw).unwrap_or_else(|e| panic!("state-v{version}: {e}"));
        assert_eq!(from, version);
        assert_eq!(document.schema_version, SCHEMA_VERSION);
        validate::document(&document, &catalogue)
            .unwrap_or_else(|(path, message)| panic!("state-v{version}: {path}: {message}"));
        assert!(document.workspaces.iter().any(|w| !w.activities.is_empty()));

        // Loaded from storage: migrated if older, never rewritten by loading.
        let mut storage = MemoryStorage::default();
        storage
            .write(STATE_KEY, &raw)
            .unwrap_or_else(|e| panic!("{e}"));
        match persist::load(&storage) {
            Ok(Loaded::Ready { migrated_from, .. }) => {
                assert_eq!(
                    migrated_from,
                    (version != SCHEMA_VERSION).then_some(version)
                );
            }
            other => panic!("state-v{version} loaded as {other:?}"),
        }
        assert_eq!(storage.read(STATE_KEY), Ok(Some(raw.clone())));

        // And as an import file (a bare state document is accepted).
        let imported = import::read(&raw, &catalogue).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(imported.from_version, version);
    }
    assert!(
        fixture(SCHEMA_VERSION + 1).is_none(),
        "a fixture for an unreleased version"
    );
}
