//! The REST surface through a real server: the seed documents' example
//! bodies at their seed paths with exactly the seeds' keys, the HTTP
//! status of each error class, authentication and tenancy, HTTP/1.1 and
//! HTTP/2, and the transcoder's own refusals (404, 405, 413, bad JSON,
//! unknown fields).

use crate::common;
mod vendor;

use std::collections::BTreeSet;

use common::{
    Backend, TestServer, admin_token,
    rest::{Version, call, send},
    token,
};
use http::{Method, StatusCode};
use jitgate::server::ServerOptions;
use serde_json::{Value, json};

/// Every key path of a JSON document: arrays as `[]`, and the entries of
/// the seeds' free-form maps (`filters`) as `*`.
fn key_paths(value: &Value) -> BTreeSet<String> {
    fn walk(value: &Value, prefix: &str, out: &mut BTreeSet<String>) {
        match value {
            Value::Object(object) => {
                let is_map = prefix.ends_with(".filters");
                for (key, value) in object {
                    let path = format!("{prefix}.{}", if is_map { "*" } else { key });
                    out.insert(path.clone());
                    walk(value, &path, out);
                }
            }
            Value::Array(items) => items.iter().for_each(|v| walk(v, &format!("{prefix}[]"), out)),
            _ => {}
        }
    }
    let mut out = BTreeSet::new();
    walk(value, "", &mut out);
    out
}

/// Seed 001's routing rule example, verbatim.
fn seed_rule_example() -> Value {
    json!({
      "name": "text", "disabled": true,
      "requestor": {"type": "text", "uid": "text"},
      "resource": {"type": "text", "service": "text",
        "filters": {"ANY_ADDITIONAL_PROPERTY": {"effect": "text", "key": "text", "value": true, "pattern": "text"}}},
      "approval": [{"type": "text", "directory": "text", "integration": "text", "profile_property": "text",
        "services": ["text"],
        "options": {"allow_one_party": true, "require_reason": true, "cooldown": 1, "duration": 1}}]
    })
}

/// Seed 001's rule with its placeholders made valid. P0's rules are strict
/// about type-specific fields (decision 0002), so the example's keys, which
/// no single approval or filter may carry together, are spread over two of
/// each; every key of the example is used, and no other.
fn seed_rule(name: &str) -> Value {
    json!({
      "name": name, "disabled": true,
      "requestor": {"type": "user", "uid": "alice@acme.test"},
      "resource": {"type": "integration", "service": "aws",
        "filters": {"account": {"effect": "keep", "key": "env", "pattern": "^prod-.*$"},
                    "sensitive": {"effect": "remove", "value": true}}},
      "approval": [
        {"type": "requestor-profile", "directory": "okta", "profile_property": "manager",
         "options": {"allow_one_party": false, "require_reason": true, "cooldown": 60, "duration": 3600}},
        {"type": "escalation", "integration": "pagerduty", "services": ["payments"]}
      ]
    })
}

/// A rule as the REST surface prints it: as sent, plus the unpopulated
/// list and message fields grpc-gateway's marshaler emits (`[]`, `null`).
fn as_printed(mut rule: Value) -> Value {
    for approval in rule["approval"].as_array_mut().unwrap() {
        let approval = approval.as_object_mut().unwrap();
        approval.entry("services").or_insert(json!([]));
        approval.entry("options").or_insert(Value::Null);
    }
    rule
}

/// Seed 003's access flow example (the create and PATCH body), verbatim.
fn seed_flow_example() -> Value {
    json!({
      "name": "text", "active": true,
      "trigger": {"type": "text", "timeframe": {"start_of_day_time_in_seconds": 1, "end_of_day_time_in_seconds": 1,
                  "days_in_week": ["MONDAY"], "time_zone": "text"}},
      "grantees": [{"id": "text", "type": "text"}],
      "integration_targets": [{"integration_id": "text", "resource_type": "text",
        "resource_tag_includes": [{"name": "text", "value": "text"}],
        "resource_tag_excludes": [{"name": "text", "value": "text"}],
        "permissions": ["text"]}],
      "bundle_targets": [{"bundle_id": "text"}],
      "approvers": [{"id": "text", "type": "text"}],
      "revoke_after_in_sec": 1,
      "settings": {"require_justification_on_request_again": true, "require_all_approvers": true,
                   "require_approver_justification": true, "approver_cannot_approve_himself": true}
    })
}

