//! The app's addresses. Routing lives in the URL fragment (`#/activities/GGI-A-17`) so that
//! `dist/` works on any static host, at the root or under any sub-path, with no rewrite rules
//! and no build setting, and a deep link survives a reload everywhere.

/// A page of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The catalogue: goals with their activities.
    Home,
    /// One activity, by id (`GGI-A-17` or a custom activity's id).
    Activity(String),
    Dashboard,
    Iterations,
    Report,
    /// Every workspace side by side.
    Portfolio,
    /// Export, import, recovery and settings.
    Data,
    Workspaces,
    /// The guided start (wizard).
    Start,
    About,
    /// Anything else, kept so the page can say what was asked for.
    NotFound(String),
}

impl Route {
    /// Parses a location fragment, with or without its leading `#`.
    pub fn parse(fragment: &str) -> Route {
        let path = fragment.trim_start_matches('#');
        let path = path.split('?').next().unwrap_or_default();
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match segments.as_slice() {
            [] => Route::Home,
            ["activities", id] => Route::Activity(decode(id)),
            ["dashboard"] => Route::Dashboard,
            ["iterations"] => Route::Iterations,
            ["report"] => Route::Report,
            ["portfolio"] => Route::Portfolio,
            ["data"] => Route::Data,
            ["workspaces"] => Route::Workspaces,
            ["start"] => Route::Start,
            ["about"] => Route::About,
            _ => Route::NotFound(path.to_string()),
        }
    }

    /// The `href` that leads to this page.
    pub fn href(&self) -> String {
        match self {
            Route::Home => "#/".into(),
            Route::Activity(id) => format!("#/activities/{}", encode(id)),
            Route::Dashboard => "#/dashboard".into(),
            Route::Iterations => "#/iterations".into(),
            Route::Report => "#/report".into(),
            Route::Portfolio => "#/portfolio".into(),
            Route::Data => "#/data".into(),
            Route::Workspaces => "#/workspaces".into(),
            Route::Start => "#/start".into(),
            Route::About => "#/about".into(),
            Route::NotFound(path) => format!("#/{path}"),
        }
    }
}

// Ids are plain ASCII in practice; percent-encode everything else so a custom id never breaks
// the fragment.
/// Percent-encodes everything but unreserved ASCII.
pub fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Decodes percent escapes; malformed escapes stay as they are.
pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_page() {
        assert_eq!(Route::parse(""), Route::Home);
        assert_eq!(Route::parse("#/"), Route::Home);
        assert_eq!(
            Route::parse("#/activities/GGI-A-17"),
            Route::Activity("GGI-A-17".into())
        );
        assert_eq!(Route::parse("#/dashboard?role=developer"), Route::Dashboard);
        assert_eq!(Route::parse("#/data/"), Route::Data);
        assert_eq!(Route::parse("#/nope/x"), Route::NotFound("/nope/x".into()));
    }

    #[test]
    fn href_and_parse_round_trip() {
        let routes = [
            Route::Home,
            Route::Activity("GGI-A-42".into()),
            Route::Activity("custom/ä b".into()),
            Route::Dashboard,
            Route::Iterations,
            Route::Report,
            Route::Portfolio,
            Route::Data,
            Route::Workspaces,
            Route::Start,
            Route::About,
        ];
        for route in routes {
            assert_eq!(Route::parse(&route.href()), route, "{}", route.href());
        }
    }

    #[test]
    fn malformed_escapes_do_not_panic() {
        assert_eq!(Route::parse("#/activities/%"), Route::Activity("%".into()));
        assert_eq!(
            Route::parse("#/activities/%zz%4"),
            Route::Activity("%zz%4".into())
        );
        assert_eq!(
            Route::parse("#/activities/%C3"),
            Route::Activity("\u{fffd}".into())
        );
    }
}
