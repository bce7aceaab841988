//! The scheduler against a real store on both backends, with a clock the
//! tests move: activation, expiry, undecided expiry, reminders, the three
//! escalation levels, the loop inside a server, and two schedulers racing
//! over the same requests (every transition written exactly once).

use std::{collections::BTreeMap, sync::Arc, time::Duration};

use chrono::{DateTime, Utc};
use common::{
    Backend, TestDb,
    requests::{kinds_of, request, request_events, seed_users},
};
use jitgate::{
    clock::ManualClock,
    domain::{
        access_request::{AccessRequest, State, StepState, schedule::next_due},
        directory::ids::UserId,
        ids::OrgId,
    },
    scheduler::{self, Pass, SchedulerOptions},
    services::AppState,
    store::Store,
};
use sea_orm::ConnectionTrait;

use crate::common;

const ORG: &str = "acme";

fn t0() -> DateTime<Utc> {
    "2030-01-01T00:00:00Z".parse().unwrap()
}

fn mins(n: i64) -> DateTime<Utc> {
    t0() + chrono::Duration::minutes(n)
}

/// A migrated store and a scheduler state whose clock the test moves.
struct Env {
    _db: TestDb,
    store: Arc<dyn Store>,
    clock: ManualClock,
    state: AppState,
}

impl Env {
    async fn new(backend: Backend) -> Self {
        let db = TestDb::new(backend).await;
        let store: Arc<dyn Store> = Arc::new(db.store().await);
        let clock = ManualClock::new(t0());
        Self {
            _db: db,
            state: state_with(store.clone(), clock.clone()),
            store,
            clock,
        }
    }

    /// Moves the clock to `at` and runs one pass there.
    async fn pass_at(&self, at: DateTime<Utc>) -> Pass {
        self.clock.set(at);
        scheduler::run_once(&self.state, at, 100).await.expect("pass")
    }

    async fn get(&self, r: &AccessRequest) -> AccessRequest {
        self.store
            .access_request(&OrgId::from(ORG), &r.id)
            .await
            .unwrap()
            .expect("stored")
    }

    async fn kinds(&self, r: &AccessRequest) -> Vec<String> {
        kinds_of(&request_events(self.store.as_ref(), ORG).await, &r.id)
    }
}

fn state_with(store: Arc<dyn Store>, clock: ManualClock) -> AppState {
    AppState::new(store, Arc::new(clock), Default::default())
}

async fn approved_windows_activate_at_their_start_and_expire_at_their_end(backend: Backend) {
    let env = Env::new(backend).await;
    let s = env.store.as_ref();
    let a = request(ORG, t0()).approved_window(mins(10), mins(20)).file(s).await;
    let b = request(ORG, t0()).approved_window(mins(15), mins(30)).file(s).await;
    let missed = request(ORG, t0()).approved_window(mins(5), mins(6)).file(s).await;

    assert_eq!(env.pass_at(mins(4)).await, Pass::default());

    let pass = env.pass_at(mins(10)).await;
    assert_eq!((pass.advanced, pass.events), (2, 3));
    let a1 = env.get(&a).await;
    assert_eq!(a1.state, State::Active);
    assert_eq!((a1.revision, a1.updated), (2, mins(10)));
    assert_eq!(next_due(&a1), Some(mins(20)));
    assert_eq!(env.get(&b).await.state, State::Approved);
    let m = env.get(&missed).await;
    assert_eq!(
        m.state,
        State::Expired,
        "both due after downtime: activated and expired at once"
    );
    assert_eq!(env.kinds(&missed).await, ["GRANT_ACTIVATED", "GRANT_EXPIRED"]);

    env.pass_at(mins(15)).await;
    env.pass_at(mins(20)).await;
    assert_eq!(env.get(&a).await.state, State::Expired);
    assert_eq!(env.get(&b).await.state, State::Active);
    env.pass_at(mins(30)).await;
    assert_eq!(env.get(&b).await.state, State::Expired);
    assert_eq!(env.pass_at(mins(1000)).await, Pass::default(), "nothing left");

    let events = request_events(s, ORG).await;
    assert_eq!(kinds_of(&events, &a.id), ["GRANT_ACTIVATED", "GRANT_EXPIRED"]);
    assert_eq!(kinds_of(&events, &b.id), ["GRANT_ACTIVATED", "GRANT_EXPIRED"]);
    let activated = events.iter().find(|e| e.access_request_id == a.id).unwrap();
    assert_eq!(activated.actor, "system:scheduler");
    assert_eq!(activated.occurred_at, mins(10));
    assert_eq!(activated.subject_id, a.id);
    assert!(activated.comment.contains("started"), "{}", activated.comment);
    let (before, after) = (activated.before.as_ref().unwrap(), activated.after.as_ref().unwrap());
    assert_eq!(before["state"], "REQUEST_STATE_APPROVED", "{before}");
    assert_eq!(after["state"], "REQUEST_STATE_ACTIVE", "{after}");
}

