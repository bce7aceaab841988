//! AccessFlowService through a real server and the generated tonic client, on
//! SQLite and on PostgreSQL: every RPC, PATCH semantics, validation,
//! pagination under concurrent inserts, name uniqueness, tenancy, roles,
//! audit events and concurrent edits.

use std::collections::{BTreeSet, HashSet};

use common::{Backend, TestServer, admin_token, authed, token, violation_fields};
use jitgate::{
    pb::v1::{self as pb, access_flow_service_client::AccessFlowServiceClient},
    store::EventStore,
};
use prost_types::FieldMask;
use tonic::{Code, transport::Channel};

use crate::{
    common,
    common::{ACME, GLOBEX},
};

type Client = AccessFlowServiceClient<Channel>;

/// Apono's seed 003 example, with its "text" placeholders made valid.
fn seed_flow(name: &str) -> pb::AccessFlow {
    pb::AccessFlow {
        id: String::new(),
        name: Some(name.into()),
        active: Some(true),
        trigger: Some(pb::AccessFlowTrigger {
            r#type: "user_request".into(),
            timeframe: Some(pb::Timeframe {
                start_of_day_time_in_seconds: 1,
                end_of_day_time_in_seconds: 64_800,
                days_in_week: vec!["MONDAY".into()],
                time_zone: "Europe/Helsinki".into(),
            }),
        }),
        grantees: vec![pb::AccessFlowGrantee {
            id: "alice@acme.test".into(),
            r#type: "user".into(),
        }],
        integration_targets: vec![pb::IntegrationTarget {
            integration_id: "postgres-prod".into(),
            resource_type: "postgresql-database".into(),
            resource_tag_includes: vec![pb::ResourceTag {
                name: "env".into(),
                value: "prod".into(),
            }],
            resource_tag_excludes: vec![pb::ResourceTag {
                name: "pii".into(),
                value: "true".into(),
            }],
            permissions: vec!["SELECT".into()],
        }],
        bundle_targets: vec![pb::BundleTarget {
            bundle_id: "db-readers".into(),
        }],
        approvers: vec![pb::AccessFlowApprover {
            id: "dba-team".into(),
            r#type: "group".into(),
        }],
        revoke_after_in_sec: Some(1),
        settings: Some(pb::AccessFlowSettings {
            require_justification_on_request_again: true,
            require_all_approvers: true,
            require_approver_justification: true,
            approver_cannot_approve_himself: true,
        }),
        created_date: String::new(),
    }
}

async fn create(client: &mut Client, token: &str, flow: pb::AccessFlow) -> Result<pb::AccessFlow, tonic::Status> {
    client
        .create_access_flow(authed(
            token,
            pb::CreateAccessFlowRequest {
                access_flow: Some(flow),
            },
        ))
        .await
        .map(|r| r.into_inner().access_flow.expect("access_flow"))
}

async fn get(client: &mut Client, token: &str, id: &str) -> Result<pb::AccessFlow, tonic::Status> {
    client
        .get_access_flow(authed(token, pb::GetAccessFlowRequest { id: id.into() }))
        .await
        .map(|r| r.into_inner().access_flow.expect("access_flow"))
}

async fn list(
    client: &mut Client,
    token: &str,
    limit: i32,
    offset: i32,
) -> Result<pb::ListAccessFlowsResponse, tonic::Status> {
    client
        .list_access_flows(authed(token, pb::ListAccessFlowsRequest { limit, offset }))
        .await
        .map(|r| r.into_inner())
}

async fn patch(
    client: &mut Client,
    token: &str,
    id: &str,
    body: pb::AccessFlow,
    mask: Option<&[&str]>,
) -> Result<pb::AccessFlow, tonic::Status> {
    client
        .update_access_flow(authed(
            token,
            pb::UpdateAccessFlowRequest {
                id: id.into(),
                access_flow: Some(body),
                update_mask: mask.map(|paths| FieldMask {
                    paths: paths.iter().map(|p| p.to_string()).collect(),
                }),
            },
        ))
        .await
        .map(|r| r.into_inner().access_flow.expect("access_flow"))
}

async fn delete(client: &mut Client, token: &str, id: &str) -> Result<(), tonic::Status> {
    client
        .delete_access_flow(authed(token, pb::DeleteAccessFlowRequest { id: id.into() }))
        .await
        .map(|_| ())
}

fn ids(flows: &[pb::AccessFlow]) -> Vec<String> {
    flows.iter().map(|f| f.id.clone()).collect()
}

