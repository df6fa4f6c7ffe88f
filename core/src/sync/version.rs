//! The version of a remote file as its server tags it: an HTTP entity tag, a Git blob id, a
//! shared file's modification stamp.

use serde::{Deserialize, Serialize};

/// A version tag, kept as the server wrote it so it can be sent back unchanged.
///
/// A *weak* tag (`W/"…"`) says only that the content is about the same. Apache's `mod_dav_fs`
/// gives one for a file written less than a second ago, and a weak tag never matches
/// `If-Match` (RFC 9110 compares strongly there), so it cannot guard a write: the machine reads
/// again after [`super::WEAK_RETRY_MS`] to learn the strong tag, and compares content meanwhile.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Version {
    /// The header value as received (`"5e-1f"` or `W/"5e-1f"`).
    pub tag: String,
}

impl Version {
    /// Reads an `ETag` header; `None` when the server sent none (or an empty one).
    pub fn from_etag(header: &str) -> Option<Version> {
        let tag = header.trim();
        (!tag.is_empty()).then(|| Version {
            tag: tag.to_string(),
        })
    }

    /// A version an engine knows exactly (a Git blob id, a file's size and modification time),
    /// quoted as an entity tag.
    pub fn exact(id: &str) -> Version {
        Version {
            tag: format!("\"{}\"", id.replace('"', "")),
        }
    }

    /// Whether the tag is weak and so cannot guard a write.
    pub fn is_weak(&self) -> bool {
        self.tag.starts_with("W/")
    }

    /// The value for `If-Match`: only a strong tag.
    pub fn if_match(&self) -> Option<&str> {
        (!self.is_weak()).then_some(self.tag.as_str())
    }

    /// The value for `If-None-Match` on a read: weak or strong (that comparison is weak).
    pub fn if_none_match(&self) -> &str {
        &self.tag
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_weak_tag_never_guards_a_write_but_still_makes_a_read_conditional() {
        let weak = Version::from_etag(" W/\"5e-1f\" ").unwrap_or_else(|| panic!("a tag"));
        assert!(weak.is_weak());
        assert_eq!(weak.if_match(), None);
        assert_eq!(weak.if_none_match(), "W/\"5e-1f\"");
        let strong = Version::from_etag("\"5e-1f\"").unwrap_or_else(|| panic!("a tag"));
        assert_eq!(strong.if_match(), Some("\"5e-1f\""));
        assert_eq!(Version::from_etag("  "), None);
        assert_eq!(Version::exact("a\"b1").tag, "\"ab1\"");
    }
}
