use super::*;
use crate::i18n::Lang;
use crate::journey;
use crate::report::html::tests::{assert_inert, IMG, SCRIPT};

const NOW: &str = "2027-03-01T10:00:00Z";

/// Three departments: Sales has done GGI-A-17 (every point met), IT has it in progress with
/// one point met, HR has nothing. Sales and IT each add a custom activity with the same id.
fn departments() -> (Catalogue, Vec<Workspace>) {
    let c = Catalogue::embedded();
    let mut sales = Workspace::new("ws-1", "Sales", &c, NOW);
    let mut it = Workspace::new("ws-2", "IT", &c, NOW);
    let hr = Workspace::new("ws-3", "HR", &c, NOW);
    let a17 = c
        .activity("GGI-A-17")
        .cloned()
        .unwrap_or_else(|| panic!("GGI-A-17"));
    journey::set_status(&mut sales, "GGI-A-17", Status::Done, NOW);
    for vp in &a17.verification_points {
        journey::set_point(&mut sales, "GGI-A-17", &vp.id, true, "2027-01-01", NOW);
    }
    journey::set_status(&mut it, "GGI-A-17", Status::InProgress, NOW);
    journey::set_point(
        &mut it,
        "GGI-A-17",
        &a17.verification_points[0].id,
        true,
        "2027-01-01",
        NOW,
    );
    journey::add_custom_activity(&mut sales, "culture", "Inner source programme", "", "1");
    journey::add_custom_activity(&mut it, "culture", "Security policy review", "", "1");
    journey::set_status(&mut it, "ORG-1", Status::InProgress, NOW);
    (c, vec![sales, it, hr])
}

fn goal_index(c: &Catalogue, id: &str) -> usize {
    c.goals
        .iter()
        .position(|g| g.id == id)
        .unwrap_or(usize::MAX)
}

#[test]
fn per_goal_progress_with_lowest_median_highest() {
    let (c, all) = departments();
    let refs: Vec<&Workspace> = all.iter().collect();
    let p = build(&c, &refs, NOW);
    assert_eq!(
        p.scopes.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(),
        ["Sales", "IT", "HR"]
    );
    let goal = goal_index(
        &c,
        &c.activity("GGI-A-17")
            .map(|a| a.goal.clone())
            .unwrap_or_default(),
    );
    let points = c
        .activity("GGI-A-17")
        .map_or(0, |a| a.verification_points.len()) as u32;
    assert_eq!(
        p.scopes[0].percent(goal),
        100,
        "Sales met every point of its only activity"
    );
    assert_eq!(
        p.scopes[1].percent(goal),
        100 / points,
        "IT met one of {points}"
    );
    assert_eq!(p.scopes[2].percent(goal), 0);
    assert_eq!(
        p.goals[goal].spread,
        Spread {
            lowest: 0,
            median: 100 / points,
            highest: 100
        }
    );
    assert_eq!(p.goals.len(), c.goals.len());
    assert_eq!(p.overall.highest, p.scopes[0].overall.points.percent());
}

#[test]
fn per_activity_status_and_counts_with_custom_activities_kept_apart() {
    let (c, all) = departments();
    let refs: Vec<&Workspace> = all.iter().collect();
    let p = build(&c, &refs, NOW);
    let a17 = p
        .activities
        .iter()
        .find(|a| a.id == "GGI-A-17")
        .unwrap_or_else(|| panic!("row"));
    assert_eq!(
        a17.statuses,
        [
            Some(Status::Done),
            Some(Status::InProgress),
            Some(Status::NotSelected)
        ]
    );
    assert_eq!((a17.in_progress, a17.done), (1, 1));
    assert_eq!(
        p.activities.len(),
        c.activities.len() + 2,
        "both ORG-1s are kept"
    );
    let inner = &p.activities[c.activities.len()];
    assert_eq!(
        (inner.id.as_str(), inner.title.as_str(), inner.custom),
        ("ORG-1", "Inner source programme", true)
    );
    assert_eq!(inner.statuses, [Some(Status::NotSelected), None, None]);
    let security = &p.activities[c.activities.len() + 1];
    assert_eq!(security.statuses, [None, Some(Status::InProgress), None]);
    assert_eq!((security.in_progress, security.done), (1, 0));
}

#[test]
fn spread_of_odd_even_and_no_values() {
    assert_eq!(Spread::of(&[]), Spread::default());
    assert_eq!(
        Spread::of(&[40]),
        Spread {
            lowest: 40,
            median: 40,
            highest: 40
        }
    );
    assert_eq!(
        Spread::of(&[90, 10, 50]),
        Spread {
            lowest: 10,
            median: 50,
            highest: 90
        }
    );
    assert_eq!(
        Spread::of(&[0, 25, 30, 100]),
        Spread {
            lowest: 0,
            median: 27,
            highest: 100
        }
    );
}

