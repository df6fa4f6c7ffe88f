//! The portfolio: several workspaces (departments, business units, projects: "scopes") side by
//! side. Per goal each scope's progress with the lowest, median and highest across scopes; per
//! activity each scope's status with how many scopes have it in progress or done. Built here so
//! the page, the CSV and the web-page download show the same figures.

mod csv;
mod html;
mod selection;

pub use self::csv::to_csv;
pub use self::html::{heat_band, to_html};
pub use self::selection::Selection;

use crate::catalogue::Catalogue;
use crate::progress::Status;
use crate::schema::Workspace;
use crate::scoring::{self, Summary};

/// How many outlines a radar chart can carry and stay readable.
pub const RADAR_LIMIT: usize = 6;

/// Everything the portfolio shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Portfolio {
    /// ISO date the portfolio was made.
    pub date: String,
    pub catalogue_title: String,
    pub attribution: String,
    pub licence_name: String,
    pub licence_url: String,
    /// Every goal in catalogue order, with the spread of its progress across scopes.
    pub goals: Vec<GoalColumn>,
    /// The spread of overall progress across scopes.
    pub overall: Spread,
    /// The selected workspaces, in the document's order.
    pub scopes: Vec<Scope>,
    /// The catalogue's activities, then each scope's custom activities.
    pub activities: Vec<ActivityRow>,
}

/// One goal of the catalogue.
#[derive(Clone, Debug, PartialEq)]
pub struct GoalColumn {
    pub id: String,
    pub name: String,
    pub spread: Spread,
}

/// Lowest, median and highest percentage across scopes (all 0 when there is no scope).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Spread {
    pub lowest: u32,
    pub median: u32,
    pub highest: u32,
}

impl Spread {
    /// The spread of `values`; the median of an even count is the mean of the middle two,
    /// rounded down like every percentage in the app.
    pub fn of(values: &[u32]) -> Spread {
        let mut v = values.to_vec();
        crate::order::sort_by(&mut v, u32::cmp);
        let (Some(&lowest), Some(&highest)) = (v.first(), v.last()) else {
            return Spread::default();
        };
        let mid = v.len() / 2;
        let median = if v.len() % 2 == 1 {
            v[mid]
        } else {
            (v[mid - 1] + v[mid]) / 2
        };
        Spread {
            lowest,
            median,
            highest,
        }
    }
}

/// Reads one figure of a [`Spread`].
pub type SpreadFigure = fn(&Spread) -> u32;

