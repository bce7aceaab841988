//! RoutingService through a real server and the generated tonic client, on
//! SQLite and on PostgreSQL: every RPC, tenancy, validation, versioning and
//! concurrency.

use std::collections::{BTreeSet, HashMap};

use common::{Backend, TestServer, admin_token, authed, token, violations};
use jitgate::{
    pb::v1::{self as pb, routing_service_client::RoutingServiceClient},
    store::{EventStore, RoutingStore},
};
use tonic::{Code, transport::Channel};
use tonic_types::StatusExt;

use crate::{
    common,
    common::{ACME, GLOBEX},
};

fn p0_rule(name: &str) -> pb::RoutingRule {
    pb::RoutingRule {
        name: name.into(),
        disabled: false,
        requestor: Some(pb::Requestor {
            r#type: "any".into(),
            ..Default::default()
        }),
        resource: Some(pb::Resource {
            r#type: "any".into(),
            ..Default::default()
        }),
        approval: vec![pb::Approval {
            r#type: "p0".into(),
            ..Default::default()
        }],
    }
}

/// A rule using every kind of field, as the P0 seed shows them.
fn rich_rule(name: &str) -> pb::RoutingRule {
    let mut filters = HashMap::new();
    filters.insert(
        "name".to_string(),
        pb::ResourceFilter {
            effect: "keep".into(),
            key: None,
            value: None,
            pattern: Some("^prod-.*$".into()),
        },
    );
    filters.insert(
        "sensitive".to_string(),
        pb::ResourceFilter {
            effect: "remove".into(),
            key: Some("tag".into()),
            value: Some(true),
            pattern: None,
        },
    );
    pb::RoutingRule {
        name: name.into(),
        disabled: true,
        requestor: Some(pb::Requestor {
            r#type: "group".into(),
            directory: Some("okta".into()),
            id: Some("sre".into()),
            label: Some("Site reliability".into()),
            effect: Some("keep".into()),
            ..Default::default()
        }),
        resource: Some(pb::Resource {
            r#type: "integration".into(),
            service: Some("aws".into()),
            access_type: Some("role".into()),
            filters,
        }),
        approval: vec![
            pb::Approval {
                r#type: "requestor-profile".into(),
                directory: Some("okta".into()),
                profile_property: Some("manager".into()),
                options: Some(pb::ApprovalOptions {
                    allow_one_party: Some(false),
                    require_reason: Some(true),
                    cooldown: Some(600),
                    duration: Some(3600),
                }),
                ..Default::default()
            },
            pb::Approval {
                r#type: "escalation".into(),
                integration: Some("pagerduty".into()),
                services: vec!["payments".into(), "checkout".into()],
                ..Default::default()
            },
            pb::Approval {
                r#type: "auto".into(),
                integration: Some("pagerduty".into()),
                ..Default::default()
            },
        ],
    }
}

async fn save(
    client: &mut RoutingServiceClient<Channel>,
    token: &str,
    current_version: Option<&str>,
    rules: Vec<pb::RoutingRule>,
) -> Result<pb::SaveRoutingConfigResponse, tonic::Status> {
    client
        .save_routing_config(authed(
            token,
            pb::SaveRoutingConfigRequest {
                org_id: "acme".into(),
                current_version: current_version.map(Into::into),
                workflow: Some(pb::Workflow {
                    rules,
                    ..Default::default()
                }),
            },
        ))
        .await
        .map(|r| r.into_inner())
}

async fn latest(client: &mut RoutingServiceClient<Channel>, token: &str) -> pb::Workflow {
    client
        .get_routing_config(authed(token, pb::GetRoutingConfigRequest { org_id: "acme".into() }))
        .await
        .expect("get routing config")
        .into_inner()
        .workflow
        .expect("workflow")
}

async fn an_org_that_never_saved_reads_an_empty_workflow(backend: Backend) {
    let server = TestServer::start(backend).await;
    let workflow = latest(&mut server.routing().await, &admin_token("acme")).await;
    assert_eq!(workflow, pb::Workflow::default());
}

