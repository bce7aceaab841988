//! The event log: per-org sequences that are dense and in commit order,
//! filters and paging, and the migration that numbered existing events.

use std::{num::NonZeroU32, sync::Arc, time::Duration};

use chrono::{DateTime, TimeZone, Utc};
use jitgate::{
    clock::new_id,
    domain::access_flow::{AccessFlow, Approver, BundleTarget, Grantee, PrincipalKind, RevokeAfter, Settings, Trigger},
    store::{EventFilter, EventQuery, NewAccessFlow, NewEvent, Store, StoredEvent},
};

use crate::common::{ACME, GLOBEX};

fn flow(name: &str) -> AccessFlow {
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

fn at(minute: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 24, 12, minute, 0).unwrap()
}

fn event(org: &str, subject: &str) -> NewEvent {
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

/// Creates a flow named `name` in `org`, recording `event` (any content:
/// the store records events as given).
async fn write(store: &Arc<dyn Store>, org: &str, name: &str, event: NewEvent) {
    let new = NewAccessFlow {
        id: new_id(),
        org_id: org.into(),
        created_at: at(0),
        flow: flow(name),
    };
    store.create_access_flow(new, event).await.unwrap();
}

fn sequences(events: &[StoredEvent]) -> Vec<i64> {
    events.iter().map(|e| e.sequence).collect()
}

fn subjects(events: &[StoredEvent]) -> Vec<&str> {
    events.iter().map(|e| e.event.subject_id.as_str()).collect()
}

async fn query(store: &Arc<dyn Store>, query: EventQuery) -> Vec<StoredEvent> {
    store.query_events(&ACME, &query).await.unwrap()
}

fn all(filter: EventFilter) -> EventQuery {
    EventQuery {
        filter,
        after: None,
        before: None,
        newest_first: false,
        limit: 100,
    }
}

async fn sequences_are_dense_increasing_and_independent_per_org(store: Arc<dyn Store>) {
    assert_eq!(store.last_event_sequence(&ACME).await.unwrap(), 0);
    for i in 0..5 {
        write(&store, "acme", &format!("a{i}"), event("acme", &format!("a{i}"))).await;
        if i < 3 {
            write(&store, "globex", &format!("g{i}"), event("globex", &format!("g{i}"))).await;
        }
    }
    let acme = store.events(&ACME, 0, 100).await.unwrap();
    assert_eq!(sequences(&acme), [1, 2, 3, 4, 5]);
    assert_eq!(subjects(&acme), ["a0", "a1", "a2", "a3", "a4"]);
    let globex = store.events(&GLOBEX, 0, 100).await.unwrap();
    assert_eq!(sequences(&globex), [1, 2, 3]);
    assert!(globex.iter().all(|e| e.event.org_id == "globex"));
    assert_eq!(store.last_event_sequence(&ACME).await.unwrap(), 5);
    assert_eq!(store.last_event_sequence(&GLOBEX).await.unwrap(), 3);
    // A refused write (the name is taken) takes no sequence.
    let refused = NewAccessFlow {
        id: new_id(),
        org_id: "acme".into(),
        created_at: at(0),
        flow: flow("a0"),
    };
    assert!(store.create_access_flow(refused, event("acme", "dup")).await.is_err());
    write(&store, "acme", "a5", event("acme", "a5")).await;
    assert_eq!(sequences(&store.events(&ACME, 4, 100).await.unwrap()), [5, 6]);
}

async fn events_filter_and_page_both_ways(store: Arc<dyn Store>) {
    let variants = [
        ("REQUEST_FILED", "access_request", "r1", "alice@acme.test", 1),
        ("CONFIG_CHANGED", "access_flow", "f1", "admin@acme.test", 2),
        ("GRANT_ACTIVATED", "access_request", "r1", "system:scheduler", 3),
        ("CONFIG_CHANGED", "routing_workflow", "w1", "admin@acme.test", 4),
        ("REQUEST_FILED", "access_request", "r2", "bob@acme.test", 5),
    ];
    for (i, (kind, subject_type, subject_id, actor, minute)) in variants.into_iter().enumerate() {
        let e = NewEvent {
            kind: kind.into(),
            subject_type: subject_type.into(),
            actor: actor.into(),
            occurred_at: at(minute),
            access_request_id: if subject_type == "access_request" {
                subject_id.into()
            } else {
                String::new()
            },
            comment: format!("comment {i}"),
            ..event("acme", subject_id)
        };
        write(&store, "acme", &format!("flow{i}"), e).await;
    }
    write(&store, "globex", "other", event("globex", "r1")).await;

    let got = query(&store, all(EventFilter::default())).await;
    assert_eq!(sequences(&got), [1, 2, 3, 4, 5]);
    assert_eq!(got[2].event.comment, "comment 2");
    assert_eq!(got[0].event.access_request_id, "r1");

    let kinds = |kinds: &[&str]| EventFilter {
        kinds: kinds.iter().map(|k| k.to_string()).collect(),
        ..EventFilter::default()
    };
    assert_eq!(sequences(&query(&store, all(kinds(&["REQUEST_FILED"]))).await), [1, 5]);
    assert_eq!(
        sequences(&query(&store, all(kinds(&["GRANT_ACTIVATED", "CONFIG_CHANGED"]))).await),
        [2, 3, 4]
    );
    let by_subject = EventFilter {
        subject_type: Some("access_request".into()),
        subject_id: Some("r1".into()),
        ..EventFilter::default()
    };
    assert_eq!(sequences(&query(&store, all(by_subject)).await), [1, 3]);
    let by_request = EventFilter {
        access_request_id: Some("r2".into()),
        ..EventFilter::default()
    };
    assert_eq!(sequences(&query(&store, all(by_request)).await), [5]);
    let by_actor = EventFilter {
        actor: Some("admin@acme.test".into()),
        ..EventFilter::default()
    };
    assert_eq!(sequences(&query(&store, all(by_actor)).await), [2, 4]);
    let window = EventFilter {
        since: Some(at(2)),
        until: Some(at(4)),
        ..EventFilter::default()
    };
    assert_eq!(
        sequences(&query(&store, all(window)).await),
        [2, 3],
        "since inclusive, until exclusive"
    );

    // Pages: oldest first after a position, newest first before one, and
    // a range bounded on both sides (what a watcher reads).
    let page = |after, before, newest_first, limit| EventQuery {
        filter: EventFilter::default(),
        after,
        before,
        newest_first,
        limit,
    };
    assert_eq!(sequences(&query(&store, page(Some(1), None, false, 2)).await), [2, 3]);
    assert_eq!(sequences(&query(&store, page(None, None, true, 2)).await), [5, 4]);
    assert_eq!(sequences(&query(&store, page(None, Some(4), true, 2)).await), [3, 2]);
    assert_eq!(
        sequences(&query(&store, page(Some(1), Some(4), false, 10)).await),
        [2, 3]
    );
    assert!(query(&store, page(Some(5), None, false, 10)).await.is_empty());
    assert!(query(&store, page(None, Some(1), true, 10)).await.is_empty());
}

/// The property WatchEvents rests on: a reader that repeatedly asks for
/// "everything after the last sequence I saw" while many transactions
/// commit concurrently never skips an event. With a global autoincrement
/// (allocated at insert, visible at commit) it would, on PostgreSQL.
async fn concurrent_writers_commit_in_sequence_order(store: Arc<dyn Store>) {
    const WRITERS: usize = 8;
    const EACH: usize = 25;
    let total = (WRITERS * EACH) as i64;
    let writers: Vec<_> = (0..WRITERS)
        .map(|w| {
            let store = store.clone();
            tokio::spawn(async move {
                for i in 0..EACH {
                    let name = format!("w{w}-{i}");
                    write(&store, "acme", &name, event("acme", &name)).await;
                }
            })
        })
        .collect();

    let mut seen = Vec::new();
    let mut position = 0;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(60);
    while position < total {
        assert!(
            tokio::time::Instant::now() < deadline,
            "the writers stalled at {position}"
        );
        let found = store.events(&ACME, position, 1000).await.unwrap();
        // Whatever is visible after the position starts right after it and
        // has no holes: a hole is an earlier sequence not yet committed,
        // which a reader that moved past it would never see.
        let expected: Vec<i64> = (position + 1..=position + found.len() as i64).collect();
        assert_eq!(
            sequences(&found),
            expected,
            "a later event became visible before an earlier one"
        );
        if let Some(last) = found.last() {
            position = last.sequence;
        }
        seen.extend(found);
        tokio::task::yield_now().await;
    }
    for writer in writers {
        writer.await.unwrap();
    }
    let stored = store.events(&ACME, 0, 1000).await.unwrap();
    assert_eq!(stored.len(), WRITERS * EACH);
    assert_eq!(seen, stored, "the reader saw every event exactly once, in order");
    assert_eq!(store.last_event_sequence(&ACME).await.unwrap(), total);
}

crate::conformance!(
    sequences_are_dense_increasing_and_independent_per_org,
    events_filter_and_page_both_ways,
    concurrent_writers_commit_in_sequence_order,
);

/// The migration that introduced per-org sequences numbers the events that
/// existed before it, per org, in their old global order.
mod backfill {
    use jitgate::store::{self, EventStore};
    use migrations::{Migrator, MigratorTrait};
    use sea_orm::ConnectionTrait;

    use crate::common::{ACME, Backend, GLOBEX, TestDb};

    const BEFORE_SEQUENCES: u32 = 6;

    async fn existing_events_are_numbered_per_org(backend: Backend) {
        let db = TestDb::new(backend).await;
        let store = store::connect(&db.url).await.unwrap();
        let conn = store.connection();
        Migrator::up(conn, Some(BEFORE_SEQUENCES)).await.unwrap();
        for (i, org) in ["acme", "globex", "acme", "acme", "globex"].into_iter().enumerate() {
            conn.execute_unprepared(&format!(
                "INSERT INTO events (id, org_id, kind, subject_type, subject_id, actor, request_id, occurred_at) \
                 VALUES ('e{i}', '{org}', 'CONFIG_CHANGED', 'access_flow', 's{i}', 'a', 'r', '2026-11-24T12:00:00Z')"
            ))
            .await
            .unwrap();
        }
        store.migrate().await.unwrap();
        let acme = store.events(&ACME, 0, 10).await.unwrap();
        let numbered: Vec<(i64, &str)> = acme.iter().map(|e| (e.sequence, e.event.id.as_str())).collect();
        assert_eq!(numbered, [(1, "e0"), (2, "e2"), (3, "e3")]);
        let globex = store.events(&GLOBEX, 0, 10).await.unwrap();
        let numbered: Vec<(i64, &str)> = globex.iter().map(|e| (e.sequence, e.event.id.as_str())).collect();
        assert_eq!(numbered, [(1, "e1"), (2, "e4")]);
        assert_eq!(store.last_event_sequence(&ACME).await.unwrap(), 3);
        assert_eq!(store.last_event_sequence(&GLOBEX).await.unwrap(), 2);
        assert_eq!(
            store
                .last_event_sequence(&jitgate::domain::ids::OrgId::from_static("initech"))
                .await
                .unwrap(),
            0
        );
    }

    crate::on_both_backends!(existing_events_are_numbered_per_org);
}