/// `created_date` as the seed shows it: seconds, a dot, nine digits.
fn is_seed_created_date(s: &str) -> bool {
    s.split_once('.').is_some_and(|(secs, nanos)| {
        !secs.is_empty()
            && secs.bytes().all(|b| b.is_ascii_digit())
            && nanos.len() == 9
            && nanos.bytes().all(|b| b.is_ascii_digit())
    })
}

async fn every_rpc_round_trips_every_field_of_the_seed_example(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut client = server.access_flows().await;
    let admin = admin_token("acme");

    // Server-owned fields sent by the client are ignored.
    let sent = pb::AccessFlow {
        id: "client-chosen".into(),
        created_date: "1.000000000".into(),
        ..seed_flow("Production read access")
    };
    let created = create(&mut client, &admin, sent).await.unwrap();
    assert!(uuid::Uuid::parse_str(&created.id).is_ok(), "{}", created.id);
    assert!(is_seed_created_date(&created.created_date), "{}", created.created_date);
    let created_secs: i64 = created.created_date.split('.').next().unwrap().parse().unwrap();
    assert!((chrono::Utc::now().timestamp() - created_secs).abs() < 60);
    let expected = pb::AccessFlow {
        id: created.id.clone(),
        created_date: created.created_date.clone(),
        ..seed_flow("Production read access")
    };
    assert_eq!(created, expected);

    assert_eq!(get(&mut client, &admin, &created.id).await.unwrap(), expected);
    let page = list(&mut client, &admin, 0, 0).await.unwrap();
    assert_eq!(page.data, vec![expected.clone()]);
    assert_eq!(
        page.pagination,
        Some(pb::Pagination {
            total: 1,
            limit: 50,
            offset: 0
        })
    );

    let renamed = patch(
        &mut client,
        &admin,
        &created.id,
        pb::AccessFlow {
            name: Some("Renamed".into()),
            ..Default::default()
        },
        None,
    )
    .await
    .unwrap();
    assert_eq!(renamed.name.as_deref(), Some("Renamed"));

    delete(&mut client, &admin, &created.id).await.unwrap();
    let gone = get(&mut client, &admin, &created.id).await.unwrap_err();
    assert_eq!(gone.code(), Code::NotFound);
    let again = delete(&mut client, &admin, &created.id).await.unwrap_err();
    assert_eq!(again.code(), Code::NotFound);
    let missing = patch(&mut client, &admin, "no-such-flow", seed_flow("x"), None)
        .await
        .unwrap_err();
    assert_eq!(missing.code(), Code::NotFound);
    assert_eq!(
        list(&mut client, &admin, 0, 0).await.unwrap().pagination.unwrap().total,
        0
    );
}

async fn omitted_optional_fields_read_back_as_their_defaults(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut client = server.access_flows().await;
    let admin = admin_token("acme");
    let minimal = pb::AccessFlow {
        active: None,
        trigger: None,
        settings: None,
        approvers: vec![],
        revoke_after_in_sec: Some(-1),
        ..seed_flow("minimal")
    };
    let created = create(&mut client, &admin, minimal).await.unwrap();
    assert_eq!(created.active, Some(true));
    assert_eq!(
        created.trigger,
        Some(pb::AccessFlowTrigger {
            r#type: "user_request".into(),
            timeframe: None,
        })
    );
    assert_eq!(created.settings, Some(pb::AccessFlowSettings::default()));
    assert_eq!(created.revoke_after_in_sec, Some(-1));
    assert!(created.approvers.is_empty());
}

async fn a_patch_replaces_the_fields_present_and_leaves_the_others(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut client = server.access_flows().await;
    let admin = admin_token("acme");
    let created = create(&mut client, &admin, seed_flow("prod")).await.unwrap();

    let body = pb::AccessFlow {
        revoke_after_in_sec: Some(7200),
        ..Default::default()
    };
    let patched = patch(&mut client, &admin, &created.id, body, None).await.unwrap();
    let expected = pb::AccessFlow {
        revoke_after_in_sec: Some(7200),
        ..created.clone()
    };
    assert_eq!(patched, expected);
    assert_eq!(get(&mut client, &admin, &created.id).await.unwrap(), expected);

    // A sub-object is replaced whole; an empty list is "not present".
    let body = pb::AccessFlow {
        settings: Some(pb::AccessFlowSettings {
            require_all_approvers: true,
            ..Default::default()
        }),
        approvers: vec![],
        ..Default::default()
    };
    let patched = patch(&mut client, &admin, &created.id, body, None).await.unwrap();
    assert_eq!(
        patched.settings,
        Some(pb::AccessFlowSettings {
            require_all_approvers: true,
            ..Default::default()
        })
    );
    assert_eq!(patched.approvers, created.approvers);
    assert_eq!(patched.created_date, created.created_date);
    assert_eq!(patched.id, created.id);
}

