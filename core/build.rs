//! Generates at build time what the Wasm should not carry in its standard form:
//!
//! - The catalogue without its indentation: the app's Wasm carries the JSON as text, and the
//!   pretty-printed file's 16 KB of whitespace cost 0.9 to 1.3 KB of brotli (measured in three
//!   builds) on every first visit (README: Size). The repository keeps the readable file;
//!   `catalogue::tests` checks that the embedded copy parses to the same value.
//! - The catalogue's outline, without the activities' long texts and not as JSON: the app starts
//!   with it and fetches the rest when an activity page or the search first needs it (README:
//!   Size).
//! - The table of `crate::lowercase`, read off this toolchain's own `char::to_lowercase`, so the
//!   app lowercases exactly as the standard library does without its Unicode case tables
//!   (6.7 KB of brotli); `lowercase::tests` compares the two on every character.

use std::fmt::Write as _;
use std::{env, fs, path::Path};

const SOURCE: &str = "../catalogue/ggi-handbook-1.3.json";

fn main() {
    println!("cargo:rerun-if-changed={SOURCE}");
    println!("cargo:rerun-if-changed=build.rs");
    let out_dir = env::var("OUT_DIR").unwrap_or_else(|e| panic!("OUT_DIR: {e}"));
    let pretty = fs::read_to_string(SOURCE).unwrap_or_else(|e| panic!("{SOURCE}: {e}"));
    write(&out_dir, "catalogue.min.json", &minify(&pretty));
    write(
        &out_dir,
        "catalogue.outline",
        &tokens(&pretty, Texts::Outline),
    );
    write(&out_dir, "catalogue.tokens", &tokens(&pretty, Texts::Whole));
    write(&out_dir, "lowercase_table.rs", &lowercase_table());
}

fn write(dir: &str, name: &str, text: &str) {
    let path = Path::new(dir).join(name);
    fs::write(&path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

/// The catalogue as `crate::catalogue::tokens` reads it: its fields in the order of the types'
/// fields, one token each. Not JSON: reading JSON would put serde's reader of the catalogue in
/// the app's first download (README: Size), and in the chunk of the long texts. The outline
/// leaves out the long texts (description, opportunity, tools, recommendations, resources, the
/// verification points' texts), which only an activity page, the report and the search read and
/// which come in that chunk. `catalogue::tests` checks that both read back as the catalogue.
#[derive(Clone, Copy, PartialEq)]
enum Texts {
    Outline,
    Whole,
}

fn tokens(json: &str, texts: Texts) -> String {
    let whole = texts == Texts::Whole;
    let catalogue: serde_json::Value =
        serde_json::from_str(json).unwrap_or_else(|e| panic!("{SOURCE}: {e}"));
    let mut out = Outline(Vec::new());
    let c = &catalogue;
    for field in [
        "format",
        "format_version",
        "id",
        "version",
        "title",
        "language",
    ] {
        out.text(&c[field]);
    }
    out.text(&c["licence"]["name"]);
    out.text(&c["licence"]["url"]);
    out.text(&c["attribution"]);
    out.option(&c["source_url"]);
    out.list(&c["goals"], |out, goal| {
        for field in ["id", "name", "scope"] {
            out.text(&goal[field]);
        }
    });
    out.list(&c["roles"], |out, role| {
        out.text(&role["id"]);
        out.text(&role["name"]);
    });
    out.list(&c["activities"], |out, activity| {
        for field in ["id", "title", "goal"] {
            out.text(&activity[field]);
        }
        out.list(&activity["roles"], |out, role| out.text(role));
        out.option(&activity["handbook_url"]);
        out.text(&activity["summary"]);
        if whole {
            out.text(&activity["description"]);
            out.text(&activity["opportunity"]);
        }
        out.list(&activity["verification_points"], |out, point| {
            out.text(&point["id"]);
            if whole {
                out.text(&point["text"]);
            }
        });
        if whole {
            out.list(&activity["tools"], |out, tool| out.text(tool));
            out.list(&activity["recommendations"], |out, r| out.text(r));
            out.list(&activity["resources"], |out, resource| {
                out.text(&resource["title"]);
                out.option(&resource["url"]);
                out.text(&resource["note"]);
            });
        }
        out.list(&activity["next"], |out, next| {
            out.text(&next["activity"]);
            out.text(&next["rationale"]);
        });
    });
    out.0.join(OUTLINE_SEPARATOR)
}

/// Between two tokens (`crate::catalogue::tokens` has the same).
const OUTLINE_SEPARATOR: &str = "\u{1f}";
/// The token of an absent optional text.
const OUTLINE_NONE: &str = "\u{18}";

struct Outline(Vec<String>);

impl Outline {
    fn text(&mut self, value: &serde_json::Value) {
        let text = match value {
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Number(n) => n.to_string(),
            // A field missing from the file is empty, as serde's `default` reads it.
            serde_json::Value::Null => String::new(),
            other => panic!("{SOURCE}: {other} where the outline expects a text"),
        };
        assert!(
            !text.contains(OUTLINE_SEPARATOR) && !text.contains(OUTLINE_NONE),
            "{SOURCE}: {text:?} holds a character the outline uses"
        );
        self.0.push(text);
    }

    fn option(&mut self, value: &serde_json::Value) {
        match value {
            serde_json::Value::Null => self.0.push(OUTLINE_NONE.to_string()),
            text => self.text(text),
        }
    }

    fn list(
        &mut self,
        value: &serde_json::Value,
        mut item: impl FnMut(&mut Outline, &serde_json::Value),
    ) {
        let items = value.as_array().map(Vec::as_slice).unwrap_or_default();
        self.0.push(items.len().to_string());
        for value in items {
            item(self, value);
        }
    }
}

/// `json` without the whitespace between tokens; strings are copied byte for byte.
fn minify(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
        } else if !matches!(c, ' ' | '\t' | '\n' | '\r') {
            in_string = c == '"';
            out.push(c);
        }
    }
    out
}

