//! Shared by the component tests: mounting a view in a real page.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Mounts `view` into a fresh container and returns the container.
#[allow(dead_code)]
pub fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> web_sys::HtmlElement {
    let document = document();
    let container: web_sys::HtmlElement = document
        .create_element("div")
        .ok()
        .and_then(|e| e.dyn_into().ok())
        .unwrap_or_else(|| panic!("cannot create a container"));
    document.body().map(|b| b.append_child(&container));
    leptos::mount::mount_to(container.clone(), view).forget();
    container
}

/// What localStorage holds now, read as the app's start reads it, and the way to read it
/// without the reading code's chunk (this test's Wasm is not split).
#[allow(dead_code)]
pub fn stored_now() -> (
    ggi_journey::state::Stored,
    &'static ggi_journey::state::reading::Reader,
) {
    let here = &ggi_journey::state::reading::HERE;
    (
        Ok(ggi_core::persist::load(&ggi_journey::storage::LocalStore)),
        here,
    )
}

/// The store over what localStorage holds now (see `stored_now`).
#[allow(dead_code)]
pub fn boot() -> ggi_journey::state::AppState {
    let (stored, reader) = stored_now();
    ggi_journey::state::AppState::boot(stored, reader)
}
