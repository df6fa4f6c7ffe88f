use super::csv::{parse, CsvError, Table};
use super::*;
use crate::catalogue::Catalogue;
use crate::i18n::Lang;
use crate::progress::Status;
use crate::schema::Document;

mod combined;
mod cuts;
mod dates;

const GITLAB: &str = include_str!("../../tests/fixtures/board/lyon-gitlab-export.csv");
const ISSUES: &str = include_str!("../../tests/fixtures/board/lyon-issues.csv");
const TASKS: &str = include_str!("../../tests/fixtures/board/lyon-tasks.csv");
const HIST: &str = include_str!("../../tests/fixtures/board/lyon-labels_hist.csv");
const GH: &str = include_str!("../../tests/fixtures/board/renamed-gh-issues.json");
const DEPLOY: &str = include_str!("../../tests/fixtures/board/renamed-ggi_deployment.json");

fn options() -> Options<'static> {
    Options {
        name: "City of Lyon",
        now: "2025-06-01T12:00:00Z",
        token: "t1",
        messages: Lang::En.messages(),
    }
}

fn import(files: &[(&str, &str)]) -> BoardImport {
    let files: Vec<BoardFile> = files
        .iter()
        .map(|(name, text)| BoardFile { name, text })
        .collect();
    read(&files, &Catalogue::embedded(), &options()).unwrap_or_else(|e| panic!("{e}"))
}

fn point_id(activity: &str, n: usize) -> String {
    let c = Catalogue::embedded();
    c.activity(activity)
        .map(|a| a.verification_points[n].id.clone())
        .unwrap_or_default()
}

#[test]
fn csv_reads_quotes_newlines_doubled_quotes_and_a_bom() {
    let text =
        "\u{feff}a,b,c\r\n1,\"two, three\",\"say \"\"hi\"\"\nthen go\"\r\n\r\n4,,\"\"\n5,x\"y,z";
    let records = parse(text).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(
        records,
        vec![
            (1, vec!["a".into(), "b".into(), "c".into()]),
            (
                2,
                vec![
                    "1".into(),
                    "two, three".into(),
                    "say \"hi\"\nthen go".into()
                ]
            ),
            (5, vec!["4".into(), String::new(), String::new()]),
            (6, vec!["5".into(), "x\"y".into(), "z".into()]),
        ]
    );
}

#[test]
fn csv_names_the_line_of_a_broken_quote() {
    assert_eq!(
        parse("a,b\n1,\"open\nstill open"),
        Err(CsvError::UnclosedQuote { line: 2 })
    );
    assert_eq!(
        parse("a,b\n\n1,\"closed\"x"),
        Err(CsvError::AfterQuote { line: 3 })
    );
    assert_eq!(Table::parse(""), Ok(None));
}

#[test]
fn files_are_recognised_by_content() {
    use super::sources::kind;
    assert_eq!(kind(GITLAB), Some(FileKind::GitlabCsv));
    assert_eq!(kind(ISSUES), Some(FileKind::IssuesCsv));
    assert_eq!(kind(TASKS), Some(FileKind::TasksCsv));
    assert_eq!(kind(HIST), Some(FileKind::LabelsHistCsv));
    assert_eq!(kind(GH), Some(FileKind::GithubIssues));
    assert_eq!(kind(DEPLOY), Some(FileKind::Deployment));
    assert_eq!(
        kind(include_str!("../../tests/fixtures/board-minimal.json")),
        Some(FileKind::BoardCatalogue)
    );
    assert_eq!(kind("{\"format\": \"ggi-journey-export\"}"), None);
    assert_eq!(kind("name,age\nx,1"), None);
    assert!(!is_board_file(crate::catalogue::EMBEDDED_JSON));
}

