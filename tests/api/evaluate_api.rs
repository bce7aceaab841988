//! EvaluateAccessRequest through a real server: the whole
//! `tests/evaluation/*.yaml` decision table (the same cases and checks as
//! `tests/api/evaluation_cases.rs`, from `tests/evaluation/cases.rs`), and the
//! RPC's own rules (who may evaluate for whom, malformed bodies, refusals
//! answered rather than raised, REST).
//!
//! Each case gets its own org on one server per backend. Its configuration
//! goes in through the real APIs: SaveRoutingConfig, CreateAccessFlow (the
//! server assigns flow ids; they are mapped back to the case's ids before
//! checking), UpdateRequestConfig and BatchUpsert. Prior grants (cooldowns)
//! have no API of their own: they are filed directly through the store as
//! APPROVED requests approved through the named rule, which is what
//! `AccessRequestStore::prior_grants` reads. Cases the API answers
//! differently from the pure evaluator say so in their YAML (`api:` with
//! the reason), and are checked for that answer instead.

use std::{
    collections::{BTreeMap, BTreeSet},
    sync::Arc,
};

use cases::{Case, GrantIn};
use chrono::{DateTime, Utc};
use common::{Backend, TestDb, TestServer, authed, claims, violation_fields};
use http::{Method, StatusCode};
use jitgate::{
    auth::dev,
    domain::{
        access_request::{AccessRequest, Action, FollowUp, Person, State},
        directory::ids::{GroupId, UserId},
        evaluation::{ApprovalPath, Constraints, Evaluation, Grant, Outcome, PolicyKind, RequestedResource},
        roles::Role,
    },
    pb::v1::{
        self as pb, access_flow_service_client::AccessFlowServiceClient,
        access_request_service_client::AccessRequestServiceClient, directory_service_client::DirectoryServiceClient,
        request_config_service_client::RequestConfigServiceClient, routing_service_client::RoutingServiceClient,
    },
    server::ServerOptions,
    store::{AccessRequestStore, EventStore, OrgVersions, SeaStore, Store},
};
use prost_types::Timestamp;
use serde_json::{Value, json};
use tonic::{Code, transport::Channel};

use crate::{cases, common, common::ACME};

fn ts(t: DateTime<Utc>) -> Timestamp {
    Timestamp {
        seconds: t.timestamp(),
        nanos: t.timestamp_subsec_nanos() as i32,
    }
}

/// A token for `sub` in `org` with these roles and IdP groups.
fn token_with(org: &str, sub: &str, roles: &[Role], groups: &[GroupId]) -> String {
    let roles: Vec<&str> = roles.iter().map(|r| r.as_str()).collect();
    let mut c = claims(org, sub, &roles);
    c.groups = groups.iter().map(GroupId::to_string).collect();
    dev::mint(common::SECRET, &c)
}

struct Clients {
    routing: RoutingServiceClient<Channel>,
    flows: AccessFlowServiceClient<Channel>,
    config: RequestConfigServiceClient<Channel>,
    directory: DirectoryServiceClient<Channel>,
    requests: AccessRequestServiceClient<Channel>,
}

impl Clients {
    async fn new(server: &TestServer) -> Self {
        let channel = server.channel().await;
        Self {
            routing: RoutingServiceClient::new(channel.clone()),
            flows: AccessFlowServiceClient::new(channel.clone()),
            config: RequestConfigServiceClient::new(channel.clone()),
            directory: DirectoryServiceClient::new(channel.clone()),
            requests: AccessRequestServiceClient::new(channel),
        }
    }
}

/// A server whose store the test can also reach directly.
async fn server_and_store(backend: Backend) -> (TestServer, Arc<SeaStore>) {
    let db = TestDb::new(backend).await;
    let store = Arc::new(db.store().await);
    let mut server = TestServer::with_store(store.clone(), ServerOptions::default()).await;
    server.db = Some(db);
    (server, store)
}

