//! The marker's second storage: one small value in IndexedDB (`ggi-journey` → `marker` →
//! `state`), written after each save, read at start when localStorage is empty (see
//! `ggi_core::durability::Marker`). IndexedDB rather than the service worker's caches: it exists
//! outside secure contexts too, and no worker cleans it up with its old caches.

use ggi_core::durability::Marker;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbOpenDbRequest, IdbRequest, IdbTransactionMode};

const DATABASE: &str = "ggi-journey";
const STORE: &str = "marker";
const KEY: &str = "state";
/// A request that has not ended by then counts as failed: at start, a first visit waits for the
/// marker before it offers the guided start.
const GIVE_UP_MS: i32 = 2_000;

/// Why the marker could not be read or written. Never shown as an error: the marker only adds a
/// warning when it is there, so without it the app behaves as it did before it existed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MarkerError {
    /// No IndexedDB here (disabled, or a browser without it).
    Unavailable,
    /// The browser refused or did not answer.
    Refused(String),
}

impl std::fmt::Display for MarkerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MarkerError::Unavailable => {
                f.write_str("This browser offers no second storage (IndexedDB) to the app.")
            }
            MarkerError::Refused(why) => {
                write!(f, "The browser's second storage (IndexedDB) refused: {why}")
            }
        }
    }
}

fn refused(error: JsValue) -> MarkerError {
    let why = error
        .dyn_ref::<web_sys::DomException>()
        .map(|e| e.message())
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "no answer".to_string());
    MarkerError::Refused(why)
}

/// The request's result once it has succeeded.
async fn done(request: &IdbRequest) -> Result<JsValue, MarkerError> {
    let answer = js_sys::Promise::new(&mut |resolve, reject| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
    });
    let give_up = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ =
                window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, GIVE_UP_MS);
        }
    });
    JsFuture::from(js_sys::Promise::race(&js_sys::Array::of2(
        &answer, &give_up,
    )))
    .await
    .map_err(refused)?;
    // Still pending after the wait: `result` throws, which is the answer.
    request.result().map_err(refused)
}

/// Whether the marker's database exists, without creating it (`indexedDB.databases()`): at a
/// first visit, the durability code is fetched only when it does. A browser that cannot say
/// (Firefox before 126) answers yes, and the code looks.
pub async fn database_exists() -> bool {
    let Some(factory) = web_sys::window().and_then(|w| w.indexed_db().ok().flatten()) else {
        return false;
    };
    let list = js_sys::Reflect::get(&factory, &JsValue::from_str("databases"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let Some(list) = list else {
        return true;
    };
    let Ok(promise) = list.call0(&factory) else {
        return false;
    };
    let Ok(found) = JsFuture::from(js_sys::Promise::from(promise)).await else {
        return false;
    };
    js_sys::Array::from(&found).iter().any(|db| {
        js_sys::Reflect::get(&db, &JsValue::from_str("name"))
            .ok()
            .and_then(|n| n.as_string())
            .is_some_and(|n| n == DATABASE)
    })
}

async fn open() -> Result<IdbDatabase, MarkerError> {
    let factory = web_sys::window()
        .and_then(|w| w.indexed_db().ok().flatten())
        .ok_or(MarkerError::Unavailable)?;
    let request = factory.open_with_u32(DATABASE, 1).map_err(refused)?;
    // The first open creates the store (runs once per browser).
    let create = wasm_bindgen::closure::Closure::once_into_js(|event: web_sys::Event| {
        let database = event
            .target()
            .and_then(|t| t.dyn_into::<IdbOpenDbRequest>().ok())
            .and_then(|r| r.result().ok())
            .and_then(|d| d.dyn_into::<IdbDatabase>().ok());
        if let Some(database) = database {
            let _ = database.create_object_store(STORE);
        }
    });
    request.set_onupgradeneeded(Some(create.unchecked_ref()));
    done(&request).await?.dyn_into().map_err(refused)
}

async fn on_store<T>(
    mode: IdbTransactionMode,
    act: impl FnOnce(&web_sys::IdbObjectStore) -> Result<IdbRequest, JsValue>,
    then: impl FnOnce(JsValue) -> T,
) -> Result<T, MarkerError> {
    let database = open().await?;
    let outcome = async {
        let store = database
            .transaction_with_str_and_mode(STORE, mode)
            .and_then(|t| t.object_store(STORE))
            .map_err(refused)?;
        let request = act(&store).map_err(refused)?;
        done(&request).await.map(then)
    }
    .await;
    // Closes once the transaction is over.
    database.close();
    outcome
}

/// The marker stored in this browser, if any.
pub async fn read() -> Result<Option<Marker>, MarkerError> {
    on_store(
        IdbTransactionMode::Readonly,
        |store| store.get(&JsValue::from_str(KEY)),
        |value| value.as_string().and_then(|text| Marker::from_json(&text)),
    )
    .await
}

/// Stores `marker` in place of the previous one.
pub async fn write(marker: &Marker) -> Result<(), MarkerError> {
    let text = JsValue::from_str(&marker.to_json());
    on_store(
        IdbTransactionMode::Readwrite,
        |store| store.put_with_key(&text, &JsValue::from_str(KEY)),
        |_| (),
    )
    .await
}

/// Another value kept beside the marker, under `key` (the team folder's handle, which is not
/// text and so cannot go to localStorage).
pub async fn read_value(key: &str) -> Result<JsValue, MarkerError> {
    on_store(
        IdbTransactionMode::Readonly,
        |store| store.get(&JsValue::from_str(key)),
        |value| value,
    )
    .await
}

/// Stores `value` under `key`, in place of the previous one.
pub async fn write_value(key: &str, value: &JsValue) -> Result<(), MarkerError> {
    on_store(
        IdbTransactionMode::Readwrite,
        |store| store.put_with_key(value, &JsValue::from_str(key)),
        |_| (),
    )
    .await
}
