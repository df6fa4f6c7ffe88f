//! From the board's issues, task items and label events to one workspace, recording what went
//! where.

mod activity;
mod bodies;
mod entry;
mod fit;
mod points;

use super::body;
use super::sources::{LabelEvent, Sources, Task};
use super::text::normalise;
use super::{labels, BoardImport, Kept, Mapped, Options, Skipped, StatusChange, TextField};
use crate::catalogue::{Activity, Catalogue};
use crate::i18n::{fill, Messages};
use crate::limits::{truncate, NAME, TEXT};
use crate::progress::{ActivityProgress, Status};
use crate::schema::Document;
use entry::Entry;
use std::collections::{BTreeMap, BTreeSet};

pub fn build(mut sources: Sources, catalogue: &Catalogue, options: &Options) -> BoardImport {
    let t = options.messages;
    let board_labels = sources.issues.iter().flat_map(|i| &i.labels);
    sources.labels =
        std::mem::take(&mut sources.labels).with_board_labels(board_labels.map(String::as_str));
    // Maps, not lists searched in order: a board may have tens of thousands of issues, task
    // items and label events, and each one looks its activity up.
    let lookup = Lookup::new(catalogue);
    let mut entries = Entries::default();
    let mut by_number: BTreeMap<u64, usize> = BTreeMap::new();
    let mut own = 0;
    // Where each issue went, to give `tasks.csv` rows their issue by order.
    let mut issue_slots: Vec<(usize, Option<usize>)> = Vec::new();
    for issue in sources.issues {
        let tasks_total = issue.tasks_total;
        let parsed = issue.body.as_deref().map(body::parse);
        let known = issue
            .activity
            .clone()
            .or_else(|| parsed.as_ref().and_then(|b| b.activity.clone()))
            .or_else(|| lookup.by_title(&issue.title))
            .filter(|id| lookup.activity(id).is_some());
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
        let at = entries.slot(&id);
        issue_slots.push((at, tasks_total));
        if let Some(n) = issue.number {
            // The first issue of a number keeps it, as the label history names issues by number.
            by_number.entry(n).or_insert(at);
        }
        let entry = &mut entries.list[at].1;
        entry.add(issue, parsed);
        entry.own_title = entry.own_title.take().or(own_title);
    }
    let mut out = Outcome::default();
    let by_order = task_issues(&issue_slots, &sources.tasks);
    for (n, task) in sources.tasks.into_iter().enumerate() {
        let known = Some(task.activity.clone()).filter(|a| lookup.activity(a).is_some());
        let at = match (by_order.get(n), known) {
            (Some(at), _) => *at,
            (None, Some(id)) => entries.slot(&id),
            // No id and no order to go by: no issue to give it to, and no title to make one.
            (None, None) if task.activity.is_empty() => {
                out.skipped.push(Skipped::Task { text: task.text });
                continue;
            }
            (None, None) => entries.slot(&format!("BOARD-{}", task.activity)),
        };
        let id = entries.list[at].0.clone();
        let entry = &mut entries.list[at].1;
        if entry.issue.title.is_empty() && entry.own_title.is_none() && !id.starts_with("GGI-") {
            entry.own_title = Some(task.activity.clone());
        }
        entry.tasks.push((task.done, task.text));
    }
    let history_file = sources
        .files
        .iter()
        .find(|(_, k)| *k == super::FileKind::LabelsHistCsv)
        .map(|(f, _)| f.clone())
        .unwrap_or_default();
    for e in sources.events {
        match by_number.get(&e.issue) {
            Some(at) => entries.list[*at].2.push(e),
            None => out.skipped.push(Skipped::Event {
                file: history_file.clone(),
                line: e.line,
                issue: e.issue,
            }),
        }
    }
    let entries = entries.list;
    // Text inside the handbook's sections can be told from the handbook's only by the board's
    // own catalogue.
    let handbook_in_bodies = entries.iter().any(|(_, e, _)| {
        e.parts
            .iter()
            .any(|p| p.body.handbook.iter().any(|(_, ps)| !ps.is_empty()))
    });
    if handbook_in_bodies && sources.handbook_text.is_empty() {
        sources.limits.push(super::Limit::HandbookUncompared);
    }

    let mut doc = Document::fresh(catalogue, options.now, options.token);
    let ws = &mut doc.workspaces[0];
    ws.name = truncate(
        Some(options.name.trim())
            .filter(|n| !n.is_empty())
            .unwrap_or(t.bridges().workspace_name),
        NAME,
    );
    for (id, entry, mut history) in entries {
        // In time order; a stable sort keeps events of the same time in the file's order.
        history.sort_by(|a, b| a.time.cmp(&b.time));
        let points = lookup
            .activity(&id)
            .map(|a| a.verification_points.clone())
            .unwrap_or_default();
        let own_title = entry.own_title.clone();
        let own = own_title
            .as_ref()
            .map(|title| own_activity(&id, title, &entry, catalogue, t, &mut out.skipped));
        if let Some(title) = &own_title {
            // Its line first: inserting it there afterwards would move every line after it.
            out.mapped.push(Mapped::OwnActivity {
                activity: id.clone(),
                title: title.clone(),
            });
        }
        let mut entry = entry;
        // An own activity's description is its whole body: no part of it goes to the notes too.
        if own.is_some() {
            for part in &mut entry.parts {
                part.body.other.clear();
            }
        }
        let before = (out.mapped.len(), out.kept.len(), out.history.len());
        let progress = activity::activity(
            &id,
            entry,
            history,
            &points,
            &sources.labels,
            &sources.handbook,
            &sources.handbook_text,
            &lookup.labels,
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
        // The issue's address alone says nothing was done.
        let kept_nothing = out.kept[before.1..]
            .iter()
            .all(|k| matches!(k, Kept::Link { .. }));
        if own.is_none() && kept_nothing && never {
            out.mapped.truncate(before.0);
            out.kept.truncate(before.1);
            out.history.truncate(before.2);
            continue;
        }
        if let Some(activity) = own {
            ws.custom_activities.push(activity);
        }
        ws.activities.insert(id, progress);
    }
    BoardImport {
        document: doc,
        files: sources.files,
        limits: sources.limits,
        mapped: out.mapped,
        kept: out.kept,
        skipped: out.skipped,
        history: out.history,
    }
}

/// The entry of each `tasks.csv` row, by order: the dashboard writes `tasks_total` rows per
/// issue, in the order of `issues.csv`, and since it requires "(EN)" in the `Activity ID:`
/// line it leaves the row's activity id empty for every board made before v1.3. Empty when
/// the counts do not add up to the rows (files of different runs): ids are used then.
fn task_issues(issue_slots: &[(usize, Option<usize>)], tasks: &[Task]) -> Vec<usize> {
    let counted: Vec<(usize, usize)> = issue_slots
        .iter()
        .filter_map(|(at, total)| total.map(|t| (*at, t)))
        .collect();
    let sum: usize = counted.iter().map(|(_, t)| t).sum();
    if counted.is_empty() || sum != tasks.len() {
        return Vec::new();
    }
    counted
        .iter()
        .flat_map(|(at, total)| std::iter::repeat_n(*at, *total))
        .collect()
}

/// Never selected: no status but Not selected, no owner or target date, no objective, point or scorecard text, and a
/// history (if any) of the Not selected label only.
fn untouched(
    p: &ActivityProgress,
    mapped: &[Mapped],
    history: &[StatusChange],
    labels: &labels::StatusLabels,
) -> bool {
    p.status == Status::NotSelected
        && p.owner.is_empty()
        && p.target_date.is_none()
        && p.objectives.is_empty()
        && p.verification.is_empty()
        && !mapped.iter().any(|m| matches!(m, Mapped::Scorecard { .. }))
        && history
            .iter()
            .all(|h| labels.status(&h.label) == Some(Status::NotSelected))
}

/// Each activity's material in the order first met, with its label events.
#[derive(Default)]
struct Entries {
    list: Vec<(String, Entry, Vec<LabelEvent>)>,
    index: BTreeMap<String, usize>,
}

impl Entries {
    /// The index of `id`'s entry, added at the end when new.
    fn slot(&mut self, id: &str) -> usize {
        if let Some(at) = self.index.get(id) {
            return *at;
        }
        self.list
            .push((id.to_string(), Entry::default(), Vec::new()));
        self.index.insert(id.to_string(), self.list.len() - 1);
        self.list.len() - 1
    }
}

/// The catalogue as the import looks it up, once per issue, task item and label.
struct Lookup<'a> {
    activities: BTreeMap<&'a str, &'a Activity>,
    /// Normalised titles (the first activity of a title keeps it).
    titles: BTreeMap<String, &'a str>,
    labels: labels::CatalogueLabels,
}