/// Every user a case's directory or configuration names: the directory
/// API needs them to exist before they are referenced (the pure evaluator
/// does not care). Users only named elsewhere are added bare, which
/// evaluates the same as their absence: no manager, groups or attributes.
fn directory_batch(case: &Case) -> pb::BatchUpsertRequest {
    let d = &case.directory;
    let mut users: Vec<pb::User> = Vec::new();
    let mut seen = BTreeSet::new();
    for u in &d.users {
        if seen.insert(u.id.to_lowercase()) {
            users.push(pb::User {
                id: u.id.to_string(),
                display_name: u.display_name.clone(),
                manager_id: u.manager.as_ref().map(UserId::to_string).unwrap_or_default(),
                attributes: u.attributes.clone().into_iter().collect(),
                ..Default::default()
            });
        }
    }
    let fallback = case
        .request_config
        .as_ref()
        .and_then(|c| c.pointer("/approvalReminderAndEscalationConfig/fallbackApproverRef/id"))
        .and_then(Value::as_str)
        .map(UserId::new);
    let named = d
        .users
        .iter()
        .filter_map(|u| u.manager.clone())
        .chain(d.groups.values().flatten().cloned())
        .chain(d.on_call.iter().flat_map(|r| r.users.clone()))
        .chain(d.owners.iter().flat_map(|o| o.users.clone()))
        .chain(fallback);
    for id in named {
        if seen.insert(id.to_lowercase()) {
            users.push(pb::User {
                id: id.to_string(),
                ..Default::default()
            });
        }
    }
    pb::BatchUpsertRequest {
        users,
        groups: d
            .groups
            .keys()
            .map(|g| pb::Group {
                id: g.to_string(),
                ..Default::default()
            })
            .collect(),
        group_members: d
            .groups
            .iter()
            .map(|(g, members)| pb::GroupMembers {
                group_id: g.to_string(),
                user_ids: members.iter().map(UserId::to_string).collect(),
            })
            .collect(),
        on_call_rosters: d
            .on_call
            .iter()
            .map(|r| pb::OnCallRoster {
                integration: r.integration.clone(),
                service: r.service.clone(),
                user_ids: r.users.iter().map(UserId::to_string).collect(),
            })
            .collect(),
        ownerships: d
            .owners
            .iter()
            .map(|o| pb::Ownership {
                service: o.service.clone(),
                resource_id: o.resource_id.clone().unwrap_or_default(),
                owner_ids: o.users.iter().map(UserId::to_string).collect(),
                ..Default::default()
            })
            .collect(),
    }
}

/// A request granted through routing rule `rule` at `at`, as the store
/// keeps one: what a cooldown counts.
fn granted(org: &str, rule: &str, resource_key: &str, user: &str, at: DateTime<Utc>) -> AccessRequest {
    let mut parts = resource_key.splitn(3, '/');
    let resource = RequestedResource {
        service: parts.next().unwrap_or_default().into(),
        resource_type: parts.next().unwrap_or_default().into(),
        resource_id: parts.next().unwrap_or_default().into(),
        ..Default::default()
    };
    assert_eq!(
        resource.key(),
        resource_key,
        "a prior grant's resource must be service/type/id"
    );
    let person = Person {
        id: UserId::from(user.to_lowercase()),
        display_name: String::new(),
    };
    let path = ApprovalPath {
        policy_kind: PolicyKind::RoutingRule,
        policy_id: rule.into(),
        approval_index: 0,
        approval_type: "p0".into(),
        steps: vec![],
        constraints: Constraints::default(),
        auto_approve: None,
        violations: vec![],
    };
    let grant = Grant::TimeRestricted {
        start: at,
        end: at + chrono::Duration::hours(1),
    };
    AccessRequest {
        id: jitgate::clock::new_id(),
        org_id: org.into(),
        client_request_id: String::new(),
        requester: person.clone(),
        target_user: person.clone(),
        requested_role: None,
        resource: resource.clone(),
        justification: String::new(),
        name: format!("seeded grant under {rule}"),
        comment: String::new(),
        action: Action::Grant,
        approver_can_revoke: false,
        can_bypass_revoke_workflow: false,
        requested: grant,
        grant,
        activated_window: None,
        plan: Evaluation {
            outcome: Outcome::Approved,
            reasons: vec![],
            evaluated_at: at,
            requester_id: person.id.clone(),
            target_user_id: person.id.clone(),
            resource,
            routing_version: String::new(),
            policies: vec![],
            paths: vec![path],
            violations: vec![],
            grant,
        },
        paths: vec![],
        state: State::Approved,
        created: at,
        updated: at,
        decision_deadline: None,
        approved_via: Some(0),
        approved_at: Some(at),
        revocation: None,
        self_approval_enabled: false,
        approvals_external: false,
        follow_up: FollowUp::default(),
        revision: 1,
    }
}

