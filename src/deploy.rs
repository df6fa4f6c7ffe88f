//! What the deployment adds to the app at run time: the optional `config.json` and
//! `catalogue.json` beside `index.html` (read by `ggi_core::config`), and the service worker
//! that makes the app work offline (`public/sw.js`).

use crate::state::AppState;
use ggi_core::catalogue::Catalogue;
use ggi_core::config::{self, CATALOGUE_FILE, CONFIG_FILE};
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Set by `public/sw.js` on a deployment file it answered from its saved copy: why.
const CACHED_HEADER: &str = "x-ggi-journey-cached";
/// Set by `public/sw.js` on the copies it saves: when (ISO 8601).
const SAVED_HEADER: &str = "x-ggi-journey-saved";

/// Why the service worker answered a deployment file from the copy saved in this browser
/// instead of the server's answer. Being offline is not listed: that is what the copy is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SavedCopyReason {
    /// The server answered with this error status (a 5xx, or a refusal such as 401/403).
    ServerError(u16),
    /// The server answered with a web page (a login page, a host's fallback) and status 200.
    NotJson,
}

impl SavedCopyReason {
    /// Reads the service worker's header; `None` for "offline" or anything unknown.
    fn parse(header: &str) -> Option<SavedCopyReason> {
        match header.split_once(' ') {
            Some(("status", code)) => code.parse().ok().map(SavedCopyReason::ServerError),
            _ if header == "not-json" => Some(SavedCopyReason::NotJson),
            _ => None,
        }
    }
}

/// A deployment file the app uses from an earlier visit because the server had no usable
/// answer; the deploy notice says so.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SavedCopy {
    pub file: &'static str,
    pub reason: SavedCopyReason,
    /// When the copy was saved (ISO 8601), if the worker said.
    pub saved_at: Option<String>,
}

/// The deployment files used from saved copies on this start, for the deploy notice.
#[derive(Clone, Copy)]
pub struct SavedCopies(pub RwSignal<Vec<SavedCopy>>);

/// Looks up the optional deployment files on the app's own origin and applies what they say.
/// The app starts at once with its built-in defaults; the files, a few milliseconds later,
/// replace them. Absent files change nothing and show nothing.
pub fn load(state: AppState) {
    let saved = SavedCopies(RwSignal::new(Vec::new()));
    provide_context(saved);
    // Both requests start before either is awaited.
    let config = start_fetch(CONFIG_FILE);
    let catalogue = start_fetch(CATALOGUE_FILE);
    let owner = Owner::current().unwrap_or_default();
    wasm_bindgen_futures::spawn_local(async move {
        let config = fetched(CONFIG_FILE, config).await;
        let catalogue = fetched(CATALOGUE_FILE, catalogue).await;
        let deployment = if config::present(config.body.as_deref()).is_none()
            && config::present(catalogue.body.as_deref()).is_none()
        {
            // Most deployments have neither file: nothing to read, no chunk to fetch.
            defaults()
        } else {
            let embedded = state.catalogue.get_untracked();
            // The chunk is fetched on the first visit that finds the files, and kept offline;
            // should it still be missing, the defaults apply, as without the files.
            read_deployment(config.body.clone(), catalogue.body.clone(), embedded)
                .await
                .unwrap_or_else(|_| defaults())
        };
        state.apply_deployment(deployment);
        saved
            .0
            .set(config.saved.into_iter().chain(catalogue.saved).collect());
        crate::state::sync::begin(state, owner).await;
    });
}

/// The deployment as without its files.
fn defaults() -> config::Deployment {
    config::Deployment {
        config: config::DeployConfig::default(),
        catalogue: None,
        problems: Vec::new(),
    }
}

/// The deployment files' reading and checking (the deployment's catalogue included) is a Wasm
/// chunk of its own (README: Size): a host without them never downloads it.
#[leptos::wasm_split::wasm_split(deployment, wasm_split_path = ::leptos::wasm_split, fallible)]
fn read_deployment(
    config: Option<String>,
    catalogue: Option<String>,
    embedded: Catalogue,
) -> Result<config::Deployment, leptos::wasm_split::SplitLoaderError> {
    Ok(config::resolve(
        config.as_deref(),
        catalogue.as_deref(),
        &embedded,
    ))
}