/// Seed 003's example with its placeholders made valid, keys unchanged.
fn seed_flow(name: &str) -> Value {
    json!({
      "name": name, "active": true,
      "trigger": {"type": "user_request", "timeframe": {"start_of_day_time_in_seconds": 1,
                  "end_of_day_time_in_seconds": 64800, "days_in_week": ["MONDAY"], "time_zone": "Europe/Helsinki"}},
      "grantees": [{"id": "alice@acme.test", "type": "user"}],
      "integration_targets": [{"integration_id": "postgres-prod", "resource_type": "postgresql-database",
        "resource_tag_includes": [{"name": "env", "value": "prod"}],
        "resource_tag_excludes": [{"name": "pii", "value": "true"}],
        "permissions": ["SELECT"]}],
      "bundle_targets": [{"bundle_id": "db-readers"}],
      "approvers": [{"id": "dba-team", "type": "group"}],
      "revoke_after_in_sec": 1,
      "settings": {"require_justification_on_request_again": true, "require_all_approvers": true,
                   "require_approver_justification": true, "approver_cannot_approve_himself": true}
    })
}

fn with_created_date(mut flow: Value) -> Value {
    let object = flow.as_object_mut().unwrap();
    object.insert("id".into(), json!("text"));
    object.insert("created_date".into(), json!("{seconds}.{nanos}"));
    flow
}

async fn the_routing_seed_examples_work_at_their_seed_paths(backend: Backend) {
    let server = TestServer::start(backend).await;
    let admin = admin_token("acme");
    let addr = server.addr;
    assert_eq!(key_paths(&seed_rule("r")), key_paths(&seed_rule_example()));

    // POST /o/{orgId}/routing: body {currentVersion, workflow}, answer {rules, version}.
    let seed_save = json!({"currentVersion": "text", "workflow": {"id": "text",
        "createdDate": "2025-07-10T04:30:19.188Z", "rules": [seed_rule_example()]}});
    let save = json!({"currentVersion": "", "workflow": {"id": "ignored",
        "createdDate": "2025-07-10T04:30:19.188Z", "rules": [seed_rule("prod")]}});
    assert_eq!(key_paths(&save), key_paths(&seed_save));
    let reply = call(addr, Method::POST, "/o/acme/routing", Some(&admin), Some(&save)).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.json());
    let saved = reply.json();
    let seed_answer = json!({"rules": [seed_rule_example()], "version": "text"});
    assert_eq!(key_paths(&saved), key_paths(&seed_answer), "{saved}");
    assert_eq!(
        saved["rules"][0],
        as_printed(seed_rule("prod")),
        "a rule reads back as sent"
    );

    // GET /o/{orgId}/routing and GET /o/{orgId}/routing/{workflowId}: {id, createdDate, rules}.
    let seed_workflow =
        json!({"id": "text", "createdDate": "2025-07-10T04:30:19.188Z", "rules": [seed_rule_example()]});
    let workflow = call(addr, Method::GET, "/o/acme/routing", Some(&admin), None)
        .await
        .json();
    assert_eq!(key_paths(&workflow), key_paths(&seed_workflow), "{workflow}");
    let created = workflow["createdDate"].as_str().unwrap();
    assert!(
        created.ends_with('Z') && chrono::DateTime::parse_from_rfc3339(created).is_ok(),
        "{created}"
    );
    let version = saved["version"].as_str().unwrap();
    let by_id = call(
        addr,
        Method::GET,
        &format!("/o/acme/routing/{version}"),
        Some(&admin),
        None,
    )
    .await;
    assert_eq!(by_id.json(), workflow);

    // Rules by name: the bare rule in and out; DELETE answers 204, no body.
    let rule = call(addr, Method::GET, "/o/acme/routing/name/prod", Some(&admin), None)
        .await
        .json();
    assert_eq!(key_paths(&rule), key_paths(&seed_rule_example()));
    let created = call(
        addr,
        Method::POST,
        "/o/acme/routing/name/second",
        Some(&admin),
        Some(&seed_rule("second")),
    )
    .await;
    assert_eq!(created.json(), as_printed(seed_rule("second")));
    let mut changed = seed_rule("second");
    changed["disabled"] = json!(false);
    let updated = call(
        addr,
        Method::PUT,
        "/o/acme/routing/name/second",
        Some(&admin),
        Some(&changed),
    )
    .await;
    assert_eq!(updated.json(), as_printed(changed));
    let deleted = call(addr, Method::DELETE, "/o/acme/routing/name/second", Some(&admin), None).await;
    assert_eq!(deleted.status, StatusCode::NO_CONTENT);
    assert!(deleted.body.is_empty());
}

