use super::*;
use crate::i18n::Lang;
use crate::iteration::Iteration;
use crate::journey;
use crate::progress::Priority;

const NOW: &str = "2027-03-01T10:00:00Z";

/// The embedded catalogue and a workspace with one activity of each kind of record.
fn sample() -> (Catalogue, Workspace) {
    let c = Catalogue::embedded();
    let mut ws = Workspace::new("w", "Lyon assessment", &c, NOW);
    ws.profile.organisation = "City of Lyon".into();
    // GGI-A-17: in progress, with a full scorecard, objectives and evidence.
    journey::set_status(&mut ws, "GGI-A-17", Status::InProgress, NOW);
    journey::set_point(
        &mut ws,
        "GGI-A-17",
        "oss-inventory",
        true,
        "2027-02-14",
        NOW,
    );
    journey::set_evidence(
        &mut ws,
        "GGI-A-17",
        "oss-inventory",
        "Wiki page \"Inventory\", v2",
        NOW,
    );
    let done = journey::add_objective(&mut ws, "GGI-A-17", "List every team's tools", NOW, "1");
    journey::add_objective(&mut ws, "GGI-A-17", "=HYPERLINK(\"x\")", NOW, "2");
    if let Some(o) = journey::objective_mut(&mut ws, "GGI-A-17", &done, NOW) {
        o.done = true;
        o.owner = "Alice".into();
        o.due = Some("2027-04-30".into());
    }
    let p = journey::progress_mut(&mut ws, "GGI-A-17", NOW);
    p.priority = Some(Priority::High);
    p.owner = "Alice, OSPO".into();
    p.target_date = Some("2027-06-30".into());
    p.scorecard.description = "Scope: **all** departments.".into();
    p.scorecard.notes = "Line one\nLine two".into();
    // GGI-A-24: done; GGI-A-21: not applicable (out of scope).
    journey::set_status(&mut ws, "GGI-A-24", Status::Done, NOW);
    journey::set_status(&mut ws, "GGI-A-21", Status::NotApplicable, NOW);
    ws.iterations.push(Iteration {
        id: "i1".into(),
        name: "2026 H2".into(),
        start: None,
        end: None,
        snapshot: None,
    });
    ws.iterations.push(Iteration {
        id: "i2".into(),
        name: "2027 | H1".into(),
        start: None,
        end: None,
        snapshot: None,
    });
    (c, ws)
}

fn en() -> &'static Messages {
    Lang::En.messages()
}

#[test]
fn builds_figures_goals_and_activities() {
    let (c, ws) = sample();
    let r = build(&c, &ws, NOW);
    assert_eq!(r.organisation, "City of Lyon");
    assert_eq!(r.workspace, "Lyon assessment");
    assert_eq!(r.iteration.as_deref(), Some("2027 | H1"));
    assert_eq!(r.date, "2027-03-01");
    assert_eq!(r.goals.len(), 5);
    assert_eq!(
        r.goals.iter().map(|g| g.activities.len()).sum::<usize>(),
        25
    );
    assert_eq!(r.overall.in_scope, 2);
    assert_eq!(r.overall.done, 1);
    let in_scope: Vec<_> = r.in_scope().map(|(_, a)| a.activity.id.as_str()).collect();
    assert_eq!(in_scope.len(), 2);
    assert!(in_scope.contains(&"GGI-A-17") && in_scope.contains(&"GGI-A-24"));
    let a17 = r
        .in_scope()
        .find(|(_, a)| a.activity.id == "GGI-A-17")
        .map(|(_, a)| a);
    let a17 = a17.unwrap_or_else(|| panic!("no GGI-A-17"));
    let points = a17.points();
    assert_eq!(points.len(), 5);
    assert!(points[0].1.met);
    assert_eq!(points[0].1.date.as_deref(), Some("2027-02-14"));
    assert!(!points[1].1.met);
}

#[test]
fn the_organisation_falls_back_to_the_workspace_name_and_no_iteration_is_fine() {
    let c = Catalogue::embedded();
    let ws = Workspace::new("w", "My organisation", &c, NOW);
    let r = build(&c, &ws, "2027-01-02");
    assert_eq!(r.organisation, "My organisation");
    assert_eq!(r.iteration, None);
    assert_eq!(r.overall.in_scope, 0);
    let md = to_markdown(&r, en());
    assert!(!md.contains("- Iteration:"));
    assert_eq!(
        md.matches("No activity of this goal is in scope.").count(),
        5
    );
}

#[test]
fn custom_activities_are_reported_and_marked() {
    let (c, mut ws) = sample();
    let mut custom = c.activities[0].clone();
    custom.id = "ACME-1".into();
    custom.title = "Our own activity".into();
    ws.custom_activities.push(custom);
    journey::set_status(&mut ws, "ACME-1", Status::Planned, NOW);
    let r = build(&c, &ws, NOW);
    let md = to_markdown(&r, en());
    assert!(md.contains("### ACME-1 Our own activity (Custom)"), "{md}");
    let csv = to_csv(&r, en());
    assert!(
        csv.contains("\r\nACME-1,Our own activity,Usage,Planned,,,,0,5,0,0,yes\r\n"),
        "{csv}"
    );
}

