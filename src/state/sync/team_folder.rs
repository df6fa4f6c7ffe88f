//! The shared-file engine: a folder on this computer that OneDrive, SharePoint, Nextcloud or an
//! SMB share already keeps in step with the team, opened through the File System Access API
//! (Chromium-based browsers). It answers in the terms of the WebDAV adapter (webdav.rs), HTTP's
//! statuses, which the state machine already understands, so one engine drives both; a failure
//! of the computer's own (a file held by another program, a full disk) is passed on as what it
//! is (`Answer::failed`), not as a server's error.
//!
//! A file's version is its modification time and size. Write-if-unchanged reads that version
//! again just before writing and refuses (412) when it moved. What it cannot guard against: a
//! write (another tab, the file sync bringing a colleague's file) landing between that check and
//! ours is replaced by ours, as file systems have no compare-and-swap; so is ours when the file
//! sync later brings a colleague's copy made from the version before. Neither change is lost:
//! the browser whose write was replaced still holds it, and its next poll merges the file it
//! finds from the base before that write (`Record::before_write` in core), keeping its values
//! and listing the other's for review, then writes both back.
//!
//! The API is reached through `Reflect` rather than web-sys's bindings: each binding is a
//! function in the JS glue that every first visit downloads, and these serve only the few who
//! sync through a team folder.

use super::webdav::{Answer, Unreached};
use crate::storage::marker;
use ggi_core::sync::Event;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Where the handle is kept between visits (IndexedDB: a handle is not text).
const HANDLE_KEY: &str = "team-folder";

/// A folder the user picked, with the browser's handle on it.
#[derive(Clone)]
pub struct TeamFolder {
    /// A `FileSystemDirectoryHandle`.
    handle: JsValue,
}

/// Whether the browser may read and write the folder now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Permission {
    Granted,
    /// To be asked again, with a click (at each new visit).
    Ask,
    Denied,
}

/// Whether this browser can open a folder of the computer (not Firefox, not Safari).
pub fn available() -> bool {
    web_sys::window().is_some_and(|w| get(&w, "showDirectoryPicker").is_function())
}

impl TeamFolder {
    /// The browser's folder picker. `Ok(None)` when the user closed it without a folder.
    pub async fn pick() -> Result<Option<TeamFolder>, Unreached> {
        let window: JsValue = web_sys::window().ok_or(Unreached)?.into();
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"mode".into(), &"readwrite".into());
        let _ = js_sys::Reflect::set(&options, &"id".into(), &"ggi-team-folder".into());
        match settle(call(&window, "showDirectoryPicker", &[options.into()])).await {
            Ok(handle) if handle.is_object() => Ok(Some(TeamFolder { handle })),
            Ok(_) => Ok(None),
            Err(e) if error_name(&e) == "AbortError" => Ok(None),
            Err(_) => Err(Unreached),
        }
    }

    /// The folder picked at an earlier visit, if its handle was kept.
    pub async fn kept() -> Option<TeamFolder> {
        let handle = marker::read_value(HANDLE_KEY).await.ok()?;
        handle.is_object().then_some(TeamFolder { handle })
    }

    /// Keeps the handle for the next visits.
    pub async fn keep(&self) -> Result<(), marker::MarkerError> {
        marker::write_value(HANDLE_KEY, &self.handle).await
    }

    /// The folder's name, as its owner sees it.
    pub fn name(&self) -> String {
        get(&self.handle, "name").as_string().unwrap_or_default()
    }

    /// The permission to read and write; with `ask`, the browser asks the user (only within a
    /// click). A browser that cannot say is taken at its word when a file is used.
    pub async fn permission(&self, ask: bool) -> Permission {
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"mode".into(), &"readwrite".into());
        let name = if ask {
            "requestPermission"
        } else {
            "queryPermission"
        };
        if !get(&self.handle, name).is_function() {
            return Permission::Granted;
        }
        let answer = settle(call(&self.handle, name, &[options.into()])).await;
        match answer.ok().and_then(|s| s.as_string()).as_deref() {
            Some("granted") => Permission::Granted,
            Some("denied") => Permission::Denied,
            _ => Permission::Ask,
        }
    }

    /// The names of the folder's files (`None`: the folder cannot be read).
    pub async fn list(&self) -> Option<Vec<String>> {
        let entries = call(&self.handle, "keys", &[]).ok()?;
        let mut names = Vec::new();
        loop {
            let next = settle(call(&entries, "next", &[])).await.ok()?;
            if get(&next, "done").is_truthy() {
                return Some(names);
            }
            if let Some(name) = get(&next, "value").as_string() {
                names.push(name);
            }
        }
    }

    /// Reads `name`: 304 when its version is `if_none_match`, 404 when absent.
    pub async fn read(&self, name: &str, if_none_match: Option<&str>) -> Result<Answer, Unreached> {
        let outcome = async {
            let file = self.file(name, false).await?;
            let (blob, version) = contents(&file).await?;
            if if_none_match == Some(version.as_str()) {
                return Ok(answer(304, Some(version), String::new()));
            }
            let text = settle(call(&blob, "text", &[]))
                .await
                .map_err(|e| failure(&e))?;
            Ok(answer(
                200,
                Some(version),
                text.as_string().unwrap_or_default(),
            ))
        };
        Ok(outcome.await.unwrap_or_else(refused))
    }

    /// Writes `name` if its version is still `tag` (412 otherwise; see the module's note).
    pub async fn write(&self, name: &str, body: &str, tag: &str) -> Result<Answer, Unreached> {
        let outcome = async {
            // Gone since it was read: someone else's doing, read again.
            let file = (self.file(name, false).await).map_err(|e| match e {
                Event::NotFound => Event::WriteConflict,
                other => other,
            })?;
            let (_, version) = contents(&file).await?;
            if version != tag {
                return Err(Event::WriteConflict);
            }
            let version = put(&file, body).await?;
            Ok(answer(204, Some(version), String::new()))
        };
        Ok(outcome.await.unwrap_or_else(refused))
    }

    /// Creates `name` with `body` unless it exists (412 then).
    pub async fn create(&self, name: &str, body: &str) -> Result<Answer, Unreached> {
        let outcome = async {
            match self.file(name, false).await {
                Ok(_) => return Err(Event::WriteConflict),
                Err(Event::NotFound) => {}
                Err(other) => return Err(other),
            }
            let file = self.file(name, true).await?;
            let version = put(&file, body).await?;
            Ok(answer(201, Some(version), String::new()))
        };
        Ok(outcome.await.unwrap_or_else(refused))
    }

    /// The handle of the file `name` (a `FileSystemFileHandle`).
    async fn file(&self, name: &str, create: bool) -> Result<JsValue, Event> {
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"create".into(), &create.into());
        let found = call(
            &self.handle,
            "getFileHandle",
            &[name.into(), options.into()],
        );
        settle(found).await.map_err(|e| failure(&e))
    }
}

