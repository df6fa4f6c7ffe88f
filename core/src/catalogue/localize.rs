//! A catalogue in another language: the structure (ids, goals, roles, links, addresses) always
//! comes from the catalogue in use, the text from its translation, item by item. Progress points
//! at ids, so it is the same in every language; a text the translation lacks stays as it was.

use super::{Activity, Catalogue, CatalogueError};
use crate::i18n::Lang;
use thiserror::Error;

/// A deployment's translation of its own `catalogue.json`, beside it: `catalogue.fr.json`.
pub fn deployment_file(lang: Lang) -> String {
    format!("catalogue.{}.json", lang.tag())
}

/// Why a translation cannot be laid over the catalogue in use.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum TranslationError {
    #[error("{0}")]
    Unreadable(CatalogueError),
    #[error(
        "it translates the catalogue \"{found}\", but the catalogue in use is \"{expected}\"."
    )]
    OtherCatalogue { expected: String, found: String },
    #[error("it translates version {found} of the catalogue, but version {expected} is in use.")]
    OtherVersion { expected: String, found: String },
}

/// The catalogue in use with the translation's text.
#[derive(Clone, Debug, PartialEq)]
pub struct Localized {
    pub catalogue: Catalogue,
    /// Texts the translation does not have (or whose item it does not match), left as they were.
    pub untranslated: usize,
}

/// Reads a translation in our catalogue format and lays it over `base`.
pub fn from_json(json: &str, base: &Catalogue) -> Result<Localized, TranslationError> {
    let translated = Catalogue::from_json(json).map_err(TranslationError::Unreadable)?;
    localize(base, &translated)
}

/// Lays `translated`'s text over `base`. Both must be the same catalogue and version.
pub fn localize(base: &Catalogue, translated: &Catalogue) -> Result<Localized, TranslationError> {
    if translated.id != base.id {
        return Err(TranslationError::OtherCatalogue {
            expected: base.id.clone(),
            found: translated.id.clone(),
        });
    }
    if translated.version != base.version {
        return Err(TranslationError::OtherVersion {
            expected: base.version.clone(),
            found: translated.version.clone(),
        });
    }
    let mut out = base.clone();
    let mut missing = take(&mut out.title, Some(&translated.title))
        + take(&mut out.attribution, Some(&translated.attribution));
    out.language.clone_from(&translated.language);
    for goal in &mut out.goals {
        let theirs = translated.goal(&goal.id);
        missing += take(&mut goal.name, theirs.map(|g| &g.name))
            + take(&mut goal.scope, theirs.map(|g| &g.scope));
    }
    for role in &mut out.roles {
        missing += take(&mut role.name, translated.role(&role.id).map(|r| &r.name));
    }
    for activity in &mut out.activities {
        missing += localize_activity(activity, translated.activity(&activity.id));
    }
    Ok(Localized {
        catalogue: out,
        untranslated: missing,
    })
}

/// Returns how many texts stayed as they were.
fn localize_activity(ours: &mut Activity, theirs: Option<&Activity>) -> usize {
    let mut missing = take(&mut ours.title, theirs.map(|a| &a.title))
        + take(&mut ours.summary, theirs.map(|a| &a.summary))
        + take(&mut ours.description, theirs.map(|a| &a.description))
        + take(&mut ours.opportunity, theirs.map(|a| &a.opportunity));
    for point in &mut ours.verification_points {
        let text = theirs.and_then(|a| a.verification_points.iter().find(|p| p.id == point.id));
        missing += take(&mut point.text, text.map(|p| &p.text));
    }
    // Lists without ids match item by item only when they have the same length.
    let same_len =
        |a: &[String], b: Option<&Vec<String>>| b.filter(|b| b.len() == a.len()).cloned();
    for (list, theirs) in [
        (&mut ours.tools, theirs.map(|a| &a.tools)),
        (
            &mut ours.recommendations,
            theirs.map(|a| &a.recommendations),
        ),
    ] {
        match same_len(list, theirs) {
            Some(texts) => {
                for (to, from) in list.iter_mut().zip(&texts) {
                    missing += take(to, Some(from));
                }
            }
            None => missing += list.len(),
        }
    }
    for (n, resource) in ours.resources.iter_mut().enumerate() {
        // The same resource: same place in the list and same address.
        let other = theirs
            .and_then(|a| a.resources.get(n))
            .filter(|r| r.url == resource.url);
        missing += take(&mut resource.title, other.map(|r| &r.title))
            + take(&mut resource.note, other.map(|r| &r.note));
    }
    for next in &mut ours.next {
        let other = theirs.and_then(|a| a.next.iter().find(|x| x.activity == next.activity));
        missing += take(&mut next.rationale, other.map(|x| &x.rationale));
    }
    missing
}

/// Puts the translated text in place; 1 when there is none (and the text was not empty).
fn take(to: &mut String, from: Option<&String>) -> usize {
    match from {
        Some(text) if !text.trim().is_empty() => {
            to.clone_from(text);
            0
        }
        _ => usize::from(!to.is_empty()),
    }
}

#[cfg(test)]
mod tests;