async fn a_saved_workflow_reads_back_exactly_and_every_version_stays_readable(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut client = server.routing().await;
    let admin = admin_token("acme");

    let first = save(
        &mut client,
        &admin,
        Some(""),
        vec![rich_rule("prod"), p0_rule("default")],
    )
    .await
    .unwrap();
    assert_eq!(first.rules, vec![rich_rule("prod"), p0_rule("default")]);
    let read = latest(&mut client, &admin).await;
    assert_eq!(read.id, first.version);
    assert_eq!(read.rules, first.rules);
    assert!(read.created_date.is_some());

    let second = save(&mut client, &admin, Some(&first.version), vec![p0_rule("only")])
        .await
        .unwrap();
    assert_ne!(second.version, first.version);
    assert_eq!(latest(&mut client, &admin).await.rules, vec![p0_rule("only")]);

    let old = client
        .get_workflow(authed(
            &admin,
            pb::GetWorkflowRequest {
                org_id: "acme".into(),
                workflow_id: first.version.clone(),
            },
        ))
        .await
        .unwrap()
        .into_inner()
        .workflow
        .unwrap();
    assert_eq!(old.id, first.version);
    assert_eq!(old.rules, vec![rich_rule("prod"), p0_rule("default")]);

    let missing = client
        .get_workflow(authed(
            &admin,
            pb::GetWorkflowRequest {
                org_id: "acme".into(),
                workflow_id: "no-such-version".into(),
            },
        ))
        .await
        .unwrap_err();
    assert_eq!(missing.code(), Code::NotFound);
}

async fn a_stale_current_version_is_aborted_and_writes_nothing(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut client = server.routing().await;
    let admin = admin_token("acme");
    let first = save(&mut client, &admin, None, vec![p0_rule("a")]).await.unwrap();
    let second = save(&mut client, &admin, Some(&first.version), vec![p0_rule("b")])
        .await
        .unwrap();

    let stale = save(&mut client, &admin, Some(&first.version), vec![p0_rule("c")])
        .await
        .unwrap_err();
    assert_eq!(stale.code(), Code::Aborted);
    assert_eq!(
        stale.get_error_details().error_info().unwrap().reason,
        "VERSION_CONFLICT"
    );
    let read = latest(&mut client, &admin).await;
    assert_eq!(read.id, second.version);
    assert_eq!(read.rules, vec![p0_rule("b")]);

    // "" asserts that nothing was saved yet.
    let not_first = save(&mut client, &admin, Some(""), vec![p0_rule("d")])
        .await
        .unwrap_err();
    assert_eq!(not_first.code(), Code::Aborted);
}

async fn concurrent_saves_on_the_same_version_let_exactly_one_win(backend: Backend) {
    let server = TestServer::start(backend).await;
    let admin = admin_token("acme");
    let base = save(&mut server.routing().await, &admin, None, vec![p0_rule("base")])
        .await
        .unwrap();

    let mut tasks = Vec::new();
    for i in 0..8 {
        let mut client = server.routing().await;
        let (admin, base) = (admin.clone(), base.version.clone());
        tasks.push(tokio::spawn(async move {
            save(&mut client, &admin, Some(&base), vec![p0_rule(&format!("writer-{i}"))]).await
        }));
    }
    let mut winners = Vec::new();
    for task in tasks {
        match task.await.unwrap() {
            Ok(saved) => winners.push(saved),
            Err(status) => assert_eq!(status.code(), Code::Aborted, "{status:?}"),
        }
    }
    assert_eq!(winners.len(), 1, "exactly one concurrent save must win");
    let read = latest(&mut server.routing().await, &admin).await;
    assert_eq!(read.id, winners[0].version);
    assert_eq!(read.rules, winners[0].rules);
}

