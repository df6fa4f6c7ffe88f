//! The My GGI Board summary of the import preview, in a real headless Chromium.
#![cfg(target_arch = "wasm32")]

use ggi_core::board_import::{self, BoardFile, Options};
use ggi_core::catalogue::Catalogue;
use ggi_core::i18n::Lang;
use ggi_journey::components::BoardSummary;
use leptos::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::mount;

fn import(issues: &str) -> board_import::BoardImport {
    let options = Options {
        name: "",
        now: "2025-06-01T00:00:00Z",
        token: "c1",
        messages: Lang::En.messages(),
    };
    let files = [BoardFile {
        name: "issues.csv",
        text: issues,
    }];
    board_import::read(&files, &Catalogue::embedded(), &options).unwrap_or_else(|e| panic!("{e}"))
}

fn items(el: &web_sys::HtmlElement, list: &str) -> Vec<String> {
    let found = el
        .query_selector_all(&format!("ul.{list} li"))
        .unwrap_or_else(|_| panic!("bad selector"));
    (0..found.length())
        .filter_map(|i| found.item(i).and_then(|n| n.text_content()))
        .collect()
}

#[wasm_bindgen_test]
async fn lists_what_was_mapped_and_kept_and_never_renders_a_label_as_markup() {
    let issues = "issue_id,activity_id,state,title,labels,updated_at,url,tasks_total,tasks_done\n\
                  6,GGI-A-21,opened,Manage legal compliance,\"Done,<img src=x onerror=alert(1)>\",2025-05-02,,0,0\n";
    let board = import(issues);
    let el = mount(move || view! { <BoardSummary board=board/> });
    leptos::task::tick().await;
    let text = el.text_content().unwrap_or_default();
    assert!(text.contains("From My GGI Board"), "{text}");
    assert!(
        text.contains("Read: issues.csv (the dashboard's issue list)"),
        "{text}"
    );
    assert_eq!(
        items(&el, "board-mapped"),
        ["GGI-A-21: label “Done” → status Done"]
    );
    assert_eq!(
        items(&el, "board-kept"),
        ["GGI-A-21: label “<img src=x onerror=alert(1)>”"]
    );
    assert!(
        el.query_selector("img").ok().flatten().is_none(),
        "a label is text, never markup"
    );
    assert!(items(&el, "board-skipped").is_empty());
    // What the dashboard's files cannot carry is said beside it (issue 23).
    let limits = items(&el, "board-limits");
    assert!(
        limits
            .iter()
            .any(|l| l.starts_with("issues.csv: the dashboard lists open issues only")),
        "{limits:?}"
    );
    assert!(text.contains("What these files cannot carry"), "{text}");
}
