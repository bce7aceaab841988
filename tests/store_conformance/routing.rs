//! Routing workflow versions and the event log.

use std::sync::Arc;

use chrono::{TimeZone, Utc};
use jitgate::{
    clock::new_id,
    domain::routing::{Approval, ApprovalKind, ApprovalOptions, Requestor, Resource, RoutingRule},
    error::Error,
    store::{NewEvent, NewWorkflowVersion, Store},
};

use crate::common::{ACME, GLOBEX};

fn rule(name: &str) -> RoutingRule {
    RoutingRule {
        name: name.into(),
        disabled: false,
        requestor: Requestor::User {
            uid: "alice@acme.test".into(),
        },
        resource: Resource::Any,
        approvals: vec![Approval {
            kind: ApprovalKind::P0,
            options: Some(ApprovalOptions {
                allow_one_party: Some(true),
                require_reason: None,
                cooldown: Some(60),
                duration: None,
            }),
        }],
    }
}

fn version(org: &str, base_number: i64, rules: Vec<RoutingRule>) -> NewWorkflowVersion {
    NewWorkflowVersion {
        id: new_id(),
        org_id: org.into(),
        base_number,
        created_at: Utc.with_ymd_and_hms(2026, 11, 24, 12, 0, 0).unwrap() + chrono::Duration::milliseconds(123),
        created_by: "admin@acme.test".into(),
        rules,
    }
}

fn event(org: &str, subject: &str) -> NewEvent {
    NewEvent {
        id: new_id(),
        org_id: org.into(),
        kind: "CONFIG_CHANGED".into(),
        subject_type: "routing_rule".into(),
        subject_id: subject.into(),
        actor: "admin@acme.test".into(),
        request_id: "req-1".into(),
        occurred_at: Utc.with_ymd_and_hms(2026, 11, 24, 12, 0, 0).unwrap(),
        before: None,
        after: Some(serde_json::json!({ "rule": { "name": subject }, "n": 1 })),
        access_request_id: String::new(),
        comment: String::new(),
    }
}

async fn a_new_org_has_no_workflow_and_no_events(store: Arc<dyn Store>) {
    store.ping().await.unwrap();
    assert!(store.latest_workflow(&ACME).await.unwrap().is_none());
    assert!(store.workflow(&ACME, "anything").await.unwrap().is_none());
    assert!(store.events(&ACME, 0, 10).await.unwrap().is_empty());
}

async fn appended_versions_read_back_exactly(store: Arc<dyn Store>) {
    let first = version("acme", 0, vec![rule("a"), rule("b")]);
    let saved = store.append_workflow(first.clone(), event("acme", "a")).await.unwrap();
    assert_eq!(saved.number, 1);
    let latest = store.latest_workflow(&ACME).await.unwrap().unwrap();
    assert_eq!(latest, saved);
    assert_eq!(latest.rules, first.rules);
    assert_eq!(
        latest.created_at, first.created_at,
        "timestamps keep their milliseconds"
    );

    let second = store
        .append_workflow(version("acme", 1, vec![rule("c")]), event("acme", "c"))
        .await
        .unwrap();
    assert_eq!(second.number, 2);
    assert_eq!(store.latest_workflow(&ACME).await.unwrap().unwrap().id, second.id);
    assert_eq!(
        store.workflow(&ACME, &saved.id).await.unwrap().unwrap().rules,
        first.rules
    );
}

async fn appending_on_a_stale_base_is_aborted_and_writes_nothing(store: Arc<dyn Store>) {
    store
        .append_workflow(version("acme", 0, vec![rule("a")]), event("acme", "a"))
        .await
        .unwrap();
    store
        .append_workflow(version("acme", 1, vec![rule("b")]), event("acme", "b"))
        .await
        .unwrap();
    for stale_base in [0, 1] {
        let err = store
            .append_workflow(version("acme", stale_base, vec![rule("x")]), event("acme", "x"))
            .await
            .unwrap_err();
        assert!(matches!(err, Error::Conflict(_)), "{err:?}");
    }
    assert_eq!(
        store.latest_workflow(&ACME).await.unwrap().unwrap().rules,
        vec![rule("b")]
    );
    let events = store.events(&ACME, 0, 10).await.unwrap();
    assert_eq!(events.len(), 2, "the refused appends left no event");
}

async fn concurrent_appends_on_one_base_let_exactly_one_win(store: Arc<dyn Store>) {
    let mut tasks = Vec::new();
    for i in 0..6 {
        let store = store.clone();
        tasks.push(tokio::spawn(async move {
            store
                .append_workflow(version("acme", 0, vec![rule(&format!("w{i}"))]), event("acme", "w"))
                .await
        }));
    }
    let mut wins = 0;
    for task in tasks {
        match task.await.unwrap() {
            Ok(_) => wins += 1,
            Err(e) => assert!(matches!(e, Error::Conflict(_)), "{e:?}"),
        }
    }
    assert_eq!(wins, 1);
    assert_eq!(store.events(&ACME, 0, 100).await.unwrap().len(), 1);
}

async fn orgs_are_isolated(store: Arc<dyn Store>) {
    let acme = store
        .append_workflow(version("acme", 0, vec![rule("a")]), event("acme", "a"))
        .await
        .unwrap();
    // Another org's first version is independent of acme's numbering.
    let globex = store
        .append_workflow(version("globex", 0, vec![rule("g")]), event("globex", "g"))
        .await
        .unwrap();
    assert_eq!(globex.number, 1);
    assert!(store.workflow(&GLOBEX, &acme.id).await.unwrap().is_none());
    assert!(store.workflow(&ACME, &globex.id).await.unwrap().is_none());
    let acme_events = store.events(&ACME, 0, 10).await.unwrap();
    assert_eq!(acme_events.len(), 1);
    assert_eq!(acme_events[0].event.org_id, "acme");
}

async fn events_page_in_order_after_a_cursor(store: Arc<dyn Store>) {
    for (base, name) in (0..).zip(["a", "b", "c", "d", "e"]) {
        store
            .append_workflow(version("acme", base, vec![]), event("acme", name))
            .await
            .unwrap();
    }
    let all = store.events(&ACME, 0, 100).await.unwrap();
    let subjects: Vec<&str> = all.iter().map(|e| e.event.subject_id.as_str()).collect();
    assert_eq!(subjects, ["a", "b", "c", "d", "e"]);
    assert!(all.windows(2).all(|w| w[0].sequence < w[1].sequence));
    assert_eq!(all[0].event, event_with_id(&all[0].event));

    let page = store.events(&ACME, all[1].sequence, 2).await.unwrap();
    let subjects: Vec<&str> = page.iter().map(|e| e.event.subject_id.as_str()).collect();
    assert_eq!(subjects, ["c", "d"]);
    assert!(store.events(&ACME, all[4].sequence, 10).await.unwrap().is_empty());
}

/// The event a test wrote, with the id the store kept, to compare whole.
fn event_with_id(stored: &NewEvent) -> NewEvent {
    NewEvent {
        id: stored.id.clone(),
        ..event("acme", &stored.subject_id)
    }
}

crate::conformance!(
    a_new_org_has_no_workflow_and_no_events,
    appended_versions_read_back_exactly,
    appending_on_a_stale_base_is_aborted_and_writes_nothing,
    concurrent_appends_on_one_base_let_exactly_one_win,
    orgs_are_isolated,
    events_page_in_order_after_a_cursor,
);