/// Puts a case's configuration into `org` through the APIs; returns the
/// server's flow ids mapped to the case's.
async fn set_up(
    c: &mut Clients,
    store: &dyn Store,
    pool: &prost_reflect::DescriptorPool,
    org: &str,
    case: &Case,
) -> BTreeMap<String, String> {
    let admin = common::admin_token(org);
    let batch = directory_batch(case);
    if !batch.users.is_empty() {
        c.directory
            .batch_upsert(authed(&admin, batch))
            .await
            .unwrap_or_else(|e| panic!("directory: {e:?}"));
    }
    if let Some(config) = &case.request_config {
        let config: pb::AccessRequestConfig = cases::wire(pool, "jitgate.v1.AccessRequestConfig", config);
        c.config
            .update_request_config(authed(
                &admin,
                pb::UpdateRequestConfigRequest {
                    access_request_config: Some(config),
                },
            ))
            .await
            .unwrap_or_else(|e| panic!("request config: {e:?}"));
    }
    if let Some(rules) = &case.routing {
        let rules = rules
            .iter()
            .map(|r| cases::wire(pool, "jitgate.v1.RoutingRule", r))
            .collect();
        c.routing
            .save_routing_config(authed(
                &admin,
                pb::SaveRoutingConfigRequest {
                    workflow: Some(pb::Workflow {
                        rules,
                        ..Default::default()
                    }),
                    ..Default::default()
                },
            ))
            .await
            .unwrap_or_else(|e| panic!("routing: {e:?}"));
    }
    let mut names = BTreeMap::new();
    for f in &case.flows {
        let mut flow: pb::AccessFlow = cases::wire(pool, "jitgate.v1.AccessFlow", f);
        let label = cases::flow_label(&flow);
        flow.id.clear();
        let created = c
            .flows
            .create_access_flow(authed(
                &admin,
                pb::CreateAccessFlowRequest {
                    access_flow: Some(flow),
                },
            ))
            .await
            .unwrap_or_else(|e| panic!("flow {label}: {e:?}"))
            .into_inner()
            .access_flow
            .expect("flow");
        names.insert(created.id, label);
    }
    for p in &case.prior_grants {
        let request = granted(org, &p.rule, &p.resource, &p.user, p.granted_at);
        store
            .file_access_request(&request, vec![], OrgVersions::default())
            .await
            .expect("seed prior grant");
    }
    names
}

/// The body a case's request is filed with.
fn body(case: &Case) -> pb::AccessRequest {
    let r = &case.request;
    let mut body = pb::AccessRequest {
        resource: Some(pb::RequestedResource {
            service: r.resource.service.clone(),
            resource_type: r.resource.resource_type.clone(),
            resource_id: r.resource.resource_id.clone(),
            tags: r.resource.tags.clone().into_iter().collect(),
            permissions: r.resource.permissions.clone(),
            access_type: r.resource.access_type.clone(),
        }),
        request_justification: r.justification.clone(),
        target_user: r.target.as_ref().map(|id| pb::UserRef {
            id: id.clone(),
            ..Default::default()
        }),
        ..Default::default()
    };
    match r.grant {
        GrantIn::Permanent => body.requested_grant_type = "PERMANENT".into(),
        GrantIn::TimeRestricted { start, end } => {
            body.requested_grant_type = "TIME_RESTRICTED".into();
            body.requested_grant_start = Some(ts(start));
            body.requested_grant_end = Some(ts(end));
        }
        GrantIn::Floating { hours } => {
            body.requested_grant_type = "FLOATING".into();
            body.requested_floating_length = i32::try_from(hours).unwrap_or(i32::MAX);
        }
    }
    body
}

