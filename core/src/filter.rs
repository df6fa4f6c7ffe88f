//! Filtering and searching the activity list: by goal, role and status, and full text over
//! titles, descriptions and verification points. The filter round-trips through the URL
//! (`#/?goal=trust&role=developer&status=in_progress&q=licence`) so a filtered list is linkable.

use crate::catalogue::Activity;
use crate::progress::Status;

/// What the activity list shows. Empty fields do not filter.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ActivityFilter {
    pub goal: String,
    pub role: String,
    pub status: Option<Status>,
    pub text: String,
}

impl ActivityFilter {
    pub fn is_empty(&self) -> bool {
        *self == ActivityFilter::default()
    }

    /// Whether `activity` (with its current `status`) passes the filter.
    pub fn matches(&self, activity: &Activity, status: Status) -> bool {
        (self.goal.is_empty() || activity.goal == self.goal)
            && (self.role.is_empty() || activity.roles.contains(&self.role))
            && self.status.is_none_or(|s| s == status)
            && self.matches_text(activity)
    }

    fn matches_text(&self, a: &Activity) -> bool {
        let words: Vec<String> = self
            .text
            .split_whitespace()
            .map(crate::lowercase::lowercase)
            .collect();
        if words.is_empty() {
            return true;
        }
        let haystack = [
            a.id.as_str(),
            &a.title,
            &a.summary,
            &a.description,
            &a.opportunity,
        ]
        .into_iter()
        .map(str::to_string)
        .chain(a.verification_points.iter().map(|v| v.text.clone()))
        .collect::<Vec<_>>()
        .join("\n");
        let haystack = crate::lowercase::lowercase(&haystack);
        words.iter().all(|w| haystack.contains(w.as_str()))
    }

    /// Reads the filter from a fragment's query (`#/?goal=trust&q=sbom`).
    pub fn from_fragment(fragment: &str) -> ActivityFilter {
        let mut f = ActivityFilter::default();
        let Some((_, query)) = fragment.split_once('?') else {
            return f;
        };
        for pair in query.split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = crate::route::decode(&value.replace('+', " "));
            match key {
                "goal" => f.goal = value,
                "role" => f.role = value,
                "status" => f.status = Status::ALL.into_iter().find(|s| s.key() == value),
                "q" => f.text = value,
                _ => {}
            }
        }
        f
    }

    /// The query string for this filter, without `?`; empty when nothing filters.
    pub fn to_query(&self) -> String {
        let status = self.status.map(Status::key).unwrap_or_default();
        [
            ("goal", self.goal.as_str()),
            ("role", &self.role),
            ("status", status),
            ("q", &self.text),
        ]
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}={}", crate::route::encode(v)))
        .collect::<Vec<_>>()
        .join("&")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::Catalogue;

    #[test]
    fn filters_by_goal_role_status_and_words() {
        let c = Catalogue::embedded();
        let count = |f: &ActivityFilter, status: Status| {
            c.activities.iter().filter(|a| f.matches(a, status)).count()
        };
        assert_eq!(count(&ActivityFilter::default(), Status::NotSelected), 25);
        let trust = ActivityFilter {
            goal: "trust".into(),
            ..Default::default()
        };
        assert_eq!(count(&trust, Status::NotSelected), 5);
        let devs = ActivityFilter {
            role: "developer".into(),
            ..Default::default()
        };
        assert_eq!(count(&devs, Status::NotSelected), 7);
        let done = ActivityFilter {
            status: Some(Status::Done),
            ..Default::default()
        };
        assert_eq!(count(&done, Status::NotSelected), 0);
        // Words must all appear, in any field, in any case.
        let text = ActivityFilter {
            text: "UPSTREAM first".into(),
            ..Default::default()
        };
        let hits: Vec<_> = c
            .activities
            .iter()
            .filter(|a| text.matches(a, Status::NotSelected))
            .map(|a| a.id.as_str())
            .collect();
        assert!(hits.contains(&"GGI-A-39"), "{hits:?}");
        let none = ActivityFilter {
            text: "zzzz-no-such-word".into(),
            ..Default::default()
        };
        assert_eq!(count(&none, Status::NotSelected), 0);
    }

    #[test]
    fn searches_verification_points_too() {
        let c = Catalogue::embedded();
        let a = &c.activities[0];
        let word = a.verification_points[0]
            .text
            .split_whitespace()
            .last()
            .unwrap_or_default()
            .trim_matches('.')
            .to_string();
        let f = ActivityFilter {
            text: word,
            ..Default::default()
        };
        assert!(f.matches(a, Status::NotSelected));
    }

    #[test]
    fn round_trips_through_the_url() {
        let f = ActivityFilter {
            goal: "trust".into(),
            role: "team-leader".into(),
            status: Some(Status::InProgress),
            text: "sbom & co".into(),
        };
        let q = f.to_query();
        assert_eq!(
            q,
            "goal=trust&role=team-leader&status=in_progress&q=sbom%20%26%20co"
        );
        assert_eq!(ActivityFilter::from_fragment(&format!("#/?{q}")), f);
        assert_eq!(
            ActivityFilter::from_fragment("#/"),
            ActivityFilter::default()
        );
        assert_eq!(
            ActivityFilter::from_fragment("#/?status=bogus&x=1&q=a+b").text,
            "a b"
        );
        assert!(ActivityFilter::default().to_query().is_empty());
    }
}
