//! Builds an RPC's request message from an HTTP request, as grpc-gateway
//! does: the body (`body: "*"` or `body: "field"`), then the path
//! variables, then every other field from the query string.
//!
//! Everything is assembled as one proto3 JSON object and decoded once with
//! prost-reflect, which accepts both the JSON name and the proto field name
//! of each field and refuses unknown fields, naming them.

use http::Method;
use prost_reflect::{DeserializeOptions, DynamicMessage, FieldDescriptor, Kind, MessageDescriptor, Value as Proto};
use serde_json::{Map, Value};

use super::table::{BodyTarget, Route, is_well_known};
use crate::error::{Error, Result};

/// An RPC's request message built from an HTTP request.
pub struct Built {
    pub message: DynamicMessage,
    /// The request as one proto3 JSON object in the keys the client used
    /// (errors name fields in them: `client_keys`).
    pub sent: Map<String, Value>,
}

/// The request message for `route`, from the captured path values, the raw
/// query string and the raw body.
pub fn build(route: &Route, path_values: &[String], query: Option<&str>, body: &[u8]) -> Result<Built> {
    let input = route.input();
    let body = parse_body(route, body)?;
    let mut root = match (&route.body, body) {
        (BodyTarget::Whole, Some(Value::Object(object))) => object,
        (BodyTarget::Whole, Some(_)) => return Err(Error::invalid("body", "must be a JSON object")),
        (BodyTarget::Field(field), Some(value)) => Map::from_iter([(field.name().to_string(), value)]),
        _ => Map::new(),
    };
    // Before the keys are taken for an update mask: computed fields a client
    // sent back are not updates.
    super::dialect::read(&input, &mut root);
    let body_keys: Option<Vec<String>> = match &route.body {
        BodyTarget::Field(field) => root
            .get(field.name())
            .and_then(Value::as_object)
            .map(|object| object.keys().cloned().collect()),
        _ => None,
    };

    let mut path_fields = Vec::new();
    for (variable, value) in route.template.variables().iter().zip(path_values) {
        let fields = resolve(&input, &variable.field_path).ok_or_else(|| Error::invalid("path", "unroutable"))?;
        let leaf = leaf_value(&fields, value, &variable.field_path.join("."))?;
        set(&mut root, &fields, leaf);
        path_fields.push(proto_path(&fields));
    }

    let mut mask_from_query = false;
    if !matches!(route.body, BodyTarget::Whole) {
        for (name, values) in query_params(query.unwrap_or_default()) {
            let Some(fields) = resolve(&input, &name.split('.').map(str::to_string).collect::<Vec<_>>()) else {
                // grpc-gateway ignores query parameters that name no field.
                continue;
            };
            let path = proto_path(&fields);
            let in_body = matches!(&route.body, BodyTarget::Field(b) if *b == fields[0]);
            if in_body || path_fields.contains(&path) {
                continue;
            }
            let leaf = fields.last().expect("resolve returns at least one field");
            let value = if leaf.is_list() {
                Value::Array(
                    values
                        .iter()
                        .map(|v| leaf_value(&fields, v, &name))
                        .collect::<Result<_>>()?,
                )
            } else if let [value] = values.as_slice() {
                leaf_value(&fields, value, &name)?
            } else {
                return Err(Error::invalid(name, "given more than once but is not repeated"));
            };
            mask_from_query |= path == "update_mask";
            set(&mut root, &fields, value);
        }
    }

    let mut message = match DynamicMessage::deserialize_with_options(
        input.clone(),
        Value::Object(root.clone()),
        &DeserializeOptions::new(),
    ) {
        Ok(message) => message,
        Err(e) => {
            let failing = failing_fields(&input, &root);
            if failing.is_empty() {
                return Err(Error::invalid("body", e.to_string()));
            }
            return Err(Error::InvalidArgument(
                failing
                    .into_iter()
                    .map(|(field, why)| crate::error::FieldViolation::new(field, why))
                    .collect(),
            ));
        }
    };

    if route.method == Method::PATCH && !mask_from_query {
        infer_update_mask(route, &mut message, body_keys);
    }
    Ok(Built { message, sent: root })
}

