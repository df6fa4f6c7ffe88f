//! The three-way merge of workspace documents (the rules are in the [`super`] module doc).
//!
//! The documents are merged as JSON values, by one walk that knows little of the schema: which
//! members date a record, which are bookkeeping, which are frozen (a snapshot), the records the
//! app starts from defaults, and that lists of objects with an `id` (or of plain ids) are lists
//! of items. So a field added to the schema later merges by the same rules with no code here,
//! and a conflict's path is the path in the export format.

mod blank;
mod list;
mod order;
mod walk;

use super::Conflict;
use crate::schema::Document;
use serde_json::Value;

/// The merged document, and what the user should review.
#[derive(Clone, Debug, PartialEq)]
pub struct Merged {
    pub document: Document,
    /// Values changed differently on both sides, edits kept over deletions and lists reordered
    /// on both sides, in document order.
    pub conflicts: Vec<Conflict>,
}

/// Why two versions could not be merged.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MergeError {
    /// Cannot happen with documents of this schema (the merge only recombines their values);
    /// kept typed so a caller shows it rather than panics.
    #[error("The two versions could not be combined ({0}); nothing was changed.")]
    Shape(String),
}

/// Merges `local` and `remote`, both changed from `base` (the version both last had).
pub fn merge3(base: &Document, local: &Document, remote: &Document) -> Result<Merged, MergeError> {
    combine(Some(base), local, remote)
}

/// Merges two copies that were never synced (a workspace made here under an id the folder
/// already holds): everything counts as added on both sides, so only values both sides filled
/// in differently are conflicts.
pub fn merge_unsynced(local: &Document, remote: &Document) -> Result<Merged, MergeError> {
    combine(None, local, remote)
}

fn combine(
    base: Option<&Document>,
    local: &Document,
    remote: &Document,
) -> Result<Merged, MergeError> {
    let base = match base {
        Some(doc) => value_of(doc)?,
        None => Value::Null,
    };
    let (l, r) = (value_of(local)?, value_of(remote)?);
    let mut conflicts = Vec::new();
    let merged = walk::Walk::new(&mut conflicts).value(&base, &l, &r);
    let mut document: Document =
        crate::json::shape(&merged).map_err(|e| MergeError::Shape(e.to_string()))?;
    settle(&mut document, local, remote);
    Ok(Merged {
        document,
        conflicts,
    })
}

// One serde path per direction (crate::json): the text writer, then the value reader.
fn value_of(doc: &Document) -> Result<Value, MergeError> {
    serde_json::from_str(&crate::json::to_compact(doc))
        .map_err(|e| MergeError::Shape(e.to_string()))
}

/// Keeps the document valid where the merge alone cannot: each side deleted every workspace
/// the other kept (both kept, rather than none), or the active workspace was deleted.
fn settle(doc: &mut Document, local: &Document, remote: &Document) {
    if doc.workspaces.is_empty() {
        fn ids(d: &Document) -> Vec<&str> {
            d.workspaces.iter().map(|w| w.id.as_str()).collect()
        }
        let (l, r) = (ids(local), ids(remote));
        let all = local.workspaces.iter().chain(&remote.workspaces);
        for id in order::interleave(&l, &r) {
            if let Some(ws) = all.clone().find(|w| w.id == id) {
                doc.workspaces.push(ws.clone());
            }
        }
    }
    if doc.workspace(&doc.active_workspace).is_none() {
        if let Some(first) = doc.workspaces.first() {
            doc.active_workspace = first.id.clone();
        }
    }
}

#[cfg(test)]
mod tests;
