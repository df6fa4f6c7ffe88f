//! The one rule for addresses taken from data (a catalogue, an imported file, stored progress,
//! a user's note): which of them may become a link.
//!
//! Decision: only absolute `http://`, `https://` and `mailto:` addresses are links. Relative
//! addresses are refused too: the app is hosted under varying paths, so a relative address in a
//! catalogue or a note would point into the app's own origin, which never helps the reader and
//! only widens what can be aimed at the page. Anything else (`javascript:`, `data:`,
//! `vbscript:`, `file:`, schemes we do not know) is shown as text, never as a link.
//!
//! Browsers forgive a lot when they read an address: they drop leading spaces and control
//! characters, remove tabs and line breaks anywhere (`java\tscript:` runs as `javascript:`) and
//! ignore case. So the address is taken exactly as written: any whitespace or control character
//! anywhere refuses it, and the scheme is compared without regard to case.

/// The schemes an address may start with to become a link (compared case-insensitively).
pub const SAFE_SCHEMES: [&str; 3] = ["https://", "http://", "mailto:"];

/// Whether `url` may be rendered as a link (`href`). See the module documentation.
pub fn is_safe_url(url: &str) -> bool {
    let scheme = SAFE_SCHEMES.iter().find(|s| {
        url.get(..s.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(s))
    });
    let Some(scheme) = scheme else {
        return false;
    };
    // Something must follow the scheme: `https://` alone names nothing.
    url.len() > scheme.len()
        && !url.chars().any(|c| {
            c.is_whitespace()
                || c.is_control()
                // Characters that end an attribute or a Markdown link, or start HTML.
                || matches!(c, '"' | '\'' | '<' | '>' | '`' | '\\')
                // Invisible formatting characters that could disguise the address.
                || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
        })
}

/// Why an address was refused, for the checks of catalogues and imported files.
pub const REFUSED: &str =
    "is not a web or e-mail address (only http, https and mailto links are allowed)";

#[cfg(test)]
mod tests;
