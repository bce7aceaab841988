//! Parity: every unary RPC, called through gRPC and through REST, gives the
//! same result — the canonical JSON of the gRPC response equals the REST
//! body, and a gRPC error's code is the REST error's code, with the same
//! message and details — on SQLite and on PostgreSQL.
//!
//! The script runs twice, once per surface, on two fresh servers, so writes
//! happen on both. Server-made values (ids, versions, timestamps, request
//! ids) differ between the two servers and are replaced by placeholders in
//! order of appearance before comparing. Adding a service means adding
//! steps; nothing else here is per RPC.

use crate::common;

use std::collections::HashMap;

use bytes::Bytes;
use common::{
    Backend, TestServer, admin_token,
    rest::{self, Reply},
    token,
};
use http::{Method, StatusCode};
use jitgate::rest::{
    call, client_keys,
    json::response_json,
    status::{error_reply, http_status},
    table::{BodyTarget, Lookup, Table},
};
use prost::Message;
use prost_reflect::DynamicMessage;
use serde_json::{Value, json};
use tonic::metadata::{MetadataMap, MetadataValue};

#[derive(Debug, Clone, Copy)]
enum Who {
    Admin,
    Member,
    OtherOrgAdmin,
    Anonymous,
}

impl Who {
    fn token(self) -> Option<String> {
        match self {
            Who::Admin => Some(admin_token("acme")),
            Who::Member => Some(token("acme", "bob@acme.test", &[])),
            Who::OtherOrgAdmin => Some(admin_token("globex")),
            Who::Anonymous => None,
        }
    }
}

/// One operation, as a REST request and as the equivalent gRPC request.
/// `$name` in either is replaced by a value captured earlier on the same
/// surface.
struct Step {
    what: &'static str,
    who: Who,
    method: Method,
    path: &'static str,
    body: Option<Value>,
    grpc: Value,
    /// Saves a value of the result (a JSON pointer) as `$name`.
    capture: Option<(&'static str, &'static str)>,
}

fn step(what: &'static str, method: Method, path: &'static str, body: Option<Value>, grpc: Value) -> Step {
    Step {
        what,
        who: Who::Admin,
        method,
        path,
        body,
        grpc,
        capture: None,
    }
}

impl Step {
    fn by(mut self, who: Who) -> Self {
        self.who = who;
        self
    }

    fn capture(mut self, name: &'static str, pointer: &'static str) -> Self {
        self.capture = Some((name, pointer));
        self
    }
}

fn rule(name: &str) -> Value {
    json!({
        "name": name,
        "requestor": {"type": "group", "directory": "okta", "id": "sre"},
        "resource": {"type": "integration", "service": "aws",
                     "filters": {"account": {"effect": "keep", "pattern": "^prod-.*$"}}},
        "approval": [{"type": "requestor-profile", "directory": "okta", "profile_property": "manager",
                      "options": {"require_reason": true, "duration": 3600}}]
    })
}

fn flow(name: &str) -> Value {
    json!({
        "name": name,
        "trigger": {"type": "user_request",
                    "timeframe": {"start_of_day_time_in_seconds": 28800, "end_of_day_time_in_seconds": 64800,
                                  "days_in_week": ["MONDAY"], "time_zone": "Europe/Helsinki"}},
        "grantees": [{"type": "group", "id": "engineering"}],
        "integration_targets": [{"integration_id": "postgres-prod", "resource_type": "postgresql-database",
                                 "permissions": ["SELECT"]}],
        "approvers": [{"type": "manager"}],
        "revoke_after_in_sec": 3600
    })
}