async fn the_access_flow_seed_examples_work_at_their_seed_paths(backend: Backend) {
    let server = TestServer::start(backend).await;
    let admin = admin_token("acme");
    let addr = server.addr;
    assert_eq!(key_paths(&seed_flow("x")), key_paths(&seed_flow_example()));
    let seed_answer = with_created_date(seed_flow_example());

    let created = call(
        addr,
        Method::POST,
        "/api/v1/access-flows",
        Some(&admin),
        Some(&seed_flow("prod")),
    )
    .await;
    assert_eq!(created.status, StatusCode::OK, "{}", created.json());
    let created = created.json();
    assert_eq!(key_paths(&created), key_paths(&seed_answer), "{created}");
    let id = created["id"].as_str().unwrap();

    let read = call(
        addr,
        Method::GET,
        &format!("/api/v1/access-flows/{id}"),
        Some(&admin),
        None,
    )
    .await;
    assert_eq!(read.json(), created);

    let list = call(addr, Method::GET, "/api/v1/access-flows", Some(&admin), None)
        .await
        .json();
    let seed_list = json!({"data": [seed_answer.clone()], "pagination": {"total": 1, "limit": 1, "offset": 1}});
    assert_eq!(key_paths(&list), key_paths(&seed_list), "{list}");
    assert_eq!(list["pagination"], json!({"total": 1, "limit": 50, "offset": 0}));

    let mut patch = seed_flow("renamed");
    patch["active"] = json!(false);
    let patched = call(
        addr,
        Method::PATCH,
        &format!("/api/v1/access-flows/{id}"),
        Some(&admin),
        Some(&patch),
    )
    .await;
    let patched = patched.json();
    assert_eq!(key_paths(&patched), key_paths(&seed_answer));
    assert_eq!(
        (patched["name"].clone(), patched["active"].clone()),
        (json!("renamed"), json!(false))
    );

    let deleted = call(
        addr,
        Method::DELETE,
        &format!("/api/v1/access-flows/{id}"),
        Some(&admin),
        None,
    )
    .await;
    assert_eq!(
        (deleted.status, deleted.body.is_empty()),
        (StatusCode::NO_CONTENT, true)
    );
}

