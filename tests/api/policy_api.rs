//! PolicyService through a real server and the generated client, on SQLite
//! and PostgreSQL: export → apply round-trips to no change, plans for every
//! kind of change, an apply under a concurrent edit fails whole, and the
//! impact simulation finds exactly the requests whose decision changes and
//! stays within its bounds.

use chrono::{DateTime, Duration, TimeZone, Utc};
use common::{Backend, TestServer, admin_token, authed, reason, token};
use jitgate::{
    api::policy as file,
    clock::ManualClock,
    domain::ids::OrgId,
    pb::v1::{
        self as pb, access_request_service_client::AccessRequestServiceClient,
        directory_service_client::DirectoryServiceClient, policy_service_client::PolicyServiceClient,
    },
};
use tonic::{Code, transport::Channel};

use crate::common;

type Client = PolicyServiceClient<Channel>;

const ORG: &str = "acme";

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap()
}

fn ts(t: DateTime<Utc>) -> prost_types::Timestamp {
    prost_types::Timestamp {
        seconds: t.timestamp(),
        nanos: 0,
    }
}

/// The live policy the tests start from.
const LIVE: &str = r#"
routing:
  rules:
    - name: prod-aws
      requestor: {type: any}
      resource: {type: integration, service: aws}
      approval: [{type: requestor-profile, directory: okta, profile_property: manager, options: {duration: 7200}}]
    - name: k8s
      requestor: {type: any}
      resource: {type: integration, service: k8s}
      approval: [{type: p0}]
    - name: gcp
      requestor: {type: any}
      resource: {type: integration, service: gcp}
      approval: [{type: group, directory: okta, id: sre}]
access_flows:
  flows:
    - name: db-read
      grantees: [{type: group, id: engineering}]
      integration_targets: [{integration_id: pg, resource_type: postgresql-database}]
      revoke_after_in_sec: 3600
    - name: old-flow
      grantees: [{type: user, id: dev@acme.test}]
      integration_targets: [{integration_id: mysql, resource_type: mysql-database}]
      revoke_after_in_sec: 600
request_config:
  autoApprovalEnabled: false
  approvalReminderAndEscalationConfig: {daysUntilEscalation: 2, daysBetweenReminders: 1, maxReminders: 3}
"#;

/// LIVE with one of each change: `prod-aws` routed to the SRE group with
/// a shorter window, `k8s` removed, `staging` added, `gcp` first; flow
/// `db-read` changed, `old-flow` removed, `new-flow` added; the request
/// config's auto-approval turned on.
const PROPOSED: &str = r#"
routing:
  rules:
    - name: gcp
      requestor: {type: any}
      resource: {type: integration, service: gcp}
      approval: [{type: group, directory: okta, id: sre}]
    - name: prod-aws
      requestor: {type: any}
      resource: {type: integration, service: aws}
      approval: [{type: group, directory: okta, id: sre, options: {duration: 3600}}]
    - name: staging
      requestor: {type: any}
      resource: {type: integration, service: staging}
      approval: [{type: persistent}]
access_flows:
  flows:
    - name: db-read
      grantees: [{type: group, id: engineering}]
      integration_targets: [{integration_id: pg, resource_type: postgresql-database}]
      revoke_after_in_sec: 1800
    - name: new-flow
      grantees: [{type: group, id: sre}]
      integration_targets: [{integration_id: redis, resource_type: redis}]
      revoke_after_in_sec: 600
request_config:
  autoApprovalEnabled: true
  approvalReminderAndEscalationConfig: {daysUntilEscalation: 2, daysBetweenReminders: 1, maxReminders: 3}
"#;

fn policy(yaml: &str) -> pb::Policy {
    file::from_file(yaml).expect("a valid policy file")
}

async fn start(backend: Backend) -> (TestServer, Client) {
    let server = TestServer::start_with_clock(backend, ManualClock::new(t0())).await;
    let client = PolicyServiceClient::new(server.channel().await);
    (server, client)
}