fn routing_steps() -> Vec<Step> {
    use Method as M;
    vec![
        step(
            "read before any save",
            M::GET,
            "/o/acme/routing",
            None,
            json!({"org_id": "acme"}),
        ),
        step(
            "save a workflow",
            M::POST,
            "/o/acme/routing",
            Some(json!({"workflow": {"rules": [rule("r1")]}})),
            json!({"org_id": "acme", "workflow": {"rules": [rule("r1")]}}),
        )
        .capture("v1", "/version"),
        step(
            "read the saved workflow",
            M::GET,
            "/o/acme/routing",
            None,
            json!({"org_id": "acme"}),
        ),
        step(
            "read one version",
            M::GET,
            "/o/acme/routing/$v1",
            None,
            json!({"org_id": "acme", "workflow_id": "$v1"}),
        ),
        step(
            "read an unknown version",
            M::GET,
            "/o/acme/routing/nope",
            None,
            json!({"org_id": "acme", "workflow_id": "nope"}),
        ),
        step(
            "save on a stale version",
            M::POST,
            "/o/acme/routing",
            Some(json!({"currentVersion": "stale", "workflow": {"rules": []}})),
            json!({"org_id": "acme", "current_version": "stale", "workflow": {"rules": []}}),
        ),
        step(
            "save an invalid workflow",
            M::POST,
            "/o/acme/routing",
            Some(json!({"workflow": {"rules": [{"name": "", "requestor": {"type": "robot"}}]}})),
            json!({"org_id": "acme", "workflow": {"rules": [{"name": "", "requestor": {"type": "robot"}}]}}),
        ),
        step(
            "read a rule",
            M::GET,
            "/o/acme/routing/name/r1",
            None,
            json!({"org_id": "acme", "name": "r1"}),
        ),
        step(
            "create a rule",
            M::POST,
            "/o/acme/routing/name/r2",
            Some(rule("r2")),
            json!({"org_id": "acme", "name": "r2", "rule": rule("r2")}),
        ),
        step(
            "create a rule that exists",
            M::POST,
            "/o/acme/routing/name/r2",
            Some(rule("r2")),
            json!({"org_id": "acme", "name": "r2", "rule": rule("r2")}),
        ),
        step(
            "update a rule",
            M::PUT,
            "/o/acme/routing/name/r2",
            Some(json!({"requestor": {"type": "any"}, "resource": {"type": "any"}, "disabled": true})),
            json!({"org_id": "acme", "name": "r2",
                   "rule": {"requestor": {"type": "any"}, "resource": {"type": "any"}, "disabled": true}}),
        ),
        step(
            "delete a rule",
            M::DELETE,
            "/o/acme/routing/name/r2",
            None,
            json!({"org_id": "acme", "name": "r2"}),
        ),
        step(
            "read a deleted rule",
            M::GET,
            "/o/acme/routing/name/r2",
            None,
            json!({"org_id": "acme", "name": "r2"}),
        ),
        step(
            "read another org's routing",
            M::GET,
            "/o/globex/routing",
            None,
            json!({"org_id": "globex"}),
        ),
        step(
            "read without the admin role",
            M::GET,
            "/o/acme/routing",
            None,
            json!({"org_id": "acme"}),
        )
        .by(Who::Member),
        step(
            "read without a token",
            M::GET,
            "/o/acme/routing",
            None,
            json!({"org_id": "acme"}),
        )
        .by(Who::Anonymous),
    ]
}

fn access_flow_steps() -> Vec<Step> {
    use Method as M;
    vec![
        step(
            "list before any create",
            M::GET,
            "/api/v1/access-flows",
            None,
            json!({}),
        ),
        step(
            "create a flow",
            M::POST,
            "/api/v1/access-flows",
            Some(flow("prod-db-read")),
            json!({"access_flow": flow("prod-db-read")}),
        )
        .capture("flow", "/id"),
        step(
            "create a second flow",
            M::POST,
            "/api/v1/access-flows",
            Some(flow("second")),
            json!({"access_flow": flow("second")}),
        ),
        step(
            "create a flow whose name is taken",
            M::POST,
            "/api/v1/access-flows",
            Some(flow("second")),
            json!({"access_flow": flow("second")}),
        ),
        step(
            "create an invalid flow",
            M::POST,
            "/api/v1/access-flows",
            Some(json!({"name": " padded ", "revoke_after_in_sec": 0, "grantees": []})),
            json!({"access_flow": {"name": " padded ", "revoke_after_in_sec": 0, "grantees": []}}),
        ),
        step(
            "read a flow",
            M::GET,
            "/api/v1/access-flows/$flow",
            None,
            json!({"id": "$flow"}),
        ),
        step(
            "list one page",
            M::GET,
            "/api/v1/access-flows?limit=1&offset=1",
            None,
            json!({"limit": 1, "offset": 1}),
        ),
        step(
            "list with a limit over 100",
            M::GET,
            "/api/v1/access-flows?limit=101",
            None,
            json!({"limit": 101}),
        ),
        step(
            "patch the keys in the body (the mask is inferred over REST)",
            M::PATCH,
            "/api/v1/access-flows/$flow",
            Some(json!({"active": false, "approvers": []})),
            json!({"id": "$flow", "access_flow": {"active": false}, "update_mask": "active,approvers"}),
        ),
        step(
            "patch with a mask in the query",
            M::PATCH,
            "/api/v1/access-flows/$flow?update_mask=name",
            Some(json!({"name": "renamed", "active": true})),
            json!({"id": "$flow", "access_flow": {"name": "renamed", "active": true}, "update_mask": "name"}),
        ),
        step(
            "read another org's flow",
            M::GET,
            "/api/v1/access-flows/$flow",
            None,
            json!({"id": "$flow"}),
        )
        .by(Who::OtherOrgAdmin),
        step(
            "delete a flow",
            M::DELETE,
            "/api/v1/access-flows/$flow",
            None,
            json!({"id": "$flow"}),
        ),
        step(
            "read a deleted flow",
            M::GET,
            "/api/v1/access-flows/$flow",
            None,
            json!({"id": "$flow"}),
        ),
        step(
            "list without the admin role",
            M::GET,
            "/api/v1/access-flows",
            None,
            json!({}),
        )
        .by(Who::Member),
    ]
}

