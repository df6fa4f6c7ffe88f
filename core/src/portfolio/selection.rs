//! Which workspaces the portfolio compares, kept in the address like the catalogue's filters
//! (`#/portfolio?ws=ws-1,ws-3`) so a comparison is linkable and survives a reload.

use crate::route::{decode, encode};

/// The workspaces to compare.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Selection {
    /// Every workspace, including ones created later (no `ws` in the address).
    #[default]
    All,
    /// Only these workspace ids (`ws=` with nothing means none).
    Only(Vec<String>),
}

impl Selection {
    /// Whether workspace `id` is compared.
    pub fn includes(&self, id: &str) -> bool {
        match self {
            Selection::All => true,
            Selection::Only(ids) => ids.iter().any(|i| i == id),
        }
    }

    /// Reads the selection from a fragment's query (`#/portfolio?ws=ws-1,ws-3`).
    pub fn from_fragment(fragment: &str) -> Selection {
        let Some((_, query)) = fragment.split_once('?') else {
            return Selection::All;
        };
        query
            .split('&')
            .find_map(|pair| pair.strip_prefix("ws="))
            .map_or(Selection::All, |list| {
                // Commas inside an id are percent-encoded by `to_query`, so splitting first
                // and decoding each part is exact.
                Selection::Only(
                    list.split(',')
                        .filter(|s| !s.is_empty())
                        .map(decode)
                        .collect(),
                )
            })
    }

    /// The query string for this selection, without `?`; empty for every workspace.
    pub fn to_query(&self) -> String {
        match self {
            Selection::All => String::new(),
            Selection::Only(ids) => format!(
                "ws={}",
                ids.iter().map(|i| encode(i)).collect::<Vec<_>>().join(",")
            ),
        }
    }

    /// The selection with workspace `id` switched in or out; `all` lists every workspace id
    /// in order, so the result keeps the document's order and becomes [`Selection::All`]
    /// again when everything is ticked.
    pub fn toggle(&self, id: &str, all: &[String]) -> Selection {
        let on = !self.includes(id);
        let ids: Vec<String> = all
            .iter()
            .filter(|i| if *i == id { on } else { self.includes(i) })
            .cloned()
            .collect();
        if ids.len() == all.len() {
            Selection::All
        } else {
            Selection::Only(ids)
        }
    }
}
