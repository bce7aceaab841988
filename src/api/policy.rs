//! A policy document on the wire: the proto `Policy` decoded into a
//! [`Proposed`] (every part validated as its own API validates it, every bad
//! field reported at once under `policy.`), the live configuration encoded
//! as a `Policy` for export, and the document's file form (YAML or JSON in
//! the REST JSON keys of each part).

use std::collections::HashMap;

use prost::Message;
use prost_reflect::{DeserializeOptions, DynamicMessage, MessageDescriptor, SerializeOptions};
use serde_json::Value;

use super::{access_flow, limits::policy::MAX_FLOWS, request_config, routing};
use crate::{
    domain::{
        access_flow::AccessFlow,
        policy::{Live, Proposed},
        routing::RoutingRule,
    },
    error::{Error, FieldViolation, Result},
    pb::{self, v1 as wire},
};

/// The JSON Schema (2020-12) of a policy file, generated at build time from
/// the protos (`jitgate policy schema` prints it; docs/policy.schema.json
/// is this text).
pub const JSON_SCHEMA: &str = include_str!(concat!(env!("OUT_DIR"), "/policy.schema.json"));

/// Decodes and validates `policy`; field paths start with `prefix`.
pub fn decode(policy: &wire::Policy, prefix: &str, max_rules: usize) -> Result<Proposed> {
    let mut bad: Vec<FieldViolation> = Vec::new();
    let mut absorb = |e: Error| match e {
        Error::InvalidArgument(v) => bad.extend(v),
        other => bad.push(FieldViolation::new(prefix, other.to_string())),
    };
    let routing = match &policy.routing {
        None => None,
        Some(r) => match routing::decode::workflow_rules(&r.rules, &format!("{prefix}.routing.rules"), max_rules) {
            Ok(rules) => Some(rules),
            Err(e) => {
                absorb(e);
                None
            }
        },
    };
    let flows = policy
        .access_flows
        .as_ref()
        .map(|f| flows(&f.flows, prefix, &mut absorb));
    let request_config = match &policy.request_config {
        None => None,
        Some(c) => match request_config::decode::request_config(c, &format!("{prefix}.request_config")) {
            Ok(config) => Some(config),
            Err(e) => {
                absorb(e);
                None
            }
        },
    };
    if !bad.is_empty() {
        return Err(Error::InvalidArgument(bad));
    }
    Ok(Proposed {
        routing,
        flows,
        request_config,
    })
}

/// The document's flows, each validated, names unique.
fn flows(wire: &[wire::AccessFlow], prefix: &str, absorb: &mut impl FnMut(Error)) -> Vec<AccessFlow> {
    let field = format!("{prefix}.access_flows.flows");
    if wire.len() > MAX_FLOWS {
        absorb(Error::invalid(
            field,
            format!("must hold at most {MAX_FLOWS} flows, got {}", wire.len()),
        ));
        return Vec::new();
    }
    let mut first: HashMap<&str, usize> = HashMap::new();
    let mut parsed = Vec::with_capacity(wire.len());
    for (i, flow) in wire.iter().enumerate() {
        let path = format!("{field}[{i}]");
        match access_flow::decode::access_flow(flow, &path) {
            Ok(f) => parsed.push(f),
            Err(e) => absorb(e),
        }
        let name = flow.name.as_deref().unwrap_or_default();
        if let Some(earlier) = first.insert(name, i) {
            absorb(Error::invalid(
                format!("{path}.name"),
                format!("duplicates the name of {field}[{earlier}]; a policy names each flow once"),
            ));
        }
    }
    parsed
}

/// The live configuration as a document: rules in their order, flows
/// sorted by name without their server fields (id, creation date).
pub fn encode(live: &Live) -> wire::Policy {
    let mut flows: Vec<wire::AccessFlow> = live.flows.iter().map(|f| document_flow(&f.flow)).collect();
    flows.sort_by(|a, b| a.name.cmp(&b.name));
    wire::Policy {
        routing: live.routing.as_ref().map(|rules| wire::RoutingRules {
            rules: rules.iter().map(Into::into).collect(),
        }),
        access_flows: Some(wire::AccessFlows { flows }),
        request_config: Some(request_config::request_config(&live.request_config, None)),
    }
}

/// A routing rule as a policy file shows it (defaults omitted).
pub fn rule_json(rule: &RoutingRule) -> Value {
    let policy = wire::Policy {
        routing: Some(wire::RoutingRules {
            rules: vec![rule.into()],
        }),
        ..Default::default()
    };
    printed(&policy)["routing"]["rules"][0].take()
}

