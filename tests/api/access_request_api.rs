//! AccessRequestService through a real server and the generated client, on
//! SQLite and PostgreSQL: filing, reading, listing, every lifecycle
//! transition and refusal, idempotent filing, and the races (two approvers,
//! decide vs. cancel, one `request_id` sent concurrently).

use crate::common;

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, TimeZone, Utc};
use common::{Backend, TestServer, admin_token, authed, token, violation_fields};
use jitgate::{
    clock::ManualClock,
    pb::v1::{
        self as pb, access_request_service_client::AccessRequestServiceClient,
        directory_service_client::DirectoryServiceClient,
    },
};
use tonic::{Code, transport::Channel};

type Client = AccessRequestServiceClient<Channel>;

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

fn user(id: &str, manager: &str) -> pb::User {
    pb::User {
        id: id.into(),
        email: id.into(),
        display_name: id.split('@').next().unwrap_or_default().to_uppercase(),
        manager_id: manager.into(),
        ..Default::default()
    }
}

fn rule(name: &str, service: &str, approval: pb::Approval) -> pb::RoutingRule {
    pb::RoutingRule {
        name: name.into(),
        disabled: false,
        requestor: Some(pb::Requestor {
            r#type: "any".into(),
            ..Default::default()
        }),
        resource: Some(pb::Resource {
            r#type: "integration".into(),
            service: Some(service.into()),
            ..Default::default()
        }),
        approval: vec![approval],
    }
}

fn group_approval(group: &str, options: pb::ApprovalOptions) -> pb::Approval {
    pb::Approval {
        r#type: "group".into(),
        directory: Some("okta".into()),
        id: Some(group.into()),
        label: Some(group.into()),
        options: Some(options),
        ..Default::default()
    }
}

/// The org every test uses: dev (managed by lead), two SREs, and routing:
/// `aws` needs an SRE (4h at most, a reason required), `gcp` is persistent,
/// `k8s` lets the requester approve themself (one party).
async fn configure(server: &TestServer) {
    let admin = admin_token(ORG);
    let mut directory = DirectoryServiceClient::new(server.channel().await);
    directory
        .batch_upsert(authed(
            &admin,
            pb::BatchUpsertRequest {
                users: vec![
                    user("lead@acme.test", ""),
                    user("dev@acme.test", "lead@acme.test"),
                    user("sam@acme.test", "lead@acme.test"),
                    user("ops@acme.test", "lead@acme.test"),
                    user("eve@acme.test", ""),
                ],
                groups: vec![pb::Group {
                    id: "sre".into(),
                    display_name: "SRE".into(),
                    ..Default::default()
                }],
                group_members: vec![pb::GroupMembers {
                    group_id: "sre".into(),
                    user_ids: vec!["sam@acme.test".into(), "ops@acme.test".into(), "dev@acme.test".into()],
                }],
                ..Default::default()
            },
        ))
        .await
        .expect("directory");
    let workflow = pb::Workflow {
        rules: vec![
            rule(
                "prod-aws",
                "aws",
                group_approval(
                    "sre",
                    pb::ApprovalOptions {
                        duration: Some(4 * 3600),
                        require_reason: Some(true),
                        ..Default::default()
                    },
                ),
            ),
            rule(
                "gcp-open",
                "gcp",
                pb::Approval {
                    r#type: "persistent".into(),
                    ..Default::default()
                },
            ),
            rule(
                "k8s-self",
                "k8s",
                group_approval(
                    "sre",
                    pb::ApprovalOptions {
                        allow_one_party: Some(true),
                        ..Default::default()
                    },
                ),
            ),
        ],
        ..Default::default()
    };
    server
        .routing()
        .await
        .save_routing_config(authed(
            &admin,
            pb::SaveRoutingConfigRequest {
                org_id: ORG.into(),
                current_version: None,
                workflow: Some(workflow),
            },
        ))
        .await
        .expect("routing");
}

async fn start(backend: Backend) -> (TestServer, ManualClock, Client) {
    let clock = ManualClock::new(t0());
    let server = TestServer::start_with_clock(backend, clock.clone()).await;
    configure(&server).await;
    let client = AccessRequestServiceClient::new(server.channel().await);
    (server, clock, client)
}

fn tok(who: &str) -> String {
    token(ORG, who, &[])
}

