//! Collecting several teams' files at once: every valid file either adds its workspaces as
//! workspaces of their own (named after their organisation, renamed on a clash) or is merged
//! into the current data. The plan says, file by file, what each brings and what is wrong with
//! the ones that are skipped; nothing changes until the app puts [`Plan::document`] in place.

use crate::catalogue::Catalogue;
use crate::import::preview::{describe, WorkspacePreview};
use crate::import::{within_caps, ImportError};
use crate::merge::{self, unique_id, unique_name, MergeReport};
use crate::schema::{Document, Workspace};

/// How the valid files come in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// Each workspace of each file becomes a workspace here.
    #[default]
    Workspaces,
    /// Each file is merged into the data, one after the other.
    Merge,
}

/// A workspace a file adds: the name it would have had, and the name it gets here.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Added {
    pub wanted: String,
    pub name: String,
}

/// What one chosen file brings, or why it is skipped.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// The file cannot be imported: the message says why, in the user's language.
    Refused(String),
    /// Brought in, the file would take the record past a list's cap ([`crate::limits`]): the
    /// record could no longer be exported and imported back, so the file is left out.
    TooMany(ImportError),
    Workspaces(Vec<Added>),
    Merged(MergeReport),
}

/// One chosen file in the plan.
#[derive(Clone, Debug, PartialEq)]
pub struct FilePlan {
    pub file: String,
    /// What the file holds (empty when it is refused).
    pub workspaces: Vec<WorkspacePreview>,
    pub outcome: Outcome,
}

/// The whole collection: each file's part and the document they make together.
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    pub files: Vec<FilePlan>,
    pub document: Document,
    /// How many files go in.
    pub accepted: usize,
}

impl Plan {
    /// The names of the files that are skipped.
    pub fn refused(&self) -> Vec<&str> {
        self.files
            .iter()
            .filter(|f| matches!(f.outcome, Outcome::Refused(_) | Outcome::TooMany(_)))
            .map(|f| f.file.as_str())
            .collect()
    }
}

/// The name given by Document::new, which says nothing about whose workspace it is.
const DEFAULT_NAME: &str = "My organisation";

/// The name a file's workspace goes by here: its organisation's, with its own name when that
/// says more (`Dept A — 2027 assessment`).
pub fn name_for(ws: &Workspace) -> String {
    let (organisation, name) = (ws.profile.organisation.trim(), ws.name.trim());
    if organisation.is_empty() {
        name.to_string()
    } else if name.is_empty() || name == organisation || name == DEFAULT_NAME {
        organisation.to_string()
    } else {
        format!("{organisation} — {name}")
    }
}

/// Adds every workspace of `incoming` to `doc` as a workspace of its own: renamed when its name
/// is taken, under a new id when its id is. The active workspace stays.
pub fn add_as_workspaces(doc: &mut Document, incoming: &Document) -> Vec<Added> {
    let mut added = Vec::new();
    for ws in &incoming.workspaces {
        let wanted = name_for(ws);
        let mut ws = ws.clone();
        ws.name = unique_name(&wanted, doc.workspaces.iter().map(|w| w.name.as_str()));
        ws.id = unique_id(&ws.id, |id| doc.workspaces.iter().any(|w| w.id == id));
        added.push(Added {
            wanted,
            name: ws.name.clone(),
        });
        doc.workspaces.push(ws);
    }
    added
}

/// Plans bringing in `files` (each read into a document, or refused with the message the user
/// reads) in that order.
pub fn plan(
    current: &Document,
    files: &[(String, Result<Document, String>)],
    mode: Mode,
    catalogue: &Catalogue,
) -> Plan {
    let mut document = current.clone();
    let mut accepted = 0;
    let files = files
        .iter()
        .map(|(file, read)| {
            let (workspaces, outcome) = match read {
                Err(e) => (Vec::new(), Outcome::Refused(e.clone())),
                Ok(incoming) => {
                    let (next, outcome) = match mode {
                        Mode::Workspaces => {
                            let mut next = document.clone();
                            let added = add_as_workspaces(&mut next, incoming);
                            (next, Outcome::Workspaces(added))
                        }
                        Mode::Merge => {
                            let (merged, report) = merge::merge(&document, incoming, catalogue);
                            (merged, Outcome::Merged(report))
                        }
                    };
                    let outcome = match within_caps(&next) {
                        Ok(()) => {
                            accepted += 1;
                            document = next;
                            outcome
                        }
                        Err(e) => Outcome::TooMany(e),
                    };
                    let described = incoming.workspaces.iter().map(|w| describe(w, catalogue));
                    (described.collect(), outcome)
                }
            };
            FilePlan {
                file: file.clone(),
                workspaces,
                outcome,
            }
        })
        .collect();
    Plan {
        files,
        document,
        accepted,
    }
}

#[cfg(test)]
mod tests;
