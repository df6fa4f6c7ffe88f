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

/// Texts built to make a naive parser rescan the rest of the text at every character.
fn adversarial(n: usize) -> Vec<(&'static str, String)> {
    let rep = |unit: &str| unit.repeat(n / unit.len());
    vec![
        ("[", rep("[")),
        ("[a](", rep("[a](")),
        ("[a](b", rep("[a](b")),
        ("](", rep("](")),
        ("*", rep("*")),
        ("**a", rep("**a")),
        ("* a", rep("* a")),
        ("_", rep("_")),
        ("`", rep("`")),
        ("` ", rep("` ")),
        (
            "nested",
            format!("{}{}", "[".repeat(n / 2), "](".repeat(n / 4)),
        ),
        ("mixed", rep("[*_`**](x ")),
        ("lines", rep("- [a](\n")),
    ]
}

#[test]
fn ten_times_the_text_takes_about_ten_times_as_long() {
    // A ratio rather than a wall-clock limit: a loaded machine slows both sizes alike, while a
    // quadratic parser would take about 100 times as long for 10 times the text.
    let time = |text: &str| {
        let start = std::time::Instant::now();
        let blocks = parse(text);
        (start.elapsed(), blocks.is_empty())
    };
    let small = adversarial(100_000);
    for ((name, big), (_, small)) in adversarial(1_000_000).iter().zip(&small) {
        let (t_small, empty_small) = time(small);
        let (t_big, empty_big) = time(big);
        assert!(!empty_small && !empty_big, "{name}");
        eprintln!("{name}: {t_small:?} → {t_big:?}");
        assert!(
            t_big <= t_small * 40 + std::time::Duration::from_millis(500),
            "{name}: {t_small:?} for 10⁵ characters, {t_big:?} for 10⁶"
        );
    }
}

#[test]
fn inline_parsing_examines_each_character_a_bounded_number_of_times() {
    // Structural proof of linearity: the work counter (characters visited by the main loop plus
    // bytes examined by every search) stays under a constant times the length, whatever the text.
    for n in [1_000, 10_000, 100_000] {
        for (name, text) in adversarial(n) {
            let (_, work) = inlines_counting(&text);
            assert!(
                work <= 10 * text.len() + 100,
                "{name}, n = {n}: {work} steps"
            );
        }
    }
}

#[test]
fn linear_parsing_gives_the_same_results_as_the_simple_rescanning_parser() {
    // Every text of up to five tokens from an alphabet of markup pieces, compared with the
    // straightforward (quadratic) parser the app used before.
    let tokens = ["[", "]", "(", ")", "*", "_", "`", "é", " ", "https://x"];
    let mut texts = vec![String::new()];
    let mut all = Vec::new();
    for _ in 0..5 {
        texts = texts
            .iter()
            .flat_map(|t| tokens.iter().map(move |k| format!("{t}{k}")))
            .collect();
        all.extend(texts.iter().cloned());
    }
    for text in &all {
        assert_eq!(inlines(text), reference::inlines(text), "{text:?}");
    }
}

/// The previous parser, kept as the specification of what the linear one must produce.
mod reference {
    use super::super::{is_safe_url, Inline};

    pub fn inlines(text: &str) -> Vec<Inline> {
        let mut out = Vec::new();
        let mut plain = String::new();
        let mut rest = text;
        while let Some(c) = rest.chars().next() {
            let parsed = match c {
                '*' if rest.starts_with("**") => {
                    delimited(rest, "**").map(|(s, n)| (Inline::Strong(s), n))
                }
                '*' | '_' => delimited(rest, &c.to_string()).map(|(s, n)| (Inline::Emphasis(s), n)),
                '`' => delimited(rest, "`").map(|(s, n)| (Inline::Code(s), n)),
                '[' => link(rest),
                _ => None,
            };
            match parsed {
                Some((inline, consumed)) => {
                    if !plain.is_empty() {
                        out.push(Inline::Text(std::mem::take(&mut plain)));
                    }
                    out.push(inline);
                    rest = &rest[consumed..];
                }
                None => {
                    plain.push(c);
                    rest = &rest[c.len_utf8()..];
                }
            }
        }
        if !plain.is_empty() {
            out.push(Inline::Text(plain));
        }
        out
    }

    fn delimited(s: &str, mark: &str) -> Option<(String, usize)> {
        let inner = s.get(mark.len()..)?;
        let end = inner.find(mark)?;
        let content = &inner[..end];
        (!content.is_empty() && !content.starts_with(' '))
            .then(|| (content.to_string(), mark.len() * 2 + end))
    }

    fn link(s: &str) -> Option<(Inline, usize)> {
        let close = s.find("](")?;
        let text = &s[1..close];
        if text.contains('[') {
            return None;
        }
        let after = &s[close + 2..];
        let end = after.find(')')?;
        let url = after[..end].trim();
        let consumed = close + 2 + end + 1;
        if !is_safe_url(url) {
            return Some((Inline::Text(text.to_string()), consumed));
        }
        Some((
            Inline::Link {
                text: text.to_string(),
                url: url.to_string(),
            },
            consumed,
        ))
    }
}
