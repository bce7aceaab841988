//! Bodies as the vendors' own clients write and read them (decision 0023):
//! Apono's `created_date` as a number, PrivX's quorum and decision words,
//! its `status`, and the computed fields its clients send back.

use http::{Method, StatusCode};
use jitgate::{pb::v1 as pb, rest::dialect};
use serde_json::{Value, json};

use super::{seed_flow, sqlite_server};
use crate::common::{admin_token, authed, rest::call, token};

#[tokio::test]
async fn apono_created_date_is_a_number_of_seconds_and_either_form_is_accepted() {
    let server = sqlite_server().await;
    let admin = admin_token("acme");
    let before = chrono::Utc::now().timestamp() as f64;
    let mut body = seed_flow("prod");
    body["created_date"] = json!(1_000.5);
    let created = call(
        server.addr,
        Method::POST,
        "/api/v1/access-flows",
        Some(&admin),
        Some(&body),
    )
    .await;
    assert_eq!(created.status, StatusCode::OK, "{}", created.json());
    let created = created.json();
    let seconds = created["created_date"].as_f64().expect("created_date is a JSON number");
    assert!(created["created_date"].is_f64(), "{created}");
    assert!(
        seconds >= before - 1.0 && seconds <= before + 60.0,
        "the body's value is ignored: {seconds}"
    );

    // gRPC keeps the exact string; REST prints the same instant.
    let id = created["id"].as_str().unwrap().to_string();
    let grpc = server
        .access_flows()
        .await
        .get_access_flow(authed(&admin, pb::GetAccessFlowRequest { id: id.clone() }))
        .await
        .unwrap()
        .into_inner()
        .access_flow
        .unwrap();
    assert_eq!(dialect::decimal_seconds(&grpc.created_date), Some(seconds));

    // A client sending back what it read, as a number or as the string.
    let path = format!("/api/v1/access-flows/{id}");
    for sent in [json!(seconds), json!(grpc.created_date), json!("1.000000000")] {
        let patch = json!({"name": "prod renamed", "created_date": sent});
        let patched = call(server.addr, Method::PATCH, &path, Some(&admin), Some(&patch)).await;
        assert_eq!(patched.status, StatusCode::OK, "{sent}: {}", patched.json());
        assert_eq!(patched.json()["created_date"], json!(seconds), "{sent}");
        assert_eq!(patched.json()["name"], "prod renamed");
    }
    let listed = call(server.addr, Method::GET, "/api/v1/access-flows", Some(&admin), None).await;
    assert_eq!(listed.json()["data"][0]["created_date"], json!(seconds));
}

/// An org whose `aws` requests need one approval from group `sre`.
async fn route_aws_to_sre(addr: std::net::SocketAddr, admin: &str) {
    let directory = json!({
        "users": [{"id": "bob@acme.test"}, {"id": "admin@acme.test"}],
        "groups": [{"id": "sre"}],
        "groupMembers": [{"groupId": "sre", "userIds": ["admin@acme.test"]}]
    });
    let reply = call(addr, Method::POST, "/directory/v1/batch", Some(admin), Some(&directory)).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.json());
    let workflow = json!({"workflow": {"rules": [{
        "name": "sre-approves",
        "requestor": {"type": "any"},
        "resource": {"type": "integration", "service": "aws"},
        "approval": [{"type": "group", "directory": "okta", "id": "sre", "label": "SRE"}]
    }]}});
    let reply = call(addr, Method::POST, "/o/acme/routing", Some(admin), Some(&workflow)).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.json());
}

fn privx_request(resource_id: &str) -> Value {
    json!({
        "resource": {"service": "aws", "resource_type": "role", "resource_id": resource_id},
        "request_justification": "incident 42",
        "requested_grant_type": "PERMANENT",
        // What a PrivX client may send back from an earlier read: computed,
        // so ignored, whatever it holds.
        "workflow": "7f2c0a4e-0000-4000-8000-000000000000",
        "status": "approved",
        "steps": [{"id": "s1", "name": "Managers", "match": "ALL",
                   "approvers": [{"id": "nobody", "role": {"id": "r", "name": "Role"}}]}]
    })
}

