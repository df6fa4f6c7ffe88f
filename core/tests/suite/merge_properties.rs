//! Property tests of merging: for arbitrary documents a and b, every item of both is in
//! merge(a, b) (and every profile field either side set stays set, every role and goal listed); a document merged with itself, or a file imported twice, changes nothing; the
//! result is a valid document, whose export imports even when the texts of both sides are too
//! long to be kept whole together. Ids are sequential (`ws-1`, `OWN-1`, `obj-1`, `own-1`, `it-1`),
//! as in files written before ids were random, so that unrelated documents clash everywhere.
//! The number of cases comes from `PROPTEST_CASES` (proptest's default, 256, when unset).

use crate::common;
use crate::strategies;

use ggi_core::catalogue::Activity;
use ggi_core::limits::TEXT;
use ggi_core::merge::merge;
use ggi_core::progress::ActivityProgress;
use ggi_core::schema::{Document, Workspace};
use ggi_core::{export, import, journey, validate};
use proptest::prelude::*;
use strategies::{catalogue, document};

/// Ids numbered as the app numbered them before they were random.
fn sequential(mut doc: Document) -> Document {
    let active = doc
        .workspaces
        .iter()
        .position(|w| w.id == doc.active_workspace);
    for (i, ws) in doc.workspaces.iter_mut().enumerate() {
        ws.id = format!("ws-{}", i + 1);
        for p in ws.activities.values_mut() {
            for (j, o) in p.objectives.iter_mut().enumerate() {
                o.id = format!("obj-{}", j + 1);
            }
        }
    }
    doc.active_workspace = format!("ws-{}", active.unwrap_or(0) + 1);
    doc
}

/// `a` changed elsewhere, as a colleague's copy: the statuses, owners and dates of `c`, ticks
/// and objectives flipped, evidence extended, `c`'s objectives, own points, own activities and
/// iterations added (with the same sequential ids as `a`'s), `a`'s own activities deleted.
fn edited(a: &Document, c: &Document) -> Document {
    let mut b = a.clone();
    for (ws, other) in b.workspaces.iter_mut().zip(&c.workspaces) {
        ws.updated_at.clone_from(&other.updated_at);
        ws.name.clone_from(&other.name);
        ws.activities
            .retain(|id, _| catalogue().activity(id).is_some());
        for (id, theirs) in &other.activities {
            let Some(p) = ws.activities.get_mut(id) else {
                ws.activities.insert(id.clone(), theirs.clone());
                continue;
            };
            p.status = theirs.status;
            p.owner.clone_from(&theirs.owner);
            p.updated_at.clone_from(&theirs.updated_at);
            p.scorecard.notes.push_str(&theirs.scorecard.notes);
            for o in &mut p.objectives {
                o.done = !o.done;
            }
            let n = p.objectives.len();
            p.objectives
                .extend(theirs.objectives.iter().enumerate().map(|(j, o)| {
                    let mut o = o.clone();
                    o.id = format!("obj-{}", n + j + 1);
                    o
                }));
            let own: Vec<String> = p.custom_points.iter().map(|v| v.id.clone()).collect();
            p.verification.retain(|point, _| !own.contains(point));
            for check in p.verification.values_mut() {
                check.met = !check.met;
                check.evidence.push_str(" (checked)");
            }
            p.custom_points.clone_from(&theirs.custom_points);
            for v in &theirs.custom_points {
                if let Some(check) = theirs.verification.get(&v.id) {
                    p.verification.insert(v.id.clone(), check.clone());
                }
            }
        }
        ws.custom_activities.clone_from(&other.custom_activities);
        for (id, p) in &other.activities {
            if catalogue().activity(id).is_none() {
                ws.activities.insert(id.clone(), p.clone());
            }
        }
        for (mine, theirs) in ws.iterations.iter_mut().zip(&other.iterations) {
            mine.snapshot = mine.snapshot.take().or(theirs.snapshot.clone());
        }
        let n = ws.iterations.len();
        ws.iterations
            .extend(other.iterations.iter().skip(n).cloned());
    }
    b
}

/// Two unrelated documents, or a document and a colleague's edited copy of it.
fn pair() -> impl Strategy<Value = (Document, Document)> {
    (document(), document(), any::<bool>()).prop_map(|(a, c, related)| {
        let (a, c) = (sequential(a), sequential(c));
        let b = if related { edited(&a, &c) } else { c };
        (a, b)
    })
}

fn same_content(a: &Activity, b: &Activity) -> bool {
    Activity {
        id: b.id.clone(),
        ..a.clone()
    } == *b
}