async fn undecided_requests_expire_at_their_deadline(backend: Backend) {
    let env = Env::new(backend).await;
    let r = request(ORG, t0()).deadline(mins(60)).file(env.store.as_ref()).await;
    assert_eq!(env.pass_at(mins(59)).await, Pass::default());
    env.pass_at(mins(60)).await;
    let expired = env.get(&r).await;
    assert_eq!(expired.state, State::Expired);
    assert_eq!(expired.paths[0].steps[0].state, StepState::Closed);
    assert_eq!(next_due(&expired), None);
    let events = request_events(env.store.as_ref(), ORG).await;
    assert_eq!(kinds_of(&events, &r.id), ["REQUEST_EXPIRED"]);
    assert!(
        events[0].comment.contains("2030-01-01T01:00:00Z"),
        "{}",
        events[0].comment
    );
}

async fn reminders_are_counted_up_to_the_maximum(backend: Backend) {
    let env = Env::new(backend).await;
    // The first reminder 10 minutes in (the escalation delay), then every
    // 10 minutes, three in all; escalation 10 minutes after the third.
    let r = request(ORG, t0())
        .reminders(600, 3)
        .escalation(600, None)
        .deadline(mins(24 * 60))
        .file(env.store.as_ref())
        .await;
    assert_eq!(env.pass_at(mins(9)).await, Pass::default());
    env.pass_at(mins(10)).await;
    assert_eq!(env.get(&r).await.paths[0].steps[0].reminders_sent, 1);
    assert_eq!(env.pass_at(mins(15)).await, Pass::default());
    // Two more overdue at once: one event, counted to three.
    env.pass_at(mins(35)).await;
    let stored = env.get(&r).await;
    assert_eq!(stored.paths[0].steps[0].reminders_sent, 3);
    assert_eq!(
        next_due(&stored),
        Some(mins(40)),
        "escalation next, not a fourth reminder"
    );
    assert_eq!(env.kinds(&r).await, ["REMINDER_DUE", "REMINDER_DUE"]);
}

async fn escalation_reaches_managers_then_theirs_then_the_fallback_approver(backend: Backend) {
    let env = Env::new(backend).await;
    let s = env.store.as_ref();
    seed_users(
        s,
        ORG,
        &[
            ("cto@x.test", None),
            ("lead@x.test", Some("cto@x.test")),
            ("dev@x.test", Some("lead@x.test")),
            ("fallback@x.test", None),
            ("gone@x.test", None),
        ],
    )
    .await;
    let hour = 3600;
    let r = request(ORG, t0())
        .escalation(hour, Some("fallback@x.test"))
        .file(s)
        .await;
    let deleted = request(ORG, t0()).escalation(hour, Some("gone@x.test")).file(s).await;
    s.delete_user(
        &OrgId::from(ORG),
        &UserId::new("gone@x.test"),
        common::requests::directory_event(ORG, "gone@x.test"),
    )
    .await
    .unwrap();

    for (level, at) in [(1, mins(60)), (2, mins(120)), (3, mins(180))] {
        env.pass_at(at).await;
        assert_eq!(env.get(&r).await.paths[0].steps[0].escalation_level, level);
        assert_eq!(env.get(&deleted).await.paths[0].steps[0].escalation_level, level);
    }
    let approvers = |r: &AccessRequest| -> BTreeMap<String, String> {
        r.paths[0].steps[0]
            .approvers
            .iter()
            .map(|a| (a.id.clone(), a.source.clone()))
            .collect()
    };
    let escalated = env.get(&r).await;
    assert_eq!(
        approvers(&escalated),
        BTreeMap::from([
            ("dev@x.test".to_string(), "approver".to_string()),
            ("lead@x.test".into(), "escalation:manager".into()),
            ("cto@x.test".into(), "escalation:manager".into()),
            ("fallback@x.test".into(), "escalation:fallback".into()),
        ])
    );
    assert_eq!(escalated.paths[0].steps[0].approvers[1].display_name, "LEAD@X.TEST");
    assert_eq!(next_due(&escalated), None, "no deadline, no reminders, no level left");
    assert_eq!(
        approvers(&env.get(&deleted).await).len(),
        3,
        "no fallback approver added"
    );

    let events = request_events(s, ORG).await;
    let comments = |id: &str| -> Vec<String> {
        events
            .iter()
            .filter(|e| e.access_request_id == id)
            .map(|e| {
                assert_eq!(e.kind, "ESCALATED");
                e.comment.clone()
            })
            .collect()
    };
    assert_eq!(
        comments(&r.id),
        [
            "level 1: escalated step \"Managers\" to lead@x.test (manager of dev@x.test)",
            "level 2: escalated step \"Managers\" to cto@x.test (manager of lead@x.test, the manager of dev@x.test)",
            "level 3: escalated step \"Managers\" to fallback@x.test (the fallback approver)",
        ]
    );
    assert_eq!(
        comments(&deleted.id)[2],
        "level 3: nobody to escalate step \"Managers\" to: the fallback approver gone@x.test is not in the directory"
    );
}

