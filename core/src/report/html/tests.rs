use super::*;
use crate::catalogue::Catalogue;
use crate::i18n::Lang;
use crate::journey;
use crate::progress::Status;
use crate::report::build;
use crate::schema::Workspace;

const NOW: &str = "2027-03-01T10:00:00Z";
pub(crate) const SCRIPT: &str = "<script>alert('x')</script>";
pub(crate) const IMG: &str = "\"><img src=x onerror=alert(1)>";
const SAFE_LINK: &str = "https://wiki.example.org/inventory?a=1&b=2";

/// A workspace whose every user text is hostile, plus one safe link the user recorded.
fn hostile() -> (Catalogue, Workspace) {
    let c = Catalogue::embedded();
    let mut ws = Workspace::new("w", SCRIPT, &c, NOW);
    ws.profile.organisation = IMG.into();
    journey::set_status(&mut ws, "GGI-A-17", Status::InProgress, NOW);
    journey::set_point(
        &mut ws,
        "GGI-A-17",
        "oss-inventory",
        true,
        "2027-02-14",
        NOW,
    );
    journey::set_evidence(&mut ws, "GGI-A-17", "oss-inventory", SAFE_LINK, NOW);
    let second = c
        .activity("GGI-A-17")
        .map(|a| a.verification_points[1].id.clone());
    journey::set_evidence(
        &mut ws,
        "GGI-A-17",
        &second.unwrap_or_default(),
        "javascript:alert(document.cookie)",
        NOW,
    );
    journey::add_objective(&mut ws, "GGI-A-17", "<iframe src=//evil.example>", NOW, "1");
    let p = journey::progress_mut(&mut ws, "GGI-A-17", NOW);
    p.owner = IMG.into();
    p.scorecard.description =
        "[click](javascript:alert(1)) and [ok](https://ok.example/) <b onmouseover=x>".into();
    p.scorecard.notes = format!("{SCRIPT}\n\n- <style>body{{display:none}}</style>");
    journey::add_custom_activity(&mut ws, "trust", "<svg onload=alert(1)>", "", "1");
    (c, ws)
}

/// Every attribute (name, value) of every tag, read the way a browser tokenises them.
pub(crate) fn attributes(html: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        rest = &rest[start + 1..];
        let end = rest.find('>').unwrap_or(rest.len());
        let tag = &rest[..end];
        rest = &rest[end..];
        let mut chars = tag.trim_end_matches('/').chars().peekable();
        // Skip the tag name.
        while chars.peek().is_some_and(|c| !c.is_whitespace()) {
            chars.next();
        }
        loop {
            while chars.peek().is_some_and(|c| c.is_whitespace()) {
                chars.next();
            }
            let name: String =
                std::iter::from_fn(|| chars.next_if(|c| !c.is_whitespace() && *c != '=')).collect();
            if name.is_empty() {
                break;
            }
            let mut value = String::new();
            if chars.next_if_eq(&'=').is_some() {
                match chars.next() {
                    Some(q @ ('"' | '\'')) => {
                        value = chars.by_ref().take_while(|c| *c != q).collect()
                    }
                    Some(c) => {
                        value.push(c);
                        value.extend(std::iter::from_fn(|| chars.next_if(|c| !c.is_whitespace())));
                    }
                    None => {}
                }
            }
            found.push((name.to_ascii_lowercase(), value));
        }
    }
    found
}

/// What every web-page download must hold to: no script, no handler, no load, only safe links.
pub(crate) fn assert_inert(html: &str, allowed_links: &[&str]) {
    let lower = html.to_ascii_lowercase();
    assert!(!lower.contains("<script"), "a script tag");
    assert!(
        !lower.contains("<iframe") && !lower.contains("<img") && !lower.contains("<style>body")
    );
    assert!(
        !lower.contains("url(") && !lower.contains("@import"),
        "a stylesheet load"
    );
    for (name, value) in attributes(html) {
        assert!(!name.starts_with("on"), "event handler {name}={value}");
        assert!(
            ![
                "src",
                "srcset",
                "action",
                "formaction",
                "xlink:href",
                "poster",
                "data",
                "background"
            ]
            .contains(&name.as_str()),
            "loading attribute {name}={value}"
        );
        if name == "href" {
            let url = value.replace("&amp;", "&");
            assert!(
                allowed_links.contains(&url.as_str()),
                "unexpected link {url}"
            );
            assert!(crate::markdown::is_safe_url(&url));
        }
    }
}

