use super::*;

fn text(s: &str) -> Inline {
    Inline::Text(s.into())
}

#[test]
fn paragraphs_lists_and_headings() {
    let blocks = parse("# Scope\n\nFirst line\ncontinues.\n\n- one\n- two\n  more\n\n1. a\n2. b");
    assert_eq!(
        blocks,
        vec![
            Block::Heading(vec![text("Scope")]),
            Block::Paragraph(vec![text("First line continues.")]),
            Block::List {
                ordered: false,
                items: vec![vec![text("one")], vec![text("two more")]]
            },
            Block::List {
                ordered: true,
                items: vec![vec![text("a")], vec![text("b")]]
            },
        ]
    );
}

#[test]
fn inline_markup() {
    assert_eq!(
        inlines("a **b** *c* `d` [e](https://x.org)"),
        vec![
            text("a "),
            Inline::Strong("b".into()),
            text(" "),
            Inline::Emphasis("c".into()),
            text(" "),
            Inline::Code("d".into()),
            text(" "),
            Inline::Link {
                text: "e".into(),
                url: "https://x.org".into()
            },
        ]
    );
}

#[test]
fn unsafe_links_become_text_and_html_stays_text() {
    assert_eq!(
        inlines("[x](javascript:alert(1))"),
        vec![text("x"), text(")")]
    );
    assert_eq!(
        inlines("<img src=x onerror=alert(1)>"),
        vec![text("<img src=x onerror=alert(1)>")]
    );
    assert!(!is_safe_url("JAVASCRIPT:alert(1)"));
    assert!(!is_safe_url("https://a.org/\"onmouseover=x"));
    assert!(is_safe_url("mailto:ospo@example.org"));
}

#[test]
fn unmatched_markers_are_text() {
    assert_eq!(
        inlines("2 * 3 and a_b and [x"),
        vec![text("2 * 3 and a_b and [x")]
    );
    assert_eq!(inlines("**"), vec![text("**")]);
    assert_eq!(inlines("é*"), vec![text("é*")]);
}

#[test]
fn plain_text_drops_markup() {
    assert_eq!(
        plain_text("**Hi** [there](https://x.org)\n\n- a\n- b"),
        "Hi there\na; b"
    );
}