/// The paths (in the keys the client sent: `access_request.requested_grant_end`,
/// `rules[2].name`) of every field of `object` that does not decode as
/// `message` — unknown keys included, all of them — and why. Runs only on a
/// failed decode, so it may decode each field again on its own.
fn failing_fields(message: &MessageDescriptor, object: &Map<String, Value>) -> Vec<(String, String)> {
    let mut failing = Vec::new();
    for (key, value) in object {
        let single = Value::Object(Map::from_iter([(key.clone(), value.clone())]));
        let Err(error) = DynamicMessage::deserialize_with_options(message.clone(), single, &DeserializeOptions::new())
        else {
            continue;
        };
        let field = message
            .get_field_by_json_name(key)
            .or_else(|| message.get_field_by_name(key));
        let deeper: Vec<(String, String)> = match (field.as_ref().map(|f| (f.kind(), f.is_list(), f.is_map())), value) {
            (Some((Kind::Message(inner), false, false)), Value::Object(o)) if !is_well_known(&inner) => {
                failing_fields(&inner, o)
                    .into_iter()
                    .map(|(path, why)| (format!("{key}.{path}"), why))
                    .collect()
            }
            (Some((Kind::Message(inner), true, _)), Value::Array(items)) if !is_well_known(&inner) => items
                .iter()
                .enumerate()
                .filter_map(|(i, item)| Some((i, item.as_object()?)))
                .flat_map(|(i, item)| {
                    failing_fields(&inner, item)
                        .into_iter()
                        .map(move |(path, why)| (format!("{key}[{i}].{path}"), why))
                })
                .collect(),
            _ => Vec::new(),
        };
        if deeper.is_empty() {
            failing.push((key.clone(), error.to_string()));
        } else {
            failing.extend(deeper);
        }
    }
    failing
}

fn parse_body(route: &Route, body: &[u8]) -> Result<Option<Value>> {
    if matches!(route.body, BodyTarget::None) || body.iter().all(u8::is_ascii_whitespace) {
        return Ok(None);
    }
    serde_json::from_slice(body)
        .map(Some)
        .map_err(|e| Error::invalid("body", format!("not valid JSON: {e}")))
}

/// `key=value` pairs of a query string, percent-decoded, grouped by key in
/// order of first appearance.
fn query_params(query: &str) -> Vec<(String, Vec<String>)> {
    let mut params: Vec<(String, Vec<String>)> = Vec::new();
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        match params.iter_mut().find(|(k, _)| *k == key) {
            Some((_, values)) => values.push(value.into_owned()),
            None => params.push((key.into_owned(), vec![value.into_owned()])),
        }
    }
    params
}

/// The fields along a dotted path, by proto name or JSON name, through
/// singular non-well-known message fields.
fn resolve(message: &MessageDescriptor, path: &[String]) -> Option<Vec<FieldDescriptor>> {
    let mut fields = Vec::with_capacity(path.len());
    let mut current = message.clone();
    for (i, name) in path.iter().enumerate() {
        let field = current
            .get_field_by_name(name)
            .or_else(|| current.get_field_by_json_name(name))?;
        if i + 1 < path.len() {
            match field.kind() {
                Kind::Message(inner) if !field.is_list() && !field.is_map() && !is_well_known(&inner) => {
                    current = inner
                }
                _ => return None,
            }
        }
        fields.push(field);
    }
    (!fields.is_empty()).then_some(fields)
}

fn proto_path(fields: &[FieldDescriptor]) -> String {
    fields.iter().map(|f| f.name()).collect::<Vec<_>>().join(".")
}

/// The JSON form of one path or query value for the last of `fields`,
/// checked on its own so that a bad value is reported under its parameter
/// name rather than as a body error.
fn leaf_value(fields: &[FieldDescriptor], raw: &str, name: &str) -> Result<Value> {
    let field = fields.last().expect("at least one field");
    let value = match field.kind() {
        _ if field.is_map() => return Err(Error::invalid(name, "a map cannot be set from the URL")),
        Kind::Bool => match raw {
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            _ => Value::String(raw.to_string()),
        },
        // Enums by name, or by number as grpc-gateway also accepts.
        Kind::Enum(_) => raw
            .parse::<i32>()
            .map(Value::from)
            .unwrap_or_else(|_| Value::String(raw.to_string())),
        Kind::Message(message) if !is_well_known(&message) => {
            return Err(Error::invalid(name, "a message cannot be set from the URL"));
        }
        // Numbers too: proto3 JSON accepts them quoted.
        _ => Value::String(raw.to_string()),
    };
    let sample = if field.is_list() {
        Value::Array(vec![value.clone()])
    } else {
        value.clone()
    };
    let check = Map::from_iter([(field.name().to_string(), sample)]);
    DynamicMessage::deserialize_with_options(
        field.parent_message().clone(),
        Value::Object(check),
        &DeserializeOptions::new(),
    )
    .map_err(|e| Error::invalid(name, e.to_string()))?;
    Ok(value)
}