/// `merged` has every piece of work of `p`: objectives (done stays done), own points, ticks
/// and evidence, scorecard texts.
fn covers(merged: &ActivityProgress, p: &ActivityProgress) -> bool {
    let objectives = p.objectives.iter().all(|o| {
        merged
            .objectives
            .iter()
            .any(|m| m.text == o.text && (m.done || !o.done))
    });
    let point_ids = |id: &String| -> Vec<String> {
        match p.custom_points.iter().find(|v| &v.id == id) {
            Some(own) => merged
                .custom_points
                .iter()
                .filter(|m| m.text == own.text)
                .map(|m| m.id.clone())
                .collect(),
            None => vec![id.clone()],
        }
    };
    let checks = p.verification.iter().all(|(id, check)| {
        point_ids(id).iter().any(|m| {
            merged.verification.get(m).is_some_and(|mc| {
                (mc.met || !check.met) && mc.evidence.contains(check.evidence.as_str())
            })
        })
    });
    let (s, ms) = (&p.scorecard, &merged.scorecard);
    let texts = ms.description.contains(&s.description)
        && ms.opportunity.contains(&s.opportunity)
        && ms.tools.contains(&s.tools)
        && ms.notes.contains(&s.notes);
    objectives && p.custom_points.iter().all(|v| !point_ids(&v.id).is_empty()) && checks && texts
}

/// Every item of `source` is in `merged`, by content; `ours` items also keep their ids.
fn holds(merged: &Document, source: &Document, ours: bool) -> Result<(), String> {
    for ws in &source.workspaces {
        let m = merged
            .workspace(&ws.id)
            .ok_or(format!("workspace {} is gone", ws.id))?;
        let (p, mp) = (&ws.profile, &m.profile);
        let set = (p.organisation.is_empty() || !mp.organisation.is_empty())
            && (p.kind.is_none() || mp.kind.is_some())
            && (p.size.is_none() || mp.size.is_some())
            && (ws.name.is_empty() || !m.name.is_empty());
        let lists = p.roles.iter().all(|r| mp.roles.contains(r))
            && p.goals.iter().all(|g| mp.goals.contains(g));
        if !set || !lists {
            return Err(format!(
                "the profile of {} lost a field: {p:?} → {mp:?}",
                ws.id
            ));
        }
        for a in &ws.custom_activities {
            if !m
                .custom_activities
                .iter()
                .any(|b| same_content(a, b) && (!ours || b.id == a.id))
            {
                return Err(format!("own activity {:?} is gone", a.title));
            }
        }
        for (id, p) in &ws.activities {
            let ids = keys(m, ws, id);
            if !ids
                .iter()
                .any(|k| m.activities.get(k).is_some_and(|mp| covers(mp, p)))
            {
                return Err(format!(
                    "progress on {id} is not all kept (looked at {ids:?})"
                ));
            }
        }
        for it in &ws.iterations {
            let kept = m.iterations.iter().any(|mi| {
                mi.name == it.name
                    && (!ours || mi.id == it.id)
                    && it
                        .start
                        .as_ref()
                        .is_none_or(|s| mi.start.as_ref() == Some(s))
                    && it.end.as_ref().is_none_or(|e| mi.end.as_ref() == Some(e))
                    && it
                        .snapshot
                        .as_ref()
                        .is_none_or(|s| mi.snapshot.as_ref() == Some(s))
            });
            if !kept {
                return Err(format!("iteration {:?} is gone", it.name));
            }
        }
    }
    Ok(())
}

/// Where the progress `ws` records under `id` can be in the merged workspace `m`.
fn keys(m: &Workspace, ws: &Workspace, id: &str) -> Vec<String> {
    match ws.custom_activities.iter().find(|a| a.id == id) {
        Some(own) => m
            .custom_activities
            .iter()
            .filter(|b| same_content(own, b))
            .map(|b| b.id.clone())
            .collect(),
        None => vec![id.to_string()],
    }
}

proptest! {
    #[test]
    fn merging_keeps_every_item_of_both_documents((a, b) in pair()) {
        let (merged, _) = merge(&a, &b, catalogue());
        holds(&merged, &a, true).map_err(|e| TestCaseError::fail(format!("of ours: {e}")))?;
        holds(&merged, &b, false).map_err(|e| TestCaseError::fail(format!("of the file: {e}")))?;
    }

    #[test]
    fn merging_two_valid_documents_gives_a_valid_one((a, b) in pair()) {
        prop_assert_eq!(repairs(&b, catalogue()), Ok(0), "the file itself is valid");
        let (merged, _) = merge(&a, &b, catalogue());
        prop_assert_eq!(repairs(&merged, catalogue()), Ok(0));
    }

    #[test]
    fn merging_a_document_with_itself_changes_nothing(a in document()) {
        for doc in [a.clone(), sequential(a)] {
            let (merged, report) = merge(&doc, &doc, catalogue());
            prop_assert_eq!(&merged, &doc);
            prop_assert!(report.is_noop(), "{:?}", report);
        }
    }

    #[test]
    fn importing_the_same_file_twice_adds_nothing((a, b) in pair()) {
        let (once, _) = merge(&a, &b, catalogue());
        let (twice, report) = merge(&once, &b, catalogue());
        prop_assert_eq!(&twice, &once);
        prop_assert!(report.is_noop(), "{:?}", report);
    }
}

