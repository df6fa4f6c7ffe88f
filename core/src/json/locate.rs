//! Where serde_json stopped in compact JSON text, said as a path (`workspaces[0].activities.X`)
//! with the message the error would have had if the value had been read as a `Value` tree.
//!
//! [`super::shape`] reads a value by writing it as compact text and reading that text (one
//! deserializer per type in the Wasm, shared with the catalogue's). The text reader knows only
//! a byte position; this walks the text up to it. Not generic: one copy whatever the type read.

use serde::de::{Error as _, Unexpected};
use serde_json::error::Category;
use serde_json::Value;

use super::ShapeError;

/// serde_json's message for an enum written as an object without exactly one key.
const NOT_ONE_KEY: &str = "invalid value: map, expected map with a single key";

/// The path and message of `error`, which serde_json gave reading `text` (the compact text of
/// `value`).
pub(super) fn shape_error(text: &str, value: &Value, error: &serde_json::Error) -> ShapeError {
    let full = error.to_string();
    let position = format!(" at line {} column {}", error.line(), error.column());
    let message = full.strip_suffix(&position).unwrap_or(&full);
    // Compact text is one line (newlines in strings are escaped): the column is a byte offset,
    // the number of bytes read (or, for a syntax error, one more).
    let at = error.column().min(text.len());
    let bytes = text.as_bytes();
    let before = |n: usize| at.checked_sub(n).and_then(|i| bytes.get(i).copied());
    let (steps, message) = if error.classify() == Category::Syntax {
        // The text is valid JSON: the text reader calls a shape a syntax error only for an enum
        // that is neither a string nor an object, or an object of more than one key (after its
        // first key is read: `…null` then `,`), or for a struct written as a too long array.
        if message.starts_with("trailing characters") {
            let mut steps = walk(text, at.saturating_sub(1)).steps;
            steps.pop();
            let len = at_steps(value, &steps)
                .and_then(Value::as_array)
                .map_or(0, Vec::len);
            let message = serde_json::Error::invalid_length(len, &"fewer elements in array");
            (steps, message.to_string())
        } else if before(1) == Some(b'l') {
            let mut steps = walk(text, at).steps;
            steps.pop();
            (steps, NOT_ONE_KEY.to_string())
        } else {
            let start = if before(1) == Some(b'}') && before(2) == Some(b'{') {
                at - 2
            } else {
                at.saturating_sub(1)
            };
            let steps = walk(text, start).steps;
            let message = match at_steps(value, &steps) {
                Some(Value::Object(map)) if map.len() != 1 => NOT_ONE_KEY.to_string(),
                Some(other) => {
                    serde_json::Error::invalid_type(unexpected(other), &"string or map").to_string()
                }
                None => message.to_string(),
            };
            (steps, message)
        }
    } else {
        let walked = walk(text, at);
        let mut steps = walked.steps;
        // An object read as an enum: its first key was taken as the variant. The tree reader
        // first checks that the object has one key, and names the enum's own place when the
        // variant is unknown (but the variant's, when its value is wrong).
        let unknown_variant = walked.after_key && message.starts_with("unknown variant");
        if unknown_variant || message.ends_with(", expected unit") {
            let variant = steps.pop();
            let one_key = matches!(at_steps(value, &steps), Some(Value::Object(m)) if m.len() == 1);
            if !one_key {
                return ShapeError {
                    path: path(&steps),
                    message: NOT_ONE_KEY.to_string(),
                };
            }
            if !unknown_variant {
                steps.extend(variant);
            }
        }
        (steps, message.to_string())
    };
    let message = match at_steps(value, &steps) {
        Some(Value::Number(n)) if n.is_f64() => as_in_the_value(message, n),
        _ => message,
    };
    ShapeError {
        path: path(&steps),
        message,
    }
}

