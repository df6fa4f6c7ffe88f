//! The shared-file engine: a folder on this computer that OneDrive, SharePoint, Nextcloud or an
//! SMB share already keeps in step with the team, opened through the File System Access API
//! (Chromium-based browsers). It answers in the terms of the WebDAV adapter (webdav.rs), HTTP's
//! statuses, which the state machine already understands, so one engine drives both.
//!
//! A file's version is its modification time and size. Write-if-unchanged reads that version
//! again just before writing and refuses (412) when it moved. What it cannot guard against: a
//! write (another tab, the sync client bringing a colleague's file) landing between that check
//! and ours is replaced by ours, as file systems have no compare-and-swap. Nothing is lost for
//! good: the browser that wrote it still holds its change and the base, so its next poll reads
//! our file as the remote one, merges the three ways and writes both sides back.

use super::webdav::{Answer, Unreached};
use crate::storage::marker;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{FileSystemDirectoryHandle, FileSystemFileHandle, FileSystemGetFileOptions};

/// Where the handle is kept between visits (IndexedDB: a handle is not text).
const HANDLE_KEY: &str = "team-folder";

/// A folder the user picked, with the browser's handle on it.
#[derive(Clone)]
pub struct TeamFolder {
    handle: FileSystemDirectoryHandle,
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
    web_sys::window().is_some_and(|w| {
        js_sys::Reflect::has(&w, &JsValue::from_str("showDirectoryPicker")).unwrap_or(false)
    })
}

impl TeamFolder {
    /// The browser's folder picker. `Ok(None)` when the user closed it without a folder.
    pub async fn pick() -> Result<Option<TeamFolder>, Unreached> {
        let window = web_sys::window().ok_or(Unreached)?;
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"mode".into(), &"readwrite".into());
        let _ = js_sys::Reflect::set(&options, &"id".into(), &"ggi-team-folder".into());
        let picked = method(&window, "showDirectoryPicker", &options)
            .ok_or(Unreached)?
            .await;
        match picked {
            Ok(handle) => Ok(handle.dyn_into().ok().map(|handle| TeamFolder { handle })),
            Err(e) if error_name(&e) == "AbortError" => Ok(None),
            Err(_) => Err(Unreached),
        }
    }

    /// The folder picked at an earlier visit, if its handle was kept.
    pub async fn kept() -> Option<TeamFolder> {
        let value = marker::read_value(HANDLE_KEY).await.ok()?;
        value.dyn_into().ok().map(|handle| TeamFolder { handle })
    }

    /// Keeps the handle for the next visits.
    pub async fn keep(&self) -> Result<(), marker::MarkerError> {
        marker::write_value(HANDLE_KEY, &self.handle).await
    }

    /// The folder's name, as its owner sees it.
    pub fn name(&self) -> String {
        self.handle.name()
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
        let Some(answer) = method(&self.handle, name, &options) else {
            return Permission::Granted;
        };
        match answer.await.ok().and_then(|s| s.as_string()).as_deref() {
            Some("granted") => Permission::Granted,
            Some("denied") => Permission::Denied,
            _ => Permission::Ask,
        }
    }

    /// The names of the folder's files (`None`: the folder cannot be read).
    pub async fn list(&self) -> Option<Vec<String>> {
        let entries = self.handle.keys();
        let mut names = Vec::new();
        loop {
            let next = JsFuture::from(entries.next().ok()?).await.ok()?;
            let done = js_sys::Reflect::get(&next, &"done".into()).ok()?;
            if done.is_truthy() {
                return Some(names);
            }
            if let Some(name) = js_sys::Reflect::get(&next, &"value".into())
                .ok()?
                .as_string()
            {
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
            let text = JsFuture::from(blob.text()).await.map_err(|e| status(&e))?;
            Ok(answer(
                200,
                Some(version),
                text.as_string().unwrap_or_default(),
            ))
        };
        Ok(outcome
            .await
            .unwrap_or_else(|code| answer(code, None, String::new())))
    }

    /// Writes `name` if its version is still `tag` (412 otherwise; see the module's note).
    pub async fn write(&self, name: &str, body: &str, tag: &str) -> Result<Answer, Unreached> {
        let outcome = async {
            let file = self.file(name, false).await.map_err(|_| 412_u16)?;
            let (_, version) = contents(&file).await?;
            if version != tag {
                return Err(412);
            }
            let version = put(&file, body).await?;
            Ok(answer(204, Some(version), String::new()))
        };
        Ok(outcome
            .await
            .unwrap_or_else(|code| answer(code, None, String::new())))
    }

    /// Creates `name` with `body` unless it exists (412 then).
    pub async fn create(&self, name: &str, body: &str) -> Result<Answer, Unreached> {
        let outcome = async {
            match self.file(name, false).await {
                Ok(_) => return Err(412),
                Err(404) => {}
                Err(code) => return Err(code),
            }
            let file = self.file(name, true).await?;
            let version = put(&file, body).await?;
            Ok(answer(201, Some(version), String::new()))
        };
        Ok(outcome
            .await
            .unwrap_or_else(|code| answer(code, None, String::new())))
    }

    async fn file(&self, name: &str, create: bool) -> Result<FileSystemFileHandle, u16> {
        let options = FileSystemGetFileOptions::new();
        options.set_create(create);
        let handle = JsFuture::from(self.handle.get_file_handle_with_options(name, &options))
            .await
            .map_err(|e| status(&e))?;
        handle.dyn_into().map_err(|_| 404)
    }
}

