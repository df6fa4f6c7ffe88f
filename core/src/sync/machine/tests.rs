use super::*;
use crate::catalogue::Catalogue;
use crate::journey;
use crate::progress::Status;
use crate::sync::{ConflictKind, FolderFault, Side, Version};

const NOW: &str = "2027-03-01T10:00:00.000Z";

fn c() -> &'static Catalogue {
    static EMBEDDED: std::sync::OnceLock<Catalogue> = std::sync::OnceLock::new();
    EMBEDDED.get_or_init(Catalogue::embedded)
}

fn workspace() -> Workspace {
    Document::new(c(), "2027-03-01T09:00:00.000Z").workspaces[0].clone()
}

fn tag(t: &str) -> Option<Version> {
    Version::from_etag(t)
}

fn edited(ws: &Workspace, activity: &str, status: Status, at: &str) -> Workspace {
    let mut ws = ws.clone();
    journey::set_status(&mut ws, activity, status, at);
    ws
}

/// The text and event of the remote file holding `ws` (an export: no sync stamp).
fn remote(ws: &Workspace, version: &str) -> (String, Event) {
    stamped(ws, version, &[])
}

/// [`remote`], written by a colleague's sync after the writes of `lineage` (none: an export).
fn stamped(ws: &Workspace, version: &str, lineage: &[&str]) -> (String, Event) {
    let written = (!lineage.is_empty()).then(|| crate::export::Written {
        by: "Colleague".into(),
        lineage: lineage.iter().map(|id| id.to_string()).collect(),
    });
    let text = file::body(&file::file_document(ws), NOW, written);
    let event = Event::read(tag(version), text.clone(), &ws.id, c());
    (text, event)
}

fn me() -> Author {
    Author {
        id: "t".into(),
        name: "Mine".into(),
    }
}

/// The stamp of the file at `"v1"`: an export, at [`NOW`].
fn v1() -> file::Stamp {
    file::Stamp {
        at: Some(NOW.into()),
        written: None,
    }
}

/// A machine in sync with a file this browser wrote, at version `"v1"`.
fn synced(ws: &Workspace) -> Machine {
    let mut record = Record::opened(file::file_document(ws), tag("\"v1\""), &v1(), NOW);
    record.written = true;
    Machine::new(record, ws, me())
}

/// [`synced`], then `mine` written as version `"v2"`.
fn wrote(ws: &Workspace, mine: &Workspace) -> Machine {
    let mut m = synced(ws);
    m.handle(Event::LocalChanged(mine.clone()), NOW);
    let ok = Event::WriteOk {
        version: tag("\"v2\""),
    };
    assert_eq!(m.handle(ok, NOW), Action::Wait { after_ms: POLL_MS });
    m
}

fn write_of(action: &Action) -> (&str, Document) {
    match action {
        Action::Write { body, if_match } => {
            let doc = file::read(body, "ws-1", c()).unwrap_or_else(|e| panic!("{e}"));
            (if_match.as_str(), doc)
        }
        other => panic!("expected a write, got {other:?}"),
    }
}

#[test]
fn a_new_workspace_creates_its_file_and_is_then_synced() {
    let ws = workspace();
    let mut m = Machine::new(Record::new("ws-1"), &ws, me());
    assert_eq!(m.indicator(), Indicator::Synced { at: None });
    assert_eq!(
        m.handle(Event::PollDue, NOW),
        Action::Read {
            if_none_match: None
        }
    );
    assert_eq!(
        m.handle(Event::PollDue, NOW),
        Action::Nothing,
        "one request at a time"
    );
    let Action::Create { body } = m.handle(Event::status(404), NOW) else {
        panic!("create")
    };
    assert_eq!(file::read(&body, "ws-1", c()), Ok(file::file_document(&ws)));
    assert_eq!(
        m.handle(
            Event::WriteOk {
                version: tag("\"v1\"")
            },
            NOW
        ),
        Action::Wait { after_ms: POLL_MS }
    );
    assert!(m.record().written);
    assert_eq!(
        m.indicator(),
        Indicator::Synced {
            at: Some(NOW.into())
        }
    );
    let read = m.handle(Event::PollDue, NOW);
    assert_eq!(
        read,
        Action::Read {
            if_none_match: Some("\"v1\"".into())
        }
    );
    assert_eq!(
        m.handle(Event::status(304), NOW),
        Action::Wait { after_ms: POLL_MS }
    );
}

