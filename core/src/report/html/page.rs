//! The page shell and the small pieces every web-page download is made of.

use crate::i18n::{percent, Lang};
use crate::markdown::{self, Block, Inline};
use crate::progress::Status;
use crate::scoring::Tally;
use std::fmt::Write;

/// The inlined stylesheet: readable on screen and on paper, light only (a file opened from
/// disk has no theme setting), no fonts or images to fetch.
const STYLE: &str = "\
:root{--text:#1b1f24;--muted:#57606a;--border:#c9d1d9;--accent:#0b5cad;--ok:#1a7f37;--warn:#9a6700}
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:var(--text);background:#fff;margin:0 auto;max-width:60rem;padding:1.5rem}
h1{font-size:1.6rem;margin:0 0 1rem}h2{font-size:1.3rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--border)}h3{font-size:1.1rem;margin:1.2rem 0 .4rem}h4,h5{margin:.8rem 0 .3rem}
.facts{display:flex;flex-wrap:wrap;gap:.5rem 2rem;margin:0 0 1rem}.facts dt{font-size:.8rem;color:var(--muted)}.facts dd{margin:0;font-weight:600}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.9rem}caption{text-align:left;color:var(--muted);font-size:.85rem}
th,td{border:1px solid var(--border);padding:.3rem .45rem;text-align:left;vertical-align:top}thead th{background:#f3f5f7}.num{text-align:right;white-space:nowrap}
.scroll{overflow-x:auto}.id{white-space:nowrap}.statuses{font-size:.8rem}
.bar{margin:.3rem 0}.bar-track{height:.6rem;border:1px solid var(--border);border-radius:3px;max-width:24rem}.bar-fill{height:100%;background:var(--accent)}
.status{white-space:nowrap;font-weight:600}.s-done{color:var(--ok)}.s-in-progress{color:var(--accent)}.s-planned{color:var(--warn)}.s-not-selected,.s-not-applicable,.muted{color:var(--muted)}
.tag{font-size:.75rem;border:1px solid var(--border);border-radius:999px;padding:0 .4rem}
.activity{border:1px solid var(--border);border-radius:6px;padding:.6rem .9rem;margin:.8rem 0;break-inside:avoid}
.activity ul{padding-left:1.2rem}.field{white-space:normal}
.heat{text-align:right;font-weight:600;white-space:nowrap}.h0{background:#fff}.h1{background:#dbe9f7}.h2{background:#b4d2ef}.h3{background:#7fb0e0}.h4{background:#0b5cad;color:#fff}
figure{margin:1rem 0}figure svg{width:100%;max-width:28rem;height:auto;overflow:visible}figcaption{font-size:.85rem;color:var(--muted)}
.radar-ring,.radar-axis{fill:none;stroke:var(--border)}.radar-label{font-size:15px;fill:var(--text)}.radar-outline{fill:none;stroke-width:2.5}
.radar-value{fill:rgba(11,92,173,.15);stroke:var(--accent);stroke-width:2.5}.radar-pct{font-weight:700}.series-mark{fill:var(--goal);stroke:#fff;stroke-width:.5}
.key{width:.8em;height:.8em;margin-right:.3em;vertical-align:-.05em}.goal .bar-fill{background:var(--goal)}
.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1rem;font-size:.9rem}.legend svg{width:2.2rem;height:.8rem;vertical-align:middle}
footer{margin-top:2rem;font-size:.8rem;color:var(--muted)}
a{color:var(--accent);overflow-wrap:anywhere}
@media print{body{max-width:none;padding:0;font-size:11pt}@page{size:A4;margin:15mm}section.goal{break-before:page}h2,h3{break-after:avoid}tr{break-inside:avoid}.scroll{overflow:visible}a::after{content:' (' attr(href) ')';font-size:.8em}}
";

pub(crate) use crate::chart::svg::escape;

/// A complete document around `body` (already HTML). The Content-Security-Policy forbids
/// every script and every load, so even a mistake in escaping could not run or fetch anything.
pub(crate) fn page(lang: Lang, title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'none'; base-uri 'none'\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <title>{}</title>\n<style>\n{STYLE}{}\n</style>\n</head>\n<body>\n<main>\n{body}\n</main>\n</body>\n</html>\n",
        lang.tag(),
        escape(title),
        crate::chart::style::light_css()
    )
}

/// A labelled progress figure with a bar drawn in CSS (the text carries the value).
pub(crate) fn progress(lang: Lang, label: &str, tally: Tally) -> String {
    let pct = tally.percent();
    format!(
        "<div class=\"bar\"><div>{}: <strong>{}</strong> ({}/{})</div>\
         <div class=\"bar-track\" aria-hidden=\"true\"><div class=\"bar-fill\" style=\"width:{pct}%\"></div></div></div>",
        escape(label),
        escape(&percent(lang, pct)),
        tally.done,
        tally.total
    )
}

/// A status written out with a shape marker, never colour alone (as the app's badge).
pub(crate) fn status(status: Status, label: &str) -> String {
    let (slug, mark) = match status {
        Status::NotSelected => ("not-selected", "○"),
        Status::Planned => ("planned", "◔"),
        Status::InProgress => ("in-progress", "◑"),
        Status::Done => ("done", "●"),
        Status::NotApplicable => ("not-applicable", "⊘"),
    };
    format!(
        "<span class=\"status s-{slug}\"><span aria-hidden=\"true\">{mark}</span> {}</span>",
        escape(label)
    )
}

/// Markdown from the safe subset (see [`crate::markdown`]) as HTML: every run escaped, links
/// only to http(s) and mailto addresses.
pub(crate) fn markdown(source: &str) -> String {
    let mut out = String::new();
    for block in markdown::parse(source) {
        match block {
            Block::Heading(runs) => {
                let _ = write!(out, "<p><strong>{}</strong></p>", inlines(&runs));
            }
            Block::Paragraph(runs) => {
                let _ = write!(out, "<p>{}</p>", inlines(&runs));
            }
            Block::List { ordered, items } => {
                let tag = if ordered { "ol" } else { "ul" };
                let _ = write!(out, "<{tag}>");
                for item in items {
                    let _ = write!(out, "<li>{}</li>", inlines(&item));
                }
                let _ = write!(out, "</{tag}>");
            }
        }
    }
    out
}

fn inlines(runs: &[Inline]) -> String {
    runs.iter()
        .map(|run| match run {
            Inline::Text(s) => escape(s),
            Inline::Strong(s) => format!("<strong>{}</strong>", escape(s)),
            Inline::Emphasis(s) => format!("<em>{}</em>", escape(s)),
            Inline::Code(s) => format!("<code>{}</code>", escape(s)),
            Inline::Link { text, url } if markdown::is_safe_url(url) => format!(
                "<a href=\"{}\" rel=\"noopener noreferrer\">{}</a>",
                escape(url),
                escape(text)
            ),
            Inline::Link { text, url } => format!("{} ({})", escape(text), escape(url)),
        })
        .collect()
}
