use super::*;
use crate::durability::Reminder;
use crate::schema::Document;

const BOARD: &str = include_str!("../../tests/fixtures/board-minimal.json");
const OURS: &str = include_str!("../../tests/fixtures/catalogue-minimal.json");

fn embedded() -> Catalogue {
    Catalogue::embedded()
}

#[test]
fn reads_every_setting() {
    let c = DeployConfig::from_json(
        r#"{ "language": "fr-CA", "organisation": "  Ville de Lyon ", "sample_organisation": false }"#,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        c,
        DeployConfig {
            language: Some(Lang::Fr),
            organisation: Some("Ville de Lyon".into()),
            sample_organisation: false,
            export_reminder: Reminder::default(),
            sync_folder: None,
        }
    );
}

#[test]
fn reads_when_the_export_reminder_appears() {
    let c =
        DeployConfig::from_json(r#"{ "export_reminder_days": 30, "export_reminder_changes": 5 }"#)
            .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        c.export_reminder,
        Reminder {
            days: 30,
            changes: 5
        }
    );
    // 0 days: never remind (a deployment whose users sync their data another way).
    let off = DeployConfig::from_json(r#"{ "export_reminder_days": 0 }"#)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        off.export_reminder,
        Reminder {
            days: 0,
            changes: 1
        }
    );
    assert_eq!(
        DeployConfig::from_json(r#"{ "export_reminder_changes": 0 }"#),
        Err(DeployError::ReminderChanges)
    );
    assert_eq!(
        DeployConfig::from_json(r#"{ "export_reminder_days": 400 }"#),
        Err(DeployError::ReminderDays(400))
    );
    let negative = DeployConfig::from_json(r#"{ "export_reminder_days": -1 }"#);
    assert!(
        matches!(negative, Err(DeployError::ConfigSyntax(_))),
        "{negative:?}"
    );
    let text = DeployError::ReminderChanges.to_string();
    assert!(
        text.starts_with("config.json:") && text.contains("export_reminder_changes"),
        "{text}"
    );
}

#[test]
fn an_empty_object_keeps_every_default() {
    assert_eq!(DeployConfig::from_json("{}"), Ok(DeployConfig::default()));
    assert!(DeployConfig::default().sample_organisation);
    assert_eq!(DeployConfig::default().language, None);
}

#[test]
fn refuses_unknown_keys_and_bad_values_with_a_clear_message() {
    let typo = DeployConfig::from_json(r#"{ "langage": "fr" }"#);
    match typo {
        Err(DeployError::ConfigSyntax(m)) => assert!(m.contains("langage"), "{m}"),
        other => panic!("{other:?}"),
    }
    assert_eq!(
        DeployConfig::from_json(r#"{ "language": "es" }"#),
        Err(DeployError::UnknownLanguage("es".into()))
    );
    assert_eq!(
        DeployConfig::from_json(r#"{ "organisation": " " }"#),
        Err(DeployError::EmptyOrganisation)
    );
    let wrong_type = DeployConfig::from_json(r#"{ "sample_organisation": "no" }"#);
    assert!(matches!(wrong_type, Err(DeployError::ConfigSyntax(_))));
    let text = DeployError::UnknownLanguage("es".into()).to_string();
    assert!(
        text.starts_with("config.json:") && text.contains("\"fr\""),
        "{text}"
    );
}

#[test]
fn absent_files_give_the_defaults_without_problems() {
    let d = resolve(None, None, &embedded());
    assert_eq!(d.config, DeployConfig::default());
    assert_eq!(d.catalogue, None);
    assert!(d.problems.is_empty());
}

#[test]
fn an_html_page_or_an_empty_body_counts_as_absent() {
    let html = "<!doctype html><html><body>index</body></html>";
    assert_eq!(present(Some(html)), None);
    assert_eq!(present(Some("\u{feff}  \n")), None);
    assert_eq!(present(Some("\u{feff}{}")), Some("{}"));
    let d = resolve(Some(html), Some(""), &embedded());
    assert!(d.problems.is_empty(), "{:?}", d.problems);
    assert_eq!(d.catalogue, None);
}

#[test]
fn reads_a_catalogue_in_our_format_or_my_ggi_boards() {
    let ours = resolve(None, Some(OURS), &embedded());
    assert!(ours.problems.is_empty(), "{:?}", ours.problems);
    assert_eq!(
        ours.catalogue.map(|c| c.title),
        Some("A tiny catalogue for tests".to_string())
    );
    let board = resolve(None, Some(BOARD), &embedded());
    assert!(board.problems.is_empty(), "{:?}", board.problems);
    let c = board.catalogue.unwrap_or_else(|| panic!("no catalogue"));
    assert_eq!(c.version, "9.9");
    // Point ids come from the embedded catalogue, so saved progress carries over.
    let reference = embedded();
    let first_embedded = reference
        .activity("GGI-A-17")
        .map(|a| a.verification_points[0].id.clone());
    let first_board = c
        .activity("GGI-A-17")
        .map(|a| a.verification_points[0].id.clone());
    assert_eq!(first_board, first_embedded);
}

#[test]
fn unusable_files_are_reported_and_the_defaults_kept() {
    let broken_catalogue = OURS.replace("\"goals\"", "\"gaols\"");
    let d = resolve(
        Some(r#"{ "language": "xx" }"#),
        Some(&broken_catalogue),
        &embedded(),
    );
    assert_eq!(d.config, DeployConfig::default());
    assert_eq!(d.catalogue, None);
    assert_eq!(d.problems.len(), 2);
    assert_eq!(d.problems[0], DeployError::UnknownLanguage("xx".into()));
    assert!(matches!(
        d.problems[1],
        DeployError::Catalogue(CatalogueError::Syntax(_))
    ));
    assert!(d.problems[1]
        .to_string()
        .starts_with("catalogue.json cannot be used."));
    // A valid config survives an invalid catalogue.
    let d = resolve(Some(r#"{ "language": "de" }"#), Some("[1, 2]"), &embedded());
    assert_eq!(d.config.language, Some(Lang::De));
    assert_eq!(d.problems.len(), 1);
}

#[test]
fn a_catalogue_that_fails_its_checks_is_reported() {
    let wrong = OURS.replace("ggi-journey-catalogue", "something-else");
    let d = resolve(None, Some(&wrong), &embedded());
    assert_eq!(
        d.problems,
        [DeployError::Catalogue(CatalogueError::WrongFormat(
            "something-else".into()
        ))]
    );
}

#[test]
fn a_new_workspace_takes_the_organisation_and_the_deployed_catalogue() {
    let custom = Catalogue::from_json(OURS).unwrap_or_else(|e| panic!("{e}"));
    let mut doc = Document::new(&embedded(), "2027-01-01T00:00:00Z");
    let config = DeployConfig {
        organisation: Some("ACME".into()),
        ..DeployConfig::default()
    };
    for ws in &mut doc.workspaces {
        prepare_new_workspace(ws, &config, &custom, Lang::Fr);
    }
    let ws = &doc.workspaces[0];
    assert_eq!(ws.name, "ACME");
    assert_eq!(ws.profile.organisation, "ACME");
    assert_eq!(ws.catalogue.id, "test-catalogue");
    // Without an organisation the name is the default, in the language the app will speak.
    let mut doc = Document::new(&embedded(), "2027-01-01T00:00:00Z");
    let ws = &mut doc.workspaces[0];
    for (lang, name) in [
        (Lang::En, "My organisation"),
        (Lang::Fr, "Mon organisation"),
        (Lang::De, "Meine Organisation"),
    ] {
        prepare_new_workspace(ws, &DeployConfig::default(), &custom, lang);
        assert_eq!(ws.name, name);
    }
    assert_eq!(ws.profile.organisation, "");
}

#[test]
fn a_name_of_the_users_own_is_never_translated() {
    let mut doc = Document::new(&embedded(), "2027-01-01T00:00:00Z");
    doc.workspaces[0].name = "Service numérique".into();
    prepare_new_workspace(
        &mut doc.workspaces[0],
        &DeployConfig::default(),
        &embedded(),
        Lang::De,
    );
    assert_eq!(doc.workspaces[0].name, "Service numérique");
}

#[test]
fn an_organisation_name_is_measured_in_characters_like_every_name() {
    let fits = format!(r#"{{"organisation": "{}"}}"#, "é".repeat(200));
    let config = DeployConfig::from_json(&fits).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(config.organisation.map(|o| o.chars().count()), Some(200));
    let long = format!(r#"{{"organisation": "{}"}}"#, "é".repeat(201));
    assert_eq!(
        DeployConfig::from_json(&long),
        Err(DeployError::LongOrganisation(200))
    );
}

#[test]
fn a_sync_folder_is_read_checked_and_ends_with_a_slash() {
    let read = |json: &str| DeployConfig::from_json(json).map(|c| c.sync_folder);
    assert_eq!(read(r#"{}"#), Ok(None));
    assert_eq!(
        read(r#"{"sync": {"webdav": "ggi-data"}}"#),
        Ok(Some("ggi-data/".into()))
    );
    assert_eq!(
        read(r#"{"sync": {"webdav": "https://dav.example.org/ggi/"}}"#),
        Ok(Some("https://dav.example.org/ggi/".into()))
    );
    assert_eq!(
        read(r#"{"sync": {"webdav": "javascript:alert(1)"}}"#),
        Err(DeployError::SyncFolder(crate::sync::FolderError::Scheme))
    );
    assert_eq!(
        read(r#"{"sync": {"webdav": " "}}"#),
        Err(DeployError::SyncFolder(crate::sync::FolderError::Empty))
    );
    // A misspelt engine is reported, not ignored.
    assert!(matches!(
        read(r#"{"sync": {"webdev": "ggi-data/"}}"#),
        Err(DeployError::ConfigSyntax(_))
    ));
}
