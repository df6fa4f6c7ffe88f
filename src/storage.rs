//! The localStorage adapter behind core's [`Storage`] trait. Kept thin: the logic of loading,
//! saving, revisions and migrations is in `ggi_core::persist`. Beside it, what keeps the data
//! from disappearing unnoticed: the marker in a second storage ([`marker`]) and the browser's
//! storage manager ([`manager`]).

pub mod manager;
pub mod marker;

use ggi_core::persist::{Storage, StorageError};
use gloo_storage::{LocalStorage, Storage as _};
use wasm_bindgen::JsCast;

/// localStorage of this origin. Every access is fallible: storage may be disabled, full, or
/// throw in private windows.
#[derive(Clone, Copy, Debug, Default)]
pub struct LocalStore;

// gloo's handle throws when storage is disabled, so probe for it first.
fn raw() -> Result<web_sys::Storage, StorageError> {
    let available = web_sys::window()
        .and_then(|w| w.local_storage().ok())
        .flatten()
        .is_some();
    if available {
        Ok(LocalStorage::raw())
    } else {
        Err(StorageError::Unavailable)
    }
}

fn from_js(err: wasm_bindgen::JsValue) -> StorageError {
    match err.dyn_into::<web_sys::DomException>() {
        Ok(e) if e.name() == "QuotaExceededError" => StorageError::QuotaExceeded,
        Ok(e) if e.name() == "SecurityError" => StorageError::Unavailable,
        Ok(e) => StorageError::Other(e.message()),
        Err(other) => StorageError::Other(format!("{other:?}")),
    }
}

impl Storage for LocalStore {
    fn read(&self, key: &str) -> Result<Option<String>, StorageError> {
        raw()?.get_item(key).map_err(from_js)
    }

    fn write(&mut self, key: &str, value: &str) -> Result<(), StorageError> {
        raw()?.set_item(key, value).map_err(from_js)
    }
}