async fn plan(c: &mut Client, yaml: &str) -> pb::PolicyPlan {
    c.plan_policy(authed(
        &admin_token(ORG),
        pb::PlanPolicyRequest {
            org_id: ORG.into(),
            policy: Some(policy(yaml)),
        },
    ))
    .await
    .expect("plan")
    .into_inner()
    .plan
    .expect("plan")
}

async fn apply(
    c: &mut Client,
    yaml: &str,
    base: Option<pb::PolicyBase>,
) -> Result<pb::ApplyPolicyResponse, tonic::Status> {
    c.apply_policy(authed(
        &admin_token(ORG),
        pb::ApplyPolicyRequest {
            org_id: ORG.into(),
            policy: Some(policy(yaml)),
            base,
        },
    ))
    .await
    .map(tonic::Response::into_inner)
}

async fn export(c: &mut Client) -> pb::ExportPolicyResponse {
    c.export_policy(authed(
        &admin_token(ORG),
        pb::ExportPolicyRequest { org_id: ORG.into() },
    ))
    .await
    .expect("export")
    .into_inner()
}

async fn event_count(server: &TestServer) -> i64 {
    server.state.store.last_event_sequence(&OrgId::from(ORG)).await.unwrap()
}

/// `(object, action, key)` of every change, in order.
fn summary(plan: &pb::PolicyPlan) -> Vec<(pb::PolicyObject, pb::PolicyAction, String)> {
    plan.changes
        .iter()
        .map(|c| (c.object(), c.action(), c.key.clone()))
        .collect()
}

async fn export_then_apply_round_trips_to_no_change(backend: Backend) {
    let (server, mut c) = start(backend).await;
    // An org that never saved routing: saving even no rules replaces the
    // default rule, so it is a change.
    let empty = plan(&mut c, "routing: {rules: []}").await;
    assert!(empty.changes.is_empty() && empty.routing_replaces_default);
    apply(&mut c, LIVE, None).await.expect("the first apply");
    let exported = export(&mut c).await;
    let yaml = file::to_yaml(exported.policy.as_ref().unwrap()).unwrap();
    assert!(
        !yaml.contains("created_date") && !yaml.contains("\nid:"),
        "server fields stay out:\n{yaml}"
    );

    let plan = plan(&mut c, &yaml).await;
    assert_eq!(summary(&plan), [], "{yaml}");
    assert!(!plan.routing_reordered);
    assert_eq!(plan.base, exported.base);

    let events = event_count(&server).await;
    let applied = apply(&mut c, &yaml, exported.base.clone())
        .await
        .expect("a no-op apply");
    assert_eq!(applied.applied, exported.base, "nothing moved");
    assert_eq!(event_count(&server).await, events, "a no-op writes nothing");
    let again = file::to_yaml(export(&mut c).await.policy.as_ref().unwrap()).unwrap();
    assert_eq!(again, yaml, "a re-export prints the same bytes");
}

