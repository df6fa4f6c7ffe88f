//! What the deployment adds to the app at run time: the service worker that makes it work
//! offline (`public/sw.js`).

use wasm_bindgen::{JsCast, JsValue};

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
