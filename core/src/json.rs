//! One serde path per direction for the document (issue 13: each generic call site compiles the
//! whole document's (de)serializer again into the Wasm). Reading always goes text → `Value` →
//! typed through [`shape`], which also names the exact place of a problem; writing always goes
//! typed → `Value` through [`to_value`], then compact or pretty text.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

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
pub fn shape<T: DeserializeOwned>(value: Value) -> Result<T, ShapeError> {
    serde_path_to_error::deserialize(value).map_err(|e| ShapeError {
        path: e.path().to_string(),
        message: e.inner().to_string(),
    })
}

/// The value of `item`. Serializing our own types cannot fail (string keys only, no floats that
/// JSON cannot hold), so `Null` stands for the impossible case rather than a panic.
pub fn to_value<T: Serialize>(item: &T) -> Value {
    serde_json::to_value(item).unwrap_or(Value::Null)
}

/// Compact text, for storage.
pub fn to_compact(item: &impl Serialize) -> String {
    to_value(item).to_string()
}

/// Indented text, for files people read and keep under version control.
pub fn to_pretty(item: &impl Serialize) -> String {
    serde_json::to_string_pretty(&to_value(item)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::Document;

    #[test]
    fn a_shape_error_names_the_place() {
        let value = serde_json::json!({ "a": [1, "two"] });
        let err = shape::<std::collections::BTreeMap<String, Vec<u32>>>(value).unwrap_err();
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
            assert_eq!(shape::<Document>(value).unwrap(), doc);
        }
        assert!(!to_compact(&doc).contains('\n'));
        assert!(to_pretty(&doc).contains("\n  \"schema_version\""));
    }
}
