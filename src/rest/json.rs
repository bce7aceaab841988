//! Response messages as grpc-gateway's default marshaler prints them:
//! proto3 canonical JSON with unpopulated fields emitted.
//!
//! prost-reflect with `skip_default_fields(false)` already prints scalars,
//! lists and maps at their defaults, and omits unset proto3 `optional`
//! scalars and oneof members, as protojson does. Two differences remain and
//! are fixed here: protojson prints an unset singular message field as
//! `null` (prost-reflect omits it), and prints a whole-number double (a
//! Struct number included) without a fraction (`1`, not `1.0`).

use prost_reflect::{DynamicMessage, FieldDescriptor, Kind, ReflectMessage, SerializeOptions, Value as Proto};
use serde_json::{Map, Value};

use super::table::is_well_known;

/// The canonical JSON of `message`.
pub fn to_json(message: &DynamicMessage) -> Value {
    let options = SerializeOptions::new().skip_default_fields(false);
    let mut json = message
        .serialize_with_options(serde_json::value::Serializer, &options)
        // Serializing into a `Value` cannot fail: every key is a string.
        .unwrap_or(Value::Null);
    if let Value::Object(object) = &mut json {
        null_unset_messages(message, object);
        super::dialect::print(&message.descriptor(), object);
    }
    whole_numbers_as_integers(&mut json);
    json
}

/// The HTTP body of a response: the `response_body` field if the binding
/// names one, else the whole message.
pub fn response_json(message: &DynamicMessage, response_body: Option<&FieldDescriptor>) -> Value {
    let Some(field) = response_body else {
        return to_json(message);
    };
    match (message.get_field(field).as_ref(), field.kind()) {
        // An unset message still prints as its (empty) object, as
        // grpc-gateway prints a nil response body.
        (Proto::Message(inner), _) => to_json(inner),
        (_, _) => to_json(message)
            .get_mut(field.json_name())
            .map(Value::take)
            .unwrap_or(Value::Null),
    }
}

fn null_unset_messages(message: &DynamicMessage, object: &mut Map<String, Value>) {
    for field in message.descriptor().fields() {
        let Kind::Message(kind) = field.kind() else {
            continue;
        };
        let singular = !field.is_list() && !field.is_map();
        if singular && !message.has_field(&field) {
            // protojson leaves unset oneof members (and proto3 `optional`,
            // a synthetic oneof) out, and prints other unset messages as null.
            if field.containing_oneof().is_none() {
                object.insert(field.json_name().to_string(), Value::Null);
            }
            continue;
        }
        if is_well_known(&kind) {
            continue;
        }
        let Some(json) = object.get_mut(field.json_name()) else {
            continue;
        };
        match (message.get_field(&field).as_ref(), json) {
            (Proto::Message(inner), Value::Object(inner_json)) => null_unset_messages(inner, inner_json),
            (Proto::List(items), Value::Array(items_json)) => {
                for (item, item_json) in items.iter().zip(items_json) {
                    if let (Proto::Message(inner), Value::Object(inner_json)) = (item, item_json) {
                        null_unset_messages(inner, inner_json);
                    }
                }
            }
            (Proto::Map(entries), Value::Object(entries_json)) => {
                for (key, value) in entries {
                    let key_json = map_key_json(key);
                    if let (Proto::Message(inner), Some(Value::Object(inner_json))) =
                        (value, entries_json.get_mut(&key_json))
                    {
                        null_unset_messages(inner, inner_json);
                    }
                }
            }
            _ => {}
        }
    }
}

/// A map key as proto3 JSON prints it: always a string.
fn map_key_json(key: &prost_reflect::MapKey) -> String {
    use prost_reflect::MapKey;
    match key {
        MapKey::Bool(b) => b.to_string(),
        MapKey::I32(n) => n.to_string(),
        MapKey::I64(n) => n.to_string(),
        MapKey::U32(n) => n.to_string(),
        MapKey::U64(n) => n.to_string(),
        MapKey::String(s) => s.clone(),
    }
}

/// Largest integer a double holds exactly.
const MAX_EXACT: f64 = 9_007_199_254_740_992.0;

fn whole_numbers_as_integers(json: &mut Value) {
    match json {
        Value::Number(n) if n.is_f64() => {
            if let Some(f) = n.as_f64()
                && f.fract() == 0.0
                && f.abs() <= MAX_EXACT
            {
                *json = Value::from(f as i64);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(whole_numbers_as_integers),
        Value::Object(object) => object.values_mut().for_each(whole_numbers_as_integers),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use prost::Message;
    use serde_json::json;

    use super::*;
    use crate::{pb::v1 as pb, rest::table::Table};

    fn dynamic<M: Message>(table: &Table, name: &str, message: &M) -> DynamicMessage {
        let descriptor = table.pool().get_message_by_name(&format!("jitgate.v1.{name}")).unwrap();
        DynamicMessage::decode(descriptor, message.encode_to_vec().as_slice()).unwrap()
    }

    #[test]
    fn timestamps_are_rfc3339_utc_and_unset_messages_are_null() {
        let table = Table::jitgate().unwrap();
        let workflow = pb::Workflow {
            id: "v1".into(),
            created_date: Some(prost_types::Timestamp {
                seconds: 1_752_121_819,
                nanos: 188_000_000,
            }),
            rules: vec![pb::RoutingRule {
                name: "r".into(),
                ..Default::default()
            }],
        };
        let json = to_json(&dynamic(&table, "Workflow", &workflow));
        assert_eq!(json["createdDate"], "2025-07-10T04:30:19.188Z");
        let rule = &json["rules"][0];
        assert_eq!(rule["requestor"], Value::Null);
        assert_eq!(rule["approval"], json!([]));
        assert_eq!(rule["disabled"], false);

        let empty = to_json(&dynamic(&table, "Workflow", &pb::Workflow::default()));
        assert_eq!(empty, json!({"id": "", "createdDate": null, "rules": []}));
    }

    #[test]
    fn unset_optional_scalars_are_omitted_and_json_names_are_used() {
        let table = Table::jitgate().unwrap();
        let approval = pb::Approval {
            r#type: "requestor-profile".into(),
            profile_property: Some("manager".into()),
            options: Some(pb::ApprovalOptions {
                allow_one_party: Some(true),
                ..Default::default()
            }),
            ..Default::default()
        };
        let json = to_json(&dynamic(&table, "Approval", &approval));
        assert_eq!(
            json,
            json!({"type": "requestor-profile", "profile_property": "manager", "services": [],
                   "options": {"allow_one_party": true}})
        );
    }

    #[test]
    fn whole_doubles_print_without_a_fraction() {
        let mut json = json!({"a": 1.0, "b": [2.5, 3.0], "c": {"d": -7.0}});
        whole_numbers_as_integers(&mut json);
        assert_eq!(json, json!({"a": 1, "b": [2.5, 3], "c": {"d": -7}}));
    }

    #[test]
    fn the_response_body_field_is_the_body() {
        let table = Table::jitgate().unwrap();
        let response = pb::GetRoutingRuleResponse {
            rule: Some(pb::RoutingRule {
                name: "r".into(),
                ..Default::default()
            }),
            version: "v".into(),
        };
        let message = dynamic(&table, "GetRoutingRuleResponse", &response);
        let field = message.descriptor().get_field_by_name("rule").unwrap();
        let json = response_json(&message, Some(&field));
        assert_eq!(json["name"], "r");
        assert!(json.get("version").is_none());
    }
}