#[test]
fn a_gitlab_export_maps_status_scorecard_objectives_and_points() {
    let r = import(&[("lyon-gitlab-export.csv", GITLAB)]);
    let ws = &r.document.workspaces[0];
    assert_eq!(ws.name, "City of Lyon");

    let a17 = &ws.activities["GGI-A-17"];
    assert_eq!(a17.status, Status::InProgress);
    assert!(a17
        .scorecard
        .description
        .starts_with("Covers the **IT department**"));
    assert!(a17
        .scorecard
        .opportunity
        .starts_with("Licences cost us too much"));
    assert_eq!(a17.scorecard.tools, "A shared spreadsheet, then the CMDB.");
    // The template's placeholder is not the organisation's text: the notes hold only the
    // link back to the issue.
    assert_eq!(
        a17.scorecard.notes,
        "**From My GGI Board (not mapped)**\n\n- On the board: https://gitlab.example.org/lyon/ggi-board/-/issues/3"
    );
    let objectives: Vec<(&str, bool)> = a17
        .objectives
        .iter()
        .map(|o| (o.text.as_str(), o.done))
        .collect();
    assert_eq!(
        objectives,
        [
            (
                "List the open source components of the five main applications",
                true
            ),
            ("Interview team leaders, \"skills\" column included", false),
        ]
    );
    // A task item that is the handbook's point 4, and the Progress Assessment's first tick.
    let met: Vec<&String> = a17.verification.keys().collect();
    let mut expected = [point_id("GGI-A-17", 0), point_id("GGI-A-17", 3)];
    expected.sort();
    assert_eq!(met, expected.iter().collect::<Vec<_>>());
    assert_eq!(
        a17.verification[&expected[0]].date.as_deref(),
        Some("2025-03-14")
    );

    let a21 = &ws.activities["GGI-A-21"];
    assert_eq!(a21.status, Status::Done);
    assert_eq!(a21.objectives.len(), 2);
    assert!(a21.objectives.iter().all(|o| o.done));
    assert_eq!(a21.verification.len(), 2);
    assert!(a21
        .scorecard
        .notes
        .starts_with("Monthly review with the legal team"));
    // What does not map is kept in the notes, never dropped.
    assert!(
        a21.scorecard.notes.contains("Label “priority::high”"),
        "{}",
        a21.scorecard.notes
    );
    assert!(a21
        .scorecard
        .notes
        .contains("#### Risks\n\nTwo suppliers ship code without licence files."));
    assert!(r.kept.contains(&Kept::Label {
        activity: "GGI-A-21".into(),
        label: "priority::high".into()
    }));
    assert!(r.kept.contains(&Kept::Section {
        activity: "GGI-A-21".into(),
        heading: "Risks".into()
    }));

    // Closed on the board: kept as a note beside its status.
    let a18 = &ws.activities["GGI-A-18"];
    assert_eq!(a18.status, Status::Done);
    assert!(a18
        .scorecard
        .notes
        .contains("The issue was closed on the board on "));

    // Never selected, template untouched: no record, as in the app.
    assert!(!ws.activities.contains_key("GGI-A-24"));

    // An issue of no catalogue activity becomes an own activity, with its whole body.
    let own = &ws.custom_activities[0];
    assert_eq!(own.id, "BOARD-27");
    assert_eq!(own.title, "Set up the OSPO mailing list");
    assert_eq!(own.goal, "culture");
    assert!(own
        .description
        .contains("- [ ] Announce it in the newsletter"));
    assert_eq!(ws.activities["BOARD-27"].status, Status::InProgress);
    assert!(r.mapped.contains(&Mapped::OwnActivity {
        activity: "BOARD-27".into(),
        title: "Set up the OSPO mailing list".into()
    }));
}

#[test]
fn the_dashboard_csvs_give_status_tasks_and_dated_history() {
    let r = import(&[
        ("issues.csv", ISSUES),
        ("tasks.csv", TASKS),
        ("labels_hist.csv", HIST),
    ]);
    let ws = &r.document.workspaces[0];
    let a17 = &ws.activities["GGI-A-17"];
    assert_eq!(a17.status, Status::InProgress);
    assert_eq!(a17.objectives.len(), 2);
    assert_eq!(
        a17.verification.len(),
        1,
        "the task that is the handbook's point"
    );
    // The history, dated, in the notes; and listed.
    assert!(
        a17.scorecard
            .notes
            .contains("- 2025-01-10: label “In Progress” added by marie.dupont → In progress"),
        "{}",
        a17.scorecard.notes
    );
    let a21_history: Vec<(&str, Option<Status>)> = r
        .history
        .iter()
        .filter(|h| h.activity == "GGI-A-21")
        .map(|h| (h.time.as_str(), h.status))
        .collect();
    assert_eq!(
        a21_history,
        [
            ("2024-11-05T09:00:00.000Z", Some(Status::NotSelected)),
            ("2025-02-01T09:30:00.000Z", None),
            ("2025-02-01T09:30:00.000Z", Some(Status::InProgress)),
            ("2025-05-02T08:00:00.000Z", None),
            ("2025-05-02T08:00:00.000Z", Some(Status::Done)),
        ]
    );
    assert!(r.mapped.contains(&Mapped::History {
        activity: "GGI-A-21".into(),
        count: 5
    }));
    // An event of an issue no file describes is listed, not silently lost.
    assert_eq!(
        r.skipped,
        [Skipped::Event {
            file: "labels_hist.csv".into(),
            line: 11,
            issue: 99
        }]
    );
    // GGI-A-24: only "Not Selected" ever: no record.
    assert!(!ws.activities.contains_key("GGI-A-24"));
}

