//! Merging a matched workspace's name and profile field by field, so that one side's unrelated
//! change (a tick moves the workspace's `updated_at`) does not wipe what the other side set.

use super::{dated, Side};
use crate::schema::{OrganisationKind, OrganisationSize, Workspace};

/// A field of a workspace's name and profile.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProfileField {
    Name,
    Organisation,
    Kind,
    Size,
    Roles,
    Goals,
}

/// A value of a field, as the summary shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProfileValue {
    Text(String),
    Kind(OrganisationKind),
    Size(OrganisationSize),
}

/// A field both sides set, to different values: the value of the side that changed the
/// workspace last is kept (ours on a tie).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfileDifference {
    pub field: ProfileField,
    pub ours: ProfileValue,
    pub theirs: ProfileValue,
    /// The side whose value was kept.
    pub newer: Side,
}

/// What became of a matched workspace's name and profile, when the file brought anything.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfileMerge {
    /// The workspace's name after the merge.
    pub workspace: String,
    /// Fields the file set that were empty here, and lists the file added entries to.
    pub filled: Vec<ProfileField>,
    /// Fields both sides set differently.
    pub differences: Vec<ProfileDifference>,
}

impl ProfileMerge {
    /// The merge changed this browser's name or profile.
    pub fn changes_ours(&self) -> bool {
        !self.filled.is_empty() || self.differences.iter().any(|d| d.newer == Side::Theirs)
    }
}

/// Merges `theirs`' name and profile into `ours`; `None` when the file brought nothing new.
/// A field set on one side only is kept; set differently on both, the side that changed the
/// workspace last wins (ours on a tie); roles and goals are the union of both, ours first; the
/// guided start is done if done on either side.
pub(super) fn merge(ours: &mut Workspace, theirs: &Workspace) -> Option<ProfileMerge> {
    let newer = dated::newer(&ours.updated_at, &theirs.updated_at);
    let mut fields = Fields {
        newer,
        filled: Vec::new(),
        differences: Vec::new(),
    };
    fields.text(ProfileField::Name, &mut ours.name, &theirs.name);
    let (mine, other) = (&mut ours.profile, &theirs.profile);
    fields.text(
        ProfileField::Organisation,
        &mut mine.organisation,
        &other.organisation,
    );
    fields.one(ProfileField::Kind, &mut mine.kind, other.kind, |k| {
        ProfileValue::Kind(*k)
    });
    fields.one(ProfileField::Size, &mut mine.size, other.size, |s| {
        ProfileValue::Size(*s)
    });
    fields.union(ProfileField::Roles, &mut mine.roles, &other.roles);
    fields.union(ProfileField::Goals, &mut mine.goals, &other.goals);
    mine.onboarded |= other.onboarded;
    if newer == Side::Theirs {
        ours.updated_at.clone_from(&theirs.updated_at);
    }
    (!fields.filled.is_empty() || !fields.differences.is_empty()).then(|| ProfileMerge {
        workspace: ours.name.clone(),
        filled: fields.filled,
        differences: fields.differences,
    })
}

/// What the fields of one workspace became, gathered as they are merged.
struct Fields {
    newer: Side,
    filled: Vec<ProfileField>,
    differences: Vec<ProfileDifference>,
}

impl Fields {
    fn text(&mut self, field: ProfileField, mine: &mut String, other: &str) {
        let value = |s: &str| (!s.is_empty()).then(|| s.to_string());
        let mut merged = value(mine);
        self.one(field, &mut merged, value(other), |s| {
            ProfileValue::Text(s.clone())
        });
        *mine = merged.unwrap_or_default();
    }

    fn one<T: Clone + PartialEq>(
        &mut self,
        field: ProfileField,
        mine: &mut Option<T>,
        other: Option<T>,
        show: impl Fn(&T) -> ProfileValue,
    ) {
        match (mine.as_ref(), other) {
            (_, None) => {}
            (None, Some(other)) => {
                self.filled.push(field);
                *mine = Some(other);
            }
            (Some(m), Some(other)) if *m == other => {}
            (Some(m), Some(other)) => {
                self.differences.push(ProfileDifference {
                    field,
                    ours: show(m),
                    theirs: show(&other),
                    newer: self.newer,
                });
                if self.newer == Side::Theirs {
                    *mine = Some(other);
                }
            }
        }
    }

    // A list names who takes part or what to start with: nothing either side listed is dropped.
    fn union(&mut self, field: ProfileField, mine: &mut Vec<String>, other: &[String]) {
        let before = mine.len();
        for item in other {
            if !mine.contains(item) {
                mine.push(item.clone());
            }
        }
        if mine.len() > before {
            self.filled.push(field);
        }
    }
}
