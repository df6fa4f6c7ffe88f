//! Several organisations or assessments in one browser: create, rename, duplicate, switch
//! and delete workspaces.

use crate::catalogue::Catalogue;
use crate::schema::{Document, Workspace};
use thiserror::Error;

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum WorkspaceError {
    #[error("Give the workspace a name.")]
    NoName,
    #[error("There is no workspace \"{0}\".")]
    Unknown(String),
    #[error("The last workspace cannot be deleted; create another one first.")]
    Last,
}

fn name_of(name: &str) -> Result<String, WorkspaceError> {
    let name = name.trim();
    if name.is_empty() {
        Err(WorkspaceError::NoName)
    } else {
        Ok(name.chars().take(200).collect())
    }
}

fn new_id(doc: &Document, token: &str) -> String {
    crate::ids::fresh("ws", token, doc.workspaces.iter().map(|w| w.id.as_str()))
}

/// Creates an empty workspace, makes it active and returns its id.
pub fn create(
    doc: &mut Document,
    name: &str,
    catalogue: &Catalogue,
    now: &str,
    token: &str,
) -> Result<String, WorkspaceError> {
    let ws = Workspace::new(&new_id(doc, token), &name_of(name)?, catalogue, now);
    let id = ws.id.clone();
    doc.workspaces.push(ws);
    doc.active_workspace = id.clone();
    Ok(id)
}

pub fn rename(doc: &mut Document, id: &str, name: &str, now: &str) -> Result<(), WorkspaceError> {
    let name = name_of(name)?;
    let ws = doc
        .workspaces
        .iter_mut()
        .find(|w| w.id == id)
        .ok_or_else(|| WorkspaceError::Unknown(id.into()))?;
    ws.name = name;
    ws.updated_at = now.to_string();
    Ok(())
}

/// Copies a workspace with all its progress under a new name, makes it active, returns its id.
pub fn duplicate(
    doc: &mut Document,
    id: &str,
    name: &str,
    now: &str,
    token: &str,
) -> Result<String, WorkspaceError> {
    let name = name_of(name)?;
    let mut copy = doc
        .workspace(id)
        .cloned()
        .ok_or_else(|| WorkspaceError::Unknown(id.into()))?;
    copy.id = new_id(doc, token);
    copy.name = name;
    copy.created_at = now.to_string();
    copy.updated_at = now.to_string();
    let new = copy.id.clone();
    doc.workspaces.push(copy);
    doc.active_workspace = new.clone();
    Ok(new)
}

pub fn switch(doc: &mut Document, id: &str) -> Result<(), WorkspaceError> {
    doc.workspace(id)
        .ok_or_else(|| WorkspaceError::Unknown(id.into()))?;
    doc.active_workspace = id.to_string();
    Ok(())
}

/// Deletes one workspace; the first remaining one becomes active if it was the active one.
/// Only one entry goes even if stored data somehow holds the id twice, so at least one remains.
pub fn delete(doc: &mut Document, id: &str) -> Result<(), WorkspaceError> {
    let at = doc
        .workspaces
        .iter()
        .position(|w| w.id == id)
        .ok_or_else(|| WorkspaceError::Unknown(id.into()))?;
    if doc.workspaces.len() == 1 {
        return Err(WorkspaceError::Last);
    }
    doc.workspaces.remove(at);
    if doc.workspace(&doc.active_workspace).is_none() {
        if let Some(first) = doc.workspaces.first() {
            doc.active_workspace = first.id.clone();
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journey;
    use crate::progress::Status;

    #[test]
    fn create_rename_duplicate_switch_delete() {
        let c = Catalogue::embedded();
        let mut d = Document::new(&c, "t");
        let b = create(&mut d, " Subsidiary B ", &c, "t", "b7").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            (b.as_str(), d.active_workspace.as_str()),
            ("ws-b7", "ws-b7")
        );
        assert_eq!(d.workspaces[1].name, "Subsidiary B");
        journey::set_status(&mut d.workspaces[1], "GGI-A-17", Status::Done, "t");
        rename(&mut d, &b, "Branch B", "t2").unwrap_or_else(|e| panic!("{e}"));
        let copy =
            duplicate(&mut d, &b, "Branch B (2027)", "t3", "c9").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(copy, "ws-c9");
        assert_eq!(d.workspaces[2].activities["GGI-A-17"].status, Status::Done);
        switch(&mut d, "ws-1").unwrap_or_else(|e| panic!("{e}"));
        delete(&mut d, "ws-1").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(d.active_workspace, "ws-b7");
        assert_eq!(d.workspaces.len(), 2);
    }

    #[test]
    fn refuses_empty_names_unknown_ids_and_deleting_the_last() {
        let c = Catalogue::embedded();
        let mut d = Document::new(&c, "t");
        assert_eq!(
            create(&mut d, "  ", &c, "t", "x"),
            Err(WorkspaceError::NoName)
        );
        assert_eq!(
            switch(&mut d, "nope"),
            Err(WorkspaceError::Unknown("nope".into()))
        );
        assert_eq!(delete(&mut d, "ws-1"), Err(WorkspaceError::Last));
        assert_eq!(d.workspaces.len(), 1);
    }

    #[test]
    fn deleting_a_duplicated_id_removes_one_entry_and_never_the_last() {
        let c = Catalogue::embedded();
        let mut d = Document::new(&c, "t");
        let mut twin = d.workspaces[0].clone();
        twin.name = "Twin".into();
        d.workspaces.push(twin);
        assert_eq!(delete(&mut d, "ws-1"), Ok(()));
        assert_eq!(d.workspaces.len(), 1);
        assert_eq!(delete(&mut d, "ws-1"), Err(WorkspaceError::Last));
        assert_eq!(d.active().map(|w| w.name.as_str()), Some("Twin"));
    }

    #[test]
    fn new_ids_never_collide_with_extreme_old_ones() {
        let c = Catalogue::embedded();
        let mut d = Document::new(&c, "t");
        d.workspaces[0].id = "ws-4294967295".into();
        d.active_workspace = d.workspaces[0].id.clone();
        let a = create(&mut d, "A", &c, "t", "4294967295").unwrap_or_else(|e| panic!("{e}"));
        let b = create(&mut d, "B", &c, "t", "4294967295").unwrap_or_else(|e| panic!("{e}"));
        let ids: std::collections::HashSet<_> = d.workspaces.iter().map(|w| &w.id).collect();
        assert_eq!(ids.len(), 3, "{a} {b}");
    }
}