/// A text of `n` characters near the limit of texts: a first character that sets it apart, then
/// one character repeated.
fn long_text() -> impl Strategy<Value = String> {
    let n = prop_oneof![Just(TEXT), Just(TEXT - 1), TEXT / 2..=TEXT, 1..=TEXT / 2];
    (any::<char>(), any::<char>(), n).prop_map(|(head, fill, n)| {
        std::iter::once(head)
            .chain(std::iter::repeat_n(fill, n - 1))
            .collect()
    })
}

/// `pair()` whose first two records of each workspace carry long texts on both sides (notes,
/// description, every evidence), so that two differing versions do not fit together.
fn long_pair() -> impl Strategy<Value = (Document, Document)> {
    let texts = proptest::collection::vec(long_text(), 6);
    (pair(), texts).prop_map(|((mut a, mut b), texts)| {
        for (doc, texts) in [(&mut a, &texts[..3]), (&mut b, &texts[3..])] {
            for p in doc
                .workspaces
                .iter_mut()
                .flat_map(|w| w.activities.values_mut().take(2))
            {
                p.scorecard.notes.clone_from(&texts[0]);
                p.scorecard.description.clone_from(&texts[1]);
                for check in p.verification.values_mut() {
                    check.evidence.clone_from(&texts[2]);
                }
            }
        }
        (a, b)
    })
}

/// What the merge writes is what the app, `ggi validate` and `ggi report` read: the export of
/// merge(a, b) imports, however long the texts of both sides.
#[test]
fn merging_two_valid_documents_gives_one_that_imports() {
    // Each case carries a few megabytes of text: fewer cases than the others. The strategy is
    // one level deeper than `pair()`, too deep for a test thread's stack in a debug build.
    let config = ProptestConfig {
        cases: ProptestConfig::default().cases.min(16),
        ..ProptestConfig::default()
    };
    let run = move || {
        let mut runner = proptest::test_runner::TestRunner::new(config);
        runner
            .run(&long_pair(), |(a, b)| {
                prop_assert_eq!(imports(&a), Ok(()), "ours itself imports");
                prop_assert_eq!(imports(&b), Ok(()), "the file itself imports");
                let (merged, _) = merge(&a, &b, catalogue());
                prop_assert_eq!(imports(&merged), Ok(()));
                Ok(())
            })
            .map_err(|failure| failure.to_string())
    };
    let outcome = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(run)
        .map(|thread| thread.join());
    match outcome {
        Ok(Ok(Ok(()))) => {}
        Ok(Ok(Err(failure))) => panic!("{failure}"),
        Ok(Err(_)) => panic!("the property panicked"),
        Err(e) => panic!("no thread for the property: {e}"),
    }
}

/// `doc`, exported, is read back by the importer without error.
fn imports(doc: &Document) -> Result<(), import::ImportError> {
    let file = export::export(doc, None, "2027-03-01T00:00:00Z");
    import::read(&export::to_json(&file), catalogue()).map(|_| ())
}

/// How many ids the importer would have to repair in `doc` (a valid document needs none).
fn repairs(doc: &Document, c: &ggi_core::catalogue::Catalogue) -> Result<usize, (String, String)> {
    let warnings = validate::document(&mut doc.clone(), c)?;
    Ok(warnings
        .iter()
        .filter(|w| matches!(w, validate::Warning::Reidentified { .. }))
        .count())
}

/// The rich fixture merged into another department's document that reused every sequential id.
#[test]
fn the_rich_fixture_merges_into_a_clashing_document_without_loss() {
    let c = catalogue();
    let rich = common::rich_document(c);
    let mut other = Document::new(c, "2027-03-02T00:00:00Z");
    let ws = &mut other.workspaces[0];
    journey::add_custom_activity(ws, "trust", "Security policy review", "", "1");
    ws.custom_activities[0].id = "OWN-1".into();
    journey::add_objective(
        ws,
        "GGI-A-21",
        "Publish an SBOM",
        "2027-03-02T00:00:00Z",
        "1",
    );
    journey::add_custom_point(
        ws,
        "GGI-A-21",
        "We sign releases",
        "2027-03-02T00:00:00Z",
        "1",
    );
    ws.iterations.push(rich.workspaces[0].iterations[1].clone());
    ws.iterations[0].name = "Security sprint".into();
    let (merged, report) = merge(&other, &rich, c);
    assert_eq!(holds(&merged, &other, true), Ok(()));
    assert_eq!(holds(&merged, &rich, false), Ok(()));
    assert_eq!(repairs(&merged, c), Ok(0));
    assert!(report.duplicates.len() >= 3, "{:?}", report.duplicates);
}