async fn concurrent_rule_edits_lose_none(backend: Backend) {
    let server = TestServer::start(backend).await;
    let admin = admin_token("acme");
    save(&mut server.routing().await, &admin, None, vec![p0_rule("seed")])
        .await
        .unwrap();

    let names: Vec<String> = (0..12).map(|i| format!("rule-{i}")).collect();
    let mut tasks = Vec::new();
    for name in names.clone() {
        let mut client = server.routing().await;
        let admin = admin.clone();
        tasks.push(tokio::spawn(async move {
            client
                .create_routing_rule(authed(
                    &admin,
                    pb::CreateRoutingRuleRequest {
                        org_id: "acme".into(),
                        name: name.clone(),
                        rule: Some(p0_rule(&name)),
                        current_version: None,
                    },
                ))
                .await
        }));
    }
    // And, at the same time, edits of the one existing rule.
    let mut client = server.routing().await;
    let mut seed = p0_rule("seed");
    seed.disabled = true;
    let update = client.update_routing_rule(authed(
        &admin,
        pb::UpdateRoutingRuleRequest {
            org_id: "acme".into(),
            name: "seed".into(),
            rule: Some(seed),
            current_version: None,
        },
    ));
    update.await.expect("update during concurrent creates");
    for task in tasks {
        task.await
            .unwrap()
            .expect("a create without current_version never loses a race");
    }

    let read = latest(&mut server.routing().await, &admin).await;
    let stored: BTreeSet<String> = read.rules.iter().map(|r| r.name.clone()).collect();
    let mut expected: BTreeSet<String> = names.into_iter().collect();
    expected.insert("seed".into());
    assert_eq!(stored, expected);
    assert!(read.rules.iter().find(|r| r.name == "seed").unwrap().disabled);

    // One version per write: the save, 12 creates and the update.
    let store = server.db.as_ref().unwrap().store().await;
    assert_eq!(store.latest_workflow(&ACME).await.unwrap().unwrap().number, 14);
}

async fn rule_crud_by_name(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut client = server.routing().await;
    let admin = admin_token("acme");

    // Create on an org with no workflow yet; the body's name may be omitted.
    let mut body = rich_rule("");
    body.name.clear();
    let created = client
        .create_routing_rule(authed(
            &admin,
            pb::CreateRoutingRuleRequest {
                org_id: "acme".into(),
                name: "prod".into(),
                rule: Some(body),
                current_version: None,
            },
        ))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(created.rule, Some(rich_rule("prod")));

    let got = client
        .get_routing_rule(authed(
            &admin,
            pb::GetRoutingRuleRequest {
                org_id: "acme".into(),
                name: "prod".into(),
            },
        ))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(got.rule, Some(rich_rule("prod")));
    assert_eq!(got.version, created.version);

    let duplicate = client
        .create_routing_rule(authed(
            &admin,
            pb::CreateRoutingRuleRequest {
                org_id: "acme".into(),
                name: "prod".into(),
                rule: Some(p0_rule("prod")),
                current_version: None,
            },
        ))
        .await
        .unwrap_err();
    assert_eq!(duplicate.code(), Code::AlreadyExists);

    let mismatch = client
        .create_routing_rule(authed(
            &admin,
            pb::CreateRoutingRuleRequest {
                org_id: "acme".into(),
                name: "x".into(),
                rule: Some(p0_rule("y")),
                current_version: None,
            },
        ))
        .await
        .unwrap_err();
    assert_eq!(mismatch.code(), Code::InvalidArgument);

    // Update, renaming.
    let updated = client
        .update_routing_rule(authed(
            &admin,
            pb::UpdateRoutingRuleRequest {
                org_id: "acme".into(),
                name: "prod".into(),
                rule: Some(p0_rule("production")),
                current_version: Some(created.version.clone()),
            },
        ))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(updated.rule, Some(p0_rule("production")));
    let gone = client
        .get_routing_rule(authed(
            &admin,
            pb::GetRoutingRuleRequest {
                org_id: "acme".into(),
                name: "prod".into(),
            },
        ))
        .await
        .unwrap_err();
    assert_eq!(gone.code(), Code::NotFound);

    // A stale current_version on a rule edit is ABORTED.
    let stale = client
        .update_routing_rule(authed(
            &admin,
            pb::UpdateRoutingRuleRequest {
                org_id: "acme".into(),
                name: "production".into(),
                rule: Some(p0_rule("production")),
                current_version: Some(created.version.clone()),
            },
        ))
        .await
        .unwrap_err();
    assert_eq!(stale.code(), Code::Aborted);

    let missing = client
        .update_routing_rule(authed(
            &admin,
            pb::UpdateRoutingRuleRequest {
                org_id: "acme".into(),
                name: "nope".into(),
                rule: Some(p0_rule("nope")),
                current_version: None,
            },
        ))
        .await
        .unwrap_err();
    assert_eq!(missing.code(), Code::NotFound);

    let deleted = client
        .delete_routing_rule(authed(
            &admin,
            pb::DeleteRoutingRuleRequest {
                org_id: "acme".into(),
                name: "production".into(),
                current_version: None,
            },
        ))
        .await
        .unwrap()
        .into_inner();
    let read = latest(&mut client, &admin).await;
    assert_eq!(read.id, deleted.version);
    assert!(read.rules.is_empty());

    let again = client
        .delete_routing_rule(authed(
            &admin,
            pb::DeleteRoutingRuleRequest {
                org_id: "acme".into(),
                name: "production".into(),
                current_version: None,
            },
        ))
        .await
        .unwrap_err();
    assert_eq!(again.code(), Code::NotFound);
}