/// Runs one case in `org`; the ways it failed, if any.
async fn run_case(
    c: &mut Clients,
    store: &dyn Store,
    pool: &prost_reflect::DescriptorPool,
    org: &str,
    case: &Case,
) -> Vec<String> {
    let names = set_up(c, store, pool, org, case).await;
    let r = &case.request;
    let token = token_with(org, &r.requester, &r.roles, &r.groups);
    let call = pb::EvaluateAccessRequestRequest {
        access_request: Some(body(case)),
        requester_id: String::new(),
        evaluation_time: Some(ts(r.now)),
        view: 0,
    };
    let answer = c.requests.evaluate_access_request(authed(&token, call)).await;
    match (&case.api, answer) {
        (Some(api), Err(status)) => {
            let mut failures = Vec::new();
            if status.code() != Code::InvalidArgument {
                failures.push(format!("{status:?} (expected INVALID_ARGUMENT: {})", api.why));
            }
            let fields = violation_fields(&status);
            if fields != api.invalid_argument {
                failures.push(format!("fields {fields:?} (expected {:?})", api.invalid_argument));
            }
            failures
        }
        (Some(api), Ok(answer)) => vec![format!(
            "answered {:?}, expected INVALID_ARGUMENT ({})",
            answer.into_inner().evaluation,
            api.why
        )],
        (None, Err(status)) => vec![format!("{status:?}")],
        (None, Ok(answer)) => {
            let mut e = answer.into_inner().evaluation.expect("evaluation");
            cases::rename_flows(&mut e, &names);
            let mut failures = cases::check(case, &e);
            if e.evaluated_at != Some(ts(r.now)) {
                failures.push(format!("evaluated_at {:?} (expected {})", e.evaluated_at, r.now));
            }
            if e.requester_id != r.requester.to_lowercase() {
                failures.push(format!("requester_id {}", e.requester_id));
            }
            if !failures.is_empty() {
                failures.push(format!("reasons: {:?}", e.reasons));
            }
            failures
        }
    }
}

async fn every_evaluation_case_holds_through_the_server(backend: Backend) {
    let (server, store) = server_and_store(backend).await;
    let mut clients = Clients::new(&server).await;
    let pool = cases::pool();
    let all = cases::load();
    let mut failed = Vec::new();
    for (i, loaded) in all.iter().enumerate() {
        let org = format!("case-{i:03}");
        let failures = run_case(&mut clients, &*store, &pool, &org, &loaded.case).await;
        if !failures.is_empty() {
            failed.push(format!("{} ({org}):\n  {}", loaded.label(), failures.join("\n  ")));
        }
    }
    assert!(
        failed.is_empty(),
        "{} of {} cases failed through the server:\n{}",
        failed.len(),
        all.len(),
        failed.join("\n")
    );
    let different = all.iter().filter(|l| l.case.api.is_some()).count();
    println!(
        "{} evaluation cases passed through the server ({different} answered INVALID_ARGUMENT by design)",
        all.len()
    );
}

/// A body with one routing rule allowing windows of at most 2h.
async fn limited_org(c: &mut Clients, org: &str) {
    let rule = json!({"name": "prod-db", "requestor": {"type": "any"}, "resource": {"type": "any"},
        "approval": [{"type": "p0", "options": {"duration": 7200}}]});
    let rule: pb::RoutingRule = cases::wire(&cases::pool(), "jitgate.v1.RoutingRule", &rule);
    c.routing
        .save_routing_config(authed(
            &common::admin_token(org),
            pb::SaveRoutingConfigRequest {
                workflow: Some(pb::Workflow {
                    rules: vec![rule],
                    ..Default::default()
                }),
                ..Default::default()
            },
        ))
        .await
        .expect("save routing");
}

fn aws_body(grant_type: &str) -> pb::AccessRequest {
    pb::AccessRequest {
        resource: Some(pb::RequestedResource {
            service: "aws".into(),
            resource_type: "role".into(),
            resource_id: "prod-db".into(),
            ..Default::default()
        }),
        requested_grant_type: grant_type.into(),
        ..Default::default()
    }
}

