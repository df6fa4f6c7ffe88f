//! Text and addresses from data, in a real headless Chromium: no unsafe link reaches the page,
//! and a hidden Markdown preview costs nothing.
#![cfg(target_arch = "wasm32")]

use ggi_journey::components::markdown::ExternalLink;
use ggi_journey::components::MarkdownField;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::mount;

fn links(el: &web_sys::HtmlElement) -> u32 {
    el.query_selector_all("a")
        .map(|l| l.length())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_link_component_never_renders_an_unsafe_address() {
    for url in [
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        "java\tscript:alert(1)",
        " javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:x",
        "/relative",
    ] {
        let el = mount(move || {
            view! { <ExternalLink url=url.to_string() text="Handbook".to_string()/> }
        });
        leptos::task::tick().await;
        assert_eq!(links(&el), 0, "{url:?} became a link");
        let text = el.text_content().unwrap_or_default();
        assert!(text.contains("Handbook"), "{url:?}: {text}");
        assert!(text.contains("link removed"), "{url:?}: {text}");
    }
    let el = mount(|| {
        view! { <ExternalLink url="https://ospo-alliance.org/ggi/".to_string() text="Handbook".to_string()/> }
    });
    leptos::task::tick().await;
    assert_eq!(links(&el), 1);
}

#[wasm_bindgen_test]
async fn a_hidden_preview_is_not_rendered_until_shown() {
    let (value, _) = signal("**bold** note".to_string());
    let el = mount(move || {
        view! { <MarkdownField id="note".to_string() label="Note" value=value on_change=Callback::new(|_: String| ())/> }
    });
    leptos::task::tick().await;
    let preview = |el: &web_sys::HtmlElement| {
        el.query_selector("#note-preview")
            .ok()
            .flatten()
            .map(|p| p.inner_html())
            .unwrap_or_else(|| panic!("no preview element"))
    };
    assert!(!preview(&el).contains("<strong>"), "{}", preview(&el));
    let button: web_sys::HtmlElement = el
        .query_selector("button")
        .ok()
        .flatten()
        .and_then(|b| b.dyn_into().ok())
        .unwrap_or_else(|| panic!("no preview button"));
    button.click();
    leptos::task::tick().await;
    let strong = el
        .query_selector("#note-preview strong")
        .ok()
        .flatten()
        .and_then(|s| s.text_content());
    assert_eq!(strong.as_deref(), Some("bold"), "{}", preview(&el));
}
