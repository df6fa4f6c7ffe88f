//! One workspace, one file: its name in the folder, what it holds, and reading it back.

use super::SyncError;
use crate::catalogue::Catalogue;
use crate::export::Written;
use crate::import::ImportError;
use crate::schema::{Document, Settings, Workspace, APP_VERSION, SCHEMA_VERSION};

/// The file a workspace is kept in: `<workspace-id>.json`. Characters other than ASCII
/// letters, digits, `-` and `_` are written `%XX` (a dot too, so no name is hidden or climbs
/// out of the folder): any id names exactly one file, and only that one.
pub fn file_name(workspace_id: &str) -> String {
    let mut name = String::new();
    for byte in workspace_id.bytes() {
        if byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_' {
            name.push(char::from(byte));
        } else {
            name.push_str(&format!("%{byte:02X}"));
        }
    }
    name.push_str(".json");
    name
}

/// The workspace id a listed file name stands for; `None` for anything else in the folder
/// (backups, other files), so the Portfolio lists exactly the workspace files.
pub fn workspace_of(file_name: &str) -> Option<String> {
    let stem = file_name.strip_suffix(".json")?;
    let mut bytes = Vec::new();
    let mut rest = stem.as_bytes();
    while let Some((&first, tail)) = rest.split_first() {
        if first == b'%' {
            let hex = std::str::from_utf8(tail.get(..2)?).ok()?;
            bytes.push(u8::from_str_radix(hex, 16).ok()?);
            rest = &tail[2..];
        } else {
            bytes.push(first);
            rest = tail;
        }
    }
    let id = String::from_utf8(bytes).ok()?;
    // Only the one spelling `file_name` writes: `ws-1.backup….json` is no workspace's.
    (!id.is_empty() && self::file_name(&id) == file_name).then_some(id)
}

/// The name of a backup of `workspace_id`'s file kept at `now` (`attempt` 2, 3… when the name
/// is taken): beside the file, never listed as a workspace.
pub fn backup_name(workspace_id: &str, now: &str, attempt: u32) -> String {
    let stamp: String = now
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let stem = file_name(workspace_id);
    let stem = stem.trim_end_matches(".json");
    match attempt {
        0 | 1 => format!("{stem}.backup-{stamp}.json"),
        n => format!("{stem}.backup-{stamp}-{n}.json"),
    }
}

/// What a workspace's file holds: that workspace alone, with neutral settings (each person's
/// language and theme stay in their own browser).
pub fn file_document(workspace: &Workspace) -> Document {
    Document {
        schema_version: SCHEMA_VERSION,
        app_version: APP_VERSION.to_string(),
        revision: 0,
        saved_at: None,
        settings: Settings::default(),
        active_workspace: workspace.id.clone(),
        workspaces: vec![workspace.clone()],
    }
}

/// The file's text: the published export format, with who wrote it from which writes.
pub fn body(document: &Document, now: &str, written: Option<Written>) -> String {
    let mut file = crate::export::export(document, None, now);
    file.written = written;
    crate::export::to_json(&file)
}

/// What a file's envelope says of its version: when it was written, and by whom after which
/// writes (files written by a sync).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Stamp {
    pub at: Option<String>,
    pub written: Option<Written>,
}

impl Stamp {
    /// The ids of the writes the file holds, its own first. A file no sync wrote (an export
    /// dropped in the folder, an older app's) stands for one write, named by its export time,
    /// so that browsers that both start from it agree on its id.
    pub fn lineage(&self) -> Vec<String> {
        match (&self.written, &self.at) {
            (Some(written), _) => written.lineage.clone(),
            (None, Some(at)) => vec![format!("exported {at}")],
            (None, None) => Vec::new(),
        }
    }
}

/// Reads a workspace's file as the importer reads any export (size, shape, meaning), keeping
/// only the workspace it is named for.
pub fn read(text: &str, workspace_id: &str, catalogue: &Catalogue) -> Result<Document, SyncError> {
    read_stamped(text, workspace_id, catalogue).map(|(document, _)| document)
}

/// [`read`], and the file's [`Stamp`].
pub fn read_stamped(
    text: &str,
    workspace_id: &str,
    catalogue: &Catalogue,
) -> Result<(Document, Stamp), SyncError> {
    let imported = crate::import::read(text, catalogue).map_err(|e| match e {
        ImportError::Newer(version) => SyncError::NewerSchema { version },
        other => SyncError::Unreadable(other),
    })?;
    let document = (imported.document.workspace(workspace_id))
        .map(file_document)
        .ok_or(SyncError::NotThisWorkspace)?;
    let stamp = Stamp {
        at: imported.exported_at,
        written: imported.written.map(Written::bounded),
    };
    Ok((document, stamp))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_id_names_one_safe_file_and_only_workspace_files_are_listed() {
        for id in [
            "ws-a1b2",
            "ws_1",
            "../etc/passwd",
            "ws.1",
            "Zoë/東京",
            "%41",
        ] {
            let name = file_name(id);
            assert!(!name.contains('/') && !name.starts_with('.'), "{name}");
            assert_eq!(name.matches('.').count(), 1, "{name}");
            assert_eq!(workspace_of(&name).as_deref(), Some(id), "{name}");
        }
        assert_eq!(file_name("ws-1"), "ws-1.json");
        assert_eq!(file_name("../x"), "%2E%2E%2Fx.json");
        let backup = backup_name("ws-1", "2027-03-01T10:00:00.000Z", 1);
        assert_eq!(backup, "ws-1.backup-2027-03-01T10-00-00-000Z.json");
        assert_eq!(backup_name("ws-1", "t", 3), "ws-1.backup-t-3.json");
        for other in [
            backup.as_str(),
            "ws-1.JSON",
            ".json",
            "notes.txt",
            "%4.json",
            "%41.json",
            "a%2e.json",
        ] {
            assert_eq!(workspace_of(other), None, "{other}");
        }
    }

    #[test]
    fn a_file_holds_its_workspace_alone_and_reads_back() {
        let c = Catalogue::embedded();
        let mut doc = crate::schema::Document::new(&c, "2027-03-01T10:00:00Z");
        doc.settings.ratings = true;
        let ws = doc.workspaces[0].clone();
        let file = file_document(&ws);
        assert_eq!((file.workspaces.len(), file.settings.ratings), (1, false));
        let text = body(&file, "2027-03-01T10:00:01Z", None);
        assert!(text.contains("\"format\": \"ggi-journey-export\""));
        assert_eq!(read(&text, &ws.id, &c), Ok(file));
        assert_eq!(
            read(&text, "ws-other", &c),
            Err(SyncError::NotThisWorkspace)
        );
        assert!(matches!(
            read("{", &ws.id, &c),
            Err(SyncError::Unreadable(_))
        ));
        let newer = text.replacen("\"schema_version\": 1", "\"schema_version\": 99", 1);
        assert_eq!(
            read(&newer, &ws.id, &c),
            Err(SyncError::NewerSchema { version: 99 })
        );
    }
}
