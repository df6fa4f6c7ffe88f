//! The folder the engine syncs with, whatever holds it: list, read with version, write if
//! unchanged, create if absent. A WebDAV folder (webdav.rs) or a folder of this computer that
//! the organisation's file sync keeps in step (team_folder.rs); a Git forge's contents API
//! would be a third with the same four.

use super::team_folder::TeamFolder;
use super::webdav::{self, Answer, Unreached};
use ggi_core::sync::{file, listed_workspaces};

#[derive(Clone)]
pub enum Remote {
    /// The folder's absolute address, ending with `/`.
    WebDav(String),
    Shared(TeamFolder),
}

impl Remote {
    /// A WebDAV folder given relative to the app, or absolute.
    pub fn webdav(folder: &str) -> Remote {
        Remote::WebDav(absolute(folder))
    }

    /// The workspace ids the folder holds files for; `None` when it cannot be listed now.
    pub async fn list(&self) -> Option<Vec<String>> {
        match self {
            Remote::WebDav(folder) => match webdav::list(folder).await {
                Ok(Answer {
                    status: 207, text, ..
                }) => Some(listed_workspaces(&text)),
                _ => None,
            },
            Remote::Shared(folder) => folder
                .list()
                .await
                .map(|names| names.iter().filter_map(|n| file::workspace_of(n)).collect()),
        }
    }

    /// The file `name`; 304 when its version is still `if_none_match`.
    pub async fn read(&self, name: &str, if_none_match: Option<&str>) -> Result<Answer, Unreached> {
        match self {
            Remote::WebDav(folder) => webdav::read(&url(folder, name), if_none_match).await,
            Remote::Shared(folder) => folder.read(name, if_none_match).await,
        }
    }

    /// Writes `name` if its version is still `tag` (412 otherwise).
    pub async fn write(&self, name: &str, body: &str, tag: &str) -> Result<Answer, Unreached> {
        match self {
            Remote::WebDav(folder) => webdav::write(&url(folder, name), body, tag).await,
            Remote::Shared(folder) => folder.write(name, body, tag).await,
        }
    }

    /// Creates `name` unless it exists (412 then).
    pub async fn create(&self, name: &str, body: &str) -> Result<Answer, Unreached> {
        match self {
            Remote::WebDav(folder) => webdav::create(&url(folder, name), body).await,
            Remote::Shared(folder) => folder.create(name, body).await,
        }
    }

    /// The folder as the user knows it: its address, or the team folder's name.
    pub fn label(&self) -> String {
        match self {
            Remote::WebDav(folder) => folder.clone(),
            Remote::Shared(folder) => folder.name(),
        }
    }

    /// What names the folder in this browser's sync records.
    pub fn key(&self) -> String {
        match self {
            Remote::WebDav(folder) => folder.clone(),
            Remote::Shared(folder) => format!("team-folder:{}", folder.name()),
        }
    }
}

fn url(folder: &str, name: &str) -> String {
    // `%` in our file names is a character of the name, not an escape.
    format!("{folder}{}", name.replace('%', "%25"))
}

/// `folder` resolved against the page, as `fetch` would.
fn absolute(folder: &str) -> String {
    let base = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten());
    base.and_then(|base| web_sys::Url::new_with_base(folder, &base).ok())
        .map(|u| u.href())
        .unwrap_or_else(|| folder.to_string())
}
