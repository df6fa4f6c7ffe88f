//! Who writes: the name a browser signs its writes with, shown to the rest of the team.

/// The longest name a browser signs with (longer names are cut, as read from a file).
pub const MAX_NAME_CHARS: usize = 80;

/// The name a browser signs with when its user gave none: its kind and system, read from its
/// user agent ("Firefox · Linux"), in no language, as every colleague reads it.
pub fn default_name(user_agent: &str) -> String {
    let has = |s: &str| user_agent.contains(s);
    let kind = if has("Firefox/") {
        "Firefox"
    } else if has("Edg/") {
        "Edge"
    } else if has("OPR/") {
        "Opera"
    } else if has("Chrome/") || has("Chromium/") {
        "Chrome"
    } else if has("Safari/") || has("AppleWebKit/") {
        "Safari"
    } else {
        "Browser"
    };
    let system = if has("iPhone") || has("iPad") {
        Some("iOS")
    } else if has("Android") {
        Some("Android")
    } else if has("Windows") {
        Some("Windows")
    } else if has("Mac OS X") || has("Macintosh") {
        Some("macOS")
    } else if has("CrOS") {
        Some("ChromeOS")
    } else if has("Linux") {
        Some("Linux")
    } else {
        None
    };
    match system {
        Some(system) => format!("{kind} · {system}"),
        None => kind.to_string(),
    }
}

/// The name a user typed, as it is signed: trimmed, at most [`MAX_NAME_CHARS`]; `None` when
/// nothing is left (the default name is used).
pub fn chosen_name(typed: &str) -> Option<String> {
    let name: String = typed.trim().chars().take(MAX_NAME_CHARS).collect();
    (!name.is_empty()).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_browser_is_named_by_its_kind_and_system() {
        let cases = [
            ("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0", "Firefox · Linux"),
            ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0", "Edge · Windows"),
            ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", "Chrome · Windows"),
            ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15", "Safari · macOS"),
            ("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1", "Safari · iOS"),
            ("Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36", "Chrome · Android"),
            ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15", "Safari · Linux"),
            ("", "Browser"),
        ];
        for (agent, name) in cases {
            assert_eq!(default_name(agent), name, "{agent}");
        }
    }

    #[test]
    fn a_typed_name_is_trimmed_and_bounded() {
        assert_eq!(
            chosen_name("  Legal — Anne  ").as_deref(),
            Some("Legal — Anne")
        );
        assert_eq!(chosen_name("   "), None);
        assert_eq!(
            chosen_name(&"é".repeat(200)).map(|n| n.chars().count()),
            Some(80)
        );
    }
}
