//! Small, fallible wrappers over browser APIs the views need (clock, downloads, languages).

use wasm_bindgen::JsCast;

/// The current time as an ISO 8601 timestamp (UTC).
pub fn now() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// A random token for new ids (16 hex digits from the browser's crypto source), so items made
/// in two browsers never share an id. Falls back to `Math.random` where crypto is missing.
pub fn token() -> String {
    let mut bytes = [0u8; 8];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .is_some_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        for b in &mut bytes {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// `hh:mm` in the browser's time zone, from an ISO 8601 time (the time itself when unreadable).
pub fn clock(iso: &str) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(iso));
    if date.get_time().is_nan() {
        return iso.to_string();
    }
    format!("{:02}:{:02}", date.get_hours(), date.get_minutes())
}

/// Today's date as `YYYY-MM-DD` (UTC).
pub fn today() -> String {
    now().chars().take(10).collect()
}

/// The browser's preferred languages, most preferred first.
pub fn preferred_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let navigator = window.navigator();
    let list: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if list.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        list
    }
}

/// Offers `contents` as a file download. Returns false when the browser refused.
pub fn download(filename: &str, mime: &str, contents: &str) -> bool {
    let attempt = || -> Option<()> {
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(contents));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let document = web_sys::window()?.document()?;
        let anchor: web_sys::HtmlAnchorElement =
            document.create_element("a").ok()?.dyn_into().ok()?;
        anchor.set_href(&url);
        anchor.set_download(filename);
        anchor.click();
        revoke_later(url);
        Some(())
    };
    attempt().is_some()
}

/// How long a download's object URL stays valid. Revoking it at once, right after the click,
/// makes some browsers cancel the download they have only just started.
pub const REVOKE_AFTER_MS: i32 = 60_000;

/// Frees the file's memory once the browser has surely fetched it. Should the timer not start,
/// the URL lives as long as the page: a small leak, never a lost download.
fn revoke_later(url: String) {
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            revoke.unchecked_ref(),
            REVOKE_AFTER_MS,
        );
    }
}

/// Resolves in a later task of the event loop: what a change made now sets off has run by
/// then (Leptos runs effects in the current task's microtasks).
pub async fn next_task() {
    let later = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(later).await;
}
