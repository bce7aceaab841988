//! Access flows: CRUD, revisions, ordering, totals, tenant isolation and
//! unique names.

use std::{num::NonZeroU32, sync::Arc};

use chrono::{DateTime, Duration, TimeZone, Utc};
use jitgate::{
    clock::new_id,
    domain::{
        access_flow::{AccessFlow, Approver, BundleTarget, Grantee, PrincipalKind, RevokeAfter, Settings, Trigger},
        ids::OrgId,
        pagination::Page,
    },
    error::Error,
    store::{AccessFlowUpdate, Listed, NewAccessFlow, NewEvent, Store, StoredAccessFlow},
};

use crate::common::{ACME, GLOBEX};

pub(crate) fn flow(name: &str) -> AccessFlow {
    AccessFlow {
        name: name.into(),
        active: true,
        trigger: Trigger::default(),
        grantees: vec![Grantee {
            kind: PrincipalKind::User,
            id: "alice@acme.test".into(),
        }],
        integration_targets: vec![],
        bundle_targets: vec![BundleTarget { bundle_id: "b1".into() }],
        approvers: vec![Approver::Manager],
        revoke_after: RevokeAfter::Seconds(NonZeroU32::new(3600).unwrap()),
        settings: Settings::default(),
    }
}

/// A time with whole microseconds, which both databases keep exactly.
pub(crate) fn at(minute: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 24, 12, minute, 0).unwrap() + Duration::microseconds(123_456)
}

pub(crate) fn new_flow(org: &str, name: &str, created_at: DateTime<Utc>) -> NewAccessFlow {
    NewAccessFlow {
        id: new_id(),
        org_id: org.into(),
        created_at,
        flow: flow(name),
    }
}

pub(crate) fn event(org: &str, subject: &str) -> NewEvent {
    NewEvent {
        id: new_id(),
        org_id: org.into(),
        kind: "CONFIG_CHANGED".into(),
        subject_type: "access_flow".into(),
        subject_id: subject.into(),
        actor: "admin@acme.test".into(),
        request_id: "req-1".into(),
        occurred_at: at(0),
        before: None,
        after: Some(serde_json::json!({ "name": subject })),
        access_request_id: String::new(),
        comment: String::new(),
    }
}

pub(crate) async fn create(store: &Arc<dyn Store>, new: NewAccessFlow) -> StoredAccessFlow {
    let event = event(&new.org_id, &new.id);
    store.create_access_flow(new, event).await.unwrap()
}

fn update(stored: &StoredAccessFlow, flow: AccessFlow) -> AccessFlowUpdate {
    AccessFlowUpdate {
        id: stored.id.clone(),
        org_id: stored.org_id.clone(),
        base_revision: stored.revision,
        updated_at: at(30),
        flow,
    }
}

fn page(limit: u32, offset: u32) -> Page {
    Page { limit, offset }
}

pub(crate) async fn event_count(store: &Arc<dyn Store>, org: &str) -> usize {
    store.events(&OrgId::from(org), 0, 1000).await.unwrap().len()
}

async fn a_new_org_has_no_flows(store: Arc<dyn Store>) {
    assert!(store.access_flow(&ACME, "anything").await.unwrap().is_none());
    let Listed { items: flows, total } = store.access_flows(&ACME, page(50, 0)).await.unwrap();
    assert!(flows.is_empty());
    assert_eq!(total, 0);
}

async fn created_flows_read_back_exactly(store: Arc<dyn Store>) {
    let new = new_flow("acme", "prod", at(1));
    let created = create(&store, new.clone()).await;
    assert_eq!(created.id, new.id);
    assert_eq!(created.org_id, "acme");
    assert_eq!(created.flow, new.flow);
    assert_eq!(created.revision, 1);
    assert_eq!(created.created_at, new.created_at, "microseconds are kept");
    assert_eq!(created.updated_at, new.created_at);
    assert_eq!(store.access_flow(&ACME, &new.id).await.unwrap(), Some(created));
    assert_eq!(event_count(&store, "acme").await, 1);
}

