//! Component tests of the charts (issue 15), in headless Chromium.
#![cfg(target_arch = "wasm32")]

use ggi_core::chart::GOALS;
use ggi_journey::components::{ProgressBar, RadarChart, TrendChart};
use leptos::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::mount;

fn texts(el: &web_sys::HtmlElement, selector: &str) -> Vec<String> {
    let Ok(list) = el.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.text_content().unwrap_or_default())
        .collect()
}

fn attributes(el: &web_sys::HtmlElement, selector: &str, name: &str) -> Vec<String> {
    let Ok(list) = el.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
        .filter_map(|e| e.get_attribute(name))
        .collect()
}

fn goals() -> Vec<(String, String)> {
    ["Usage", "Trust", "Culture", "Engagement", "Strategy"]
        .iter()
        .map(|n| (n.to_lowercase(), n.to_string()))
        .collect()
}

#[wasm_bindgen_test]
async fn the_trend_chart_grows_a_point_per_line_when_an_iteration_closes() {
    let (series, set_series) = signal(vec![("Q1".to_string(), 10u32, vec![20u32, 0, 0, 0, 0])]);
    let el = mount(move || view! { <TrendChart series=series goals=goals()/> });
    // The chart is drawn by an effect, after the first render.
    leptos::task::tick().await;
    assert_eq!(
        texts(&el, ".chart-legend li"),
        [
            "Overall",
            "Usage",
            "Trust",
            "Culture",
            "Engagement",
            "Strategy"
        ]
    );
    assert_eq!(texts(&el, "text.trend-name"), ["Q1"]);
    assert_eq!(attributes(&el, ".trend-point", "tabindex").len(), 6);

    set_series.update(|s| s.push(("Q2".into(), 30, vec![40, 5, 0, 0, 100])));
    leptos::task::tick().await;
    assert_eq!(texts(&el, "text.trend-name"), ["Q1", "Q2"]);
    let labels = attributes(&el, ".trend-point", "aria-label");
    assert_eq!(labels.len(), 12);
    assert!(
        labels.contains(&"Strategy, Q2: 100%".to_string()),
        "{labels:?}"
    );
    assert!(
        labels.contains(&"Overall, Q1: 10%".to_string()),
        "{labels:?}"
    );
    // Each line is drawn in its goal's style: class for the colour, dash pattern, and the
    // latest value at its end.
    let classes = attributes(&el, "g.trend-series", "class");
    assert_eq!(classes[1], "trend-series goal-usage");
    let dashes = attributes(&el, "g.trend-series polyline", "stroke-dasharray");
    assert_eq!(dashes[1], GOALS[0].dash);
    assert_eq!(texts(&el, "text.trend-end")[5], "Strategy 100%");
}

#[wasm_bindgen_test]
async fn the_radar_shows_the_previous_snapshot_only_when_there_is_one() {
    let figures: Vec<(String, String, u32, u32, u32)> = goals()
        .into_iter()
        .map(|(id, name)| (id, name, 1, 2, 50))
        .collect();
    let (previous, set_previous) = signal(None::<(String, Vec<u32>)>);
    let el = mount(move || view! { <RadarChart goals=figures.clone() previous=previous/> });
    leptos::task::tick().await;
    assert!(el
        .query_selector(".radar-previous")
        .ok()
        .flatten()
        .is_none());
    assert_eq!(texts(&el, ".radar-pct"), ["50%"; 5]);
    assert_eq!(
        attributes(&el, "figure.radar g", "class")[4],
        "goal-strategy"
    );

    set_previous.set(Some(("Q1".into(), vec![10, 20, 30, 40, 50])));
    leptos::task::tick().await;
    assert!(el
        .query_selector("polygon.radar-previous")
        .ok()
        .flatten()
        .is_some());
    assert_eq!(
        texts(&el, ".chart-legend li"),
        ["Now", "At the close of Q1"]
    );
    let cells = texts(&el, "tbody td");
    assert_eq!(cells[2], "10%", "{cells:?}");
}

#[wasm_bindgen_test]
fn a_goal_bar_carries_the_goal_style() {
    let el = mount(|| view! { <ProgressBar label="Trust" done=1u32 total=2u32 goal=&GOALS[1]/> });
    assert_eq!(
        attributes(&el, ".progress", "class"),
        ["progress goal-bar goal-trust"]
    );
    assert!(el
        .query_selector("svg.goal-key.goal-trust polygon")
        .ok()
        .flatten()
        .is_some());
}