async fn a_patch_with_an_update_mask_replaces_exactly_the_named_fields(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut client = server.access_flows().await;
    let admin = admin_token("acme");
    let created = create(&mut client, &admin, seed_flow("prod")).await.unwrap();

    let body = pb::AccessFlow {
        name: Some("not in the mask".into()),
        active: Some(false),
        ..Default::default()
    };
    let patched = patch(&mut client, &admin, &created.id, body, Some(&["active", "approvers"]))
        .await
        .unwrap();
    let expected = pb::AccessFlow {
        active: Some(false),
        approvers: vec![],
        ..created.clone()
    };
    assert_eq!(patched, expected, "a masked list absent from the body is cleared");

    // A masked field that is absent takes what create would give it.
    let defaulted = patch(
        &mut client,
        &admin,
        &created.id,
        pb::AccessFlow::default(),
        Some(&["active", "trigger"]),
    )
    .await
    .unwrap();
    let expected = pb::AccessFlow {
        active: Some(true),
        trigger: Some(pb::AccessFlowTrigger {
            r#type: "user_request".into(),
            timeframe: None,
        }),
        ..expected
    };
    assert_eq!(defaulted, expected);
    let required = patch(
        &mut client,
        &admin,
        &created.id,
        pb::AccessFlow::default(),
        Some(&["name"]),
    )
    .await
    .unwrap_err();
    assert_eq!(required.code(), Code::InvalidArgument);
    assert_eq!(violation_fields(&required), ["access_flow.name"]);

    let bad_mask = patch(
        &mut client,
        &admin,
        &created.id,
        seed_flow("x"),
        Some(&["name", "id", "colour", "created_date", "trigger.timeframe"]),
    )
    .await
    .unwrap_err();
    assert_eq!(bad_mask.code(), Code::InvalidArgument);
    assert_eq!(
        violation_fields(&bad_mask),
        [
            "update_mask.paths[1]",
            "update_mask.paths[2]",
            "update_mask.paths[3]",
            "update_mask.paths[4]",
        ]
    );
    assert!(bad_mask.message().contains("\"colour\""), "{}", bad_mask.message());
    // Neither refused PATCH changed anything.
    assert_eq!(get(&mut client, &admin, &created.id).await.unwrap(), expected);
}

async fn invalid_flows_are_refused_with_every_violation_named(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut client = server.access_flows().await;
    let admin = admin_token("acme");

    let mut bad = seed_flow("");
    let trigger = bad.trigger.as_mut().unwrap();
    trigger.r#type = "schedule".into();
    let timeframe = trigger.timeframe.as_mut().unwrap();
    timeframe.start_of_day_time_in_seconds = 64_800;
    timeframe.end_of_day_time_in_seconds = 3600;
    timeframe.days_in_week = vec!["MONDAY".into(), "FUNDAY".into(), "MONDAY".into()];
    timeframe.time_zone = "Mars/Olympus".into();
    bad.grantees.push(pb::AccessFlowGrantee {
        id: "x".into(),
        r#type: "robot".into(),
    });
    bad.integration_targets[0].resource_tag_includes[0].name.clear();
    bad.approvers[0].r#type = "boss".into();
    bad.revoke_after_in_sec = Some(-2);

    let status = create(&mut client, &admin, bad).await.unwrap_err();
    assert_eq!(status.code(), Code::InvalidArgument);
    assert_eq!(
        violation_fields(&status),
        [
            "access_flow.name",
            "access_flow.trigger.type",
            "access_flow.trigger.timeframe.end_of_day_time_in_seconds",
            "access_flow.trigger.timeframe.days_in_week[1]",
            "access_flow.trigger.timeframe.days_in_week[2]",
            "access_flow.trigger.timeframe.time_zone",
            "access_flow.grantees[1].type",
            "access_flow.integration_targets[0].resource_tag_includes[0].name",
            "access_flow.approvers[0].type",
            "access_flow.revoke_after_in_sec",
        ]
    );
    // Nothing was stored.
    assert_eq!(
        list(&mut client, &admin, 0, 0).await.unwrap().pagination.unwrap().total,
        0
    );

    let status = client
        .create_access_flow(authed(&admin, pb::CreateAccessFlowRequest { access_flow: None }))
        .await
        .unwrap_err();
    assert_eq!(violation_fields(&status), ["access_flow"]);

    // A PATCH that would make the flow invalid changes nothing.
    let created = create(&mut client, &admin, seed_flow("ok")).await.unwrap();
    let body = pb::AccessFlow {
        name: Some("n".repeat(256)),
        revoke_after_in_sec: Some(0),
        ..Default::default()
    };
    let status = patch(&mut client, &admin, &created.id, body, None).await.unwrap_err();
    assert_eq!(
        violation_fields(&status),
        ["access_flow.name", "access_flow.revoke_after_in_sec"]
    );
    assert_eq!(get(&mut client, &admin, &created.id).await.unwrap(), created);
}