fn directory_steps() -> Vec<Step> {
    use Method as M;
    let alice = json!({"id": "alice@acme.test", "email": "alice@acme.test", "displayName": "Alice",
                       "managerId": "bob@acme.test", "attributes": {"department": "sre"}});
    let bob = json!({"id": "bob@acme.test", "displayName": "Bob"});
    let roster = json!({"integration": "pagerduty", "service": "payments", "userIds": ["bob@acme.test"]});
    let owners = json!({"service": "aws", "resourceId": "prod/db/1", "ownerIds": ["bob@acme.test"]});
    vec![
        step(
            "upsert a user",
            M::PUT,
            "/directory/v1/users/bob@acme.test",
            Some(bob.clone()),
            json!({"user": bob}),
        ),
        step(
            "upsert a user with a manager",
            M::PUT,
            "/directory/v1/users/alice@acme.test",
            Some(alice.clone()),
            json!({"user": alice}),
        ),
        step(
            "a manager cycle is refused",
            M::PUT,
            "/directory/v1/users/bob@acme.test",
            Some(json!({"managerId": "alice@acme.test"})),
            json!({"user": {"id": "bob@acme.test", "managerId": "alice@acme.test"}}),
        ),
        step(
            "get a user",
            M::GET,
            "/directory/v1/users/alice@acme.test",
            None,
            json!({"id": "alice@acme.test"}),
        ),
        step(
            "get an unknown user",
            M::GET,
            "/directory/v1/users/nobody@acme.test",
            None,
            json!({"id": "nobody@acme.test"}),
        ),
        step(
            "list users with a filter",
            M::GET,
            "/directory/v1/users?limit=1&managerId=bob@acme.test",
            None,
            json!({"limit": 1, "manager_id": "bob@acme.test"}),
        ),
        step(
            "a limit over 100 is refused",
            M::GET,
            "/directory/v1/users?limit=101",
            None,
            json!({"limit": 101}),
        ),
        step(
            "upsert a group",
            M::PUT,
            "/directory/v1/groups/sre",
            Some(json!({"displayName": "SRE", "directory": "okta"})),
            json!({"group": {"id": "sre", "displayName": "SRE", "directory": "okta"}}),
        ),
        step(
            "get a group",
            M::GET,
            "/directory/v1/groups/sre",
            None,
            json!({"id": "sre"}),
        ),
        step("list groups", M::GET, "/directory/v1/groups", None, json!({})),
        step(
            "add a member",
            M::PUT,
            "/directory/v1/groups/sre/members/alice@acme.test",
            None,
            json!({"group_id": "sre", "user_id": "alice@acme.test"}),
        ),
        step(
            "list members",
            M::GET,
            "/directory/v1/groups/sre/members",
            None,
            json!({"group_id": "sre"}),
        ),
        step(
            "remove a member",
            M::DELETE,
            "/directory/v1/groups/sre/members/alice@acme.test",
            None,
            json!({"group_id": "sre", "user_id": "alice@acme.test"}),
        ),
        step(
            "upsert an on-call roster",
            M::PUT,
            "/directory/v1/oncall/pagerduty/payments",
            Some(roster.clone()),
            json!({"roster": roster}),
        ),
        step(
            "get an on-call roster",
            M::GET,
            "/directory/v1/oncall/pagerduty/payments",
            None,
            json!({"integration": "pagerduty", "service": "payments"}),
        ),
        step(
            "list on-call rosters",
            M::GET,
            "/directory/v1/oncall?integration=pagerduty",
            None,
            json!({"integration": "pagerduty"}),
        ),
        step(
            "upsert resource owners (a multi-segment resource id)",
            M::PUT,
            "/directory/v1/owners/aws/resources/prod/db/1",
            Some(owners.clone()),
            json!({"ownership": owners}),
        ),
        step(
            "get resource owners",
            M::GET,
            "/directory/v1/owners/aws/resources/prod/db/1",
            None,
            json!({"service": "aws", "resource_id": "prod/db/1"}),
        ),
        step(
            "list owners",
            M::GET,
            "/directory/v1/owners?service=aws",
            None,
            json!({"service": "aws"}),
        ),
        step(
            "delete resource owners",
            M::DELETE,
            "/directory/v1/owners/aws/resources/prod/db/1",
            None,
            json!({"service": "aws", "resource_id": "prod/db/1"}),
        ),
        step(
            "delete an on-call roster",
            M::DELETE,
            "/directory/v1/oncall/pagerduty/payments",
            None,
            json!({"integration": "pagerduty", "service": "payments"}),
        ),
        step(
            "batch upsert",
            M::POST,
            "/directory/v1/batch",
            Some(
                json!({"users": [{"id": "carol@acme.test", "managerId": "bob@acme.test"}],
                        "groupMembers": [{"groupId": "sre", "userIds": ["carol@acme.test"]}]}),
            ),
            json!({"users": [{"id": "carol@acme.test", "managerId": "bob@acme.test"}],
                   "groupMembers": [{"groupId": "sre", "userIds": ["carol@acme.test"]}]}),
        ),
        step(
            "a batch with a bad item stores nothing",
            M::POST,
            "/directory/v1/batch",
            Some(json!({"users": [{"id": "dave@acme.test"}, {"id": ""}]})),
            json!({"users": [{"id": "dave@acme.test"}, {"id": ""}]}),
        ),
        step(
            "a manager cannot be deleted",
            M::DELETE,
            "/directory/v1/users/bob@acme.test",
            None,
            json!({"id": "bob@acme.test"}),
        ),
        step(
            "delete a group",
            M::DELETE,
            "/directory/v1/groups/sre",
            None,
            json!({"id": "sre"}),
        ),
        step(
            "delete a user",
            M::DELETE,
            "/directory/v1/users/carol@acme.test",
            None,
            json!({"id": "carol@acme.test"}),
        ),
        step(
            "a member may not write",
            M::PUT,
            "/directory/v1/groups/ops",
            Some(json!({"displayName": "Ops"})),
            json!({"group": {"id": "ops", "displayName": "Ops"}}),
        )
        .by(Who::Member),
    ]
}

