//! How domain objects are kept in the database: JSON documents with a
//! version, read tolerantly, so that a row written by one release is read
//! by every later one (decision 0020).
//!
//! The rules, which the golden fixtures in `tests/fixtures/documents/`
//! enforce (documents as an earlier release wrote them, read by this build
//! on both databases):
//!
//! - every document carries `"_v"`, the [`CURRENT`] version of the writer;
//!   documents written before versions existed have none and are version 0,
//!   which has the same shape as version 1;
//! - a field added later must be readable when absent: an `Option`, or a
//!   field with `#[serde(default)]`;
//! - fields a reader does not know (written by a later release it was rolled
//!   back from) are ignored: serde's default, and no stored type may
//!   `deny_unknown_fields`;
//! - a change that cannot follow those rules bumps [`CURRENT`] and adds a
//!   conversion from the older version here; a document newer than this
//!   build's [`CURRENT`] is refused with an error naming both versions,
//!   never half-read;
//! - documents that are not JSON objects (a routing version's list of
//!   rules) are kept under `"items"` beside `"_v"`.

use serde::{Serialize, de::DeserializeOwned};
use serde_json::{Map, Value};

use crate::error::{Error, Result};

/// The document version this build writes and the newest it reads.
pub const CURRENT: u64 = 1;

const VERSION_KEY: &str = "_v";
const ITEMS_KEY: &str = "items";

/// `value` as a stored document: its JSON with the version added.
pub fn to_value<T: Serialize>(what: &str, value: &T) -> Result<Value> {
    let json = serde_json::to_value(value).map_err(|e| Error::Internal(format!("cannot encode {what}: {e}")))?;
    Ok(match json {
        Value::Object(mut fields) => {
            fields.insert(VERSION_KEY.into(), CURRENT.into());
            Value::Object(fields)
        }
        other => Value::Object(Map::from_iter([
            (VERSION_KEY.to_string(), CURRENT.into()),
            (ITEMS_KEY.to_string(), other),
        ])),
    })
}

/// [`to_value`] as text, for the text columns.
pub fn to_text<T: Serialize>(what: &str, value: &T) -> Result<String> {
    Ok(to_value(what, value)?.to_string())
}

/// Reads a stored document of any version this build knows.
pub fn from_value<T: DeserializeOwned>(what: &str, json: Value) -> Result<T> {
    let unreadable = |e: &dyn std::fmt::Display| Error::Internal(format!("{what} has an unreadable document: {e}"));
    let json = match json {
        Value::Object(mut fields) => {
            let version = match fields.remove(VERSION_KEY) {
                None => 0,
                Some(v) => v
                    .as_u64()
                    .ok_or_else(|| unreadable(&format!("its version {v} is not a whole number")))?,
            };
            if version > CURRENT {
                return Err(Error::Internal(format!(
                    "{what} was written by a newer jitgate (document version {version}; this build reads up to {CURRENT})"
                )));
            }
            if fields.len() == 1
                && let Some(items) = fields.remove(ITEMS_KEY)
            {
                items
            } else {
                Value::Object(fields)
            }
        }
        other => other,
    };
    serde_json::from_value(json).map_err(|e| unreadable(&e))
}

/// [`from_value`] of a text column.
pub fn from_text<T: DeserializeOwned>(what: &str, text: &str) -> Result<T> {
    let json: Value = serde_json::from_str(text).map_err(|e| Error::Internal(format!("{what} is not JSON: {e}")))?;
    from_value(what, json)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use serde::Deserialize;

    use super::*;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Thing {
        name: String,
        added_later: Option<u32>,
    }

    #[test]
    fn objects_carry_the_version_and_read_back() {
        let thing = Thing {
            name: "a".into(),
            added_later: Some(2),
        };
        let text = to_text("thing", &thing).unwrap();
        assert!(text.contains(r#""_v":1"#), "{text}");
        assert_eq!(from_text::<Thing>("thing", &text).unwrap(), thing);
    }

    #[test]
    fn lists_are_kept_under_items() {
        let list = vec![1, 2, 3];
        let json = to_value("list", &list).unwrap();
        assert_eq!(json, serde_json::json!({"_v": 1, "items": [1, 2, 3]}));
        assert_eq!(from_value::<Vec<i32>>("list", json).unwrap(), list);
        // Version 0: the bare list.
        assert_eq!(from_text::<Vec<i32>>("list", "[4]").unwrap(), [4]);
    }

    #[test]
    fn version_0_documents_and_unknown_fields_read() {
        let old = r#"{"name": "a"}"#;
        assert_eq!(
            from_text::<Thing>("thing", old).unwrap(),
            Thing {
                name: "a".into(),
                added_later: None
            }
        );
        let newer_minor = r#"{"_v": 1, "name": "a", "from_the_future": [1]}"#;
        assert_eq!(from_text::<Thing>("thing", newer_minor).unwrap().name, "a");
        let map: BTreeMap<String, String> = from_text("attributes", r#"{"_v": 1, "items": {"k": "v"}}"#).unwrap();
        assert_eq!(map["k"], "v");
    }

    #[test]
    fn a_newer_version_is_refused_by_name() {
        let err = from_text::<Thing>("access request r1", r#"{"_v": 2, "name": "a"}"#).unwrap_err();
        assert!(err.to_string().contains("document version 2"), "{err}");
        assert!(err.to_string().contains("access request r1"), "{err}");
        let err = from_text::<Thing>("thing", r#"{"_v": "one", "name": "a"}"#).unwrap_err();
        assert!(err.to_string().contains("not a whole number"), "{err}");
    }
}
