//! The French and German catalogues: the same activities, verification points and links as the
//! English one (progress is shared across languages), and every text written in the language.

use ggi_core::catalogue::localize::localize;
use ggi_core::catalogue::{Activity, Catalogue};

const FR: &str = include_str!("../../catalogue/ggi-handbook-1.3.fr.json");
const DE: &str = include_str!("../../catalogue/ggi-handbook-1.3.de.json");

fn translations() -> [(&'static str, Catalogue); 2] {
    let read = |json| Catalogue::from_json(json).unwrap_or_else(|e| panic!("{e}"));
    [("fr", read(FR)), ("de", read(DE))]
}

fn texts(a: &Activity) -> Vec<(String, &String)> {
    let mut out = vec![
        ("title".into(), &a.title),
        ("summary".into(), &a.summary),
        ("description".into(), &a.description),
        ("opportunity".into(), &a.opportunity),
    ];
    out.extend(
        a.verification_points
            .iter()
            .map(|p| (format!("point {}", p.id), &p.text)),
    );
    out.extend(
        a.tools
            .iter()
            .enumerate()
            .map(|(i, t)| (format!("tools[{i}]"), t)),
    );
    out.extend(
        a.recommendations
            .iter()
            .enumerate()
            .map(|(i, t)| (format!("recommendations[{i}]"), t)),
    );
    out.extend(
        a.resources
            .iter()
            .enumerate()
            .map(|(i, r)| (format!("resources[{i}].note"), &r.note)),
    );
    out.extend(
        a.next
            .iter()
            .map(|n| (format!("next {}", n.activity), &n.rationale)),
    );
    out
}

#[test]
fn same_activities_points_and_links_as_english() {
    let en = Catalogue::embedded();
    for (tag, c) in translations() {
        assert_eq!(c.language, tag);
        assert_eq!(
            (c.id.as_str(), c.version.as_str()),
            (en.id.as_str(), en.version.as_str())
        );
        let ids = |c: &Catalogue| {
            c.activities
                .iter()
                .map(|a| a.id.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(&c), ids(&en), "{tag}");
        assert_eq!(c.activities.len(), 25);
        assert_eq!(c.verification_point_count(), 109, "{tag}");
        let links: usize = c.activities.iter().map(|a| a.next.len()).sum();
        assert_eq!(links, 35, "{tag}");
        for (a, e) in c.activities.iter().zip(&en.activities) {
            let points = |a: &Activity| {
                a.verification_points
                    .iter()
                    .map(|p| p.id.clone())
                    .collect::<Vec<_>>()
            };
            assert_eq!(points(a), points(e), "{tag} {}", a.id);
            let targets = |a: &Activity| {
                a.next
                    .iter()
                    .map(|n| n.activity.clone())
                    .collect::<Vec<_>>()
            };
            assert_eq!(targets(a), targets(e), "{tag} {}", a.id);
            assert_eq!(
                (&a.goal, &a.roles, &a.handbook_url),
                (&e.goal, &e.roles, &e.handbook_url)
            );
            let urls = |a: &Activity| {
                a.resources
                    .iter()
                    .map(|r| r.url.clone())
                    .collect::<Vec<_>>()
            };
            assert_eq!(urls(a), urls(e), "{tag} {}", a.id);
        }
    }
}

#[test]
fn every_text_is_written_in_the_language() {
    let en = Catalogue::embedded();
    for (tag, c) in translations() {
        for (a, e) in c.activities.iter().zip(&en.activities) {
            let ours = texts(a);
            let english = texts(e);
            assert_eq!(
                ours.len(),
                english.len(),
                "{tag} {}: same number of texts",
                a.id
            );
            for ((field, text), (_, english)) in ours.iter().zip(&english) {
                assert!(!text.trim().is_empty(), "{tag} {} {field} is empty", a.id);
                // Names, codes and addresses may stay; sentences may not.
                if !english.is_empty() {
                    assert_ne!(text, english, "{tag} {} {field} is still English", a.id);
                }
            }
        }
        for (g, e) in c.goals.iter().zip(&en.goals) {
            assert_ne!(g.scope, e.scope, "{tag} goal {}", g.id);
        }
        for (r, e) in c.roles.iter().zip(&en.roles) {
            assert_ne!(r.name, e.name, "{tag} role {}", r.id);
        }
        assert_ne!(c.title, en.title);
        assert_ne!(c.attribution, en.attribution);
        assert!(
            c.attribution.contains("CC-BY-4.0"),
            "{tag}: the attribution names the licence"
        );
    }
}

#[test]
fn laid_over_english_nothing_stays_untranslated() {
    let en = Catalogue::embedded();
    for (tag, c) in translations() {
        let local = localize(&en, &c).unwrap_or_else(|e| panic!("{tag}: {e}"));
        assert_eq!(local.untranslated, 0, "{tag}");
        assert_eq!(
            local.catalogue, c,
            "{tag}: the translation carries the whole structure"
        );
    }
}
