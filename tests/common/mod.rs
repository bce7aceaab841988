//! Shared test harness: a fresh database per test (an SQLite file, or a new
//! PostgreSQL database), a real jitgate server on a loopback port, and tokens.
//!
//! PostgreSQL comes from `JITGATE_TEST_POSTGRES_URL` (default: the local
//! cluster's `test` database). Each test creates and later drops its own
//! database, so runs never collide.
#![allow(dead_code)]

pub mod proxy;
pub mod requests;
pub mod rest;

use std::{net::SocketAddr, path::PathBuf, sync::Arc, time::Duration};

use jitgate::{
    app::AppState,
    auth::{
        dev,
        jwt::{Claims, TokenVerifier, VerifyingKey},
    },
    clock::SystemClock,
    domain::ids::OrgId,
    pb::v1::{access_flow_service_client::AccessFlowServiceClient, routing_service_client::RoutingServiceClient},
    server::{self, ServerOptions},
    store::{self, SeaStore, Store},
};
use sea_orm::{ConnectionTrait, Database};
use tokio::{sync::oneshot, task::JoinHandle};
use tonic::{Request, metadata::MetadataValue, transport::Channel};

pub const SECRET: &[u8] = b"integration-test-secret-of-32-bytes!";
pub const ISSUER: &str = "jitgate";
pub const AUDIENCE: &str = "jitgate";

/// The orgs the tests act in, as the store takes them.
pub const ACME: OrgId = OrgId::from_static("acme");
pub const GLOBEX: OrgId = OrgId::from_static("globex");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Runs each named async test function once per backend, as
/// `sqlite::name` and `postgres::name`.
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
                async fn $name() {
                    super::$name($crate::common::Backend::Sqlite).await
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
                async fn $name() {
                    super::$name($crate::common::Backend::Postgres).await
                }
            )*
        }
    };
}

pub fn postgres_admin_url() -> String {
    std::env::var("JITGATE_TEST_POSTGRES_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into())
}

/// A database that exists for one test.
pub struct TestDb {
    pub url: String,
    _dir: Option<tempfile::TempDir>,
    postgres_name: Option<String>,
}

impl TestDb {
    pub async fn new(backend: Backend) -> Self {
        match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir().expect("temp dir");
                let url = format!("sqlite://{}?mode=rwc", dir.path().join("jitgate.db").display());
                Self {
                    url,
                    _dir: Some(dir),
                    postgres_name: None,
                }
            }
            Backend::Postgres => {
                let name = format!("jitgate_test_{}", uuid::Uuid::new_v4().simple());
                let admin = Database::connect(postgres_admin_url())
                    .await
                    .expect("PostgreSQL must be reachable at JITGATE_TEST_POSTGRES_URL");
                admin
                    .execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
                    .await
                    .expect("create test database");
                admin.close().await.ok();
                Self {
                    url: with_database(&postgres_admin_url(), &name),
                    _dir: None,
                    postgres_name: Some(name),
                }
            }
        }
    }

    /// A migrated store on this database.
    pub async fn store(&self) -> SeaStore {
        let store = store::connect(&self.url).await.expect("connect");
        store.migrate().await.expect("migrate");
        store
    }
}

/// `url` with its database name replaced.
pub fn with_database(url: &str, name: &str) -> String {
    let (base, query) = url.split_once('?').map_or((url, None), |(b, q)| (b, Some(q)));
    let base = base.rsplit_once('/').map_or(base, |(b, _)| b);
    match query {
        Some(q) => format!("{base}/{name}?{q}"),
        None => format!("{base}/{name}"),
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let Some(name) = self.postgres_name.take() else { return };
        // Drop cannot await; a short-lived runtime on its own thread can.
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async {
                if let Ok(admin) = Database::connect(postgres_admin_url()).await {
                    let _ = admin
                        .execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
                        .await;
                }
            });
        })
        .join();
    }
}

/// Mints a token for the test secret.
pub fn token(org: &str, sub: &str, roles: &[&str]) -> String {
    dev::mint(SECRET, &claims(org, sub, roles))
}

pub fn claims(org: &str, sub: &str, roles: &[&str]) -> Claims {
    let now = jsonwebtoken::get_current_timestamp();
    Claims {
        sub: sub.into(),
        org: org.into(),
        roles: roles.iter().map(|r| r.to_string()).collect(),
        groups: vec![],
        iss: ISSUER.into(),
        aud: AUDIENCE.into(),
        exp: now + 3600,
        nbf: None,
        iat: Some(now),
    }
}

pub fn admin_token(org: &str) -> String {
    token(org, &format!("admin@{org}.test"), &["ORG_ADMIN"])
}

/// Wraps `message` in a request carrying `token`.
pub fn authed<T>(token: &str, message: T) -> Request<T> {
    let mut request = Request::new(message);
    request.metadata_mut().insert(
        "authorization",
        MetadataValue::try_from(format!("Bearer {token}")).expect("ascii token"),
    );
    request
}

