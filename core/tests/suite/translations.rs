//! The French and German catalogues: the same activities, verification points and links as the
//! English one (progress is shared across languages), and every text written in the language.

use ggi_core::catalogue::localize::localize;
use ggi_core::catalogue::{Activity, Catalogue};

const FR: &str = include_str!("../../../catalogue/ggi-handbook-1.3.fr.json");
const DE: &str = include_str!("../../../catalogue/ggi-handbook-1.3.de.json");

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

/// Every text of an activity as (field, translation, English), in reading order, with the
/// titles of its resources.
fn all_texts<'a>(a: &'a Activity, e: &'a Activity) -> Vec<(String, &'a str, &'a str)> {
    let mut out: Vec<(String, &str, &str)> = texts(a)
        .into_iter()
        .zip(texts(e))
        .map(|((field, ours), (_, english))| (field, ours.as_str(), english.as_str()))
        .collect();
    out.extend(
        a.resources
            .iter()
            .zip(&e.resources)
            .enumerate()
            .map(|(i, (r, e))| {
                (
                    format!("resources[{i}].title"),
                    r.title.as_str(),
                    e.title.as_str(),
                )
            }),
    );
    out
}

#[test]
fn every_text_follows_the_glossary() {
    use ggi_core::i18n::{glossary, Lang};
    let en = Catalogue::embedded();
    let mut found = Vec::new();
    for (tag, c) in translations() {
        let lang = Lang::from_tag(tag).unwrap();
        let terms = glossary::glossary(lang).unwrap();
        let mut pairs: Vec<(String, &str, &str)> = vec![
            ("title".into(), &c.title, &en.title),
            ("attribution".into(), &c.attribution, &en.attribution),
        ];
        for (g, e) in c.goals.iter().zip(&en.goals) {
            pairs.push((format!("goal {}", g.id), &g.scope, &e.scope));
        }
        for (a, e) in c.activities.iter().zip(&en.activities) {
            for (field, ours, english) in all_texts(a, e) {
                // A resource kept under its own (English) title is a name, not our text.
                if !(field.ends_with(".title") && ours == english) {
                    pairs.push((format!("{} {field}", a.id), ours, english));
                }
            }
        }
        for (field, ours, english) in pairs {
            for breach in terms.check(ours, english, glossary::Scope::Everywhere) {
                found.push(format!(
                    "{tag} {field}: {}: {}\n    {ours:?}",
                    breach.concept, breach.problem
                ));
            }
        }
        let roles: Vec<&str> = c.roles.iter().map(|r| r.name.as_str()).collect();
        if roles != terms.roles {
            found.push(format!(
                "{tag}: roles {roles:?}, the glossary says {:?}",
                terms.roles
            ));
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn typography_holds_in_every_text() {
    use ggi_core::i18n::typography;
    let en = Catalogue::embedded();
    let mut found = Vec::new();
    for (tag, c) in translations() {
        let check = if tag == "fr" {
            typography::french
        } else {
            typography::german
        };
        let mut all: Vec<(String, &str)> = vec![
            ("title".into(), &c.title),
            ("attribution".into(), &c.attribution),
        ];
        all.extend(
            c.goals
                .iter()
                .map(|g| (format!("goal {}", g.id), g.scope.as_str())),
        );
        for (a, e) in c.activities.iter().zip(&en.activities) {
            // A resource kept under its own (English) title is a name, not our text.
            all.extend(
                all_texts(a, e)
                    .into_iter()
                    .filter(|(field, ours, english)| {
                        !(field.ends_with(".title") && ours == english)
                    })
                    .map(|(field, ours, _)| (format!("{} {field}", a.id), ours)),
            );
        }
        for (field, text) in all {
            for problem in check(text) {
                found.push(format!("{tag} {field}: {problem}"));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn a_law_carries_its_official_local_name_at_first_mention() {
    // The Cyber Resilience Act is the « règlement sur la cyberrésilience » and the
    // „Cyberresilienz-Verordnung“: a reader meets that name before the English one, in each
    // activity that mentions the law.
    use ggi_core::i18n::{glossary::OFFICIAL_NAMES, Lang};
    let en = Catalogue::embedded();
    for (tag, c) in translations() {
        let lang = Lang::from_tag(tag).unwrap();
        for (a, e) in c.activities.iter().zip(&en.activities) {
            let texts = all_texts(a, e);
            for name in OFFICIAL_NAMES {
                let Some((field, first, _)) = texts
                    .iter()
                    .find(|(_, _, english)| english.contains(name.english))
                else {
                    continue;
                };
                let local = first.to_lowercase().find(&name.local(lang).to_lowercase());
                let english = first.find(name.english);
                assert!(
                    local.is_some() && (english.is_none() || local <= english),
                    "{tag} {} {field}: name the {} “{}” first: {first:?}",
                    a.id,
                    name.english,
                    name.local(lang)
                );
            }
        }
    }
}

#[test]
fn french_summaries_speak_in_one_voice() {
    // The summaries in English are imperatives or statements; in French they are infinitives
    // or statements, never an imperative (« Engagez », « Faites ») half-way down the list.
    let (_, fr) = &translations()[0];
    for a in &fr.activities {
        let first = a.summary.split([' ', '\u{a0}']).next().unwrap_or("");
        let first = first.trim_end_matches("-vous").trim_end_matches("-y");
        assert!(
            !first.ends_with("ez") && first != "Faites",
            "fr {} summary starts with an imperative: {:?}",
            a.id,
            a.summary
        );
    }
}

#[test]
fn checklist_items_are_sentences_without_slashes() {
    // "a legal/IP team" is a sentence in English; French and German name both teams.
    for (tag, c) in translations() {
        for a in &c.activities {
            for p in &a.verification_points {
                let outside_links: String = p
                    .text
                    .split("](")
                    .enumerate()
                    .map(|(i, part)| {
                        if i == 0 {
                            part
                        } else {
                            part.split_once(')').map_or("", |(_, rest)| rest)
                        }
                    })
                    .collect();
                assert!(
                    !outside_links.contains('/'),
                    "{tag} {} {}: {:?}",
                    a.id,
                    p.id,
                    p.text
                );
            }
        }
    }
}