/// An access flow as a policy file shows it (no server fields, defaults
/// omitted).
pub fn flow_json(flow: &AccessFlow) -> Value {
    let policy = wire::Policy {
        access_flows: Some(wire::AccessFlows {
            flows: vec![document_flow(flow)],
        }),
        ..Default::default()
    };
    printed(&policy)["access_flows"]["flows"][0].take()
}

/// A flow without the fields the server owns (id, creation date).
fn document_flow(flow: &AccessFlow) -> wire::AccessFlow {
    wire::AccessFlow {
        id: String::new(),
        created_date: String::new(),
        ..access_flow::access_flow("", chrono::DateTime::UNIX_EPOCH, flow)
    }
}

/// A policy file (YAML, of which JSON is a subset) as the proto: each
/// part in its REST JSON keys and spellings, unknown keys refused by name.
pub fn from_file(text: &str) -> Result<wire::Policy> {
    let value: Value =
        serde_norway::from_str(text).map_err(|e| Error::invalid("policy", format!("is not valid YAML: {e}")))?;
    from_json(value)
}

/// A policy in its REST JSON form as the proto.
pub fn from_json(value: Value) -> Result<wire::Policy> {
    if !value.is_object() {
        return Err(Error::invalid(
            "policy",
            "must be a mapping of routing, access_flows and request_config",
        ));
    }
    message_from_json("jitgate.v1.Policy", "policy", value)
}

/// Hypothetical requests for a simulation, from a file (YAML or JSON): a
/// list of `{requester_id, access_request}`, the request in its REST JSON.
pub fn hypothetical_from_file(text: &str) -> Result<Vec<wire::HypotheticalRequest>> {
    let value: Value =
        serde_norway::from_str(text).map_err(|e| Error::invalid("hypothetical", format!("is not valid YAML: {e}")))?;
    let Value::Array(items) = value else {
        return Err(Error::invalid(
            "hypothetical",
            "must be a list of {requester_id, access_request}",
        ));
    };
    items
        .into_iter()
        .enumerate()
        .map(|(i, item)| message_from_json("jitgate.v1.HypotheticalRequest", &format!("hypothetical[{i}]"), item))
        .collect()
}

/// `value`, the REST JSON of the message `name`, as that message: the
/// dialect's spellings read, unknown keys refused by name.
fn message_from_json<M: Message + Default>(name: &str, field: &str, value: Value) -> Result<M> {
    let Value::Object(mut object) = value else {
        return Err(Error::invalid(field, "must be a mapping"));
    };
    let descriptor = pb::descriptor_pool()
        .get_message_by_name(name)
        .ok_or_else(|| Error::Internal(format!("no message {name} in the descriptor set")))?;
    jitgate_codegen::dialect::read(&descriptor, &mut object);
    let dynamic = DynamicMessage::deserialize_with_options(
        descriptor,
        Value::Object(object),
        &DeserializeOptions::new().deny_unknown_fields(true),
    )
    .map_err(|e| Error::invalid(field, e.to_string()))?;
    M::decode(dynamic.encode_to_vec().as_slice()).map_err(|e| Error::Internal(e.to_string()))
}

/// `policy` as its file: the REST JSON of each part with default values
/// omitted, keys sorted (serde_json's map keeps them so), so an unchanged
/// policy exports byte for byte the same.
pub fn to_json(policy: &wire::Policy) -> Value {
    let mut json = printed(policy);
    if let Value::Object(object) = &mut json {
        // The request config's encoding writes every value in force; the
        // file keeps only those that differ from the defaults.
        if let Some(config) = object.get_mut("request_config") {
            let defaults = printed(&wire::Policy {
                request_config: Some(request_config::request_config(&Default::default(), None)),
                ..Default::default()
            });
            if let Some(defaults) = defaults.get("request_config") {
                let full = config.clone();
                prune(config, defaults);
                // Pruning must never change what the file means (SailPoint's
                // two entitlement shapes read together): if it would, the
                // file keeps every value.
                if !same_request_config(&full, config) {
                    *config = full;
                }
            }
        }
    }
    json
}

/// `policy` in its REST JSON keys and spellings, default scalars omitted.
fn printed(policy: &wire::Policy) -> Value {
    let dynamic = DynamicMessage::decode(descriptor(), policy.encode_to_vec().as_slice())
        .expect("a message decodes as its own descriptor");
    let options = SerializeOptions::new().skip_default_fields(true);
    let mut json = dynamic
        .serialize_with_options(serde_json::value::Serializer, &options)
        .unwrap_or(Value::Null);
    if let Value::Object(object) = &mut json {
        jitgate_codegen::dialect::print(&descriptor(), object);
    }
    json
}

