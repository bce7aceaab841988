//! Two real `jitgate serve` processes on one PostgreSQL database, both
//! reading the time from one clock file that the test steps forward: every
//! grant is activated and expired exactly once, whichever replica gets to
//! it first.

mod common;

use std::{
    io::{BufRead, BufReader},
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    sync::mpsc,
    time::{Duration, Instant},
};

use chrono::{DateTime, Utc};
use common::{
    Backend, TestDb, jitgate_bin,
    requests::{kinds_of, request, request_events},
};
use jitgate::{
    domain::access_request::State,
    store::{RequestQuery, Store},
};

const ORG: &str = "acme";
const REQUESTS: i64 = 100;

/// A `jitgate serve` child, killed when dropped (so a failing assertion
/// never leaves it running).
struct Replica {
    child: Child,
}

impl Replica {
    fn start(database_url: &str, data_dir: &Path, clock_file: &Path) -> Self {
        let mut child = Command::new(jitgate_bin())
            .arg("serve")
            .args(["--listen", "127.0.0.1:0", "--skip-migrations"])
            .args(["--scheduler-interval", "50ms"])
            .arg("--clock-file")
            .arg(clock_file)
            .arg("--data-dir")
            .arg(data_dir)
            .env("DATABASE_URL", database_url)
            .env("RUST_LOG", "warn")
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("spawn jitgate serve");
        let stdout = child.stdout.take().expect("piped stdout");
        // From here on the guard kills the child, even if waiting fails.
        let guard = Self { child };
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if line.starts_with("jitgate listening on ") {
                    let _ = tx.send(());
                }
            }
        });
        rx.recv_timeout(Duration::from_secs(60))
            .expect("jitgate serve announces its address");
        guard
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
    store.list_access_requests(ORG, &query).await.expect("list").1
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

    let mut one = Replica::start(&db.url, &dir.path().join("one"), &clock);
    let mut two = Replica::start(&db.url, &dir.path().join("two"), &clock);

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
