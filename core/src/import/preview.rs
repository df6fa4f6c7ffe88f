//! What an import file contains, summed up for the preview shown before anything changes.

use crate::catalogue::Catalogue;
use crate::merge::{self, MergeReport};
use crate::schema::{Document, Workspace};
use crate::scoring::{self, ActivityScore};

/// One workspace of an import file.
#[derive(Clone, Debug, PartialEq)]
pub struct WorkspacePreview {
    pub id: String,
    pub name: String,
    pub organisation: String,
    /// Activities the file records something for, in catalogue order (then custom ones).
    pub activities: Vec<ActivityPreview>,
    pub custom_activities: usize,
    pub iterations: usize,
}

impl WorkspacePreview {
    /// "Activities with progress: n · own activities: n · iterations: n" in the user's language.
    pub fn counts(&self, m: &crate::i18n::DataMsgs) -> String {
        crate::i18n::fill(
            m.preview_workspace,
            &[
                ("activities", &self.activities.len().to_string()),
                ("custom", &self.custom_activities.to_string()),
                ("iterations", &self.iterations.to_string()),
            ],
        )
    }
}

/// One activity the file records progress for.
#[derive(Clone, Debug, PartialEq)]
pub struct ActivityPreview {
    pub id: String,
    pub title: String,
    pub score: ActivityScore,
}

/// The whole preview: what the file holds and what merging it would do.
#[derive(Clone, Debug, PartialEq)]
pub struct Preview {
    pub workspaces: Vec<WorkspacePreview>,
    /// The outcome of merging the file into `current`, computed without changing it.
    pub merge: MergeReport,
}

/// Describes `incoming` and dry-runs its merge into `current`.
pub fn preview(incoming: &Document, current: &Document, catalogue: &Catalogue) -> Preview {
    let workspaces = incoming
        .workspaces
        .iter()
        .map(|ws| describe(ws, catalogue))
        .collect();
    let (_, merge) = merge::merge(current, incoming, catalogue);
    Preview { workspaces, merge }
}

/// What one workspace of a file holds.
pub fn describe(ws: &Workspace, catalogue: &Catalogue) -> WorkspacePreview {
    WorkspacePreview {
        id: ws.id.clone(),
        name: ws.name.clone(),
        organisation: ws.profile.organisation.clone(),
        activities: scoring::all_activities(catalogue, ws)
            .filter_map(|a| {
                let progress = ws.activities.get(&a.id)?;
                Some(ActivityPreview {
                    id: a.id.clone(),
                    title: a.title.clone(),
                    score: scoring::activity_score(a, Some(progress)),
                })
            })
            .collect(),
        custom_activities: ws.custom_activities.len(),
        iterations: ws.iterations.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journey;
    use crate::progress::Status;

    #[test]
    fn lists_activities_with_progress_and_dry_runs_the_merge() {
        let c = Catalogue::embedded();
        let current = Document::new(&c, "2027-01-01T00:00:00Z");
        let mut incoming = current.clone();
        let ws = &mut incoming.workspaces[0];
        ws.name = "City of Lyon".into();
        ws.updated_at = "2027-02-01T00:00:00Z".into();
        journey::set_status(ws, "GGI-A-21", Status::InProgress, "2027-02-01");
        let point = c
            .activity("GGI-A-21")
            .map(|a| a.verification_points[0].id.clone());
        let point = point.unwrap_or_else(|| panic!("GGI-A-21 has verification points"));
        journey::set_point(ws, "GGI-A-21", &point, true, "2027-02-01", "2027-02-01");

        let p = preview(&incoming, &current, &c);
        assert_eq!(p.workspaces.len(), 1);
        assert_eq!(p.workspaces[0].name, "City of Lyon");
        let ids: Vec<&str> = p.workspaces[0]
            .activities
            .iter()
            .map(|a| a.id.as_str())
            .collect();
        assert_eq!(ids, ["GGI-A-21"]);
        let a21 = &p.workspaces[0].activities[0];
        assert_eq!(a21.score.status, Status::InProgress);
        assert_eq!(a21.score.points.done, 1);
        assert_eq!(p.merge.added, 1);
        assert!(p.merge.changed.is_empty() && p.merge.duplicates.is_empty());
    }
}
