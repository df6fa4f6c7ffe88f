//! GGI Journey's views: a Leptos (CSR) app over the pure domain in `ggi-core`.
//! Arrows point one way: pages/components → state → core.

pub mod app;
pub mod browser;
pub mod catalogue_text;
pub mod components;
pub mod deploy;
pub mod i18n;
pub mod pages;
pub mod router;
pub mod state;
pub mod storage;
pub mod translation;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Replaces the static shell of `index.html` with the running app.
pub fn mount() {
    let root = document()
        .get_element_by_id("app")
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    match root {
        Some(root) => {
            root.set_inner_html("");
            leptos::mount::mount_to(root, app::App).forget();
        }
        None => leptos::mount::mount_to_body(app::App),
    }
    // Read by scripts/bench: the moment the app is mounted and usable.
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("ggi-mounted");
    }
    // The worker's work (a first visit: copying the app into its cache; a later one: fetching
    // every page for offline use) waits until the visitor has had the app to themselves for a
    // moment: done at once, it slowed the pages opened in the first second by a third.
    leptos::prelude::set_timeout(
        deploy::register_service_worker,
        std::time::Duration::from_millis(deploy::WORKER_AFTER_MS),
    );
}
