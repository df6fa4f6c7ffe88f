//! The WebDAV folder as the engine sees it: list, read with version, write if unchanged,
//! create if absent. One `fetch` each; the browser's own login to the server applies (the
//! app stores no credential). Another remote (a Git forge's contents API) fits the same four.

use ggi_core::sync::Event;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The server's answer: its status, `ETag` and body.
pub struct Answer {
    pub status: u16,
    pub etag: Option<String>,
    pub text: String,
    /// A team folder's failure, told as itself rather than as a status (`status` is then 0).
    pub failed: Option<Event>,
}

impl Answer {
    /// The machine's event for an answer that is not a success.
    pub fn refusal(self) -> Event {
        self.failed.unwrap_or_else(|| Event::status(self.status))
    }
}

/// The request did not reach the server (offline, server down, refused by the browser).
pub struct Unreached;

const LISTING: &str = r#"<?xml version="1.0" encoding="utf-8"?><propfind xmlns="DAV:"><prop><resourcetype/></prop></propfind>"#;

/// PROPFIND depth 1: the folder's entries.
pub async fn list(folder: &str) -> Result<Answer, Unreached> {
    let headers = [
        ("Depth", "1"),
        ("Content-Type", "application/xml; charset=utf-8"),
    ];
    request("PROPFIND", folder, &headers, Some(LISTING)).await
}

/// GET, conditional when `if_none_match` is given (304 when unchanged).
pub async fn read(url: &str, if_none_match: Option<&str>) -> Result<Answer, Unreached> {
    match if_none_match {
        Some(tag) => request("GET", url, &[("If-None-Match", tag)], None).await,
        None => request("GET", url, &[], None).await,
    }
}

/// PUT with `If-Match: tag` (412 when someone else wrote since).
pub async fn write(url: &str, body: &str, tag: &str) -> Result<Answer, Unreached> {
    let headers = [("If-Match", tag), ("Content-Type", "application/json")];
    request("PUT", url, &headers, Some(body)).await
}

/// PUT with `If-None-Match: *` (412 when the file exists).
pub async fn create(url: &str, body: &str) -> Result<Answer, Unreached> {
    let headers = [("If-None-Match", "*"), ("Content-Type", "application/json")];
    request("PUT", url, &headers, Some(body)).await
}

async fn request(
    method: &str,
    url: &str,
    headers: &[(&str, &str)],
    body: Option<&str>,
) -> Result<Answer, Unreached> {
    let init = web_sys::RequestInit::new();
    init.set_method(method);
    // The conditions are ours: the HTTP cache must neither answer nor add its own.
    init.set_cache(web_sys::RequestCache::NoStore);
    let sent = web_sys::Headers::new().map_err(|_| Unreached)?;
    for (name, value) in headers {
        sent.set(name, value).map_err(|_| Unreached)?;
    }
    init.set_headers(&sent);
    if let Some(body) = body {
        init.set_body(&JsValue::from_str(body));
    }
    let window = web_sys::window().ok_or(Unreached)?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(|_| Unreached)?
        .dyn_into()
        .map_err(|_| Unreached)?;
    let etag = response.headers().get("ETag").ok().flatten();
    let text = match response.text() {
        Ok(promise) => JsFuture::from(promise)
            .await
            .ok()
            .and_then(|t| t.as_string())
            .unwrap_or_default(),
        Err(_) => String::new(),
    };
    Ok(Answer {
        status: response.status(),
        etag,
        text,
        failed: None,
    })
}