async fn every_change_leaves_an_audit_event(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut client = server.routing().await;
    let admin = admin_token("acme");
    let saved = save(&mut client, &admin, None, vec![p0_rule("a")]).await.unwrap();
    client
        .delete_routing_rule(authed(
            &admin,
            pb::DeleteRoutingRuleRequest {
                org_id: "acme".into(),
                name: "a".into(),
                current_version: None,
            },
        ))
        .await
        .unwrap();
    // A refused change leaves none.
    save(&mut client, &admin, Some("stale"), vec![]).await.unwrap_err();

    let store = server.db.as_ref().unwrap().store().await;
    let events = store.events(&ACME, 0, 100).await.unwrap();
    assert_eq!(events.len(), 2);
    let (save_event, delete_event) = (&events[0].event, &events[1].event);
    assert!(events[0].sequence < events[1].sequence);
    assert_eq!(save_event.kind, "CONFIG_CHANGED");
    assert_eq!(save_event.subject_type, "routing_workflow");
    assert_eq!(save_event.actor, "admin@acme.test");
    assert!(!save_event.request_id.is_empty());
    // The workflow as GET /o/{org}/routing prints it; nothing was saved before.
    assert_eq!(save_event.subject_id, saved.version);
    assert_eq!(save_event.before, None);
    assert_eq!(save_event.after.as_ref().unwrap()["id"], saved.version);
    assert_eq!(save_event.after.as_ref().unwrap()["rules"][0]["name"], "a");
    assert_eq!(delete_event.subject_type, "routing_rule");
    assert_eq!(delete_event.subject_id, "a");
    assert_eq!(delete_event.before.as_ref().unwrap()["name"], "a");
    assert_eq!(delete_event.after, None);
    assert!(store.events(&GLOBEX, 0, 100).await.unwrap().is_empty());
}

async fn tenants_are_isolated(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut client = server.routing().await;
    let acme = admin_token("acme");
    let globex = admin_token("globex");
    let saved = save(&mut client, &acme, None, vec![p0_rule("secret")]).await.unwrap();

    // Naming another org in the request is PERMISSION_DENIED.
    let denied = client
        .get_routing_config(authed(&globex, pb::GetRoutingConfigRequest { org_id: "acme".into() }))
        .await
        .unwrap_err();
    assert_eq!(denied.code(), Code::PermissionDenied);
    let denied = save(&mut client, &globex, None, vec![]).await.unwrap_err();
    assert_eq!(denied.code(), Code::PermissionDenied);

    // Another org's version id, asked for in one's own org, does not exist.
    let hidden = client
        .get_workflow(authed(
            &globex,
            pb::GetWorkflowRequest {
                org_id: "globex".into(),
                workflow_id: saved.version.clone(),
            },
        ))
        .await
        .unwrap_err();
    assert_eq!(hidden.code(), Code::NotFound);

    // An empty org id means the caller's own org.
    let own = client
        .get_routing_config(authed(&globex, pb::GetRoutingConfigRequest { org_id: String::new() }))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(own.workflow, Some(pb::Workflow::default()));
}