/// Sets the value at `fields` in a JSON object, replacing whatever the body
/// had there under either of the field's names: the URL wins over the body.
fn set(root: &mut Map<String, Value>, fields: &[FieldDescriptor], value: Value) {
    let (last, parents) = fields.split_last().expect("at least one field");
    let mut object = root;
    for field in parents {
        let existing = take_field(object, field);
        let child = match existing {
            Some(Value::Object(child)) => child,
            _ => Map::new(),
        };
        object = match object.entry(field.name().to_string()).or_insert(Value::Object(child)) {
            Value::Object(child) => child,
            _ => unreachable!("just inserted an object"),
        };
    }
    take_field(object, last);
    object.insert(last.name().to_string(), value);
}

fn take_field(object: &mut Map<String, Value>, field: &FieldDescriptor) -> Option<Value> {
    let by_json = object.remove(field.json_name());
    object.remove(field.name()).or(by_json)
}

/// PATCH without an `update_mask`: the mask is the body's top-level keys,
/// by proto field name (decision 0008; grpc-gateway infers it the same way),
/// so a key sent as `[]` or `null` clears that field.
fn infer_update_mask(route: &Route, message: &mut DynamicMessage, body_keys: Option<Vec<String>>) {
    let (BodyTarget::Field(body_field), Some(keys)) = (&route.body, body_keys) else {
        return;
    };
    let Kind::Message(body_message) = body_field.kind() else {
        return;
    };
    let Some(mask_field) = route.input().get_field_by_name("update_mask") else {
        return;
    };
    let Kind::Message(mask_message) = mask_field.kind() else {
        return;
    };
    if mask_message.full_name() != "google.protobuf.FieldMask" || message.has_field(&mask_field) {
        return;
    }
    let paths: Vec<Proto> = keys
        .iter()
        .filter_map(|key| {
            body_message
                .get_field_by_name(key)
                .or_else(|| body_message.get_field_by_json_name(key))
        })
        .map(|field| Proto::String(field.name().to_string()))
        .collect();
    let mut mask = DynamicMessage::new(mask_message);
    mask.set_field_by_name("paths", Proto::List(paths));
    message.set_field(&mask_field, Proto::Message(mask));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rest::table::{Lookup, Table};

    fn build_for(method: Method, path_and_query: &str, body: &str) -> Result<serde_json::Value> {
        let table = Table::jitgate().unwrap();
        let (path, query) = path_and_query
            .split_once('?')
            .map_or((path_and_query, None), |(p, q)| (p, Some(q)));
        let Lookup::Found(route, values) = table.lookup(&method, path) else {
            panic!("{path} routes");
        };
        let message = build(route, &values, query, body.as_bytes())?.message;
        Ok(serde_json::to_value(&message).unwrap())
    }

    #[test]
    fn path_variables_fill_their_fields_and_win_over_the_body() {
        let json = build_for(
            Method::PUT,
            "/o/acme/routing/name/prod",
            r#"{"name": "renamed", "requestor": {"type": "any"}}"#,
        )
        .unwrap();
        assert_eq!(json["orgId"], "acme");
        assert_eq!(json["name"], "prod");
        assert_eq!(
            json["rule"]["name"], "renamed",
            "the body field is the rule, not the request"
        );
    }

    #[test]
    fn query_parameters_fill_the_remaining_fields() {
        let json = build_for(Method::GET, "/api/v1/access-flows?limit=5&offset=10", "").unwrap();
        assert_eq!((json["limit"].as_i64(), json["offset"].as_i64()), (Some(5), Some(10)));
    }

    #[test]
    fn repeated_query_parameters_collect_into_a_list_and_enums_accept_numbers() {
        let json = build_for(
            Method::GET,
            "/workflow-engine/api/v1/requests?states=REQUEST_STATE_APPROVED&states=3",
            "",
        );
        let json = json.unwrap();
        assert_eq!(
            json["states"],
            serde_json::json!(["REQUEST_STATE_APPROVED", "REQUEST_STATE_ACTIVE"]),
            "{json}"
        );
    }

    #[test]
    fn a_bad_query_value_is_reported_under_its_parameter() {
        let err = build_for(Method::GET, "/api/v1/access-flows?limit=many", "").unwrap_err();
        let Error::InvalidArgument(violations) = err else {
            panic!()
        };
        assert_eq!(violations[0].field, "limit");
    }

    #[test]
    fn an_unknown_body_field_is_refused_by_name() {
        let err = build_for(
            Method::POST,
            "/api/v1/access-flows",
            r#"{"name": "x", "colour": "red"}"#,
        )
        .unwrap_err();
        assert!(err.to_string().contains("colour"), "{err}");
    }

    #[test]
    fn a_malformed_value_is_reported_under_its_field_not_the_body() {
        let err = build_for(
            Method::POST,
            "/workflow-engine/api/v1/requests",
            r#"{"resource": {"service": "aws"}, "requested_grant_end": "next tuesday"}"#,
        )
        .unwrap_err();
        let Error::InvalidArgument(violations) = err else {
            panic!()
        };
        assert_eq!(violations[0].field, "access_request.requested_grant_end");

        // Inside a list, with the key the client used (camelCase here).
        let err = build_for(
            Method::POST,
            "/api/v1/access-flows",
            r#"{"name": "x", "grantees": [{"type": "user", "id": "a@x.test"}, {"type": 7}]}"#,
        )
        .unwrap_err();
        let Error::InvalidArgument(violations) = err else {
            panic!()
        };
        assert_eq!(violations[0].field, "access_flow.grantees[1].type", "{violations:?}");
    }

    #[test]
    fn every_unknown_or_malformed_field_is_named_not_just_the_first() {
        let err = build_for(
            Method::POST,
            "/api/v1/access-flows",
            r#"{"name": "x", "colour": "red", "size": 3, "grantees": [{"type": 7}]}"#,
        )
        .unwrap_err();
        let Error::InvalidArgument(violations) = err else {
            panic!()
        };
        let mut fields: Vec<String> = violations.into_iter().map(|v| v.field).collect();
        fields.sort();
        assert_eq!(
            fields,
            ["access_flow.colour", "access_flow.grantees[0].type", "access_flow.size"]
        );
    }

    #[test]
    fn malformed_json_is_invalid_argument() {
        let err = build_for(Method::POST, "/api/v1/access-flows", "{").unwrap_err();
        assert!(matches!(err, Error::InvalidArgument(_)));
    }

    #[test]
    fn patch_without_a_mask_masks_the_top_level_body_keys_by_proto_name() {
        let json = build_for(
            Method::PATCH,
            "/api/v1/access-flows/f1",
            r#"{"active": false, "revoke_after_in_sec": 60, "approvers": []}"#,
        )
        .unwrap();
        let mut paths: Vec<_> = json["update_mask"].as_str().unwrap().split(',').collect();
        paths.sort();
        assert_eq!(paths, ["active", "approvers", "revokeAfterInSec"]);
        assert_eq!(json["id"], "f1");
    }

    #[test]
    fn patch_with_a_mask_in_the_query_keeps_it() {
        let json = build_for(
            Method::PATCH,
            "/api/v1/access-flows/f1?update_mask=name",
            r#"{"active": false}"#,
        )
        .unwrap();
        assert_eq!(json["update_mask"], "name");
    }

    #[test]
    fn nested_path_variables_fill_fields_inside_the_body_message() {
        let json = build_for(
            Method::PUT,
            "/directory/v1/owners/aws/resources/arn:aws:s3:::bucket/key",
            r#"{"owner_ids": ["alice@acme.test"]}"#,
        );
        let json = json.unwrap();
        assert_eq!(json["ownership"]["service"], "aws", "{json}");
        assert_eq!(json["ownership"]["resourceId"], "arn:aws:s3:::bucket/key", "{json}");
    }
}