fn aws_request(hours: i64) -> pb::AccessRequest {
    pb::AccessRequest {
        resource: Some(pb::RequestedResource {
            service: "aws".into(),
            resource_type: "role".into(),
            resource_id: "prod-admin".into(),
            ..Default::default()
        }),
        request_justification: "incident 42".into(),
        requested_grant_type: "TIME_RESTRICTED".into(),
        requested_grant_start: Some(ts(t0())),
        requested_grant_end: Some(ts(t0() + Duration::hours(hours))),
        ..Default::default()
    }
}

async fn file(c: &mut Client, who: &str, body: pb::AccessRequest) -> Result<pb::AccessRequest, tonic::Status> {
    c.create_access_request(authed(
        &tok(who),
        pb::CreateAccessRequestRequest {
            access_request: Some(body),
        },
    ))
    .await
    .map(|r| r.into_inner().access_request.expect("access_request"))
}

fn decision(id: &str, approve: bool, comment: &str) -> pb::DecideAccessRequestRequest {
    pb::DecideAccessRequestRequest {
        id: id.into(),
        decision: if approve {
            pb::Decision::Approved
        } else {
            pb::Decision::Denied
        } as i32,
        comment: comment.into(),
        ..Default::default()
    }
}

async fn decide(
    c: &mut Client,
    who: &str,
    req: pb::DecideAccessRequestRequest,
) -> Result<pb::AccessRequest, tonic::Status> {
    c.decide_access_request(authed(&tok(who), req))
        .await
        .map(|r| r.into_inner().access_request.expect("access_request"))
}

async fn get(c: &mut Client, who: &str, id: &str) -> Result<pb::AccessRequest, tonic::Status> {
    c.get_access_request(authed(&tok(who), pb::GetAccessRequestRequest { id: id.into() }))
        .await
        .map(|r| r.into_inner().access_request.expect("access_request"))
}

async fn list(c: &mut Client, token: &str, filter: pb::AccessRequestFilter) -> (i32, Vec<String>) {
    let page = c
        .list_access_requests(authed(
            token,
            pb::ListAccessRequestsRequest {
                filter: filter as i32,
                ..Default::default()
            },
        ))
        .await
        .expect("list")
        .into_inner();
    (page.count, page.items.into_iter().map(|r| r.id).collect())
}

fn state(r: &pb::AccessRequest) -> pb::RequestState {
    r.state()
}

/// The kinds of the events written about one request, in order.
async fn event_kinds(server: &TestServer, id: &str) -> Vec<String> {
    let mut c = AccessRequestServiceClient::new(server.channel().await);
    let page = c
        .list_audit_events(authed(
            &admin_token(ORG),
            pb::ListAuditEventsRequest {
                limit: 100,
                access_request_id: id.into(),
                ..Default::default()
            },
        ))
        .await
        .expect("audit events")
        .into_inner();
    page.events
        .iter()
        .map(|e| e.kind().as_str_name().trim_start_matches("EVENT_KIND_").to_string())
        .collect()
}