/// A request and the HTTP status and gRPC code it must answer with.
type ErrorCase = (Method, &'static str, Option<String>, Option<Value>, u16, i64);

/// Seed 004's example, exactly as printed, but for `daysBetweenReminders`
/// (0 in the example, which breaks the seed's own `>= 1`) and the fallback
/// approver's id: jitgate's identities are directory users, whose ids are
/// email addresses like tokens' `sub` (decision 0010), not SailPoint hashes.
fn seed_request_config_example() -> Value {
    json!({
        "approvalsMustBeExternal": true,
        "autoApprovalEnabled": true,
        "requestOnBehalfOfConfig": {
            "allowRequestOnBehalfOfAnyoneByAnyone": true,
            "allowRequestOnBehalfOfEmployeeByManager": true
        },
        "approvalReminderAndEscalationConfig": {
            "daysUntilEscalation": 0,
            "daysBetweenReminders": 1,
            "maxReminders": 1,
            "fallbackApproverRef": {
                "type": "IDENTITY",
                "id": "alison@acme.test",
                "name": "Alison Ferguso",
                "email": "[email protected]"
            }
        },
        "entitlementRequestConfig": {
            "allowEntitlementRequest": true,
            "requestCommentsRequired": false,
            "deniedCommentsRequired": false,
            "grantRequestApprovalSchemes": "entitlementOwner, sourceOwner, manager, workgroup:2c918084660f45d6016617daa9210584"
        }
    })
}

async fn the_request_config_seed_example_works_at_its_seed_path(backend: Backend) {
    let server = TestServer::start(backend).await;
    let admin = admin_token("acme");
    let addr = server.addr;
    // The fallback approver is an identity of the directory.
    let user = json!({"displayName": "Alison Ferguson", "email": "alison@acme.test"});
    let synced = call(
        addr,
        Method::PUT,
        "/directory/v1/users/alison@acme.test",
        Some(&admin),
        Some(&user),
    )
    .await;
    assert_eq!(synced.status, StatusCode::OK, "{}", synced.json());

    let seed = seed_request_config_example();
    let saved = call(addr, Method::PUT, "/access-request-config", Some(&admin), Some(&seed)).await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.json());
    let saved = saved.json();
    // Every key of the seed, plus the flags SailPoint's current schema added
    // since (written out with their defaults).
    let added: BTreeSet<String> = key_paths(&saved).difference(&key_paths(&seed)).cloned().collect();
    assert!(key_paths(&seed).is_subset(&key_paths(&saved)), "{saved}");
    assert_eq!(
        added,
        BTreeSet::from(
            [
                ".govGroupVisibilityEnabled",
                ".machineIdentityAccessRequestEnabled",
                ".reauthorizationEnabled",
                ".requestOnBehalfOfConfig.allowRequestForMachineByOwner",
                ".requestOnBehalfOfConfig.allowRequestOnBehalfOfForMachineIdentity",
                // SailPoint's newer shape of the entitlement settings.
                ".entitlementRequestConfig.accessRequestConfig",
                ".entitlementRequestConfig.accessRequestConfig.approvalSchemes",
                ".entitlementRequestConfig.accessRequestConfig.approvalSchemes[].approverId",
                ".entitlementRequestConfig.accessRequestConfig.approvalSchemes[].approverType",
                ".entitlementRequestConfig.accessRequestConfig.denialCommentRequired",
                ".entitlementRequestConfig.accessRequestConfig.maxPermittedAccessDuration",
                ".entitlementRequestConfig.accessRequestConfig.reauthorizationRequired",
                ".entitlementRequestConfig.accessRequestConfig.requestCommentRequired",
                ".entitlementRequestConfig.accessRequestConfig.requireEndDate",
                ".entitlementRequestConfig.revocationRequestConfig",
                ".entitlementRequestConfig.revocationRequestConfig.approvalSchemes",
            ]
            .map(String::from)
        ),
    );
    let mut expected = seed.clone();
    // Read-only: the directory's name and email, never the client's.
    expected["approvalReminderAndEscalationConfig"]["fallbackApproverRef"]["name"] = json!("Alison Ferguson");
    expected["approvalReminderAndEscalationConfig"]["fallbackApproverRef"]["email"] = json!("alison@acme.test");
    expected["reauthorizationEnabled"] = json!(false);
    expected["govGroupVisibilityEnabled"] = json!(false);
    expected["machineIdentityAccessRequestEnabled"] = json!(true);
    expected["requestOnBehalfOfConfig"]["allowRequestForMachineByOwner"] = json!(false);
    expected["requestOnBehalfOfConfig"]["allowRequestOnBehalfOfForMachineIdentity"] = json!(true);
    expected["entitlementRequestConfig"]["accessRequestConfig"] = json!({
        "approvalSchemes": [{"approverType": "ENTITLEMENT_OWNER", "approverId": ""},
                            {"approverType": "SOURCE_OWNER", "approverId": ""},
                            {"approverType": "MANAGER", "approverId": ""},
                            {"approverType": "GOVERNANCE_GROUP", "approverId": "2c918084660f45d6016617daa9210584"}],
        "requestCommentRequired": false, "denialCommentRequired": false, "reauthorizationRequired": false,
        "requireEndDate": false, "maxPermittedAccessDuration": null
    });
    expected["entitlementRequestConfig"]["revocationRequestConfig"] = json!({"approvalSchemes": []});
    assert_eq!(saved, expected);

    let read = call(addr, Method::GET, "/access-request-config", Some(&admin), None).await;
    assert_eq!(read.json(), expected);

    // The seed as printed (daysBetweenReminders 0) is refused, naming the field.
    let mut as_printed = seed;
    as_printed["approvalReminderAndEscalationConfig"]["daysBetweenReminders"] = json!(0);
    let refused = call(
        addr,
        Method::PUT,
        "/access-request-config",
        Some(&admin),
        Some(&as_printed),
    )
    .await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    let body = refused.json();
    let bad_request = body["details"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["@type"] == "type.googleapis.com/google.rpc.BadRequest")
        .expect("a BadRequest detail");
    let field = &bad_request["fieldViolations"][0]["field"];
    // Named in the keys the client sent (camelCase, the seed's).
    assert_eq!(
        field,
        "accessRequestConfig.approvalReminderAndEscalationConfig.daysBetweenReminders"
    );
}

