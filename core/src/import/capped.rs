//! The JSON of an import file read into a [`Value`], refusing any one list or object of more than
//! [`ITEMS`] entries while it is read. No valid file has one (all lists together hold at most
//! that many), and stopping there keeps a file of millions of `{}` from first becoming millions
//! of values: in the browser, that alone took seconds (issue 22).

use crate::limits::ITEMS;
use serde::de::{DeserializeSeed, Deserializer, Error as _, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};
use std::fmt;

/// The parser's message when a list is over the cap; [`parse`]'s caller tells it from a syntax
/// error by this.
pub const OVER_CAP: &str = "a list holds more items than a whole file may";

/// Parses `text` as [`serde_json::from_str`] would, with the cap on each list and object.
pub fn parse(text: &str) -> serde_json::Result<Value> {
    let mut de = serde_json::Deserializer::from_str(text);
    let value = Capped.deserialize(&mut de)?;
    de.end()?;
    Ok(value)
}

/// Whether `e` is [`parse`]'s refusal of a list over the cap.
pub fn is_over_cap(e: &serde_json::Error) -> bool {
    e.is_data() && e.to_string().starts_with(OVER_CAP)
}

struct Capped;

impl<'de> DeserializeSeed<'de> for Capped {
    type Value = Value;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Capped {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(Capped)? {
            if items.len() == ITEMS {
                return Err(A::Error::custom(OVER_CAP));
            }
            items.push(item);
        }
        Ok(Value::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut entries = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let value = map.next_value_seed(Capped)?;
            if entries.len() == ITEMS {
                return Err(A::Error::custom(OVER_CAP));
            }
            entries.insert(key, value);
        }
        Ok(Value::Object(entries))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_serde_json_reads() {
        let text = r#"{"a":[1,-2,3.5,"x",null,true,{"b":[]}],"c":{}}"#;
        let ours = parse(text).unwrap_or_else(|e| panic!("{e}"));
        let theirs: Value = serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(ours, theirs);
    }

    #[test]
    fn refuses_a_list_over_the_cap_and_only_that() {
        let at_cap = format!("[{}]", vec!["0"; ITEMS].join(","));
        assert!(parse(&at_cap).is_ok());
        let over = format!("{{\"x\":[{}]}}", vec!["{}"; ITEMS + 1].join(","));
        let e = parse(&over).err().unwrap_or_else(|| panic!("accepted"));
        assert!(is_over_cap(&e), "{e}");
        let syntax = parse("[1,").err().unwrap_or_else(|| panic!("accepted"));
        assert!(!is_over_cap(&syntax), "{syntax}");
        assert!(parse("[1] x").is_err(), "trailing characters");
    }
}
