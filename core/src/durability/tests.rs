use super::*;

const DAY: &str = "2027-03-01T09:00:00.000Z";

fn exported(at: &str, revision: u64) -> Record {
    let mut r = Record::default();
    r.exported(at, revision, "ggi-journey-all-2027-03-01.json");
    r
}

#[test]
fn counts_the_saves_since_the_last_export() {
    let r = exported(DAY, 10);
    assert_eq!(r.changes_since(10), 0);
    assert_eq!(r.changes_since(13), 3);
    // Never exported: every save of this record counts.
    assert_eq!(Record::default().changes_since(7), 7);
}

#[test]
fn a_revision_below_the_exported_one_is_another_record() {
    // "Start fresh" after unreadable data, or a record rebuilt from scratch: its revisions
    // start again, so none of them is in the export.
    let r = exported(DAY, 40);
    assert_eq!(r.changes_since(3), 3);
}

#[test]
fn the_reminder_waits_for_both_the_days_and_the_changes() {
    let rule = Reminder::default();
    assert_eq!((rule.days, rule.changes), (14, 1));
    let r = exported(DAY, 10);
    // 13 days later with changes: not yet.
    assert!(!r.reminder_due(12, "2027-03-14T09:00:00.000Z", rule, None));
    // 14 days later with changes: due.
    assert!(r.reminder_due(12, "2027-03-15T09:00:00.000Z", rule, None));
    // 14 days later without a change: the export still holds everything.
    assert!(!r.reminder_due(10, "2027-03-15T09:00:00.000Z", rule, None));
    // A deployment that asks for 3 changes.
    let three = Reminder {
        days: 14,
        changes: 3,
    };
    assert!(!r.reminder_due(12, "2027-04-01T00:00:00.000Z", three, None));
    assert!(r.reminder_due(13, "2027-04-01T00:00:00.000Z", three, None));
}

#[test]
fn never_exported_counts_from_the_first_change() {
    let mut r = Record::default();
    let rule = Reminder::default();
    // Nothing saved yet: nothing to remind about, however late it is.
    assert!(!r.reminder_due(0, "2030-01-01T00:00:00Z", rule, None));
    assert!(r.track(1, DAY), "the first save starts the count");
    assert!(
        !r.track(2, "2027-03-02T09:00:00Z"),
        "later saves change nothing"
    );
    assert_eq!(r.since.as_deref(), Some(DAY));
    assert!(!r.reminder_due(5, "2027-03-10T09:00:00Z", rule, None));
    assert!(r.reminder_due(5, "2027-03-16T09:00:00Z", rule, None));
}

#[test]
fn an_export_resets_the_count_and_the_dismissal() {
    let mut r = Record::default();
    r.track(1, DAY);
    r.dismiss("2027-03-20T00:00:00Z");
    r.exported("2027-03-21T00:00:00Z", 9, "f.json");
    assert_eq!(r.since, None);
    assert_eq!(r.reminder_dismissed_at, None);
    assert!(
        !r.track(10, "2027-03-22T00:00:00Z"),
        "an export is the reference now"
    );
    assert_eq!(
        r.last_export
            .as_ref()
            .map(|e| (e.at.as_str(), e.revision, e.file.as_str())),
        Some(("2027-03-21T00:00:00Z", 9, "f.json"))
    );
}

#[test]
fn dismissing_snoozes_for_the_same_number_of_days() {
    let rule = Reminder::default();
    let mut r = exported(DAY, 10);
    let later = "2027-03-20T09:00:00.000Z";
    assert!(r.reminder_due(11, later, rule, None));
    r.dismiss(later);
    assert!(!r.reminder_due(11, later, rule, None));
    assert!(!r.reminder_due(20, "2027-04-02T09:00:00.000Z", rule, None));
    assert!(r.reminder_due(20, "2027-04-03T09:00:00.000Z", rule, None));
}

#[test]
fn zero_days_turns_the_reminder_off() {
    let off = Reminder {
        days: 0,
        changes: 1,
    };
    assert!(!exported(DAY, 1).reminder_due(500, "2035-01-01T00:00:00Z", off, None));
}

#[test]
fn unreadable_times_never_make_a_reminder() {
    let mut r = exported("yesterday", 1);
    assert!(!r.reminder_due(9, "2027-03-20T00:00:00Z", Reminder::default(), None));
    r = exported(DAY, 1);
    assert!(!r.reminder_due(9, "soon", Reminder::default(), None));
}