async fn reads_agree_with_the_create_response_at_any_precision(store: Arc<dyn Store>) {
    let nanos = Utc.timestamp_opt(1_800_000_000, 123_456_789).unwrap();
    let created = create(&store, new_flow("acme", "prod", nanos)).await;
    let read = store.access_flow(&ACME, &created.id).await.unwrap().unwrap();
    assert_eq!(read.created_at, created.created_at);
    assert!((created.created_at - nanos).num_microseconds().unwrap().abs() <= 1);
}

async fn lists_page_by_creation_time_then_id_and_count_every_flow(store: Arc<dyn Store>) {
    // Inserted out of order; two share a creation time.
    let mut tie_a = new_flow("acme", "tie-a", at(5));
    tie_a.id = "00000000-0000-7000-8000-00000000000a".into();
    let mut tie_b = new_flow("acme", "tie-b", at(5));
    tie_b.id = "00000000-0000-7000-8000-00000000000b".into();
    for new in [
        new_flow("acme", "third", at(9)),
        tie_b,
        new_flow("acme", "first", at(1)),
        tie_a,
        new_flow("acme", "last", at(10)),
    ] {
        create(&store, new).await;
    }
    let names = |flows: &[StoredAccessFlow]| flows.iter().map(|f| f.flow.name.clone()).collect::<Vec<_>>();
    let Listed { items: all, total } = store.access_flows(&ACME, page(50, 0)).await.unwrap();
    assert_eq!(names(&all), ["first", "tie-a", "tie-b", "third", "last"]);
    assert_eq!(total, 5);

    let Listed { items: middle, total } = store.access_flows(&ACME, page(2, 1)).await.unwrap();
    assert_eq!(names(&middle), ["tie-a", "tie-b"]);
    assert_eq!(total, 5);
    let Listed { items: tail, total: _ } = store.access_flows(&ACME, page(2, 4)).await.unwrap();
    assert_eq!(names(&tail), ["last"]);
    let Listed { items: past, total } = store.access_flows(&ACME, page(2, 5)).await.unwrap();
    assert!(past.is_empty());
    assert_eq!(total, 5);
}

async fn an_update_needs_the_current_revision(store: Arc<dyn Store>) {
    let created = create(&store, new_flow("acme", "prod", at(1))).await;
    let mut changed = flow("prod");
    changed.active = false;
    let updated = store
        .update_access_flow(update(&created, changed.clone()), event("acme", &created.id))
        .await
        .unwrap();
    assert_eq!(updated.revision, 2);
    assert_eq!(updated.flow, changed);
    assert_eq!(updated.created_at, created.created_at);
    assert_eq!(updated.updated_at, at(30));
    assert_eq!(store.access_flow(&ACME, &created.id).await.unwrap(), Some(updated));

    // Revision 1 is stale now: refused, and nothing is written.
    let stale = store
        .update_access_flow(update(&created, flow("stale")), event("acme", &created.id))
        .await
        .unwrap_err();
    assert!(matches!(stale, Error::Conflict(_)), "{stale:?}");
    assert_eq!(
        store.access_flow(&ACME, &created.id).await.unwrap().unwrap().flow,
        changed
    );
    assert_eq!(event_count(&store, "acme").await, 2);

    let mut missing = update(&created, flow("x"));
    missing.id = "no-such-flow".into();
    let err = store
        .update_access_flow(missing, event("acme", "no-such-flow"))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::NotFound(_)), "{err:?}");
}