/// Blocks where the final-sigma context is exact (the scripts with letter case that Greek text
/// mixes with, and the combining marks and punctuation around words); see `crate::lowercase`.
const SIGMA_BLOCKS: [(u32, u32); 5] = [
    (0x0000, 0x058F),
    (0x1AB0, 0x1AFF),
    (0x1D00, 0x1FFF),
    (0x2000, 0x218F),
    (0xFE00, 0xFE2F),
];

/// The Rust source of `RUNS`, `IGNORABLE` and `CASED`.
fn lowercase_table() -> String {
    // (first, count, step, delta): `count` characters from `first`, `step` apart, lowercase
    // to themselves plus `delta`.
    let mut runs: Vec<(u32, u32, u32, i64)> = Vec::new();
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        let lower: Vec<char> = c.to_lowercase().collect();
        if lower.len() != 1 {
            // Handled by hand in `crate::lowercase`; a new one must be too.
            assert_eq!(c, '\u{130}', "{c:?} lowercases to several characters");
            continue;
        }
        if lower[0] == c {
            continue;
        }
        let (cp, delta) = (c as u32, lower[0] as i64 - c as i64);
        if let Some(run) = runs.last_mut() {
            let last = run.0 + (run.1 - 1) * run.2;
            let step = cp - last;
            if run.3 == delta && (step == run.2 || (run.1 == 1 && step == 2)) {
                run.2 = step;
                run.1 += 1;
                continue;
            }
        }
        runs.push((cp, 1, 1, delta));
    }
    let mapped = |c: char| runs.iter().any(|r| in_run(*r, c as u32)) || c == '\u{130}';
    let image = |c: char| runs.iter().any(|r| in_run(*r, (c as i64 - r.3) as u32));
    // Read off `str::to_lowercase` itself: a character `x` the final-sigma rule skips makes
    // "AxΣ" end in ς but not "xΣ"; one it counts as cased makes "xΣ" end in ς.
    let sigma_final = |s: String| s.to_lowercase().ends_with('ς');
    let (mut ignorable, mut cased) = (Vec::new(), Vec::new());
    for c in SIGMA_BLOCKS
        .iter()
        .flat_map(|&(a, b)| a..=b)
        .filter_map(char::from_u32)
        .filter(|&c| c != 'Σ')
    {
        let skipped = sigma_final(format!("A{c}Σ")) && !sigma_final(format!("{c}Σ"));
        let counted = sigma_final(format!("{c}Σ"));
        if skipped {
            push_range(&mut ignorable, c as u32);
        } else if counted && !mapped(c) && !image(c) {
            push_range(&mut cased, c as u32);
        } else if !counted && (mapped(c) || image(c)) {
            panic!("{c:?} has a case mapping but is not cased");
        }
    }
    let mut rs = String::new();
    let _ = writeln!(
        rs,
        "/// (first, count, step, delta), generated by core/build.rs."
    );
    let _ = writeln!(rs, "static RUNS: [(u32, u16, u8, i32); {}] = [", runs.len());
    for (first, count, step, delta) in &runs {
        let _ = writeln!(rs, "    ({first:#x}, {count}, {step}, {delta}),");
    }
    rs.push_str("];\n");
    for (name, ranges) in [("IGNORABLE", &ignorable), ("CASED", &cased)] {
        let _ = writeln!(rs, "/// Inclusive ranges, generated by core/build.rs.");
        let _ = writeln!(rs, "static {name}: [(u32, u32); {}] = [", ranges.len());
        for (a, b) in ranges.iter() {
            let _ = writeln!(rs, "    ({a:#x}, {b:#x}),");
        }
        rs.push_str("];\n");
    }
    rs
}

fn in_run((first, count, step, _): (u32, u32, u32, i64), cp: u32) -> bool {
    cp >= first && (cp - first).is_multiple_of(step) && (cp - first) / step < count
}

fn push_range(ranges: &mut Vec<(u32, u32)>, cp: u32) {
    match ranges.last_mut() {
        Some(last) if last.1 + 1 == cp => last.1 = cp,
        _ => ranges.push((cp, cp)),
    }
}