#[test]
fn a_local_change_is_written_if_unchanged_and_counted_until_written() {
    let ws = workspace();
    let mut m = synced(&ws);
    let changed = edited(&ws, "GGI-A-17", Status::Done, NOW);
    let action = m.handle(Event::LocalChanged(changed.clone()), NOW);
    assert_eq!(write_of(&action), ("\"v1\"", file::file_document(&changed)));
    let later = edited(&changed, "GGI-A-18", Status::Planned, NOW);
    assert_eq!(
        m.handle(Event::LocalChanged(later.clone()), NOW),
        Action::Nothing
    );
    assert_eq!(m.indicator(), Indicator::Syncing { waiting: 2 });
    // The first write lands; the second change goes out at once, guarded by the new version.
    let action = m.handle(
        Event::WriteOk {
            version: tag("\"v2\""),
        },
        NOW,
    );
    assert_eq!(write_of(&action), ("\"v2\"", file::file_document(&later)));
    assert_eq!(m.record().pending, 1);
    assert_eq!(
        m.handle(
            Event::WriteOk {
                version: tag("\"v3\"")
            },
            NOW
        ),
        Action::Wait { after_ms: POLL_MS }
    );
    assert_eq!(m.record().pending, 0);
    // Saving what is already there is no change.
    assert_eq!(m.handle(Event::LocalChanged(later), NOW), Action::Nothing);
    assert_eq!(m.record().pending, 0);
}

#[test]
fn a_remote_change_is_applied_here() {
    let ws = workspace();
    let mut m = synced(&ws);
    let theirs = edited(&ws, "GGI-A-17", Status::Done, NOW);
    m.handle(Event::PollDue, NOW);
    let (_, read) = remote(&theirs, "\"v2\"");
    let apply = m.handle(read, NOW);
    assert_eq!(
        apply,
        Action::Apply {
            workspace: Box::new(theirs.clone()),
            conflicts: vec![]
        }
    );
    assert_eq!(
        m.handle(Event::LocalChanged(theirs.clone()), NOW),
        Action::Nothing,
        "the app saving what was applied"
    );
    assert_eq!(
        m.handle(Event::Applied, NOW),
        Action::Wait { after_ms: POLL_MS }
    );
    assert_eq!(m.record().base, Some(file::file_document(&theirs)));
    assert_eq!(
        m.record().remote_change_at.as_deref(),
        Some(NOW),
        "when it was written"
    );
    assert_eq!(m.record().pending, 0);
}

#[test]
fn a_412_reads_merges_applies_and_writes_again_keeping_both_sides() {
    let ws = workspace();
    let mut m = synced(&ws);
    let mine = edited(&ws, "GGI-A-17", Status::Done, "2027-03-01T10:00:02.000Z");
    let theirs = edited(&ws, "GGI-A-17", Status::Planned, "2027-03-01T10:00:01.000Z");
    let theirs = edited(
        &theirs,
        "GGI-A-18",
        Status::Planned,
        "2027-03-01T10:00:01.000Z",
    );
    m.handle(Event::LocalChanged(mine), NOW);
    assert_eq!(
        m.handle(Event::status(412), NOW),
        Action::Read {
            if_none_match: None
        }
    );
    let (_, read) = remote(&theirs, "\"v2\"");
    let Action::Apply {
        workspace: merged,
        conflicts,
    } = m.handle(read, NOW)
    else {
        panic!("apply")
    };
    assert_eq!(
        (
            merged.activities["GGI-A-17"].status,
            merged.activities["GGI-A-18"].status
        ),
        (Status::Done, Status::Planned)
    );
    assert!(
        matches!(&conflicts[..], [c] if matches!(c.kind, ConflictKind::Changed { applied: Side::Local, .. }))
    );
    assert_eq!(m.indicator(), Indicator::Conflicts { count: 1 });
    let action = m.handle(Event::Applied, NOW);
    assert_eq!(write_of(&action), ("\"v2\"", file::file_document(&merged)));
    assert_eq!(
        m.handle(
            Event::WriteOk {
                version: tag("\"v3\"")
            },
            NOW
        ),
        Action::Wait { after_ms: POLL_MS }
    );
    // A pick settles its conflict alone; settling it again changes nothing.
    let mut picked = m.clone();
    picked.settled(&conflicts[0]);
    picked.settled(&conflicts[0]);
    assert!(picked.conflicts().is_empty());
    m.reviewed();
    assert_eq!(
        m.indicator(),
        Indicator::Synced {
            at: Some(NOW.into())
        }
    );
}