async fn a_request_is_filed_routed_approved_activated_and_expired(backend: Backend) {
    let (server, clock, mut c) = start(backend).await;
    let filed = file(&mut c, "dev@acme.test", aws_request(2)).await.unwrap();
    assert_eq!(state(&filed), pb::RequestState::PendingApproval);
    assert_eq!(filed.requester.as_ref().unwrap().display_name, "DEV");
    assert_eq!(filed.steps.len(), 1);
    assert_eq!(filed.steps[0].approvers[0].id, "sre");
    assert_eq!(filed.plan.as_ref().unwrap().paths[0].policy_id, "prod-aws");
    assert_eq!(filed.decision_deadline, Some(ts(t0() + Duration::hours(2))));
    assert_eq!(filed.grant_types, ["TIME_RESTRICTED", "FLOATING"]);
    assert_eq!(filed.max_floating_duration, 4);

    // Who sees it, and whose queue it is in.
    assert_eq!(get(&mut c, "sam@acme.test", &filed.id).await.unwrap().id, filed.id);
    assert_eq!(
        get(&mut c, "eve@acme.test", &filed.id).await.unwrap_err().code(),
        Code::NotFound
    );
    let other_org = c
        .get_access_request(authed(
            &token("globex", "dev@acme.test", &["ORG_ADMIN"]),
            pb::GetAccessRequestRequest { id: filed.id.clone() },
        ))
        .await
        .unwrap_err();
    assert_eq!(other_org.code(), Code::NotFound);
    let (n, ids) = list(&mut c, &tok("sam@acme.test"), pb::AccessRequestFilter::ToApprove).await;
    assert_eq!((n, ids), (1, vec![filed.id.clone()]));
    let (n, _) = list(&mut c, &tok("eve@acme.test"), pb::AccessRequestFilter::ToApprove).await;
    assert_eq!(n, 0);
    let (n, _) = list(&mut c, &tok("dev@acme.test"), pb::AccessRequestFilter::Mine).await;
    assert_eq!(n, 1);

    // The requester is an SRE but may not approve their own request.
    let own = decide(&mut c, "dev@acme.test", decision(&filed.id, true, ""))
        .await
        .unwrap_err();
    assert_eq!(own.code(), Code::PermissionDenied, "{own:?}");
    assert_eq!(common::reason(&own), "SELF_APPROVAL_NOT_ALLOWED");
    // Nobody may lengthen the window.
    let mut longer = decision(&filed.id, true, "");
    longer.grant_end = Some(ts(t0() + Duration::hours(3)));
    let err = decide(&mut c, "sam@acme.test", longer).await.unwrap_err();
    assert_eq!(violation_fields(&err), ["grant_end"]);

    clock.advance(Duration::minutes(10));
    let mut shorter = decision(&filed.id, true, "ok for an hour");
    shorter.grant_end = Some(ts(t0() + Duration::hours(1)));
    let approved = decide(&mut c, "sam@acme.test", shorter).await.unwrap();
    assert_eq!(state(&approved), pb::RequestState::Active);
    assert_eq!(approved.grant_end, Some(ts(t0() + Duration::hours(1))));
    assert_eq!(approved.requested_grant_end, Some(ts(t0() + Duration::hours(2))));
    let step = &approved.steps[0];
    assert_eq!(step.state(), pb::StepState::Approved);
    assert_eq!(step.approvers[0].user.as_ref().unwrap().id, "sam@acme.test");
    assert_eq!(step.approvers[0].comment, "ok for an hour");
    let (n, _) = list(&mut c, &tok("dev@acme.test"), pb::AccessRequestFilter::Active).await;
    assert_eq!(n, 1);

    // Deciding a closed request is refused.
    let late = decide(&mut c, "ops@acme.test", decision(&filed.id, true, ""))
        .await
        .unwrap_err();
    assert_eq!(late.code(), Code::FailedPrecondition);
    assert_eq!(common::reason(&late), "REQUEST_NOT_PENDING");

    // Time passes the end: the scheduler expires the grant.
    clock.advance(Duration::hours(1));
    server.run_scheduler_once().await;
    let expired = get(&mut c, "dev@acme.test", &filed.id).await.unwrap();
    assert_eq!(state(&expired), pb::RequestState::Expired);
    assert_eq!(
        event_kinds(&server, &filed.id).await,
        [
            "REQUEST_FILED",
            "STEP_APPROVED",
            "REQUEST_APPROVED",
            "GRANT_ACTIVATED",
            "GRANT_EXPIRED"
        ]
    );
}