impl<'a> Lookup<'a> {
    fn new(catalogue: &'a Catalogue) -> Self {
        let mut titles = BTreeMap::new();
        let mut activities = BTreeMap::new();
        for a in &catalogue.activities {
            titles.entry(normalise(&a.title)).or_insert(a.id.as_str());
            activities.entry(a.id.as_str()).or_insert(a);
        }
        // The titles of former handbook versions (an issue keeps the title it was made with).
        for (id, title) in super::versions::FORMER_TITLES {
            if let Some(a) = activities.get(id) {
                titles.entry(normalise(title)).or_insert(a.id.as_str());
            }
        }
        Lookup {
            activities,
            titles,
            labels: labels::CatalogueLabels::new(catalogue),
        }
    }

    fn activity(&self, id: &str) -> Option<&'a Activity> {
        self.activities.get(id).copied()
    }

    fn by_title(&self, title: &str) -> Option<String> {
        self.titles.get(&normalise(title)).map(|id| id.to_string())
    }
}

#[derive(Default)]
struct Outcome {
    mapped: Vec<Mapped>,
    kept: Vec<Kept>,
    skipped: Vec<Skipped>,
    history: Vec<StatusChange>,
}

/// An issue of no catalogue activity becomes an own activity: its goal from its goal label (or
/// the catalogue's first goal), its roles from its role labels.
fn own_activity(
    id: &str,
    title: &str,
    entry: &Entry,
    catalogue: &Catalogue,
    t: &Messages,
    skipped: &mut Vec<Skipped>,
) -> Activity {
    let labels: BTreeSet<String> = entry.issue.labels.iter().map(|l| normalise(l)).collect();
    let goals: BTreeSet<&str> = labels
        .iter()
        .map(|l| l.strip_suffix(" goal").unwrap_or(l))
        .collect();
    let goal = catalogue
        .goals
        .iter()
        .find(|g| goals.contains(normalise(&g.name).as_str()))
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
    let description = match entry.parts.as_slice() {
        [one] => one.raw.clone(),
        parts => {
            let named = parts.iter().map(|p| {
                let issue = p.issue.localized(t.bridges());
                let header = fill(t.bridges().from_issue, &[("issue", &issue)]);
                format!("**{header}**\n\n{}", p.raw)
            });
            named.collect::<Vec<_>>().join("\n\n")
        }
    };
    Activity {
        id: id.to_string(),
        title: fit::cut(
            id,
            TextField::Title,
            if title.trim().is_empty() { id } else { title },
            NAME,
            skipped,
        ),
        goal,
        roles,
        handbook_url: None,
        summary: String::new(),
        description: fit::cut(id, TextField::Description, &description, TEXT, skipped),
        opportunity: String::new(),
        verification_points: Vec::new(),
        tools: Vec::new(),
        recommendations: Vec::new(),
        resources: Vec::new(),
        next: Vec::new(),
    }
}
