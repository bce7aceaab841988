//! The JSON Schema (draft 2020-12) of a policy file, derived from the
//! OpenAPI document's schemas: the file is the REST JSON of
//! `jitgate.v1.Policy`, whose schemas OpenAPI already describes with every
//! vendor's keys and spellings. Only the schemas `Policy` reaches are kept;
//! OpenAPI 3.0's `nullable` becomes a `null` alternative and references point
//! into `$defs`.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value, json};

const ROOT: &str = "jitgate.v1.Policy";
const OPENAPI_PREFIX: &str = "#/components/schemas/";

/// The schema of a policy file, from the rendered OpenAPI document.
pub fn policy_file(openapi: &str) -> Result<String, String> {
    let document: Value = serde_json::from_str(openapi).map_err(|e| format!("the OpenAPI document: {e}"))?;
    let schemas = document
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .ok_or("the OpenAPI document has no component schemas")?;
    let mut reached = BTreeSet::new();
    let mut pending = vec![ROOT.to_string()];
    while let Some(name) = pending.pop() {
        if !reached.insert(name.clone()) {
            continue;
        }
        let schema = schemas.get(&name).ok_or_else(|| format!("no schema {name}"))?;
        references(schema, &mut pending);
    }
    let defs: BTreeMap<String, Value> = reached
        .iter()
        .filter(|name| name.as_str() != ROOT)
        .map(|name| (name.clone(), converted(&schemas[name])))
        .collect();
    let mut root = converted(&schemas[ROOT]);
    let object = root.as_object_mut().ok_or("the Policy schema is not an object")?;
    object.insert("$schema".into(), json!("https://json-schema.org/draft/2020-12/schema"));
    object.insert("$id".into(), json!("https://jitgate.dev/schemas/policy.schema.json"));
    object.insert("title".into(), json!("jitgate policy file"));
    object.insert("$defs".into(), json!(defs));
    let mut text = serde_json::to_string_pretty(&root).map_err(|e| e.to_string())?;
    text.push('\n');
    Ok(text)
}

/// The schema names `value` refers to.
fn references(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(object) => {
            if let Some(name) = object
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(|r| r.strip_prefix(OPENAPI_PREFIX))
            {
                out.push(name.to_string());
            }
            object.values().for_each(|v| references(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| references(v, out)),
        _ => {}
    }
}

/// One OpenAPI 3.0 schema as JSON Schema 2020-12.
fn converted(value: &Value) -> Value {
    match value {
        Value::Object(object) => {
            let mut out = Map::new();
            for (key, v) in object {
                match key.as_str() {
                    "nullable" => {}
                    "$ref" => {
                        let name = v.as_str().unwrap_or_default().trim_start_matches(OPENAPI_PREFIX);
                        out.insert(key.clone(), json!(format!("#/$defs/{name}")));
                    }
                    _ => {
                        out.insert(key.clone(), converted(v));
                    }
                }
            }
            if object.get("nullable") == Some(&Value::Bool(true)) {
                return json!({ "anyOf": [Value::Object(out), {"type": "null"}] });
            }
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(items.iter().map(converted).collect()),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_schema_reaches_every_part_and_no_openapi_reference() {
        let openapi = crate::openapi::render(&crate::test_pool(), "0").unwrap();
        let schema: Value = serde_json::from_str(&policy_file(&openapi).unwrap()).unwrap();
        let defs = schema["$defs"].as_object().unwrap();
        for part in [
            "jitgate.v1.RoutingRule",
            "jitgate.v1.AccessFlow",
            "jitgate.v1.AccessRequestConfig",
        ] {
            assert!(defs.contains_key(part), "{part}");
        }
        assert!(
            !defs.contains_key("jitgate.v1.PlanPolicyResponse"),
            "only what a file holds"
        );
        let text = schema.to_string();
        assert!(!text.contains("#/components/"), "every reference points into $defs");
        assert!(!text.contains("nullable"));
    }
}
