//! Component tests of the layout for phones (wasm-bindgen-test, headless Chromium): the
//! header's menu button is a disclosure that Escape closes with focus back on the button.
#![cfg(target_arch = "wasm32")]

use ggi_journey::components::Header;
use ggi_journey::i18n::provide_i18n_from;
use ggi_journey::router::provide_router;
use ggi_journey::state::provide_state;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::mount;

fn find(el: &web_sys::HtmlElement, selector: &str) -> web_sys::HtmlElement {
    el.query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into().ok())
        .unwrap_or_else(|| panic!("no {selector}"))
}

/// Presses Escape as a keyboard does: a keydown event at the focused element, bubbling up.
fn press_escape() {
    let press = js_sys::Function::new_no_args(
        "document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))",
    );
    let _ = press.call0(&wasm_bindgen::JsValue::NULL);
}

#[wasm_bindgen_test]
async fn menu_button_opens_the_menu_and_escape_closes_it_with_focus_back() {
    let el = mount(|| {
        let state = {
            let (stored, reader) = common::stored_now();
            provide_state(stored, reader)
        };
        // Messages from core: this test's Wasm is not split by page.
        provide_i18n_from(state, |lang| Box::pin(async move { Ok(lang.messages()) }));
        provide_router();
        view! { <Header/> }
    });
    let button = find(&el, "button[aria-controls]");
    let menu_id = button.get_attribute("aria-controls").unwrap_or_default();
    let menu = find(&el, &format!("#{menu_id}"));
    assert!(
        menu.query_selector("nav a").ok().flatten().is_some(),
        "the button controls the navigation"
    );
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert!(!menu.class_list().contains("open"));

    button.click();
    leptos::task::tick().await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert!(menu.class_list().contains("open"));

    // Focus inside the menu, then Escape: closed, and focus is back on the button.
    let _ = find(&menu, "nav a").focus();
    press_escape();
    leptos::task::tick().await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert!(!menu.class_list().contains("open"));
    let active = document().active_element();
    assert_eq!(
        active
            .as_ref()
            .and_then(|a| a.get_attribute("aria-controls")),
        Some(menu_id.clone()),
        "focus returned to the menu button"
    );

    // Choosing a link closes it too.
    button.click();
    leptos::task::tick().await;
    find(&menu, "nav a").click();
    leptos::task::tick().await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
}
