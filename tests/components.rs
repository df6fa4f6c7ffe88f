//! Component tests in a real headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use ggi_core::progress::Status;
use ggi_journey::components::{Markdown, ProgressBar, StatusBadge};
use leptos::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::mount;

fn text(el: &web_sys::HtmlElement) -> String {
    el.text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn progress_bar_shows_percentage_text_and_aria_values() {
    let (done, set_done) = signal(1u32);
    let el = mount(move || view! { <ProgressBar label="Points" done=done total=4u32/> });
    assert!(text(&el).contains("25%"), "{}", text(&el));
    assert!(text(&el).contains("(1/4)"), "{}", text(&el));
    set_done.set(3);
    leptos::task::tick().await;
    let bar = el
        .query_selector("[role=progressbar]")
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("no progress bar"));
    assert_eq!(bar.get_attribute("aria-valuenow").as_deref(), Some("75"));
    assert_eq!(bar.get_attribute("aria-label").as_deref(), Some("Points"));
}

#[wasm_bindgen_test]
async fn status_badge_names_the_status_in_words() {
    let (status, set_status) = signal(Status::Planned);
    let el = mount(move || view! { <StatusBadge status=status/> });
    assert!(text(&el).contains("Planned"));
    set_status.set(Status::Done);
    leptos::task::tick().await;
    assert!(text(&el).contains("Done"));
    assert!(el.query_selector(".badge-done").ok().flatten().is_some());
}

#[wasm_bindgen_test]
async fn markdown_renders_hostile_text_as_text() {
    let source = "<img src=x onerror=\"window.__pwned=1\"> **bold** [bad](javascript:alert(1)) [ok](https://example.org)";
    let el = mount(move || view! { <Markdown source=source.to_string()/> });
    leptos::task::tick().await;
    assert!(
        el.query_selector("img").ok().flatten().is_none(),
        "an <img> element was created"
    );
    assert!(text(&el).contains("<img src=x"));
    let strong = el
        .query_selector("strong")
        .ok()
        .flatten()
        .and_then(|s| s.text_content());
    assert_eq!(strong.as_deref(), Some("bold"));
    let links = el
        .query_selector_all("a")
        .map(|l| l.length())
        .unwrap_or_default();
    assert_eq!(links, 1, "only the https link may become a link");
}

#[wasm_bindgen_test]
async fn report_activity_writes_out_status_marks_and_evidence_safely() {
    use ggi_core::catalogue::Catalogue;
    use ggi_core::report::build;
    use ggi_core::schema::Workspace;
    use ggi_journey::components::ReportActivity;

    let catalogue = Catalogue::embedded();
    let mut ws = Workspace::new("w", "W", &catalogue, "2027-01-01T00:00:00Z");
    let now = "2027-01-02T00:00:00Z";
    ggi_core::journey::set_status(&mut ws, "GGI-A-24", Status::InProgress, now);
    ggi_core::journey::set_point(
        &mut ws,
        "GGI-A-24",
        "metrics-defined",
        true,
        "2027-01-02",
        now,
    );
    let hostile = "<b onmouseover=alert(1)>javascript:alert(1)</b>";
    ggi_core::journey::set_evidence(&mut ws, "GGI-A-24", "metrics-defined", hostile, now);
    let report = build(&catalogue, &ws, now);
    let activity = report
        .in_scope()
        .map(|(_, a)| a.clone())
        .next()
        .unwrap_or_else(|| panic!("nothing in scope"));
    let points = activity.points().len();
    let el = mount(move || view! { <ReportActivity report=activity/> });
    leptos::task::tick().await;
    let all = text(&el);
    assert!(all.contains("In progress"), "{all}");
    assert!(all.contains("Not filled in."), "{all}");
    assert!(all.contains("No objectives recorded."), "{all}");
    assert_eq!(all.matches("Met:").count(), 1, "{all}");
    assert_eq!(all.matches("Not met:").count(), points - 1, "{all}");
    assert!(all.contains(hostile), "evidence shown as text: {all}");
    assert!(el.query_selector("b").ok().flatten().is_none());
    assert!(el.query_selector("a").ok().flatten().is_none());
}
