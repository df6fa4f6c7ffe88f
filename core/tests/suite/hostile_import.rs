//! Issue 22: a 20 MB hostile export is answered (a preview or a refusal that names the place)
//! in well under 2 s natively, whatever its shape: tens of thousands of own activities,
//! millions of duplicate ids, deep nesting, one huge string. The bound is on the processor time
//! the reading thread uses (the time that passes depends on what else the machine runs), and
//! generous for a debug build; `cargo test -p ggi-core --release --test hostile_import --
//! --nocapture` prints the figures of an optimised build, both times.

use ggi_core::catalogue::Catalogue;
use ggi_core::export;
use ggi_core::import::{self, preview, ImportError};
use ggi_core::limits;
use ggi_core::schema::Document;
use serde_json::Value;
use std::time::{Duration, Instant};

const MB20: usize = 20 * 1024 * 1024;

/// Processor time this thread has used (Linux's /proc): the tests share the machine's cores
/// with builds and each other, and only their own work counts against the bound. None
/// elsewhere, where the time that passes is measured.
fn thread_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    // After the command's name: fields 3 on; utime and stime (14 and 15, proc(5)) count ticks
    // of 1/100 s.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks = |i: usize| fields.get(i)?.parse::<u64>().ok();
    Some(Duration::from_millis((ticks(11)? + ticks(12)?) * 10))
}

fn bound() -> Duration {
    if cfg!(debug_assertions) {
        Duration::from_secs(30)
    } else {
        Duration::from_secs(2)
    }
}

/// An export of a fresh document in which the value at `place` (keys and indices from the
/// document) is the JSON text `fill` makes of the room left under 20 MB.
fn file_with(place: &[&str], fill: impl FnOnce(usize) -> String) -> String {
    let c = Catalogue::embedded();
    let doc = Document::new(&c, "2027-01-01T00:00:00Z");
    let mut v: Value = serde_json::from_str(&export::to_json(&export::export(&doc, None, "t")))
        .unwrap_or_else(|e| panic!("{e}"));
    let mut at = &mut v["document"];
    for key in place {
        let here = at;
        at = match key.parse::<usize>() {
            Ok(i) if here.is_array() => &mut here[i],
            _ => &mut here[*key],
        };
    }
    *at = "@@".into();
    let text = v.to_string();
    let file = text.replacen("\"@@\"", &fill(MB20 - text.len()), 1);
    assert!(file.len() <= MB20, "{}", file.len());
    file
}

/// A JSON list of the items `item` makes (from their index), as many as fit in `room` bytes.
fn list(room: usize, item: impl Fn(usize) -> String) -> String {
    let mut out = String::with_capacity(room);
    out.push('[');
    for i in 0.. {
        let next = item(i);
        if out.len() + next.len() + 2 > room {
            break;
        }
        if i > 0 {
            out.push(',');
        }
        out.push_str(&next);
    }
    out.push(']');
    out
}

/// Reads `text` as the app's Data page does (then previews it), timed.
fn answer(what: &str, text: &str) -> Result<import::Imported, ImportError> {
    let c = Catalogue::embedded();
    let current = Document::new(&c, "2027-01-01T00:00:00Z");
    let (cpu, wall) = (thread_cpu(), Instant::now());
    let read = import::read(text, &c);
    let reading = wall.elapsed();
    if let Ok(imported) = &read {
        let p = preview::preview(&imported.document, &current, &c);
        assert!(!p.workspaces.is_empty());
    }
    let passed = wall.elapsed();
    let took = match (cpu, thread_cpu()) {
        (Some(before), Some(now)) => now.saturating_sub(before),
        _ => passed,
    };
    println!(
        "{what}: {} bytes answered in {} ms of processor time ({} ms passed, {} ms to read): {}",
        text.len(),
        took.as_millis(),
        passed.as_millis(),
        reading.as_millis(),
        match &read {
            Ok(i) => format!("preview, {} warning(s)", i.warnings.len()),
            Err(e) => e.to_string().chars().take(120).collect(),
        }
    );
    assert!(took < bound(), "{what}: took {took:?}");
    read
}

fn too_many(read: Result<import::Imported, ImportError>) -> (String, usize, usize) {
    match read {
        Err(ImportError::TooMany { path, count, max }) => (path, count, max),
        other => panic!("expected a list over its cap, got {:?}", other.map(|_| ())),
    }
}

#[test]
fn eighty_thousand_own_activities() {
    let text = file_with(&["workspaces", "0", "custom_activities"], |room| {
        list(room, |i| {
            format!(
                r#"{{"id":"ORG-{i}","title":"Own activity","goal":"usage","roles":[],"description":"","opportunity":"","verification_points":[{{"id":"done","text":"In place"}}]}}"#
            )
        })
    });
    let (path, count, max) = too_many(answer("80,000 own activities", &text));
    assert_eq!(path, "document.workspaces[0].custom_activities");
    assert!(count > 80_000, "{count}");
    assert_eq!(max, limits::CUSTOM_ACTIVITIES);
}

#[test]
fn twenty_mb_of_duplicate_objectives_in_one_activity() {
    // Millions of `{}`: objectives whose ids are all "".
    let text = file_with(
        &["workspaces", "0", "activities", "GGI-A-17", "objectives"],
        |room| list(room, |_| "{}".to_string()),
    );
    // Refused while it is read, once the list passes what a whole file may hold.
    assert_eq!(
        answer("20 MB of `{}` objectives", &text).map(|_| ()),
        Err(ImportError::TooManyItems { max: limits::ITEMS })
    );
}