#[test]
fn hostile_text_is_escaped_and_nothing_can_run_or_load() {
    let (c, ws) = hostile();
    let html = to_html(&build(&c, &ws, NOW), Lang::En.messages());
    assert_inert(&html, &[SAFE_LINK, "https://ok.example/"]);
    // The text is there, as text.
    assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    assert!(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
    assert!(html.contains("&lt;iframe src=//evil.example&gt;"));
    assert!(html.contains("&lt;svg onload=alert(1)&gt;"));
    assert!(html.contains("javascript:alert(document.cookie)"));
    assert!(!html.contains("href=\"javascript"));
    // The user's safe links stay links.
    assert!(html.contains("<a href=\"https://wiki.example.org/inventory?a=1&amp;b=2\""));
    assert!(html.contains("<a href=\"https://ok.example/\""));
}

#[test]
fn self_contained_printable_and_in_the_chosen_language() {
    let (c, ws) = hostile();
    let r = build(&c, &ws, NOW);
    let html = to_html(&r, Lang::Fr.messages());
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"fr\">"));
    assert!(html.contains("<style>") && html.contains("@media print"));
    assert!(
        html.contains("default-src 'none'"),
        "a CSP forbids every load"
    );
    // The radar has the app's layout, and each goal its marker and colour (defined in the page).
    let names: Vec<&str> = r.goals.iter().map(|g| g.name.as_str()).collect();
    let view_box = crate::chart::radar::layout(&names, crate::chart::radar::RADIUS).view_box;
    assert!(html.contains(&format!("<svg viewBox=\"{view_box}\" role=\"img\"")));
    for (i, g) in r.goals.iter().enumerate() {
        let slug = crate::chart::goal_style(&g.id, i).slug;
        assert!(
            html.contains(&format!("<g class=\"goal-{slug}\">")),
            "{slug}"
        );
        assert!(html.contains(&format!(".goal-{slug}{{--goal:#")), "{slug}");
    }
    assert!(html.contains("Rapport d’avancement"));
    assert!(html.contains("En cours"), "statuses in French");
    // French typography: a no-break space before a colon, and never a bare "label: value".
    let owner = Lang::Fr.messages().journey.owner;
    assert!(html.contains(&format!("{owner}\u{a0}: ")), "{owner}");
    assert!(!html.contains(&format!("{owner}: ")));
    assert!(html.contains("1\u{202f}%") || html.contains("0\u{202f}%"));
    let de = to_html(&r, Lang::De.messages());
    assert!(de.contains("<html lang=\"de\">") && de.contains("Fortschrittsbericht"));
    // Every goal and every activity of the catalogue is listed.
    for g in &r.goals {
        assert!(html.contains(&escape(&g.name)));
        for a in &g.activities {
            assert!(html.contains(&escape(&a.activity.id)), "{}", a.activity.id);
        }
    }
}

#[test]
fn escape_covers_the_five_characters() {
    assert_eq!(
        escape("<a href='x'>\"&\"</a>"),
        "&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;"
    );
    assert_eq!(link_or_text("javascript:alert(1)"), "javascript:alert(1)");
    assert_eq!(link_or_text("mailto:ospo@example.org"), "<a href=\"mailto:ospo@example.org\" rel=\"noopener noreferrer\">mailto:ospo@example.org</a>");
}

#[test]
fn the_attribute_reader_sees_handlers_in_any_form() {
    let attrs = attributes("<p class=\"a\" onclick='x' ONLOAD=y data=z><a href=\"h\">t</a>");
    let names: Vec<&str> = attrs.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["class", "onclick", "onload", "data", "href"]);
    assert_eq!(attrs[2].1, "y");
}
