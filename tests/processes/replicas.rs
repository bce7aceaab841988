//! Two real `jitgate serve` processes on one PostgreSQL database:
//! - both reading the time from one clock file that the test steps
//!   forward: every grant is activated and expired exactly once, whichever
//!   replica gets to it first;
//! - each caching the org's compiled policy: a request filed on one replica
//!   right after a configuration change committed on the other is
//!   evaluated against the change, and grants granted or revoked on one
//!   are seen by CheckAccess on the other.

use std::{
    io::{BufRead, BufReader},
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    sync::mpsc,
    time::{Duration, Instant},
};

use chrono::{DateTime, Utc};
use common::{
    Backend, SECRET, TestDb, admin_token, authed, jitgate_bin, message,
    requests::{kinds_of, request, request_events},
    token,
};
use jitgate::{
    domain::{access_request::State, ids::OrgId},
    pb::v1::{
        self as pb, access_request_service_client::AccessRequestServiceClient,
        routing_service_client::RoutingServiceClient,
    },
    store::{RequestQuery, Store},
};
use serde_json::json;
use tonic::transport::Channel;

use crate::common;

const ORG: &str = "acme";
const REQUESTS: i64 = 100;

/// A `jitgate serve` child, killed when dropped (so a failing assertion
/// never leaves it running).
struct Replica {
    child: Child,
    addr: String,
}

impl Replica {
    fn start(database_url: &str, data_dir: &Path, clock_file: Option<&Path>) -> Self {
        let mut command = Command::new(jitgate_bin());
        command
            .arg("serve")
            .args(["--listen", "127.0.0.1:0", "--skip-migrations"])
            .args(["--scheduler-interval", "50ms"])
            .arg("--data-dir")
            .arg(data_dir)
            .env("JITGATE_JWT_HMAC_SECRET", std::str::from_utf8(SECRET).unwrap())
            .env("DATABASE_URL", database_url)
            .env("RUST_LOG", "warn")
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit());
        if let Some(clock_file) = clock_file {
            command.arg("--clock-file").arg(clock_file);
        }
        let mut child = command.spawn().expect("spawn jitgate serve");
        let stdout = child.stdout.take().expect("piped stdout");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(addr) = line.strip_prefix("jitgate listening on ") {
                    let _ = tx.send(addr.to_string());
                }
            }
        });
        // From here on the guard kills the child, even if waiting fails.
        let mut guard = Self {
            child,
            addr: String::new(),
        };
        guard.addr = rx
            .recv_timeout(Duration::from_secs(60))
            .expect("jitgate serve announces its address");
        guard
    }

    async fn channel(&self) -> Channel {
        Channel::from_shared(format!("http://{}", self.addr))
            .unwrap()
            .connect()
            .await
            .expect("connect to a replica")
    }
}

impl Replica {
    fn running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    /// Sends SIGTERM; whether the process then exited successfully.
    fn terminate(&mut self) -> bool {
        let pid = self.child.id().to_string();
        let sent = Command::new("kill").args(["-TERM", &pid]).status();
        assert!(sent.is_ok_and(|s| s.success()), "kill -TERM {pid}");
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status.success();
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        false
    }
}

