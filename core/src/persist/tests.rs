use super::*;
use crate::catalogue::Catalogue;

fn doc() -> Document {
    Document::new(&Catalogue::embedded(), "2027-01-01T00:00:00Z")
}

#[test]
fn empty_storage_loads_as_empty() {
    assert_eq!(load(&MemoryStorage::default()), Ok(Loaded::Empty));
}

#[test]
fn save_then_load_round_trips_and_counts_revisions() {
    let mut storage = MemoryStorage::default();
    let mut d = doc();
    save(&mut storage, &mut d, "t1").unwrap_or_else(|e| panic!("{e}"));
    save(&mut storage, &mut d, "t2").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(d.revision, 2);
    assert_eq!(d.saved_at.as_deref(), Some("t2"));
    assert_eq!(
        load(&storage),
        Ok(Loaded::Ready {
            document: d,
            migrated_from: None
        })
    );
}

#[test]
fn corrupt_data_is_reported_and_left_untouched() {
    let mut storage = MemoryStorage::default();
    storage.entries.insert(STATE_KEY.into(), "{not json".into());
    let Ok(Loaded::Unreadable { raw, error }) = load(&storage) else {
        panic!("expected unreadable")
    };
    assert_eq!(raw, "{not json");
    assert!(matches!(error, MigrateError::Syntax(_)));
    assert_eq!(storage.entries[STATE_KEY], "{not json");
}

#[test]
fn wrong_shape_is_unreadable_not_a_panic() {
    let mut storage = MemoryStorage::default();
    for raw in [
        "[]",
        "42",
        "null",
        r#"{"schema_version":1}"#,
        r#"{"schema_version":"1"}"#,
    ] {
        storage.entries.insert(STATE_KEY.into(), raw.into());
        assert!(
            matches!(load(&storage), Ok(Loaded::Unreadable { .. })),
            "{raw}"
        );
    }
}

#[test]
fn a_newer_document_is_read_only_and_keeps_its_text() {
    let mut storage = MemoryStorage::default();
    let mut value = serde_json::to_value(doc()).unwrap_or_default();
    value["schema_version"] = 99.into();
    value["a_field_from_the_future"] = true.into();
    let raw = value.to_string();
    storage.entries.insert(STATE_KEY.into(), raw.clone());
    let Ok(Loaded::Newer {
        document,
        version,
        raw: kept,
    }) = load(&storage)
    else {
        panic!("expected newer")
    };
    assert_eq!(version, 99);
    assert_eq!(kept, raw);
    assert_eq!(document.map(|d| d.workspaces.len()), Some(1));
}

#[test]
fn a_save_never_overwrites_a_newer_revision_from_another_tab() {
    let mut storage = MemoryStorage::default();
    let mut tab_a = doc();
    save(&mut storage, &mut tab_a, "t1").unwrap_or_else(|e| panic!("{e}"));
    let mut tab_b = tab_a.clone();
    save(&mut storage, &mut tab_b, "t2").unwrap_or_else(|e| panic!("{e}"));
    tab_a.workspaces[0].name = "Changed in A".into();
    assert_eq!(
        save(&mut storage, &mut tab_a, "t3"),
        Err(SaveError::Conflict { stored: 2 })
    );
    // Nothing of B's was lost, and A still has its change in memory.
    assert_eq!(peek(&storage), 2);
    assert_eq!(tab_a.workspaces[0].name, "Changed in A");
    // The user chose to keep A's version.
    save_over(&mut storage, &mut tab_a, "t4").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(peek(&storage), 3);
}

fn peek(storage: &MemoryStorage) -> u64 {
    stored_revision(storage).ok().flatten().unwrap_or_default()
}

#[test]
fn a_full_quota_is_reported_and_the_document_is_unchanged() {
    let mut storage = MemoryStorage {
        quota: Some(100),
        ..MemoryStorage::default()
    };
    let mut d = doc();
    let before = d.clone();
    assert_eq!(
        save(&mut storage, &mut d, "t1"),
        Err(SaveError::Storage(StorageError::QuotaExceeded))
    );
    assert_eq!(d, before);
}

#[test]
fn disabled_storage_is_reported() {
    let storage = MemoryStorage {
        disabled: true,
        ..MemoryStorage::default()
    };
    assert_eq!(load(&storage), Err(StorageError::Unavailable));
}

#[test]
fn unreadable_text_can_be_set_aside() {
    let mut storage = MemoryStorage::default();
    set_aside(&mut storage, "garbage").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(storage.entries[UNREADABLE_KEY], "garbage");
}