async fn refusals_name_the_field_and_store_nothing(backend: Backend) {
    let (server, _clock, mut c) = start(backend).await;
    let too_long = file(&mut c, "dev@acme.test", aws_request(8)).await.unwrap_err();
    assert_eq!(too_long.code(), Code::InvalidArgument);
    assert_eq!(violation_fields(&too_long), ["access_request.requested_grant_end"]);
    assert!(too_long.message().contains("4h"), "{}", too_long.message());

    let mut no_reason = aws_request(1);
    no_reason.request_justification.clear();
    let err = file(&mut c, "dev@acme.test", no_reason).await.unwrap_err();
    assert_eq!(violation_fields(&err), ["access_request.request_justification"]);

    let mut bad = aws_request(1);
    bad.resource.as_mut().unwrap().service.clear();
    bad.requested_grant_type = "FOREVER".into();
    let err = file(&mut c, "dev@acme.test", bad).await.unwrap_err();
    assert_eq!(err.code(), Code::InvalidArgument);
    assert!(violation_fields(&err).len() >= 2, "{:?}", violation_fields(&err));

    let mut for_other = aws_request(1);
    for_other.target_user = Some(pb::UserRef {
        id: "sam@acme.test".into(),
        ..Default::default()
    });
    let err = file(&mut c, "dev@acme.test", for_other).await.unwrap_err();
    assert_eq!(err.code(), Code::PermissionDenied);

    let (n, _) = list(&mut c, &admin_token(ORG), pb::AccessRequestFilter::All).await;
    assert_eq!(n, 0, "refused requests are not stored");
    let not_admin = c
        .list_access_requests(authed(
            &tok("dev@acme.test"),
            pb::ListAccessRequestsRequest {
                filter: pb::AccessRequestFilter::All as i32,
                ..Default::default()
            },
        ))
        .await
        .unwrap_err();
    assert_eq!(not_admin.code(), Code::PermissionDenied);
    drop(server);
}

async fn denial_cancel_revoke_and_activation(backend: Backend) {
    let (server, clock, mut c) = start(backend).await;
    // A denial closes the request.
    let a = file(&mut c, "dev@acme.test", aws_request(1)).await.unwrap();
    let denied = decide(&mut c, "ops@acme.test", decision(&a.id, false, "not today"))
        .await
        .unwrap();
    assert_eq!(state(&denied), pb::RequestState::Denied);
    assert_eq!(denied.steps[0].approvers[0].comment, "not today");

    // Cancel: the requester only, while pending.
    let b = file(&mut c, "dev@acme.test", aws_request(1)).await.unwrap();
    let cancel = |who: &str, id: &str| {
        let mut c = c.clone();
        let req = authed(
            &tok(who),
            pb::CancelAccessRequestRequest {
                id: id.into(),
                comment: "never mind".into(),
            },
        );
        async move { c.cancel_access_request(req).await }
    };
    let not_theirs = cancel("sam@acme.test", &b.id).await.unwrap_err();
    assert_eq!(not_theirs.code(), Code::PermissionDenied);
    assert_eq!(common::reason(&not_theirs), "PERMISSION_DENIED");
    let canceled = cancel("dev@acme.test", &b.id).await.unwrap().into_inner();
    assert_eq!(
        state(canceled.access_request.as_ref().unwrap()),
        pb::RequestState::Canceled
    );
    let twice = cancel("dev@acme.test", &b.id).await.unwrap_err();
    assert_eq!(twice.code(), Code::FailedPrecondition);
    assert_eq!(common::reason(&twice), "REQUEST_NOT_PENDING");
    let closed = decide(&mut c, "sam@acme.test", decision(&b.id, true, ""))
        .await
        .unwrap_err();
    assert_eq!(closed.code(), Code::FailedPrecondition);
    assert_eq!(common::reason(&closed), "REQUEST_NOT_PENDING");

    // A persistent rule approves at once; an ORG_ADMIN revokes it.
    let gcp = pb::AccessRequest {
        resource: Some(pb::RequestedResource {
            service: "gcp".into(),
            resource_id: "project-x".into(),
            ..Default::default()
        }),
        requested_grant_type: "PERMANENT".into(),
        ..Default::default()
    };
    let open = file(&mut c, "dev@acme.test", gcp.clone()).await.unwrap();
    assert_eq!(state(&open), pb::RequestState::Active);
    let revoke = |who: String, id: String| {
        let mut c = c.clone();
        async move {
            c.revoke_access_request(authed(
                &who,
                pb::RevokeAccessRequestRequest {
                    id,
                    comment: "offboarding".into(),
                },
            ))
            .await
        }
    };
    assert_eq!(
        revoke(tok("sam@acme.test"), open.id.clone()).await.unwrap_err().code(),
        Code::NotFound,
        "sam cannot even see it"
    );
    let revoked = revoke(admin_token(ORG), open.id.clone())
        .await
        .unwrap()
        .into_inner()
        .access_request
        .unwrap();
    assert_eq!(state(&revoked), pb::RequestState::Revoked);
    assert!(revoked.target_role_revoked);
    assert_eq!(revoked.target_role_revoked_by.unwrap().id, "admin@acme.test");

    // FLOATING: approved now, in force from first use.
    let mut floating = gcp;
    floating.requested_grant_type = "FLOATING".into();
    floating.requested_floating_length = 3;
    let f = file(&mut c, "dev@acme.test", floating).await.unwrap();
    assert_eq!(state(&f), pb::RequestState::Approved);
    clock.advance(Duration::hours(5));
    let activate = |who: String| {
        let mut c = c.clone();
        let id = f.id.clone();
        async move {
            c.activate_access_request(authed(&who, pb::ActivateAccessRequestRequest { id }))
                .await
        }
    };
    let active = activate(tok("dev@acme.test"))
        .await
        .unwrap()
        .into_inner()
        .access_request
        .unwrap();
    assert_eq!(state(&active), pb::RequestState::Active);
    assert_eq!(active.grant_start, Some(ts(t0() + Duration::hours(5))));
    assert_eq!(active.grant_end, Some(ts(t0() + Duration::hours(8))));
    let again = activate(tok("dev@acme.test")).await.unwrap_err();
    assert_eq!(again.code(), Code::FailedPrecondition);
    assert_eq!(common::reason(&again), "REQUEST_NOT_GRANTED");
    drop(server);
}

