//! The vendors' own spellings on the REST surface, where proto3 JSON's would
//! break the clients written against their APIs (decision 0023). gRPC, and
//! JSON over gRPC-Web or Connect, keep proto3 JSON.
//!
//! - Apono's `created_date` is an `Instant`: a JSON number of seconds with
//!   the fraction. The proto field stays the string `"{seconds}.{nanos}"`
//!   (exact, and a wire-compatible type); REST prints the number. It is
//!   read-only, so whatever a body holds there (number or string) is
//!   dropped, as is everything else the server computes.
//! - PrivX spells a step's quorum `ANY` / `ALL` and a decision `approved` /
//!   `denied`: those are printed (the quorum) and accepted (both, in any
//!   case) beside the enum value names.
//! - A client may send back what the server computes (PrivX's `steps`,
//!   `workflow`, `status`; Apono's `created_date`): it is dropped from the
//!   body, so it never lands in an inferred update mask, and the computed
//!   values are returned.
//!
//! One table drives the response writers (generated at build time), the
//! reflective printer, the request reader and the OpenAPI document.

use prost_reflect::{FieldDescriptor, Kind, MessageDescriptor};
use serde_json::{Map, Value};

/// String fields holding `"{seconds}.{nanos}"` that REST prints as a JSON
/// number of seconds.
const DECIMAL_SECONDS: &[&str] = &["jitgate.v1.AccessFlow.created_date"];

/// Another name of an enum value: accepted on input in any case, and
/// printed instead of the value's own name when `printed`.
struct Alias {
    value: &'static str,
    alias: &'static str,
    printed: bool,
}

const ENUM_ALIASES: &[(&str, &[Alias])] = &[
    (
        "jitgate.v1.Quorum",
        &[
            Alias {
                value: "QUORUM_ANY",
                alias: "ANY",
                printed: true,
            },
            Alias {
                value: "QUORUM_ALL",
                alias: "ALL",
                printed: true,
            },
        ],
    ),
    (
        "jitgate.v1.Decision",
        &[
            Alias {
                value: "DECISION_APPROVED",
                alias: "approved",
                printed: false,
            },
            Alias {
                value: "DECISION_DENIED",
                alias: "denied",
                printed: false,
            },
        ],
    ),
];

/// Server-computed fields a REST body may carry (a client echoing what it
/// read) and that are dropped before decoding.
const COMPUTED_ON_INPUT: &[&str] = &[
    "jitgate.v1.AccessFlow.created_date",
    "jitgate.v1.AccessRequest.steps",
    "jitgate.v1.AccessRequest.workflow_id",
    "jitgate.v1.AccessRequest.status",
];

/// Whether REST prints `field` as a number of seconds.
pub fn is_decimal_seconds(field: &FieldDescriptor) -> bool {
    DECIMAL_SECONDS.contains(&field.full_name())
}

fn aliases(enum_name: &str) -> &'static [Alias] {
    ENUM_ALIASES
        .iter()
        .find(|(name, _)| *name == enum_name)
        .map_or(&[], |(_, aliases)| aliases)
}

/// The name REST prints for the enum value `value` of `enum_name`.
pub fn printed_name<'a>(enum_name: &str, value: &'a str) -> &'a str {
    aliases(enum_name)
        .iter()
        .find(|a| a.printed && a.value == value)
        .map_or(value, |a| a.alias)
}

/// The other names REST accepts for values of `enum_name` (the OpenAPI
/// document lists them).
pub fn accepted_aliases(enum_name: &str) -> impl Iterator<Item = &'static str> {
    aliases(enum_name).iter().map(|a| a.alias)
}

/// The value name an input string stands for, when it is an alias.
fn canonical_name(enum_name: &str, text: &str) -> Option<&'static str> {
    aliases(enum_name)
        .iter()
        .find(|a| a.alias.eq_ignore_ascii_case(text))
        .map(|a| a.value)
}

/// `"{seconds}.{nanos}"` as a number of seconds; `None` for any other text
/// (an unset field prints as its string).
pub fn decimal_seconds(text: &str) -> Option<f64> {
    let (seconds, nanos) = text.split_once('.')?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(seconds) || !digits(nanos) || nanos.len() != 9 || seconds.len() > 12 {
        return None;
    }
    text.parse().ok()
}