async fn pages_neither_skip_nor_repeat_while_flows_are_created(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut client = server.access_flows().await;
    let admin = admin_token("acme");
    let mut before = Vec::new();
    for i in 0..23 {
        before.push(
            create(&mut client, &admin, seed_flow(&format!("flow-{i:02}")))
                .await
                .unwrap()
                .id,
        );
    }

    let inserter = {
        let mut client = server.access_flows().await;
        let admin = admin.clone();
        tokio::spawn(async move {
            for i in 0..15 {
                create(&mut client, &admin, seed_flow(&format!("late-{i:02}")))
                    .await
                    .unwrap();
            }
        })
    };
    let mut seen = Vec::new();
    let mut totals = Vec::new();
    let mut offset = 0;
    loop {
        let page = list(&mut client, &admin, 5, offset).await.unwrap();
        let pagination = page.pagination.unwrap();
        assert_eq!((pagination.limit, pagination.offset), (5, offset));
        totals.push(pagination.total);
        if page.data.is_empty() {
            break;
        }
        offset += page.data.len() as i32;
        seen.extend(ids(&page.data));
        tokio::task::yield_now().await;
    }
    inserter.await.unwrap();

    let unique: HashSet<&String> = seen.iter().collect();
    assert_eq!(unique.len(), seen.len(), "no flow appears twice");
    assert_eq!(
        seen[..before.len()],
        before[..],
        "existing flows come first, in creation order"
    );
    assert!(totals.windows(2).all(|w| w[0] <= w[1]), "{totals:?}");
    assert!(*totals.first().unwrap() >= 23);
    let final_total = list(&mut client, &admin, 1, 0).await.unwrap().pagination.unwrap().total;
    assert_eq!(final_total, 38);
}

async fn limits_above_100_are_invalid_and_an_offset_past_the_end_is_an_empty_page(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut client = server.access_flows().await;
    let admin = admin_token("acme");
    for i in 0..3 {
        create(&mut client, &admin, seed_flow(&format!("f{i}"))).await.unwrap();
    }
    let status = list(&mut client, &admin, 101, 0).await.unwrap_err();
    assert_eq!(status.code(), Code::InvalidArgument);
    assert_eq!(violation_fields(&status), ["limit"]);
    let status = list(&mut client, &admin, 10, -1).await.unwrap_err();
    assert_eq!(violation_fields(&status), ["offset"]);

    let past = list(&mut client, &admin, 10, 1000).await.unwrap();
    assert!(past.data.is_empty());
    assert_eq!(
        past.pagination,
        Some(pb::Pagination {
            total: 3,
            limit: 10,
            offset: 1000
        })
    );
    let last = list(&mut client, &admin, 2, 2).await.unwrap();
    assert_eq!(last.data.len(), 1);
    assert_eq!(list(&mut client, &admin, 100, 0).await.unwrap().data.len(), 3);
}

