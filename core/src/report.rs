//! The progress report: one model, built here from the catalogue and a workspace, rendered three
//! ways: the report page (in the app), Markdown for a wiki or a Git repository
//! ([`to_markdown`]), the activity table as CSV for a spreadsheet ([`to_csv`]) and one
//! self-contained web page anyone can open ([`to_html`]).

mod csv;
pub(crate) mod html;
mod markdown;

pub(crate) use self::csv::text as csv_text;
pub use self::csv::to_csv;
pub use self::html::to_html;
pub use self::markdown::to_markdown;

use crate::catalogue::{Activity, Catalogue, VerificationPoint};
use crate::i18n::Messages;
use crate::progress::{ActivityProgress, PointCheck, Priority, Status};
use crate::schema::Workspace;
use crate::scoring::{self, ActivityScore, Summary};

/// Everything a report shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    /// The organisation's name (the workspace's name when the profile has none).
    pub organisation: String,
    pub workspace: String,
    /// The current iteration's name, if the journey is organised in iterations.
    pub iteration: Option<String>,
    /// ISO date the report was made.
    pub date: String,
    pub catalogue_title: String,
    /// Attribution and licence of the catalogue, which every export carries.
    pub attribution: String,
    pub licence_name: String,
    pub licence_url: String,
    pub source_url: Option<String>,
    pub overall: Summary,
    /// Every goal in catalogue order.
    pub goals: Vec<GoalReport>,
}

/// One goal: its figures and all its activities (in scope or not).
#[derive(Clone, Debug, PartialEq)]
pub struct GoalReport {
    pub id: String,
    pub name: String,
    pub summary: Summary,
    pub activities: Vec<ActivityReport>,
}

/// One activity with what the organisation recorded for it.
#[derive(Clone, Debug, PartialEq)]
pub struct ActivityReport {
    pub activity: Activity,
    /// Added by the organisation rather than taken from the catalogue.
    pub custom: bool,
    /// Defaults when nothing was recorded.
    pub progress: ActivityProgress,
    pub score: ActivityScore,
}

impl ActivityReport {
    /// The catalogue's verification points then the organisation's own, each with its check.
    pub fn points(&self) -> Vec<(VerificationPoint, PointCheck)> {
        self.activity
            .verification_points
            .iter()
            .chain(self.progress.custom_points.iter())
            .map(|vp| {
                let check = self
                    .progress
                    .verification
                    .get(&vp.id)
                    .cloned()
                    .unwrap_or_default();
                (vp.clone(), check)
            })
            .collect()
    }
}

impl Report {
    /// The activities in scope, goal by goal.
    pub fn in_scope(&self) -> impl Iterator<Item = (&GoalReport, &ActivityReport)> {
        self.goals.iter().flat_map(|g| {
            g.activities
                .iter()
                .filter(|a| a.score.status.in_scope())
                .map(move |a| (g, a))
        })
    }
}

/// Builds the report of `ws` as of `date` (ISO).
pub fn build(catalogue: &Catalogue, ws: &Workspace, date: &str) -> Report {
    let goals = scoring::by_goal(catalogue, ws, None)
        .into_iter()
        .map(|(id, summary)| {
            let activities = scoring::all_activities(catalogue, ws)
                .filter(|a| a.goal == id)
                .map(|a| {
                    let progress = ws.activities.get(&a.id);
                    ActivityReport {
                        activity: a.clone(),
                        custom: ws.custom_activities.iter().any(|c| c.id == a.id),
                        score: scoring::activity_score(a, progress),
                        progress: progress.cloned().unwrap_or_default(),
                    }
                })
                .collect();
            let name = catalogue
                .goal(&id)
                .map(|g| g.name.clone())
                .unwrap_or_default();
            GoalReport {
                id,
                name,
                summary,
                activities,
            }
        })
        .collect();
    let organisation = match ws.profile.organisation.trim() {
        "" => ws.name.clone(),
        name => name.to_string(),
    };
    Report {
        organisation,
        workspace: ws.name.clone(),
        // The open iteration, else the latest one.
        iteration: ws
            .iterations
            .iter()
            .rev()
            .find(|i| i.snapshot.is_none())
            .or(ws.iterations.last())
            .map(|i| i.name.clone()),
        date: date.chars().take(10).collect(),
        catalogue_title: catalogue.title.clone(),
        attribution: catalogue.attribution.clone(),
        licence_name: catalogue.licence.name.clone(),
        licence_url: catalogue.licence.url.clone(),
        source_url: catalogue.source_url.clone(),
        overall: scoring::overall(catalogue, ws, None),
        goals,
    }
}

/// A status in words.
pub fn status_label(t: &Messages, status: Status) -> &'static str {
    t.status_label(status)
}

/// A priority in words (empty when none was set).
pub fn priority_label(t: &Messages, priority: Option<Priority>) -> &'static str {
    match priority {
        None => "",
        Some(Priority::High) => t.status.high,
        Some(Priority::Medium) => t.status.medium,
        Some(Priority::Low) => t.status.low,
    }
}

/// A download name such as `ggi-journey-report-city-of-lyon-2027-03-01.md`.
pub fn file_name(report: &Report, extension: &str) -> String {
    let json = crate::export::file_name(&format!("report {}", report.organisation), &report.date);
    let stem = json.strip_suffix(".json").unwrap_or(&json);
    format!("{stem}.{extension}")
}

/// The scorecard's four fields with their report labels, in the order every report writes them.
pub(crate) fn scorecard_fields<'a>(
    r: &crate::i18n::ReportMsgs,
    sc: &'a crate::progress::Scorecard,
) -> [(&'static str, &'a String); 4] {
    [
        (r.sc_description, &sc.description),
        (r.sc_opportunity, &sc.opportunity),
        (r.sc_tools, &sc.tools),
        (r.sc_notes, &sc.notes),
    ]
}

#[cfg(test)]
mod tests;