/// SailPoint 2.x's nested entitlement settings: an object that reads as a
/// whole (a present object with a key left out is not its default), so it
/// is kept or dropped whole.
const WHOLE: [&str; 2] = ["accessRequestConfig", "revocationRequestConfig"];

/// Removes from `value` what equals `defaults`, at every depth, and the
/// objects that leaves empty.
fn prune(value: &mut Value, defaults: &Value) {
    let (Value::Object(object), Value::Object(defaults)) = (value, defaults) else {
        return;
    };
    object.retain(|key, v| {
        let Some(default) = defaults.get(key) else {
            return true;
        };
        if v == default {
            return false;
        }
        if !WHOLE.contains(&key.as_str()) {
            prune(v, default);
        }
        !matches!(v, Value::Object(o) if o.is_empty())
    });
}

/// Whether two request-config JSON forms decode to the same configuration.
fn same_request_config(a: &Value, b: &Value) -> bool {
    let decode = |v: &Value| {
        message_from_json::<wire::AccessRequestConfig>("jitgate.v1.AccessRequestConfig", "request_config", v.clone())
            .and_then(|c| request_config::decode::request_config(&c, "request_config"))
            .ok()
    };
    let (a, b) = (decode(a), decode(b));
    a.is_some() && a == b
}

/// `policy` as a YAML file.
pub fn to_yaml(policy: &wire::Policy) -> Result<String> {
    serde_norway::to_string(&to_json(policy)).map_err(|e| Error::Internal(format!("writing YAML: {e}")))
}

/// The fields that differ between two REST JSON objects (`None`: absent),
/// as leaf paths such as `approval[0].options.duration`. Lists of the same
/// length are compared item by item; a list whose length changes is one
/// change.
pub fn field_changes(before: Option<&Value>, after: Option<&Value>) -> Vec<wire::FieldChange> {
    let mut out = Vec::new();
    diff_at(String::new(), before, after, &mut out);
    out
}

fn diff_at(path: String, before: Option<&Value>, after: Option<&Value>, out: &mut Vec<wire::FieldChange>) {
    let join = |key: &str| {
        if path.is_empty() {
            key.to_string()
        } else {
            format!("{path}.{key}")
        }
    };
    match (before, after) {
        (Some(Value::Object(b)), Some(Value::Object(a))) => {
            let mut keys: Vec<&String> = b.keys().chain(a.keys()).collect();
            keys.sort();
            keys.dedup();
            for key in keys {
                diff_at(join(key), b.get(key), a.get(key), out);
            }
        }
        (Some(Value::Object(b)), None) => {
            for (key, value) in b {
                diff_at(join(key), Some(value), None, out);
            }
        }
        (None, Some(Value::Object(a))) => {
            for (key, value) in a {
                diff_at(join(key), None, Some(value), out);
            }
        }
        (Some(Value::Array(b)), Some(Value::Array(a))) if a.len() == b.len() => {
            for (i, (b, a)) in b.iter().zip(a).enumerate() {
                diff_at(format!("{path}[{i}]"), Some(b), Some(a), out);
            }
        }
        (b, a) if b != a => out.push(wire::FieldChange {
            path,
            before: b.map(Value::to_string).unwrap_or_default(),
            after: a.map(Value::to_string).unwrap_or_default(),
        }),
        _ => {}
    }
}