fn request_config_steps() -> Vec<Step> {
    use Method as M;
    let config = json!({
        "autoApprovalEnabled": true,
        "approvalReminderAndEscalationConfig": {"daysUntilEscalation": 2, "daysBetweenReminders": 1,
            "maxReminders": 3, "fallbackApproverRef": {"type": "IDENTITY", "id": "bob@acme.test",
                                                        "name": "ignored", "email": "ignored@evil.test"}},
        "entitlementRequestConfig": {"grantRequestApprovalSchemes": "manager,workgroup:sre"}
    });
    vec![
        step("read the defaults", M::GET, "/access-request-config", None, json!({})),
        step(
            "the fallback approver must be a directory user",
            M::PUT,
            "/access-request-config",
            Some(config.clone()),
            json!({"access_request_config": config}),
        ),
        step(
            "sync the fallback approver",
            M::PUT,
            "/directory/v1/users/bob@acme.test",
            Some(json!({"displayName": "Bob"})),
            json!({"user": {"id": "bob@acme.test", "displayName": "Bob"}}),
        ),
        step(
            "replace the config",
            M::PUT,
            "/access-request-config",
            Some(config.clone()),
            json!({"access_request_config": config}),
        ),
        step("read it back", M::GET, "/access-request-config", None, json!({})),
        step(
            "every bad field is named",
            M::PUT,
            "/access-request-config",
            Some(
                json!({"approvalReminderAndEscalationConfig": {"daysBetweenReminders": 0, "maxReminders": 21},
                        "entitlementRequestConfig": {"grantRequestApprovalSchemes": "boss"}}),
            ),
            json!({"access_request_config": {
                "approvalReminderAndEscalationConfig": {"daysBetweenReminders": 0, "maxReminders": 21},
                "entitlementRequestConfig": {"grantRequestApprovalSchemes": "boss"}}}),
        ),
        step(
            "a member may not read",
            M::GET,
            "/access-request-config",
            None,
            json!({}),
        )
        .by(Who::Member),
    ]
}