/// Fetches a file beside `index.html`, revalidated with the server.
pub fn start_fetch(file: &str) -> Option<js_sys::Promise> {
    let init = web_sys::RequestInit::new();
    // Revalidate with the server: a changed file is used on the next start, not days later.
    init.set_cache(web_sys::RequestCache::NoCache);
    // Relative: resolved against the page, so it is the file beside index.html at any sub-path.
    Some(web_sys::window()?.fetch_with_str_and_init(file, &init))
}

/// One deployment file as looked up.
#[derive(Default)]
struct Fetched {
    /// The file's text, or `None` for a missing file, a server error or no network.
    body: Option<String>,
    /// Set when the text is a copy saved on an earlier visit, used instead of a bad answer.
    saved: Option<SavedCopy>,
}

async fn fetched(file: &'static str, request: Option<js_sys::Promise>) -> Fetched {
    let Some(request) = request else {
        return Fetched::default();
    };
    let Some(response) = JsFuture::from(request)
        .await
        .ok()
        .and_then(|r| r.dyn_into::<web_sys::Response>().ok())
    else {
        return Fetched::default();
    };
    if !response.ok() {
        return Fetched::default();
    }
    let header = |name: &str| response.headers().get(name).ok().flatten();
    let saved = header(CACHED_HEADER)
        .as_deref()
        .and_then(SavedCopyReason::parse)
        .map(|reason| SavedCopy {
            file,
            reason,
            saved_at: header(SAVED_HEADER),
        });
    let body = match response.text() {
        Ok(text) => JsFuture::from(text).await.ok().and_then(|t| t.as_string()),
        Err(_) => None,
    };
    Fetched { body, saved }
}

/// How long after the start the service worker is registered (src/lib.rs `mount`).
pub const WORKER_AFTER_MS: u64 = 2_000;

/// Registers `sw.js` beside `index.html`, scoped to the app's own folder, so the same `dist/`
/// works offline at the root or under any sub-path. Release builds only: in development a
/// cache-first worker would serve stale builds. Browsers without service workers (or pages
/// outside a secure context, such as plain-http intranets) simply run online.
pub fn register_service_worker() {
    if cfg!(debug_assertions) {
        return;
    }
    let Some(container) = service_worker() else {
        return;
    };
    // A first visit downloads only the pages it shows. A visit that starts under a worker is
    // not the first: now every page is kept offline (public/sw.js `keep`).
    match container.controller() {
        Some(worker) => {
            let _ = worker.post_message(&JsValue::from_str("keep-pages"));
        }
        None => keep_loaded_on_takeover(&container),
    }
    let options = web_sys::RegistrationOptions::new();
    options.set_scope("./");
    let registration = container.register_with_options("sw.js", &options);
    wasm_bindgen_futures::spawn_local(async move {
        // A refused registration only means no offline copy; the app itself is unaffected.
        let _ = wasm_bindgen_futures::JsFuture::from(registration).await;
    });
}

/// Whether the server now has another release than the one this tab runs: its page, fetched
/// revalidated (the worker leaves the page's own fetch of `./` to the network), names another
/// build in its `<meta name="ggi-journey-build" content="…">` (scripts/post-build.mjs). Asked
/// when a page's code could not be fetched: a tab open across an update asks for files the
/// server no longer has. `false` offline, and when the answer is not the app's page (a login
/// page).
pub async fn newer_release() -> bool {
    let running = page_meta("meta[name=ggi-journey-build]");
    let page = fetched("./", start_fetch("./"))
        .await
        .body
        .unwrap_or_default();
    // Found by hand: `str::contains` would bring its searcher into a first visit's code.
    const MARK: &[u8] = b"ggi-journey-build\" content=\"";
    let page = page.as_bytes();
    let build = page
        .windows(MARK.len())
        .position(|window| window == MARK)
        .map(|at| &page[at + MARK.len()..])
        .and_then(|rest| Some(&rest[..rest.iter().position(|&byte| byte == b'"')?]));
    matches!((running, build), (Some(running), Some(build)) if running.as_bytes() != build)
}