async fn members_without_org_admin_cannot_read_or_write(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut client = server.routing().await;
    let member = token("acme", "bob@acme.test", &["APPROVER"]);
    let write = save(&mut client, &member, None, vec![p0_rule("x")]).await.unwrap_err();
    assert_eq!(write.code(), Code::PermissionDenied);
    assert!(write.message().contains("ORG_ADMIN"));
    let read = client
        .get_routing_config(authed(&member, pb::GetRoutingConfigRequest { org_id: "acme".into() }))
        .await
        .unwrap_err();
    assert_eq!(read.code(), Code::PermissionDenied);
}

async fn invalid_rules_are_refused_with_every_violation_named(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut client = server.routing().await;
    let admin = admin_token("acme");

    let mut bad = rich_rule("bad");
    bad.requestor.as_mut().unwrap().r#type = "robot".into();
    bad.resource.as_mut().unwrap().filters.get_mut("name").unwrap().pattern = Some("([".into());
    bad.approval[0].r#type = "magic".into();
    bad.approval[1].options = Some(pb::ApprovalOptions {
        cooldown: Some(-5),
        duration: Some(-1),
        ..Default::default()
    });
    let mut empty_name = p0_rule("");
    empty_name.name.clear();
    let status = save(
        &mut client,
        &admin,
        None,
        vec![bad, p0_rule("dup"), p0_rule("dup"), empty_name],
    )
    .await
    .unwrap_err();
    assert_eq!(status.code(), Code::InvalidArgument);
    let fields: BTreeSet<String> = violations(&status).into_iter().map(|(f, _)| f).collect();
    let expected: BTreeSet<String> = [
        "workflow.rules[0].requestor.type",
        "workflow.rules[0].resource.filters[\"name\"].pattern",
        "workflow.rules[0].approval[0].type",
        "workflow.rules[0].approval[1].options.cooldown",
        "workflow.rules[0].approval[1].options.duration",
        "workflow.rules[2].name",
        "workflow.rules[3].name",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    assert_eq!(fields, expected, "{:#?}", violations(&status));
    // Nothing was written.
    assert_eq!(latest(&mut client, &admin).await, pb::Workflow::default());

    // A 10,000-character name is refused, not stored.
    let long = "n".repeat(10_000);
    let status = client
        .create_routing_rule(authed(
            &admin,
            pb::CreateRoutingRuleRequest {
                org_id: "acme".into(),
                name: long.clone(),
                rule: Some(p0_rule(&long)),
                current_version: None,
            },
        ))
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::InvalidArgument);
    assert_eq!(violations(&status)[0].0, "name");
    assert!(violations(&status)[0].1.contains("at most 255"));

    // 100,000 rules: refused as a whole, clearly, and the server keeps serving.
    let huge: Vec<pb::RoutingRule> = (0..100_000).map(|i| p0_rule(&format!("r{i}"))).collect();
    let status = save(&mut client, &admin, None, huge).await.unwrap_err();
    assert!(
        matches!(status.code(), Code::InvalidArgument | Code::ResourceExhausted),
        "{status:?}"
    );
    assert_eq!(latest(&mut client, &admin).await, pb::Workflow::default());
}

on_both_backends!(
    an_org_that_never_saved_reads_an_empty_workflow,
    a_saved_workflow_reads_back_exactly_and_every_version_stays_readable,
    a_stale_current_version_is_aborted_and_writes_nothing,
    concurrent_saves_on_the_same_version_let_exactly_one_win,
    concurrent_rule_edits_lose_none,
    rule_crud_by_name,
    every_change_leaves_an_audit_event,
    tenants_are_isolated,
    members_without_org_admin_cannot_read_or_write,
    invalid_rules_are_refused_with_every_violation_named,
);
