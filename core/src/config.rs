//! Deployment settings: what an organisation hosting the app can set without rebuilding it, by
//! putting two optional files beside `index.html`:
//!
//! - `config.json`: a default language, the organisation's name for new workspaces, whether
//!   the sample organisation is offered, and when the reminder to export appears;
//! - `catalogue.json`: its own default catalogue, in our format or in My GGI Board's.
//!
//! A missing file means "use the built-in default" and is not an error. A file that is present
//! but unusable is reported (the app shows the message to whoever opens it, so the deployer
//! notices) and the built-in default is used instead.

use crate::catalogue::{board, Catalogue, CatalogueError};
use crate::durability::Reminder;
use crate::i18n::Lang;
use crate::schema::{CatalogueRef, Workspace};
use serde::Deserialize;
use thiserror::Error;

/// The settings file's name, beside `index.html`.
pub const CONFIG_FILE: &str = "config.json";
/// The default catalogue's file name, beside `index.html`.
pub const CATALOGUE_FILE: &str = "catalogue.json";

/// The longest wait `export_reminder_days` may set: a year.
pub const MAX_REMINDER_DAYS: u32 = 366;

/// Settings from `config.json`; each one falls back to the app's own default.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeployConfig {
    /// The interface language for users who have not chosen one (before the browser's).
    pub language: Option<Lang>,
    /// The name given to new workspaces, e.g. the organisation's.
    pub organisation: Option<String>,
    /// Whether the "load sample organisation" button is offered.
    pub sample_organisation: bool,
    /// When the reminder to export appears (`export_reminder_days`, `export_reminder_changes`).
    pub export_reminder: Reminder,
    /// The team's sync folder (`"sync": {"webdav": "<folder URL>"}`), ending with `/`;
    /// `None`: no sync, and no sync code is fetched.
    pub sync_folder: Option<String>,
}

impl Default for DeployConfig {
    fn default() -> Self {
        DeployConfig {
            language: None,
            organisation: None,
            sample_organisation: true,
            export_reminder: Reminder::default(),
            sync_folder: None,
        }
    }
}

// The file's shape: unknown keys are refused, so a misspelt setting is reported, not ignored.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    organisation: Option<String>,
    #[serde(default)]
    sample_organisation: Option<bool>,
    #[serde(default)]
    export_reminder_days: Option<u32>,
    #[serde(default)]
    export_reminder_changes: Option<u64>,
    #[serde(default)]
    sync: Option<SyncFile>,
}

// `"sync": {"webdav": "ggi-data/"}`: one engine today; others (a Git forge) get keys of their own.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SyncFile {
    webdav: String,
}

/// Why a deployment file could not be used.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum DeployError {
    #[error("config.json is not valid: {0}")]
    ConfigSyntax(String),
    #[error("config.json: \"{0}\" is not a language of the app (use \"en\", \"fr\" or \"de\").")]
    UnknownLanguage(String),
    #[error("config.json: \"organisation\" is empty (leave it out to keep the default name).")]
    EmptyOrganisation,
    #[error("config.json: \"organisation\" is longer than {0} characters, the longest name a workspace can have.")]
    LongOrganisation(usize),
    #[error("config.json: \"export_reminder_days\" is {0}; use a number of days from 1 to {max} (0 turns the reminder off).", max = MAX_REMINDER_DAYS)]
    ReminderDays(u32),
    #[error("config.json: \"export_reminder_changes\" must be 1 or more (to turn the reminder off, set \"export_reminder_days\" to 0).")]
    ReminderChanges,
    #[error("config.json: \"sync\": \"webdav\" cannot be used. {0}")]
    SyncFolder(crate::sync::FolderError),
    #[error("catalogue.json cannot be used. {0}")]
    Catalogue(CatalogueError),
}