async fn a_plan_shows_every_kind_of_change(backend: Backend) {
    use pb::{PolicyAction::*, PolicyObject::*};
    let (_server, mut c) = start(backend).await;
    apply(&mut c, LIVE, None).await.expect("live");
    let plan = plan(&mut c, PROPOSED).await;
    assert_eq!(
        summary(&plan),
        [
            (RoutingRule, Change, "prod-aws".to_string()),
            (RoutingRule, Add, "staging".to_string()),
            (RoutingRule, Remove, "k8s".to_string()),
            (AccessFlow, Change, "db-read".to_string()),
            (AccessFlow, Add, "new-flow".to_string()),
            (AccessFlow, Remove, "old-flow".to_string()),
            (RequestConfig, Change, ORG.to_string()),
        ]
    );
    assert!(plan.routing_reordered, "gcp moved first");
    let fields = |key: &str| -> Vec<(String, String, String)> {
        plan.changes
            .iter()
            .find(|c| c.key == key)
            .unwrap()
            .fields
            .iter()
            .map(|f| (f.path.clone(), f.before.clone(), f.after.clone()))
            .collect()
    };
    assert!(
        fields("prod-aws").contains(&("approval[0].options.duration".into(), "7200".into(), "3600".into())),
        "{:?}",
        fields("prod-aws")
    );
    assert_eq!(
        fields("db-read"),
        [("revoke_after_in_sec".into(), "3600".into(), "1800".into())]
    );
    assert!(
        fields("staging")
            .iter()
            .any(|(p, b, a)| p == "name" && b.is_empty() && a == "\"staging\"")
    );
    assert!(
        fields("k8s").iter().all(|(_, _, after)| after.is_empty()),
        "a removal empties every field"
    );
    assert_eq!(
        fields(ORG),
        [("autoApprovalEnabled".into(), "false".into(), "true".into())]
    );
    // A plan writes nothing.
    assert_eq!(summary(&plan_again(&mut c).await).len(), 7);
}

async fn plan_again(c: &mut Client) -> pb::PolicyPlan {
    plan(c, PROPOSED).await
}

async fn an_apply_under_a_concurrent_edit_fails_whole(backend: Backend) {
    let (server, mut c) = start(backend).await;
    apply(&mut c, LIVE, None).await.expect("live");
    let planned = plan(&mut c, PROPOSED).await;

    // Someone edits a rule by name after the plan was made.
    let admin = admin_token(ORG);
    server
        .routing()
        .await
        .create_routing_rule(authed(
            &admin,
            pb::CreateRoutingRuleRequest {
                org_id: ORG.into(),
                name: "hotfix".into(),
                rule: Some(pb::RoutingRule {
                    name: "hotfix".into(),
                    ..policy(PROPOSED).routing.unwrap().rules[2].clone()
                }),
                current_version: None,
            },
        ))
        .await
        .expect("a concurrent edit");
    let events = event_count(&server).await;
    let before = export(&mut c).await;

    let err = apply(&mut c, PROPOSED, planned.base.clone()).await.unwrap_err();
    assert_eq!(err.code(), Code::Aborted, "{err:?}");
    assert_eq!(reason(&err), "VERSION_CONFLICT");
    assert_eq!(event_count(&server).await, events, "nothing recorded");
    assert_eq!(export(&mut c).await, before, "nothing half-applied");

    // Re-planned, it applies: one audit event per changed object, and the
    // live policy is the file (plus nothing else: hotfix is removed).
    let replanned = plan(&mut c, PROPOSED).await;
    let applied = apply(&mut c, PROPOSED, replanned.base.clone()).await.expect("apply");
    assert_eq!(
        event_count(&server).await - events,
        // The workflow is one version (one event), flows and config one each.
        1 + 3 + 1
    );
    assert_eq!(
        applied.applied.as_ref().unwrap().config_generation,
        before.base.unwrap().config_generation + 5
    );
    // Each event is the one the single write records: a flow's `after` is
    // its REST GET, the workflow's is GetWorkflow's.
    let recorded = server.state.store.events(&OrgId::from(ORG), events, 100).await.unwrap();
    let mut flows = server.access_flows().await;
    let mut subjects = Vec::new();
    for e in &recorded {
        let e = &e.event;
        assert_eq!(
            (e.kind.as_str(), e.actor.as_str()),
            ("CONFIG_CHANGED", "admin@acme.test")
        );
        subjects.push(e.subject_type.clone());
        if e.subject_type == "access_flow" && e.after.is_some() {
            let got = flows
                .get_access_flow(authed(
                    &admin_token(ORG),
                    pb::GetAccessFlowRequest {
                        id: e.subject_id.clone(),
                    },
                ))
                .await
                .unwrap()
                .into_inner()
                .access_flow
                .unwrap();
            assert_eq!(e.after.as_ref(), Some(&jitgate::app::audit::rest_json(&got).unwrap()));
        }
        if e.subject_type == "routing_workflow" {
            let got = server
                .routing()
                .await
                .get_workflow(authed(
                    &admin_token(ORG),
                    pb::GetWorkflowRequest {
                        org_id: ORG.into(),
                        workflow_id: e.subject_id.clone(),
                    },
                ))
                .await
                .unwrap()
                .into_inner()
                .workflow
                .unwrap();
            assert_eq!(e.after.as_ref(), Some(&jitgate::app::audit::rest_json(&got).unwrap()));
        }
    }
    subjects.sort();
    assert_eq!(
        subjects,
        [
            "access_flow",
            "access_flow",
            "access_flow",
            "request_config",
            "routing_workflow"
        ]
    );
    assert_eq!(summary(&plan(&mut c, PROPOSED).await), []);
    // Re-running it is a no-op.
    let events = event_count(&server).await;
    apply(&mut c, PROPOSED, None).await.expect("again");
    assert_eq!(event_count(&server).await, events);
}

