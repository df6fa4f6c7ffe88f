//! Where a value is in a document: object members and list items by id, so a path still names
//! the same thing after either side added or moved items.

use serde_json::Value;
use std::fmt;

/// One step down a document.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Step {
    /// A member of an object: a field, or a key of a map such as `activities`.
    Key(String),
    /// An item of a list by its id (in a list of plain ids, such as a profile's roles, the id
    /// itself).
    Id(String),
}

/// A path from the document's top, such as `workspaces[ws-1].activities.GGI-A-21.status`.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Path(pub Vec<Step>);

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, step) in self.0.iter().enumerate() {
            match step {
                Step::Key(key) if i == 0 => f.write_str(key)?,
                Step::Key(key) => write!(f, ".{key}")?,
                Step::Id(id) => write!(f, "[{id}]")?,
            }
        }
        Ok(())
    }
}

impl Path {
    /// The id of the workspace the path is in, if it is in one.
    pub fn workspace(&self) -> Option<&str> {
        match self.0.as_slice() {
            [Step::Key(list), Step::Id(id), ..] if list == "workspaces" => Some(id),
            _ => None,
        }
    }

    /// Whether `self` is `prefix` or lies inside it.
    pub fn starts_with(&self, prefix: &Path) -> bool {
        self.0.starts_with(&prefix.0)
    }

    /// The value at this path in `root`.
    pub fn find<'v>(&self, root: &'v Value) -> Option<&'v Value> {
        self.0.iter().try_fold(root, |v, step| match (step, v) {
            (Step::Key(k), Value::Object(map)) => map.get(k),
            (Step::Id(id), Value::Array(items)) => items.iter().find(|item| has_id(item, id)),
            _ => None,
        })
    }

    /// The value at this path in `root`, to change it.
    pub fn find_mut<'v>(&self, root: &'v mut Value) -> Option<&'v mut Value> {
        self.0.iter().try_fold(root, |v, step| match (step, v) {
            (Step::Key(k), Value::Object(map)) => map.get_mut(k),
            (Step::Id(id), Value::Array(items)) => items.iter_mut().find(|item| has_id(item, id)),
            _ => None,
        })
    }

    /// The path without its last step, and that step.
    pub fn split_last(&self) -> Option<(Path, &Step)> {
        let (last, parent) = self.0.split_last()?;
        Some((Path(parent.to_vec()), last))
    }
}

/// The id a list item goes by: an object's `id` field, or a plain string itself.
pub(super) fn id_of(item: &Value) -> Option<&str> {
    match item {
        Value::String(s) => Some(s),
        Value::Object(map) => map.get("id").and_then(Value::as_str),
        _ => None,
    }
}

fn has_id(item: &Value, id: &str) -> bool {
    id_of(item) == Some(id)
}
