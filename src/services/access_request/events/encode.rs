//! Stored events as `jitgate.v1.Event`s, and request kinds as stored kind
//! strings (the `EventKind` names without `EVENT_KIND_`).

use chrono::{DateTime, Utc};
use prost_types::{ListValue, Struct, Timestamp, Value, value::Kind};

use super::cursor;
use crate::{
    api::timestamp::wire_timestamp,
    error::{Error, Result},
    pb::v1 as pb,
    store::StoredEvent,
};

const KIND_PREFIX: &str = "EVENT_KIND_";

/// The wire form of a stored event.
pub fn event(stored: StoredEvent) -> pb::Event {
    let e = stored.event;
    pb::Event {
        cursor: cursor::encode(&e.org_id, stored.sequence),
        sequence: stored.sequence,
        kind: kind(&e.kind) as i32,
        occurred_at: Some(wire_timestamp(e.occurred_at)),
        actor: e.actor,
        subject_type: e.subject_type,
        subject_id: e.subject_id,
        access_request_id: e.access_request_id,
        before: e.before.map(structure),
        after: e.after.map(structure),
        comment: e.comment,
        tracking_id: e.request_id,
        org: e.org_id.into(),
    }
}

/// A stored kind string as the enum; UNSPECIFIED for a kind this build does
/// not know (a newer replica's), rather than failing the whole stream.
fn kind(stored: &str) -> pb::EventKind {
    pb::EventKind::from_str_name(&format!("{KIND_PREFIX}{stored}")).unwrap_or(pb::EventKind::Unspecified)
}

/// The stored kind strings of the request's `kinds` (its `field`).
pub fn kind_names(field: &str, kinds: &[i32]) -> Result<Vec<String>> {
    crate::domain::pagination::check_filter_len(field, kinds.len())?;
    let mut names = kinds
        .iter()
        .enumerate()
        .map(|(i, &value)| match pb::EventKind::try_from(value) {
            Ok(pb::EventKind::Unspecified) | Err(_) => {
                Err(Error::invalid(format!("{field}[{i}]"), "must be a known event kind"))
            }
            Ok(known) => Ok(known.as_str_name().trim_start_matches(KIND_PREFIX).to_string()),
        })
        .collect::<Result<Vec<_>>>()?;
    names.sort_unstable();
    names.dedup();
    Ok(names)
}

/// A request timestamp (its `field`) as a time.
pub fn time(field: &str, t: &Timestamp) -> Result<DateTime<Utc>> {
    crate::api::timestamp::timestamp(t).ok_or_else(|| Error::invalid(field, crate::domain::bounds::TIMESTAMP_RULE))
}

/// A before/after document as a `Struct`. They are always JSON objects (the
/// object's REST JSON); anything else is kept whole under `value`.
fn structure(json: serde_json::Value) -> Struct {
    match json {
        serde_json::Value::Object(fields) => Struct {
            fields: fields.into_iter().map(|(k, v)| (k, value(v))).collect(),
        },
        other => Struct {
            fields: [("value".to_string(), value(other))].into_iter().collect(),
        },
    }
}

fn value(json: serde_json::Value) -> Value {
    use serde_json::Value as J;
    let kind = match json {
        J::Null => Kind::NullValue(0),
        J::Bool(b) => Kind::BoolValue(b),
        J::Number(n) => Kind::NumberValue(n.as_f64().unwrap_or_default()),
        J::String(s) => Kind::StringValue(s),
        J::Array(items) => Kind::ListValue(ListValue {
            values: items.into_iter().map(value).collect(),
        }),
        J::Object(_) => Kind::StructValue(structure(json)),
    };
    Value { kind: Some(kind) }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn every_event_kind_round_trips_through_its_stored_name() {
        for value in 1..=14 {
            let names = kind_names("kinds", &[value]).unwrap();
            assert_eq!(kind(&names[0]) as i32, value, "{names:?}");
        }
        assert_eq!(kind("CONFIG_CHANGED"), pb::EventKind::ConfigChanged);
        assert_eq!(kind("SOMETHING_NEW"), pb::EventKind::Unspecified);
    }

    #[test]
    fn unknown_or_unspecified_kinds_name_their_index() {
        for bad in [0, 99, -1] {
            match kind_names("kinds", &[13, bad]) {
                Err(Error::InvalidArgument(v)) => assert_eq!(v[0].field, "kinds[1]"),
                other => panic!("{other:?}"),
            }
        }
    }

    #[test]
    fn json_documents_become_structs() {
        let s = structure(json!({"a": [1, "x", null, {"b": true}]}));
        let Some(Kind::ListValue(list)) = &s.fields["a"].kind else {
            panic!()
        };
        assert_eq!(list.values[0].kind, Some(Kind::NumberValue(1.0)));
        assert_eq!(list.values[2].kind, Some(Kind::NullValue(0)));
        let Some(Kind::StructValue(inner)) = &list.values[3].kind else {
            panic!()
        };
        assert_eq!(inner.fields["b"].kind, Some(Kind::BoolValue(true)));
        assert!(structure(json!("text")).fields.contains_key("value"));
    }

    #[test]
    fn bad_timestamps_are_refused() {
        assert!(time("since", &Timestamp { seconds: 0, nanos: -1 }).is_err());
        assert!(
            time(
                "since",
                &Timestamp {
                    seconds: i64::MAX,
                    nanos: 0
                }
            )
            .is_err()
        );
        assert!(time("since", &Timestamp { seconds: 1, nanos: 5 }).is_ok());
    }
}