async fn bad_documents_and_callers_are_refused(backend: Backend) {
    let (_server, mut c) = start(backend).await;
    let bad = r#"
routing: {rules: [{name: a, requestor: {type: any}, resource: {type: any}, approval: [{type: nope}]}]}
access_flows: {flows: [{name: x, grantees: [{type: group, id: g}], revoke_after_in_sec: 60}, {name: x, grantees: [{type: group, id: g}], revoke_after_in_sec: 60}]}
"#;
    let err = c
        .plan_policy(authed(
            &admin_token(ORG),
            pb::PlanPolicyRequest {
                org_id: ORG.into(),
                policy: Some(policy(bad)),
            },
        ))
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::InvalidArgument);
    let fields = common::violation_fields(&err);
    assert!(
        fields
            .iter()
            .any(|f| f.starts_with("policy.routing.rules[0].approval[0]")),
        "{fields:?}"
    );
    assert!(
        fields.contains(&"policy.access_flows.flows[1].name".to_string()),
        "{fields:?}"
    );

    let not_admin = c
        .export_policy(authed(
            &token(ORG, "dev@acme.test", &[]),
            pb::ExportPolicyRequest { org_id: ORG.into() },
        ))
        .await
        .unwrap_err();
    assert_eq!(not_admin.code(), Code::PermissionDenied);
    let other_org = c
        .export_policy(authed(
            &admin_token("globex"),
            pb::ExportPolicyRequest { org_id: ORG.into() },
        ))
        .await
        .unwrap_err();
    assert_eq!(other_org.code(), Code::PermissionDenied);
}

/// The directory the simulation's history was filed against.
async fn directory(server: &TestServer) {
    let user = |id: &str, manager: &str| pb::User {
        id: id.into(),
        manager_id: manager.into(),
        ..Default::default()
    };
    DirectoryServiceClient::new(server.channel().await)
        .batch_upsert(authed(
            &admin_token(ORG),
            pb::BatchUpsertRequest {
                users: vec![
                    user("lead@acme.test", ""),
                    user("dev@acme.test", "lead@acme.test"),
                    user("ops@acme.test", "lead@acme.test"),
                ],
                groups: vec![pb::Group {
                    id: "sre".into(),
                    ..Default::default()
                }],
                group_members: vec![pb::GroupMembers {
                    group_id: "sre".into(),
                    user_ids: vec!["ops@acme.test".into()],
                }],
                ..Default::default()
            },
        ))
        .await
        .expect("directory");
}

fn wanted(service: &str) -> pb::AccessRequest {
    pb::AccessRequest {
        resource: Some(pb::RequestedResource {
            service: service.into(),
            resource_type: "role".into(),
            resource_id: "admin".into(),
            ..Default::default()
        }),
        request_justification: "incident 42".into(),
        requested_grant_type: "FLOATING".into(),
        requested_floating_length: 1,
        ..Default::default()
    }
}