#[test]
fn a_weak_tag_never_guards_a_write_the_strong_one_is_read_after_a_second() {
    let ws = workspace();
    let mut m = synced(&ws);
    let first = edited(&ws, "GGI-A-17", Status::Done, NOW);
    m.handle(Event::LocalChanged(first.clone()), NOW);
    // Apache answers a file written in the last second with a weak tag.
    m.handle(
        Event::WriteOk {
            version: tag("W/\"v2\""),
        },
        NOW,
    );
    let second = edited(&first, "GGI-A-18", Status::Done, NOW);
    assert_eq!(
        m.handle(Event::LocalChanged(second.clone()), NOW),
        Action::Wait {
            after_ms: WEAK_RETRY_MS
        }
    );
    assert_eq!(
        m.handle(Event::PollDue, NOW),
        Action::Read {
            if_none_match: None
        }
    );
    // Still weak: wait again rather than loop.
    let (_, weak) = remote(&first, "W/\"v2\"");
    assert_eq!(
        m.handle(weak, NOW),
        Action::Wait {
            after_ms: WEAK_RETRY_MS
        }
    );
    m.handle(Event::PollDue, NOW);
    let (_, strong) = remote(&first, "\"v2\"");
    let action = m.handle(strong, NOW);
    assert_eq!(write_of(&action), ("\"v2\"", file::file_document(&second)));
}

#[test]
fn the_first_overwrite_of_someone_elses_file_keeps_a_backup_of_its_exact_text_first() {
    let ws = workspace();
    let mut m = Machine::new(
        Record::opened(file::file_document(&ws), tag("\"v1\""), &v1(), NOW),
        &ws,
        me(),
    );
    let mine = edited(&ws, "GGI-A-17", Status::Done, NOW);
    assert_eq!(
        m.handle(Event::LocalChanged(mine.clone()), NOW),
        Action::Read {
            if_none_match: None
        }
    );
    let (text, read) = remote(&ws, "\"v1\"");
    let name = file::backup_name("ws-1", NOW, 1);
    assert_eq!(
        m.handle(read, NOW),
        Action::Backup {
            name,
            body: text.clone()
        }
    );
    // A backup of that name exists already (same second): the next name.
    let name = file::backup_name("ws-1", NOW, 2);
    assert_eq!(
        m.handle(Event::WriteConflict, NOW),
        Action::Backup { name, body: text }
    );
    let action = m.handle(Event::WriteOk { version: None }, NOW);
    assert_eq!(write_of(&action).0, "\"v1\"");
    m.handle(
        Event::WriteOk {
            version: tag("\"v2\""),
        },
        NOW,
    );
    let more = edited(&mine, "GGI-A-18", Status::Done, NOW);
    assert_eq!(
        write_of(&m.handle(Event::LocalChanged(more), NOW)).0,
        "\"v2\"",
        "no second backup"
    );
}

