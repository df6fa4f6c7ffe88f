//! Status labels. My GGI Board's three progress labels are set per deployment in
//! `conf/ggi_deployment.json` (`progress_labels`: `not_started`, `in_progress`, `done`; by
//! default "Not Selected", "In Progress", "Done"); boards rename them. That file, when given,
//! says exactly; otherwise the defaults and common names in English, French and German are
//! recognised. Goal and role labels are the catalogue's own and carry no progress.

use super::text::normalise;
use crate::catalogue::Catalogue;
use crate::progress::Status;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// Names of status labels, normalised, with the status each one means.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatusLabels {
    // A map: a board's every label is looked up here (tens of thousands on a big board).
    names: BTreeMap<String, Status>,
    /// Set from a deployment file: its names were given exactly.
    pub from_deployment: bool,
}

const KNOWN: &[(&str, Status)] = &[
    ("not selected", Status::NotSelected),
    ("not started", Status::NotSelected),
    ("non selectionne", Status::NotSelected),
    ("non demarre", Status::NotSelected),
    ("nicht ausgewahlt", Status::NotSelected),
    ("nicht begonnen", Status::NotSelected),
    ("selected", Status::Planned),
    ("planned", Status::Planned),
    ("to do", Status::Planned),
    ("todo", Status::Planned),
    ("prevu", Status::Planned),
    ("planifie", Status::Planned),
    ("a faire", Status::Planned),
    ("geplant", Status::Planned),
    ("in progress", Status::InProgress),
    ("ongoing", Status::InProgress),
    ("doing", Status::InProgress),
    ("started", Status::InProgress),
    ("wip", Status::InProgress),
    ("work in progress", Status::InProgress),
    ("en cours", Status::InProgress),
    ("in arbeit", Status::InProgress),
    ("in bearbeitung", Status::InProgress),
    ("done", Status::Done),
    ("completed", Status::Done),
    ("complete", Status::Done),
    ("finished", Status::Done),
    ("achieved", Status::Done),
    ("termine", Status::Done),
    ("fait", Status::Done),
    ("erledigt", Status::Done),
    ("abgeschlossen", Status::Done),
    ("not applicable", Status::NotApplicable),
    ("n a", Status::NotApplicable),
    ("non applicable", Status::NotApplicable),
    ("nicht anwendbar", Status::NotApplicable),
];

impl Default for StatusLabels {
    fn default() -> Self {
        StatusLabels {
            names: KNOWN.iter().map(|(n, s)| (n.to_string(), *s)).collect(),
            from_deployment: false,
        }
    }
}

impl StatusLabels {
    /// Whether `value` is a deployment file (`conf/ggi_deployment.json`).
    pub fn is_deployment(value: &Value) -> bool {
        value.get("progress_labels").is_some_and(Value::is_object)
    }

    /// Takes the deployment's names first; the known names still apply to labels it does not
    /// name (a board may have been renamed after issues were labelled).
    pub fn with_deployment(mut self, value: &Value) -> Self {
        let Some(labels) = value.get("progress_labels").and_then(Value::as_object) else {
            return self;
        };
        for (key, status) in [
            // Up to v1.2, "Not Started" was the default and "Not Selected" a decision.
            ("not_selected", Status::NotApplicable),
            ("not_started", Status::NotSelected),
            ("in_progress", Status::InProgress),
            ("done", Status::Done),
        ] {
            // The deployment's name wins over a known name (and a later file over an earlier).
            if let Some(name) = labels.get(key).and_then(Value::as_str) {
                self.names.insert(normalise(name), status);
            }
        }
        self.from_deployment = true;
        self
    }

    /// Boards deployed up to v1.2 start every issue "Not Started" and keep "Not Selected" for
    /// an activity the team decided against: when the board's labels show that scheme (and no
    /// deployment file said otherwise), "Not Selected" means Not applicable.
    pub fn with_board_labels<'l>(mut self, mut labels: impl Iterator<Item = &'l str>) -> Self {
        if !self.from_deployment && labels.any(|l| normalise(l) == "not started") {
            self.names
                .insert("not selected".to_string(), Status::NotApplicable);
        }
        self
    }

    /// The status a label means, if it is a status label. Accents are ignored ("Terminé").
    pub fn status(&self, label: &str) -> Option<Status> {
        let key = normalise(&fold_accents(label));
        // Scoped labels (`status::in progress`, `GGI: Done`) are read by their last part too.
        // The whole label first: it says more than its last part.
        self.names.get(&key).copied().or_else(|| {
            let last = label.rsplit([':', '/']).next()?;
            self.names.get(&normalise(&fold_accents(last))).copied()
        })
    }
}

/// The catalogue's goal and role names and ids, normalised, to tell its labels from the others.
#[derive(Clone, Debug, Default)]
pub struct CatalogueLabels {
    goals: BTreeSet<String>,
    roles: BTreeSet<String>,
}

impl CatalogueLabels {
    pub fn new(catalogue: &Catalogue) -> Self {
        let goals = catalogue.goals.iter().flat_map(|g| [&g.name, &g.id]);
        let roles = catalogue.roles.iter().flat_map(|r| [&r.name, &r.id]);
        CatalogueLabels {
            goals: goals.map(|n| normalise(n)).collect(),
            roles: roles.map(|n| normalise(n)).collect(),
        }
    }

    /// Whether a label is a goal or role of the catalogue ("Usage Goal", "Team Leader").
    pub fn contains(&self, label: &str) -> bool {
        let key = normalise(label);
        let goal = key.strip_suffix(" goal").unwrap_or(&key);
        self.goals.contains(goal) || self.roles.contains(&key)
    }
}

// French and German status names are recognised with or without their accents.
fn fold_accents(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'à' | 'â' | 'ä' | 'À' | 'Â' | 'Ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' => 'e',
            'î' | 'ï' | 'Î' => 'i',
            'ô' | 'ö' | 'Ô' | 'Ö' => 'o',
            'ù' | 'û' | 'ü' | 'Ù' | 'Û' | 'Ü' => 'u',
            'ç' | 'Ç' => 'c',
            'ß' => 's',
            c => c,
        })
        .collect()
}