#[test]
fn the_record_reads_leniently_and_round_trips() {
    assert_eq!(Record::from_json("{broken"), Record::default());
    assert_eq!(Record::from_json("[]"), Record::default());
    assert_eq!(
        Record::from_json(r#"{"since":"2027-01-01T00:00:00Z","from_a_newer_version":1}"#).since,
        Some("2027-01-01T00:00:00Z".into())
    );
    let mut r = exported(DAY, 4);
    r.dismiss("2027-03-02T00:00:00Z");
    r.persistence_asked_at = Some("2027-03-03T00:00:00Z".into());
    r.webkit_dismissed = true;
    assert_eq!(Record::from_json(&r.to_json()), r);
}

#[test]
fn persistence_is_asked_again_only_after_a_month() {
    let mut r = Record::default();
    let now = "2027-03-01T00:00:00Z";
    assert!(r.ask_for_persistence(StorageMode::BestEffort, now));
    r.persistence_asked_at = Some(now.into());
    assert!(!r.ask_for_persistence(StorageMode::BestEffort, "2027-03-30T00:00:00Z"));
    assert!(r.ask_for_persistence(StorageMode::BestEffort, "2027-03-31T00:00:00Z"));
    // Already persistent, or a browser that cannot say: nothing to ask.
    assert!(!Record::default().ask_for_persistence(StorageMode::Persistent, now));
    assert!(!Record::default().ask_for_persistence(StorageMode::Unknown, now));
}

#[test]
fn reads_the_timestamps_the_browser_writes() {
    assert_eq!(time::seconds("1970-01-01T00:00:00.000Z"), Some(0));
    assert_eq!(time::seconds("1970-01-02"), Some(86_400));
    assert_eq!(time::seconds("2000-03-01T00:00:00Z"), Some(951_868_800));
    assert_eq!(
        time::seconds("2024-02-29T12:30:15.999Z"),
        Some(1_709_209_815)
    );
    for bad in [
        "",
        "2027-13-01",
        "2027-02-30",
        "2027-3-01",
        "+027-03-01",
        "2027-03-01T25:00:00Z",
        "2027-03-01X",
    ] {
        assert_eq!(time::seconds(bad), None, "{bad}");
    }
    assert_eq!(
        time::days_between("2027-03-01T23:00:00Z", "2027-03-15T22:59:59Z"),
        Some(13)
    );
}

#[test]
fn a_marker_without_stored_data_is_a_loss() {
    let marker = Marker {
        revision: 12,
        saved_at: DAY.into(),
        last_export: None,
    };
    assert_eq!(Marker::from_json(&marker.to_json()), Some(marker.clone()));
    assert_eq!(
        loss(Stored::Empty, Some(&marker)),
        Some(marker.clone()),
        "the storage is empty but the marker says a record was saved"
    );
    assert_eq!(loss(Stored::Present, Some(&marker)), None);
    assert_eq!(loss(Stored::Empty, None), None, "a first visit");
    let never_saved = Marker {
        revision: 0,
        ..marker
    };
    assert_eq!(loss(Stored::Empty, Some(&never_saved)), None);
    assert_eq!(Marker::from_json("{}"), None);
    assert_eq!(Marker::from_json("not json"), None);
}

#[test]
fn the_marker_carries_the_last_export() {
    let mut r = exported(DAY, 3);
    r.track(5, "2027-03-02T00:00:00Z");
    let marker = Marker::of(5, "2027-03-02T00:00:00Z", &r);
    assert_eq!(marker.last_export, r.last_export);
    let read = Marker::from_json(&marker.to_json());
    assert_eq!(
        read.and_then(|m| m.last_export).map(|e| e.file),
        Some("ggi-journey-all-2027-03-01.json".to_string())
    );
}

// Real user agents (2024–2026).
const SAFARI_MAC: &str = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15";
const SAFARI_IPHONE: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";
const CHROME_IPAD: &str = "Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/123.0.6312.52 Mobile/15E148 Safari/604.1";
const FIREFOX_IPHONE: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/124.0 Mobile/15E148 Safari/605.1.15";
const EPIPHANY: &str = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15 Epiphany/46.0";
const CHROME_MAC: &str = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36";
const EDGE: &str = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.51";
const ANDROID: &str = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.54 Mobile Safari/537.36";
const HEADLESS: &str = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/124.0.0.0 Safari/537.36";
const FIREFOX: &str = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

#[test]
fn webkit_browsers_not_installed_may_erase_the_data() {
    for ua in [
        SAFARI_MAC,
        SAFARI_IPHONE,
        CHROME_IPAD,
        FIREFOX_IPHONE,
        EPIPHANY,
    ] {
        assert!(webkit_may_erase(ua, false), "{ua}");
        assert!(!webkit_may_erase(ua, true), "installed: {ua}");
    }
    for ua in [CHROME_MAC, EDGE, ANDROID, HEADLESS, FIREFOX, ""] {
        assert!(!webkit_may_erase(ua, false), "{ua}");
    }
}

#[test]
fn says_the_last_export_and_the_changes_since_in_each_language() {
    use crate::i18n::Lang;
    let r = exported("2027-03-01T09:00:00.000Z", 10);
    let said = |lang: Lang, revision| {
        lang.messages()
            .durability()
            .last_export_value(lang, &r, revision)
    };
    assert_eq!(said(Lang::En, 10), "1 Mar 2027 (no changes since)");
    assert_eq!(said(Lang::En, 11), "1 Mar 2027 (1 change since)");
    assert_eq!(said(Lang::En, 15), "1 Mar 2027 (5 changes since)");
    assert_eq!(said(Lang::Fr, 15), "1 mars 2027 (5 modifications depuis)");
    assert_eq!(said(Lang::De, 11), "1. März 2027 (seitdem 1 Änderung)");
    let never = Record::default();
    assert_eq!(
        Lang::De
            .messages()
            .durability()
            .last_export_value(Lang::De, &never, 4),
        "noch keiner"
    );
}

#[test]
fn only_an_export_of_every_workspace_is_a_backup() {
    use crate::catalogue::Catalogue;
    let mut doc = crate::schema::Document::new(&Catalogue::embedded(), DAY);
    let first = doc.workspaces[0].id.clone();
    assert!(is_backup(&doc, None));
    assert!(
        is_backup(&doc, Some(&first)),
        "the only workspace is everything"
    );
    let mut second = doc.workspaces[0].clone();
    second.id = "ws-2".into();
    doc.workspaces.push(second);
    assert!(is_backup(&doc, None));
    assert!(!is_backup(&doc, Some(&first)));
}

fn synced(at: &str, revision: u64) -> LastSync {
    LastSync {
        at: at.to_string(),
        folder: "https://intranet.example/ggi-data/".to_string(),
        revision,
    }
}

#[test]
fn a_recent_sync_is_a_backup_and_raises_no_reminder() {
    let rule = Reminder::default();
    // Exported on day 0, then changes; synced on day 10 with them all.
    let r = exported(DAY, 10);
    let sync = synced("2027-03-11T09:00:00.000Z", 14);
    let day_15 = "2027-03-16T09:00:00.000Z";
    assert!(
        r.reminder_due(14, day_15, rule, None),
        "without the sync, due"
    );
    assert!(
        !r.reminder_due(14, day_15, rule, Some(&sync)),
        "synced 5 days ago: no reminder"
    );
    // Never exported, synced yesterday.
    let mut never = Record::default();
    never.track(1, DAY);
    assert!(!never.reminder_due(
        9,
        day_15,
        rule,
        Some(&synced("2027-03-15T09:00:00.000Z", 9))
    ));
}

#[test]
fn a_sync_older_than_the_threshold_reminds_as_before() {
    let rule = Reminder::default();
    let mut never = Record::default();
    never.track(1, DAY);
    // Synced the day of the first change, then changes, 15 days without a sync.
    let old = synced("2027-03-01T10:00:00.000Z", 3);
    assert!(never.reminder_due(6, "2027-03-16T10:00:00.000Z", rule, Some(&old)));
    assert!(!never.reminder_due(6, "2027-03-15T09:00:00.000Z", rule, Some(&old)));
}

#[test]
fn changes_since_the_last_sync_count_like_changes_since_an_export() {
    let rule = Reminder::default();
    let r = exported(DAY, 10);
    let sync = synced("2027-03-05T09:00:00.000Z", 20);
    assert_eq!(r.changes_since_backup(23, Some(&sync)), 3);
    assert_eq!(r.changes_since_backup(23, None), 13);
    assert_eq!(sync.changes_since(23), 3);
    let day_20 = "2027-03-25T09:00:00.000Z";
    // 20 days after the sync, nothing changed since it: the folder holds everything.
    assert!(!r.reminder_due(20, day_20, rule, Some(&sync)));
    assert!(r.reminder_due(21, day_20, rule, Some(&sync)));
    // A record started again after the sync: none of it is in the folder.
    assert_eq!(r.changes_since_backup(2, Some(&sync)), 2);
}

#[test]
fn the_latest_of_the_export_and_the_sync_is_the_backup() {
    let r = exported("2027-03-10T09:00:00.000Z", 30);
    let before = synced("2027-03-09T09:00:00.000Z", 25);
    let after = synced("2027-03-11T09:00:00.000Z", 32);
    assert_eq!(
        r.latest_backup(Some(&before)),
        r.last_export.as_ref().map(Backup::Export)
    );
    assert_eq!(r.latest_backup(Some(&after)), Some(Backup::Sync(&after)));
    assert_eq!(Record::default().latest_backup(None), None);
    // An unreadable sync time never hides the export.
    let garbled = synced("yesterday", 99);
    assert_eq!(
        r.latest_backup(Some(&garbled)),
        r.last_export.as_ref().map(Backup::Export)
    );
}

#[test]
fn the_last_sync_reads_leniently_and_round_trips() {
    let s = synced(DAY, 7);
    assert_eq!(LastSync::from_json(&s.to_json()), Some(s));
    assert_eq!(LastSync::from_json("not json"), None);
    assert_eq!(LastSync::from_json("{}"), None);
}