#[test]
fn selection_round_trips_through_the_url() {
    assert_eq!(Selection::from_fragment("#/portfolio"), Selection::All);
    assert_eq!(
        Selection::from_fragment("#/portfolio?other=1"),
        Selection::All
    );
    assert_eq!(
        Selection::from_fragment("#/portfolio?ws="),
        Selection::Only(vec![])
    );
    let s = Selection::Only(vec!["ws-1".into(), "a,b é".into()]);
    let q = s.to_query();
    assert_eq!(q, "ws=ws-1,a%2Cb%20%C3%A9");
    assert_eq!(Selection::from_fragment(&format!("#/portfolio?{q}")), s);
    assert!(Selection::All.to_query().is_empty());
    assert!(!s.includes("ws-2") && s.includes("a,b é") && Selection::All.includes("x"));
}

#[test]
fn toggling_keeps_document_order_and_returns_to_all() {
    let all: Vec<String> = ["ws-1", "ws-2", "ws-3"].map(String::from).to_vec();
    let one_off = Selection::All.toggle("ws-2", &all);
    assert_eq!(one_off, Selection::Only(vec!["ws-1".into(), "ws-3".into()]));
    let only_three = one_off.toggle("ws-1", &all);
    assert_eq!(only_three, Selection::Only(vec!["ws-3".into()]));
    let back = only_three.toggle("ws-1", &all).toggle("ws-2", &all);
    assert_eq!(back, Selection::All);
    let (c, ws) = departments();
    let picked = select(&ws, &only_three);
    assert_eq!(
        picked.iter().map(|w| w.name.as_str()).collect::<Vec<_>>(),
        ["HR"]
    );
    assert_eq!(build(&c, &picked, NOW).scopes.len(), 1);
}

#[test]
fn csv_is_formula_safe_and_has_grid_spread_and_activities() {
    let (c, mut all) = departments();
    all[2].name = "=HYPERLINK(\"http://evil\",\"x\")".into();
    let refs: Vec<&Workspace> = all.iter().collect();
    let p = build(&c, &refs, NOW);
    let csv = to_csv(&p, Lang::En.messages());
    assert!(csv.starts_with('\u{feff}'));
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert!(lines[1].starts_with("Workspace,Organisation,"));
    assert!(lines[2].starts_with("Sales,,"));
    assert!(
        lines[4].starts_with("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",,"),
        "{}",
        lines[4]
    );
    assert!(
        lines[5].starts_with("Lowest,,")
            && lines[6].starts_with("Median,,")
            && lines[7].starts_with("Highest,,")
    );
    let a17 = lines
        .iter()
        .find(|l| l.starts_with("GGI-A-17,"))
        .unwrap_or_else(|| panic!("row"));
    assert!(a17.ends_with(",Done,In progress,Not selected,1,1"), "{a17}");
    assert!(csv.contains("ORG-1,Security policy review,"));
    assert!(csv.contains("CC-BY-4.0") || csv.contains("Licence:"));
}

#[test]
fn web_page_shows_every_cell_as_text_and_is_inert() {
    let (c, mut all) = departments();
    all[0].name = SCRIPT.into();
    all[1].name = IMG.into();
    let refs: Vec<&Workspace> = all.iter().collect();
    let p = build(&c, &refs, NOW);
    let html = to_html(&p, Lang::En.messages());
    assert_inert(&html, &[]);
    assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    assert!(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
    assert!(
        html.contains("<td class=\"heat h4\">100%</td>"),
        "percent printed in the cell"
    );
    assert!(html.contains("Lowest") && html.contains("Median") && html.contains("Highest"));
    assert!(!html.contains("first 6 of"), "three outlines fit the radar");
    let fr = to_html(&p, Lang::Fr.messages());
    assert!(fr.contains("<html lang=\"fr\">") && fr.contains("100\u{202f}%"));
}

#[test]
fn the_radar_says_when_it_shows_only_the_first_outlines() {
    let c = Catalogue::embedded();
    let many: Vec<Workspace> = (0..9)
        .map(|i| Workspace::new(&format!("ws-{i}"), &format!("Unit {i}"), &c, NOW))
        .collect();
    let refs: Vec<&Workspace> = many.iter().collect();
    let html = to_html(&build(&c, &refs, NOW), Lang::En.messages());
    assert!(html.contains("first 6 of 9 selected workspaces"));
    assert_eq!(html.matches("class=\"radar-outline ").count(), RADAR_LIMIT);
    assert!(html.contains("Unit 8"), "the tables keep every workspace");
    assert_eq!(heat_band(0), 0);
    assert_eq!(heat_band(39), 1);
    assert_eq!(heat_band(100), 4);
}

#[test]
fn fifty_workspaces_of_the_full_catalogue_build_quickly() {
    let c = Catalogue::embedded();
    let many: Vec<Workspace> = (0..50)
        .map(|i| {
            let mut ws = Workspace::new(&format!("ws-{i}"), &format!("Unit {i}"), &c, NOW);
            for (j, a) in c.activities.iter().enumerate() {
                journey::set_status(&mut ws, &a.id, Status::ALL[(i + j) % 5], NOW);
            }
            ws
        })
        .collect();
    let refs: Vec<&Workspace> = many.iter().collect();
    let p = build(&c, &refs, NOW);
    assert_eq!(p.scopes.len(), 50);
    assert_eq!(p.activities.len(), 25);
    assert!(p
        .activities
        .iter()
        .all(|a| a.in_progress == 10 && a.done == 10));
    assert!(to_html(&p, Lang::En.messages()).len() < 1_000_000);
}
