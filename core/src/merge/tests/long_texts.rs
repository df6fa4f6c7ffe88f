//! Two versions of a text too long to keep whole together: the merged document still imports.

use super::*;
use crate::limits::{self, TEXT};
use crate::progress::ActivityProgress;

const ID: &str = "GGI-A-21";
const EARLY: &str = "2027-01-02T00:00:00Z";
const LATE: &str = "2027-01-09T00:00:00Z";

/// `n` characters starting with `head`: texts that neither contains the other.
fn long(head: &str, n: usize) -> String {
    let mut s = head.to_string();
    s.extend(std::iter::repeat_n('é', n - limits::chars(head)));
    s
}

fn point() -> String {
    c().activity(ID)
        .map(|a| a.verification_points[0].id.clone())
        .unwrap_or_default()
}

fn with(notes: &str, evidence: &str, at: &str) -> Document {
    let mut d = base();
    let mut p = ActivityProgress {
        updated_at: at.into(),
        ..ActivityProgress::default()
    };
    p.scorecard.notes = notes.into();
    p.verification.entry(point()).or_default().evidence = evidence.into();
    ws(&mut d).activities.insert(ID.into(), p);
    d
}

/// The merged document, exported, is read back by the importer.
fn imports(doc: &Document) -> Result<(), crate::import::ImportError> {
    let file = crate::export::export(doc, None, LATE);
    crate::import::read(&crate::export::to_json(&file), c()).map(|_| ())
}

#[test]
fn the_newer_text_stays_whole_and_the_older_keeps_its_beginning_up_to_the_limit() {
    let ours = with(&long("Ours", 60_000), &long("Minutes", 70_000), EARLY);
    let theirs = with(&long("Theirs", 60_000), &long("Review", 50_000), LATE);
    let (result, report) = merged(&ours, &theirs);
    assert_eq!(imports(&result), Ok(()));
    let p = &result.workspaces[0].activities[ID];
    let notes = &p.scorecard.notes;
    assert_eq!(limits::chars(notes), TEXT);
    let kept = TEXT - 60_000 - "\n\n".len() - limits::chars(" […]");
    let expected = format!(
        "{}\n\n{} […]",
        long("Theirs", 60_000),
        limits::truncate(&long("Ours", 60_000), kept)
    );
    assert!(notes == &expected, "the file's whole, then ours' beginning");
    let evidence = &p.verification[&point()].evidence;
    assert!(evidence.starts_with(&long("Review", 50_000)) && evidence.ends_with(" […]"));
    let title = crate::catalogue::Catalogue::embedded()
        .activity(ID)
        .map(|a| a.verification_points[0].text.clone())
        .unwrap_or_default();
    assert_eq!(
        report.changed[0].cuts,
        [
            TextCut {
                field: TextField::Notes,
                side: Side::Ours,
                cut: 60_000 - kept,
            },
            TextCut {
                field: TextField::Evidence { point: title },
                side: Side::Ours,
                cut: 70_000 - (TEXT - 50_000 - 6),
            },
        ]
    );
    let line = report.changed[0].line(&crate::i18n::EN);
    assert!(
        line.contains(
            "Operational notes (approach, method): both texts together are longer than 100,000 \
             characters, so the file's is kept whole and this browser's loses its last 20,006 \
             characters (to keep them, export your data before merging)."
        ),
        "{line}"
    );
}

#[test]
fn a_text_of_the_file_that_does_not_fit_at_all_is_named_and_a_second_import_says_the_same() {
    let ours = with(&long("Ours", TEXT), "", LATE);
    let theirs = with("A short note", "", EARLY);
    let (once, report) = merged(&ours, &theirs);
    assert_eq!(once, ours, "nothing of the file fits");
    let cut = TextCut {
        field: TextField::Notes,
        side: Side::Theirs,
        cut: limits::chars("A short note"),
    };
    assert_eq!(report.changed[0].cuts, std::slice::from_ref(&cut));
    assert!(!report.is_noop(), "the file's note is not here");
    let (twice, again) = merged(&once, &theirs);
    assert_eq!((twice, &again.changed[0].cuts), (once, &vec![cut]));

    // Cut in part, then imported again: the same cut, not the whole text again.
    let theirs = with(&long("Theirs", 60_000), "", EARLY);
    let ours = with(&long("Ours", 60_000), "", LATE);
    let (once, first) = merged(&ours, &theirs);
    let (twice, second) = merged(&once, &theirs);
    assert_eq!(twice, once);
    assert_eq!(first.changed[0].cuts, second.changed[0].cuts);
    assert_eq!(imports(&once), Ok(()));
}
