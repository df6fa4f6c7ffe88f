//! The GGI activity catalogue: goals, roles and activities with their verification points.
//!
//! The embedded catalogue (`catalogue/ggi-handbook-1.3.json`) is our own wording of the GGI
//! handbook v1.3 (CC-BY-4.0). Organisations may load another one (a translation, their own
//! activities, or the official text in My GGI Board's format, see [`board`]).

pub mod board;
mod check;
pub mod localize;
mod tokens;

pub use check::CatalogueError;

use serde::{Deserialize, Serialize};

/// The catalogue compiled into the app, as JSON: `catalogue/ggi-handbook-1.3.json` without its
/// indentation (`core/build.rs` says why). The app reads [`EMBEDDED_TOKENS`] instead.
pub const EMBEDDED_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/catalogue.min.json"));

/// The embedded catalogue in the compact form of `tokens` (written by `core/build.rs`), read
/// without serde.
pub const EMBEDDED_TOKENS: &str = include_str!(concat!(env!("OUT_DIR"), "/catalogue.tokens"));

/// The embedded catalogue without its activities' long texts (description, opportunity, tools,
/// recommendations, resources, the verification points' texts), in the same form: the app's
/// first download carries this, and fetches [`Catalogue::embedded`] when an activity page, the
/// report or the search needs it.
pub const EMBEDDED_OUTLINE: &str = include_str!(concat!(env!("OUT_DIR"), "/catalogue.outline"));

/// The `format` tag of our catalogue files.
pub const FORMAT: &str = "ggi-journey-catalogue";

/// A whole catalogue.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    pub format: String,
    pub format_version: u32,
    /// Stable identity of this catalogue, e.g. `ggi-handbook`.
    pub id: String,
    /// Version of the content, e.g. `1.3`.
    pub version: String,
    pub title: String,
    /// BCP 47 tag of the content's language.
    pub language: String,
    pub licence: Licence,
    pub attribution: String,
    pub source_url: Option<String>,
    pub goals: Vec<Goal>,
    pub roles: Vec<Role>,
    pub activities: Vec<Activity>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Licence {
    pub name: String,
    pub url: String,
}

/// One of the GGI's goals (Usage, Trust, Culture, Engagement, Strategy).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    pub id: String,
    pub name: String,
    /// One line saying what the goal covers.
    pub scope: String,
}

/// Who carries an activity: Developer, Team Leader or Decision Maker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    pub id: String,
    pub name: String,
}

/// One GGI activity (GGI-A-xx).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Activity {
    pub id: String,
    pub title: String,
    pub goal: String,
    pub roles: Vec<String>,
    #[serde(default)]
    pub handbook_url: Option<String>,
    #[serde(default)]
    pub summary: String,
    /// Markdown.
    pub description: String,
    /// Markdown: why the activity matters.
    pub opportunity: String,
    pub verification_points: Vec<VerificationPoint>,
    #[serde(default)]
    pub tools: Vec<String>,
    #[serde(default)]
    pub recommendations: Vec<String>,
    #[serde(default)]
    pub resources: Vec<Resource>,
    #[serde(default)]
    pub next: Vec<NextActivity>,
}

/// Evidence that an activity is in place: one line of the progress checklist.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VerificationPoint {
    /// Stable within its activity: saved progress points at it, so it survives rewording.
    pub id: String,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Resource {
    pub title: String,
    pub url: Option<String>,
    #[serde(default)]
    pub note: String,
}

/// A proposed follow-up activity and why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NextActivity {
    pub activity: String,
    pub rationale: String,
}

impl Catalogue {
    /// Parses and validates a catalogue in our own format. Through a `Value` and
    /// [`crate::json::shape`] like the document: the types a document shares with catalogues
    /// (custom activities) compile one deserializer, not two (2 KB of brotli), and a problem is
    /// named by its place (`activities[2].title`) rather than a line and column.
    pub fn from_json(json: &str) -> Result<Catalogue, CatalogueError> {
        let catalogue = Catalogue::parse(json)?;
        catalogue.check()?;
        Ok(catalogue)
    }

    /// Reads a catalogue without checking it.
    fn parse(json: &str) -> Result<Catalogue, CatalogueError> {
        let value: serde_json::Value =
            serde_json::from_str(json).map_err(|e| CatalogueError::Syntax(e.to_string()))?;
        crate::json::shape(&value).map_err(|e| CatalogueError::Syntax(e.to_string()))
    }

    /// The catalogue compiled into the app. Its validity is guaranteed by the tests
    /// (`embedded_catalogue_is_valid`, and its tokens read back as its JSON).
    pub fn embedded() -> Catalogue {
        tokens::read(EMBEDDED_TOKENS, true)
    }

    /// The embedded catalogue without its activities' long texts (see [`EMBEDDED_OUTLINE`]).
    pub fn embedded_outline() -> Catalogue {
        tokens::read(EMBEDDED_OUTLINE, false)
    }

    /// This catalogue without its activities' long texts (description, opportunity, tools,
    /// recommendations, resources, the verification points' texts): what the activity list
    /// shows.
    pub fn outline(&self) -> Catalogue {
        let mut outline = self.clone();
        for a in &mut outline.activities {
            for point in &mut a.verification_points {
                point.text.clear();
            }
            a.description.clear();
            a.opportunity.clear();
            a.tools.clear();
            a.recommendations.clear();
            a.resources.clear();
        }
        outline
    }

    pub fn activity(&self, id: &str) -> Option<&Activity> {
        self.activities.iter().find(|a| a.id == id)
    }

    pub fn goal(&self, id: &str) -> Option<&Goal> {
        self.goals.iter().find(|g| g.id == id)
    }

    pub fn role(&self, id: &str) -> Option<&Role> {
        self.roles.iter().find(|r| r.id == id)
    }

    /// The activities of one goal, in catalogue order.
    pub fn activities_of<'a>(&'a self, goal: &'a str) -> impl Iterator<Item = &'a Activity> + 'a {
        self.activities.iter().filter(move |a| a.goal == goal)
    }

    pub fn verification_point_count(&self) -> usize {
        self.activities
            .iter()
            .map(|a| a.verification_points.len())
            .sum()
    }
}

/// The small catalogue of `core/tests/fixtures/catalogue-minimal.json`, for unit tests.
#[cfg(test)]
pub(crate) fn test_catalogue() -> Catalogue {
    Catalogue::from_json(include_str!("../tests/fixtures/catalogue-minimal.json"))
        .unwrap_or_else(|e| panic!("{e}"))
}

#[cfg(test)]
mod tests;
