//! From the board's issues, task items and label events to one workspace, recording what went
//! where.

mod activity;

use super::body::{self, Body};
use super::sources::{Issue, LabelEvent, Sources};
use super::text::normalise;
use super::{labels, BoardImport, Kept, Mapped, Options, Skipped, StatusChange};
use crate::catalogue::{Activity, Catalogue};
use crate::limits::{truncate, NAME, TEXT};
use crate::progress::{ActivityProgress, Status};
use crate::schema::Document;

/// One activity's material, gathered from every file.
#[derive(Default)]
struct Entry {
    issue: Issue,
    body: Option<Body>,
    /// Task items from `tasks.csv` (used when no body has them).
    tasks: Vec<(bool, String)>,
    own_title: Option<String>,
}

pub fn build(sources: Sources, catalogue: &Catalogue, options: &Options) -> BoardImport {
    let t = options.messages;
    // A board has a few dozen issues: lists searched in order cost the Wasm less than maps.
    let mut entries: Vec<(String, Entry, Vec<LabelEvent>)> = Vec::new();
    let mut by_number: Vec<(u64, usize)> = Vec::new();
    let mut own = 0;
    for issue in sources.issues {
        let parsed = issue.body.as_deref().map(body::parse);
        let known = issue
            .activity
            .clone()
            .or_else(|| parsed.as_ref().and_then(|b| b.activity.clone()))
            .or_else(|| by_title(catalogue, &issue.title))
            .filter(|id| catalogue.activity(id).is_some());
        let (id, own_title) = match known {
            Some(id) => (id, None),
            None => {
                own += 1;
                (
                    format!("BOARD-{}", issue.number.unwrap_or(own)),
                    Some(issue.title.clone()),
                )
            }
        };
        let at = slot(&mut entries, &id);
        if let Some(n) = issue.number {
            by_number.push((n, at));
        }
        let entry = &mut entries[at].1;
        merge_issue(entry, issue, parsed);
        entry.own_title = entry.own_title.take().or(own_title);
    }
    for task in sources.tasks {
        let id = Some(task.activity.clone())
            .filter(|a| catalogue.activity(a).is_some())
            .unwrap_or_else(|| format!("BOARD-{}", task.activity));
        let at = slot(&mut entries, &id);
        let entry = &mut entries[at].1;
        if entry.issue.title.is_empty() && entry.own_title.is_none() && !id.starts_with("GGI-") {
            entry.own_title = Some(task.activity.clone());
        }
        entry.tasks.push((task.done, task.text));
    }
    let mut skipped = Vec::new();
    let history_file = sources
        .files
        .iter()
        .find(|(_, k)| *k == super::FileKind::LabelsHistCsv)
        .map(|(f, _)| f.clone())
        .unwrap_or_default();
    for e in sources.events {
        match by_number.iter().find(|(n, _)| *n == e.issue) {
            // Kept in time order as they come (a sort would cost the Wasm a sort per type).
            Some((_, at)) => {
                let list = &mut entries[*at].2;
                let at = list.partition_point(|x| x.time <= e.time);
                list.insert(at, e);
            }
            None => skipped.push(Skipped::Event {
                file: history_file.clone(),
                line: e.line,
                issue: e.issue,
            }),
        }
    }

    let mut doc = Document::fresh(catalogue, options.now, options.token);
    let mut out = Outcome::default();
    let ws = &mut doc.workspaces[0];
    ws.name = truncate(
        Some(options.name.trim())
            .filter(|n| !n.is_empty())
            .unwrap_or(t.bridges.workspace_name),
        NAME,
    );
    for (id, entry, history) in entries {
        let points = catalogue
            .activity(&id)
            .map(|a| a.verification_points.clone())
            .unwrap_or_default();
        let own_title = entry.own_title.clone();
        let own = own_title
            .as_ref()
            .map(|title| own_activity(&id, title, &entry, catalogue));
        let mut entry = entry;
        // An own activity's description is its whole body: no part of it goes to the notes too.
        if let (Some(_), Some(body)) = (&own, entry.body.as_mut()) {
            body.other.clear();
        }
        let before = (out.mapped.len(), out.kept.len(), out.history.len());
        let progress = activity::activity(
            &id,
            entry,
            history,
            &points,
            &sources.labels,
            &sources.handbook,
            catalogue,
            options,
            t,
            &mut out,
        );
        // An activity never selected, whose issue still holds only the template (its history
        // at most saying it was created "Not Selected"), is what no record at all means.
        let never = untouched(
            &progress,
            &out.mapped[before.0..],
            &out.history[before.2..],
            &sources.labels,
        );
        if own.is_none() && out.kept.len() == before.1 && never {
            out.mapped.truncate(before.0);
            out.history.truncate(before.2);
            continue;
        }
        if let (Some(activity), Some(title)) = (own, own_title) {
            ws.custom_activities.push(activity);
            out.mapped.insert(
                before.0,
                Mapped::OwnActivity {
                    activity: id.clone(),
                    title,
                },
            );
        }
        ws.activities.insert(id, progress);
    }
    BoardImport {
        document: doc,
        files: sources.files,
        mapped: out.mapped,
        kept: out.kept,
        skipped,
        history: out.history,
    }
}

