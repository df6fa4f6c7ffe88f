//! From the board's issues, task items and label events to one workspace, recording what went
//! where.

use super::body::{self, Body};
use super::sources::{Issue, LabelEvent, Sources};
use super::text::{self, normalise};
use super::{
    handbook, labels, BoardImport, Kept, Mapped, Options, ScorecardField, Skipped, StatusChange,
};
use crate::catalogue::{Activity, Catalogue};
use crate::i18n::{fill, Messages};
use crate::limits::{truncate, NAME, TEXT};
use crate::progress::{ActivityProgress, Objective, PointCheck, Status};
use crate::schema::Document;

/// The template's placeholder of each subsection (`conf/workflow_init.inc`): not the
/// organisation's text, so not copied.
const PLACEHOLDERS: [&str; 5] = [
    "Scope of what has to be done.",
    "Why is this activity relevant?",
    "What we aim to achieve in this iteration.",
    "Technologies, tools and products used in the Activity.",
    "Approach, method to progress in the Activity",
];

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
    let t = options.lang.messages();
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
        let progress = activity(
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

#[allow(clippy::too_many_arguments)]
fn activity(
    id: &str,
    entry: Entry,
    history: Vec<LabelEvent>,
    points: &[crate::catalogue::VerificationPoint],
    status_labels: &labels::StatusLabels,
    board_handbook: &[(String, Vec<String>)],
    catalogue: &Catalogue,
    options: &Options,
    t: &Messages,
    out: &mut Outcome,
) -> ActivityProgress {
    let m = &t.bridges;
    let mut p = ActivityProgress::default();
    let mut notes: Vec<String> = Vec::new();
    let date = entry
        .issue
        .updated_at
        .as_deref()
        .and_then(text::date_of)
        .unwrap_or_else(|| options.now.chars().take(10).collect());

    // Status: the most advanced status label the issue carries now.
    let mut statuses: Vec<(Status, String)> = Vec::new();
    for label in &entry.issue.labels {
        match status_labels.status(label) {
            Some(s) => statuses.push((s, label.clone())),
            None if labels::is_catalogue_label(label, catalogue) => {}
            None => {
                notes.push(fill(m.note_label, &[("label", label)]));
                out.kept.push(Kept::Label {
                    activity: id.to_string(),
                    label: label.clone(),
                });
            }
        }
    }
    // The most advanced first; the others are kept in the notes.
    if let Some(best) = (0..statuses.len()).max_by_key(|i| rank(statuses[*i].0)) {
        let first = statuses.remove(best);
        statuses.insert(0, first);
    }
    // The history (in time order) says what it was when the files carry no current label.
    if statuses.is_empty() {
        if let Some(last) = current_from_history(&history, status_labels) {
            statuses.push(last);
        }
    }
    let mut statuses = statuses.into_iter();
    if let Some((status, label)) = statuses.next() {
        p.status = status;
        out.mapped.push(Mapped::Status {
            activity: id.to_string(),
            label,
            status,
        });
    }
    for (_, label) in statuses {
        notes.push(fill(m.note_label, &[("label", &label)]));
        out.kept.push(Kept::ExtraStatus {
            activity: id.to_string(),
            label,
        });
    }
    if entry.issue.state.eq_ignore_ascii_case("closed") {
        notes.push(m.note_closed.to_string());
        out.kept.push(Kept::Closed {
            activity: id.to_string(),
        });
    }

    // The Scorecard's subsections.
    let body = entry.body.unwrap_or_default();
    let mut unfilled = 0;
    let mut extra_sections: Vec<(String, String)> = Vec::new();
    for s in &body.subsections {
        if s.text.is_empty() || PLACEHOLDERS.contains(&s.text.as_str()) {
            unfilled += usize::from(!s.text.is_empty());
            continue;
        }
        let field = match normalise(&s.heading).as_str() {
            "customized description" | "customised description" | "description" | "scope" => {
                Some((ScorecardField::Description, &mut p.scorecard.description))
            }
            "opportunity assessment" | "opportunity" => {
                Some((ScorecardField::Opportunity, &mut p.scorecard.opportunity))
            }
            "tools" => Some((ScorecardField::Tools, &mut p.scorecard.tools)),
            "operational notes" | "notes" => Some((ScorecardField::Notes, &mut p.scorecard.notes)),
            _ => None,
        };
        match field {
            Some((field, value)) => {
                append(value, &s.text);
                out.mapped.push(Mapped::Scorecard {
                    activity: id.to_string(),
                    heading: s.heading.clone(),
                    field,
                });
            }
            // Objectives' own text, or a subsection the template does not have.
            None => extra_sections.push((s.heading.clone(), s.text.clone())),
        }
    }
    extra_sections.extend(body.other.iter().cloned());
    for (heading, text) in &extra_sections {
        let shown = if heading.is_empty() { "—" } else { heading };
        notes.push(format!("#### {shown}\n\n{text}"));
        out.kept.push(Kept::Section {
            activity: id.to_string(),
            heading: shown.to_string(),
        });
    }
    if unfilled > 0 {
        out.mapped.push(Mapped::Template {
            activity: id.to_string(),
            count: unfilled,
        });
    }

    // Task items: the handbook's points where the text is one, objectives otherwise.
    let tasks = if body.tasks.is_empty() {
        entry.tasks
    } else {
        body.tasks.clone()
    };
    let handbook_texts = board_handbook
        .iter()
        .find(|(a, _)| a == id)
        .map(|(_, texts)| texts.as_slice())
        .unwrap_or_default();
    let mut met = 0;
    let mut done = 0;
    for (ticked, task) in &tasks {
        let point = point_for(id, task, points, &body.points, handbook_texts);
        match point {
            Some(n) => {
                if *ticked && !p.verification.contains_key(&points[n].id) {
                    p.verification.insert(points[n].id.clone(), met_on(&date));
                    met += 1;
                }
            }
            None => {
                done += usize::from(*ticked);
                p.objectives.push(Objective {
                    id: format!("obj-{}", p.objectives.len() + 1),
                    text: truncate(task, TEXT),
                    done: *ticked,
                    owner: String::new(),
                    due: None,
                });
            }
        }
    }
    if !p.objectives.is_empty() {
        out.mapped.push(Mapped::Objectives {
            activity: id.to_string(),
            total: p.objectives.len(),
            done,
        });
    }
    // The Progress Assessment's ticks: point n is the catalogue's point n (as in
    // `catalogue::board`, which reads the same handbook text).
    for (n, (ticked, text)) in body.points.iter().enumerate() {
        if !*ticked {
            continue;
        }
        match points.get(n) {
            Some(vp) => {
                if !p.verification.contains_key(&vp.id) {
                    p.verification.insert(vp.id.clone(), met_on(&date));
                    met += 1;
                }
            }
            None => {
                notes.push(fill(m.note_point, &[("text", text)]));
                out.kept.push(Kept::Point {
                    activity: id.to_string(),
                    text: text.clone(),
                });
            }
        }
    }
    if met > 0 {
        out.mapped.push(Mapped::Points {
            activity: id.to_string(),
            count: met,
        });
    }

    // Label history: dated status changes, in the notes with their dates.
    let mut lines = Vec::new();
    for e in &history {
        let status = status_labels.status(&e.label);
        let when = text::date_of(&e.time).unwrap_or_else(|| e.time.clone());
        let author = if e.author.is_empty() { "?" } else { &e.author };
        match (e.added, status) {
            (true, Some(s)) => lines.push(fill(
                m.history_added,
                &[
                    ("date", &when),
                    ("label", &e.label),
                    ("author", author),
                    ("status", t.status_label(s)),
                ],
            )),
            (false, Some(_)) => lines.push(fill(
                m.history_removed,
                &[("date", &when), ("label", &e.label), ("author", author)],
            )),
            // Goal, role and other labels: not the status's history.
            _ => continue,
        }
        out.history.push(StatusChange {
            activity: id.to_string(),
            time: e.time.clone(),
            label: e.label.clone(),
            author: e.author.clone(),
            status: status.filter(|_| e.added),
            added: e.added,
        });
    }
    if !lines.is_empty() {
        out.mapped.push(Mapped::History {
            activity: id.to_string(),
            count: lines.len(),
        });
    }

    let mut extra = String::new();
    if !notes.is_empty() {
        extra.push_str(&format!("**{}**\n\n", m.note_heading));
        for n in &notes {
            if n.starts_with("####") {
                extra.push_str(&format!("\n{n}\n\n"));
            } else {
                extra.push_str(&format!("- {n}\n"));
            }
        }
    }
    if !lines.is_empty() {
        extra.push_str(&format!("\n**{}**\n\n", m.history_heading));
        for l in &lines {
            extra.push_str(&format!("- {l}\n"));
        }
    }
    append(&mut p.scorecard.notes, extra.trim());
    for field in [
        &mut p.scorecard.description,
        &mut p.scorecard.opportunity,
        &mut p.scorecard.tools,
        &mut p.scorecard.notes,
    ] {
        *field = truncate(field, TEXT);
    }
    if p != ActivityProgress::default() {
        p.updated_at = entry
            .issue
            .updated_at
            .clone()
            .filter(|u| !u.is_empty())
            .unwrap_or_else(|| options.now.to_string());
    }
    p
}

/// The position of the catalogue's point a task item is, if its text is the handbook's point
/// (by the issue's own Progress Assessment, a board catalogue given with the files, the built-in
/// fingerprints) or the catalogue's own wording.
fn point_for(
    activity: &str,
    task: &str,
    points: &[crate::catalogue::VerificationPoint],
    body_points: &[(bool, String)],
    board_handbook: &[String],
) -> Option<usize> {
    let key = normalise(task);
    if key.is_empty() {
        return None;
    }
    let same = |t: &str| normalise(t) == key;
    let fingerprint = text::fingerprint(task);
    let n = points
        .iter()
        .position(|v| same(&v.text))
        .or_else(|| body_points.iter().position(|(_, t)| same(t)))
        .or_else(|| board_handbook.iter().position(|t| same(t)))
        .or_else(|| {
            handbook::HANDBOOK_1_3
                .iter()
                .find(|(a, _)| *a == activity)
                .and_then(|(_, prints)| prints.iter().position(|p| *p == fingerprint))
        })?;
    (n < points.len()).then_some(n)
}

fn current_from_history(
    history: &[LabelEvent],
    status_labels: &labels::StatusLabels,
) -> Option<(Status, String)> {
    let mut current: Vec<(Status, String)> = Vec::new();
    for e in history {
        let Some(s) = status_labels.status(&e.label) else {
            continue;
        };
        current.retain(|(_, l)| *l != e.label);
        if e.added {
            current.push((s, e.label.clone()));
        }
    }
    current.pop()
}

fn rank(s: Status) -> u8 {
    match s {
        Status::Done => 4,
        Status::InProgress => 3,
        Status::Planned => 2,
        Status::NotApplicable => 1,
        Status::NotSelected => 0,
    }
}

fn met_on(date: &str) -> PointCheck {
    PointCheck {
        met: true,
        evidence: String::new(),
        date: Some(date.to_string()),
        rating: None,
    }
}

fn append(field: &mut String, text: &str) {
    if text.is_empty() {
        return;
    }
    if !field.is_empty() {
        field.push_str("\n\n");
    }
    field.push_str(text);
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