async fn one_party_approval_where_the_rule_allows_it(backend: Backend) {
    let (server, _clock, mut c) = start(backend).await;
    let body = pb::AccessRequest {
        resource: Some(pb::RequestedResource {
            service: "k8s".into(),
            resource_id: "prod".into(),
            ..Default::default()
        }),
        requested_grant_type: "FLOATING".into(),
        requested_floating_length: 1,
        ..Default::default()
    };
    let r = file(&mut c, "dev@acme.test", body).await.unwrap();
    assert_eq!(state(&r), pb::RequestState::PendingApproval);
    let approved = decide(&mut c, "dev@acme.test", decision(&r.id, true, ""))
        .await
        .unwrap();
    assert_eq!(state(&approved), pb::RequestState::Approved);
    drop(server);
}

async fn a_retried_request_id_files_once_even_concurrently(backend: Backend) {
    let (server, _clock, c) = start(backend).await;
    let mut body = aws_request(1);
    body.request_id = "4f1c2b7e-retry".into();
    let tasks: Vec<_> = (0..8)
        .map(|_| {
            let mut c = c.clone();
            let body = body.clone();
            tokio::spawn(async move { file(&mut c, "dev@acme.test", body).await })
        })
        .collect();
    let mut ids = std::collections::BTreeSet::new();
    for t in tasks {
        ids.insert(t.await.unwrap().expect("every retry succeeds").id);
    }
    assert_eq!(ids.len(), 1, "one request filed: {ids:?}");
    let id = ids.into_iter().next().unwrap();
    // A later retry, even with a different body, answers the first request.
    let mut c = c.clone();
    let mut changed = body.clone();
    changed.request_justification = "another reason".into();
    let again = file(&mut c, "dev@acme.test", changed).await.unwrap();
    assert_eq!(again.id, id);
    assert_eq!(again.request_justification, "incident 42");
    assert_eq!(again.request_id, "4f1c2b7e-retry");
    // The key is per requester.
    let theirs = file(&mut c, "ops@acme.test", body).await.unwrap();
    assert_ne!(theirs.id, id);
    assert_eq!(event_kinds(&server, &id).await, ["REQUEST_FILED"]);
}

async fn two_approvers_at_once_approve_once(backend: Backend) {
    let (server, _clock, c) = start(backend).await;
    for _ in 0..5 {
        let mut c1 = c.clone();
        let r = file(&mut c1, "dev@acme.test", aws_request(1)).await.unwrap();
        let racers: Vec<_> = ["sam@acme.test", "ops@acme.test"]
            .into_iter()
            .map(|who| {
                let mut c = c.clone();
                let req = decision(&r.id, true, who);
                tokio::spawn(async move { decide(&mut c, who, req).await })
            })
            .collect();
        let mut outcomes = BTreeMap::new();
        for t in racers {
            let code = match t.await.unwrap() {
                Ok(_) => Code::Ok,
                Err(e) => e.code(),
            };
            *outcomes.entry(format!("{code:?}")).or_insert(0) += 1;
        }
        assert_eq!(outcomes.get("Ok"), Some(&1), "{outcomes:?}");
        assert_eq!(outcomes.get("FailedPrecondition"), Some(&1), "{outcomes:?}");
        let kinds = event_kinds(&server, &r.id).await;
        assert_eq!(
            kinds.iter().filter(|k| *k == "REQUEST_APPROVED").count(),
            1,
            "{kinds:?}"
        );
        assert_eq!(kinds.iter().filter(|k| *k == "STEP_APPROVED").count(), 1, "{kinds:?}");
    }
}