async fn simulate(
    c: &mut Client,
    req: pb::SimulateConfigChangeRequest,
) -> Result<pb::SimulateConfigChangeResponse, tonic::Status> {
    c.simulate_config_change(authed(&admin_token(ORG), req))
        .await
        .map(tonic::Response::into_inner)
}

fn proposal(yaml: &str) -> pb::SimulateConfigChangeRequest {
    pb::SimulateConfigChangeRequest {
        org_id: ORG.into(),
        policy: Some(policy(yaml)),
        ..Default::default()
    }
}

async fn the_simulation_finds_exactly_the_changed_decisions(backend: Backend) {
    let (server, mut c) = start(backend).await;
    directory(&server).await;
    apply(&mut c, LIVE, None).await.expect("live");
    // The history: one request per service, by dev.
    let mut requests = AccessRequestServiceClient::new(server.channel().await);
    let mut filed = std::collections::BTreeMap::new();
    for service in ["aws", "k8s", "gcp", "azure"] {
        let r = requests
            .create_access_request(authed(
                &token(ORG, "dev@acme.test", &[]),
                pb::CreateAccessRequestRequest {
                    access_request: Some(wanted(service)),
                },
            ))
            .await
            .expect("file")
            .into_inner()
            .access_request
            .unwrap();
        filed.insert(service, r.id);
    }
    let mut req = proposal(PROPOSED);
    req.hypothetical = vec![
        pb::HypotheticalRequest {
            requester_id: "dev@acme.test".into(),
            access_request: Some(wanted("staging")),
        },
        pb::HypotheticalRequest {
            requester_id: "dev@acme.test".into(),
            access_request: Some(wanted("gcp")),
        },
    ];
    // The live policy, as exported, decides everything as before.
    let yaml = file::to_yaml(export(&mut c).await.policy.as_ref().unwrap()).unwrap();
    let same = simulate(&mut c, proposal(&yaml))
        .await
        .expect("simulate the live policy");
    assert_eq!((same.evaluated, same.changes.len()), (4, 0), "{:?}", same.changes);

    let answer = simulate(&mut c, req).await.expect("simulate");
    assert_eq!(answer.evaluated, 6);
    assert!(!answer.truncated, "{}", answer.truncated_reason);
    let mut changed: Vec<(String, i32, String, Vec<String>)> = answer
        .changes
        .iter()
        .map(|c| {
            (
                c.access_request_id.clone(),
                c.hypothetical_index,
                c.resource.clone(),
                c.differences.clone(),
            )
        })
        .collect();
    changed.sort_by(|a, b| (a.1, &a.2).cmp(&(b.1, &b.2)));
    let strings = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    // aws: the manager (lead) is replaced by the SRE group, the window is
    // shorter; k8s: its rule is gone, so it becomes DENIED; staging (never
    // filed) is approved at once; gcp and azure decide as before.
    assert_eq!(
        changed,
        [
            (
                filed["aws"].clone(),
                -1,
                "aws/role/admin".to_string(),
                strings(&[
                    "approvers gain group:sre",
                    "approvers lose user:lead@acme.test",
                    "maximum window 7200s → 3600s",
                ])
            ),
            (
                filed["k8s"].clone(),
                -1,
                "k8s/role/admin".to_string(),
                strings(&[
                    "outcome PENDING → DENIED",
                    "paths [rule:k8s#0] → []",
                    "approvers lose role:APPROVER",
                ])
            ),
            (
                String::new(),
                0,
                "staging/role/admin".to_string(),
                strings(&["outcome DENIED → APPROVED", "paths [] → [rule:staging#0]"])
            ),
        ],
        "{changed:#?}"
    );
    let aws = answer.changes.iter().find(|c| c.resource == "aws/role/admin").unwrap();
    assert_eq!(aws.live.as_ref().unwrap().outcome(), pb::EvaluationOutcome::Pending);
    assert!(
        !aws.proposed.as_ref().unwrap().paths.is_empty(),
        "both evaluations are explained"
    );
    // Nothing was stored.
    assert_eq!(summary(&plan(&mut c, LIVE).await), []);
}

