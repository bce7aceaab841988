//! What an operator sees (issue 12): `/healthz` and `/readyz`, Prometheus
//! metrics parsed by a real text-format parser, one access-log line per call
//! (refusals included), and per-tenant rate limits on gRPC and REST.

mod common;

use std::{
    io::Write,
    sync::{Arc, Mutex, OnceLock},
    time::Duration,
};

use common::{
    Backend, TestDb, TestServer, admin_token, authed,
    proxy::Proxy,
    rest::{self, Version},
};
use http::{Method, StatusCode};
use jitgate::{
    pb::v1 as pb,
    server::{
        ServerOptions,
        rate_limit::{Limit, RateLimits},
    },
};
use tonic::Code;
use tonic_types::StatusExt;

/// Everything the servers of this test binary log, as JSON lines.
fn log() -> Arc<Mutex<Vec<u8>>> {
    static LOG: OnceLock<Arc<Mutex<Vec<u8>>>> = OnceLock::new();
    LOG.get_or_init(|| {
        let buffer = Arc::new(Mutex::new(Vec::new()));
        let writer = buffer.clone();
        tracing_subscriber::fmt()
            .json()
            .with_env_filter("jitgate::access=info")
            .with_writer(move || Captured(writer.clone()))
            .init();
        buffer
    })
    .clone()
}

struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(data);
        Ok(data.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn access_lines() -> Vec<serde_json::Value> {
    let text = String::from_utf8(log().lock().unwrap().clone()).unwrap();
    text.lines().filter_map(|l| serde_json::from_str(l).ok()).collect()
}

async fn get(server: &TestServer, path: &str, token: Option<&str>, extra: &[(&str, &str)]) -> rest::Reply {
    rest::send(server.addr, Version::Http1, Method::GET, path, token, None, extra).await
}

fn samples(text: &str) -> Vec<prometheus_parse::Sample> {
    let lines = text.lines().map(|l| Ok(l.to_string()));
    prometheus_parse::Scrape::parse(lines)
        .expect("the Prometheus text format")
        .samples
}

fn counter(samples: &[prometheus_parse::Sample], name: &str, labels: &[(&str, &str)]) -> f64 {
    samples
        .iter()
        .filter(|s| s.metric == name)
        .filter(|s| labels.iter().all(|(k, v)| s.labels.get(k) == Some(*v)))
        .map(|s| match s.value {
            prometheus_parse::Value::Counter(v)
            | prometheus_parse::Value::Gauge(v)
            | prometheus_parse::Value::Untyped(v) => v,
            _ => 0.0,
        })
        .sum()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn health_endpoints_answer_without_a_token_and_readyz_follows_the_database() {
    let db = TestDb::new(Backend::Postgres).await;
    db.store().await; // migrated
    let authority = db.url.split('@').nth(1).unwrap().split('/').next().unwrap().to_string();
    let proxy = Proxy::start(authority.parse().unwrap()).await;
    let store = jitgate::store::connect(&db.url.replacen(&authority, &proxy.addr.to_string(), 1))
        .await
        .unwrap();
    let server = TestServer::with_store(Arc::new(store), ServerOptions::default()).await;
    assert_eq!(get(&server, "/healthz", None, &[]).await.status, StatusCode::OK);
    assert_eq!(get(&server, "/readyz", None, &[]).await.status, StatusCode::OK);
    proxy.cut();
    let ready = get(&server, "/readyz", None, &[]).await;
    assert_eq!(ready.status, StatusCode::SERVICE_UNAVAILABLE, "{:?}", ready.body);
    assert_eq!(
        get(&server, "/healthz", None, &[]).await.status,
        StatusCode::OK,
        "alive all the same"
    );
    proxy.restore().await;
    let mut ready = StatusCode::SERVICE_UNAVAILABLE;
    for _ in 0..50 {
        ready = get(&server, "/readyz", None, &[]).await.status;
        if ready == StatusCode::OK {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(ready, StatusCode::OK);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn readyz_fails_while_migrations_are_pending() {
    let db = TestDb::new(Backend::Sqlite).await;
    let store = jitgate::store::connect(&db.url).await.unwrap(); // not migrated
    let server = TestServer::with_store(Arc::new(store), ServerOptions::default()).await;
    let ready = get(&server, "/readyz", None, &[]).await;
    assert_eq!(ready.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(String::from_utf8_lossy(&ready.body).contains("migration"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn metrics_count_exactly_the_calls_made_with_bounded_labels() {
    let server = TestServer::start(Backend::Sqlite).await;
    let admin = admin_token("acme");
    let mut routing = server.routing().await;
    for _ in 0..3 {
        routing
            .get_routing_config(authed(&admin, pb::GetRoutingConfigRequest { org_id: "acme".into() }))
            .await
            .unwrap();
    }
    for _ in 0..2 {
        assert_eq!(
            get(&server, "/o/acme/routing", Some(&admin), &[]).await.status,
            StatusCode::OK
        );
    }
    // 1,000 distinct ids: NOT_FOUND each, and not one series more.
    let mut requests = pb::access_request_service_client::AccessRequestServiceClient::new(server.channel().await);
    for i in 0..1000 {
        let status = requests
            .get_access_request(authed(
                &admin,
                pb::GetAccessRequestRequest {
                    id: format!("missing-{i}"),
                },
            ))
            .await
            .unwrap_err();
        assert_eq!(status.code(), Code::NotFound);
    }
    let scraped = get(&server, "/metrics", None, &[]).await;
    assert_eq!(scraped.status, StatusCode::OK);
    let text = String::from_utf8(scraped.body.to_vec()).unwrap();
    let samples = samples(&text);
    let rpc = [("service", "jitgate.v1.RoutingService"), ("method", "GetRoutingConfig")];
    assert_eq!(
        counter(
            &samples,
            "jitgate_calls_total",
            &[rpc[0], rpc[1], ("surface", "grpc"), ("code", "OK")]
        ),
        3.0
    );
    assert_eq!(
        counter(
            &samples,
            "jitgate_calls_total",
            &[rpc[0], rpc[1], ("surface", "rest"), ("code", "200")]
        ),
        2.0
    );
    assert_eq!(
        counter(
            &samples,
            "jitgate_call_duration_seconds_count",
            &[rpc[0], rpc[1], ("surface", "grpc")]
        ),
        3.0
    );
    assert_eq!(
        counter(
            &samples,
            "jitgate_calls_total",
            &[("method", "GetAccessRequest"), ("code", "NOT_FOUND")]
        ),
        1000.0
    );
    let series = samples.iter().filter(|s| s.metric == "jitgate_calls_total").count();
    assert!(series <= 4, "label sets stay bounded: {series} series\n{text}");
    assert_eq!(counter(&samples, "jitgate_build_info", &[]), 1.0);
    assert!(text.contains("jitgate_database_connections"), "{text}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_access_log_has_a_line_per_call_refusals_included() {
    let log = log();
    let server = TestServer::start(Backend::Sqlite).await;
    let admin = admin_token("acme");
    let bad = rest::send(
        server.addr,
        Version::Http1,
        Method::POST,
        "/api/v1/access-flows",
        Some(&admin),
        Some(&serde_json::json!({"name": 7})),
        &[("x-request-id", "refused-400")],
    )
    .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    let missing = get(&server, "/no/such/path", None, &[("x-request-id", "refused-404")]).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    let mut routing = server.routing().await;
    let mut call = authed(&admin, pb::GetRoutingConfigRequest { org_id: "acme".into() });
    call.metadata_mut().insert("x-request-id", "grpc-ok".parse().unwrap());
    call.metadata_mut().insert(
        "traceparent",
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"
            .parse()
            .unwrap(),
    );
    routing.get_routing_config(call).await.unwrap();
    let unauthenticated = routing
        .get_routing_config(tonic::Request::new(pb::GetRoutingConfigRequest {
            org_id: "acme".into(),
        }))
        .await
        .unwrap_err();
    assert_eq!(unauthenticated.code(), Code::Unauthenticated);

    let lines = access_lines();
    let line = |id: &str| {
        lines
            .iter()
            .find(|l| l["fields"]["request_id"] == id)
            .unwrap_or_else(|| panic!("no access-log line for {id}: {lines:?}"))
            .clone()
    };
    let refused = line("refused-400");
    assert_eq!(refused["fields"]["status"], "400");
    assert_eq!(refused["fields"]["surface"], "rest");
    assert_eq!(refused["fields"]["route"], "/api/v1/access-flows");
    assert_eq!(refused["fields"]["org"], "", "refused before the token was read");
    assert_eq!(line("refused-404")["fields"]["status"], "404");
    let ok = line("grpc-ok");
    assert_eq!(ok["fields"]["status"], "OK");
    assert_eq!(ok["fields"]["org"], "acme");
    assert_eq!(ok["fields"]["subject"], "admin@acme.test");
    assert_eq!(ok["fields"]["trace_id"], "4bf92f3577b34da6a3ce929d0e0e4736");
    assert_eq!(ok["fields"]["method"], "jitgate.v1.RoutingService/GetRoutingConfig");
    assert!(
        lines.iter().any(|l| l["fields"]["status"] == "UNAUTHENTICATED"),
        "the refused call is logged too"
    );
    let text = String::from_utf8(log.lock().unwrap().clone()).unwrap();
    assert!(!text.contains(&admin), "tokens never reach the log");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_burst_over_the_rate_limit_is_refused_per_org_and_passes_after_the_delay() {
    let db = TestDb::new(Backend::Sqlite).await;
    let options = ServerOptions {
        rate_limits: RateLimits {
            org: Limit::new(1, 2),
            subject: None,
        },
        ..Default::default()
    };
    let server = TestServer::with_store(Arc::new(db.store().await), options).await;
    let mut routing = server.routing().await;
    let acme = admin_token("acme");
    let call = |org: &str, token: &str| authed(token, pb::GetRoutingConfigRequest { org_id: org.into() });
    routing.get_routing_config(call("acme", &acme)).await.unwrap();
    routing.get_routing_config(call("acme", &acme)).await.unwrap();
    let refused = routing.get_routing_config(call("acme", &acme)).await.unwrap_err();
    assert_eq!(refused.code(), Code::ResourceExhausted);
    let retry = refused.get_error_details().retry_info().expect("RetryInfo").retry_delay;
    assert_eq!(retry, Some(Duration::from_secs(1)));
    let reply = get(&server, "/o/acme/routing", Some(&acme), &[]).await;
    assert_eq!(reply.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(reply.header("retry-after"), Some("1"));
    // Another org has its own bucket.
    let globex = admin_token("globex");
    routing.get_routing_config(call("globex", &globex)).await.unwrap();
    // After the delay, acme's calls pass again.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    routing.get_routing_config(call("acme", &acme)).await.unwrap();
    let text = String::from_utf8(get(&server, "/metrics", None, &[]).await.body.to_vec()).unwrap();
    assert!(counter(&samples(&text), "jitgate_rate_limited_calls_total", &[("scope", "org")]) >= 2.0);
}