impl Drop for Replica {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Points the clock file at `at`, atomically (readers never see half).
fn set_clock(path: &Path, at: DateTime<Utc>) {
    let tmp = path.with_extension("tmp");
    std::fs::write(&tmp, at.to_rfc3339()).expect("write clock");
    std::fs::rename(&tmp, path).expect("move clock into place");
}

fn t0() -> DateTime<Utc> {
    "2030-01-01T00:00:00Z".parse().unwrap()
}

fn mins(n: i64) -> DateTime<Utc> {
    t0() + chrono::Duration::minutes(n)
}

async fn count_in(store: &dyn Store, state: State) -> u64 {
    let query = RequestQuery {
        states: vec![state],
        limit: 1,
        ..Default::default()
    };
    store
        .list_access_requests(&OrgId::from(ORG), &query)
        .await
        .expect("list")
        .total
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_replicas_on_one_database_fire_every_transition_once() {
    let db = TestDb::new(Backend::Postgres).await;
    let store = db.store().await;
    let dir = tempfile::tempdir().unwrap();
    let clock: PathBuf = dir.path().join("clock");
    set_clock(&clock, t0());

    let mut ids = Vec::new();
    for i in 0..REQUESTS {
        let start = mins(2 * i);
        let end = start + chrono::Duration::minutes(5 + i % 11);
        ids.push(request(ORG, t0()).approved_window(start, end).file(&store).await.id);
    }

    let mut one = Replica::start(&db.url, &dir.path().join("one"), Some(&clock));
    let mut two = Replica::start(&db.url, &dir.path().join("two"), Some(&clock));

    // Past every start and end, seven minutes per step, a few scheduler
    // intervals apart: each step lands in both replicas' passes.
    let last_end = 2 * REQUESTS + 16;
    let mut minute = 0;
    while minute <= last_end {
        minute += 7;
        set_clock(&clock, mins(minute));
        tokio::time::sleep(Duration::from_millis(120)).await;
    }

    let deadline = Instant::now() + Duration::from_secs(60);
    while count_in(&store, State::Expired).await < REQUESTS as u64 {
        assert!(
            Instant::now() < deadline,
            "only {} of {REQUESTS} expired",
            count_in(&store, State::Expired).await
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    let events = request_events(&store, ORG).await;
    for id in &ids {
        assert_eq!(
            kinds_of(&events, id),
            ["GRANT_ACTIVATED", "GRANT_EXPIRED"],
            "request {id}"
        );
    }
    assert_eq!(events.len(), 2 * REQUESTS as usize, "no other events");
    assert!(events.iter().all(|e| e.actor == "system:scheduler"));
    assert!(one.running() && two.running(), "both replicas still serve");
    assert!(one.terminate(), "SIGTERM stops the server and its scheduler cleanly");
}

/// A routing workflow of one rule for `aws` whose only approval is `kind`
/// (`deny` or `persistent`).
fn workflow(kind: &str) -> pb::Workflow {
    let rule = json!({
        "name": "aws",
        "requestor": {"type": "any"},
        "resource": {"type": "integration", "service": "aws"},
        "approval": [{"type": kind}]
    });
    pb::Workflow {
        rules: vec![message("jitgate.v1.RoutingRule", rule)],
        ..Default::default()
    }
}

fn filing(n: usize) -> pb::CreateAccessRequestRequest {
    let body = json!({
        "resource": {"service": "aws", "resource_type": "role", "resource_id": format!("r{n}")},
        "requested_grant_type": "PERMANENT"
    });
    pb::CreateAccessRequestRequest {
        access_request: Some(message("jitgate.v1.AccessRequest", body)),
    }
}

fn check(n: usize) -> pb::CheckAccessRequest {
    let resource = json!({"service": "aws", "resource_type": "role", "resource_id": format!("r{n}")});
    pb::CheckAccessRequest {
        user_id: String::new(),
        resource: Some(message("jitgate.v1.RequestedResource", resource)),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_change_on_one_replica_decides_the_next_request_on_the_other() {
    let db = TestDb::new(Backend::Postgres).await;
    db.store().await;
    let dir = tempfile::tempdir().unwrap();
    let a = Replica::start(&db.url, &dir.path().join("a"), None);
    let b = Replica::start(&db.url, &dir.path().join("b"), None);
    let mut routing_a = RoutingServiceClient::new(a.channel().await);
    let mut requests_a = AccessRequestServiceClient::new(a.channel().await);
    let mut requests_b = AccessRequestServiceClient::new(b.channel().await);
    let admin = admin_token(ORG);
    let member = token(ORG, "dev@acme.test", &[]);

    // Flip the only rule between deny and persistent on A, and file on B at
    // once: B has the previous policy compiled, and must not use it.
    for n in 0..20 {
        let kind = if n % 2 == 0 { "deny" } else { "persistent" };
        let save = pb::SaveRoutingConfigRequest {
            org_id: ORG.into(),
            workflow: Some(workflow(kind)),
            current_version: None,
        };
        routing_a
            .save_routing_config(authed(&admin, save))
            .await
            .expect("save on A");
        let filed = requests_b
            .create_access_request(authed(&member, filing(n)))
            .await
            .expect("file on B")
            .into_inner()
            .access_request
            .expect("a request");
        let expected = if kind == "deny" {
            pb::RequestState::Denied
        } else {
            pb::RequestState::Active
        };
        assert_eq!(filed.state(), expected, "request {n} after `{kind}` was saved on A");

        // A grant made on B is answered by CheckAccess on A, and one denied
        // is not; within the announcement's delivery (bounded here by 5 s).
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            let answer = requests_a
                .check_access(authed(&member, check(n)))
                .await
                .expect("check on A")
                .into_inner();
            if answer.allowed == (kind == "persistent") {
                break;
            }
            assert!(Instant::now() < deadline, "A never saw request {n}'s grant");
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    // Revoked on A: no longer answered by B.
    let mine = requests_b
        .list_access_requests(authed(
            &member,
            pb::ListAccessRequestsRequest {
                filter: pb::AccessRequestFilter::Active as i32,
                ..Default::default()
            },
        ))
        .await
        .unwrap()
        .into_inner()
        .items;
    assert_eq!(mine.len(), 10);
    let revoke = pb::RevokeAccessRequestRequest {
        id: mine[0].id.clone(),
        comment: "done".into(),
    };
    requests_a
        .revoke_access_request(authed(&admin, revoke))
        .await
        .expect("revoke on A");
    let n: usize = mine[0].resource.as_ref().unwrap().resource_id[1..].parse().unwrap();
    let deadline = Instant::now() + Duration::from_secs(5);
    while requests_b
        .check_access(authed(&member, check(n)))
        .await
        .unwrap()
        .into_inner()
        .allowed
    {
        assert!(Instant::now() < deadline, "B kept answering a revoked grant");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}
