//! The OpenAPI document: `docs/openapi.json` is exactly what the build
//! generates (refresh it with `JITGATE_BLESS=1 cargo test --test api openapi`),
//! the server serves the same bytes without a token, every binding is an
//! operation, and the document is valid OpenAPI 3.0 whose references all
//! resolve.

use crate::common;

use std::{collections::BTreeSet, path::PathBuf};

use common::{Backend, TestServer, rest::call};
use http::{Method, StatusCode};
use jitgate::rest::{OPENAPI_JSON, OPENAPI_PATH, table::Table};
use serde_json::Value;

const BLESS: &str = "JITGATE_BLESS";

fn committed_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/openapi.json")
}

fn document() -> Value {
    serde_json::from_str(OPENAPI_JSON).expect("the generated document is JSON")
}

/// The policy file's JSON Schema, like the OpenAPI document: the committed
/// `docs/policy.schema.json` is what the build generates.
#[test]
fn the_committed_policy_schema_is_the_generated_one() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/policy.schema.json");
    let generated = jitgate::api::policy::JSON_SCHEMA;
    if std::env::var_os(BLESS).is_some_and(|v| v == "1") {
        std::fs::write(&path, generated).expect("write docs/policy.schema.json");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "docs/policy.schema.json is stale: the protos or the generator changed.\n\
         Refresh it with `{BLESS}=1 cargo test --test api openapi` and commit the result."
    );
}

/// The linkerd2-proxy-api pattern: the committed copy must match the build,
/// and the developer is told the one command that refreshes it.
#[test]
fn the_committed_document_is_the_generated_one() {
    let path = committed_path();
    if std::env::var_os(BLESS).is_some_and(|v| v == "1") {
        std::fs::write(&path, OPENAPI_JSON).expect("write docs/openapi.json");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == OPENAPI_JSON,
        "docs/openapi.json is stale: the protos or the generator changed.\n\
         Refresh it with `{BLESS}=1 cargo test --test api openapi` and commit the result."
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_server_serves_the_document_without_a_token() {
    let server = TestServer::start(Backend::Sqlite).await;
    let reply = call(server.addr, Method::GET, OPENAPI_PATH, None, None).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.header("content-type"), Some("application/json"));
    assert_eq!(reply.body, OPENAPI_JSON.as_bytes());
    // Only GET (and HEAD) is open; anything else is no route.
    let post = call(server.addr, Method::POST, OPENAPI_PATH, None, None).await;
    assert_eq!(post.status, StatusCode::NOT_FOUND);
}

#[test]
fn every_binding_is_an_operation() {
    let document = document();
    let table = Table::jitgate().expect("the route table builds");
    let mut operation_ids = BTreeSet::new();
    let mut operations = 0;
    for route in table.routes() {
        let path = openapi_path(&route.template.openapi_path());
        let method = route.method.as_str().to_lowercase();
        let operation = &document["paths"][&path][&method];
        assert!(operation.is_object(), "{method} {path} is not in the document");
        let id = operation["operationId"].as_str().expect("an operationId");
        let service = route.rpc.parent_service();
        assert!(
            id.starts_with(&format!("{}_{}", service.name(), route.rpc.name())),
            "{id} for {}",
            route.rpc.full_name()
        );
        assert!(operation_ids.insert(id.to_string()), "{id} is used twice");
        operations += 1;
    }
    let documented: usize = document["paths"]
        .as_object()
        .unwrap()
        .values()
        .map(|item| item.as_object().unwrap().len())
        .sum();
    assert_eq!(documented, operations, "the document has operations no binding has");
}

/// A route's OpenAPI path with nested variables (`{user.id}`) shortened as
/// the generator names them when that name is unique in the path.
fn openapi_path(template: &str) -> String {
    let segments: Vec<&str> = template.split('/').collect();
    let short = |s: &str| {
        s.trim_matches(['{', '}'])
            .rsplit('.')
            .next()
            .unwrap_or_default()
            .to_string()
    };
    segments
        .iter()
        .map(|s| {
            if !s.starts_with('{') {
                return s.to_string();
            }
            let unique = segments
                .iter()
                .filter(|o| o.starts_with('{') && short(o) == short(s))
                .count()
                == 1;
            if unique {
                format!("{{{}}}", short(s))
            } else {
                s.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

#[test]
fn the_document_is_valid_openapi_3() {
    let parsed: openapiv3::OpenAPI = serde_json::from_str(OPENAPI_JSON).expect("parses as OpenAPI 3");
    assert_eq!(parsed.openapi, "3.0.3");
    let schemas = &parsed.components.as_ref().expect("components").schemas;
    assert!(schemas.contains_key("jitgate.v1.Workflow"));
    assert!(schemas.contains_key("google.rpc.Status"));
    // Every declared path parameter is in its path, and the reverse.
    for (path, item) in parsed.paths.iter() {
        let item = item.as_item().expect("no path-level $ref");
        let in_path: BTreeSet<String> = path
            .split('/')
            .filter_map(|s| s.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
            .map(str::to_string)
            .collect();
        for (method, operation) in item.iter() {
            let declared: BTreeSet<String> = operation
                .parameters
                .iter()
                .filter_map(|p| p.as_item())
                .filter(|p| matches!(p, openapiv3::Parameter::Path { .. }))
                .map(|p| p.parameter_data_ref().name.clone())
                .collect();
            assert_eq!(declared, in_path, "{method} {path}");
        }
    }
}

#[test]
fn every_reference_resolves() {
    let document = document();
    let mut missing = Vec::new();
    walk(&document, &document, &mut missing);
    assert!(missing.is_empty(), "unresolved: {missing:?}");

    fn walk(value: &Value, root: &Value, missing: &mut Vec<String>) {
        match value {
            Value::Object(object) => {
                if let Some(Value::String(reference)) = object.get("$ref") {
                    let pointer = reference.strip_prefix('#').unwrap_or(reference);
                    // JSON pointer escapes: schema names hold no `~` or `/`.
                    if root.pointer(pointer).is_none() {
                        missing.push(reference.clone());
                    }
                }
                object.values().for_each(|v| walk(v, root, missing));
            }
            Value::Array(items) => items.iter().for_each(|v| walk(v, root, missing)),
            _ => {}
        }
    }
}