async fn evaluating_another_user_needs_org_admin(backend: Backend) {
    let (server, _store) = server_and_store(backend).await;
    let mut c = Clients::new(&server).await;
    let dev = common::token("acme", "dev@acme.test", &[]);
    let mut call = pb::EvaluateAccessRequestRequest {
        access_request: Some(aws_body("PERMANENT")),
        requester_id: "peer@acme.test".into(),
        evaluation_time: None,
        view: 0,
    };
    let err = c
        .requests
        .evaluate_access_request(authed(&dev, call.clone()))
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::PermissionDenied, "{err:?}");
    assert!(err.message().contains("ORG_ADMIN"), "{err:?}");

    // Oneself, in any spelling, is not someone else.
    call.requester_id = "DEV@acme.test".into();
    let own = c.requests.evaluate_access_request(authed(&dev, call.clone())).await;
    assert_eq!(
        own.expect("own").into_inner().evaluation.unwrap().requester_id,
        "dev@acme.test"
    );

    // An admin evaluates for them with their directory groups and no roles:
    // the admin's own roles do not count (external approvals admit only
    // ORG_ADMINs, so the evaluated user is refused).
    let admin = common::admin_token("acme");
    let config = pb::AccessRequestConfig {
        approvals_must_be_external: true,
        ..Default::default()
    };
    c.config
        .update_request_config(authed(
            &admin,
            pb::UpdateRequestConfigRequest {
                access_request_config: Some(config),
            },
        ))
        .await
        .expect("config");
    call.requester_id = "Peer@acme.test".into();
    let e = c
        .requests
        .evaluate_access_request(authed(&admin, call.clone()))
        .await
        .expect("admin for peer")
        .into_inner()
        .evaluation
        .unwrap();
    assert_eq!(e.requester_id, "peer@acme.test");
    assert_eq!(e.target_user_id, "peer@acme.test");
    assert_eq!(e.outcome, pb::EvaluationOutcome::Refused as i32);
    assert_eq!(e.violations[0].constraint, "approvals_external");
    // The admin for themselves still holds ORG_ADMIN.
    call.requester_id = String::new();
    let own = c
        .requests
        .evaluate_access_request(authed(&admin, call))
        .await
        .expect("admin")
        .into_inner()
        .evaluation
        .unwrap();
    assert_ne!(own.outcome, pb::EvaluationOutcome::Refused as i32, "{:?}", own.reasons);
}

async fn a_malformed_body_lists_every_bad_field(backend: Backend) {
    let (server, _store) = server_and_store(backend).await;
    let mut c = Clients::new(&server).await;
    let dev = common::token("acme", "dev@acme.test", &[]);
    let mut body = aws_body("SOMETIMES");
    body.resource.as_mut().unwrap().service.clear();
    body.action = "DELETE".into();
    let call = pb::EvaluateAccessRequestRequest {
        access_request: Some(body),
        requester_id: String::new(),
        evaluation_time: Some(Timestamp { seconds: 0, nanos: -5 }),
        view: 0,
    };
    let err = c
        .requests
        .evaluate_access_request(authed(&dev, call))
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::InvalidArgument, "{err:?}");
    assert_eq!(
        violation_fields(&err),
        [
            "access_request.resource.service",
            "access_request.action",
            "access_request.requested_grant_type",
            "evaluation_time",
        ]
    );
    // No body at all.
    let err = c
        .requests
        .evaluate_access_request(authed(&dev, pb::EvaluateAccessRequestRequest::default()))
        .await
        .unwrap_err();
    assert_eq!(violation_fields(&err), ["access_request"]);
}

async fn a_too_long_window_is_answered_refused_not_raised(backend: Backend) {
    let (server, _store) = server_and_store(backend).await;
    let mut c = Clients::new(&server).await;
    limited_org(&mut c, "acme").await;
    let dev = common::token("acme", "dev@acme.test", &[]);
    let now: DateTime<Utc> = "2026-01-05T12:00:00Z".parse().unwrap();
    let mut body = aws_body("TIME_RESTRICTED");
    body.requested_grant_end = Some(ts(now + chrono::Duration::hours(8)));
    let call = pb::EvaluateAccessRequestRequest {
        access_request: Some(body),
        requester_id: String::new(),
        evaluation_time: Some(ts(now)),
        view: 0,
    };
    let e = c
        .requests
        .evaluate_access_request(authed(&dev, call))
        .await
        .expect("an answer, not an error")
        .into_inner()
        .evaluation
        .unwrap();
    assert_eq!(e.outcome, pb::EvaluationOutcome::Refused as i32);
    assert_eq!(e.violations[0].constraint, "max_duration");
    assert_eq!(e.violations[0].field, "requested_grant_end");
    assert!(
        e.violations[0]
            .description
            .contains("window of 8h exceeds the maximum of 2h (rule `prod-db`)"),
        "{:?}",
        e.violations
    );
    assert!(e.paths.is_empty());
}