#[test]
fn an_unreadable_or_newer_remote_file_is_never_overwritten() {
    let ws = workspace();
    let newer =
        remote(&ws, "\"v1\"")
            .0
            .replacen("\"schema_version\": 1", "\"schema_version\": 99", 1);
    for (text, error) in [
        ("{ not json", None),
        (newer.as_str(), Some(SyncError::NewerSchema { version: 99 })),
    ] {
        let mut m = synced(&ws);
        m.handle(Event::PollDue, NOW);
        let event = Event::read(tag("\"v9\""), text.into(), "ws-1", c());
        let Action::ShowError {
            error: shown,
            retry_after_ms,
        } = m.handle(event, NOW)
        else {
            panic!("error")
        };
        assert_eq!(retry_after_ms, POLL_MS);
        if let Some(error) = error {
            assert_eq!(shown, error);
        }
        let mine = edited(&ws, "GGI-A-17", Status::Done, NOW);
        assert_eq!(
            m.handle(Event::LocalChanged(mine.clone()), NOW),
            Action::Nothing
        );
        assert!(matches!(m.indicator(), Indicator::Error { waiting: 1, .. }));
        // Fixed on the server: the next poll merges and writes.
        assert_eq!(
            m.handle(Event::PollDue, NOW),
            Action::Read {
                if_none_match: Some("\"v1\"".into())
            }
        );
        let action = m.handle(Event::status(304), NOW);
        assert_eq!(write_of(&action), ("\"v1\"", file::file_document(&mine)));
    }
}

#[test]
fn offline_edits_wait_counted_and_go_out_on_reconnect() {
    let ws = workspace();
    let mut m = synced(&ws);
    let one = edited(&ws, "GGI-A-17", Status::Done, NOW);
    m.handle(Event::LocalChanged(one.clone()), NOW);
    assert_eq!(
        m.handle(Event::Offline, NOW),
        Action::Wait { after_ms: 2_000 }
    );
    let two = edited(&one, "GGI-A-18", Status::Done, NOW);
    assert_eq!(
        m.handle(Event::LocalChanged(two.clone()), NOW),
        Action::Nothing
    );
    assert_eq!(m.indicator(), Indicator::Offline { waiting: 2 });
    m.handle(Event::PollDue, NOW);
    assert_eq!(
        m.handle(Event::Offline, NOW),
        Action::Wait { after_ms: 4_000 }
    );
    m.handle(Event::SyncNow, NOW);
    let action = m.handle(Event::status(304), NOW);
    assert_eq!(write_of(&action).1, file::file_document(&two));
    m.handle(
        Event::WriteOk {
            version: tag("\"v2\""),
        },
        NOW,
    );
    assert_eq!(
        m.indicator(),
        Indicator::Synced {
            at: Some(NOW.into())
        }
    );
}

#[test]
fn each_failure_gets_its_own_error_and_wait() {
    let ws = workspace();
    let cases = [
        (401, SyncError::Unauthorized, BLOCKED_RETRY_MS),
        (403, SyncError::Forbidden, BLOCKED_RETRY_MS),
        (500, SyncError::Server { status: 500 }, 2_000),
        (503, SyncError::Server { status: 503 }, 2_000),
        (404, SyncError::Gone, POLL_MS),
    ];
    for (status, error, retry_after_ms) in cases {
        let mut m = synced(&ws);
        m.handle(Event::PollDue, NOW);
        assert_eq!(
            m.handle(Event::status(status), NOW),
            Action::ShowError {
                error,
                retry_after_ms
            },
            "{status}"
        );
    }
    // A deleted file is saved again only when the user says so.
    let mut m = synced(&ws);
    m.handle(Event::PollDue, NOW);
    m.handle(Event::status(410), NOW);
    assert!(matches!(
        m.handle(Event::Recreate, NOW),
        Action::Create { .. }
    ));
    assert!(matches!(
        m.handle(Event::status(409), NOW),
        Action::ShowError {
            error: SyncError::FolderMissing,
            ..
        }
    ));
    assert_eq!(m.handle(Event::Recreate, NOW), Action::Nothing);
}