async fn decide_and_cancel_race_to_one_outcome(backend: Backend) {
    let (server, _clock, c) = start(backend).await;
    for _ in 0..5 {
        let mut c1 = c.clone();
        let r = file(&mut c1, "dev@acme.test", aws_request(1)).await.unwrap();
        let mut cd = c.clone();
        let deny = decision(&r.id, false, "no");
        let decider = tokio::spawn(async move { decide(&mut cd, "sam@acme.test", deny).await });
        let mut cc = c.clone();
        let id = r.id.clone();
        let canceler = tokio::spawn(async move {
            cc.cancel_access_request(authed(
                &tok("dev@acme.test"),
                pb::CancelAccessRequestRequest {
                    id,
                    comment: String::new(),
                },
            ))
            .await
        });
        let decided = decider.await.unwrap();
        let canceled = canceler.await.unwrap();
        assert!(decided.is_ok() != canceled.is_ok(), "exactly one wins");
        let last = get(&mut c1, "dev@acme.test", &r.id).await.unwrap();
        let expected = if decided.is_ok() {
            pb::RequestState::Denied
        } else {
            pb::RequestState::Canceled
        };
        assert_eq!(state(&last), expected);
        assert_eq!(event_kinds(&server, &r.id).await.len(), 2, "filed + one outcome");
    }
}

async fn undecided_requests_expire_at_their_deadline(backend: Backend) {
    let (server, clock, mut c) = start(backend).await;
    let r = file(&mut c, "dev@acme.test", aws_request(2)).await.unwrap();
    clock.advance(Duration::hours(2));
    server.run_scheduler_once().await;
    let expired = get(&mut c, "dev@acme.test", &r.id).await.unwrap();
    assert_eq!(state(&expired), pb::RequestState::Expired);
    assert_eq!(expired.steps[0].state(), pb::StepState::Closed);
    assert_eq!(event_kinds(&server, &r.id).await, ["REQUEST_FILED", "REQUEST_EXPIRED"]);
    let late = decide(&mut c, "sam@acme.test", decision(&r.id, true, ""))
        .await
        .unwrap_err();
    assert_eq!(late.code(), Code::FailedPrecondition);
}

async fn a_filed_request_keeps_its_plan_when_the_configuration_changes(backend: Backend) {
    let (server, _clock, mut c) = start(backend).await;
    let mut body = aws_request(1);
    body.action = "REMOVE".into();
    let r = file(&mut c, "dev@acme.test", body).await.unwrap();
    assert_eq!(r.action, "REMOVE");
    // The rule that routed it now sends aws to nobody: requests filed from
    // now on are denied, this one still goes to the SREs.
    server
        .routing()
        .await
        .save_routing_config(authed(
            &admin_token(ORG),
            pb::SaveRoutingConfigRequest {
                org_id: ORG.into(),
                current_version: None,
                workflow: Some(pb::Workflow {
                    rules: vec![rule(
                        "prod-aws",
                        "aws",
                        pb::Approval {
                            r#type: "deny".into(),
                            ..Default::default()
                        },
                    )],
                    ..Default::default()
                }),
            },
        ))
        .await
        .unwrap();
    let later = file(&mut c, "dev@acme.test", aws_request(1)).await.unwrap();
    assert_eq!(state(&later), pb::RequestState::Denied);
    // An ORG_ADMIN sees every request but is no approver of this one.
    let admin = c
        .decide_access_request(authed(&admin_token(ORG), decision(&r.id, true, "")))
        .await
        .unwrap_err();
    assert_eq!(admin.code(), Code::PermissionDenied, "{admin:?}");
    let approved = decide(&mut c, "sam@acme.test", decision(&r.id, true, ""))
        .await
        .unwrap();
    assert_eq!(state(&approved), pb::RequestState::Active);
    assert_eq!(approved.plan.unwrap().paths[0].policy_id, "prod-aws");
    assert_eq!(
        approved.action, "REMOVE",
        "a REMOVE request keeps its action through the lifecycle"
    );
}

