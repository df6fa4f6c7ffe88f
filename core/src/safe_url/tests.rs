use super::*;

#[test]
fn web_and_mail_addresses_are_links() {
    for url in [
        "https://ospo-alliance.org/ggi/",
        "http://example.org",
        "HTTPS://EXAMPLE.ORG/Path?q=1#frag",
        "Mailto:ospo@example.org",
        "https://exämple.org/über",
        "https://example.org/a(b)",
    ] {
        assert!(is_safe_url(url), "{url:?} should be a link");
    }
}

#[test]
fn script_and_data_schemes_are_never_links() {
    for url in [
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        "JavaScript:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html,<script>alert(1)</script>",
        "DATA:text/html;base64,PHNjcmlwdD4=",
        "file:///etc/passwd",
        "ftp://example.org",
        "blob:https://example.org/x",
    ] {
        assert!(!is_safe_url(url), "{url:?} must not be a link");
    }
}

#[test]
fn whitespace_and_control_tricks_are_refused() {
    for url in [
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "java\rscript:alert(1)",
        " javascript:alert(1)",
        "\u{1}javascript:alert(1)",
        " https://example.org",
        "https://example.org ",
        "\thttps://example.org",
        "https://exa\tmple.org",
        "https://example.org/\u{0}",
        "https://example.org/\u{7f}",
        "https://example.org/\u{202e}gpj.exe",
        "\u{feff}https://example.org",
        "https://example.org/\u{a0}",
        "https://a.org/\"onmouseover=x",
        "https://a.org/'onmouseover=x",
        "https://a.org/<script>",
        "https:\\\\evil.example",
    ] {
        assert!(!is_safe_url(url), "{url:?} must not be a link");
    }
}

#[test]
fn relative_empty_and_bare_schemes_are_refused() {
    for url in [
        "",
        "/local/path",
        "../up",
        "page.html",
        "//evil.example/x",
        "#fragment",
        "https://",
        "mailto:",
        "https:example.org",
    ] {
        assert!(!is_safe_url(url), "{url:?} must not be a link");
    }
}

#[test]
fn non_ascii_prefixes_do_not_panic() {
    // A multi-byte character where the scheme would end must not split a char.
    assert!(!is_safe_url("httpé://x"));
    assert!(!is_safe_url("é"));
    assert!(!is_safe_url("mailtö:x"));
}