#[tokio::test]
async fn privx_words_status_and_computed_fields() {
    let server = sqlite_server().await;
    let addr = server.addr;
    let admin = admin_token("acme");
    let bob = token("acme", "bob@acme.test", &[]);
    route_aws_to_sre(addr, &admin).await;
    let version = call(addr, Method::GET, "/o/acme/routing", Some(&admin), None)
        .await
        .json()["id"]
        .clone();

    let filed = call(
        addr,
        Method::POST,
        "/workflow-engine/api/v1/requests",
        Some(&bob),
        Some(&privx_request("a")),
    )
    .await;
    assert_eq!(filed.status, StatusCode::OK, "{}", filed.json());
    let filed = filed.json();
    assert_eq!(filed["status"], "pending", "{filed}");
    assert_eq!(filed["state"], "REQUEST_STATE_PENDING_APPROVAL");
    assert_ne!(filed["workflow"], "7f2c0a4e-0000-4000-8000-000000000000");
    assert_eq!(filed["workflow"], version);
    let steps = filed["steps"].as_array().unwrap();
    assert_eq!(steps.len(), 1, "{filed}");
    assert_eq!(steps[0]["match"], "ANY", "PrivX's spelling of the quorum");
    assert_eq!(steps[0]["approvers"][0]["id"], "sre");
    assert_eq!(filed["can_bypass_revoke_workflow"], false, "PrivX's default");
    assert_eq!(
        filed["plan"]["paths"][0]["steps"][0]["match"], "ANY",
        "{}",
        filed["plan"]
    );

    // PrivX's plain decision words, in any case.
    let id = filed["id"].as_str().unwrap();
    let decision = json!({"decision": "Approved", "comment": "ok"});
    let decided = call(
        addr,
        Method::POST,
        &format!("/workflow-engine/api/v1/requests/{id}/decision"),
        Some(&admin),
        Some(&decision),
    )
    .await;
    assert_eq!(decided.status, StatusCode::OK, "{}", decided.json());
    let read = call(
        addr,
        Method::GET,
        &format!("/workflow-engine/api/v1/requests/{id}"),
        Some(&bob),
        None,
    )
    .await
    .json();
    assert!(matches!(read["status"].as_str(), Some("approved" | "active")), "{read}");
    assert_eq!(read["steps"][0]["approvers"][0]["decision"], "DECISION_APPROVED");

    let mut second = privx_request("b");
    second["can_bypass_revoke_workflow"] = json!(true);
    let second = call(
        addr,
        Method::POST,
        "/workflow-engine/api/v1/requests",
        Some(&bob),
        Some(&second),
    )
    .await
    .json();
    assert_eq!(second["can_bypass_revoke_workflow"], true, "{second}");
    let path = format!(
        "/workflow-engine/api/v1/requests/{}/decision",
        second["id"].as_str().unwrap()
    );
    let refused = call(
        addr,
        Method::POST,
        &path,
        Some(&admin),
        Some(&json!({"decision": "maybe"})),
    )
    .await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert!(
        refused.json()["message"].as_str().unwrap().contains("decision"),
        "{}",
        refused.json()
    );
    let denied = call(
        addr,
        Method::POST,
        &path,
        Some(&admin),
        Some(&json!({"decision": "DENIED"})),
    )
    .await;
    assert_eq!(denied.status, StatusCode::OK, "{}", denied.json());
    let read = call(addr, Method::GET, &path.replace("/decision", ""), Some(&bob), None)
        .await
        .json();
    assert_eq!(read["status"], "denied", "{read}");
    assert_eq!(read["state"], "REQUEST_STATE_DENIED");
}

#[tokio::test]
async fn violations_name_fields_in_the_clients_own_keys() {
    let server = sqlite_server().await;
    let admin = admin_token("acme");
    let camel = json!({"approvalReminderAndEscalationConfig": {"maxReminders": 25}});
    let snake = json!({"approval_reminder_and_escalation_config": {"max_reminders": 25}});
    for (body, field) in [
        (
            camel,
            "accessRequestConfig.approvalReminderAndEscalationConfig.maxReminders",
        ),
        (
            snake,
            "access_request_config.approval_reminder_and_escalation_config.max_reminders",
        ),
    ] {
        let reply = call(
            server.addr,
            Method::PUT,
            "/v3/access-request-config",
            Some(&admin),
            Some(&body),
        )
        .await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST);
        let reply = reply.json();
        let violation = &reply["details"][1]["fieldViolations"][0];
        assert_eq!(violation["field"], field, "{reply}");
        let message = reply["message"].as_str().unwrap();
        assert!(message.starts_with(&format!("invalid request: {field}: ")), "{message}");
    }
    // A directory batch: each item as its client spelled it.
    let batch = json!({"users": [{"id": "a@acme.test"}, {"id": "b@acme.test", "managerId": "nobody@acme.test"}]});
    let reply = call(
        server.addr,
        Method::POST,
        "/directory/v1/batch",
        Some(&admin),
        Some(&batch),
    )
    .await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{}", reply.json());
    let fields: Vec<String> = reply.json()["details"][1]["fieldViolations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["field"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(fields, ["users[1].managerId"], "{}", reply.json());
}

