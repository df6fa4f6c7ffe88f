//! The stored state document: everything a user has done, in one versioned value.
//!
//! It is saved to localStorage as JSON and is also the body of an export file. Every change to
//! its shape bumps [`SCHEMA_VERSION`] and adds a migration in [`crate::migrate`] and a fixture
//! in `core/tests/fixtures/`.

use crate::progress::{ActivityProgress, Status};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The version of the document shape this build reads and writes.
pub const SCHEMA_VERSION: u32 = 1;

/// The app version written into documents, to tell users which build made a file.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    pub schema_version: u32,
    pub app_version: String,
    /// Incremented by every save; a tab that sees a higher revision in storage than the one it
    /// loaded knows another tab saved in between.
    pub revision: u64,
    #[serde(default)]
    pub saved_at: Option<String>,
    #[serde(default)]
    pub settings: Settings,
    pub active_workspace: String,
    pub workspaces: Vec<Workspace>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Settings {
    /// `None` follows the browser's language.
    pub language: Option<Lang>,
    pub theme: Theme,
    /// Offer a 0–5 rating per verification point (the FINOS-style finer grade).
    pub ratings: bool,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

/// One organisation's (or one assessment's) journey.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Workspace {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub created_at: String,
    #[serde(default)]
    pub updated_at: String,
    /// The catalogue this workspace's progress refers to.
    pub catalogue: CatalogueRef,
    #[serde(default)]
    pub profile: Profile,
    /// Progress per activity id. Absent means "not selected, nothing written".
    #[serde(default)]
    pub activities: BTreeMap<String, ActivityProgress>,
    #[serde(default)]
    pub custom_activities: Vec<crate::catalogue::Activity>,
    #[serde(default)]
    pub iterations: Vec<Iteration>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogueRef {
    pub id: String,
    pub version: String,
}

/// What the guided start asked about the organisation.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Profile {
    pub organisation: String,
    pub kind: Option<OrganisationKind>,
    pub size: Option<OrganisationSize>,
    /// Role ids taking part.
    pub roles: Vec<String>,
    /// Goal ids to start with.
    pub goals: Vec<String>,
    /// The guided start was completed or skipped.
    pub onboarded: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrganisationKind {
    Company,
    PublicAdministration,
    ResearchAcademia,
    NonProfit,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrganisationSize {
    Small,
    Medium,
    Large,
}

/// A language the user interface is available in (its behaviour is in [`crate::i18n`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    Fr,
    De,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
/// A period of the journey (its behaviour is in [`crate::iteration`]).
pub struct Iteration {
    pub id: String,
    pub name: String,
    /// ISO dates.
    pub start: Option<String>,
    pub end: Option<String>,
    /// Set when the iteration is closed.
    #[serde(default)]
    pub snapshot: Option<Snapshot>,
}

/// Every activity's status and progress at the moment an iteration closed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    pub taken_at: String,
    pub activities: BTreeMap<String, ActivitySnapshot>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActivitySnapshot {
    pub goal: String,
    pub status: Status,
    pub points_met: u32,
    pub points_total: u32,
    pub objectives_done: u32,
    pub objectives_total: u32,
}

impl Document {
    /// A fresh document with one empty workspace `ws-1`: deterministic, for tests and fixtures.
    /// The app uses [`Document::fresh`] so that two browsers' workspaces never share an id.
    pub fn new(catalogue: &crate::catalogue::Catalogue, now: &str) -> Document {
        Document::fresh(catalogue, now, "1")
    }

    /// A fresh document whose one workspace is `ws-TOKEN` (a random token from the app).
    pub fn fresh(catalogue: &crate::catalogue::Catalogue, now: &str, token: &str) -> Document {
        let id = crate::ids::fresh("ws", token, []);
        let workspace = Workspace::new(&id, Lang::En.default_workspace_name(), catalogue, now);
        Document {
            schema_version: SCHEMA_VERSION,
            app_version: APP_VERSION.to_string(),
            revision: 0,
            saved_at: None,
            settings: Settings::default(),
            active_workspace: workspace.id.clone(),
            workspaces: vec![workspace],
        }
    }

    pub fn workspace(&self, id: &str) -> Option<&Workspace> {
        self.workspaces.iter().find(|w| w.id == id)
    }

    /// The workspace being worked on (the first one if the active id is stale).
    pub fn active(&self) -> Option<&Workspace> {
        self.workspace(&self.active_workspace)
            .or_else(|| self.workspaces.first())
    }

    pub fn active_mut(&mut self) -> Option<&mut Workspace> {
        let id = self.active()?.id.clone();
        self.workspaces.iter_mut().find(|w| w.id == id)
    }
}

impl Workspace {
    pub fn new(id: &str, name: &str, catalogue: &crate::catalogue::Catalogue, now: &str) -> Self {
        Workspace {
            id: id.to_string(),
            name: name.to_string(),
            created_at: now.to_string(),
            updated_at: now.to_string(),
            catalogue: CatalogueRef {
                id: catalogue.id.clone(),
                version: catalogue.version.clone(),
            },
            profile: Profile::default(),
            activities: BTreeMap::new(),
            custom_activities: Vec::new(),
            iterations: Vec::new(),
        }
    }
}