#[test]
fn twenty_mb_of_duplicate_objectives_spread_under_each_cap() {
    // 1,000 `{}` objectives per activity (at that list's cap), in thousands of activities.
    let objectives = vec!["{}"; limits::OBJECTIVES].join(",");
    let c = Catalogue::embedded();
    let doc = Document::new(&c, "2027-01-01T00:00:00Z");
    let head = export::to_json(&export::export(&doc, None, "t"));
    let mut v: Value = serde_json::from_str(&head).unwrap_or_else(|e| panic!("{e}"));
    v["document"]["workspaces"][0]["activities"] = "@@".into();
    let head = v.to_string();
    let one = format!("{{\"objectives\":[{objectives}]}}");
    let n = (MB20 - head.len()) / (one.len() + 16);
    let activities: Vec<String> = (0..n).map(|i| format!("\"X-{i}\":{one}")).collect();
    let text = head.replacen("\"@@\"", &format!("{{{}}}", activities.join(",")), 1);
    assert!(text.len() <= MB20 && n * limits::OBJECTIVES > limits::ITEMS);
    match answer("20 MB of `{}` objectives, 1,000 per activity", &text) {
        Err(ImportError::TooManyItems { max }) => assert_eq!(max, limits::ITEMS),
        other => panic!("{:?}", other.map(|_| ())),
    }
}

#[test]
fn twenty_mb_of_iterations_with_one_id() {
    let text = file_with(&["workspaces", "0", "iterations"], |room| {
        list(room, |_| {
            r#"{"id":"it","name":"Q","start":null,"end":null}"#.into()
        })
    });
    let (path, _, max) = too_many(answer("20 MB of iterations with one id", &text));
    assert_eq!(path, "document.workspaces[0].iterations");
    assert_eq!(max, limits::ITERATIONS);
}

#[test]
fn very_deep_nesting() {
    let in_a_name = file_with(&["workspaces", "0", "name"], |room| "[".repeat(room));
    for (what, text) in [
        ("20 MB of `[`", "[".repeat(MB20)),
        ("a name nested 20 MB deep", in_a_name),
    ] {
        match answer(what, &text) {
            Err(ImportError::Syntax { message, .. }) => {
                assert!(message.contains("recursion limit"), "{message}")
            }
            other => panic!("{what}: {:?}", other.map(|_| ())),
        }
    }
}

#[test]
fn one_huge_string() {
    let string = |room: usize| format!("\"{}\"", "x".repeat(room - 2));
    let a17 = ["workspaces", "0", "activities", "GGI-A-17"];
    for (what, place, expected) in [
        ("a 20 MB name", vec!["workspaces", "0", "name"], "name"),
        (
            "a 20 MB evidence",
            [&a17[..], &["verification", "p", "evidence"]].concat(),
            "activities.GGI-A-17.verification.p.evidence",
        ),
    ] {
        match answer(what, &file_with(&place, string)) {
            Err(ImportError::Invalid { path, message }) => {
                assert_eq!(path, format!("document.workspaces[0].{expected}"));
                assert!(message.starts_with("is longer than"), "{message}");
            }
            other => panic!("{what}: {:?}", other.map(|_| ())),
        }
    }
    // As an id (of a verification point the catalogue does not have): refused with a short
    // place, not echoed whole in a warning.
    let text = file_with(&[&a17[..], &["verification"]].concat(), |room| {
        format!("{{{}:{{\"met\":true}}}}", string(room - 20))
    });
    match answer("a 20 MB point id", &text) {
        Err(ImportError::Invalid { path, message }) => {
            assert!(path.len() < 200, "{}", path.len());
            assert!(message.starts_with("is longer than"), "{message}");
        }
        other => panic!("{:?}", other.map(|_| ())),
    }
}

#[test]
fn a_valid_file_at_the_caps_is_previewed() {
    // One workspace with as many own activities as it may hold, each with progress, 150
    // objectives and 80 records: nearly 20 MB of lists within their caps.
    let c = Catalogue::embedded();
    let mut doc = Document::new(&c, "2027-01-01T00:00:00Z");
    let ws = &mut doc.workspaces[0];
    let mut own = c.activities[0].clone();
    own.next.clear();
    own.resources.clear();
    own.description = "Ours".into();
    own.opportunity.clear();
    for i in 0..limits::CUSTOM_ACTIVITIES {
        own.id = format!("ORG-{i}");
        ws.custom_activities.push(own.clone());
        let p = ggi_core::journey::progress_mut(ws, &own.id, "t");
        for o in 0..150 {
            p.objectives.push(ggi_core::progress::Objective {
                id: format!("obj-{o}"),
                text: format!("Objective {o}"),
                ..Default::default()
            });
        }
        for r in 0..80 {
            p.verification.insert(format!("p-{r}"), Default::default());
        }
    }
    let text =
        serde_json::to_string(&export::export(&doc, None, "t")).unwrap_or_else(|e| panic!("{e}"));
    assert!(text.len() <= MB20, "{}", text.len());
    let imported = answer("a file at the caps", &text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(imported.document, doc);
}