/// The file's content (a `File`, not yet read) and its version, `"<modified>-<size>"`.
async fn contents(file: &JsValue) -> Result<(JsValue, String), Event> {
    let blob = settle(call(file, "getFile", &[]))
        .await
        .map_err(|e| failure(&e))?;
    let number = |name| get(&blob, name).as_f64().unwrap_or(-1.0);
    let version = format!("\"{}-{}\"", number("lastModified"), number("size"));
    Ok((blob, version))
}

/// Replaces the file's content (the browser swaps it in whole when closed) and returns its
/// new version.
async fn put(file: &JsValue, body: &str) -> Result<String, Event> {
    let stream = settle(call(file, "createWritable", &[]))
        .await
        .map_err(|e| failure(&e))?;
    if let Err(e) = settle(call(&stream, "write", &[body.into()])).await {
        let _ = call(&stream, "abort", &[]);
        return Err(failure(&e));
    }
    settle(call(&stream, "close", &[]))
        .await
        .map_err(|e| failure(&e))?;
    contents(file).await.map(|(_, version)| version)
}

fn answer(status: u16, version: Option<String>, text: String) -> Answer {
    Answer {
        status,
        etag: version,
        text,
        failed: None,
    }
}

/// The answer for a failure: what the machine is told instead of a status.
fn refused(event: Event) -> Answer {
    Answer {
        status: 0,
        etag: None,
        text: String::new(),
        failed: Some(event),
    }
}

/// What the machine is told of a file system error (core names each `DOMException`).
fn failure(error: &JsValue) -> Event {
    Event::file_system(&error_name(error))
}

fn error_name(error: &JsValue) -> String {
    error
        .dyn_ref::<web_sys::DomException>()
        .map(|e| e.name())
        .unwrap_or_default()
}

/// `target[name]`, `undefined` when absent.
fn get(target: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(target, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// Calls `target[name](...arguments)`; an error when there is no such method or it throws.
fn call(target: &JsValue, name: &str, arguments: &[JsValue]) -> Result<JsValue, JsValue> {
    let function: js_sys::Function = get(target, name).dyn_into()?;
    let arguments: js_sys::Array = arguments.iter().collect();
    function.apply(target, &arguments)
}

/// The value of a promise (or of any value), or why it was refused.
async fn settle(value: Result<JsValue, JsValue>) -> Result<JsValue, JsValue> {
    JsFuture::from(js_sys::Promise::resolve(&value?)).await
}
