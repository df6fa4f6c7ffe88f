//! Which of the catalogue's verification points a task item is, if its text is the handbook's
//! point: by the catalogue's own wording, the issue's own Progress Assessment, a board catalogue
//! given with the files, or the built-in fingerprints of the handbook v1.3.

use crate::board_import::handbook;
use crate::board_import::text::{fingerprint, normalise};
use crate::board_import::versions::{self, HandbookVersion};
use crate::catalogue::VerificationPoint;
use std::collections::BTreeMap;

/// One activity's known wordings of its points, by normalised text, each with its position
/// (the first position of a text that appears twice).
pub(super) struct Points {
    count: usize,
    catalogue: BTreeMap<String, usize>,
    body: BTreeMap<String, usize>,
    board: BTreeMap<String, usize>,
    prints: &'static [u32],
}

impl Points {
    // Maps built once per activity: an issue may hold thousands of task items and points.
    pub(super) fn new(
        activity: &str,
        points: &[VerificationPoint],
        issue_points: &[(HandbookVersion, &[(bool, String)])],
        board_handbook: Option<(HandbookVersion, &[String])>,
    ) -> Points {
        // Each issue's Progress Assessment, its positions read by its handbook version (the
        // first issue's wins).
        let ids: Vec<&str> = points.iter().map(|v| v.id.as_str()).collect();
        let mut body = BTreeMap::new();
        for (version, list) in issue_points {
            let texts = list.iter().map(|(_, t)| t.as_str());
            for (key, at) in today(activity, *version, texts, &ids) {
                body.entry(key).or_insert(at);
            }
        }
        let board = board_handbook
            .map(|(version, texts)| {
                today(activity, version, texts.iter().map(String::as_str), &ids)
            })
            .unwrap_or_default();
        Points {
            count: points.len(),
            catalogue: positions(points.iter().map(|v| v.text.as_str())),
            body,
            board,
            prints: handbook::HANDBOOK_1_3
                .iter()
                .find(|(a, _)| *a == activity)
                .map(|(_, prints)| *prints)
                .unwrap_or_default(),
        }
    }

    /// The position of the catalogue's point `task` is, if any.
    pub(super) fn position(&self, task: &str) -> Option<usize> {
        let key = normalise(task);
        if key.is_empty() {
            return None;
        }
        let n = self
            .catalogue
            .get(&key)
            .or_else(|| self.body.get(&key))
            .or_else(|| self.board.get(&key))
            .copied()
            .or_else(|| {
                let print = fingerprint(task);
                self.prints.iter().position(|p| *p == print)
            })?;
        (n < self.count).then_some(n)
    }
}

/// Each text of a Progress Assessment of `version`, normalised, with the position of today's
/// point it is (the first text of a point wins; items with no counterpart are left out).
fn today<'t>(
    activity: &str,
    version: HandbookVersion,
    texts: impl Iterator<Item = &'t str>,
    ids: &[&str],
) -> BTreeMap<String, usize> {
    let mut map = BTreeMap::new();
    for (n, text) in texts.enumerate() {
        let matched = versions::point_ids(version, activity, n, ids);
        let at = matched
            .first()
            .and_then(|id| ids.iter().position(|i| i == id));
        if let Some(at) = at {
            map.entry(normalise(text)).or_insert(at);
        }
    }
    map
}

fn positions<'t>(texts: impl Iterator<Item = &'t str>) -> BTreeMap<String, usize> {
    let mut map = BTreeMap::new();
    for (n, t) in texts.enumerate() {
        map.entry(normalise(t)).or_insert(n);
    }
    map
}
