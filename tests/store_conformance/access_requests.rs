//! Access requests: filing (idempotent on the client key, also under
//! concurrency), reading within the org, listing order and filters,
//! revision-checked updates with their events, the scheduler's due list,
//! and earlier grants for cooldowns.

use std::sync::Arc;

use chrono::{DateTime, Duration, TimeZone, Utc};
use jitgate::{
    clock::new_id,
    domain::{
        access_request::{
            AccessRequest, FollowUp, Person, State,
            filing::Filing,
            lifecycle::{self, NewRequest},
        },
        directory::ids::UserId,
        evaluation::{
            ApprovalPath, ApproverKind, Constraints, EligibleApprover, Evaluation, Grant, Outcome, PolicyKind, Quorum,
            RequestedResource, Step,
        },
        ids::OrgId,
    },
    error::Error,
    store::{Filed, Listed, NewEvent, OrgVersions, RequestConfigReplace, RequestQuery, Store, read_modify_write},
};

use crate::common::{ACME, GLOBEX};

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap()
}

fn person(id: &str) -> Person {
    Person {
        id: id.into(),
        display_name: String::new(),
    }
}

/// A request filed at `at` by `requester` for `resource_id`, pending on one
/// step (or approved through rule `r1` when `approved`).
fn request(org: &str, requester: &str, resource_id: &str, at: DateTime<Utc>, approved: bool) -> AccessRequest {
    let resource = RequestedResource {
        service: "aws".into(),
        resource_id: resource_id.into(),
        ..Default::default()
    };
    let grant = Grant::TimeRestricted {
        start: at,
        end: at + Duration::hours(1),
    };
    let path = ApprovalPath {
        policy_kind: PolicyKind::RoutingRule,
        policy_id: "r1".into(),
        approval_index: 0,
        approval_type: "group".into(),
        steps: if approved {
            vec![]
        } else {
            vec![Step {
                name: "Group approval".into(),
                quorum: Quorum::Any,
                approvers: vec![EligibleApprover {
                    kind: ApproverKind::Group,
                    id: "sre".into(),
                    display_name: String::new(),
                    source: "approver".into(),
                    user_ids: vec![],
                }],
            }]
        },
        constraints: Constraints::default(),
        auto_approve: approved.then(|| "persistent".into()),
        violations: vec![],
    };
    let plan = Evaluation {
        outcome: if approved { Outcome::Approved } else { Outcome::Pending },
        reasons: vec![],
        evaluated_at: at,
        requester_id: requester.into(),
        target_user_id: requester.into(),
        resource: resource.clone(),
        routing_version: String::new(),
        policies: vec![],
        paths: vec![path],
        violations: vec![],
        grant,
    };
    let new = NewRequest {
        id: new_id(),
        org_id: org.into(),
        requester: person(requester),
        target_user: person(requester),
        filing: Filing {
            resource,
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

fn event(r: &AccessRequest, kind: &str) -> NewEvent {
    NewEvent {
        id: new_id(),
        org_id: r.org_id.clone(),
        kind: kind.into(),
        subject_type: "access_request".into(),
        subject_id: r.id.clone(),
        actor: r.requester.id.to_string(),
        request_id: "req".into(),
        occurred_at: r.updated,
        before: None,
        after: None,
        access_request_id: r.id.clone(),
        comment: String::new(),
    }
}

/// The kinds of the org's events about request `id`, in order.
async fn event_kinds(store: &Arc<dyn Store>, org: &str, id: &str) -> Vec<String> {
    store
        .events(&OrgId::from(org), 0, 1000)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.event.access_request_id == id)
        .map(|e| e.event.kind)
        .collect()
}

async fn a_filed_request_reads_back_whole_within_its_org(store: Arc<dyn Store>) {
    let r = request("acme", "dev@acme.test", "prod", t0(), false);
    let filed = store
        .file_access_request(&r, vec![event(&r, "REQUEST_FILED")], OrgVersions::default())
        .await
        .unwrap();
    assert_eq!(filed, Filed::New(r.clone()));
    assert_eq!(store.access_request(&ACME, &r.id).await.unwrap(), Some(r.clone()));
    assert_eq!(store.access_request(&GLOBEX, &r.id).await.unwrap(), None);
    assert_eq!(event_kinds(&store, "acme", &r.id).await, ["REQUEST_FILED"]);
}

async fn a_client_key_files_once_per_requester_even_concurrently(store: Arc<dyn Store>) {
    let mut tasks = Vec::new();
    for _ in 0..8 {
        let store = store.clone();
        let mut r = request("acme", "dev@acme.test", "prod", t0(), false);
        r.client_request_id = "k1".into();
        tasks.push(tokio::spawn(async move {
            let events = vec![event(&r, "REQUEST_FILED")];
            store
                .file_access_request(&r, events, OrgVersions::default())
                .await
                .unwrap()
        }));
    }
    let mut ids = std::collections::BTreeSet::new();
    let mut new = 0;
    for task in tasks {
        match task.await.unwrap() {
            Filed::New(r) => {
                new += 1;
                ids.insert(r.id);
            }
            Filed::Existing(r) => {
                ids.insert(r.id);
            }
        }
    }
    assert_eq!(new, 1, "exactly one attempt filed");
    assert_eq!(ids.len(), 1, "every attempt answers with the same request");
    let id = ids.into_iter().next().unwrap();
    assert_eq!(event_kinds(&store, "acme", &id).await.len(), 1);
    let found = store
        .access_request_by_client_key(&ACME, "dev@acme.test", "k1")
        .await
        .unwrap();
    assert_eq!(found.map(|r| r.id), Some(id.clone()));

    // Another requester may use the same key; so may another org.
    let mut theirs = request("acme", "ops@acme.test", "prod", t0(), false);
    theirs.client_request_id = "k1".into();
    assert!(matches!(
        store
            .file_access_request(&theirs, vec![], OrgVersions::default())
            .await
            .unwrap(),
        Filed::New(_)
    ));
    let mut elsewhere = request("globex", "dev@acme.test", "prod", t0(), false);
    elsewhere.client_request_id = "k1".into();
    assert!(matches!(
        store
            .file_access_request(&elsewhere, vec![], OrgVersions::default())
            .await
            .unwrap(),
        Filed::New(_)
    ));
    // Requests without a key never collide.
    for _ in 0..2 {
        let r = request("acme", "dev@acme.test", "prod", t0(), false);
        assert!(matches!(
            store
                .file_access_request(&r, vec![], OrgVersions::default())
                .await
                .unwrap(),
            Filed::New(_)
        ));
    }
}

async fn lists_are_newest_first_and_filtered(store: Arc<dyn Store>) {
    let mut filed = Vec::new();
    for (i, who) in ["dev@acme.test", "ops@acme.test", "dev@acme.test", "dev@acme.test"]
        .into_iter()
        .enumerate()
    {
        let r = request("acme", who, "prod", t0() + Duration::minutes(i as i64), i == 3);
        store
            .file_access_request(&r, vec![], OrgVersions::default())
            .await
            .unwrap();
        filed.push(r);
    }
    store
        .file_access_request(
            &request("globex", "dev@acme.test", "prod", t0(), false),
            vec![],
            OrgVersions::default(),
        )
        .await
        .unwrap();
    let ids = |rs: Vec<AccessRequest>| rs.into_iter().map(|r| r.id).collect::<Vec<String>>();

    let all = RequestQuery {
        offset: 0,
        limit: 10,
        ..RequestQuery::default()
    };
    let Listed { items: page, total } = store.list_access_requests(&ACME, &all).await.unwrap();
    assert_eq!(total, 4);
    assert_eq!(
        ids(page),
        [
            filed[3].id.clone(),
            filed[2].id.clone(),
            filed[1].id.clone(),
            filed[0].id.clone()
        ],
        "newest first"
    );

    let mine = RequestQuery {
        involving: Some("dev@acme.test".into()),
        offset: 1,
        limit: 1,
        ..all.clone()
    };
    let Listed { items: page, total } = store.list_access_requests(&ACME, &mine).await.unwrap();
    assert_eq!(total, 3, "the total counts every page");
    assert_eq!(ids(page), [filed[2].id.clone()]);

    let active = RequestQuery {
        states: vec![State::Active],
        ..all.clone()
    };
    let Listed { items: page, total } = store.list_access_requests(&ACME, &active).await.unwrap();
    assert_eq!((ids(page), total), (vec![filed[3].id.clone()], 1));

    // A creation window, both ends included.
    let window = RequestQuery {
        created_from: Some(t0() + Duration::minutes(1)),
        created_until: Some(t0() + Duration::minutes(2)),
        ..all.clone()
    };
    let Listed { items: page, total } = store.list_access_requests(&ACME, &window).await.unwrap();
    assert_eq!((ids(page), total), (vec![filed[2].id.clone(), filed[1].id.clone()], 2));

    let pending = store
        .access_requests_in_state(&ACME, State::PendingApproval)
        .await
        .unwrap();
    assert_eq!(
        ids(pending),
        [filed[2].id.clone(), filed[1].id.clone(), filed[0].id.clone()]
    );
}

async fn updates_are_revision_checked_and_carry_their_events(store: Arc<dyn Store>) {
    let r = request("acme", "dev@acme.test", "prod", t0(), false);
    store
        .file_access_request(&r, vec![], OrgVersions::default())
        .await
        .unwrap();

    // Both writers read revision 1; the store writes revision 2.
    let mut canceled = r.clone();
    canceled.state = State::Canceled;
    let mut denied = r.clone();
    denied.state = State::Denied;
    assert_eq!(
        store
            .update_access_request(&canceled, vec![event(&canceled, "REQUEST_CANCELED")], None)
            .await
            .unwrap(),
        2
    );
    // The second writer based its change on revision 1: the conflict error,
    // nothing written, not even its event.
    let lost = store
        .update_access_request(&denied, vec![event(&denied, "REQUEST_DENIED")], None)
        .await
        .unwrap_err();
    assert!(matches!(lost, Error::Conflict(_)), "{lost:?}");
    let stored = store.access_request(&ACME, &r.id).await.unwrap().unwrap();
    assert_eq!(stored.state, State::Canceled);
    assert_eq!(stored.revision, 2);
    assert_eq!(event_kinds(&store, "acme", &r.id).await, ["REQUEST_CANCELED"]);

    // Another org's id never matches.
    let mut foreign = stored.clone();
    foreign.org_id = "globex".into();
    let refused = store.update_access_request(&foreign, vec![], None).await.unwrap_err();
    assert!(matches!(refused, Error::Conflict(_)), "{refused:?}");
}

/// A decision resolved against a directory that changed since is not
/// written: the caller resolves the actor again.
async fn an_update_on_a_stale_directory_writes_nothing(store: Arc<dyn Store>) {
    let r = request("acme", "dev@acme.test", "prod", t0(), false);
    store
        .file_access_request(&r, vec![], OrgVersions::default())
        .await
        .unwrap();
    let basis = store.org_versions(&ACME).await.unwrap();
    let mut directory = event(&r, "DIRECTORY_CHANGED");
    directory.access_request_id.clear();
    store
        .upsert_group(
            &ACME,
            jitgate::domain::directory::Group {
                id: "sre".into(),
                display_name: String::new(),
                directory: String::new(),
            },
            directory,
        )
        .await
        .unwrap();
    let mut canceled = r.clone();
    canceled.state = State::Canceled;
    let cancel = |c: &AccessRequest| vec![event(c, "REQUEST_CANCELED")];
    let stale = store
        .update_access_request(&canceled, cancel(&canceled), Some(basis))
        .await
        .unwrap_err();
    assert!(matches!(stale, Error::Conflict(_)), "{stale:?}");
    assert_eq!(store.access_request(&ACME, &r.id).await.unwrap().unwrap().revision, 1);
    let now = store.org_versions(&ACME).await.unwrap();
    assert_eq!(now.directory, basis.directory + 1);
    assert_eq!(
        store
            .update_access_request(&canceled, cancel(&canceled), Some(now))
            .await
            .unwrap(),
        2
    );
}

async fn concurrent_updates_of_one_revision_let_exactly_one_win(store: Arc<dyn Store>) {
    let r = request("acme", "dev@acme.test", "prod", t0(), false);
    store
        .file_access_request(&r, vec![], OrgVersions::default())
        .await
        .unwrap();
    let tasks: Vec<_> = (0..8)
        .map(|i| {
            let store = store.clone();
            let mut next = r.clone();
            next.comment = format!("writer {i}");
            tokio::spawn(async move {
                let events = vec![event(&next, "REQUEST_CANCELED")];
                match store.update_access_request(&next, events, None).await {
                    Ok(revision) => revision == 2,
                    Err(Error::Conflict(_)) => false,
                    Err(other) => panic!("{other:?}"),
                }
            })
        })
        .collect();
    let mut wins = 0;
    for t in tasks {
        wins += usize::from(t.await.unwrap());
    }
    assert_eq!(wins, 1);
    assert_eq!(event_kinds(&store, "acme", &r.id).await.len(), 1);
}

async fn due_requests_come_earliest_first_across_orgs(store: Arc<dyn Store>) {
    // Pending requests are due at their deadline: the end of their window.
    let late = request("acme", "dev@acme.test", "a", t0() + Duration::hours(2), false);
    let early = request("globex", "dev@acme.test", "b", t0(), false);
    let approved_later = {
        let mut r = request("acme", "dev@acme.test", "c", t0(), true);
        // An approved window that starts later is due at its start.
        r.state = State::Approved;
        r.grant = Grant::TimeRestricted {
            start: t0() + Duration::minutes(30),
            end: t0() + Duration::hours(5),
        };
        r
    };
    let mut done = request("acme", "dev@acme.test", "d", t0(), false);
    done.state = State::Canceled;
    for r in [&late, &early, &approved_later, &done] {
        store
            .file_access_request(r, vec![], OrgVersions::default())
            .await
            .unwrap();
    }
    let ids = |rs: Vec<AccessRequest>| rs.into_iter().map(|r| r.id).collect::<Vec<String>>();
    assert!(store.due_access_requests(t0(), 10).await.unwrap().is_empty());
    assert_eq!(
        ids(store.due_access_requests(t0() + Duration::hours(4), 10).await.unwrap()),
        [approved_later.id.clone(), early.id.clone(), late.id.clone()]
    );
    assert_eq!(
        ids(store.due_access_requests(t0() + Duration::hours(4), 1).await.unwrap()),
        vec![approved_later.id.clone()]
    );
}

async fn prior_grants_are_the_granted_ones_through_a_rule(store: Arc<dyn Store>) {
    let granted = request("acme", "dev@acme.test", "prod", t0(), true);
    let pending = request("acme", "dev@acme.test", "prod", t0(), false);
    let other_resource = request("acme", "dev@acme.test", "staging", t0(), true);
    let other_user = request("acme", "ops@acme.test", "prod", t0(), true);
    for r in [&granted, &pending, &other_resource, &other_user] {
        store
            .file_access_request(r, vec![], OrgVersions::default())
            .await
            .unwrap();
    }
    let grants = store
        .prior_grants(&ACME, &UserId::new("dev@acme.test"), &granted.resource.key())
        .await
        .unwrap();
    assert_eq!(grants.len(), 1);
    assert_eq!(grants[0].rule, "r1");
    assert_eq!(grants[0].granted_at, t0());
    assert!(
        store
            .prior_grants(&GLOBEX, &UserId::new("dev@acme.test"), &granted.resource.key())
            .await
            .unwrap()
            .is_empty()
    );
}

/// The position of an org moves with every write: the sequence with each
/// event, the configuration and directory generations with their changes.
async fn versions_move_with_every_write(store: Arc<dyn Store>) {
    assert_eq!(store.org_versions(&ACME).await.unwrap(), OrgVersions::default());
    let r = request("acme", "dev@acme.test", "prod", t0(), false);
    let events = vec![event(&r, "REQUEST_FILED"), event(&r, "REQUEST_APPROVED")];
    store
        .file_access_request(&r, events, OrgVersions::default())
        .await
        .unwrap();
    let mut config = event(&r, "CONFIG_CHANGED");
    config.access_request_id.clear();
    store
        .replace_request_config(&ACME, &RequestConfigReplace::default(), config)
        .await
        .unwrap();
    let expected = OrgVersions {
        sequence: 3,
        config: 1,
        directory: 0,
    };
    assert_eq!(store.org_versions(&ACME).await.unwrap(), expected);
    assert_eq!(store.org_versions(&GLOBEX).await.unwrap(), OrgVersions::default());
}

/// A request evaluated before a configuration change committed is not
/// stored: the caller evaluates it again.
async fn filing_on_a_stale_basis_writes_nothing(store: Arc<dyn Store>) {
    let before = store.org_versions(&ACME).await.unwrap();
    let r = request("acme", "dev@acme.test", "prod", t0(), false);
    let mut config = event(&r, "CONFIG_CHANGED");
    config.access_request_id.clear();
    store
        .replace_request_config(&ACME, &RequestConfigReplace::default(), config)
        .await
        .unwrap();
    let stale = store
        .file_access_request(&r, vec![event(&r, "REQUEST_FILED")], before)
        .await
        .unwrap_err();
    assert!(matches!(stale, Error::Conflict(_)), "{stale:?}");
    assert_eq!(store.access_request(&ACME, &r.id).await.unwrap(), None);
    assert!(event_kinds(&store, "acme", &r.id).await.is_empty());
    let now = store.org_versions(&ACME).await.unwrap();
    assert_eq!(now.sequence, 1, "the refused write took no sequence number");
    let filed = store
        .file_access_request(&r, vec![event(&r, "REQUEST_FILED")], now)
        .await
        .unwrap();
    assert_eq!(filed, Filed::New(r));
}

/// The requests the events of a span of sequences name, without repeats,
/// and none past the limit.
async fn changed_requests_are_read_from_the_event_log(store: Arc<dyn Store>) {
    let a = request("acme", "dev@acme.test", "prod", t0(), false);
    let b = request("acme", "ops@acme.test", "prod", t0(), false);
    store
        .file_access_request(
            &a,
            vec![event(&a, "REQUEST_FILED"), event(&a, "REQUEST_APPROVED")],
            OrgVersions::default(),
        )
        .await
        .unwrap();
    store
        .file_access_request(&b, vec![event(&b, "REQUEST_FILED")], OrgVersions::default())
        .await
        .unwrap();
    let mut all = store.requests_changed(&ACME, 0, 3, 10).await.unwrap().unwrap();
    all.sort();
    let mut expected = vec![a.id.clone(), b.id.clone()];
    expected.sort();
    assert_eq!(all, expected);
    assert_eq!(
        store.requests_changed(&ACME, 2, 3, 10).await.unwrap().unwrap(),
        vec![b.id.clone()]
    );
    assert_eq!(
        store.requests_changed(&ACME, 0, 3, 2).await.unwrap(),
        None,
        "past the limit"
    );
    let found = store
        .access_requests_by_ids(&ACME, &[b.id.clone(), "nope".into()])
        .await
        .unwrap();
    assert_eq!(found, vec![b.clone()]);
    assert!(
        store
            .access_requests_by_ids(&GLOBEX, std::slice::from_ref(&b.id))
            .await
            .unwrap()
            .is_empty()
    );
}

/// The store's one read-modify-write primitive: eight writers each add
/// their mark to one request at once. Every write lands — the losers of each
/// race read again and re-apply — none overwrites another, and the revision
/// and the events count all eight.
async fn read_modify_write_lands_every_racing_writer(store: Arc<dyn Store>) {
    let r = request("acme", "dev@acme.test", "prod", t0(), false);
    store
        .file_access_request(&r, vec![], OrgVersions::default())
        .await
        .unwrap();
    let tasks: Vec<_> = (0..8)
        .map(|i| {
            let store = store.clone();
            let id = r.id.clone();
            tokio::spawn(async move {
                read_modify_write("the request", |_| {
                    let (store, id) = (store.clone(), id.clone());
                    async move {
                        let mut current = store.access_request(&ACME, &id).await?.expect("filed");
                        current.comment.push_str(&format!("[{i}]"));
                        let events = vec![event(&current, "REQUEST_CANCELED")];
                        store.update_access_request(&current, events, None).await
                    }
                })
                .await
            })
        })
        .collect();
    for task in tasks {
        task.await.unwrap().expect("every writer lands");
    }
    let stored = store.access_request(&ACME, &r.id).await.unwrap().unwrap();
    assert_eq!(stored.revision, 9, "eight writes after the filing");
    for i in 0..8 {
        assert_eq!(
            stored.comment.matches(&format!("[{i}]")).count(),
            1,
            "{}",
            stored.comment
        );
    }
    assert_eq!(event_kinds(&store, "acme", &r.id).await.len(), 8);
}

crate::conformance!(
    read_modify_write_lands_every_racing_writer,
    versions_move_with_every_write,
    filing_on_a_stale_basis_writes_nothing,
    changed_requests_are_read_from_the_event_log,
    a_filed_request_reads_back_whole_within_its_org,
    a_client_key_files_once_per_requester_even_concurrently,
    lists_are_newest_first_and_filtered,
    updates_are_revision_checked_and_carry_their_events,
    an_update_on_a_stale_directory_writes_nothing,
    concurrent_updates_of_one_revision_let_exactly_one_win,
    due_requests_come_earliest_first_across_orgs,
    prior_grants_are_the_granted_ones_through_a_rule,
);