async fn the_spawned_scheduler_follows_the_clock_until_stopped(backend: Backend) {
    let env = Env::new(backend).await;
    let r = request(ORG, t0())
        .approved_window(mins(10), mins(20))
        .file(env.store.as_ref())
        .await;
    let handle = scheduler::spawn(
        env.state.clone(),
        SchedulerOptions {
            interval: Duration::from_millis(20),
            batch: 10,
        },
    );
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(env.get(&r).await.state, State::Approved, "time has not moved");
    env.clock.set(mins(10));
    wait_for_state(&env, &r, State::Active).await;
    handle.stop().await;
    env.clock.set(mins(20));
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(
        env.get(&r).await.state,
        State::Active,
        "a stopped scheduler does nothing"
    );
}

async fn wait_for_state(env: &Env, r: &AccessRequest, state: State) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    while env.get(r).await.state != state {
        assert!(tokio::time::Instant::now() < deadline, "request never became {state:?}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

async fn two_schedulers_racing_write_every_transition_once(backend: Backend) {
    let env = Env::new(backend).await;
    let s = env.store.as_ref();
    let mut requests = Vec::new();
    for i in 0..40 {
        let start = mins(i % 13);
        let built = request(ORG, t0()).approved_window(start, start + chrono::Duration::minutes(3 + i % 5));
        requests.push((built.file(s).await, ["GRANT_ACTIVATED", "GRANT_EXPIRED"].as_slice()));
    }
    for i in 0..10 {
        let built = request(ORG, t0()).deadline(mins(2 + i % 7));
        requests.push((built.file(s).await, ["REQUEST_EXPIRED"].as_slice()));
    }
    // Two schedulers, each with its own clock, stepping through the same
    // minutes at once, in small batches so they collide often.
    let racer = |store: Arc<dyn Store>| async move {
        let clock = ManualClock::new(t0());
        let state = state_with(store, clock.clone());
        let mut total = Pass::default();
        for minute in 0..=20 {
            clock.set(mins(minute));
            let pass = scheduler::run_once(&state, mins(minute), 3).await.expect("pass");
            total.advanced += pass.advanced;
            total.events += pass.events;
            total.conflicts += pass.conflicts;
            total.given_up += pass.given_up;
            total.failed += pass.failed;
        }
        total
    };
    let (one, two) = tokio::join!(
        tokio::spawn(racer(env.store.clone())),
        tokio::spawn(racer(env.store.clone()))
    );
    let (one, two) = (one.unwrap(), two.unwrap());
    eprintln!("racers: {one:?} {two:?}");
    assert_eq!(
        one.events + two.events,
        40 * 2 + 10,
        "every transition written by exactly one"
    );

    let events = request_events(s, ORG).await;
    for (r, expected) in &requests {
        assert_eq!(kinds_of(&events, &r.id), *expected, "request {}", r.id);
        assert_eq!(env.get(r).await.state, State::Expired);
    }
    assert_eq!(env.pass_at(mins(100)).await, Pass::default());
}

async fn a_stale_due_time_is_reindexed_without_events(backend: Backend) {
    let env = Env::new(backend).await;
    let r = request(ORG, t0()).file(env.store.as_ref()).await;
    assert_eq!(next_due(&r), None, "nothing will ever be due on it");
    // As if an older version had computed its due time differently.
    let db = sea_orm::Database::connect(&env._db.url).await.unwrap();
    let placeholder = |n: usize| match backend {
        Backend::Sqlite => "?".to_string(),
        Backend::Postgres => format!("${n}"),
    };
    let sql = format!(
        "UPDATE access_requests SET next_due_at = {} WHERE id = {}",
        placeholder(1),
        placeholder(2)
    );
    let backend_kind = db.get_database_backend();
    db.execute_raw(sea_orm::Statement::from_sql_and_values(
        backend_kind,
        sql,
        [mins(1).into(), r.id.clone().into()],
    ))
    .await
    .unwrap();
    assert_eq!(env.store.due_access_requests(mins(5), 10).await.unwrap().len(), 1);

    assert_eq!(env.pass_at(mins(5)).await, Pass::default(), "no transition");
    assert!(env.store.due_access_requests(mins(5), 10).await.unwrap().is_empty());
    let stored = env.get(&r).await;
    assert_eq!((stored.revision, stored.updated), (2, t0()));
    assert!(env.kinds(&r).await.is_empty(), "no events");
}

on_both_backends!(
    a_stale_due_time_is_reindexed_without_events,
    approved_windows_activate_at_their_start_and_expire_at_their_end,
    undecided_requests_expire_at_their_deadline,
    reminders_are_counted_up_to_the_maximum,
    escalation_reaches_managers_then_theirs_then_the_fallback_approver,
    the_spawned_scheduler_follows_the_clock_until_stopped,
    two_schedulers_racing_write_every_transition_once,
);