async fn the_simulation_is_bounded(backend: Backend) {
    let (_server, mut c) = start(backend).await;
    let mut wide = proposal(PROPOSED);
    wide.since = Some(ts(t0() - Duration::days(91)));
    wide.until = Some(ts(t0()));
    let err = simulate(&mut c, wide).await.unwrap_err();
    assert_eq!(common::violation_fields(&err), ["since"]);
    let mut many = proposal(PROPOSED);
    many.limit = 10_001;
    assert_eq!(
        common::violation_fields(&simulate(&mut c, many).await.unwrap_err()),
        ["limit"]
    );
    let mut hypothetical = proposal(PROPOSED);
    hypothetical.hypothetical = vec![pb::HypotheticalRequest::default(); 101];
    assert_eq!(
        common::violation_fields(&simulate(&mut c, hypothetical).await.unwrap_err()),
        ["hypothetical"]
    );
}

crate::on_both_backends!(
    export_then_apply_round_trips_to_no_change,
    a_plan_shows_every_kind_of_change,
    an_apply_under_a_concurrent_edit_fails_whole,
    bad_documents_and_callers_are_refused,
    the_simulation_finds_exactly_the_changed_decisions,
    the_simulation_is_bounded,
    the_simulation_stays_within_its_bounds_on_a_large_org,
    the_fallback_approver_must_be_a_directory_user,
);

async fn the_fallback_approver_must_be_a_directory_user(backend: Backend) {
    let (server, mut c) = start(backend).await;
    let with_fallback = r#"
request_config:
  approvalReminderAndEscalationConfig: {fallbackApproverRef: {type: IDENTITY, id: Lead@Acme.test}}
"#;
    let err = apply(&mut c, with_fallback, None).await.unwrap_err();
    assert_eq!(
        common::violation_fields(&err),
        ["policy.request_config.approval_reminder_and_escalation_config.fallback_approver_ref.id"]
    );
    directory(&server).await;
    let events = event_count(&server).await;
    apply(&mut c, with_fallback, None).await.expect("a directory user");
    // The event's `after` is what GetRequestConfig answers, the approver's
    // name and email from the directory included.
    let recorded = server.state.store.events(&OrgId::from(ORG), events, 10).await.unwrap();
    let got = jitgate::pb::v1::request_config_service_client::RequestConfigServiceClient::new(server.channel().await)
        .get_request_config(authed(&admin_token(ORG), pb::GetRequestConfigRequest {}))
        .await
        .unwrap()
        .into_inner()
        .access_request_config
        .unwrap();
    assert_eq!(recorded.len(), 1);
    assert_eq!(
        recorded[0].event.after,
        Some(jitgate::app::audit::rest_json(&got).unwrap())
    );
    assert_eq!(summary(&plan(&mut c, with_fallback).await), [], "applied as written");
}

