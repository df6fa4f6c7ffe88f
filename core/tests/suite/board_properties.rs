//! Property tests of the My GGI Board import: no file, however damaged, makes it panic, and
//! whatever it accepts is a document the app's importer reads back. `PROPTEST_CASES` sets the
//! number of cases (`scripts/fuzz` runs many).

use ggi_core::board_import::{self, csv, BoardFile, Options};
use ggi_core::catalogue::Catalogue;
use ggi_core::i18n::Lang;
use proptest::prelude::*;
use proptest::sample::select;

/// Pieces of the board's formats, so random text often looks like a real file.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        select(vec![
            "issue_id,activity_id,state,title,labels,updated_at,url,tasks_total,tasks_done\n",
            "issue_id,state,task\n",
            "time,issue_id,event_id,type,author,action,url\n",
            "Issue ID,URL,Title,State,Description,Labels\n",
            "\"",
            "\"\"",
            ",",
            "\n",
            "\r\n",
            "\u{feff}",
            "GGI-A-17",
            "GGI-A-",
            "Activity ID: [GGI-A-21 (EN)](x).\n",
            "### Scorecard\n",
            "### Progress Assessment\n",
            "#### Objectives\n",
            "#### Customized description\n",
            "<details><summary>Click to expand</summary>\n",
            "- [x] ",
            "- [ ] ",
            "- [",
            "In Progress",
            "Done,priority::high",
            "add Done",
            "remove In Progress",
            "labeled Done",
            "2025-02-30T10:00:00Z",
            "2025-13-45T08:00:00Z",
            "\nGGI-A-21,completed,There is an easy-to-use Licence checking process available for projects.\n",
            "https://gitlab.example.org/x/-/issues/4",
            "completed",
            "[{\"number\":1,\"title\":\"t\",\"body\":\"",
            "\"labels\":[{\"name\":\"Done\"}]}]",
            "{\"progress_labels\":{\"done\":\"",
        ])
        .prop_map(str::to_string),
    ]
}

fn file() -> impl Strategy<Value = String> {
    proptest::collection::vec(fragment(), 0..40).prop_map(|parts| parts.concat())
}

proptest! {
    #[test]
    fn csv_never_panics_on_any_text(text in file()) {
        if let Ok(records) = csv::parse(&text) {
            for (line, _) in &records {
                prop_assert!(*line >= 1);
            }
        }
    }

    #[test]
    fn csv_reads_back_any_records_written_by_rfc_4180(
        records in proptest::collection::vec(proptest::collection::vec(any::<String>(), 1..5), 0..6)
    ) {
        let quoted = |f: &String| format!("\"{}\"", f.replace('"', "\"\""));
        let text: Vec<String> = records
            .iter()
            .map(|r| r.iter().map(quoted).collect::<Vec<_>>().join(","))
            .collect();
        let back: Vec<Vec<String>> = csv::parse(&text.join("\r\n"))
            .map_err(|e| TestCaseError::fail(format!("{e:?}")))?
            .into_iter()
            .map(|(_, r)| r)
            .collect();
        prop_assert_eq!(back, records);
    }

    #[test]
    fn no_files_make_the_board_import_panic(files in proptest::collection::vec(file(), 1..4)) {
        let catalogue = Catalogue::embedded();
        let named: Vec<(String, String)> = files
            .into_iter()
            .enumerate()
            .map(|(i, text)| (format!("file-{i}"), text))
            .collect();
        let given: Vec<BoardFile> = named
            .iter()
            .map(|(name, text)| BoardFile { name, text })
            .collect();
        let options = Options { name: "", now: "2025-06-01T00:00:00Z", token: "p", messages: Lang::Fr.messages() };
        if let Ok(imported) = board_import::read(&given, &catalogue, &options) {
            // Accepted means importable: the same checks as every import file.
            let file = ggi_core::export::export(&imported.document, None, "2025-06-01T00:00:00Z");
            let text = ggi_core::export::to_json(&file);
            let back = ggi_core::import::read(&text, &catalogue);
            prop_assert!(back.is_ok(), "{:?}", back.err());
        }
    }
}