fn policy_steps() -> Vec<Step> {
    use Method as M;
    let policy = json!({
        "routing": {"rules": [{
            "name": "prod",
            "requestor": {"type": "any"},
            "resource": {"type": "integration", "service": "aws"},
            "approval": [{"type": "p0", "options": {"duration": 3600}}]
        }]},
        "access_flows": {"flows": [{
            "name": "db-read",
            "grantees": [{"type": "group", "id": "engineering"}],
            "integration_targets": [{"integration_id": "pg", "resource_type": "postgresql-database"}],
            "revoke_after_in_sec": 3600
        }]},
        "request_config": {"autoApprovalEnabled": true}
    });
    let stricter = json!({"routing": {"rules": [{
        "name": "prod",
        "requestor": {"type": "any"},
        "resource": {"type": "integration", "service": "aws"},
        "approval": [{"type": "p0", "options": {"duration": 1800}}]
    }]}});
    let with_policy = |extra: Value| {
        let mut body = json!({ "policy": policy });
        body.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        body
    };
    vec![
        step(
            "export an empty org",
            M::GET,
            "/o/acme/policy",
            None,
            json!({"org_id": "acme"}),
        ),
        step(
            "plan a first policy",
            M::POST,
            "/o/acme/policy:plan",
            Some(json!({ "policy": policy })),
            json!({"org_id": "acme", "policy": policy}),
        ),
        step(
            "apply it",
            M::POST,
            "/o/acme/policy:apply",
            Some(json!({ "policy": policy })),
            json!({"org_id": "acme", "policy": policy}),
        ),
        step(
            "applying it again changes nothing",
            M::POST,
            "/o/acme/policy:apply",
            Some(with_policy(json!({"base": {"config_generation": "3"}}))),
            json!({"org_id": "acme", "policy": policy, "base": {"config_generation": "3"}}),
        ),
        step(
            "a stale base is refused",
            M::POST,
            "/o/acme/policy:apply",
            Some(json!({"policy": stricter, "base": {"config_generation": "1"}})),
            json!({"org_id": "acme", "policy": stricter, "base": {"config_generation": "1"}}),
        ),
        step("export it", M::GET, "/o/acme/policy", None, json!({"org_id": "acme"})),
        step(
            "simulate a stricter rule",
            M::POST,
            "/o/acme/policy:simulate",
            Some(
                json!({"policy": stricter, "hypothetical": [{"requester_id": "bob@acme.test",
                "access_request": {"resource": {"service": "aws", "resource_id": "prod"},
                    "requested_grant_type": "FLOATING", "requested_floating_length": 1}}]}),
            ),
            json!({"org_id": "acme", "policy": stricter, "hypothetical": [{"requester_id": "bob@acme.test",
                "access_request": {"resource": {"service": "aws", "resource_id": "prod"},
                    "requested_grant_type": "FLOATING", "requested_floating_length": 1}}]}),
        ),
        step(
            "a bad document names its fields",
            M::POST,
            "/o/acme/policy:plan",
            Some(json!({"policy": {"routing": {"rules": [{"name": "x", "approval": [{"type": "nope"}]}]}}})),
            json!({"org_id": "acme", "policy": {"routing": {"rules": [{"name": "x", "approval": [{"type": "nope"}]}]}}}),
        ),
        step(
            "a member may not export",
            M::GET,
            "/o/acme/policy",
            None,
            json!({"org_id": "acme"}),
        )
        .by(Who::Member),
    ]
}

