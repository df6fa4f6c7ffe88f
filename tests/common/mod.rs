//! Shared by the component tests: mounting a view in a real page.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Mounts `view` into a fresh container and returns the container.
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