async fn names_are_unique_within_an_org(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut client = server.access_flows().await;
    let admin = admin_token("acme");
    create(&mut client, &admin, seed_flow("prod")).await.unwrap();
    let other = create(&mut client, &admin, seed_flow("staging")).await.unwrap();

    let duplicate = create(&mut client, &admin, seed_flow("prod")).await.unwrap_err();
    assert_eq!(duplicate.code(), Code::AlreadyExists);
    let body = pb::AccessFlow {
        name: Some("prod".into()),
        ..Default::default()
    };
    let rename = patch(&mut client, &admin, &other.id, body, None).await.unwrap_err();
    assert_eq!(rename.code(), Code::AlreadyExists);
    // Another org may use the name.
    create(&mut client, &admin_token("globex"), seed_flow("prod"))
        .await
        .unwrap();

    let mut tasks = Vec::new();
    for _ in 0..8 {
        let mut client = server.access_flows().await;
        let admin = admin.clone();
        tasks.push(tokio::spawn(async move {
            create(&mut client, &admin, seed_flow("contested")).await
        }));
    }
    let mut wins = 0;
    for task in tasks {
        match task.await.unwrap() {
            Ok(_) => wins += 1,
            Err(status) => assert_eq!(status.code(), Code::AlreadyExists, "{status:?}"),
        }
    }
    assert_eq!(wins, 1, "exactly one concurrent create with a name wins");
    assert_eq!(
        list(&mut client, &admin, 0, 0).await.unwrap().pagination.unwrap().total,
        3
    );
}

async fn another_orgs_flow_is_not_found(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut client = server.access_flows().await;
    let created = create(&mut client, &admin_token("acme"), seed_flow("secret"))
        .await
        .unwrap();
    let globex = admin_token("globex");
    assert_eq!(
        get(&mut client, &globex, &created.id).await.unwrap_err().code(),
        Code::NotFound
    );
    assert_eq!(
        patch(&mut client, &globex, &created.id, seed_flow("mine"), None)
            .await
            .unwrap_err()
            .code(),
        Code::NotFound
    );
    assert_eq!(
        delete(&mut client, &globex, &created.id).await.unwrap_err().code(),
        Code::NotFound
    );
    assert!(list(&mut client, &globex, 0, 0).await.unwrap().data.is_empty());
    assert_eq!(
        get(&mut client, &admin_token("acme"), &created.id).await.unwrap(),
        created
    );
}

async fn members_without_org_admin_are_permission_denied(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut client = server.access_flows().await;
    let created = create(&mut client, &admin_token("acme"), seed_flow("prod"))
        .await
        .unwrap();
    let member = token("acme", "bob@acme.test", &["APPROVER"]);
    let denied = [
        get(&mut client, &member, &created.id).await.unwrap_err(),
        list(&mut client, &member, 0, 0).await.unwrap_err(),
        create(&mut client, &member, seed_flow("mine")).await.unwrap_err(),
        patch(&mut client, &member, &created.id, seed_flow("mine"), None)
            .await
            .unwrap_err(),
        delete(&mut client, &member, &created.id).await.unwrap_err(),
    ];
    for status in denied {
        assert_eq!(status.code(), Code::PermissionDenied, "{status:?}");
        assert!(status.message().contains("ORG_ADMIN"));
    }
}

async fn every_change_leaves_an_audit_event_with_before_and_after(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut client = server.access_flows().await;
    let admin = admin_token("acme");
    let created = create(&mut client, &admin, seed_flow("prod")).await.unwrap();
    let body = pb::AccessFlow {
        active: Some(false),
        ..Default::default()
    };
    patch(&mut client, &admin, &created.id, body.clone(), None)
        .await
        .unwrap();
    // Neither a PATCH that changes nothing nor a refused write leaves one.
    patch(&mut client, &admin, &created.id, body, None).await.unwrap();
    create(&mut client, &admin, seed_flow("prod")).await.unwrap_err();
    delete(&mut client, &admin, &created.id).await.unwrap();

    let store = server.db.as_ref().unwrap().store().await;
    let events = store.events(&ACME, 0, 100).await.unwrap();
    let kinds: Vec<(&str, &str, &str)> = events
        .iter()
        .map(|e| {
            (
                e.event.kind.as_str(),
                e.event.subject_type.as_str(),
                e.event.subject_id.as_str(),
            )
        })
        .collect();
    let one = ("CONFIG_CHANGED", "access_flow", created.id.as_str());
    assert_eq!(kinds, [one, one, one]);
    let (create_event, update_event, delete_event) = (&events[0].event, &events[1].event, &events[2].event);
    for event in [create_event, update_event, delete_event] {
        assert_eq!(event.actor, "admin@acme.test");
        assert!(!event.request_id.is_empty());
    }
    assert!(create_event.occurred_at <= update_event.occurred_at);
    assert_eq!(create_event.before, None);
    let after = create_event.after.as_ref().unwrap();
    assert_eq!(after["name"], "prod");
    assert_eq!(after["active"], true);
    assert_eq!(update_event.before.as_ref().unwrap()["active"], true);
    assert_eq!(update_event.after.as_ref().unwrap()["active"], false);
    assert_eq!(
        update_event.before.as_ref().unwrap()["grantees"],
        update_event.after.as_ref().unwrap()["grantees"]
    );
    assert_eq!(delete_event.before.as_ref().unwrap()["active"], false);
    assert_eq!(delete_event.after, None);
    assert!(store.events(&GLOBEX, 0, 100).await.unwrap().is_empty());
}