/// The `jitgate.v1.Policy` descriptor.
fn descriptor() -> MessageDescriptor {
    pb::descriptor_pool()
        .get_message_by_name("jitgate.v1.Policy")
        .expect("the descriptor set holds jitgate.v1.Policy")
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = include_str!("../../tests/fixtures/policy.yaml");

    #[test]
    fn a_file_decodes_part_by_part_and_exports_back_to_the_same_policy() {
        let wire = from_file(FILE).unwrap();
        let proposed = decode(&wire, "policy", 100).unwrap();
        assert_eq!(proposed.routing.as_ref().unwrap()[0].name, "prod");
        assert_eq!(proposed.flows.as_ref().unwrap()[0].name, "db-read");
        assert!(proposed.request_config.as_ref().unwrap().auto_approval_enabled);
        let live = Live {
            routing: proposed.routing.clone(),
            flows: proposed
                .flows
                .clone()
                .unwrap()
                .into_iter()
                .map(|flow| crate::domain::policy::LiveFlow {
                    id: "f1".into(),
                    revision: 3,
                    flow,
                })
                .collect(),
            request_config: proposed.request_config.clone().unwrap(),
        };
        let exported = to_yaml(&encode(&live)).unwrap();
        assert!(!exported.contains("f1"), "server ids stay out of the file:\n{exported}");
        let again = decode(&from_file(&exported).unwrap(), "policy", 100).unwrap();
        assert_eq!(again, proposed, "{exported}");
        assert_eq!(to_yaml(&from_file(&exported).unwrap()).unwrap(), exported, "stable");
    }

    /// Every request-config setting away from its default, one at a time,
    /// survives export and re-import.
    #[test]
    fn a_pruned_request_config_reads_back_the_same() {
        use crate::domain::request_config::RequestConfig;
        let tweaks: Vec<fn(&mut RequestConfig)> = vec![
            |c| c.entitlements.request_comments_required = true,
            |c| c.entitlements.denied_comments_required = true,
            |c| c.entitlements.allowed = false,
            |c| c.auto_approval_enabled = true,
            |c| c.approvals_must_be_external = true,
            |c| c.reminders.days_until_escalation = 4,
            |c| c.on_behalf_of.anyone_by_anyone = true,
        ];
        for (i, tweak) in tweaks.into_iter().enumerate() {
            let mut config = RequestConfig::default();
            tweak(&mut config);
            let live = Live {
                request_config: config.clone(),
                ..Live::default()
            };
            let exported = to_yaml(&encode(&live)).unwrap();
            let again = decode(&from_file(&exported).unwrap(), "policy", 10).unwrap();
            assert_eq!(again.request_config, Some(config), "tweak {i}:\n{exported}");
        }
    }

    #[test]
    fn every_bad_field_is_reported_under_its_path() {
        let text = r#"
routing: {rules: [{name: a, requestor: {type: any}, resource: {type: any}, approval: [{type: nope}]}]}
access_flows: {flows: [{name: x}, {name: x}]}
"#;
        let Err(Error::InvalidArgument(v)) = decode(&from_file(text).unwrap(), "policy", 100) else {
            panic!("refused")
        };
        let fields: Vec<&str> = v.iter().map(|v| v.field.as_str()).collect();
        assert!(
            fields
                .iter()
                .any(|f| f.starts_with("policy.routing.rules[0].approval[0]")),
            "{fields:?}"
        );
        assert!(fields.contains(&"policy.access_flows.flows[1].name"), "{fields:?}");
    }

    #[test]
    fn field_changes_name_leaf_paths() {
        let before =
            serde_json::json!({"name": "a", "approval": [{"type": "p0", "options": {"duration": 3600}}], "x": [1]});
        let after = serde_json::json!({"name": "a", "approval": [{"type": "p0", "options": {"duration": 1800}}], "x": [1, 2], "y": true});
        let changes: Vec<(String, String, String)> = field_changes(Some(&before), Some(&after))
            .into_iter()
            .map(|c| (c.path, c.before, c.after))
            .collect();
        assert_eq!(
            changes,
            [
                ("approval[0].options.duration".into(), "3600".into(), "1800".into()),
                ("x".into(), "[1]".into(), "[1,2]".into()),
                ("y".into(), String::new(), "true".into()),
            ]
        );
        let added = field_changes(None, Some(&before));
        assert_eq!(added.len(), 3, "every leaf of an added object: {added:?}");
    }

    #[test]
    fn hypothetical_requests_read_from_a_file_name_their_bad_entries() {
        let read = hypothetical_from_file(
            "- {requester_id: a@x.test, access_request: {resource: {service: aws, resource_id: r}, requested_grant_type: PERMANENT}}",
        )
        .unwrap();
        assert_eq!(read[0].requester_id, "a@x.test");
        assert_eq!(
            read[0].access_request.as_ref().unwrap().requested_grant_type,
            "PERMANENT"
        );
        let Err(Error::InvalidArgument(v)) = hypothetical_from_file("- {requester_id: a@x.test}\n- {who: b}") else {
            panic!("refused")
        };
        assert_eq!(v[0].field, "hypothetical[1]");
        assert!(hypothetical_from_file("requester_id: a").is_err(), "a list is required");
    }

    #[test]
    fn unknown_keys_are_refused_by_name() {
        let Err(Error::InvalidArgument(v)) = from_file("routing: {rulez: []}") else {
            panic!("refused")
        };
        assert!(v[0].description.contains("rulez"), "{v:?}");
    }
}