async fn an_open_ended_window_gets_the_maximum_from_its_start(backend: Backend) {
    let (server, _store) = server_and_store(backend).await;
    let mut c = Clients::new(&server).await;
    let dev = common::token("acme", "dev@acme.test", &[]);
    let now: DateTime<Utc> = "2026-01-05T12:00:00Z".parse().unwrap();
    let start = now + chrono::Duration::days(1);
    let mut body = aws_body("");
    body.requested_grant_start = Some(ts(start));
    let evaluate = |body: pb::AccessRequest| pb::EvaluateAccessRequestRequest {
        access_request: Some(body),
        requester_id: String::new(),
        evaluation_time: Some(ts(now)),
        view: 0,
    };
    // The default rule has no maximum: an open end cannot be bounded.
    let e = c
        .requests
        .evaluate_access_request(authed(&dev, evaluate(body.clone())))
        .await
        .unwrap()
        .into_inner()
        .evaluation
        .unwrap();
    assert_eq!(e.outcome, pb::EvaluationOutcome::Refused as i32, "{:?}", e.reasons);
    assert_eq!(e.violations[0].constraint, "grant_type");
    assert_eq!(e.violations[0].field, "requested_grant_end");

    limited_org(&mut c, "acme").await;
    let e = c
        .requests
        .evaluate_access_request(authed(&dev, evaluate(body)))
        .await
        .unwrap()
        .into_inner()
        .evaluation
        .unwrap();
    assert_eq!(e.outcome, pb::EvaluationOutcome::Pending as i32, "{:?}", e.reasons);
    let grant = e.grant.unwrap();
    assert_eq!(grant.grant_type, "TIME_RESTRICTED");
    assert_eq!(grant.grant_start, Some(ts(start)));
    assert_eq!(grant.grant_end, Some(ts(start + chrono::Duration::hours(2))));
}

async fn evaluate_over_rest_answers_the_evaluation_as_body(backend: Backend) {
    let (server, store) = server_and_store(backend).await;
    let mut c = Clients::new(&server).await;
    limited_org(&mut c, "acme").await;
    let dev = common::token("acme", "dev@acme.test", &[]);
    let body = json!({
        "resource": {"service": "aws", "resource_type": "role", "resource_id": "prod-db"},
        "requested_grant_type": "FLOATING",
        "requested_floating_length": 1,
        "request_justification": "incident 42"
    });
    let reply = common::rest::call(
        server.addr,
        Method::POST,
        "/workflow-engine/api/v1/requests/evaluate?evaluation_time=2026-01-05T12:00:00Z",
        Some(&dev),
        Some(&body),
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", String::from_utf8_lossy(&reply.body));
    let e = reply.json();
    assert_eq!(e["outcome"], "EVALUATION_OUTCOME_PENDING", "{e}");
    assert_eq!(e["evaluated_at"], "2026-01-05T12:00:00Z", "{e}");
    assert_eq!(e["requester_id"], "dev@acme.test");
    assert_eq!(e["paths"][0]["policy_id"], "prod-db");
    assert_eq!(e["grant"]["floating_length"], 1);

    // A malformed body is a 400 naming the field.
    let reply = common::rest::call(
        server.addr,
        Method::POST,
        "/workflow-engine/api/v1/requests/evaluate",
        Some(&dev),
        Some(&json!({"resource": {"service": "aws"}, "requested_grant_type": "FLOATING"})),
    )
    .await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    let text = String::from_utf8_lossy(&reply.body).to_string();
    assert!(text.contains("access_request.resource.resource_id"), "{text}");

    // A dry run stores nothing and writes no event.
    let jitgate::store::Listed { items: listed, total } = store
        .list_access_requests(
            &ACME,
            &jitgate::store::RequestQuery {
                limit: 10,
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert!(listed.is_empty() && total == 0);
    let events = store.events(&ACME, 0, 100).await.unwrap();
    assert!(
        events.iter().all(|e| e.event.kind == "CONFIG_CHANGED"),
        "{:?}",
        events.iter().map(|e| &e.event.kind).collect::<Vec<_>>()
    );
}

on_both_backends!(
    every_evaluation_case_holds_through_the_server,
    evaluating_another_user_needs_org_admin,
    a_malformed_body_lists_every_bad_field,
    a_too_long_window_is_answered_refused_not_raised,
    an_open_ended_window_gets_the_maximum_from_its_start,
    evaluate_over_rest_answers_the_evaluation_as_body,
);