async fn each_error_class_has_grpc_gateways_status(backend: Backend) {
    let server = TestServer::start(backend).await;
    let admin = admin_token("acme");
    let addr = server.addr;
    let cases: Vec<ErrorCase> = vec![
        // INVALID_ARGUMENT
        (
            Method::GET,
            "/api/v1/access-flows?limit=500",
            Some(admin.clone()),
            None,
            400,
            3,
        ),
        // UNAUTHENTICATED: a token that does not verify
        (Method::GET, "/o/acme/routing", Some("not-a-jwt".into()), None, 401, 16),
        // PERMISSION_DENIED: another org's path
        (Method::GET, "/o/globex/routing", Some(admin.clone()), None, 403, 7),
        // NOT_FOUND
        (
            Method::GET,
            "/o/acme/routing/name/absent",
            Some(admin.clone()),
            None,
            404,
            5,
        ),
        // ABORTED
        (
            Method::POST,
            "/o/acme/routing",
            Some(admin.clone()),
            Some(json!({"currentVersion": "stale", "workflow": {}})),
            409,
            10,
        ),
        // INVALID_ARGUMENT from a query parameter: a page over 100. (Every
        // declared RPC is implemented now, so no REST path answers 501;
        // src/rest/status.rs tests that mapping.)
        (
            Method::GET,
            "/workflow-engine/api/v1/requests?limit=101",
            Some(admin.clone()),
            None,
            400,
            3,
        ),
    ];
    for (method, path, token, body, status, code) in cases {
        let reply = call(addr, method.clone(), path, token.as_deref(), body.as_ref()).await;
        assert_eq!(reply.status.as_u16(), status, "{method} {path}: {}", reply.json());
        assert_eq!(reply.json()["code"], code, "{method} {path}");
        assert!(reply.json()["message"].is_string() && reply.json()["details"].is_array());
        assert_eq!(reply.header("content-type"), Some("application/json"));
    }
    let unauthenticated = call(addr, Method::GET, "/o/acme/routing", None, None).await;
    assert_eq!(unauthenticated.header("www-authenticate"), Some("Bearer"));

    // ALREADY_EXISTS
    let rule = json!({"requestor": {"type": "any"}, "resource": {"type": "any"}});
    for expected in [200, 409] {
        let reply = call(
            addr,
            Method::POST,
            "/o/acme/routing/name/dup",
            Some(&admin),
            Some(&rule),
        )
        .await;
        assert_eq!(reply.status.as_u16(), expected);
    }
}

async fn members_and_other_orgs_are_refused_over_rest(backend: Backend) {
    let server = TestServer::start(backend).await;
    let addr = server.addr;
    let created = call(
        addr,
        Method::POST,
        "/api/v1/access-flows",
        Some(&admin_token("acme")),
        Some(&seed_flow("mine")),
    )
    .await
    .json();
    let path = format!("/api/v1/access-flows/{}", created["id"].as_str().unwrap());
    // Another org's admin does not learn that the flow exists.
    let other = call(addr, Method::GET, &path, Some(&admin_token("globex")), None).await;
    assert_eq!(other.status, StatusCode::NOT_FOUND);
    // A member of the right org lacks the role.
    let member = token("acme", "bob@acme.test", &[]);
    let reply = call(addr, Method::DELETE, &path, Some(&member), None).await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    assert_eq!(reply.json()["code"], 7);
    // The flow is still there.
    let read = call(addr, Method::GET, &path, Some(&admin_token("acme")), None).await;
    assert_eq!(read.status, StatusCode::OK);
}

on_both_backends!(
    the_routing_seed_examples_work_at_their_seed_paths,
    the_access_flow_seed_examples_work_at_their_seed_paths,
    the_request_config_seed_example_works_at_its_seed_path,
    each_error_class_has_grpc_gateways_status,
    members_and_other_orgs_are_refused_over_rest,
);