/// A PENDING request of `requester` for `service`, filed at `at` on rule
/// `k8s` (what the live policy decided), written straight to the store.
fn stored_request(requester: &str, service: &str, at: DateTime<Utc>) -> jitgate::domain::access_request::AccessRequest {
    use jitgate::domain::{
        access_request::{FollowUp, Person, filing::Filing, lifecycle},
        evaluation::{
            ApprovalPath, ApproverKind, Constraints, EligibleApprover, Evaluation, Grant, Outcome, PolicyKind, Quorum,
            RequestedResource, Step,
        },
    };
    let person = |id: &str| Person {
        id: id.into(),
        display_name: String::new(),
    };
    let resource = RequestedResource {
        service: service.into(),
        resource_type: "role".into(),
        resource_id: "admin".into(),
        ..Default::default()
    };
    let grant = Grant::Floating { hours: 1 };
    let plan = Evaluation {
        outcome: Outcome::Pending,
        reasons: vec![],
        evaluated_at: at,
        requester_id: requester.into(),
        target_user_id: requester.into(),
        resource: resource.clone(),
        routing_version: String::new(),
        policies: vec![],
        paths: vec![ApprovalPath {
            policy_kind: PolicyKind::RoutingRule,
            policy_id: "k8s".into(),
            approval_index: 0,
            approval_type: "p0".into(),
            steps: vec![Step {
                name: "P0".into(),
                quorum: Quorum::Any,
                approvers: vec![EligibleApprover {
                    kind: ApproverKind::Role,
                    id: "APPROVER".into(),
                    display_name: String::new(),
                    source: "approver".into(),
                    user_ids: vec![],
                }],
            }],
            constraints: Constraints::default(),
            auto_approve: None,
            violations: vec![],
        }],
        violations: vec![],
        grant,
    };
    let new = lifecycle::NewRequest {
        id: jitgate::clock::new_id(),
        org_id: ORG.into(),
        requester: person(requester),
        target_user: person(requester),
        filing: Filing {
            resource,
            justification: "load".into(),
            ..Default::default()
        },
        requested: grant,
        self_approval_enabled: false,
        approvals_external: false,
        follow_up: FollowUp::default(),
        lifecycle: Default::default(),
    };
    lifecycle::file(new, plan, at).expect("a valid plan").0
}

/// An org with 10,000 requests in the window: the default limit reads
/// 1,000 and says so; the largest reads all 10,000 and lists at most 500
/// changed decisions, saying how many more there are.
async fn the_simulation_stays_within_its_bounds_on_a_large_org(backend: Backend) {
    let (server, mut c) = start(backend).await;
    apply(&mut c, LIVE, None).await.expect("live");
    // Written concurrently (each request is one transaction), all within
    // the last seven days.
    let store = server.state.store.clone();
    let writers: Vec<_> = (0..8)
        .map(|w| {
            let store = store.clone();
            tokio::spawn(async move {
                for i in (w..10_000).step_by(8) {
                    let at = t0() - Duration::seconds(i64::from(i) * 30);
                    let r = stored_request(&format!("user{}@acme.test", i % 50), "k8s", at);
                    store
                        .file_access_request(&r, vec![], jitgate::store::OrgVersions::default())
                        .await
                        .expect("file");
                }
            })
        })
        .collect();
    for w in writers {
        w.await.unwrap();
    }

    // Removing the k8s rule denies every one of them.
    let answer = simulate(&mut c, proposal(PROPOSED)).await.expect("default limit");
    assert_eq!(answer.evaluated, 1_000);
    assert!(answer.truncated);
    assert!(
        answer.truncated_reason.contains("limit of 1000"),
        "{}",
        answer.truncated_reason
    );
    assert!(
        answer.truncated_reason.contains("9000 more"),
        "{}",
        answer.truncated_reason
    );
    assert_eq!(answer.changes.len(), 500, "at most 500 changes are listed");

    let mut all = proposal(PROPOSED);
    all.limit = 10_000;
    let answer = simulate(&mut c, all).await.expect("every request");
    assert_eq!(answer.evaluated, 10_000);
    assert!(
        answer.truncated_reason.contains("9500 more changed decisions"),
        "{}",
        answer.truncated_reason
    );
    assert!(
        answer
            .changes
            .iter()
            .all(|c| c.differences[0] == "outcome PENDING → DENIED")
    );
    // Newest first.
    let first = answer.changes.first().unwrap();
    assert_eq!(first.live.as_ref().unwrap().evaluated_at, Some(ts(t0())));
}
