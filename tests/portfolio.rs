//! Component tests of the pieces the portfolio adds (wasm-bindgen-test, headless Chromium).
#![cfg(target_arch = "wasm32")]

use ggi_core::progress::Status;
use ggi_journey::components::{RadarChart, StatusBadge};
use leptos::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::mount;

fn count(el: &web_sys::HtmlElement, selector: &str) -> u32 {
    el.query_selector_all(selector)
        .map(|l| l.length())
        .unwrap_or(0)
}

#[wasm_bindgen_test]
async fn radar_draws_one_outline_per_workspace_with_a_legend_and_a_column_each() {
    let axes: Vec<(String, String, u32, u32, u32)> = ["Usage", "Trust", "Culture"]
        .map(|g| (g.to_lowercase(), g.to_string(), 0, 0, 0))
        .to_vec();
    let outlines = vec![
        ("Sales".to_string(), vec![10, 20, 30]),
        ("IT".to_string(), vec![100, 0, 50]),
    ];
    let el = mount(move || view! { <RadarChart goals=axes outlines=outlines/> });
    // The chart itself is drawn by an effect, after the first render.
    leptos::task::tick().await;
    assert_eq!(count(&el, ".radar-outline"), 2);
    assert_eq!(count(&el, ".radar-value"), 0, "no single-workspace polygon");
    assert_eq!(count(&el, ".radar-legend li"), 2);
    let dashes: Vec<String> = (0..2)
        .filter_map(|i| {
            el.query_selector(&format!(".radar-outline-{i}"))
                .ok()
                .flatten()
                .and_then(|p| p.get_attribute("stroke-dasharray"))
        })
        .collect();
    assert_eq!(dashes.len(), 2);
    assert_ne!(dashes[0], dashes[1], "outlines differ by more than colour");
    let text = el.text_content().unwrap_or_default();
    assert!(text.contains("Sales") && text.contains("IT"));
    // The table: a column per workspace, a row per goal.
    assert_eq!(count(&el, "table thead th"), 3);
    assert_eq!(count(&el, "table tbody tr"), 3);
    let trust = el
        .query_selector("table tbody tr:nth-child(2)")
        .ok()
        .flatten()
        .and_then(|r| r.text_content())
        .unwrap_or_default();
    assert_eq!(trust, "Trust20%0%");
}

#[wasm_bindgen_test]
fn compact_badge_keeps_the_words_for_screen_readers_and_as_a_tooltip() {
    let el = mount(move || view! { <StatusBadge status=Status::InProgress compact=true/> });
    let badge = el
        .query_selector(".badge-compact")
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("no compact badge"));
    assert_eq!(badge.get_attribute("title").as_deref(), Some("In progress"));
    assert!(badge
        .text_content()
        .unwrap_or_default()
        .contains("In progress"));
    assert_eq!(count(&el, ".badge-compact .visually-hidden"), 1);
}
