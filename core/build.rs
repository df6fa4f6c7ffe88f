//! Embeds the catalogue without its indentation: the app's Wasm carries the JSON as text, and
//! the pretty-printed file's 16 KB of whitespace cost 0.9 to 1.3 KB of brotli (measured in
//! three builds) on every first visit (README: Size). The repository keeps the readable file;
//! `catalogue::tests` checks that the embedded copy parses to the same value.

use std::{env, fs, path::Path};

const SOURCE: &str = "../catalogue/ggi-handbook-1.3.json";

fn main() {
    println!("cargo:rerun-if-changed={SOURCE}");
    println!("cargo:rerun-if-changed=build.rs");
    let pretty = fs::read_to_string(SOURCE).unwrap_or_else(|e| panic!("{SOURCE}: {e}"));
    let out = Path::new(&env::var("OUT_DIR").unwrap_or_else(|e| panic!("OUT_DIR: {e}")))
        .join("catalogue.min.json");
    fs::write(&out, minify(&pretty)).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
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