/// The aggregate rows every view of the portfolio shows under the grid, with their labels.
pub fn spread_rows(t: &crate::i18n::Messages) -> [(&'static str, SpreadFigure); 3] {
    let m = &t.portfolio;
    [
        (m.lowest, |s| s.lowest),
        (m.median, |s| s.median),
        (m.highest, |s| s.highest),
    ]
}

/// One workspace's figures.
#[derive(Clone, Debug, PartialEq)]
pub struct Scope {
    pub id: String,
    pub name: String,
    /// The organisation named in the profile (empty when none).
    pub organisation: String,
    /// One summary per goal, in the order of [`Portfolio::goals`].
    pub goals: Vec<Summary>,
    pub overall: Summary,
}

impl Scope {
    /// Share of verification points met in goal `index` (as on the dashboard's radar).
    pub fn percent(&self, index: usize) -> u32 {
        self.goals.get(index).map_or(0, |s| s.points.percent())
    }

    /// Every goal's percentage, in order.
    pub fn percents(&self) -> Vec<u32> {
        self.goals.iter().map(|s| s.points.percent()).collect()
    }
}

/// One activity across the scopes.
#[derive(Clone, Debug, PartialEq)]
pub struct ActivityRow {
    pub id: String,
    pub title: String,
    /// The goal's name.
    pub goal: String,
    /// Added by one or more scopes rather than taken from the catalogue.
    pub custom: bool,
    /// Per scope; `None` where the scope does not have this (custom) activity.
    pub statuses: Vec<Option<Status>>,
    /// How many scopes have it in progress.
    pub in_progress: u32,
    /// How many scopes have it done.
    pub done: u32,
}

/// Builds the portfolio of `workspaces` (already selected) as of `date` (ISO).
pub fn build(catalogue: &Catalogue, workspaces: &[&Workspace], date: &str) -> Portfolio {
    let scopes: Vec<Scope> = workspaces
        .iter()
        .map(|ws| Scope {
            id: ws.id.clone(),
            name: ws.name.clone(),
            organisation: ws.profile.organisation.trim().to_string(),
            goals: scoring::by_goal(catalogue, ws, None)
                .into_iter()
                .map(|(_, s)| s)
                .collect(),
            overall: scoring::overall(catalogue, ws, None),
        })
        .collect();
    let goals = catalogue
        .goals
        .iter()
        .enumerate()
        .map(|(i, g)| GoalColumn {
            id: g.id.clone(),
            name: g.name.clone(),
            spread: Spread::of(&scopes.iter().map(|s| s.percent(i)).collect::<Vec<_>>()),
        })
        .collect();
    let overall = Spread::of(
        &scopes
            .iter()
            .map(|s| s.overall.points.percent())
            .collect::<Vec<_>>(),
    );
    Portfolio {
        date: date.chars().take(10).collect(),
        catalogue_title: catalogue.title.clone(),
        attribution: catalogue.attribution.clone(),
        licence_name: catalogue.licence.name.clone(),
        licence_url: catalogue.licence.url.clone(),
        goals,
        overall,
        scopes,
        activities: activity_rows(catalogue, workspaces),
    }
}

fn activity_rows(catalogue: &Catalogue, workspaces: &[&Workspace]) -> Vec<ActivityRow> {
    let goal_name = |id: &str| {
        catalogue
            .goal(id)
            .map(|g| g.name.clone())
            .unwrap_or_default()
    };
    let mut rows: Vec<ActivityRow> = catalogue
        .activities
        .iter()
        .map(|a| ActivityRow {
            id: a.id.clone(),
            title: a.title.clone(),
            goal: goal_name(&a.goal),
            custom: false,
            statuses: workspaces
                .iter()
                .map(|ws| Some(scoring::status_of(ws, &a.id)))
                .collect(),
            in_progress: 0,
            done: 0,
        })
        .collect();
    // Two scopes' custom activities are the same one only when id and title agree: ids are
    // made per workspace, so "custom-1" of one department is not "custom-1" of another.
    for (i, ws) in workspaces.iter().enumerate() {
        for a in &ws.custom_activities {
            let status = Some(scoring::status_of(ws, &a.id));
            if let Some(row) = rows
                .iter_mut()
                .find(|r| r.custom && r.id == a.id && r.title == a.title)
            {
                row.statuses[i] = status;
                continue;
            }
            let mut statuses = vec![None; workspaces.len()];
            statuses[i] = status;
            rows.push(ActivityRow {
                id: a.id.clone(),
                title: a.title.clone(),
                goal: goal_name(&a.goal),
                custom: true,
                statuses,
                in_progress: 0,
                done: 0,
            });
        }
    }
    for row in &mut rows {
        let count = |s: Status| row.statuses.iter().filter(|x| **x == Some(s)).count() as u32;
        (row.in_progress, row.done) = (count(Status::InProgress), count(Status::Done));
    }
    rows
}

/// The selected workspaces of `all`, in their order.
pub fn select<'a>(all: &'a [Workspace], selection: &Selection) -> Vec<&'a Workspace> {
    all.iter().filter(|w| selection.includes(&w.id)).collect()
}

/// A download name such as `ggi-journey-portfolio-2027-03-01.csv`.
pub fn file_name(portfolio: &Portfolio, extension: &str) -> String {
    let json = crate::export::file_name("portfolio", &portfolio.date);
    let stem = json.strip_suffix(".json").unwrap_or(&json);
    format!("{stem}.{extension}")
}

#[cfg(test)]
mod tests;
