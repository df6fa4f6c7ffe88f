//! One serde path per direction for the document (issue 13: each generic call site compiles the
//! whole document's (de)serializer again into the Wasm). Reading always goes text → `Value` →
//! typed through [`shape`], which also names the exact place of a problem; writing always goes
//! through [`to_compact`], and pretty text is that text indented (not a second serializer).

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

mod locate;

/// Why a JSON value does not have the expected shape, and where (`workspaces[0].name`, or `.`
/// for the value itself).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShapeError {
    pub path: String,
    pub message: String,
}

impl std::fmt::Display for ShapeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.path == "." {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// Reads a value into `T`, naming the place of the first problem.
///
/// The value is read as its compact text: serde_json's text reader is in the Wasm anyway (the
/// catalogue is read that way), whereas a reader of `Value` trees that tracks the path
/// (serde_path_to_error) compiled every type's reader once more. The place is found again in
/// the text, only when there is a problem.
pub fn shape<T: DeserializeOwned>(value: &Value) -> Result<T, ShapeError> {
    let text = to_compact(value);
    serde_json::from_str(&text).map_err(|e| locate::shape_error(&text, value, &e))
}

/// Compact text, fields in declaration order. Serializing our own types cannot fail (string
/// keys only, no floats JSON cannot hold), so `null` stands for the impossible case.
pub fn to_compact(item: &impl Serialize) -> String {
    serde_json::to_string(item).unwrap_or_else(|_| "null".to_string())
}

/// Indented text (as `serde_json::to_string_pretty` writes it), for files people read and keep
/// under version control.
pub fn to_pretty(item: &impl Serialize) -> String {
    indent(&to_compact(item))
}

/// Indents compact JSON text: two spaces per level, `"key": value`, `[]` and `{}` kept empty.
/// Linear; compact JSON has no whitespace outside strings.
pub fn indent(compact: &str) -> String {
    fn newline(out: &mut String, depth: usize) {
        out.push('\n');
        out.extend(std::iter::repeat_n("  ", depth));
    }
    let mut out = String::with_capacity(compact.len() * 2);
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    let mut chars = compact.chars().peekable();
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                let close = if c == '{' { '}' } else { ']' };
                if chars.peek() == Some(&close) {
                    out.push(close);
                    chars.next();
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::Document;

    #[test]
    fn a_shape_error_names_the_place() {
        let value = serde_json::json!({ "a": [1, "two"] });
        let err = shape::<std::collections::BTreeMap<String, Vec<u32>>>(&value).unwrap_err();
        assert_eq!(err.path, "a[1]");
        assert!(err.message.contains("invalid type"), "{}", err.message);
        assert_eq!(err.to_string(), format!("a[1]: {}", err.message));
    }

    #[test]
    fn compact_and_pretty_text_read_back_to_the_same_document() {
        let catalogue = crate::catalogue::Catalogue::embedded();
        let doc = Document::new(&catalogue, "2026-11-30T12:00:00Z");
        for text in [to_compact(&doc), to_pretty(&doc)] {
            let value: Value = serde_json::from_str(&text).unwrap();
            assert_eq!(shape::<Document>(&value).unwrap(), doc);
        }
        assert!(!to_compact(&doc).contains('\n'));
        assert!(to_pretty(&doc).starts_with("{\n  \"schema_version\": "));
    }

    #[test]
    fn indenting_compact_text_is_what_serde_json_writes_pretty() {
        let samples = [
            serde_json::json!({}),
            serde_json::json!([]),
            serde_json::json!({ "a": [], "b": {}, "c": [1, [2, []], { "d": null }] }),
            serde_json::json!({ "tricky \"key\": {": "value with , : [ ] { } and \\ \" \n", "n": -1.5e3 }),
            serde_json::json!(["x", true, false, 0, "é ✓ \u{1F600}"]),
        ];
        for value in samples {
            let compact = serde_json::to_string(&value).unwrap();
            assert_eq!(
                indent(&compact),
                serde_json::to_string_pretty(&value).unwrap()
            );
        }
        let catalogue = crate::catalogue::Catalogue::embedded();
        let mut doc = Document::new(&catalogue, "2026-11-30T12:00:00Z");
        doc.workspaces.push(crate::sample::organisation(
            &catalogue,
            "ws-2",
            "2026-11-30T12:00:00Z",
            crate::i18n::Lang::En,
        ));
        assert_eq!(to_pretty(&doc), serde_json::to_string_pretty(&doc).unwrap());
    }
}
