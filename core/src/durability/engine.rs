//! What the browser may do with the site's data on its own.

/// Whether the browser keeps the site's storage until the user deletes it
/// (`navigator.storage.persisted()`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum StorageMode {
    /// Granted: the browser does not evict the site's data under storage pressure.
    Persistent,
    /// "Best effort": the browser may evict it when space runs low.
    BestEffort,
    /// The browser cannot say (no `navigator.storage`, as outside secure contexts), or has not
    /// answered yet.
    #[default]
    Unknown,
}

/// Whether the browser is WebKit (Safari, every browser on iPhone and iPad, other WebKit
/// browsers), which deletes all of a site's script-writable storage after seven days of browser
/// use without a visit, unless the app was added to the Home Screen (`installed`: it runs
/// standalone). Read from the user agent: WebKit names itself `AppleWebKit`, and so do Blink
/// browsers, which add their own names; on iOS and iPadOS every browser is WebKit.
pub fn webkit_may_erase(user_agent: &str, installed: bool) -> bool {
    if installed || !user_agent.contains("AppleWebKit/") {
        return false;
    }
    let ios = ["iPhone", "iPad", "iPod"]
        .iter()
        .any(|d| user_agent.contains(d));
    let blink = ["Chrome/", "Chromium/", "Edg/", "OPR/", "SamsungBrowser/"]
        .iter()
        .any(|b| user_agent.contains(b));
    ios || !blink
}