#[test]
fn markdown_has_every_section() {
    let (c, ws) = sample();
    let md = to_markdown(&build(&c, &ws, NOW), en());
    for expected in [
        "# Progress report — City of Lyon\n",
        "- Organisation: City of Lyon\n",
        "- Iteration: 2027 | H1\n",
        "- Date: 1 Mar 2027\n",
        "## Overall progress\n\n2 of 25 activities in scope, 1 done\n",
        "| Usage | 1/5 |",
        "## All activities",
        "| GGI-A-21 | ",
        "| Not applicable | 0/",
        "## Usage goal\n",
        "### GGI-A-17 Inventory of open source skills and resources\n",
        "- Status: In progress · Priority: High · Owner: Alice, OSPO · Target date: 30 Jun 2027\n",
        "- 1 of 5 verification points met\n",
        "- 1 of 2 objectives done\n",
        "**Customised description**\n\nScope: **all** departments.\n",
        "**Opportunity assessment**\n\nNot filled in.\n",
        "**Operational notes**\n\nLine one Line two\n",
        "- [x] List every team's tools (Alice, due 30 Apr 2027)\n",
        "- [ ] =HYPERLINK(\"x\")\n",
        " — Evidence: Wiki page \"Inventory\", v2 (ticked on 14 Feb 2027)\n",
        "### GGI-A-24 ",
        "licensed CC-BY-4.0",
        "Licence: CC-BY-4.0 (<https://creativecommons.org/licenses/by/4.0/>)",
        "Generated by GGI Journey on 1 Mar 2027.",
    ] {
        assert!(md.contains(expected), "missing {expected:?} in\n{md}");
    }
    // Out-of-scope activities are listed in the table but not detailed.
    assert!(!md.contains("### GGI-A-21"));
    // A pipe in user text cannot split a table cell.
    let (c, mut ws) = sample();
    ws.activities.clear();
    ws.custom_activities.push({
        let mut a = c.activities[0].clone();
        a.id = "X-1".into();
        a.title = "A | B\nC".into();
        a
    });
    let md = to_markdown(&build(&c, &ws, NOW), en());
    assert!(md.contains("| X-1 | A \\| B C |"), "{md}");
}

#[test]
fn markdown_follows_the_language() {
    let (c, ws) = sample();
    let md = to_markdown(&build(&c, &ws, NOW), Lang::Fr.messages());
    assert!(
        md.starts_with("# Rapport d’avancement — City of Lyon\n"),
        "{md}"
    );
    assert!(md.contains("- Date\u{a0}: 1 mars 2027\n"), "{md}");
    assert!(md.contains("En cours"));
    assert!(md.contains("\u{202f}%"));
}

#[test]
fn csv_is_quoted_one_row_per_activity_with_attribution() {
    let (c, ws) = sample();
    let csv = to_csv(&build(&c, &ws, NOW), en());
    assert!(csv.starts_with('\u{feff}'));
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(
        lines[0],
        "ID,Activity,Goal,Status,Priority,Owner,Target date,Verification points met,Verification points,Objectives done,Objectives,Custom"
    );
    // Header, 25 activities, a blank line, attribution, licence, and the final line end.
    assert_eq!(lines.len(), 1 + 25 + 1 + 2 + 1);
    assert_eq!(lines[26], "");
    assert_eq!(lines[29], "");
    let a17 = lines.iter().find(|l| l.starts_with("GGI-A-17,"));
    assert_eq!(
        a17.copied(),
        Some("GGI-A-17,Inventory of open source skills and resources,Usage,In progress,High,\"Alice, OSPO\",2027-06-30,1,5,1,2,no")
    );
    assert!(lines
        .iter()
        .any(|l| l.starts_with("GGI-A-21,") && l.contains(",Not applicable,")));
    assert!(lines[27].contains("CC-BY-4.0"), "{}", lines[27]);
    assert!(lines[28].starts_with("Licence: CC-BY-4.0"), "{}", lines[28]);
    assert!(!csv.contains('\n') || csv.matches('\n').count() == csv.matches("\r\n").count());
}

#[test]
fn csv_cells_are_escaped_and_never_formulas() {
    assert_eq!(csv::text("plain"), "plain");
    assert_eq!(csv::text("a,b"), "\"a,b\"");
    assert_eq!(csv::text("say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_eq!(csv::text("two\nlines"), "\"two\nlines\"");
    assert_eq!(csv::text(" edge"), "\" edge\"");
    assert_eq!(csv::text("=1+1"), "'=1+1");
    assert_eq!(csv::text("@SUM(A1)"), "'@SUM(A1)");
    assert_eq!(csv::text("-2"), "'-2");
    assert_eq!(csv::text("=A1,B1"), "\"'=A1,B1\"");
}

#[test]
fn file_names_name_the_organisation_and_date() {
    let (c, ws) = sample();
    let r = build(&c, &ws, NOW);
    assert_eq!(
        file_name(&r, "md"),
        "ggi-journey-report-city-of-lyon-2027-03-01.md"
    );
    assert_eq!(
        file_name(&r, "csv"),
        "ggi-journey-report-city-of-lyon-2027-03-01.csv"
    );
}

#[test]
fn status_and_priority_labels_follow_the_language() {
    assert_eq!(status_label(Lang::De.messages(), Status::Done), "Erledigt");
    assert_eq!(priority_label(en(), Some(Priority::Low)), "Low");
    assert_eq!(priority_label(en(), None), "");
}