#[tokio::test]
async fn empty_strings_and_lists_in_unused_fields_are_not_set() {
    // A P0 rule as a generated Go or Java client writes it: every key sent.
    let server = sqlite_server().await;
    let admin = admin_token("acme");
    let rule = json!({
        "name": "generated",
        "disabled": false,
        "requestor": {"type": "any", "uid": "", "directory": "", "id": "", "label": "", "effect": ""},
        "resource": {"type": "any", "service": "", "access_type": "", "filters": {}},
        "approval": [{"type": "p0", "directory": "", "integration": "", "profile_property": "",
                      "id": "", "label": "", "services": [], "options": null}]
    });
    let body = json!({"workflow": {"rules": [rule]}});
    let saved = call(server.addr, Method::POST, "/o/acme/routing", Some(&admin), Some(&body)).await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.json());
    let read = call(
        server.addr,
        Method::GET,
        "/o/acme/routing/name/generated",
        Some(&admin),
        None,
    )
    .await;
    let read = read.json();
    assert_eq!(read["requestor"], json!({"type": "any"}), "{read}");
    assert_eq!(read["approval"][0]["type"], "p0");
    assert!(read["approval"][0].get("directory").is_none(), "{read}");

    // A PrivX request with empty sub-objects: for the requester, on the resource.
    let bob = token("acme", "bob@acme.test", &[]);
    let request = json!({
        "resource": {"service": "aws", "resource_type": "role", "resource_id": "a"},
        "requested_role": {"id": "", "name": ""},
        "target_user": {"id": "", "display_name": ""},
        "requested_grant_type": "PERMANENT"
    });
    let filed = call(
        server.addr,
        Method::POST,
        "/workflow-engine/api/v1/requests",
        Some(&bob),
        Some(&request),
    )
    .await;
    assert_eq!(filed.status, StatusCode::OK, "{}", filed.json());
    assert_eq!(filed.json()["target_user"]["id"], "bob@acme.test");
}

#[tokio::test]
async fn opaque_user_ids_work_in_the_directory_tokens_and_the_request_config() {
    let server = sqlite_server().await;
    let addr = server.addr;
    let admin = admin_token("acme");
    let (sailpoint, okta) = ("2c9180835d2e5168015d32f890ca1581", "00u1AbCdE");
    let directory = json!({
        "users": [{"id": sailpoint, "managerId": okta}, {"id": okta}, {"id": "00u1abcde"}, {"id": "jdoe"}],
        "groups": [{"id": "sre"}],
        "groupMembers": [{"groupId": "sre", "userIds": [okta]}]
    });
    let reply = call(
        addr,
        Method::POST,
        "/directory/v1/batch",
        Some(&admin),
        Some(&directory),
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.json());
    let workflow = json!({"workflow": {"rules": [{
        "name": "sre-approves", "requestor": {"type": "any"},
        "resource": {"type": "integration", "service": "aws"},
        "approval": [{"type": "group", "directory": "okta", "id": "sre"}]
    }]}});
    assert_eq!(
        call(addr, Method::POST, "/o/acme/routing", Some(&admin), Some(&workflow))
            .await
            .status,
        StatusCode::OK
    );
    let config =
        json!({"approvalReminderAndEscalationConfig": {"fallbackApproverRef": {"type": "IDENTITY", "id": "jdoe"}}});
    let saved = call(
        addr,
        Method::PUT,
        "/v3/access-request-config",
        Some(&admin),
        Some(&config),
    )
    .await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.json());
    assert_eq!(
        saved.json()["approvalReminderAndEscalationConfig"]["fallbackApproverRef"]["id"],
        "jdoe"
    );

    let requester = token("acme", sailpoint, &[]);
    let filed = call(
        addr,
        Method::POST,
        "/workflow-engine/api/v1/requests",
        Some(&requester),
        Some(&privx_request("a")),
    )
    .await
    .json();
    assert_eq!(filed["requester"]["id"], sailpoint, "{filed}");
    let decide = format!(
        "/workflow-engine/api/v1/requests/{}/decision",
        filed["id"].as_str().unwrap()
    );
    // An id that differs only in case is someone else: not a party, so the
    // request is not even visible to them.
    let other = token("acme", "00u1abcde", &["APPROVER"]);
    let refused = call(
        addr,
        Method::POST,
        &decide,
        Some(&other),
        Some(&json!({"decision": "approved"})),
    )
    .await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND, "{}", refused.json());
    let approver = token("acme", okta, &["APPROVER"]);
    let approved = call(
        addr,
        Method::POST,
        &decide,
        Some(&approver),
        Some(&json!({"decision": "approved"})),
    )
    .await;
    assert_eq!(approved.status, StatusCode::OK, "{}", approved.json());
    let read = call(
        addr,
        Method::GET,
        &format!("/directory/v1/users/{okta}"),
        Some(&admin),
        None,
    )
    .await
    .json();
    assert_eq!(read["id"], okta, "{read}");
    assert_eq!(read["email"], "");
}