async fn reminders_then_escalation_up_to_the_fallback_approver(backend: Backend) {
    let (server, clock, mut c) = start(backend).await;
    let mut config =
        jitgate::pb::v1::request_config_service_client::RequestConfigServiceClient::new(server.channel().await);
    config
        .update_request_config(authed(
            &admin_token(ORG),
            pb::UpdateRequestConfigRequest {
                access_request_config: Some(pb::AccessRequestConfig {
                    approval_reminder_and_escalation_config: Some(pb::ApprovalReminderAndEscalationConfig {
                        days_until_escalation: Some(1),
                        days_between_reminders: Some(1),
                        max_reminders: Some(1),
                        fallback_approver_ref: Some(pb::FallbackApproverRef {
                            r#type: "IDENTITY".into(),
                            id: "eve@acme.test".into(),
                            ..Default::default()
                        }),
                    }),
                    ..Default::default()
                }),
            },
        ))
        .await
        .expect("request config");
    let body = pb::AccessRequest {
        resource: Some(pb::RequestedResource {
            service: "k8s".into(),
            resource_id: "prod".into(),
            ..Default::default()
        }),
        requested_grant_type: "FLOATING".into(),
        requested_floating_length: 1,
        ..Default::default()
    };
    let r = file(&mut c, "dev@acme.test", body).await.unwrap();
    // Eve is nobody's approver yet: she cannot even see the request.
    assert_eq!(
        get(&mut c, "eve@acme.test", &r.id).await.unwrap_err().code(),
        Code::NotFound
    );
    // Seed 004's timing: the first reminder daysUntilEscalation (1) after
    // filing, maxReminders (1) of them, escalation daysBetweenReminders (1)
    // after the last; each level starts over for its new approvers.
    clock.advance(Duration::days(1));
    server.run_scheduler_once().await;
    let day_one = get(&mut c, "dev@acme.test", &r.id).await.unwrap();
    assert_eq!(
        (day_one.reminders_sent, day_one.escalation_level),
        (1, 0),
        "a reminder, no escalation yet"
    );
    for _ in 1..6 {
        clock.advance(Duration::days(1));
        server.run_scheduler_once().await;
    }
    let now = get(&mut c, "dev@acme.test", &r.id).await.unwrap();
    assert_eq!(
        now.escalation_level, 3,
        "managers, their managers, then the fallback approver"
    );
    assert_eq!(now.reminders_sent, 0, "the fallback approver's round has just begun");
    let fallback = now.steps[0]
        .approvers
        .iter()
        .find(|a| a.source == "escalation:fallback");
    assert_eq!(fallback.map(|a| a.id.as_str()), Some("eve@acme.test"));
    let kinds = event_kinds(&server, &r.id).await;
    let follow_ups: Vec<&str> = kinds
        .iter()
        .map(String::as_str)
        .filter(|k| ["REMINDER_DUE", "ESCALATED"].contains(k))
        .collect();
    assert_eq!(
        follow_ups,
        [
            "REMINDER_DUE",
            "ESCALATED",
            "REMINDER_DUE",
            "ESCALATED",
            "REMINDER_DUE",
            "ESCALATED"
        ],
        "{kinds:?}"
    );
    // The fallback approver decides now.
    let approved = decide(&mut c, "eve@acme.test", decision(&r.id, true, "covering"))
        .await
        .unwrap();
    assert_eq!(state(&approved), pb::RequestState::Approved);
}

on_both_backends!(
    a_request_is_filed_routed_approved_activated_and_expired,
    refusals_name_the_field_and_store_nothing,
    denial_cancel_revoke_and_activation,
    one_party_approval_where_the_rule_allows_it,
    a_retried_request_id_files_once_even_concurrently,
    two_approvers_at_once_approve_once,
    decide_and_cancel_race_to_one_outcome,
    undecided_requests_expire_at_their_deadline,
    a_filed_request_keeps_its_plan_when_the_configuration_changes,
    reminders_then_escalation_up_to_the_fallback_approver,
);