fn access_request_steps() -> Vec<Step> {
    use Method as M;
    let directory = json!({
        "users": [{"id": "bob@acme.test", "displayName": "Bob", "managerId": "admin@acme.test"},
                  {"id": "admin@acme.test", "displayName": "Admin"}],
        "groups": [{"id": "sre"}],
        "groupMembers": [{"groupId": "sre", "userIds": ["admin@acme.test"]}]
    });
    let workflow = json!({"rules": [{
        "name": "sre-approves",
        "requestor": {"type": "any"},
        "resource": {"type": "integration", "service": "aws"},
        "approval": [{"type": "group", "directory": "okta", "id": "sre", "label": "SRE"}]
    }]});
    let permanent = json!({
        "request_id": "k-1",
        "resource": {"service": "aws", "resource_type": "role", "resource_id": "prod-admin"},
        "request_justification": "incident 42",
        "requested_grant_type": "PERMANENT"
    });
    let floating = json!({
        "resource": {"service": "aws", "resource_type": "role", "resource_id": "prod-admin"},
        "requested_grant_type": "FLOATING",
        "requested_floating_length": 2
    });
    vec![
        step(
            "sync the directory",
            M::POST,
            "/directory/v1/batch",
            Some(directory.clone()),
            directory,
        ),
        step(
            "route aws to the SRE group",
            M::POST,
            "/o/acme/routing",
            Some(json!({"workflow": workflow})),
            json!({"org_id": "acme", "workflow": workflow}),
        ),
        step(
            "a dry run explains the path",
            M::POST,
            "/workflow-engine/api/v1/requests/evaluate",
            Some(permanent.clone()),
            json!({"access_request": permanent}),
        )
        .by(Who::Member),
        step(
            "file a request",
            M::POST,
            "/workflow-engine/api/v1/requests",
            Some(permanent.clone()),
            json!({"access_request": permanent}),
        )
        .by(Who::Member)
        .capture("req", "/id"),
        step(
            "a retry answers the first request",
            M::POST,
            "/workflow-engine/api/v1/requests",
            Some(permanent.clone()),
            json!({"access_request": permanent}),
        )
        .by(Who::Member),
        step(
            "read it",
            M::GET,
            "/workflow-engine/api/v1/requests/$req",
            None,
            json!({"id": "$req"}),
        )
        .by(Who::Member),
        step(
            "another org cannot see it",
            M::GET,
            "/workflow-engine/api/v1/requests/$req",
            None,
            json!({"id": "$req"}),
        )
        .by(Who::OtherOrgAdmin),
        step(
            "the approver's queue",
            M::GET,
            "/workflow-engine/api/v1/requests?filter=ACCESS_REQUEST_FILTER_TO_APPROVE&limit=10",
            None,
            json!({"filter": "ACCESS_REQUEST_FILTER_TO_APPROVE", "limit": 10}),
        ),
        step(
            "the requester may not approve",
            M::POST,
            "/workflow-engine/api/v1/requests/$req/decision",
            Some(json!({"decision": "DECISION_APPROVED"})),
            json!({"id": "$req", "decision": "DECISION_APPROVED"}),
        )
        .by(Who::Member),
        step(
            "a decision needs a decision",
            M::POST,
            "/workflow-engine/api/v1/requests/$req/decision",
            Some(json!({"comment": "hm"})),
            json!({"id": "$req", "comment": "hm"}),
        ),
        step(
            "the SRE approves",
            M::POST,
            "/workflow-engine/api/v1/requests/$req/decision",
            Some(json!({"decision": "DECISION_APPROVED", "comment": "ok"})),
            json!({"id": "$req", "decision": "DECISION_APPROVED", "comment": "ok"}),
        ),
        step(
            "the grant answers a check",
            M::POST,
            "/workflow-engine/api/v1/access/check",
            Some(json!({"resource": {"service": "aws", "resource_type": "role", "resource_id": "prod-admin"}})),
            json!({"resource": {"service": "aws", "resource_type": "role", "resource_id": "prod-admin"}}),
        )
        .by(Who::Member),
        step(
            "a batch check answers each resource",
            M::POST,
            "/workflow-engine/api/v1/access/batch-check",
            Some(json!({"user_id": "bob@acme.test", "resources": [
                {"service": "aws", "resource_type": "role", "resource_id": "prod-admin"},
                {"service": "aws", "resource_type": "role", "resource_id": "dev-admin"}]})),
            json!({"user_id": "bob@acme.test", "resources": [
                {"service": "aws", "resource_type": "role", "resource_id": "prod-admin"},
                {"service": "aws", "resource_type": "role", "resource_id": "dev-admin"}]}),
        ),
        step(
            "a member may not check another user",
            M::POST,
            "/workflow-engine/api/v1/access/check",
            Some(json!({"user_id": "admin@acme.test", "resource": {"service": "aws", "resource_id": "x"}})),
            json!({"user_id": "admin@acme.test", "resource": {"service": "aws", "resource_id": "x"}}),
        )
        .by(Who::Member),
        step(
            "active grants",
            M::GET,
            "/workflow-engine/api/v1/requests?filter=ACCESS_REQUEST_FILTER_ACTIVE",
            None,
            json!({"filter": "ACCESS_REQUEST_FILTER_ACTIVE"}),
        )
        .by(Who::Member),
        step(
            "revoke it",
            M::POST,
            "/workflow-engine/api/v1/requests/$req/role/revoke",
            Some(json!({"comment": "done"})),
            json!({"id": "$req", "comment": "done"}),
        ),
        step(
            "file a floating request",
            M::POST,
            "/workflow-engine/api/v1/requests",
            Some(floating.clone()),
            json!({"access_request": floating}),
        )
        .by(Who::Member)
        .capture("float", "/id"),
        step(
            "activating before approval is refused",
            M::POST,
            "/workflow-engine/api/v1/requests/$float/activate",
            Some(json!({})),
            json!({"id": "$float"}),
        )
        .by(Who::Member),
        step(
            "cancel it",
            M::POST,
            "/workflow-engine/api/v1/requests/$float/cancel",
            Some(json!({"comment": "not needed"})),
            json!({"id": "$float", "comment": "not needed"}),
        )
        .by(Who::Member),
        step(
            "every request of the org",
            M::GET,
            "/workflow-engine/api/v1/requests?filter=ACCESS_REQUEST_FILTER_ALL",
            None,
            json!({"filter": "ACCESS_REQUEST_FILTER_ALL"}),
        ),
        step(
            "the audit trail of one request",
            M::GET,
            "/workflow-engine/api/v1/audit-events?access_request_id=$req",
            None,
            json!({"access_request_id": "$req"}),
        ),
        step(
            "members may not read the audit trail",
            M::GET,
            "/workflow-engine/api/v1/audit-events",
            None,
            json!({}),
        )
        .by(Who::Member),
    ]
}

/// One surface's view of a step's result: the HTTP status it amounts to and
/// the body (`null` for none).
type Outcome = (StatusCode, Value);

struct Surface {
    server: TestServer,
    vars: HashMap<String, String>,
    normalizer: Normalizer,
}

impl Surface {
    fn substitute(&self, text: &str) -> String {
        self.vars.iter().fold(text.to_string(), |text, (name, value)| {
            text.replace(&format!("${name}"), value)
        })
    }
}

