//! Records without a usable date (a board import, an old file) never overwrite dated work.

use super::*;
use crate::progress::{ActivityProgress, Priority};

const ID: &str = "GGI-A-17";

/// Every way a record can lack a date: none, blank, or a text that is not a timestamp.
const UNDATED: [&str; 5] = ["", " ", "now", "unknown", "05/01/2027"];

fn with(p: ActivityProgress) -> Document {
    let mut d = base();
    ws(&mut d).activities.insert(ID.into(), p);
    d
}

fn record(status: Status, notes: &str, at: &str) -> ActivityProgress {
    let mut p = ActivityProgress {
        status,
        updated_at: at.into(),
        ..ActivityProgress::default()
    };
    p.scorecard.notes = notes.into();
    p
}

#[test]
fn an_undated_record_never_wins_over_a_dated_one() {
    for at in UNDATED {
        for dated_at in ["2027-01-05T10:00:00Z", "2027-01-05"] {
            let dated = record(Status::Done, "Reviewed", dated_at);
            let undated = record(Status::Planned, "From the board", at);
            for (ours, theirs, dated_side) in [
                (&dated, &undated, Side::Ours),
                (&undated, &dated, Side::Theirs),
            ] {
                let (merged, report) = merged(&with(ours.clone()), &with(theirs.clone()));
                let p = &merged.workspaces[0].activities[ID];
                let case = format!("{at:?} against {dated_at}, dated side {dated_side:?}");
                assert_eq!(p.status, Status::Done, "{case}");
                assert_eq!(p.scorecard.notes, "Reviewed\n\nFrom the board", "{case}");
                assert_eq!(p.updated_at, dated_at, "{case}");
                assert_eq!(
                    report.changed[0].outcome,
                    Outcome::Combined {
                        newer: dated_side,
                        texts_joined: true
                    },
                    "{case}"
                );
                assert!(!report.changed[0].undated, "{case}");
            }
        }
    }
}

#[test]
fn two_undated_records_are_combined_and_ours_stays_where_they_differ() {
    for (ours_at, theirs_at) in [("", "now"), ("unknown", ""), ("", "")] {
        let mut theirs = record(Status::Planned, "From the board", theirs_at);
        theirs.owner = "Ana".into();
        theirs.priority = Some(Priority::High);
        let ours = record(Status::NotSelected, "Ours", ours_at);
        let (result, report) = merged(&with(ours.clone()), &with(theirs.clone()));
        let p = &result.workspaces[0].activities[ID];
        let case = format!("{ours_at:?} and {theirs_at:?}");
        assert_eq!(p.status, Status::Planned, "a status beats none: {case}");
        assert_eq!(
            (p.owner.as_str(), p.priority),
            ("Ana", Some(Priority::High)),
            "{case}"
        );
        assert_eq!(p.scorecard.notes, "Ours\n\nFrom the board", "{case}");
        assert!(report.changed[0].undated, "{case}");
        let line = report.changed[0].line(&crate::i18n::EN);
        assert!(line.contains("neither version says when"), "{line}");

        // Two statuses: ours stays, as on a tie.
        let ours = record(Status::InProgress, "Ours", ours_at);
        let (again, _) = merged(&with(ours), &with(theirs));
        assert_eq!(
            again.workspaces[0].activities[ID].status,
            Status::InProgress,
            "{case}"
        );
    }
}