#[tokio::test]
async fn sailpoint_sdk_2_bodies_with_the_nested_entitlement_shape_round_trip() {
    let server = sqlite_server().await;
    let admin = admin_token("acme");
    // What SailPoint's Python SDK 2.x writes after reading a fresh config.
    let body = json!({
        "approvalsMustBeExternal": false, "autoApprovalEnabled": false, "reauthorizationEnabled": false,
        "requestOnBehalfOfConfig": {"allowRequestOnBehalfOfAnyoneByAnyone": false,
            "allowRequestOnBehalfOfEmployeeByManager": false,
            "allowRequestOnBehalfOfForMachineIdentity": true, "allowRequestForMachineByOwner": false},
        "approvalReminderAndEscalationConfig": {"daysUntilEscalation": null, "daysBetweenReminders": null,
            "maxReminders": 1, "fallbackApproverRef": null},
        "entitlementRequestConfig": {
            "accessRequestConfig": {"approvalSchemes": [{"approverType": "MANAGER", "approverId": null},
                                                        {"approverType": "GOVERNANCE_GROUP", "approverId": "sre"}],
                "requestCommentRequired": true, "denialCommentRequired": false, "reauthorizationRequired": false,
                "requireEndDate": true, "maxPermittedAccessDuration": {"value": 2, "timeUnit": "WEEKS"},
                "formDefinitionId": null},
            "revocationRequestConfig": {"approvalSchemes": []}
        }
    });
    let saved = call(
        server.addr,
        Method::PUT,
        "/access-request-config/v1",
        Some(&admin),
        Some(&body),
    )
    .await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.json());
    let read = call(
        server.addr,
        Method::GET,
        "/v2025/access-request-config",
        Some(&admin),
        None,
    )
    .await
    .json();
    let e = &read["entitlementRequestConfig"];
    assert_eq!(e["grantRequestApprovalSchemes"], "manager, workgroup:sre", "{read}");
    assert_eq!(e["requestCommentsRequired"], true);
    assert_eq!(
        e["accessRequestConfig"]["approvalSchemes"][1],
        json!({"approverType": "GOVERNANCE_GROUP", "approverId": "sre"})
    );
    assert_eq!(e["accessRequestConfig"]["requireEndDate"], true);
    assert_eq!(
        e["accessRequestConfig"]["maxPermittedAccessDuration"],
        json!({"value": 2, "timeUnit": "WEEKS"})
    );
    assert_eq!(e["revocationRequestConfig"], json!({"approvalSchemes": []}));

    // An npm client echoing everything it read while its caller edits the flat key.
    let mut echoed = read.clone();
    echoed["entitlementRequestConfig"]["grantRequestApprovalSchemes"] = json!("sourceOwner");
    let saved = call(
        server.addr,
        Method::PUT,
        "/v3/access-request-config",
        Some(&admin),
        Some(&echoed),
    )
    .await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.json());
    let e = &saved.json()["entitlementRequestConfig"];
    assert_eq!(e["grantRequestApprovalSchemes"], "sourceOwner");
    assert_eq!(
        e["accessRequestConfig"]["approvalSchemes"],
        json!([{"approverType": "SOURCE_OWNER", "approverId": ""}])
    );
    assert_eq!(
        e["accessRequestConfig"]["requireEndDate"], true,
        "kept through the echo"
    );

    // A WORKFLOW step has no meaning here.
    let mut workflow = read;
    workflow["entitlementRequestConfig"]["accessRequestConfig"]["approvalSchemes"] =
        json!([{"approverType": "WORKFLOW", "approverId": "wf-1"}]);
    workflow["entitlementRequestConfig"]
        .as_object_mut()
        .unwrap()
        .remove("grantRequestApprovalSchemes");
    let refused = call(
        server.addr,
        Method::PUT,
        "/v3/access-request-config",
        Some(&admin),
        Some(&workflow),
    )
    .await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    let field = &refused.json()["details"][1]["fieldViolations"][0]["field"];
    assert_eq!(
        field,
        "accessRequestConfig.entitlementRequestConfig.accessRequestConfig.approvalSchemes[0].approverType"
    );
}
