//! `ggi` as a user or a pipeline runs it: exit codes, messages naming the place of each problem,
//! standard input and output, and every command's help with an example.

// The tests run the native binary.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;

#[test]
fn check_accepts_the_deploy_files_the_app_accepts() {
    let run = ggi(&[
        "check",
        &repo_file("catalogue/ggi-handbook-1.3.json"),
        &repo_file("core/tests/fixtures/board-minimal.json"),
        &fixture("config-valid.json"),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .contains("25 activities, 109 verification points"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("read from My GGI Board's format"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("language fr, organisation \"Ville de Lyon\""),
        "{}",
        run.stdout
    );
}

#[test]
fn check_names_the_place_of_each_problem_and_exits_1() {
    let run = ggi(&[
        "check",
        &fixture("config-misspelt.json"),
        &fixture("catalogue-unsafe-url.json"),
        &fixture("host-fallback.html"),
        &fixture("config-valid.json"),
    ]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains(
            "config-misspelt.json: config.json is not valid: unknown field `organization`"
        ),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("line 3 column 16"), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("activities.X-1.resources[0].url: \"javascript:alert(document.cookie)\""),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("host-fallback.html: the app would treat this file as absent"),
        "{}",
        run.stderr
    );
    assert!(
        run.stdout.contains("config-valid.json: ok"),
        "the good file is still reported: {}",
        run.stdout
    );
}

#[test]
fn check_reads_standard_input() {
    let run = ggi_with_stdin(&["check", "--kind", "config", "-"], br#"{"language":"xx"}"#);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .starts_with("<stdin>: config.json: \"xx\" is not a language"),
        "{}",
        run.stderr
    );
    let run = ggi_with_stdin(&["check", "-"], br#"{"language":"de"}"#);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn validate_accepts_an_export_of_the_app_with_the_schema() {
    let dir = scratch("validate_ok");
    let file = write(&dir, "sample.json", &export_text(&sample_document()));
    let run = ggi(&["validate", &file]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("JSON Schema passed"), "{}", run.stdout);
    let bare = ggi(&["validate", &repo_file("core/tests/fixtures/state-v1.json")]);
    assert_eq!(bare.code, 0, "{}", bare.stderr);
    assert!(
        bare.stdout.contains("bare state document"),
        "{}",
        bare.stdout
    );
}

#[test]
fn validate_refuses_a_broken_export_at_its_place() {
    let run = ggi(&["validate", &fixture("export-broken.json")]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("document.workspaces[0].activities.GGI-A-17.target_date"),
        "{}",
        run.stderr
    );
    let newer = ggi(&["validate", &repo_file("core/tests/fixtures/export-v2.json")]);
    assert_eq!(newer.code, 1);
    assert!(
        newer
            .stderr
            .contains("newer version of GGI Journey (schema 2)"),
        "{}",
        newer.stderr
    );
}

#[test]
fn validate_refuses_hostile_files_without_crashing() {
    let dir = scratch("validate_hostile");
    let deep = write(&dir, "deep.json", &"[".repeat(200_000));
    let mut doc = sample_document();
    doc.workspaces[0].name = "x".repeat(150_000);
    let huge = write(&dir, "huge-name.json", &export_text(&doc));
    let mut doc = sample_document();
    let mut custom = ggi_core::catalogue::Catalogue::embedded().activities[0].clone();
    custom.id = "ORG-1".into();
    custom.handbook_url = Some("javascript:alert(1)".into());
    doc.workspaces[0].custom_activities.push(custom);
    let url = write(&dir, "bad-url.json", &export_text(&doc));
    let binary = dir.join("binary.json");
    std::fs::write(&binary, [0xff, 0xfe, 0x00, 0x7b]).unwrap_or_else(|e| panic!("{e}"));
    let run = ggi(&[
        "validate",
        &deep,
        &huge,
        &url,
        &binary.display().to_string(),
    ]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("deep.json: The file is not valid JSON: recursion limit exceeded"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("huge-name.json: document.workspaces[0].name"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("bad-url.json: document.workspaces[0].custom_activities[0].handbook_url: \"javascript:alert(1)\""),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("binary.json: the file is not UTF-8 text"),
        "{}",
        run.stderr
    );
}

#[test]
fn validate_refuses_more_than_20_mb_before_reading_it() {
    let dir = scratch("validate_too_large");
    let big = write(&dir, "big.json", &" ".repeat(20 * 1024 * 1024 + 1));
    let run = ggi(&["validate", &big]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("The file is too large (20971521 bytes). The limit is 20 MB."),
        "{}",
        run.stderr
    );
    let piped = ggi_with_stdin(&["validate", "-"], &vec![b' '; 20 * 1024 * 1024 + 10]);
    assert_eq!(piped.code, 1);
    assert!(
        piped.stderr.contains("<stdin>: The file is too large"),
        "{}",
        piped.stderr
    );
}

#[test]
#[cfg(unix)]
fn every_command_stops_reading_a_device_at_the_limit() {
    // `ggi check`, `ggi convert` and `--catalogue` read with no limit at all: a catalogue or
    // deployment file is held to the same 20 MB as an export.
    use std::process::Stdio;
    use std::time::Duration;
    let quick = Duration::from_secs(10);
    let too_large = "The file is too large (more than 20971520 bytes). The limit is 20 MB.";
    let export = repo_file("core/tests/fixtures/export-v2.json");
    let commands: [&[&str]; 4] = [
        &["check", "/dev/zero"],
        &["convert", "/dev/zero"],
        &["validate", "--catalogue", "/dev/zero", &export],
        &[
            "report",
            &export,
            "--format",
            "md",
            "--catalogue",
            "/dev/zero",
        ],
    ];
    for args in commands {
        let (run, took) = ggi_bounded(args, Stdio::null(), quick * 3);
        assert_ne!(run.code, 0, "{args:?}: {}", run.stderr);
        assert!(
            run.stderr.contains(&format!("/dev/zero: {too_large}")),
            "{args:?}: {}",
            run.stderr
        );
        assert!(took < quick, "{args:?} took {took:?}");
    }
}

#[test]
#[cfg(unix)]
fn validate_stops_reading_devices_and_pipes_at_the_limit() {
    // Issue 22: the limit trusted the size the file system tells, which is 0 for devices and
    // pipes: `ggi validate /dev/zero` read until memory ran out.
    use std::process::Stdio;
    use std::time::Duration;
    let quick = Duration::from_secs(10);
    let too_large = "The file is too large (more than 20971520 bytes). The limit is 20 MB.";
    let (run, took) = ggi_bounded(&["validate", "/dev/zero"], Stdio::null(), quick * 3);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains(&format!("/dev/zero: {too_large}")),
        "{}",
        run.stderr
    );
    assert!(took < quick, "took {took:?}");
    // Standard input that never ends.
    let zero = std::fs::File::open("/dev/zero").unwrap_or_else(|e| panic!("{e}"));
    let (run, took) = ggi_bounded(&["validate", "-"], Stdio::from(zero), quick * 3);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains(&format!("<stdin>: {too_large}")),
        "{}",
        run.stderr
    );
    assert!(took < quick, "took {took:?}");
    // A named pipe fed without end.
    let dir = scratch("validate_fifo");
    let fifo = dir.join("export.json");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo");
    let writer = fifo.clone();
    std::thread::spawn(move || {
        use std::io::Write;
        if let Ok(mut pipe) = std::fs::OpenOptions::new().write(true).open(writer) {
            let block = vec![b' '; 1 << 16];
            // Until ggi stops reading (a broken pipe).
            while pipe.write_all(&block).is_ok() {}
        }
    });
    let name = fifo.display().to_string();
    let (run, took) = ggi_bounded(&["validate", &name], Stdio::null(), quick * 3);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains(&format!("{name}: {too_large}")),
        "{}",
        run.stderr
    );
    assert!(took < quick, "took {took:?}");
}

#[test]
fn validate_answers_hostile_20_mb_exports_quickly_and_times_it() {
    // Issue 22: 20,000 `{}` objectives took 75 s, 80,000 own activities 28 s.
    let dir = scratch("validate_hostile_20mb");
    let head = export_text(&sample_document());
    let mut value: serde_json::Value = serde_json::from_str(&head).unwrap_or_default();
    let ws = &mut value["document"]["workspaces"][0];
    ws["activities"]["GGI-A-17"]["objectives"] = "@@".into();
    ws["custom_activities"] = "##".into();
    let head = value.to_string();
    let room = 20 * 1024 * 1024 - head.len();
    let own = |i: usize| {
        format!(
            r#"{{"id":"ORG-{i}","title":"Own","goal":"usage","roles":[],"description":"","opportunity":"","verification_points":[]}}"#
        )
    };
    let objectives = 20_000;
    let own_count = (room - 4) / (own(999_999).len() + 1);
    let files = [
        (
            "20,000 `{}` objectives",
            head.replacen("\"@@\"", &format!("[{}]", vec!["{}"; objectives].join(",")), 1)
                .replacen("\"##\"", "[]", 1),
            "document.workspaces[0].activities.GGI-A-17.objectives: 20000 items; this list may hold at most 1000",
        ),
        (
            "80,000 own activities",
            head.replacen("\"@@\"", "[]", 1).replacen(
                "\"##\"",
                &format!("[{}]", (0..own_count).map(own).collect::<Vec<_>>().join(",")),
                1,
            ),
            "document.workspaces[0].custom_activities: ",
        ),
    ];
    for (what, text, refusal) in files {
        assert!(text.len() <= 20 * 1024 * 1024, "{what}: {}", text.len());
        let file = write(&dir, "hostile.json", &text);
        let started = std::time::Instant::now();
        let run = ggi(&["validate", &file]);
        let took = started.elapsed();
        assert_eq!(run.code, 1, "{what}: {}", run.stderr);
        assert!(run.stderr.contains(refusal), "{what}: {}", run.stderr);
        // Printed for the report (`cargo test --release -p ggi-cli -- --nocapture`).
        println!(
            "{what}: {} bytes answered in {} ms",
            text.len(),
            took.as_millis()
        );
        // Generous: a debug build on a machine busy with builds (the release build's figures
        // are far under 2 s).
        assert!(
            took < std::time::Duration::from_secs(60),
            "{what}: {took:?}"
        );
    }
    assert!(own_count > 80_000, "{own_count}");
}

#[test]
fn validate_a_20_mb_export_and_time_it() {
    let dir = scratch("validate_20mb");
    let text = large_export(20 * 1024 * 1024 - 200_000);
    assert!(
        text.len() > 19_000_000 && text.len() <= 20 * 1024 * 1024,
        "{}",
        text.len()
    );
    let file = write(&dir, "large.json", &text);
    let started = std::time::Instant::now();
    let run = ggi(&["validate", &file]);
    let took = started.elapsed();
    assert_eq!(run.code, 0, "{}", run.stderr);
    // Printed for the README's figure (`cargo test --release -p ggi-cli -- --nocapture`).
    println!("validated {} bytes in {} ms", text.len(), took.as_millis());
}

#[test]
fn report_writes_each_format_of_the_app() {
    let dir = scratch("report");
    let file = write(&dir, "sample.json", &export_text(&sample_document()));
    let md = ggi(&["report", &file, "--format", "md", "--date", "2027-03-02"]);
    assert_eq!(md.code, 0, "{}", md.stderr);
    assert!(md.stdout.starts_with("# "), "{}", md.stdout);
    assert!(md.stdout.contains("City of Exampleton"), "{}", md.stdout);
    let csv = ggi(&["report", &file, "--format", "csv", "--lang", "fr"]);
    assert!(
        csv.stdout.starts_with('\u{feff}'),
        "CSV starts with a byte order mark"
    );
    assert!(csv.stdout.contains("GGI-A-17"));
    // The catalogue's text follows --lang, as in the app.
    assert!(
        csv.stdout.contains("Gérer la conformité juridique"),
        "{}",
        csv.stdout
    );
    assert!(!csv.stdout.contains("Manage legal compliance"));
    let out = dir.join("report.html").display().to_string();
    let html = ggi(&[
        "report",
        &file,
        "--format",
        "html",
        "--lang",
        "de",
        "-o",
        &out,
        "--workspace",
        "City of Exampleton (sample)",
    ]);
    assert_eq!(
        (html.code, html.stdout.as_str()),
        (0, ""),
        "{}",
        html.stderr
    );
    let page = std::fs::read_to_string(&out).unwrap_or_default();
    assert!(
        page.contains("<html lang=\"de\""),
        "{}",
        &page[..200.min(page.len())]
    );
    assert!(!page.contains("<script"), "self-contained, no script");
    assert!(
        page.contains("Rechtliche Compliance managen"),
        "the German text of the catalogue"
    );
    let missing = ggi(&["report", &file, "--format", "md", "--workspace", "Nobody"]);
    assert_eq!(missing.code, 2);
    assert!(
        missing
            .stderr
            .contains("has no workspace \"Nobody\"; it has \"City of Exampleton (sample)\" (ws-1)"),
        "{}",
        missing.stderr
    );
}

#[test]
fn merge_refuses_a_result_beyond_the_caps_and_writes_nothing() {
    // Two exports of 600 workspaces each are valid; their merge (1,200) could not be read back.
    let dir = scratch("merge_caps");
    let mut doc = sample_document();
    let one = doc.workspaces[0].clone();
    let many = |tag: &str| -> Vec<ggi_core::schema::Workspace> {
        (0..600)
            .map(|i| ggi_core::schema::Workspace {
                id: format!("{tag}-{i}"),
                ..one.clone()
            })
            .collect()
    };
    doc.workspaces = many("a");
    doc.active_workspace = "a-0".into();
    let a = write(&dir, "a.json", &export_text(&doc));
    doc.workspaces = many("b");
    doc.active_workspace = "b-0".into();
    let b = write(&dir, "b.json", &export_text(&doc));
    let out = dir.join("merged.json");
    let run = ggi(&["merge", &a, &b, "-o", &out.display().to_string()]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("workspaces: 1200 items; this list may hold at most 1000"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("Nothing was written."),
        "{}",
        run.stderr
    );
    assert!(!out.exists());
}

#[test]
fn merge_prints_the_conflicts_and_writes_an_export() {
    let dir = scratch("merge");
    let base = sample_document();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    ggi_core::journey::set_status(
        &mut ours.workspaces[0],
        "GGI-A-17",
        ggi_core::progress::Status::Done,
        "2027-03-05T00:00:00Z",
    );
    ggi_core::journey::set_status(
        &mut theirs.workspaces[0],
        "GGI-A-17",
        ggi_core::progress::Status::NotApplicable,
        "2027-03-06T00:00:00Z",
    );
    let a = write(&dir, "a.json", &export_text(&ours));
    let b = write(&dir, "b.json", &export_text(&theirs));
    let out = dir.join("merged.json").display().to_string();
    let run = ggi(&["merge", &a, &b, "-o", &out]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .contains("Changed on both sides (nothing is lost):"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("the file's version is newer and is taken"),
        "{}",
        run.stdout
    );
    let check = ggi(&["validate", &out]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    let refused = ggi(&["merge", &a, &fixture("export-broken.json"), "-o", &out]);
    assert_eq!(refused.code, 1);
    assert!(
        refused.stderr.contains("Nothing was written."),
        "{}",
        refused.stderr
    );
}

#[test]
fn convert_turns_my_ggi_board_catalogue_into_ours() {
    let dir = scratch("convert");
    let out = dir.join("catalogue.json").display().to_string();
    let run = ggi(&[
        "convert",
        &repo_file("core/tests/fixtures/board-minimal.json"),
        "-o",
        &out,
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let check = ggi(&["check", &out]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    assert!(
        !check.stdout.contains("My GGI Board's format"),
        "now in ours: {}",
        check.stdout
    );
    // Board catalogues of v1.1 and v1.2 have no "handbook_version": read, and the version said.
    let v1_2 = ggi(&[
        "convert",
        &repo_file("core/tests/fixtures/board/board-catalogue-v1.2.json"),
    ]);
    assert_eq!(v1_2.code, 0, "{}", v1_2.stderr);
    assert!(v1_2.stderr.contains("handbook v1.2"), "{}", v1_2.stderr);
    assert!(
        v1_2.stdout.contains("\"version\": \"1.2\""),
        "{}",
        v1_2.stdout
    );
    let ours = ggi(&["convert", &repo_file("catalogue/ggi-handbook-1.3.json")]);
    assert_eq!(ours.code, 1);
    assert!(
        ours.stderr.contains("not My GGI Board's catalogue"),
        "{}",
        ours.stderr
    );
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &[][..],
        &["nonsense"][..],
        &["report", "x.json"][..],
        &["merge", "only-one.json"][..],
        &["validate", "-", "-"][..],
        &["check", "/no/such/file.json"][..],
    ] {
        let run = ggi(args);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
    }
}

#[test]
fn every_command_has_help_with_an_example() {
    for command in [
        "check",
        "validate",
        "report",
        "merge",
        "convert",
        "import-board",
    ] {
        let run = ggi(&[command, "--help"]);
        assert_eq!(run.code, 0, "{command}");
        assert!(run.stdout.contains("Example"), "{command}: {}", run.stdout);
        assert!(
            run.stdout.contains(&format!("ggi {command} ")),
            "{command}: {}",
            run.stdout
        );
    }
}

#[test]
fn import_board_turns_a_board_into_an_export_the_app_imports() {
    let dir = scratch("import_board");
    let out = dir.join("export.json").display().to_string();
    let board = |f: &str| repo_file(&format!("core/tests/fixtures/board/{f}"));
    let run = ggi(&[
        "import-board",
        &board("lyon-issues.csv"),
        &board("lyon-tasks.csv"),
        &board("lyon-labels_hist.csv"),
        "--name",
        "City of Lyon",
        "-o",
        &out,
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .contains("lyon-issues.csv (the dashboard's issue list)"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("GGI-A-17: label “In Progress” → status In progress"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("Kept in the activity's operational notes"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("a label event of issue #99"),
        "{}",
        run.stdout
    );
    // What the dashboard's files cannot carry is said.
    assert!(
        run.stdout.contains("What these files cannot carry")
            && run.stdout.contains("the dashboard lists open issues only"),
        "{}",
        run.stdout
    );
    let check = ggi(&["validate", &out]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    let report = ggi(&[
        "report",
        &out,
        "--format",
        "md",
        "--workspace",
        "City of Lyon",
    ]);
    assert!(
        report.stdout.contains("Manage legal compliance"),
        "{}",
        report.stdout
    );

    let piped = ggi_with_stdin(
        &["import-board", "-", "--lang", "fr"],
        include_bytes!("../../core/tests/fixtures/board/renamed-gh-issues.json"),
    );
    assert_eq!(piped.code, 0, "{}", piped.stderr);
    assert!(piped.stdout.contains("\"format\": \"ggi-journey-export\""));
    assert!(
        piped
            .stderr
            .contains("étiquette «\u{a0}Work ongoing\u{a0}»")
            && piped.stderr.contains("Repris\u{a0}:\n"),
        "{}",
        piped.stderr
    );

    let refused = ggi(&["import-board", &fixture("config-valid.json")]);
    assert_eq!(refused.code, 1);
    assert!(
        refused
            .stderr
            .contains("config-valid.json is not a file My GGI Board"),
        "{}",
        refused.stderr
    );
}
