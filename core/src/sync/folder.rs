//! The sync folder's address (from `config.json` or Settings) and reading its listing.

use crate::i18n::SyncMsgs;

/// The longest folder address accepted.
pub const MAX_FOLDER_CHARS: usize = 2_000;

/// Why a sync folder's address cannot be used.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FolderError {
    /// Nothing was given.
    #[error("The sync folder's address is empty.")]
    Empty,
    /// Spaces, control characters, a fragment or a query, or far too long.
    #[error("The sync folder's address is not a web address.")]
    Malformed,
    /// Another scheme than http or https (`javascript:`, `file:`…).
    #[error(
        "The sync folder's address must start with https:// or http://, or be relative to the app."
    )]
    Scheme,
    /// Another origin than the app's, which the deployment does not allow.
    #[error("The sync folder must be on the same server as the app.")]
    OtherOrigin,
}

impl FolderError {
    /// The message in the user's language.
    pub fn localized(&self, m: &SyncMsgs) -> &'static str {
        match self {
            FolderError::Empty => m.folder_empty,
            FolderError::Malformed => m.folder_malformed,
            FolderError::Scheme => m.folder_scheme,
            FolderError::OtherOrigin => m.folder_other_origin,
        }
    }
}

/// Checks a folder's address and ends it with `/` (so file names resolve inside it). Relative
/// addresses (`ggi-data/`, `/dav/ggi/`) are resolved by the browser against the app.
pub fn folder_url(text: &str) -> Result<String, FolderError> {
    let url = text.trim();
    if url.is_empty() {
        return Err(FolderError::Empty);
    }
    if url.chars().count() > MAX_FOLDER_CHARS
        || url.chars().any(|c| c.is_whitespace() || c.is_control())
        || url.contains(['#', '?', '\\'])
    {
        return Err(FolderError::Malformed);
    }
    if let Some((scheme, _)) = url.split_once(':') {
        let plain = scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
        // `a:b/` with no slash before the colon is a scheme; `dir/a:b/` is a relative path.
        if plain && !scheme.is_empty() {
            let scheme = scheme.to_ascii_lowercase();
            if scheme != "http" && scheme != "https" {
                return Err(FolderError::Scheme);
            }
            if !url[scheme.len() + 1..].starts_with("//") || url.len() <= scheme.len() + 3 {
                return Err(FolderError::Malformed);
            }
        }
    }
    let mut url = url.to_string();
    if !url.ends_with('/') {
        url.push('/');
    }
    Ok(url)
}

/// The workspace ids a WebDAV listing (a PROPFIND multistatus answer) names, in its order:
/// the last segment of each `href` that is a workspace file ([`super::file::workspace_of`]).
/// Read by hand (no XML parser in the app): any namespace prefix, percent-encoded names.
pub fn listed_workspaces(xml: &str) -> Vec<String> {
    let mut ids = Vec::new();
    let mut rest = xml;
    while let Some(open) = rest.find("href>") {
        let before = &rest[..open];
        rest = &rest[open + 5..];
        // An opening tag: `<href>` or `<D:href>`, not `</D:href>`.
        let tag_start = before.rfind('<').map(|i| &before[i..]);
        if tag_start.is_none_or(|t| t.starts_with("</")) {
            continue;
        }
        let Some(end) = rest.find('<') else { break };
        let href = rest[..end].trim();
        let segment = href.rsplit('/').next().unwrap_or_default();
        // Decoded once: servers escape the `%` of our own `%2E` as `%252E`, which gives it back.
        let name = unescape(&crate::route::decode(segment));
        if let Some(id) = super::file::workspace_of(&name) {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }
    ids
}

fn unescape(text: &str) -> String {
    text.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_address_is_checked_and_ends_with_a_slash() {
        assert_eq!(folder_url(" ggi-data "), Ok("ggi-data/".to_string()));
        assert_eq!(folder_url("/dav/ggi/"), Ok("/dav/ggi/".to_string()));
        assert_eq!(
            folder_url("https://dav.example.org/ggi"),
            Ok("https://dav.example.org/ggi/".to_string())
        );
        assert_eq!(folder_url("team/a:b"), Ok("team/a:b/".to_string()));
        assert_eq!(folder_url("  "), Err(FolderError::Empty));
        assert_eq!(folder_url("javascript:alert(1)"), Err(FolderError::Scheme));
        assert_eq!(folder_url("file:///etc/"), Err(FolderError::Scheme));
        assert_eq!(folder_url("https:dav"), Err(FolderError::Malformed));
        assert_eq!(folder_url("https://"), Err(FolderError::Malformed));
        assert_eq!(folder_url("dav folder/"), Err(FolderError::Malformed));
        assert_eq!(folder_url("dav/?x=1"), Err(FolderError::Malformed));
        assert_eq!(
            folder_url(&"a".repeat(MAX_FOLDER_CHARS + 1)),
            Err(FolderError::Malformed)
        );
    }

    #[test]
    fn a_listing_names_the_workspace_files_only() {
        let xml = r#"<?xml version="1.0" encoding="utf-8"?>
<D:multistatus xmlns:D="DAV:">
<D:response><D:href>/ggi-data/</D:href></D:response>
<D:response><D:href>/ggi-data/ws-a1.json</D:href></D:response>
<D:response><D:href>/ggi-data/ws-a1.backup-2027-01-01T10-00-00Z.json</D:href></D:response>
<D:response><D:href>http://h/ggi-data/%252E%252E.json</D:href></D:response>
<D:response><D:href>/ggi-data/notes.txt</D:href></D:response>
<D:response><href>/ggi-data/ws-b2.json</href></D:response>
<D:response><D:href>/ggi-data/ws-a1.json</D:href></D:response>
</D:multistatus>"#;
        assert_eq!(listed_workspaces(xml), vec!["ws-a1", "..", "ws-b2"]);
        assert!(listed_workspaces("<D:multistatus/>").is_empty());
        assert!(listed_workspaces("not xml href> <").is_empty());
    }
}