/// The content of the page's `<meta>` that `selector` picks (scripts/post-build.mjs writes them).
pub fn page_meta(selector: &str) -> Option<String> {
    document()
        .query_selector(selector)
        .ok()
        .flatten()?
        .get_attribute("content")
}

/// Reloads this tab into the release on the server, the user's changes saved first. This
/// release's worker is asked to have the server's take over at once (public/sw.js
/// `take-over`: it would otherwise wait until every tab of this release is closed, and a reload
/// under this release's worker gets this release again); the tab reloads when it has, or after
/// half a minute.
pub fn reload_into_new_release(state: AppState) {
    if state
        .persistence
        .with_untracked(|p| matches!(p, crate::state::Persistence::Pending))
    {
        state.save_now();
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let worker = service_worker().and_then(|container| Some((container.controller()?, container)));
    let reload = js_sys::Reflect::get(&location, &JsValue::from_str("reload"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    match (worker, reload) {
        (Some((worker, container)), Some(reload)) => {
            let reload = reload.bind0(&location);
            let _ = container.add_event_listener_with_callback("controllerchange", &reload);
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&reload, 30_000);
            let _ = worker.post_message(&JsValue::from_str("take-over"));
        }
        _ => {
            let _ = location.reload();
        }
    }
}

/// When the new worker takes over a first visit, it is told which files the page fetched before
/// (page chunks, a translation), which went past it to the network, so it keeps them offline.
/// A file still on its way at that moment went past it too: the observer reports every file,
/// those already fetched and those still to come.
fn keep_loaded_on_takeover(container: &web_sys::ServiceWorkerContainer) {
    let observing = std::cell::Cell::new(false);
    let on_takeover = Closure::<dyn Fn()>::new(move || {
        if observing.replace(true) {
            return;
        }
        let report = Closure::<dyn Fn(web_sys::PerformanceObserverEntryList)>::new(
            |list: web_sys::PerformanceObserverEntryList| {
                let Some(worker) = service_worker().and_then(|c| c.controller()) else {
                    return;
                };
                let loaded: js_sys::Array = list
                    .get_entries()
                    .iter()
                    .filter_map(|entry| {
                        js_sys::Reflect::get(&entry, &JsValue::from_str("name")).ok()
                    })
                    .collect();
                let message = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&message, &JsValue::from_str("keep"), &loaded);
                let _ = worker.post_message(&message);
            },
        );
        let Ok(observer) = web_sys::PerformanceObserver::new(report.as_ref().unchecked_ref())
        else {
            return;
        };
        // `buffered` with `type` (not `entryTypes`) also delivers the entries already there.
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(
            &options,
            &JsValue::from_str("type"),
            &JsValue::from_str("resource"),
        );
        let _ = js_sys::Reflect::set(&options, &JsValue::from_str("buffered"), &JsValue::TRUE);
        observer.observe(options.unchecked_ref());
        // Lives as long as the page.
        report.forget();
    });
    let _ = container
        .add_event_listener_with_callback("controllerchange", on_takeover.as_ref().unchecked_ref());
    on_takeover.forget();
}

/// The page's service worker container, in release builds of browsers that have one.
pub fn service_worker() -> Option<web_sys::ServiceWorkerContainer> {
    if cfg!(debug_assertions) {
        return None;
    }
    // `navigator.serviceWorker` is undefined outside secure contexts: calling into it would throw.
    let navigator = web_sys::window()?.navigator();
    let present = js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker"))
        .is_ok_and(|v| !v.is_undefined() && !v.is_null());
    if !present {
        return None;
    }
    navigator.service_worker().dyn_into().ok()
}