async fn concurrent_patches_of_different_fields_all_land(backend: Backend) {
    let server = TestServer::start(backend).await;
    let admin = admin_token("acme");
    let created = create(&mut server.access_flows().await, &admin, seed_flow("prod"))
        .await
        .unwrap();

    let edits = vec![
        pb::AccessFlow {
            name: Some("renamed".into()),
            ..Default::default()
        },
        pb::AccessFlow {
            active: Some(false),
            ..Default::default()
        },
        pb::AccessFlow {
            revoke_after_in_sec: Some(-1),
            ..Default::default()
        },
        pb::AccessFlow {
            settings: Some(pb::AccessFlowSettings::default()),
            ..Default::default()
        },
        pb::AccessFlow {
            approvers: vec![pb::AccessFlowApprover {
                id: String::new(),
                r#type: "manager".into(),
            }],
            ..Default::default()
        },
        pb::AccessFlow {
            grantees: vec![pb::AccessFlowGrantee {
                id: "sre".into(),
                r#type: "group".into(),
            }],
            ..Default::default()
        },
        pb::AccessFlow {
            bundle_targets: vec![pb::BundleTarget {
                bundle_id: "oncall".into(),
            }],
            ..Default::default()
        },
        pb::AccessFlow {
            trigger: Some(pb::AccessFlowTrigger::default()),
            ..Default::default()
        },
    ];
    let mut tasks = Vec::new();
    for edit in edits.clone() {
        let mut client = server.access_flows().await;
        let (admin, id) = (admin.clone(), created.id.clone());
        tasks.push(tokio::spawn(async move {
            patch(&mut client, &admin, &id, edit, None).await
        }));
    }
    for task in tasks {
        task.await
            .unwrap()
            .expect("a PATCH re-applies itself after losing a race");
    }

    let mut expected = created.clone();
    for edit in edits {
        expected = jitgate::api::access_flow::patch::Patch::new(Some(edit), None)
            .unwrap()
            .apply(expected);
    }
    expected.trigger = Some(pb::AccessFlowTrigger {
        r#type: "user_request".into(),
        timeframe: None,
    });
    let read = get(&mut server.access_flows().await, &admin, &created.id)
        .await
        .unwrap();
    assert_eq!(read, expected);

    let store = server.db.as_ref().unwrap().store().await;
    let events = store.events(&ACME, 0, 100).await.unwrap();
    assert_eq!(events.len(), 9, "one event per write");
    let changed: BTreeSet<String> = events[1..]
        .iter()
        .flat_map(|e| {
            let (before, after) = (e.event.before.as_ref().unwrap(), e.event.after.as_ref().unwrap());
            after
                .as_object()
                .unwrap()
                .iter()
                .filter(|(k, v)| before.get(k.as_str()) != Some(v))
                .map(|(k, _)| k.clone())
                .collect::<Vec<_>>()
        })
        .collect();
    let all: BTreeSet<String> = [
        "name",
        "active",
        "revoke_after_in_sec",
        "settings",
        "approvers",
        "grantees",
        "bundle_targets",
        "trigger",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    assert_eq!(changed, all, "each event records its own change");
}

on_both_backends!(
    every_rpc_round_trips_every_field_of_the_seed_example,
    omitted_optional_fields_read_back_as_their_defaults,
    a_patch_replaces_the_fields_present_and_leaves_the_others,
    a_patch_with_an_update_mask_replaces_exactly_the_named_fields,
    invalid_flows_are_refused_with_every_violation_named,
    pages_neither_skip_nor_repeat_while_flows_are_created,
    limits_above_100_are_invalid_and_an_offset_past_the_end_is_an_empty_page,
    names_are_unique_within_an_org,
    another_orgs_flow_is_not_found,
    members_without_org_admin_are_permission_denied,
    every_change_leaves_an_audit_event_with_before_and_after,
    concurrent_patches_of_different_fields_all_land,
);
