//! The bodies of an activity's issues: scorecard subsections to the scorecard's fields, other
//! sections kept for the notes, task items and Progress Assessment ticks. Several issues of
//! one activity are combined, never one chosen: each text goes under its issue's name, the
//! same task item in two issues is one (done where either ticked it), a point is ticked where
//! any issue ticked it.

use super::entry::Part;
use super::Outcome;
use crate::board_import::text::normalise;
use crate::board_import::{Kept, Mapped, ScorecardField};
use crate::i18n::{fill, Messages};
use crate::progress::Scorecard;
use std::collections::{BTreeMap, BTreeSet};

/// The template's placeholder of each subsection (`conf/workflow_init.inc`): not the
/// organisation's text, so not copied.
const PLACEHOLDERS: [&str; 5] = [
    "Scope of what has to be done.",
    "Why is this activity relevant?",
    "What we aim to achieve in this iteration.",
    "Technologies, tools and products used in the Activity.",
    "Approach, method to progress in the Activity",
];

/// Fills `scorecard` from the subsections, returns the other sections as `(heading, text)` for
/// the notes, and records both.
pub(super) fn scorecard(
    id: &str,
    parts: &[Part],
    t: &Messages,
    scorecard: &mut Scorecard,
    out: &mut Outcome,
) -> Vec<(String, String)> {
    let named = parts.len() > 1;
    let mut unfilled = 0;
    let mut extra: Vec<(String, String)> = Vec::new();
    // One summary line per heading, however many issues have it.
    let mut mapped: BTreeSet<(String, ScorecardField)> = BTreeSet::new();
    let mut kept: BTreeSet<String> = BTreeSet::new();
    for part in parts {
        let header = named.then(|| {
            let issue = part.issue.localized(t.bridges());
            format!("**{}**", fill(t.bridges().from_issue, &[("issue", &issue)]))
        });
        let under = |text: &str| match &header {
            Some(h) => format!("{h}\n\n{text}"),
            None => text.to_string(),
        };
        for s in &part.body.subsections {
            if s.text.is_empty() || PLACEHOLDERS.contains(&s.text.as_str()) {
                unfilled += usize::from(!s.text.is_empty());
                continue;
            }
            let field = match normalise(&s.heading).as_str() {
                "customized description" | "customised description" | "description" | "scope" => {
                    Some((ScorecardField::Description, &mut scorecard.description))
                }
                "opportunity assessment" | "opportunity" => {
                    Some((ScorecardField::Opportunity, &mut scorecard.opportunity))
                }
                "tools" => Some((ScorecardField::Tools, &mut scorecard.tools)),
                "operational notes" | "notes" => {
                    Some((ScorecardField::Notes, &mut scorecard.notes))
                }
                _ => None,
            };
            match field {
                Some((field, value)) => {
                    append(value, &under(&s.text));
                    if mapped.insert((s.heading.clone(), field)) {
                        out.mapped.push(Mapped::Scorecard {
                            activity: id.to_string(),
                            heading: s.heading.clone(),
                            field,
                        });
                    }
                }
                // Objectives' own text, or a subsection the template does not have.
                None => extra.push((s.heading.clone(), under(&s.text))),
            }
        }
        extra.extend(
            part.body
                .other
                .iter()
                .map(|(heading, text)| (heading.clone(), under(text))),
        );
    }
    for (heading, _) in &extra {
        let shown = if heading.is_empty() { "—" } else { heading };
        if kept.insert(shown.to_string()) {
            out.kept.push(Kept::Section {
                activity: id.to_string(),
                heading: shown.to_string(),
            });
        }
    }
    if unfilled > 0 {
        out.mapped.push(Mapped::Template {
            activity: id.to_string(),
            count: unfilled,
        });
    }
    extra
}

/// The task items of all issues: the same item (by its text, as a person reads it) in two
/// issues once, done where either ticked it.
pub(super) fn tasks(parts: &[Part]) -> Vec<(bool, String)> {
    let mut tasks: Vec<(bool, String)> = Vec::new();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for part in parts {
        let from = tasks.len();
        for (ticked, text) in &part.body.tasks {
            match seen.get(&normalise(text)) {
                Some(&at) => tasks[at].0 |= *ticked,
                None => tasks.push((*ticked, text.clone())),
            }
        }
        // Only items of earlier issues are matched: an issue may list an item twice.
        for (at, (_, text)) in tasks.iter().enumerate().skip(from) {
            let key = normalise(text);
            if !key.is_empty() {
                seen.entry(key).or_insert(at);
            }
        }
    }
    tasks
}

/// The paragraphs of the handbook's sections that are not the handbook's (by the board's own
/// catalogue, `known`): what a team wrote into them, `(heading, text)`, each under its issue's
/// name when there are several.
pub(super) fn added_to_handbook(
    parts: &[Part],
    known: &BTreeSet<String>,
    t: &Messages,
) -> Vec<(String, String)> {
    let named = parts.len() > 1;
    let mut out = Vec::new();
    for part in parts {
        for (heading, paragraphs) in &part.body.handbook {
            let added: Vec<&str> = paragraphs
                .iter()
                .filter(|p| {
                    let key = normalise(p);
                    !key.is_empty() && !known.contains(&key)
                })
                .map(String::as_str)
                .collect();
            if added.is_empty() {
                continue;
            }
            let text = added.join("\n\n");
            let text = if named {
                let issue = part.issue.localized(t.bridges());
                format!(
                    "**{}**\n\n{text}",
                    fill(t.bridges().from_issue, &[("issue", &issue)])
                )
            } else {
                text
            };
            out.push((heading.clone(), text));
        }
    }
    out
}

pub(super) fn append(field: &mut String, text: &str) {
    if text.is_empty() {
        return;
    }
    if !field.is_empty() {
        field.push_str("\n\n");
    }
    field.push_str(text);
}