/// Rewrites the proto3 JSON `object` of `message` into the dialect.
pub fn print(message: &MessageDescriptor, object: &mut Map<String, Value>) {
    walk(
        message,
        object,
        &mut |_, _| {},
        &mut |field, value| match field.kind() {
            Kind::String if is_decimal_seconds(field) => {
                if let Some(n) = value
                    .as_str()
                    .and_then(decimal_seconds)
                    .and_then(serde_json::Number::from_f64)
                {
                    *value = Value::Number(n);
                }
            }
            Kind::Enum(e) => {
                if let Value::String(name) = value {
                    let printed = printed_name(e.full_name(), name);
                    if printed != name {
                        *value = Value::String(printed.to_string());
                    }
                }
            }
            _ => {}
        },
    );
}

/// Rewrites a REST body `object` of `message` from the dialect into proto3
/// JSON: drops computed fields and reads aliases, at every depth.
pub fn read(message: &MessageDescriptor, object: &mut Map<String, Value>) {
    let mut drop_computed = |message: &MessageDescriptor, object: &mut Map<String, Value>| {
        for field in message.fields() {
            if COMPUTED_ON_INPUT.contains(&field.full_name()) {
                object.remove(field.json_name());
                object.remove(field.name());
            }
        }
    };
    walk(message, object, &mut drop_computed, &mut |field, value| {
        if let (Kind::Enum(e), Value::String(text)) = (field.kind(), &*value)
            && let Some(name) = canonical_name(e.full_name(), text)
        {
            *value = Value::String(name.to_string());
        }
    });
}

/// The message type of a field's values — of each item of a list, of each
/// value of a map — when they are messages.
pub fn value_message(field: &FieldDescriptor) -> Option<MessageDescriptor> {
    match field.kind() {
        Kind::Message(m) if field.is_map() => match m.map_entry_value_field().kind() {
            Kind::Message(v) => Some(v),
            _ => None,
        },
        Kind::Message(m) => Some(m),
        _ => None,
    }
}

/// Calls `enter` on `object` and on every message object below it, then
/// `visit` on every scalar value (list items and map values one by one),
/// each found under either of its field's keys.
fn walk(
    message: &MessageDescriptor,
    object: &mut Map<String, Value>,
    enter: &mut dyn FnMut(&MessageDescriptor, &mut Map<String, Value>),
    visit: &mut dyn FnMut(&FieldDescriptor, &mut Value),
) {
    enter(message, object);
    for field in message.fields() {
        for key in [field.json_name(), field.name()] {
            let Some(value) = object.get_mut(key) else {
                continue;
            };
            let values: Vec<&mut Value> = match value {
                Value::Array(items) if field.is_list() => items.iter_mut().collect(),
                Value::Object(entries) if field.is_map() => entries.values_mut().collect(),
                other => vec![other],
            };
            let inner = value_message(&field);
            for value in values {
                match (&inner, value) {
                    (Some(m), Value::Object(o)) if m.package_name() != "google.protobuf" => walk(m, o, enter, visit),
                    (Some(_), _) => {}
                    (None, value) => visit(&field, value),
                }
            }
            if field.json_name() == field.name() {
                break;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_seconds_are_nine_digit_fractions() {
        assert_eq!(decimal_seconds("1718000000.123456000"), Some(1_718_000_000.123_456));
        assert_eq!(decimal_seconds("7.000000000"), Some(7.0));
        for bad in [
            "",
            "7",
            "7.1",
            "-1.000000000",
            "a.000000000",
            "1.0000000001",
            "1e3.000000000",
        ] {
            assert_eq!(decimal_seconds(bad), None, "{bad}");
        }
    }

    #[test]
    fn aliases_are_printed_only_when_marked_and_read_in_any_case() {
        assert_eq!(printed_name("jitgate.v1.Quorum", "QUORUM_ANY"), "ANY");
        assert_eq!(
            printed_name("jitgate.v1.Quorum", "QUORUM_UNSPECIFIED"),
            "QUORUM_UNSPECIFIED"
        );
        assert_eq!(
            printed_name("jitgate.v1.Decision", "DECISION_APPROVED"),
            "DECISION_APPROVED"
        );
        assert_eq!(
            canonical_name("jitgate.v1.Decision", "Approved"),
            Some("DECISION_APPROVED")
        );
        assert_eq!(canonical_name("jitgate.v1.Decision", "DENIED"), Some("DECISION_DENIED"));
        assert_eq!(canonical_name("jitgate.v1.Quorum", "all"), Some("QUORUM_ALL"));
        assert_eq!(canonical_name("jitgate.v1.Decision", "maybe"), None);
    }
}