#[test]
fn the_history_gives_the_status_when_no_file_has_the_labels() {
    let issues = "issue_id,activity_id,state,title,labels,updated_at,url,tasks_total,tasks_done\n\
                  6,GGI-A-21,opened,Manage legal compliance,,2025-05-02,https://gitlab.example.org/x/-/issues/6,0,0\n";
    let r = import(&[("issues.csv", issues), ("labels_hist.csv", HIST)]);
    assert_eq!(
        r.document.workspaces[0].activities["GGI-A-21"].status,
        Status::Done
    );
}

#[test]
fn renamed_labels_need_the_deployment_file_and_are_kept_without_it() {
    let without = import(&[("issues.json", GH)]);
    let a21 = &without.document.workspaces[0].activities["GGI-A-21"];
    assert_eq!(a21.status, Status::NotSelected);
    assert!(a21.scorecard.notes.contains("Label “Work ongoing”"));

    let with = import(&[("issues.json", GH), ("ggi_deployment.json", DEPLOY)]);
    let ws = &with.document.workspaces[0];
    assert_eq!(ws.activities["GGI-A-21"].status, Status::InProgress);
    assert_eq!(ws.activities["GGI-A-17"].status, Status::Done);
    assert!(
        !ws.activities.contains_key("GGI-A-24"),
        "Backlog is Not selected"
    );
    assert!(with.mapped.contains(&Mapped::Status {
        activity: "GGI-A-17".into(),
        label: "Achieved 🎉".into(),
        status: Status::Done
    }));
}

#[test]
fn edited_tasks_are_points_when_only_case_or_punctuation_changed() {
    let r = import(&[("issues.json", GH), ("ggi_deployment.json", DEPLOY)]);
    let ws = &r.document.workspaces[0];
    let a21 = &ws.activities["GGI-A-21"];
    // "There is an easy to use licence-checking process…": the handbook's point 1.
    assert!(a21.verification.contains_key(&point_id("GGI-A-21", 0)));
    // Edited in substance: an objective of the organisation's, not the handbook's point 4.
    assert!(!a21.verification.contains_key(&point_id("GGI-A-21", 3)));
    let texts: Vec<&str> = a21.objectives.iter().map(|o| o.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Regular audits (twice a year) to assess legal compliance are scheduled.",
            "Train buyers on licence clauses"
        ]
    );
    // Upper case, no full stop: still the handbook's point 5 of GGI-A-17.
    assert!(ws.activities["GGI-A-17"]
        .verification
        .contains_key(&point_id("GGI-A-17", 4)));
}

#[test]
fn the_handbook_fingerprints_match_the_catalogue_point_by_point() {
    let c = Catalogue::embedded();
    assert_eq!(handbook::HANDBOOK_1_3.len(), c.activities.len());
    for (id, prints) in handbook::HANDBOOK_1_3 {
        let a = c
            .activity(id)
            .unwrap_or_else(|| panic!("{id} in the catalogue"));
        assert_eq!(prints.len(), a.verification_points.len(), "{id}");
    }
    assert_eq!(
        text::fingerprint(
            "There is an easy-to-use Licence checking process available for projects."
        ),
        0x3163_cd48
    );
}

#[test]
fn status_labels_in_three_languages_and_scoped() {
    let l = StatusLabels::default();
    for (label, status) in [
        ("In Progress", Status::InProgress),
        ("en cours", Status::InProgress),
        ("Terminé", Status::Done),
        ("Erledigt", Status::Done),
        ("Nicht ausgewählt", Status::NotSelected),
        ("status::done", Status::Done),
        ("GGI: Not Started", Status::NotSelected),
        ("N/A", Status::NotApplicable),
    ] {
        assert_eq!(l.status(label), Some(status), "{label}");
    }
    assert_eq!(l.status("priority::high"), None);
    assert_eq!(l.status("Usage Goal"), None);
}