#[test]
fn a_team_folder_failing_on_this_computer_is_its_own_error_and_is_tried_again_soon() {
    let ws = workspace();
    let mine = edited(&ws, "GGI-A-17", Status::Done, NOW);
    for (fault, retry_after_ms) in [
        (FolderFault::Busy, 2_000),
        (FolderFault::Full, 2_000),
        (FolderFault::Unwritable, 2_000),
        // Taken back by the browser: only the user opening it again helps.
        (FolderFault::NotAllowed, BLOCKED_RETRY_MS),
    ] {
        let mut m = synced(&ws);
        assert!(matches!(
            m.handle(Event::LocalChanged(mine.clone()), NOW),
            Action::Write { .. }
        ));
        assert_eq!(
            m.handle(Event::FolderFault(fault), NOW),
            Action::ShowError {
                error: SyncError::TeamFolder(fault),
                retry_after_ms
            },
            "{fault:?}"
        );
        // Nothing is lost: the change still waits, and goes out at the retry.
        assert!(matches!(m.indicator(), Indicator::Error { waiting: 1, .. }));
        assert!(matches!(m.handle(Event::PollDue, NOW), Action::Read { .. }));
    }
}

#[test]
fn a_server_that_refuses_every_guarded_write_is_reported() {
    let ws = workspace();
    let mut m = synced(&ws);
    let mine = edited(&ws, "GGI-A-17", Status::Done, NOW);
    let mut action = m.handle(Event::LocalChanged(mine), NOW);
    for _ in 0..REFUSALS {
        assert_eq!(write_of(&action).0, "\"v1\"");
        assert_eq!(
            m.handle(Event::status(412), NOW),
            Action::Read {
                if_none_match: None
            }
        );
        // The file is as it was (a proxy rewriting tags, say): nobody else wrote.
        action = m.handle(remote(&ws, "\"v1\"").1, NOW);
    }
    let Action::ShowError { error, .. } = action else {
        panic!("error")
    };
    assert_eq!(error, SyncError::WritesRefused);
}

#[test]
fn an_edit_made_while_a_merge_is_being_applied_is_merged_onto_it() {
    let ws = workspace();
    let mut m = synced(&ws);
    let theirs = edited(&ws, "GGI-A-17", Status::Done, NOW);
    m.handle(Event::PollDue, NOW);
    assert!(matches!(
        m.handle(remote(&theirs, "\"v2\"").1, NOW),
        Action::Apply { .. }
    ));
    let mine = edited(&ws, "GGI-A-18", Status::Done, NOW);
    let Action::Apply {
        workspace: both, ..
    } = m.handle(Event::LocalChanged(mine), NOW)
    else {
        panic!("apply")
    };
    assert_eq!(both.activities.len(), 2);
    let action = m.handle(Event::Applied, NOW);
    assert_eq!(write_of(&action), ("\"v2\"", file::file_document(&both)));
}

#[test]
fn a_conflict_this_browser_won_is_still_kept_to_review() {
    // Found by the end-to-end test: both set the same field, this browser's edit is the later
    // one, so the merge is this browser's document and there is nothing to apply; the other
    // value must still be offered.
    let ws = workspace();
    let mut m = synced(&ws);
    let theirs = edited(&ws, "GGI-A-17", Status::Done, "2027-03-01T10:00:00.000Z");
    let mine = edited(&ws, "GGI-A-17", Status::Planned, "2027-03-01T10:00:01.000Z");
    m.handle(Event::LocalChanged(mine.clone()), NOW);
    assert_eq!(
        m.handle(Event::WriteConflict, NOW),
        Action::Read {
            if_none_match: None
        }
    );
    let (_, read) = remote(&theirs, "\"v2\"");
    let action = m.handle(read, NOW);
    assert_eq!(write_of(&action), ("\"v2\"", file::file_document(&mine)));
    assert!(
        matches!(m.conflicts(), [c] if matches!(c.kind, ConflictKind::Changed { applied: Side::Local, .. })),
        "{:?}",
        m.conflicts()
    );
    assert_eq!(m.indicator(), Indicator::Conflicts { count: 1 });
}

