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
    let mut seen = Seen::Nothing;
    save(&mut storage, &mut d, "t1", &mut seen).unwrap_or_else(|e| panic!("{e}"));
    save(&mut storage, &mut d, "t2", &mut seen).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(d.revision, 2);
    assert_eq!(d.saved_at.as_deref(), Some("t2"));
    assert_eq!(
        load(&storage),
        Ok(Loaded::Ready {
            document: d,
            migrated_from: None,
            seen,
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
    let (mut tab_a, mut seen_a) = (doc(), Seen::Nothing);
    save(&mut storage, &mut tab_a, "t1", &mut seen_a).unwrap_or_else(|e| panic!("{e}"));
    let (mut tab_b, mut seen_b) = (tab_a.clone(), seen_a);
    save(&mut storage, &mut tab_b, "t2", &mut seen_b).unwrap_or_else(|e| panic!("{e}"));
    tab_a.workspaces[0].name = "Changed in A".into();
    assert_eq!(
        save(&mut storage, &mut tab_a, "t3", &mut seen_a),
        Err(SaveError::Conflict { stored: 2 })
    );
    // Nothing of B's was lost, and A still has its change in memory.
    assert_eq!(peek(&storage), 2);
    assert_eq!(tab_a.workspaces[0].name, "Changed in A");
    // The user chose to keep A's version.
    save_over(&mut storage, &mut tab_a, "t4", &mut seen_a).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(peek(&storage), 3);
    save(&mut storage, &mut tab_a, "t5", &mut seen_a).unwrap_or_else(|e| panic!("{e}"));
}

/// Two tabs open on the same saved document; tab A renames the workspace "A" and saves
/// (revision 2). Returns the storage and tab B as it still is, with what it has seen.
fn tab_a_saved_first() -> (MemoryStorage, Document, Seen) {
    let mut storage = MemoryStorage::default();
    let (mut base, mut seen) = (doc(), Seen::Nothing);
    save(&mut storage, &mut base, "t1", &mut seen).unwrap_or_else(|e| panic!("{e}"));
    let (mut tab_a, mut seen_a) = (base.clone(), seen);
    tab_a.workspaces[0].name = "A".into();
    save(&mut storage, &mut tab_a, "t2", &mut seen_a).unwrap_or_else(|e| panic!("{e}"));
    (storage, base, seen)
}

#[test]
fn two_tabs_saving_the_same_revision_is_a_conflict_not_a_silent_overwrite() {
    let (mut storage, mut tab_b, mut seen_b) = tab_a_saved_first();
    tab_b.workspaces[0].name = "B".into();
    // B would also write revision 2: it must notice that A wrote it first.
    assert_eq!(
        save(&mut storage, &mut tab_b, "t2", &mut seen_b),
        Err(SaveError::Conflict { stored: 2 })
    );
    assert!(storage.entries[STATE_KEY].contains("\"name\":\"A\""));
}

#[test]
fn a_save_that_meets_another_writer_hands_back_its_text_and_writes_nothing() {
    let (mut storage, mut tab_b, mut seen_b) = tab_a_saved_first();
    let seen = seen_b;
    let stored = storage.entries[STATE_KEY].clone();
    tab_b.workspaces[0].name = "B".into();
    // The app's save reads no document: it gets the other writer's text as stored.
    let refused = try_save(&mut storage, &mut tab_b, "t3", &mut seen_b);
    assert_eq!(refused, Err(NotSaved::OtherWriter(stored.clone())));
    assert_eq!(storage.entries[STATE_KEY], stored);
    assert_eq!((tab_b.revision, seen_b), (1, seen));
    // What the app then tells the user, read with the reading code.
    let why = refused.map_err(NotSaved::into_error);
    assert_eq!(why, Err(SaveError::Conflict { stored: 2 }));
    // A storage failure is not another writer.
    let mut disabled = MemoryStorage {
        disabled: true,
        ..MemoryStorage::default()
    };
    assert_eq!(
        try_save(&mut disabled, &mut tab_b, "t3", &mut seen_b),
        Err(NotSaved::Failed(SaveError::Storage(
            StorageError::Unavailable
        )))
    );
}

#[test]
fn unreadable_or_newer_stored_text_is_never_written_over_by_a_save() {
    let mut newer = serde_json::to_value(doc()).unwrap_or_default();
    newer["schema_version"] = 2.into();
    for (raw, expected) in [
        ("{not json".to_string(), SaveError::StoredUnreadable),
        (
            r#"{"schema_version":1}"#.to_string(),
            SaveError::StoredUnreadable,
        ),
        (newer.to_string(), SaveError::StoredNewer(2)),
    ] {
        let mut storage = MemoryStorage::default();
        storage.entries.insert(STATE_KEY.into(), raw.clone());
        // Whether this tab found the text at start or another writer put it there since.
        for mut seen in [Seen::of(Some(&raw)), Seen::Nothing] {
            let mut d = doc();
            assert_eq!(
                save(&mut storage, &mut d, "t", &mut seen),
                Err(expected.clone())
            );
            assert_eq!(
                save_over(&mut storage, &mut d, "t", &mut seen),
                Err(expected.clone())
            );
            assert_eq!(storage.entries[STATE_KEY], raw);
        }
    }
}

#[test]
fn data_of_an_older_schema_is_backed_up_before_it_is_written_over() {
    let mut storage = MemoryStorage::default();
    let old = r#"{"an":"older shape"}"#;
    storage.entries.insert(STATE_KEY.into(), old.into());
    let mut seen = Seen::Document {
        fingerprint: fingerprint(old),
        version: 0,
    };
    let mut d = doc();
    save(&mut storage, &mut d, "2027-01-01T00:00:00Z", &mut seen).unwrap_or_else(|e| panic!("{e}"));
    let key = format!("{BACKUP_PREFIX}v0/2027-01-01T00:00:00Z");
    assert_eq!(storage.entries.get(&key).map(String::as_str), Some(old));
    // No backup is needed once the data is in the current schema.
    save(&mut storage, &mut d, "2027-01-02T00:00:00Z", &mut seen).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(storage.entries.len(), 2);
}

#[test]
fn saving_is_blocked_when_the_backup_before_an_upgrade_fails() {
    let old = r#"{"an":"older shape"}"#;
    let mut storage = MemoryStorage {
        quota: Some(STATE_KEY.len() + old.len() + 10),
        ..MemoryStorage::default()
    };
    storage.entries.insert(STATE_KEY.into(), old.into());
    let mut seen = Seen::Document {
        fingerprint: fingerprint(old),
        version: 0,
    };
    let mut d = doc();
    assert_eq!(
        save(&mut storage, &mut d, "t", &mut seen),
        Err(SaveError::Backup(StorageError::QuotaExceeded))
    );
    assert_eq!(storage.entries[STATE_KEY], old);
}

#[test]
fn backups_are_timestamped_and_never_overwrite_each_other() {
    let mut storage = MemoryStorage::default();
    let a = set_aside(&mut storage, "first", "2027-01-01T00:00:00Z");
    let b = set_aside(&mut storage, "second", "2027-01-01T00:00:00Z");
    let c = set_aside(&mut storage, "third", "2027-01-02T00:00:00Z");
    let keys: Vec<String> = [a, b, c]
        .into_iter()
        .map(|k| k.unwrap_or_else(|e| panic!("{e}")))
        .collect();
    assert_eq!(
        keys,
        [
            "ggi-journey/backup/unreadable/2027-01-01T00:00:00Z",
            "ggi-journey/backup/unreadable/2027-01-01T00:00:00Z-2",
            "ggi-journey/backup/unreadable/2027-01-02T00:00:00Z",
        ]
    );
    assert_eq!(storage.entries[&keys[0]], "first");
    assert_eq!(storage.entries[&keys[1]], "second");
}

#[test]
fn replace_writes_over_unreadable_text_only_when_asked() {
    let mut storage = MemoryStorage::default();
    storage.entries.insert(STATE_KEY.into(), "{not json".into());
    let mut seen = Seen::of(Some("{not json"));
    let mut d = doc();
    replace(&mut storage, &mut d, "t", &mut seen).unwrap_or_else(|e| panic!("{e}"));
    // After a fresh start the next ordinary save is not a false conflict.
    save(&mut storage, &mut d, "t2", &mut seen).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(peek(&storage), 2);
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
        save(&mut storage, &mut d, "t1", &mut Seen::Nothing),
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
fn every_save_error_is_told_in_the_users_language() {
    use crate::i18n::Lang;
    let errors = [
        SaveError::Storage(StorageError::QuotaExceeded),
        SaveError::Storage(StorageError::Unavailable),
        SaveError::Conflict { stored: 7 },
        SaveError::StoredUnreadable,
        SaveError::StoredNewer(2),
        SaveError::Backup(StorageError::QuotaExceeded),
    ];
    for e in errors {
        let en = e.localized(Lang::En.messages().safety());
        assert_eq!(en, e.to_string(), "English is the error's own message");
        let fr = e.localized(Lang::Fr.messages().safety());
        assert_ne!(fr, en);
        assert!(!fr.contains('{'), "{fr}");
    }
}