async fn names_are_unique_per_org(store: Arc<dyn Store>) {
    create(&store, new_flow("acme", "prod", at(1))).await;
    let staging = create(&store, new_flow("acme", "staging", at(2))).await;
    let new = new_flow("acme", "prod", at(3));
    let err = store.create_access_flow(new, event("acme", "dup")).await.unwrap_err();
    assert!(matches!(err, Error::AlreadyExists(_)), "{err:?}");
    let err = store
        .update_access_flow(update(&staging, flow("prod")), event("acme", &staging.id))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::AlreadyExists(_)), "{err:?}");
    assert_eq!(event_count(&store, "acme").await, 2, "refused writes leave no event");
    assert_eq!(store.access_flows(&ACME, page(50, 0)).await.unwrap().total, 2);

    // Another org may use the name.
    create(&store, new_flow("globex", "prod", at(1))).await;
}

async fn concurrent_creates_with_one_name_let_exactly_one_win(store: Arc<dyn Store>) {
    let mut tasks = Vec::new();
    for i in 0..6 {
        let store = store.clone();
        tasks.push(tokio::spawn(async move {
            let new = new_flow("acme", "contested", at(i));
            let event = event("acme", &new.id);
            store.create_access_flow(new, event).await
        }));
    }
    let mut wins = 0;
    for task in tasks {
        match task.await.unwrap() {
            Ok(_) => wins += 1,
            Err(e) => assert!(matches!(e, Error::AlreadyExists(_)), "{e:?}"),
        }
    }
    assert_eq!(wins, 1);
    assert_eq!(event_count(&store, "acme").await, 1);
}

async fn a_delete_needs_the_current_revision_and_an_existing_flow(store: Arc<dyn Store>) {
    let created = create(&store, new_flow("acme", "prod", at(1))).await;
    let updated = store
        .update_access_flow(update(&created, flow("prod2")), event("acme", &created.id))
        .await
        .unwrap();
    let stale = store
        .delete_access_flow(&ACME, &created.id, created.revision, event("acme", &created.id))
        .await
        .unwrap_err();
    assert!(matches!(stale, Error::Conflict(_)), "{stale:?}");
    assert!(store.access_flow(&ACME, &created.id).await.unwrap().is_some());

    store
        .delete_access_flow(&ACME, &created.id, updated.revision, event("acme", &created.id))
        .await
        .unwrap();
    assert!(store.access_flow(&ACME, &created.id).await.unwrap().is_none());
    let missing = store
        .delete_access_flow(&ACME, &created.id, updated.revision, event("acme", &created.id))
        .await
        .unwrap_err();
    assert!(matches!(missing, Error::NotFound(_)), "{missing:?}");
    assert_eq!(event_count(&store, "acme").await, 3);
    // The name is free again.
    create(&store, new_flow("acme", "prod2", at(2))).await;
}

async fn orgs_are_isolated(store: Arc<dyn Store>) {
    let acme = create(&store, new_flow("acme", "prod", at(1))).await;
    let globex = create(&store, new_flow("globex", "other", at(2))).await;
    assert!(store.access_flow(&GLOBEX, &acme.id).await.unwrap().is_none());
    let mut foreign = update(&acme, flow("taken over"));
    foreign.org_id = "globex".into();
    let err = store
        .update_access_flow(foreign, event("globex", &acme.id))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::NotFound(_)), "{err:?}");
    let err = store
        .delete_access_flow(&GLOBEX, &acme.id, acme.revision, event("globex", &acme.id))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::NotFound(_)), "{err:?}");

    let Listed { items: flows, total } = store.access_flows(&GLOBEX, page(50, 0)).await.unwrap();
    assert_eq!(flows, vec![globex]);
    assert_eq!(total, 1);
    assert_eq!(store.access_flow(&ACME, &acme.id).await.unwrap(), Some(acme));
    assert_eq!(event_count(&store, "globex").await, 1);
}

crate::conformance!(
    a_new_org_has_no_flows,
    created_flows_read_back_exactly,
    reads_agree_with_the_create_response_at_any_precision,
    lists_page_by_creation_time_then_id_and_count_every_flow,
    an_update_needs_the_current_revision,
    names_are_unique_per_org,
    concurrent_creates_with_one_name_let_exactly_one_win,
    a_delete_needs_the_current_revision_and_an_existing_flow,
    orgs_are_isolated,
);