async fn via_grpc(surface: &Surface, table: &Table, step: &Step) -> Outcome {
    let path = surface.substitute(step.path);
    let path_only = path.split('?').next().unwrap();
    let Lookup::Found(route, _) = table.lookup(&step.method, path_only) else {
        panic!("{}: {} {path} is not routed", step.what, step.method);
    };
    let request: Value = serde_json::from_str(&surface.substitute(&step.grpc.to_string())).unwrap();
    let message = DynamicMessage::deserialize(route.input(), request.clone()).expect("a valid gRPC request");
    let mut metadata = MetadataMap::new();
    if let Some(token) = step.who.token() {
        metadata.insert(
            "authorization",
            MetadataValue::try_from(format!("Bearer {token}")).unwrap(),
        );
    }
    let channel = surface.server.channel().await;
    let grpc_path = route.grpc_path();
    let call = call::Call {
        path: &grpc_path,
        metadata,
        extensions: http::Extensions::new(),
        message: Bytes::from(message.encode_to_vec()),
    };
    let result = call::unary(channel, call).await;
    match result {
        Ok(bytes) if step.method == Method::DELETE => {
            DynamicMessage::decode(route.output(), bytes).expect("a response");
            (StatusCode::NO_CONTENT, Value::Null)
        }
        Ok(bytes) => {
            let response = DynamicMessage::decode(route.output(), bytes).expect("a response");
            (StatusCode::OK, response_json(&response, route.response_body.as_ref()))
        }
        Err(status) => {
            // REST names violated fields in the keys its client sent.
            let body_field = match &route.body {
                BodyTarget::Field(field) => Some(field.name()),
                _ => None,
            };
            let status = client_keys::localize(status, &route.input(), request.as_object().unwrap(), body_field);
            let reply = error_reply(&status, table.pool());
            assert_eq!(reply.status, http_status(status.code()));
            (reply.status, reply.body)
        }
    }
}

async fn via_rest(surface: &Surface, step: &Step) -> Outcome {
    let path = surface.substitute(step.path);
    let body = step
        .body
        .as_ref()
        .map(|b| serde_json::from_str::<Value>(&surface.substitute(&b.to_string())).unwrap());
    let token = step.who.token();
    let reply: Reply = rest::call(
        surface.server.addr,
        step.method.clone(),
        &path,
        token.as_deref(),
        body.as_ref(),
    )
    .await;
    assert!(
        reply.header("x-request-id").is_some(),
        "{}: REST answers carry x-request-id",
        step.what
    );
    let body = if reply.body.is_empty() {
        Value::Null
    } else {
        reply.json()
    };
    (reply.status, body)
}

/// Replaces server-made values by placeholders numbered in order of first
/// appearance, wherever they occur (messages quote ids too).
#[derive(Default)]
struct Normalizer {
    seen: Vec<(String, String)>,
}

const SERVER_MADE: &[&str] = &[
    "id",
    "createdDate",
    "created_date",
    "version",
    "requestId",
    // Access requests and events: times and ids the two servers make apart.
    "created",
    "updated",
    "evaluated_at",
    "decision_deadline",
    "decision_time",
    "grant_start",
    "grant_end",
    "target_role_revocation_time",
    "occurred_at",
    "cursor",
    "next_cursor",
    "tracking_id",
    "workflow",
    "routing_version",
    "checked_at",
    // SimulateConfigChange: its default window ends now.
    "since",
    "until",
];

/// The shortest server-made value replaced where it is quoted inside other
/// text; shorter ones are replaced only where they are the whole string.
const MIN_QUOTED: usize = 8;

impl Normalizer {
    fn normalize(&mut self, value: &mut Value) {
        self.collect(value);
        self.replace(value);
    }

    fn collect(&mut self, value: &Value) {
        match value {
            Value::Object(object) => {
                for (key, value) in object {
                    // Apono's `created_date` prints as a number on REST.
                    if let (true, Value::Number(n)) = (SERVER_MADE.contains(&key.as_str()), value)
                        && !self.seen.iter().any(|(seen, _)| *seen == n.to_string())
                    {
                        self.seen.push((n.to_string(), format!("<{}>", self.seen.len())));
                    }
                    if let (true, Value::String(s)) = (SERVER_MADE.contains(&key.as_str()), value)
                        && !s.is_empty()
                        && !self.seen.iter().any(|(seen, _)| seen == s)
                    {
                        self.seen.push((s.clone(), format!("<{}>", self.seen.len())));
                    }
                    self.collect(value);
                }
            }
            Value::Array(items) => items.iter().for_each(|v| self.collect(v)),
            _ => {}
        }
    }

    fn replace(&self, value: &mut Value) {
        match value {
            Value::String(s) => {
                if let Some((_, placeholder)) = self.seen.iter().find(|(seen, _)| seen == s) {
                    *s = placeholder.clone();
                    return;
                }
                // Inside longer text (messages quote ids) only values long
                // enough to be unambiguous are replaced: a short one such as
                // a step id `0.0` would also match inside a timestamp.
                for (seen, placeholder) in self.seen.iter().filter(|(seen, _)| seen.len() >= MIN_QUOTED) {
                    *s = s.replace(seen.as_str(), placeholder);
                }
            }
            Value::Number(n) => {
                if let Some((_, placeholder)) = self.seen.iter().find(|(seen, _)| *seen == n.to_string()) {
                    *value = Value::String(placeholder.clone());
                }
            }
            Value::Object(object) => object.values_mut().for_each(|v| self.replace(v)),
            Value::Array(items) => items.iter_mut().for_each(|v| self.replace(v)),
            _ => {}
        }
    }
}

