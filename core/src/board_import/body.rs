//! An issue body as My GGI Board writes it (`scripts/ggi_deploy.py` with
//! `conf/workflow_init.inc`): the `Activity ID:` line, then `### Scorecard` with its `####`
//! subsections inside a `<details>` block, then the handbook's `###` sections. Its dashboard
//! script (`extract_workflow` in `scripts/ggi_update_website.py`) reads task items only inside
//! the Scorecard; ticks under the handbook's Progress Assessment are read here too.

use super::text;

/// One `####` subsection of the Scorecard.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Subsection {
    pub heading: String,
    /// Its text without task items, trimmed.
    pub text: String,
}

/// What an issue body holds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Body {
    pub activity: Option<String>,
    /// Whether the `Activity ID:` line names the English page, "(EN)", as from v1.3 on
    /// (`None`: no such line).
    pub id_line_en: Option<bool>,
    pub subsections: Vec<Subsection>,
    /// Task items of the Scorecard, in order.
    pub tasks: Vec<(bool, String)>,
    /// The Progress Assessment's items, in order, ticked or not.
    pub points: Vec<(bool, String)>,
    /// The handbook's sections as the issue holds them: `(heading, paragraphs)`, each
    /// paragraph trimmed, the Progress Assessment's items left out. A team may have written
    /// into them; only the board's own handbook text tells which paragraphs are new.
    pub handbook: Vec<(String, Vec<String>)>,
    /// Sections that are neither the Scorecard nor the handbook's, and text before the first
    /// section: `(heading, text)`, the heading empty for that text.
    pub other: Vec<(String, String)>,
}

/// The handbook's own sections of an activity: catalogue text, not progress.
const HANDBOOK_SECTIONS: [&str; 8] = [
    "description",
    "opportunity assessment",
    "threat assessment",
    "threats assessment",
    "progress assessment",
    "tools",
    "recommendations",
    "resources",
];

pub fn parse(body: &str) -> Body {
    let mut out = Body::default();
    // (heading, lines) of each `###` section; the first is the text before any.
    let mut sections: Vec<(String, Vec<&str>)> = vec![(String::new(), Vec::new())];
    for line in body.lines() {
        // The template's separators (`----` before and after the Scorecard) are markup.
        if text::is_rule(line) {
            continue;
        }
        if let Some(h) = line.strip_prefix("### ") {
            sections.push((h.trim().to_string(), Vec::new()));
        } else if let Some((_, lines)) = sections.last_mut() {
            lines.push(line);
        }
    }
    for (heading, lines) in sections {
        let key = crate::lowercase::lowercase(&heading);
        if heading.is_empty() {
            let mut rest = Vec::new();
            for line in lines {
                match line.trim().strip_prefix("Activity ID:") {
                    Some(id_line) if out.activity.is_none() => {
                        out.activity = text::activity_id(id_line);
                        out.id_line_en = Some(id_line.contains("(EN)"));
                    }
                    _ => rest.push(line),
                }
            }
            push_other(&mut out.other, String::new(), &rest);
        } else if key == "scorecard" {
            scorecard(&lines, &mut out);
        } else if key == "progress assessment" {
            out.points = lines
                .iter()
                .filter_map(|l| text::task(l))
                .map(|(done, t)| (done, t.to_string()))
                .collect();
            let rest: Vec<&str> = lines
                .iter()
                .copied()
                .filter(|l| text::task(l).is_none())
                .collect();
            out.handbook.push((heading, paragraphs(&rest)));
        } else if HANDBOOK_SECTIONS.contains(&key.as_str()) || key.starts_with("proposed next") {
            // The handbook's wording, already in the catalogue (unless a team added to it).
            out.handbook.push((heading, paragraphs(&lines)));
        } else {
            push_other(&mut out.other, heading, &lines);
        }
    }
    out
}

impl Body {
    /// The handbook version this issue was made from.
    pub fn version(&self, activity: &str) -> super::versions::HandbookVersion {
        super::versions::of_issue(
            activity,
            self.id_line_en.unwrap_or(false),
            self.id_line_en.is_some(),
            self.points.len(),
        )
    }
}

fn scorecard(lines: &[&str], out: &mut Body) {
    let mut before: Vec<&str> = Vec::new();
    for line in lines {
        let trimmed = line.trim();
        // The template's collapsible block is markup, not content.
        if trimmed.starts_with("<details") || trimmed.starts_with("</details") {
            continue;
        }
        if let Some(h) = line.strip_prefix("#### ") {
            out.subsections.push(Subsection {
                heading: h.trim().to_string(),
                text: String::new(),
            });
        } else if let Some((done, t)) = text::task(line) {
            out.tasks.push((done, t.to_string()));
        } else if let Some(s) = out.subsections.last_mut() {
            s.text.push_str(line);
            s.text.push('\n');
        } else {
            before.push(line);
        }
    }
    for s in &mut out.subsections {
        s.text = s.text.trim().to_string();
    }
    push_other(&mut out.other, "Scorecard".to_string(), &before);
}

/// Blocks of text between blank lines, trimmed.
fn paragraphs(lines: &[&str]) -> Vec<String> {
    let text = lines.join("\n");
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect()
}

fn push_other(other: &mut Vec<(String, String)>, heading: String, lines: &[&str]) {
    let text = lines.join("\n").trim().to_string();
    if !text.is_empty() {
        other.push((heading, text));
    }
}