/// A jitgate server running in this process on a loopback port.
pub struct TestServer {
    pub addr: SocketAddr,
    /// What the server's handlers share (its store and clock).
    pub state: AppState,
    pub db: Option<TestDb>,
    shutdown: Option<oneshot::Sender<()>>,
    handle: Option<JoinHandle<anyhow::Result<()>>>,
}

impl TestServer {
    /// A server on a fresh database of `backend`.
    pub async fn start(backend: Backend) -> Self {
        let db = TestDb::new(backend).await;
        let store = db.store().await;
        let mut server = Self::with_store(Arc::new(store), ServerOptions::default()).await;
        server.db = Some(db);
        server
    }

    /// A server on the given store.
    pub async fn with_store(store: Arc<dyn Store>, options: ServerOptions) -> Self {
        let verifier = Arc::new(TokenVerifier::new(vec![VerifyingKey::hmac(SECRET)], ISSUER, AUDIENCE));
        Self::with_verifier(store, verifier, options).await
    }

    pub async fn with_verifier(store: Arc<dyn Store>, verifier: Arc<TokenVerifier>, options: ServerOptions) -> Self {
        let state = AppState::new(store, Arc::new(SystemClock), Default::default());
        Self::with_state(state, verifier, options).await
    }

    /// A server on a fresh database of `backend` whose handlers read
    /// `clock`; its scheduler runs only when the test calls
    /// [`TestServer::run_scheduler_once`], so time moves only when told.
    pub async fn start_with_clock(backend: Backend, clock: jitgate::clock::ManualClock) -> Self {
        let db = TestDb::new(backend).await;
        let state = AppState::new(Arc::new(db.store().await), Arc::new(clock), Default::default());
        let verifier = Arc::new(TokenVerifier::new(vec![VerifyingKey::hmac(SECRET)], ISSUER, AUDIENCE));
        let mut server = Self::with_state(state, verifier, ServerOptions::default()).await;
        server.db = Some(db);
        server
    }

    /// Runs one scheduler pass at the server clock's current time.
    pub async fn run_scheduler_once(&self) {
        let now = self.state.clock.now();
        jitgate::scheduler::run_once(&self.state, now, 100)
            .await
            .expect("a scheduler pass");
    }

    pub async fn with_state(state: AppState, verifier: Arc<TokenVerifier>, options: ServerOptions) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().unwrap();
        let (tx, rx) = oneshot::channel::<()>();
        let handle = tokio::spawn(server::serve(listener, state.clone(), verifier, options, async {
            let _ = rx.await;
        }));
        Self {
            state,
            addr,
            db: None,
            shutdown: Some(tx),
            handle: Some(handle),
        }
    }

    pub async fn channel(&self) -> Channel {
        Channel::from_shared(format!("http://{}", self.addr))
            .unwrap()
            .connect_timeout(Duration::from_secs(5))
            .connect()
            .await
            .expect("connect to test server")
    }

    pub async fn routing(&self) -> RoutingServiceClient<Channel> {
        RoutingServiceClient::new(self.channel().await)
    }

    pub async fn access_flows(&self) -> AccessFlowServiceClient<Channel> {
        AccessFlowServiceClient::new(self.channel().await)
    }

    /// Signals shutdown and waits for the server to finish its calls.
    pub async fn stop(mut self) -> anyhow::Result<()> {
        self.begin_stop();
        self.wait().await
    }

    pub fn begin_stop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }

    pub async fn wait(&mut self) -> anyhow::Result<()> {
        match self.handle.take() {
            Some(handle) => handle.await.expect("server task"),
            None => Ok(()),
        }
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

/// The path of the built `jitgate` binary.
pub fn jitgate_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_jitgate"))
}

/// The `google.rpc.BadRequest` field violations of an error, as
/// (field, description) pairs in the order the server listed them.
pub fn violations(status: &tonic::Status) -> Vec<(String, String)> {
    use tonic_types::StatusExt;
    status
        .get_error_details()
        .bad_request()
        .map(|b| {
            b.field_violations
                .iter()
                .map(|v| (v.field.clone(), v.description.clone()))
                .collect()
        })
        .unwrap_or_default()
}

/// The `ErrorInfo.reason` of a status (an `ErrorReason` value's name).
pub fn reason(status: &tonic::Status) -> String {
    use tonic_types::StatusExt;
    status
        .get_error_details()
        .error_info()
        .map(|info| info.reason.clone())
        .unwrap_or_default()
}

/// Just the fields of [`violations`].
pub fn violation_fields(status: &tonic::Status) -> Vec<String> {
    violations(status).into_iter().map(|(field, _)| field).collect()
}

/// A message from its proto3 JSON (proto field names or JSON names), as a
/// client library builds it from a document.
pub fn message<T: prost::Message + Default>(full_name: &str, json: serde_json::Value) -> T {
    let descriptor = jitgate::pb::descriptor_pool()
        .get_message_by_name(full_name)
        .unwrap_or_else(|| panic!("no message {full_name}"));
    let dynamic = prost_reflect::DynamicMessage::deserialize(descriptor, json.clone())
        .unwrap_or_else(|e| panic!("{full_name}: {e}: {json}"));
    dynamic.transcode_to().expect("transcode")
}