#[test]
fn the_result_is_an_importable_document() {
    let r = import(&[
        ("lyon-gitlab-export.csv", GITLAB),
        ("labels_hist.csv", HIST),
    ]);
    let json = crate::export::to_json(&crate::export::export(
        &r.document,
        None,
        "2025-06-01T12:00:00Z",
    ));
    let back = crate::import::read(&json, &Catalogue::embedded()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(back.document, r.document);
    assert!(back.warnings.is_empty(), "{:?}", back.warnings);
}

#[test]
fn refusals_name_the_file_and_line() {
    let c = Catalogue::embedded();
    let one =
        |name: &str, text: &str| read(&[BoardFile { name, text }], &c, &options()).map(|_| ());
    assert_eq!(
        one("notes.txt", "hello"),
        Err(BoardError::NotABoardFile {
            file: "notes.txt".into()
        })
    );
    let broken = "issue_id,activity_id,state,title,labels,updated_at,url,tasks_total,tasks_done\n3,GGI-A-17,opened,\"Inventory";
    assert_eq!(
        one("issues.csv", broken).map_err(|e| e.to_string()),
        Err("issues.csv, line 2: a quoted field is never closed.".into())
    );
    assert_eq!(one("labels_hist.csv", HIST), Err(BoardError::HistoryAlone));
    assert_eq!(
        one("ggi_deployment.json", DEPLOY),
        Err(BoardError::NoIssues)
    );
    let fr = BoardError::HistoryAlone.localized(Lang::Fr.messages().bridges());
    assert!(fr.starts_with("labels_hist.csv ne désigne"), "{fr}");
}

#[test]
fn mapped_and_kept_lines_read_in_every_language() {
    let r = import(&[("lyon-gitlab-export.csv", GITLAB)]);
    let en: Vec<String> = r
        .mapped
        .iter()
        .map(|m| m.localized(Lang::En.messages()))
        .collect();
    assert!(
        en.contains(&"GGI-A-17: label “In Progress” → status In progress".to_string()),
        "{en:?}"
    );
    assert!(
        en.contains(&"GGI-A-17: “Customized description” → scorecard, description".to_string()),
        "{en:?}"
    );
    let label = r.kept.iter().find(|k| matches!(k, Kept::Label { .. }));
    let de = label.map(|k| k.localized(Lang::De.messages().bridges()));
    let de = de.unwrap_or_default();
    assert!(de.contains("Label „priority::high“"), "{de}");
    assert!(r
        .files_line(Lang::Fr.messages().bridges())
        .contains("export des tickets GitLab"));
}

#[test]
fn aimed_at_the_current_workspace_a_merge_brings_the_board_into_it() {
    let c = Catalogue::embedded();
    let mut current = Document::new(&c, "2025-01-01T00:00:00Z");
    current.workspaces[0].name = "Ville de Lyon".into();
    crate::journey::set_status(
        &mut current.workspaces[0],
        "GGI-A-20",
        Status::Planned,
        "2025-01-02",
    );
    let mut r = import(&[("lyon-gitlab-export.csv", GITLAB)]);
    r.aim_at(&current.workspaces[0]);
    let (merged, report) = crate::merge::merge(&current, &r.document, &c);
    assert_eq!(merged.workspaces.len(), 1);
    assert!(report.added_workspaces.is_empty());
    let ws = &merged.workspaces[0];
    assert_eq!(ws.name, "Ville de Lyon");
    assert_eq!(ws.activities["GGI-A-20"].status, Status::Planned);
    assert_eq!(ws.activities["GGI-A-21"].status, Status::Done);
    // Added as a workspace instead, it is one of its own.
    let mut added = current.clone();
    crate::collect::add_as_workspaces(&mut added, &r.document);
    assert_eq!(added.workspaces.len(), 2);
    assert_ne!(added.workspaces[0].id, added.workspaces[1].id);
}

#[test]
fn an_impossible_update_date_never_makes_the_import_refused() {
    // A tick is dated by the issue's last update; a month 13 would fail the importer's checks,
    // so the tick and the record are undated (never dated by the import itself).
    let issues = "issue_id,activity_id,state,title,labels,updated_at,url,tasks_total,tasks_done\n\
                  6,GGI-A-21,opened,Manage legal compliance,Done,2025-13-45T08:00:00Z,,1,1\n";
    let tasks = "issue_id,state,task\nGGI-A-21,completed,There is an easy-to-use Licence checking process available for projects.\n";
    let r = import(&[("issues.csv", issues), ("tasks.csv", tasks)]);
    let mut doc = r.document.clone();
    let checked = crate::validate::document(&mut doc, &Catalogue::embedded());
    assert!(checked.is_ok(), "{checked:?}");
    let a21 = &r.document.workspaces[0].activities["GGI-A-21"];
    assert_eq!(a21.verification[&point_id("GGI-A-21", 0)].date, None);
    assert_eq!(a21.updated_at, "");
}
