//! Issue 22, point 15: texts longer than the limits. A scorecard field's overflow continues in
//! the operational notes; what still does not fit is cut, and every cut is listed (activity,
//! field, characters).

use super::import;
use crate::catalogue::Catalogue;
use crate::i18n::Lang;
use crate::limits::{chars, TEXT};

fn gh(number: u64, title: &str, body: &str) -> String {
    serde_json::json!([{
        "number": number,
        "title": title,
        "state": "OPEN",
        "labels": [{ "name": "In Progress" }],
        "body": body,
    }])
    .to_string()
}

fn scorecard(subsections: &str) -> String {
    format!(
        "Activity ID: [GGI-A-21 (EN)](x).\n\n### Scorecard\n\n<details><summary>Click to expand\
         </summary>\n\n{subsections}\n\n</details>\n"
    )
}

fn lines(r: &crate::board_import::BoardImport) -> Vec<String> {
    let t = Lang::En.messages();
    let kept = r.kept.iter().map(|k| k.localized(t.bridges()));
    let skipped = r.skipped.iter().map(|s| s.localized(t.bridges()));
    kept.chain(skipped).collect()
}

fn importable(r: &crate::board_import::BoardImport) {
    let json = crate::export::to_json(&crate::export::export(
        &r.document,
        None,
        "2025-06-01T12:00:00Z",
    ));
    let read = crate::import::read(&json, &Catalogue::embedded());
    assert!(read.is_ok(), "{:?}", read.err());
}

#[test]
fn a_long_description_continues_in_the_operational_notes() {
    let long = format!("{} END OF THE SCOPE", "scope ".repeat(25_000));
    let body = scorecard(&format!("#### Customized description\n\n{long}"));
    let r = import(&[("issues.json", &gh(4, "Legal", &body))]);
    let a21 = &r.document.workspaces[0].activities["GGI-A-21"];
    assert_eq!(chars(&a21.scorecard.description), TEXT);
    let rest: String = long.chars().skip(TEXT).collect();
    assert!(
        a21.scorecard.notes.contains(&rest),
        "{}",
        a21.scorecard.notes.chars().take(200).collect::<String>()
    );
    assert!(a21
        .scorecard
        .notes
        .contains("#### Continued from the scorecard, description"));
    let over = chars(&long) - TEXT;
    assert_eq!(
        lines(&r),
        [format!(
            "GGI-A-21: scorecard, description: longer than 100000 characters; its last {over} \
             characters continue in the operational notes"
        )]
    );
    importable(&r);
}

#[test]
fn notes_beyond_the_limit_are_cut_and_listed() {
    let long = "note ".repeat(24_000);
    let body = scorecard(&format!("#### Operational Notes\n\n{long}"));
    let r = import(&[("issues.json", &gh(4, "Legal", &body))]);
    let a21 = &r.document.workspaces[0].activities["GGI-A-21"];
    assert_eq!(chars(&a21.scorecard.notes), TEXT);
    let cut = chars(long.trim()) - TEXT;
    assert_eq!(
        lines(&r),
        [format!(
            "GGI-A-21: scorecard, operational notes: longer than 100000 characters; its last \
             {cut} characters are not imported"
        )]
    );
    importable(&r);
}

#[test]
fn a_long_objective_and_an_own_activity_s_title_and_description_are_listed() {
    let task = "t".repeat(TEXT + 10);
    let body = scorecard(&format!("#### Objectives\n\n- [ ] {task}"));
    let r = import(&[("issues.json", &gh(4, "Legal", &body))]);
    assert_eq!(
        lines(&r),
        [
            "GGI-A-21: objective 1: longer than 100000 characters; its last 10 characters are \
          not imported"
        ]
    );
    importable(&r);

    let title = "T".repeat(250);
    let description = "d".repeat(TEXT + 5);
    let r = import(&[("issues.json", &gh(5, &title, &description))]);
    let own = &r.document.workspaces[0].custom_activities[0];
    assert_eq!((chars(&own.title), chars(&own.description)), (200, TEXT));
    let found = lines(&r);
    for expected in [
        "BOARD-5: title of the own activity: longer than 200 characters; its last 50 \
         characters are not imported",
        "BOARD-5: description of the own activity: longer than 100000 characters; its last 5 \
         characters are not imported",
    ] {
        assert!(found.iter().any(|l| l == expected), "{found:?}");
    }
    importable(&r);
}

#[test]
fn the_cut_lines_read_in_french_with_no_break_spaces() {
    let body = scorecard(&format!(
        "#### Operational Notes\n\n{}",
        "n".repeat(TEXT + 1)
    ));
    let r = import(&[("issues.json", &gh(4, "Legal", &body))]);
    let fr: Vec<String> = r
        .skipped
        .iter()
        .map(|s| s.localized(Lang::Fr.messages().bridges()))
        .collect();
    assert!(
        fr.iter()
            .any(|l| l.starts_with("GGI-A-21\u{a0}: fiche, notes opérationnelles\u{a0}: ")),
        "{fr:?}"
    );
}
