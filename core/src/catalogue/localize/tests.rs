use super::*;
use crate::catalogue::test_catalogue;

fn french(base: &Catalogue) -> Catalogue {
    let mut fr = base.clone();
    fr.language = "fr".into();
    fr.title = format!("{} (fr)", base.title);
    for a in &mut fr.activities {
        a.title = format!("FR {}", a.title);
        for p in &mut a.verification_points {
            p.text = format!("FR {}", p.text);
        }
        for n in &mut a.next {
            n.rationale = format!("FR {}", n.rationale);
        }
    }
    fr
}

#[test]
fn text_comes_from_the_translation_and_structure_from_the_catalogue_in_use() {
    let base = test_catalogue();
    let local = localize(&base, &french(&base)).unwrap();
    let c = &local.catalogue;
    assert_eq!(c.language, "fr");
    for (ours, theirs) in c.activities.iter().zip(&base.activities) {
        assert_eq!(ours.id, theirs.id);
        assert_eq!(ours.title, format!("FR {}", theirs.title));
        let ids = |a: &Activity| {
            a.verification_points
                .iter()
                .map(|p| p.id.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(ours), ids(theirs));
        assert!(ours
            .verification_points
            .iter()
            .all(|p| p.text.starts_with("FR ")));
    }
    assert_eq!(local.untranslated, 0);
}

#[test]
fn what_the_translation_lacks_stays_as_it_was_and_is_counted() {
    let base = test_catalogue();
    let mut fr = french(&base);
    let first = &mut fr.activities[0];
    first.verification_points.remove(0);
    first.summary.clear();
    // Reordered and extra items are matched by id, never by place.
    first.verification_points.reverse();
    fr.activities.remove(1);
    let local = localize(&base, &fr).unwrap();
    let a0 = &local.catalogue.activities[0];
    assert_eq!(
        a0.verification_points[0].text,
        base.activities[0].verification_points[0].text
    );
    assert_eq!(a0.summary, base.activities[0].summary);
    for (p, b) in a0
        .verification_points
        .iter()
        .zip(&base.activities[0].verification_points)
        .skip(1)
    {
        assert_eq!(p.text, format!("FR {}", b.text));
    }
    assert_eq!(local.catalogue.activities[1], base.activities[1]);
    assert!(local.untranslated >= 3, "{}", local.untranslated);
}

#[test]
fn another_catalogue_or_version_is_refused() {
    let base = test_catalogue();
    let mut other = french(&base);
    other.id = "our-own".into();
    assert!(matches!(
        localize(&base, &other),
        Err(TranslationError::OtherCatalogue { .. })
    ));
    let mut other = french(&base);
    other.version = "9".into();
    let err = localize(&base, &other).unwrap_err();
    assert!(err.to_string().contains("version 9"), "{err}");
}

#[test]
fn a_translated_list_of_another_length_is_not_laid_over_item_by_item() {
    let mut base = test_catalogue();
    base.activities[0].tools = vec!["Tool one".into(), "Tool two".into()];
    let mut fr = french(&base);
    fr.activities[0].tools = vec!["Outil un".into(), "Outil deux".into(), "En trop".into()];
    let local = localize(&base, &fr).unwrap();
    assert_eq!(
        local.catalogue.activities[0].tools,
        base.activities[0].tools
    );
    assert_eq!(local.untranslated, 2);
    fr.activities[0].tools.pop();
    let local = localize(&base, &fr).unwrap();
    assert_eq!(
        local.catalogue.activities[0].tools,
        ["Outil un", "Outil deux"]
    );
    assert_eq!(local.untranslated, 0);
}

#[test]
fn a_translation_file_is_read_checked_and_laid_over() {
    let base = test_catalogue();
    let fr = french(&base);
    let json = serde_json::to_string(&fr).unwrap();
    assert_eq!(from_json(&json, &base).unwrap().catalogue, fr);
    let err = from_json("{ not json", &base).unwrap_err();
    assert!(matches!(err, TranslationError::Unreadable(_)), "{err}");
    assert_eq!(deployment_file(Lang::De), "catalogue.de.json");
}