fn capture(surface: &mut Surface, step: &Step, outcome: &Outcome) {
    if let Some((name, pointer)) = step.capture {
        let value = outcome.1.pointer(pointer).and_then(Value::as_str);
        let value = value.unwrap_or_else(|| panic!("{}: no {pointer} in {}", step.what, outcome.1));
        surface.vars.insert(name.to_string(), value.to_string());
    }
}

async fn run_parity(backend: Backend, steps: Vec<Step>) {
    let table = Table::jitgate().unwrap();
    let mut grpc = Surface {
        server: TestServer::start(backend).await,
        vars: HashMap::new(),
        normalizer: Normalizer::default(),
    };
    let mut rest = Surface {
        server: TestServer::start(backend).await,
        vars: HashMap::new(),
        normalizer: Normalizer::default(),
    };
    for step in &steps {
        let mut by_grpc = via_grpc(&grpc, &table, step).await;
        let mut by_rest = via_rest(&rest, step).await;
        capture(&mut grpc, step, &by_grpc);
        capture(&mut rest, step, &by_rest);
        grpc.normalizer.normalize(&mut by_grpc.1);
        rest.normalizer.normalize(&mut by_rest.1);
        assert_eq!(by_rest, by_grpc, "{}: REST (left) differs from gRPC (right)", step.what);
    }
}

async fn routing_service_is_the_same_over_grpc_and_rest(backend: Backend) {
    run_parity(backend, routing_steps()).await;
}

async fn access_flow_service_is_the_same_over_grpc_and_rest(backend: Backend) {
    run_parity(backend, access_flow_steps()).await;
}

async fn directory_service_is_the_same_over_grpc_and_rest(backend: Backend) {
    run_parity(backend, directory_steps()).await;
}

async fn request_config_service_is_the_same_over_grpc_and_rest(backend: Backend) {
    run_parity(backend, request_config_steps()).await;
}

async fn access_request_service_is_the_same_over_grpc_and_rest(backend: Backend) {
    run_parity(backend, access_request_steps()).await;
}

async fn policy_service_is_the_same_over_grpc_and_rest(backend: Backend) {
    run_parity(backend, policy_steps()).await;
}

on_both_backends!(
    routing_service_is_the_same_over_grpc_and_rest,
    access_flow_service_is_the_same_over_grpc_and_rest,
    directory_service_is_the_same_over_grpc_and_rest,
    request_config_service_is_the_same_over_grpc_and_rest,
    access_request_service_is_the_same_over_grpc_and_rest,
    policy_service_is_the_same_over_grpc_and_rest,
);

/// Every unary RPC of the implemented services appears in a step, so a new
/// RPC cannot slip past the parity suite.
#[test]
fn every_implemented_unary_rpc_has_a_parity_step() {
    let table = Table::jitgate().unwrap();
    let steps: Vec<Step> = [
        routing_steps(),
        access_flow_steps(),
        directory_steps(),
        request_config_steps(),
        access_request_steps(),
        policy_steps(),
    ]
    .into_iter()
    .flatten()
    .collect();
    let covered: Vec<String> = steps
        .iter()
        .filter_map(|s| match table.lookup(&s.method, s.path.split('?').next().unwrap()) {
            Lookup::Found(route, _) => Some(route.rpc.full_name().to_string()),
            _ => None,
        })
        .collect();
    for service in jitgate::server::IMPLEMENTED_SERVICES {
        let service = table.pool().get_service_by_name(service).unwrap();
        for rpc in service.methods().filter(|m| !m.is_server_streaming()) {
            assert!(
                covered.contains(&rpc.full_name().to_string()),
                "{} has no parity step",
                rpc.full_name()
            );
        }
    }
}

/// A short server-made value (a step id) never rewrites part of another
/// value: the flake where a timestamp containing `0.0` was half-replaced on
/// one surface only.
#[test]
fn the_normalizer_replaces_short_values_only_whole() {
    let mut n = Normalizer::default();
    let mut value = json!({
        "id": "0.0",
        "updated": "2026-11-24T05:27:20.014911507Z",
        "message": "step 0.0 of request 0196d1b2-aaaa-7bbb-8ccc-123456789abc",
        "request": {"id": "0196d1b2-aaaa-7bbb-8ccc-123456789abc"}
    });
    n.normalize(&mut value);
    assert_eq!(
        value,
        json!({
            "id": "<0>",
            "message": "step 0.0 of request <1>",
            "request": {"id": "<1>"},
            "updated": "<2>"
        })
    );
}