async fn sqlite_server() -> TestServer {
    TestServer::start(Backend::Sqlite).await
}

#[tokio::test]
async fn unknown_paths_are_404_and_wrong_methods_405_with_allow() {
    let server = sqlite_server().await;
    let admin = admin_token("acme");
    let missing = call(server.addr, Method::GET, "/nowhere", Some(&admin), None).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(missing.json()["code"], 5);
    let wrong = call(server.addr, Method::DELETE, "/o/acme/routing", Some(&admin), None).await;
    assert_eq!(wrong.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(wrong.json()["code"], 12);
    assert_eq!(wrong.header("allow"), Some("GET, POST"));
}

#[tokio::test]
async fn an_unknown_field_is_a_400_that_names_it() {
    let server = sqlite_server().await;
    let mut flow = seed_flow("x");
    flow["colour"] = json!("red");
    let reply = call(
        server.addr,
        Method::POST,
        "/api/v1/access-flows",
        Some(&admin_token("acme")),
        Some(&flow),
    )
    .await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    let body = reply.json();
    assert_eq!(body["code"], 3);
    assert!(body["message"].as_str().unwrap().contains("colour"), "{body}");
}

#[tokio::test]
async fn malformed_json_is_a_400() {
    let server = sqlite_server().await;
    let request = http::Request::post(format!("http://{}/api/v1/access-flows", server.addr))
        .header("authorization", format!("Bearer {}", admin_token("acme")))
        .header("content-type", "application/json")
        .body(http_body_util::Full::new(bytes::Bytes::from_static(b"{\"name\":")))
        .unwrap();
    let reply = common::rest::send_raw(server.addr, Version::Http1, request).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert_eq!(reply.json()["code"], 3);
}

#[tokio::test]
async fn the_proto_field_names_are_accepted_as_well_as_the_json_names() {
    let server = sqlite_server().await;
    let admin = admin_token("acme");
    let body = json!({"current_version": "", "workflow": {"rules": []}});
    let reply = call(server.addr, Method::POST, "/o/acme/routing", Some(&admin), Some(&body)).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.json());
    // The same precondition through the JSON name now fails: a version exists.
    let body = json!({"currentVersion": "", "workflow": {"rules": []}});
    let reply = call(server.addr, Method::POST, "/o/acme/routing", Some(&admin), Some(&body)).await;
    assert_eq!(reply.status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn bodies_over_the_message_limit_are_refused() {
    let store = common::TestDb::new(Backend::Sqlite).await;
    let options = ServerOptions {
        max_message_bytes: 1024,
        ..Default::default()
    };
    let server = TestServer::with_store(std::sync::Arc::new(store.store().await), options).await;
    let body = json!({"name": "x".repeat(2048)});
    let reply = call(
        server.addr,
        Method::POST,
        "/api/v1/access-flows",
        Some(&admin_token("acme")),
        Some(&body),
    )
    .await;
    assert_eq!(reply.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(reply.json()["code"], 8);
}

#[tokio::test]
async fn rest_works_over_http2_as_over_http1() {
    let server = sqlite_server().await;
    let admin = admin_token("acme");
    for version in [Version::Http1, Version::Http2] {
        let reply = send(
            server.addr,
            version,
            Method::GET,
            "/o/acme/routing",
            Some(&admin),
            None,
            &[],
        )
        .await;
        assert_eq!(reply.status, StatusCode::OK, "{version:?}");
        assert_eq!(reply.json()["rules"], json!([]));
    }
}

#[tokio::test]
async fn the_callers_request_id_is_echoed_and_quoted_in_errors() {
    let server = sqlite_server().await;
    let reply = send(
        server.addr,
        Version::Http1,
        Method::GET,
        "/o/acme/routing/name/absent",
        Some(&admin_token("acme")),
        None,
        &[("x-request-id", "trace-me-42")],
    )
    .await;
    assert_eq!(reply.header("x-request-id"), Some("trace-me-42"));
    let details = reply.json()["details"].clone();
    let info = details
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["@type"] == "type.googleapis.com/google.rpc.RequestInfo")
        .cloned()
        .unwrap();
    assert_eq!(info["requestId"], "trace-me-42");
}