/// Never selected: no status but Not selected, no objective, point or scorecard text, and a
/// history (if any) of the Not selected label only.
fn untouched(
    p: &ActivityProgress,
    mapped: &[Mapped],
    history: &[StatusChange],
    labels: &labels::StatusLabels,
) -> bool {
    p.status == Status::NotSelected
        && p.objectives.is_empty()
        && p.verification.is_empty()
        && !mapped.iter().any(|m| matches!(m, Mapped::Scorecard { .. }))
        && history
            .iter()
            .all(|h| labels.status(&h.label) == Some(Status::NotSelected))
}

/// The index of `id`'s entry, added at the end when new.
fn slot(entries: &mut Vec<(String, Entry, Vec<LabelEvent>)>, id: &str) -> usize {
    match entries.iter().position(|(e, _, _)| e == id) {
        Some(at) => at,
        None => {
            entries.push((id.to_string(), Entry::default(), Vec::new()));
            entries.len() - 1
        }
    }
}

#[derive(Default)]
struct Outcome {
    mapped: Vec<Mapped>,
    kept: Vec<Kept>,
    history: Vec<StatusChange>,
}

// The same issue in two files (issues.csv and an export): labels of both, the body of either.
fn merge_issue(entry: &mut Entry, issue: Issue, parsed: Option<Body>) {
    let e = &mut entry.issue;
    for l in issue.labels {
        if !e.labels.contains(&l) {
            e.labels.push(l);
        }
    }
    if e.title.is_empty() {
        e.title = issue.title;
    }
    if e.state.is_empty() {
        e.state = issue.state;
    }
    e.number = e.number.or(issue.number);
    e.updated_at = e.updated_at.take().or(issue.updated_at);
    if entry.body.is_none() {
        entry.body = parsed;
        e.body = issue.body;
    }
}

fn by_title(catalogue: &Catalogue, title: &str) -> Option<String> {
    let key = normalise(title);
    catalogue
        .activities
        .iter()
        .find(|a| normalise(&a.title) == key)
        .map(|a| a.id.clone())
}

/// An issue of no catalogue activity becomes an own activity: its goal from its goal label (or
/// the catalogue's first goal), its roles from its role labels.
fn own_activity(id: &str, title: &str, entry: &Entry, catalogue: &Catalogue) -> Activity {
    let labels: Vec<String> = entry.issue.labels.iter().map(|l| normalise(l)).collect();
    let goal = catalogue
        .goals
        .iter()
        .find(|g| {
            labels
                .iter()
                .any(|l| l.strip_suffix(" goal").unwrap_or(l) == normalise(&g.name))
        })
        .or(catalogue.goals.first())
        .map(|g| g.id.clone())
        .unwrap_or_default();
    let roles = catalogue
        .roles
        .iter()
        .filter(|r| labels.contains(&normalise(&r.name)))
        .map(|r| r.id.clone())
        .collect();
    // The whole issue body: an own activity has no catalogue text to tell apart from it.
    let description = entry.issue.body.clone().unwrap_or_default();
    Activity {
        id: id.to_string(),
        title: truncate(if title.trim().is_empty() { id } else { title }, NAME),
        goal,
        roles,
        handbook_url: None,
        summary: String::new(),
        description: truncate(&description, TEXT),
        opportunity: String::new(),
        verification_points: Vec::new(),
        tools: Vec::new(),
        recommendations: Vec::new(),
        resources: Vec::new(),
        next: Vec::new(),
    }
}