#[test]
fn a_write_the_folder_lost_to_an_older_one_is_merged_from_before_it_never_dropped() {
    // A shared folder has no compare-and-swap: the organisation's file sync may replace this
    // browser's freshly written file with a colleague's, made from the version before it.
    let ws = workspace();
    let mut m = synced(&ws);
    let mine = edited(&ws, "GGI-A-17", Status::Done, "2027-03-01T10:00:02.000Z");
    let (_, sent) = write_of(&m.handle(Event::LocalChanged(mine.clone()), NOW));
    assert_eq!(sent, file::file_document(&mine));
    let ok = Event::WriteOk {
        version: tag("\"v2\""),
    };
    assert_eq!(m.handle(ok, NOW), Action::Wait { after_ms: POLL_MS });
    assert_eq!(m.record().lineage, ["t.1", &format!("exported {NOW}")]);
    // The colleague's file, from "v1": the same activity otherwise, and another one.
    let theirs = edited(&ws, "GGI-A-17", Status::Planned, "2027-03-01T10:00:01.000Z");
    let theirs = edited(
        &theirs,
        "GGI-A-18",
        Status::Planned,
        "2027-03-01T10:00:01.000Z",
    );
    m.handle(Event::PollDue, NOW);
    let from_v1 = ["c.1", &format!("exported {NOW}")];
    let (_, read) = stamped(&theirs, "\"v3\"", &from_v1);
    let Action::Apply {
        workspace: merged,
        conflicts,
    } = m.handle(read, NOW)
    else {
        panic!("apply")
    };
    // Both sides kept: the colleague's other change, and this browser's value, with the
    // colleague's to review (not taken as a change made after this browser's write).
    assert_eq!(merged.activities["GGI-A-18"].status, Status::Planned);
    assert_eq!(merged.activities["GGI-A-17"].status, Status::Done);
    assert!(matches!(&conflicts[..], [c] if matches!(c.kind, ConflictKind::Changed { .. })));
    assert_eq!(m.record().remote_change_by.as_deref(), Some("Colleague"));
    assert_eq!(conflicts[0].by.as_deref(), Some("Colleague"));
    let action = m.handle(Event::Applied, NOW);
    let (if_match, sent) = write_of(&action);
    assert_eq!((if_match, sent), ("\"v3\"", file::file_document(&merged)));
    let Action::Write { body, .. } = &action else {
        panic!("write")
    };
    let (_, stamp) = file::read_stamped(body, "ws-1", c()).unwrap_or_else(|e| panic!("{e}"));
    let written = stamp.written.unwrap_or_else(|| panic!("stamped"));
    assert_eq!(
        (written.by.as_str(), &written.lineage[..2]),
        ("Mine", &["t.2".to_string(), "c.1".to_string()][..])
    );

    // A colleague who saw this browser's write and changed something else: no conflict.
    let mut m = wrote(&ws, &mine);
    let after = edited(
        &mine,
        "GGI-A-18",
        Status::Planned,
        "2027-03-01T10:00:03.000Z",
    );
    m.handle(Event::PollDue, NOW);
    let after_mine = ["c.1", "t.1", &format!("exported {NOW}")];
    let (_, read) = stamped(&after, "\"v3\"", &after_mine);
    assert_eq!(
        m.handle(read, NOW),
        Action::Apply {
            workspace: Box::new(after.clone()),
            conflicts: vec![]
        }
    );

    // A colleague who saw this browser's write and undid it: undone, no conflict (found by
    // tests/suite/sync_machine_properties.rs: taking it as a lost write, both browsers wrote their
    // own value back forever).
    let mut m = wrote(&ws, &mine);
    let undone = edited(
        &mine,
        "GGI-A-17",
        Status::NotSelected,
        "2027-03-01T10:00:03.000Z",
    );
    m.handle(Event::PollDue, NOW);
    let (_, read) = stamped(&undone, "\"v3\"", &after_mine);
    assert_eq!(
        m.handle(read, NOW),
        Action::Apply {
            workspace: Box::new(undone.clone()),
            conflicts: vec![]
        }
    );
}
