//! What a merge could not decide alone, and applying the user's pick.

use super::path::id_of;
use super::{Path, Side, Step};
use crate::schema::Document;
use serde_json::Value;

/// Something the user should review after a merge; nothing in it was lost.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    /// Where, in the export format (`workspaces[ws-1].activities.GGI-A-21.status`).
    pub path: Path,
    pub kind: ConflictKind,
    /// Who made the other side's change, when its file says (the sync names it; the merge
    /// alone does not know).
    pub by: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ConflictKind {
    /// Both sides changed this value differently: `applied`'s value is in the document, and
    /// both values are here to pick from.
    Changed {
        local: Value,
        remote: Value,
        applied: Side,
    },
    /// One side deleted this item and the other edited it: the edited item is kept.
    EditedAndDeleted { deleted_on: Side },
    /// Both sides reordered this list differently (the ids of the items both had, in each
    /// side's order): `applied`'s order holds.
    Reordered {
        local: Vec<String>,
        remote: Vec<String>,
        applied: Side,
    },
}

impl Conflict {
    /// The same conflict as the other side's merge names it (local and remote swapped).
    pub fn swapped(&self) -> Conflict {
        let kind = match &self.kind {
            ConflictKind::Changed {
                local,
                remote,
                applied,
            } => ConflictKind::Changed {
                local: remote.clone(),
                remote: local.clone(),
                applied: applied.other(),
            },
            ConflictKind::EditedAndDeleted { deleted_on } => ConflictKind::EditedAndDeleted {
                deleted_on: deleted_on.other(),
            },
            ConflictKind::Reordered {
                local,
                remote,
                applied,
            } => ConflictKind::Reordered {
                local: remote.clone(),
                remote: local.clone(),
                applied: applied.other(),
            },
        };
        Conflict {
            path: self.path.clone(),
            kind,
            by: self.by.clone(),
        }
    }
}

/// Why a pick could not be applied.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ResolveError {
    /// The value is no longer what the merge left (changed or deleted since).
    #[error("This value has changed since the merge, so nothing was changed. Look at it again.")]
    Changed,
    /// Cannot happen with a conflict from a merge of this schema.
    #[error("The choice could not be applied ({0}); nothing was changed.")]
    Invalid(String),
}

impl ResolveError {
    /// The message in the user's language.
    pub fn localized(&self, m: &crate::i18n::SyncMsgs) -> String {
        match self {
            ResolveError::Changed => m.resolve_changed.to_string(),
            ResolveError::Invalid(detail) => {
                crate::i18n::fill(m.resolve_invalid, &[("detail", detail)])
            }
        }
    }
}

/// Applies the user's pick to a document the merge left with `conflict`: `keep`'s value, or
/// `keep`'s order; for an item deleted on one side and edited on the other, picking the side
/// that deleted it deletes it. Refused if that place changed since.
pub fn resolve(
    document: &Document,
    conflict: &Conflict,
    keep: Side,
) -> Result<Document, ResolveError> {
    let text = crate::json::to_compact(document);
    let mut root: Value =
        serde_json::from_str(&text).map_err(|e| ResolveError::Invalid(e.to_string()))?;
    let path = &conflict.path;
    match &conflict.kind {
        ConflictKind::Changed {
            local,
            remote,
            applied,
        } => {
            let (now, chosen) = (pick(*applied, local, remote), pick(keep, local, remote));
            let target = path.find_mut(&mut root).ok_or(ResolveError::Changed)?;
            if target != now {
                return Err(ResolveError::Changed);
            }
            *target = chosen.clone();
        }
        ConflictKind::EditedAndDeleted { deleted_on } => {
            path.find(&root).ok_or(ResolveError::Changed)?;
            if keep == *deleted_on {
                remove(&mut root, path)?;
            }
        }
        ConflictKind::Reordered { local, remote, .. } => {
            let order = if keep == Side::Local { local } else { remote };
            let Some(Value::Array(items)) = path.find_mut(&mut root) else {
                return Err(ResolveError::Changed);
            };
            // Items neither order names (added since) keep their place after the others.
            let rank = |item: &Value| {
                id_of(item)
                    .and_then(|id| order.iter().position(|o| o == id))
                    .unwrap_or(usize::MAX)
            };
            crate::order::sort_by_key(items, rank);
        }
    }
    crate::json::shape(&root).map_err(|e| ResolveError::Invalid(e.to_string()))
}

fn pick<'v>(side: Side, local: &'v Value, remote: &'v Value) -> &'v Value {
    match side {
        Side::Local => local,
        Side::Remote => remote,
    }
}

fn remove(root: &mut Value, path: &Path) -> Result<(), ResolveError> {
    let (parent, last) = path.split_last().ok_or(ResolveError::Changed)?;
    match (parent.find_mut(root), last) {
        (Some(Value::Object(map)), Step::Key(key)) => {
            map.remove(key);
        }
        (Some(Value::Array(items)), Step::Id(id)) => items.retain(|item| id_of(item) != Some(id)),
        _ => return Err(ResolveError::Changed),
    }
    Ok(())
}