/// The file's content (a blob, not yet read) and its version, `"<modified>-<size>"`.
async fn contents(file: &FileSystemFileHandle) -> Result<(web_sys::File, String), u16> {
    let blob: web_sys::File = JsFuture::from(file.get_file())
        .await
        .map_err(|e| status(&e))?
        .dyn_into()
        .map_err(|_| 500_u16)?;
    let version = format!("\"{}-{}\"", blob.last_modified(), blob.size());
    Ok((blob, version))
}

/// Replaces the file's content (the browser swaps it in whole when closed) and returns its
/// new version.
async fn put(file: &FileSystemFileHandle, body: &str) -> Result<String, u16> {
    let stream: web_sys::FileSystemWritableFileStream = JsFuture::from(file.create_writable())
        .await
        .map_err(|e| status(&e))?
        .dyn_into()
        .map_err(|_| 500_u16)?;
    let written = match stream.write_with_str(body) {
        Ok(promise) => JsFuture::from(promise).await,
        Err(e) => Err(e),
    };
    if let Err(e) = written {
        let _ = stream.abort();
        return Err(status(&e));
    }
    JsFuture::from(stream.close())
        .await
        .map_err(|e| status(&e))?;
    contents(file).await.map(|(_, version)| version)
}

fn answer(status: u16, version: Option<String>, text: String) -> Answer {
    Answer {
        status,
        etag: version,
        text,
    }
}

/// The HTTP status the machine understands for a file system error.
fn status(error: &JsValue) -> u16 {
    match error_name(error).as_str() {
        "NotFoundError" | "TypeMismatchError" => 404,
        "NotAllowedError" | "SecurityError" => 403,
        _ => 500,
    }
}

fn error_name(error: &JsValue) -> String {
    error
        .dyn_ref::<web_sys::DomException>()
        .map(|e| e.name())
        .unwrap_or_default()
}

/// Calls `target[name](argument)` when the browser has that method, as a future.
fn method(target: &JsValue, name: &str, argument: &JsValue) -> Option<JsFuture> {
    let function: js_sys::Function = js_sys::Reflect::get(target, &JsValue::from_str(name))
        .ok()?
        .dyn_into()
        .ok()?;
    let promise = function.call1(target, argument).ok()?;
    Some(JsFuture::from(js_sys::Promise::from(promise)))
}