impl DeployConfig {
    /// Reads `config.json`.
    pub fn from_json(json: &str) -> Result<DeployConfig, DeployError> {
        let file: ConfigFile =
            serde_json::from_str(json).map_err(|e| DeployError::ConfigSyntax(e.to_string()))?;
        let language = match file.language {
            None => None,
            Some(tag) => Some(Lang::from_tag(&tag).ok_or(DeployError::UnknownLanguage(tag))?),
        };
        let organisation = match file.organisation {
            Some(name) if name.trim().is_empty() => return Err(DeployError::EmptyOrganisation),
            Some(name) if crate::limits::chars(name.trim()) > crate::limits::NAME => {
                return Err(DeployError::LongOrganisation(crate::limits::NAME))
            }
            name => name.map(|n| n.trim().to_string()),
        };
        let defaults = Reminder::default();
        let days = file.export_reminder_days.unwrap_or(defaults.days);
        if days > MAX_REMINDER_DAYS {
            return Err(DeployError::ReminderDays(days));
        }
        let changes = file.export_reminder_changes.unwrap_or(defaults.changes);
        if changes == 0 {
            return Err(DeployError::ReminderChanges);
        }
        let sync_folder = match file.sync {
            None => None,
            Some(sync) => {
                Some(crate::sync::folder_url(&sync.webdav).map_err(DeployError::SyncFolder)?)
            }
        };
        Ok(DeployConfig {
            sync_folder,
            language,
            organisation,
            sample_organisation: file.sample_organisation.unwrap_or(true),
            export_reminder: Reminder { days, changes },
        })
    }
}

/// Reads a deployed catalogue in our format or in My GGI Board's. Verification points of a
/// My GGI Board file take their ids from `reference` (the embedded catalogue), so progress
/// recorded against one carries over to the other.
pub fn catalogue_from_json(json: &str, reference: &Catalogue) -> Result<Catalogue, DeployError> {
    let result = if board::is_board_format(json) {
        board::from_board_json(json, Some(reference))
    } else {
        Catalogue::from_json(json)
    };
    result.map_err(DeployError::Catalogue)
}

/// What the deployment provides once both optional files were looked up.
#[derive(Clone, Debug, PartialEq)]
pub struct Deployment {
    pub config: DeployConfig,
    /// `None`: keep the embedded catalogue.
    pub catalogue: Option<Catalogue>,
    /// Files that were present but unusable, in the order above.
    pub problems: Vec<DeployError>,
}

/// The body of an optional file as fetched, or `None` when it is really absent. Some hosts
/// answer a missing file with their HTML page (an SPA fallback or a login page) and status 200:
/// that is an absent file, not a broken one. An empty file is absent too.
pub fn present(body: Option<&str>) -> Option<&str> {
    let body = body?.trim_start_matches('\u{feff}');
    let start = body.trim_start();
    (!start.is_empty() && !start.starts_with('<')).then_some(body)
}

/// Combines the two optional files (`None` when absent) into the settings to use.
pub fn resolve(config: Option<&str>, catalogue: Option<&str>, embedded: &Catalogue) -> Deployment {
    let mut problems = Vec::new();
    let config = match present(config).map(DeployConfig::from_json) {
        None => DeployConfig::default(),
        Some(Ok(c)) => c,
        Some(Err(e)) => {
            problems.push(e);
            DeployConfig::default()
        }
    };
    let catalogue = match present(catalogue).map(|json| catalogue_from_json(json, embedded)) {
        None => None,
        Some(Ok(c)) => Some(c),
        Some(Err(e)) => {
            problems.push(e);
            None
        }
    };
    Deployment {
        config,
        catalogue,
        problems,
    }
}

/// Makes a workspace nobody has touched yet follow the deployment: the organisation's name (or
/// the default name in `lang`, the language the app will speak) and the deployed catalogue.
pub fn prepare_new_workspace(
    ws: &mut Workspace,
    config: &DeployConfig,
    catalogue: &Catalogue,
    lang: Lang,
) {
    if let Some(name) = &config.organisation {
        ws.name = name.clone();
        ws.profile.organisation = name.clone();
    } else if Lang::ALL
        .iter()
        .any(|l| l.default_workspace_name() == ws.name)
    {
        ws.name = lang.default_workspace_name().to_string();
    }
    ws.catalogue = CatalogueRef {
        id: catalogue.id.clone(),
        version: catalogue.version.clone(),
    };
}

#[cfg(test)]
mod tests;
