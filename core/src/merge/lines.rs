//! The merge report in words, one line per item, shared by the app's preview and `ggi merge`.

use super::{ActivityMerge, Duplicate, ItemKind, Outcome, Side};
use super::{ProfileField, ProfileMerge, ProfileValue, TextCut, TextField};
use crate::i18n::{fill, Lang, Messages};
use crate::schema::{OrganisationKind, OrganisationSize};

impl ActivityMerge {
    /// What became of an activity changed on both sides, in the language of `t`.
    pub fn line(&self, t: &Messages) -> String {
        let (template, joined) = match self.outcome {
            Outcome::Theirs => (t.merge().changed_theirs, false),
            Outcome::Ours => (t.merge().changed_ours, false),
            Outcome::Combined {
                newer,
                texts_joined,
            } => (
                match newer {
                    Side::Theirs => t.merge().combined_theirs,
                    Side::Ours => t.merge().combined_ours,
                },
                texts_joined,
            ),
        };
        // Without dates, "newer" would not be true: the line says what was done instead.
        let template = if self.undated {
            t.merge().changed_undated
        } else {
            template
        };
        let line = fill(
            template,
            &[("workspace", &self.workspace), ("activity", &self.activity)],
        );
        let mut line = if joined {
            format!("{line}. {}", t.merge().texts_joined)
        } else {
            line
        };
        for cut in &self.cuts {
            line.push(' ');
            line.push_str(&cut.line(t));
        }
        line
    }
}

impl TextCut {
    /// Which text was cut, by how much, and where its whole version is, in the language of `t`.
    pub fn line(&self, t: &Messages) -> String {
        let field = match &self.field {
            TextField::Description => t.journey.sc_description.to_string(),
            TextField::Opportunity => t.journey.sc_opportunity.to_string(),
            TextField::Tools => t.journey.sc_tools.to_string(),
            TextField::Notes => t.journey.sc_notes.to_string(),
            TextField::Evidence { point } => fill(t.merge().evidence_of, &[("point", point)]),
        };
        let template = match self.side {
            Side::Theirs => t.merge().cut_theirs,
            Side::Ours => t.merge().cut_ours,
        };
        fill(
            template,
            &[
                ("field", &field),
                ("max", &grouped(t.lang, crate::limits::TEXT)),
                ("cut", &grouped(t.lang, self.cut)),
            ],
        )
    }
}

/// `n` with its thousands grouped as the language writes them (100,000; 100 000; 100.000).
fn grouped(lang: Lang, n: usize) -> String {
    let separator = match lang {
        Lang::En => ",",
        // A narrow no-break space, as French typography groups digits.
        Lang::Fr => "\u{202f}",
        Lang::De => ".",
    };
    let digits = n.to_string();
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(d);
    }
    out
}

impl Duplicate {
    /// Which two items share an id and are both kept, in the language of `t`.
    pub fn line(&self, t: &Messages) -> String {
        let template = match self.kind {
            ItemKind::Activity => t.merge().duplicate_activity,
            ItemKind::Point => t.merge().duplicate_point,
            ItemKind::Objective => t.merge().duplicate_objective,
            ItemKind::Iteration => t.merge().duplicate_iteration,
        };
        fill(
            template,
            &[
                ("workspace", &self.workspace),
                ("activity", self.activity.as_deref().unwrap_or_default()),
                ("ours", &self.ours),
                ("theirs", &self.theirs),
            ],
        )
    }
}

impl ProfileMerge {
    /// What the file filled in (one line), then every field set differently (a line each, with
    /// both values), in the language of `t`.
    pub fn lines(&self, t: &Messages) -> Vec<String> {
        let workspace = self.workspace.as_str();
        let filled = (!self.filled.is_empty()).then(|| {
            let fields: Vec<&str> = self.filled.iter().map(|f| field(t, *f)).collect();
            fill(
                t.merge().profile_filled,
                &[("workspace", workspace), ("fields", &fields.join(", "))],
            )
        });
        let differences = self.differences.iter().map(|d| {
            let template = match d.newer {
                Side::Theirs => t.merge().profile_theirs,
                Side::Ours => t.merge().profile_ours,
            };
            fill(
                template,
                &[
                    ("workspace", workspace),
                    ("field", field(t, d.field)),
                    ("ours", &value(t, &d.ours)),
                    ("theirs", &value(t, &d.theirs)),
                ],
            )
        });
        filled.into_iter().chain(differences).collect()
    }
}

fn field(t: &Messages, field: ProfileField) -> &'static str {
    match field {
        ProfileField::Name => t.merge().field_name,
        ProfileField::Organisation => t.merge().field_organisation,
        ProfileField::Kind => t.merge().field_kind,
        ProfileField::Size => t.merge().field_size,
        ProfileField::Roles => t.merge().field_roles,
        ProfileField::Goals => t.merge().field_goals,
    }
}

fn value(t: &Messages, value: &ProfileValue) -> String {
    let s = &t.start;
    match value {
        ProfileValue::Text(text) => text.clone(),
        ProfileValue::Kind(kind) => match kind {
            OrganisationKind::Company => s.company,
            OrganisationKind::PublicAdministration => s.public_administration,
            OrganisationKind::ResearchAcademia => s.research,
            OrganisationKind::NonProfit => s.non_profit,
        }
        .to_string(),
        ProfileValue::Size(size) => match size {
            OrganisationSize::Small => s.small,
            OrganisationSize::Medium => s.medium,
            OrganisationSize::Large => s.large,
        }
        .to_string(),
    }
}
