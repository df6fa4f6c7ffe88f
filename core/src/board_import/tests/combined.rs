//! Issue 22, point 14: two issues of one activity are combined (their texts one after the
//! other, each under its issue's name; their task items together), and the summary says so.

use super::{import, point_id, GITLAB, ISSUES};
use crate::i18n::Lang;
use crate::progress::Status;

fn issue(number: u64, title: &str, label: &str, scorecard: &str, rest: &str) -> String {
    let body = format!(
        "Activity ID: [GGI-A-21 (EN)](x).\n\n### Scorecard\n\n<details><summary>Click to expand\
         </summary>\n\n{scorecard}\n\n</details>\n\n{rest}"
    );
    serde_json::json!({
        "number": number,
        "title": title,
        "state": "OPEN",
        "labels": [{ "name": label }],
        "body": body,
    })
    .to_string()
}

fn two_issues() -> String {
    let four = issue(
        4,
        "Legal compliance",
        "In Progress",
        "#### Customized description\n\nScope of issue four.\n\n#### Objectives\n\n\
         - [x] Train buyers\n- [ ] Shared task",
        "### Risks\n\nRisk four.",
    );
    let nine = issue(
        9,
        "Legal compliance, again",
        "Done",
        "#### Customized description\n\nScope of issue nine.\n\n#### Objectives\n\n\
         - [x] shared task.\n- [ ] Write the policy",
        "### Progress Assessment\n\n- [x] There is an easy-to-use Licence checking process \
         available for projects.",
    );
    format!("[{four},{nine}]")
}

#[test]
fn two_issues_of_one_activity_keep_both_texts_and_all_task_items() {
    let r = import(&[("issues.json", &two_issues())]);
    let a21 = &r.document.workspaces[0].activities["GGI-A-21"];
    assert_eq!(a21.status, Status::Done);
    assert_eq!(
        a21.scorecard.description,
        "**From issue #4 “Legal compliance”**\n\nScope of issue four.\n\n\
         **From issue #9 “Legal compliance, again”**\n\nScope of issue nine."
    );
    assert!(
        a21.scorecard
            .notes
            .contains("**From issue #4 “Legal compliance”**\n\nRisk four."),
        "{}",
        a21.scorecard.notes
    );
    // The same task item in both issues is one objective, done where either ticked it.
    let objectives: Vec<(&str, bool)> = a21
        .objectives
        .iter()
        .map(|o| (o.text.as_str(), o.done))
        .collect();
    assert_eq!(
        objectives,
        [
            ("Train buyers", true),
            ("Shared task", true),
            ("Write the policy", false)
        ]
    );
    // The second issue's Progress Assessment counts too.
    assert!(a21.verification.contains_key(&point_id("GGI-A-21", 0)));
}

#[test]
fn the_summary_names_the_issues_combined_in_every_language() {
    let r = import(&[("issues.json", &two_issues())]);
    let lines = |lang: Lang| -> Vec<String> {
        r.mapped
            .iter()
            .map(|m| m.localized(lang.messages()))
            .collect()
    };
    let en = lines(Lang::En);
    assert!(
        en.contains(
            &"GGI-A-21: 2 issues of one activity, combined: #4 “Legal compliance”, #9 “Legal \
              compliance, again” (their texts one after the other, each under its issue's name, \
              and their task items together)"
                .to_string()
        ),
        "{en:?}"
    );
    let fr = lines(Lang::Fr);
    assert!(
        fr.iter()
            .any(|l| l.contains("n°\u{a0}9 «\u{a0}Legal compliance, again\u{a0}»")),
        "{fr:?}"
    );
    let de = lines(Lang::De);
    assert!(
        de.iter().any(|l| l.contains("#4 „Legal compliance“")),
        "{de:?}"
    );
}

#[test]
fn two_rows_of_the_dashboard_for_one_activity_are_named_too() {
    let issues = "issue_id,activity_id,state,title,labels,updated_at,url,tasks_total,tasks_done\n\
                  6,GGI-A-21,opened,Legal,Done,2025-05-02,https://gitlab.example.org/x/-/issues/6,0,0\n\
                  7,GGI-A-21,opened,Legal bis,In Progress,2025-05-03,https://gitlab.example.org/x/-/issues/7,0,0\n";
    let r = import(&[("issues.csv", issues)]);
    let en: Vec<String> = r
        .mapped
        .iter()
        .map(|m| m.localized(Lang::En.messages()))
        .collect();
    assert!(
        en.iter()
            .any(|l| l.starts_with("GGI-A-21: 2 issues of one activity, combined: #6 “Legal”, #7")),
        "{en:?}"
    );
    // The newer of the two dates the activity.
    let a21 = &r.document.workspaces[0].activities["GGI-A-21"];
    assert_eq!(a21.updated_at, "2025-05-03");
}

#[test]
fn one_issue_in_two_files_is_one_issue() {
    // issues.csv and the GitLab export describe the same issues: nothing to combine.
    let r = import(&[("issues.csv", ISSUES), ("export.csv", GITLAB)]);
    let en: Vec<String> = r
        .mapped
        .iter()
        .map(|m| m.localized(Lang::En.messages()))
        .collect();
    assert!(!en.iter().any(|l| l.contains("combined")), "{en:?}");
    let a17 = &r.document.workspaces[0].activities["GGI-A-17"];
    assert!(a17
        .scorecard
        .description
        .starts_with("Covers the **IT department**"));
}