/// serde_json reads a float back from text only to about the nearest value (its exact reading
/// is a feature left off), so a message may describe a float one step away from the value's.
fn as_in_the_value(message: String, number: &serde_json::Number) -> String {
    let read = serde_json::from_str::<Value>(&number.to_string()).ok();
    match (read.as_ref().and_then(Value::as_f64), number.as_f64()) {
        (Some(read), Some(original)) if read != original => {
            let describe =
                |f| serde_json::Error::invalid_type(Unexpected::Float(f), &"").to_string();
            message.replacen(&describe(read), &describe(original), 1)
        }
        _ => message,
    }
}

/// One step down a JSON value.
#[derive(Clone, Debug, PartialEq)]
enum Step {
    Key(String),
    Index(usize),
}

/// Where the reader stands after some compact text.
struct Walked {
    /// The open objects' current keys and arrays' current indices, outermost first.
    steps: Vec<Step>,
    /// The last thing read was an object's key (not a value).
    after_key: bool,
}

/// Walks compact JSON text up to byte `end`, keeping the key or index of every open object or
/// array. An object's key is forgotten at the `,` that ends its entry.
fn walk(text: &str, end: usize) -> Walked {
    // `None` for an open object between entries.
    let mut open: Vec<Option<Step>> = Vec::new();
    let mut after_key = false;
    let bytes = text.as_bytes();
    let end = end.min(bytes.len());
    let mut i = 0;
    while i < end {
        let byte = bytes[i];
        i += 1;
        after_key = false;
        match byte {
            b'{' => open.push(None),
            b'[' => open.push(Some(Step::Index(0))),
            b'}' | b']' => {
                open.pop();
            }
            b',' => match open.last_mut() {
                Some(Some(Step::Index(n))) => *n += 1,
                Some(entry) => *entry = None,
                None => {}
            },
            b'"' => {
                let close = string_end(bytes, i);
                if let Some(entry @ None) = open.last_mut() {
                    *entry = Some(Step::Key(unescape(&text[i..close])));
                    after_key = close < end;
                }
                i = close + 1;
            }
            _ => {}
        }
    }
    Walked {
        steps: open.into_iter().flatten().collect(),
        after_key,
    }
}

/// The index of the quote that closes the string whose content starts at `from`.
fn string_end(bytes: &[u8], from: usize) -> usize {
    let mut i = from;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// The text of a JSON string's content as serde_json writes it (`\"`, `\\`, `\n`, `\u0001`…).
fn unescape(raw: &str) -> String {
    if !raw.contains('\\') {
        return raw.to_string();
    }
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('b') => out.push('\u{8}'),
            Some('f') => out.push('\u{c}'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some('u') => {
                let hex: String = chars.by_ref().take(4).collect();
                let code = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32);
                out.push(code.unwrap_or(char::REPLACEMENT_CHARACTER));
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

/// The value at `steps`.
fn at_steps<'a>(value: &'a Value, steps: &[Step]) -> Option<&'a Value> {
    steps.iter().try_fold(value, |v, step| match step {
        Step::Key(k) => v.get(k),
        Step::Index(i) => v.get(i),
    })
}

/// serde_json's description of a value in "invalid type" messages.
fn unexpected(value: &Value) -> Unexpected<'_> {
    match value {
        Value::Null => Unexpected::Unit,
        Value::Bool(b) => Unexpected::Bool(*b),
        Value::Number(n) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => Unexpected::Unsigned(u),
            (None, Some(i)) => Unexpected::Signed(i),
            _ => Unexpected::Float(n.as_f64().unwrap_or(f64::NAN)),
        },
        Value::String(s) => Unexpected::Str(s),
        Value::Array(_) => Unexpected::Seq,
        Value::Object(_) => Unexpected::Map,
    }
}

/// `.` for the value itself, else keys joined by `.` and indices as `[n]`: as
/// serde_path_to_error printed paths (keys as they are, no quoting).
fn path(steps: &[Step]) -> String {
    if steps.is_empty() {
        return ".".to_string();
    }
    let mut out = String::new();
    for (n, step) in steps.iter().enumerate() {
        match step {
            Step::Index(i) => out.push_str(&format!("[{i}]")),
            Step::Key(k) => {
                // After any step, even an empty key: `a..b` names key "" between a and b.
                if n > 0 {
                    out.push('.');
                }
                out.push_str(k);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests;
