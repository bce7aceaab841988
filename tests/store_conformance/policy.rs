//! A policy apply: every write of a plan lands together, or none does —
//! whether the org's configuration moved since the plan or one of the
//! writes' own checks fails.

use std::sync::Arc;

use jitgate::{
    clock::new_id,
    domain::{
        request_config::RequestConfig,
        routing::{Approval, ApprovalKind, Requestor, Resource, RoutingRule},
    },
    error::Error,
    store::{AccessFlowUpdate, NewWorkflowVersion, PolicyWrite, RequestConfigReplace, Store},
};

use crate::{
    access_flows::{at, create, event, event_count, flow, new_flow},
    common::ACME,
};

fn rule(name: &str) -> RoutingRule {
    RoutingRule {
        name: name.into(),
        disabled: false,
        requestor: Requestor::Any,
        resource: Resource::Any,
        approvals: vec![Approval {
            kind: ApprovalKind::P0,
            options: None,
        }],
    }
}

fn config() -> RequestConfig {
    RequestConfig {
        auto_approval_enabled: true,
        ..RequestConfig::default()
    }
}

/// A write that saves a workflow, updates `keep`, deletes `gone`, creates
/// `fresh` and replaces the request config, planned at `base_config`.
async fn write(store: &Arc<dyn Store>, base_config: i64) -> (PolicyWrite, usize) {
    let keep = create(store, new_flow("acme", "keep", at(1))).await;
    let gone = create(store, new_flow("acme", "gone", at(2))).await;
    let mut changed = flow("keep");
    changed.active = false;
    let write = PolicyWrite {
        org_id: "acme".into(),
        base_config: base_config + 2,
        workflow: Some(NewWorkflowVersion {
            id: new_id(),
            org_id: "acme".into(),
            base_number: 0,
            created_at: at(3),
            created_by: "admin@acme.test".into(),
            rules: vec![rule("r1")],
        }),
        deleted_flows: vec![(gone.id.clone(), gone.revision)],
        updated_flows: vec![AccessFlowUpdate {
            id: keep.id.clone(),
            org_id: "acme".into(),
            base_revision: keep.revision,
            updated_at: at(3),
            flow: changed,
        }],
        created_flows: vec![new_flow("acme", "fresh", at(3))],
        request_config: Some(RequestConfigReplace {
            config: config(),
            read: None,
        }),
    };
    (write, 5)
}

/// A write that only updates the stored flow `keep`, planned now.
async fn write_for_existing(store: &Arc<dyn Store>) -> (PolicyWrite, usize) {
    let keep = store
        .all_access_flows(&ACME)
        .await
        .unwrap()
        .into_iter()
        .find(|f| f.flow.name == "keep")
        .unwrap();
    let mut changed = keep.flow.clone();
    changed.active = false;
    let write = PolicyWrite {
        org_id: "acme".into(),
        base_config: store.org_versions(&ACME).await.unwrap().config,
        workflow: None,
        deleted_flows: vec![],
        updated_flows: vec![AccessFlowUpdate {
            id: keep.id,
            org_id: "acme".into(),
            base_revision: keep.revision,
            updated_at: at(6),
            flow: changed,
        }],
        created_flows: vec![],
        request_config: None,
    };
    (write, 1)
}

fn events(n: usize) -> Vec<jitgate::store::NewEvent> {
    (0..n).map(|i| event("acme", &format!("object-{i}"))).collect()
}

async fn names(store: &Arc<dyn Store>) -> Vec<(String, bool)> {
    let mut names: Vec<(String, bool)> = store
        .all_access_flows(&ACME)
        .await
        .unwrap()
        .into_iter()
        .map(|f| (f.flow.name, f.flow.active))
        .collect();
    names.sort();
    names
}

async fn an_apply_writes_every_change_and_its_events(store: Arc<dyn Store>) {
    let (write, n) = write(&store, 0).await;
    let before = event_count(&store, "acme").await;
    let versions = store.apply_policy(write, events(n)).await.unwrap();
    assert_eq!(versions.config, 2 + n as i64);
    assert_eq!(event_count(&store, "acme").await, before + n);
    assert_eq!(
        store.latest_workflow(&ACME).await.unwrap().unwrap().rules,
        vec![rule("r1")]
    );
    assert_eq!(
        names(&store).await,
        [("fresh".to_string(), true), ("keep".to_string(), false)]
    );
    assert_eq!(store.request_config(&ACME).await.unwrap(), Some(config()));
    assert_eq!(store.org_versions(&ACME).await.unwrap(), versions);
}

async fn a_configuration_change_since_the_plan_fails_the_whole_apply(store: Arc<dyn Store>) {
    let (write, n) = write(&store, 0).await;
    // Someone else changes a flow after the plan was made.
    create(&store, new_flow("acme", "elsewhere", at(4))).await;
    let before = event_count(&store, "acme").await;
    let err = store.apply_policy(write, events(n)).await.unwrap_err();
    assert!(matches!(err, Error::Conflict(_)), "{err:?}");
    assert_eq!(event_count(&store, "acme").await, before);
    assert!(
        store.latest_workflow(&ACME).await.unwrap().is_none(),
        "no workflow saved"
    );
    assert_eq!(
        names(&store).await,
        [
            ("elsewhere".to_string(), true),
            ("gone".to_string(), true),
            ("keep".to_string(), true)
        ]
    );
    assert_eq!(store.request_config(&ACME).await.unwrap(), None);
}

async fn one_failing_write_rolls_back_the_others(store: Arc<dyn Store>) {
    let (mut write, n) = write(&store, 0).await;
    // The update names a revision the flow no longer has.
    write.updated_flows[0].base_revision += 7;
    let err = store.apply_policy(write, events(n)).await.unwrap_err();
    assert!(matches!(err, Error::Conflict(_)), "{err:?}");
    assert!(store.latest_workflow(&ACME).await.unwrap().is_none());
    assert_eq!(
        names(&store).await,
        [("gone".to_string(), true), ("keep".to_string(), true)]
    );
    assert_eq!(store.request_config(&ACME).await.unwrap(), None);
    // And so does a request config replaced since it was read: the org
    // never saved one, the write expects the default to be stored.
    let write = PolicyWrite {
        org_id: "acme".into(),
        base_config: store.org_versions(&ACME).await.unwrap().config,
        workflow: None,
        deleted_flows: vec![],
        updated_flows: vec![],
        created_flows: vec![new_flow("acme", "late", at(5))],
        request_config: Some(RequestConfigReplace {
            config: config(),
            read: Some(RequestConfig::default()),
        }),
    };
    let n = 2;
    let err = store.apply_policy(write, events(n)).await.unwrap_err();
    assert!(matches!(err, Error::Conflict(_)), "{err:?}");
    assert!(!names(&store).await.iter().any(|(name, _)| name == "late"));

    // A flow deleted since the plan is a conflict like any other, not a
    // NOT_FOUND naming an id the caller never saw.
    let (mut write, n) = write_for_existing(&store).await;
    let gone = write.updated_flows[0].clone();
    store
        .delete_access_flow(&ACME, &gone.id, gone.base_revision, event("acme", &gone.id))
        .await
        .unwrap();
    write.base_config = store.org_versions(&ACME).await.unwrap().config;
    let err = store.apply_policy(write, events(n)).await.unwrap_err();
    assert!(matches!(err, Error::Conflict(_)), "{err:?}");
}

crate::conformance!(
    an_apply_writes_every_change_and_its_events,
    a_configuration_change_since_the_plan_fails_the_whole_apply,
    one_failing_write_rolls_back_the_others,
);
