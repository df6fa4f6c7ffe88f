//! What the browser may do with the site's data: persistent storage (`navigator.storage`) and
//! the WebKit rule, read from the browser and judged by `ggi_core::durability`.

use ggi_core::durability::{webkit_may_erase, StorageMode};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

// `navigator.storage` is undefined outside secure contexts (and in old browsers): calling into
// it would throw.
fn manager() -> Option<web_sys::StorageManager> {
    let navigator = web_sys::window()?.navigator();
    let storage = js_sys::Reflect::get(&navigator, &JsValue::from_str("storage")).ok()?;
    if storage.is_undefined() || storage.is_null() {
        return None;
    }
    Some(storage.unchecked_into())
}

async fn ask(
    call: fn(&web_sys::StorageManager) -> Result<js_sys::Promise, JsValue>,
) -> StorageMode {
    let Some(promise) = manager().and_then(|m| call(&m).ok()) else {
        return StorageMode::Unknown;
    };
    match JsFuture::from(promise).await.map(|v| v.as_bool()) {
        Ok(Some(true)) => StorageMode::Persistent,
        Ok(Some(false)) => StorageMode::BestEffort,
        _ => StorageMode::Unknown,
    }
}

/// Whether the site's storage is persistent now (`persisted()`; it asks nothing of the user).
pub async fn mode() -> StorageMode {
    ask(web_sys::StorageManager::persisted).await
}

/// Asks for persistent storage (`persist()`): Chromium answers from how much the site is used,
/// Firefox asks the user, Safari answers from whether the app is installed. The mode after.
pub async fn request() -> StorageMode {
    ask(web_sys::StorageManager::persist).await
}

/// The app runs installed (from the Home Screen: `navigator.standalone` on iOS, or the
/// manifest's standalone display mode).
fn installed() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let ios = js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("standalone"))
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    ios || window
        .match_media("(display-mode: standalone)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

/// This browser is WebKit and the app is not installed: it may erase the data after seven days
/// without a visit.
pub fn webkit_may_erase_here() -> bool {
    let agent = web_sys::window()
        .and_then(|w| w.navigator().user_agent().ok())
        .unwrap_or_default();
    webkit_may_erase(&agent, installed())
}
