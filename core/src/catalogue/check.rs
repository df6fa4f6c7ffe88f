use super::{Activity, Catalogue, FORMAT};
use std::collections::HashSet;
use thiserror::Error;

/// Why a catalogue cannot be used. Each message names the activity and the field.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum CatalogueError {
    #[error("The file is not a valid catalogue: {0}")]
    Syntax(String),
    #[error("This is not a GGI Journey catalogue (format is \"{0}\").")]
    WrongFormat(String),
    #[error(
        "This catalogue uses format version {0}, which this version of the app does not know."
    )]
    UnsupportedVersion(u32),
    #[error("The catalogue has no {0}.")]
    Empty(&'static str),
    #[error("{place}: the id \"{id}\" appears more than once.")]
    DuplicateId { place: String, id: String },
    #[error("{place}: \"{id}\" does not name a known {kind}.")]
    UnknownReference {
        place: String,
        kind: &'static str,
        id: String,
    },
    #[error("{place}: must not be empty.")]
    MissingText { place: String },
    #[error("{place}: an activity cannot propose itself as next activity.")]
    SelfLink { place: String },
    #[error("{place}: {url:?} {reason}.", reason = crate::safe_url::REFUSED)]
    UnsafeUrl { place: String, url: String },
}

impl Catalogue {
    /// Checks references, ids and required text; the first problem found is reported.
    pub fn check(&self) -> Result<(), CatalogueError> {
        if self.format != FORMAT {
            return Err(CatalogueError::WrongFormat(self.format.clone()));
        }
        if self.format_version != 1 {
            return Err(CatalogueError::UnsupportedVersion(self.format_version));
        }
        for (what, empty) in [
            ("goals", self.goals.is_empty()),
            ("roles", self.roles.is_empty()),
            ("activities", self.activities.is_empty()),
        ] {
            if empty {
                return Err(CatalogueError::Empty(what));
            }
        }
        unique("goals", self.goals.iter().map(|g| g.id.as_str()))?;
        unique("roles", self.roles.iter().map(|r| r.id.as_str()))?;
        unique("activities", self.activities.iter().map(|a| a.id.as_str()))?;
        safe_url("source_url", self.source_url.as_deref())?;
        safe_url("licence.url", Some(&self.licence.url))?;
        self.activities
            .iter()
            .try_for_each(|a| self.check_activity(a))
    }

    fn check_activity(&self, a: &Activity) -> Result<(), CatalogueError> {
        let place = |field: &str| format!("activities.{}.{field}", a.id);
        for (field, text) in [
            ("id", &a.id),
            ("title", &a.title),
            ("description", &a.description),
            ("opportunity", &a.opportunity),
        ] {
            if text.trim().is_empty() {
                return Err(CatalogueError::MissingText {
                    place: place(field),
                });
            }
        }
        safe_url(&place("handbook_url"), a.handbook_url.as_deref())?;
        for (i, r) in a.resources.iter().enumerate() {
            safe_url(&place(&format!("resources[{i}].url")), r.url.as_deref())?;
        }
        if self.goal(&a.goal).is_none() {
            return Err(unknown(place("goal"), "goal", &a.goal));
        }
        for role in &a.roles {
            if self.role(role).is_none() {
                return Err(unknown(place("roles"), "role", role));
            }
        }
        if a.verification_points.is_empty() {
            return Err(CatalogueError::MissingText {
                place: place("verification_points"),
            });
        }
        unique(
            &place("verification_points"),
            a.verification_points.iter().map(|v| v.id.as_str()),
        )?;
        for (i, vp) in a.verification_points.iter().enumerate() {
            if vp.id.trim().is_empty() || vp.text.trim().is_empty() {
                return Err(CatalogueError::MissingText {
                    place: format!("activities.{}.verification_points[{i}]", a.id),
                });
            }
        }
        for (i, next) in a.next.iter().enumerate() {
            let place = format!("activities.{}.next[{i}]", a.id);
            if next.activity == a.id {
                return Err(CatalogueError::SelfLink { place });
            }
            if self.activity(&next.activity).is_none() {
                return Err(unknown(place, "activity", &next.activity));
            }
        }
        Ok(())
    }
}

/// Every address in a catalogue is shown as a link, so each must pass the app's one URL rule.
fn safe_url(place: &str, url: Option<&str>) -> Result<(), CatalogueError> {
    match url {
        Some(url) if !crate::safe_url::is_safe_url(url) => Err(CatalogueError::UnsafeUrl {
            place: place.to_string(),
            url: url.to_string(),
        }),
        _ => Ok(()),
    }
}

fn unknown(place: String, kind: &'static str, id: &str) -> CatalogueError {
    CatalogueError::UnknownReference {
        place,
        kind,
        id: id.to_string(),
    }
}

fn unique<'a>(place: &str, ids: impl Iterator<Item = &'a str>) -> Result<(), CatalogueError> {
    let mut seen = HashSet::new();
    for id in ids {
        if !seen.insert(id) {
            return Err(CatalogueError::DuplicateId {
                place: place.to_string(),
                id: id.to_string(),
            });
        }
    }
    Ok(())
}
