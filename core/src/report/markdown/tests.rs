use super::escape;
use crate::catalogue::Catalogue;
use crate::i18n::Lang;
use crate::journey;
use crate::progress::Status;
use crate::report::{build, to_markdown};
use crate::schema::Workspace;

const NOW: &str = "2027-03-01T10:00:00Z";
const HOSTILE: &str = "<script>alert(1)</script> <img src=x onerror=alert(1)> <a href=\"javascript:alert(1)\">x</a> &lt;b&gt; [click](javascript:alert(1)) <https://evil.example>";

/// A report whose every user-writable field holds `hostile`.
fn report_with(hostile: &str) -> String {
    let c = Catalogue::embedded();
    let mut ws = Workspace::new("w", hostile, &c, NOW);
    ws.profile.organisation = hostile.into();
    journey::set_status(&mut ws, "GGI-A-17", Status::InProgress, NOW);
    journey::set_point(
        &mut ws,
        "GGI-A-17",
        "oss-inventory",
        true,
        "2027-02-14",
        NOW,
    );
    journey::set_evidence(&mut ws, "GGI-A-17", "oss-inventory", hostile, NOW);
    journey::add_objective(&mut ws, "GGI-A-17", hostile, NOW, "1");
    journey::add_custom_point(&mut ws, "GGI-A-17", hostile, NOW, "1");
    let p = journey::progress_mut(&mut ws, "GGI-A-17", NOW);
    p.owner = hostile.into();
    p.scorecard.description = format!("# {hostile}\n\n{hostile}\n\n- {hostile}");
    p.scorecard.notes = hostile.into();
    let mut custom = c.activities[0].clone();
    custom.id = "ORG-1".into();
    custom.title = hostile.into();
    custom.next.clear();
    ws.custom_activities.push(custom);
    journey::set_status(&mut ws, "ORG-1", Status::Planned, NOW);
    to_markdown(&build(&c, &ws, NOW), Lang::En.messages())
}

#[test]
fn html_in_user_text_comes_out_inert() {
    let md = report_with(HOSTILE);
    for raw in ["<script", "<img", "<a ", "</", "&lt;b", "<https://evil"] {
        assert!(!md.contains(raw), "{raw:?} reached the report:\n{md}");
    }
    // No link to a script: the Markdown link is text, and the word stays only as escaped text.
    assert!(!md.replace("\\](", "").contains("](javascript:"), "{md}");
    assert!(md.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{md}");
    assert!(md.contains("&amp;lt;b&amp;gt;"), "{md}");
    // Safe autolinks the report itself writes are still there.
    assert!(
        md.contains("(<https://creativecommons.org/licenses/by/4.0/>)"),
        "{md}"
    );
}

#[test]
fn user_text_cannot_add_headings_or_break_tables() {
    let md = report_with("# Big | claim\n## Sub");
    // Every heading line is one of the report's own: none starts with the user's text.
    for l in md.lines().filter(|l| l.starts_with('#')) {
        assert!(!l.starts_with("# Big") && !l.starts_with("## Sub"), "{l:?}");
    }
    assert!(
        md.contains("**Big | claim**"),
        "a heading in a note becomes bold:\n{md}"
    );
    // In the activity table, the custom title's pipe is escaped; the row keeps its 6 columns.
    let row = md
        .lines()
        .find(|l| l.starts_with("| ORG-1 |"))
        .unwrap_or_else(|| panic!("no row for ORG-1 in\n{md}"));
    assert!(row.contains("\\# Big \\| claim \\#\\# Sub"), "{row}");
    assert_eq!(row.matches(" | ").count(), 5, "{row}");
}

#[test]
fn plain_text_escapes_markdown_and_html() {
    assert_eq!(escape::text("a <b> & c"), "a &lt;b&gt; & c");
    assert_eq!(escape::text("R&D &amp; &#60;"), "R&D &amp;amp; &amp;\\#60;");
    assert_eq!(
        escape::text("*a* _b_ `c` [d](e) #f ~g~ \\"),
        "\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\#f \\~g\\~ \\\\"
    );
    assert_eq!(escape::text("one\ntwo\t three"), "one two three");
    assert_eq!(escape::cell("a | b"), "a \\| b");
}

#[test]
fn user_markdown_is_written_back_from_the_safe_subset() {
    assert_eq!(
        escape::markdown("Scope: **all** *teams*, `code <b>` and [site](https://x.org/a(b)).\n\n# Title\n\n- one\n- <i>two</i>\n\n1. first\n\n+ not a list\n\n3) nor this"),
        "Scope: **all** *teams*, `code <b>` and [site](https://x.org/a%28b)).\n\n**Title**\n\n- one\n- &lt;i&gt;two&lt;/i&gt;\n\n1. first\n\n\\+ not a list\n\n3\\) nor this"
    );
    assert_eq!(escape::markdown("[x](javascript:alert(1))"), "x)");
    assert_eq!(escape::markdown("[x](JAVA\tSCRIPT:alert(1))"), "x)");
    assert_eq!(escape::markdown("- - nested"), "- \\- nested");
}

#[test]
fn addresses_are_autolinks_only_when_safe() {
    assert_eq!(escape::url("https://x.org/a_b"), "<https://x.org/a_b>");
    assert_eq!(escape::url("javascript:alert(1)"), "javascript:alert(1)");
    assert_eq!(
        escape::url("https://x.org/<script>"),
        "https://x.org/&lt;script&gt;"
    );
}
