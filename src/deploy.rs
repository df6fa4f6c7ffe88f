//! What the deployment adds to the app at run time: the optional `config.json` and
//! `catalogue.json` beside `index.html` (read by `ggi_core::config`), and the service worker
//! that makes the app work offline (`public/sw.js`).

use crate::state::AppState;
use ggi_core::config::{self, CATALOGUE_FILE, CONFIG_FILE};
use leptos::prelude::GetUntracked;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Looks up the optional deployment files on the app's own origin and applies what they say.
/// The app starts at once with its built-in defaults; the files, a few milliseconds later,
/// replace them. Absent files change nothing and show nothing.
pub fn load(state: AppState) {
    // Both requests start before either is awaited.
    let config = start_fetch(CONFIG_FILE);
    let catalogue = start_fetch(CATALOGUE_FILE);
    wasm_bindgen_futures::spawn_local(async move {
        let config = body(config).await;
        let catalogue = body(catalogue).await;
        let embedded = state.catalogue.get_untracked();
        let deployment = config::resolve(config.as_deref(), catalogue.as_deref(), &embedded);
        state.apply_deployment(deployment);
    });
}

fn start_fetch(file: &str) -> Option<js_sys::Promise> {
    let init = web_sys::RequestInit::new();
    // Revalidate with the server: a changed file is used on the next start, not days later.
    init.set_cache(web_sys::RequestCache::NoCache);
    // Relative: resolved against the page, so it is the file beside index.html at any sub-path.
    Some(web_sys::window()?.fetch_with_str_and_init(file, &init))
}

/// The file's text, or `None` for a missing file, a server error or no network.
async fn body(request: Option<js_sys::Promise>) -> Option<String> {
    let response: web_sys::Response = JsFuture::from(request?).await.ok()?.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// Registers `sw.js` beside `index.html`, scoped to the app's own folder, so the same `dist/`
/// works offline at the root or under any sub-path. Release builds only: in development a
/// cache-first worker would serve stale builds. Browsers without service workers (or pages
/// outside a secure context, such as plain-http intranets) simply run online.
pub fn register_service_worker() {
    if cfg!(debug_assertions) {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    // `navigator.serviceWorker` is undefined outside secure contexts: calling into it would throw.
    let navigator = window.navigator();
    let present = js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker"))
        .is_ok_and(|v| !v.is_undefined() && !v.is_null());
    if !present {
        return;
    }
    let Ok(container) = navigator
        .service_worker()
        .dyn_into::<web_sys::ServiceWorkerContainer>()
    else {
        return;
    };
    let options = web_sys::RegistrationOptions::new();
    options.set_scope("./");
    let registration = container.register_with_options("sw.js", &options);
    wasm_bindgen_futures::spawn_local(async move {
        // A refused registration only means no offline copy; the app itself is unaffected.
        let _ = wasm_bindgen_futures::JsFuture::from(registration).await;
    });
}
