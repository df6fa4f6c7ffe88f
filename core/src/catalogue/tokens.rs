//! Reads the embedded catalogue in the form `core/build.rs` writes it: one token per field, in
//! the order of the types' fields, the long texts left out of the outline. The app reads the
//! outline at every start and the whole catalogue in the chunk of the long texts; reading
//! neither with serde keeps serde's reader of catalogues out of both (README: Size). The tests
//! check that both read back as the catalogue's JSON, so a field added to the types and not to
//! the tokens fails them.

use super::{Activity, Catalogue, Goal, Licence, NextActivity, Resource, Role, VerificationPoint};

/// Between two tokens (`core/build.rs` has the same).
const SEPARATOR: char = '\u{1f}';
/// An absent optional text.
const NONE: &str = "\u{18}";

/// Reads `text`; `whole`: it carries the long texts (else they are empty).
pub(super) fn read(text: &str, whole: bool) -> Catalogue {
    let t = &mut Tokens(text.split(SEPARATOR));
    Catalogue {
        format: t.text(),
        format_version: t.number(),
        id: t.text(),
        version: t.text(),
        title: t.text(),
        language: t.text(),
        licence: Licence {
            name: t.text(),
            url: t.text(),
        },
        attribution: t.text(),
        source_url: t.option(),
        goals: t.list(|t| Goal {
            id: t.text(),
            name: t.text(),
            scope: t.text(),
        }),
        roles: t.list(|t| Role {
            id: t.text(),
            name: t.text(),
        }),
        activities: t.list(|t| Activity {
            id: t.text(),
            title: t.text(),
            goal: t.text(),
            roles: t.list(Tokens::text),
            handbook_url: t.option(),
            summary: t.text(),
            description: t.long(whole),
            opportunity: t.long(whole),
            verification_points: t.list(|t| VerificationPoint {
                id: t.text(),
                text: t.long(whole),
            }),
            tools: t.longs(whole, Tokens::text),
            recommendations: t.longs(whole, Tokens::text),
            resources: t.longs(whole, |t| Resource {
                title: t.text(),
                url: t.option(),
                note: t.text(),
            }),
            next: t.list(|t| NextActivity {
                activity: t.text(),
                rationale: t.text(),
            }),
        }),
    }
}

struct Tokens<'a>(std::str::Split<'a, char>);

impl Tokens<'_> {
    fn text(&mut self) -> String {
        self.0.next().unwrap_or_default().to_string()
    }

    fn number<N: std::str::FromStr + Default>(&mut self) -> N {
        self.0
            .next()
            .and_then(|n| n.parse().ok())
            .unwrap_or_default()
    }

    fn option(&mut self) -> Option<String> {
        Some(self.text()).filter(|t| t != NONE)
    }

    fn list<T>(&mut self, mut item: impl FnMut(&mut Self) -> T) -> Vec<T> {
        let count: usize = self.number();
        (0..count).map(|_| item(self)).collect()
    }

    /// A long text: there in the whole catalogue, empty in the outline.
    fn long(&mut self, whole: bool) -> String {
        if whole {
            self.text()
        } else {
            String::new()
        }
    }

    /// A list of long texts: there in the whole catalogue, empty in the outline.
    fn longs<T>(&mut self, whole: bool, item: impl FnMut(&mut Self) -> T) -> Vec<T> {
        if whole {
            self.list(item)
        } else {
            Vec::new()
        }
    }
}
