//! Traces reach a real OTLP receiver: an in-process collector (a tonic
//! server implementing OTLP's TraceService) gets the spans of a gRPC call
//! and a REST call made with a W3C `traceparent`: the caller's trace id,
//! the caller's span as parent, the semantic-convention attributes, and the
//! store's spans under the server span.

mod common;

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
    time::Duration,
};

use common::{
    Backend, TestServer, admin_token, authed,
    rest::{self, Version},
};
use http::{Method, StatusCode};
use jitgate::{
    pb::v1 as pb,
    telemetry::otel::{self, Export},
};
use opentelemetry_proto::tonic::{
    collector::trace::v1::{
        ExportTraceServiceRequest, ExportTraceServiceResponse,
        trace_service_server::{TraceService, TraceServiceServer},
    },
    common::v1::any_value::Value,
    trace::v1::{Span, span::SpanKind},
};
use tracing_subscriber::{EnvFilter, layer::SubscriberExt};

/// Received spans, and the `service.name` of each batch's resource.
#[derive(Clone, Default)]
struct Collector(Arc<Mutex<Vec<Span>>>, Arc<Mutex<Vec<String>>>);

#[tonic::async_trait]
impl TraceService for Collector {
    async fn export(
        &self,
        request: tonic::Request<ExportTraceServiceRequest>,
    ) -> Result<tonic::Response<ExportTraceServiceResponse>, tonic::Status> {
        let mut spans = self.0.lock().unwrap();
        for resource in request.into_inner().resource_spans {
            let name = resource
                .resource
                .iter()
                .flat_map(|r| &r.attributes)
                .find(|kv| kv.key == "service.name")
                .and_then(|kv| match kv.value.as_ref()?.value.as_ref()? {
                    Value::StringValue(s) => Some(s.clone()),
                    _ => None,
                });
            self.1.lock().unwrap().extend(name);
            for scope in resource.scope_spans {
                spans.extend(scope.spans);
            }
        }
        Ok(tonic::Response::new(ExportTraceServiceResponse {
            partial_success: None,
        }))
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn attribute(span: &Span, key: &str) -> Option<Value> {
    span.attributes
        .iter()
        .find(|kv| kv.key == key)
        .and_then(|kv| kv.value.as_ref()?.value.clone())
}

fn text(span: &Span, key: &str) -> Option<String> {
    match attribute(span, key)? {
        Value::StringValue(s) => Some(s),
        _ => None,
    }
}

/// A collector listening on a loopback port.
async fn collector() -> (Collector, std::net::SocketAddr) {
    let collector = Collector::default();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(
        tonic::transport::Server::builder()
            .add_service(TraceServiceServer::new(collector.clone()))
            .serve_with_incoming(tokio_stream::wrappers::TcpListenerStream::new(listener)),
    );
    (collector, addr)
}

const GRPC_TRACE: &str = "4bf92f3577b34da6a3ce929d0e0e4736";
const GRPC_PARENT: &str = "00f067aa0ba902b7";
const REST_TRACE: &str = "0af7651916cd43dd8448eb211c80319c";
const REST_PARENT: &str = "b7ad6b7169203331";

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn spans_of_grpc_and_rest_calls_continue_the_callers_trace() {
    let (collector, addr) = collector().await;
    let provider = otel::provider(Export::Grpc {
        endpoint: Some(format!("http://{addr}")),
    })
    .unwrap();
    let subscriber = tracing_subscriber::registry()
        .with(otel::layer(&provider))
        .with(EnvFilter::new("info"));
    tracing::subscriber::set_global_default(subscriber).unwrap();

    let server = TestServer::start(Backend::Sqlite).await;
    let admin = admin_token("acme");
    let mut call = authed(&admin, pb::GetRoutingConfigRequest { org_id: "acme".into() });
    call.metadata_mut().insert(
        "traceparent",
        format!("00-{GRPC_TRACE}-{GRPC_PARENT}-01").parse().unwrap(),
    );
    server.routing().await.get_routing_config(call).await.unwrap();
    let reply = rest::send(
        server.addr,
        Version::Http1,
        Method::GET,
        "/o/acme/routing",
        Some(&admin),
        None,
        &[("traceparent", &format!("00-{REST_TRACE}-{REST_PARENT}-01"))],
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK);

    // Spans end when their call's body does; give the last one a moment,
    // then flush the batch (a blocking call, off the runtime's threads).
    tokio::time::sleep(Duration::from_millis(200)).await;
    let flusher = provider.clone();
    tokio::task::spawn_blocking(move || flusher.force_flush())
        .await
        .unwrap()
        .unwrap();
    let spans = collector.0.lock().unwrap().clone();

    let server_span = |trace: &str| {
        spans
            .iter()
            .find(|s| hex(&s.trace_id) == trace && s.kind == SpanKind::Server as i32)
            .unwrap_or_else(|| panic!("no server span in trace {trace}: {spans:#?}"))
            .clone()
    };
    let grpc = server_span(GRPC_TRACE);
    assert_eq!(
        hex(&grpc.parent_span_id),
        GRPC_PARENT,
        "the caller's span is the parent"
    );
    assert_eq!(grpc.name, "jitgate.v1.RoutingService/GetRoutingConfig");
    assert_eq!(text(&grpc, "rpc.system").as_deref(), Some("grpc"));
    assert_eq!(text(&grpc, "rpc.service").as_deref(), Some("jitgate.v1.RoutingService"));
    assert_eq!(text(&grpc, "rpc.method").as_deref(), Some("GetRoutingConfig"));
    assert_eq!(attribute(&grpc, "rpc.grpc.status_code"), Some(Value::IntValue(0)));
    assert_eq!(text(&grpc, "jitgate.org").as_deref(), Some("acme"));
    assert!(text(&grpc, "request_id").is_some_and(|id| !id.is_empty()));

    // The first call loaded the org: its store spans are in the call's
    // trace, under the server span.
    let by_id: HashMap<Vec<u8>, &Span> = spans.iter().map(|s| (s.span_id.clone(), s)).collect();
    let under_server = |span: &Span| {
        let mut parent = span.parent_span_id.clone();
        while let Some(up) = by_id.get(&parent) {
            if up.span_id == grpc.span_id {
                return true;
            }
            parent = up.parent_span_id.clone();
        }
        false
    };
    let stores: Vec<&Span> = spans
        .iter()
        .filter(|s| s.name == "db" && hex(&s.trace_id) == GRPC_TRACE)
        .collect();
    assert!(!stores.is_empty(), "store spans in the call's trace: {spans:#?}");
    assert!(
        stores.iter().all(|s| under_server(s)),
        "every store span under the server span"
    );
    assert!(stores.iter().all(|s| s.kind == SpanKind::Client as i32));
    assert!(
        stores
            .iter()
            .any(|s| text(s, "db.operation.name").as_deref() == Some("latest_workflow"))
    );

    let rest = server_span(REST_TRACE);
    assert_eq!(hex(&rest.parent_span_id), REST_PARENT);
    assert_eq!(rest.name, "GET /o/{org_id}/routing");
    assert_eq!(text(&rest, "http.route").as_deref(), Some("/o/{org_id}/routing"));
    assert_eq!(text(&rest, "rpc.method").as_deref(), Some("GetRoutingConfig"));
    assert_eq!(
        attribute(&rest, "http.response.status_code"),
        Some(Value::IntValue(200))
    );

    otel::shutdown(provider).await;
}

/// `jitgate serve` configured by the standard variables alone exports, and
/// flushes what it holds when it stops (the batch delay is 5 s; the process
/// stops at once).
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_server_exports_when_the_environment_says_so_and_flushes_at_shutdown() {
    use std::{
        io::{BufRead, BufReader},
        process::{Command, Stdio},
    };
    let (collector, addr) = collector().await;
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(common::jitgate_bin())
        .args(["serve", "--listen", "127.0.0.1:0"])
        .current_dir(dir.path())
        .env("OTEL_EXPORTER_OTLP_ENDPOINT", format!("http://{addr}"))
        .env("OTEL_EXPORTER_OTLP_PROTOCOL", "grpc")
        .env("OTEL_SERVICE_NAME", "jitgate-under-test")
        .env("RUST_LOG", "info")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let listening = tokio::task::spawn_blocking(move || {
        BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
            .find_map(|l| l.strip_prefix("jitgate listening on ").map(String::from))
    })
    .await
    .unwrap()
    .expect("the server announces its address");
    let token = Command::new(common::jitgate_bin())
        .args([
            "token",
            "--org",
            "acme",
            "--sub",
            "admin@acme.test",
            "--role",
            "ORG_ADMIN",
        ])
        .current_dir(dir.path())
        .output()
        .unwrap();
    let token = String::from_utf8(token.stdout).unwrap().trim().to_string();
    let reply = rest::send(
        listening.parse().unwrap(),
        Version::Http1,
        Method::GET,
        "/o/acme/routing",
        Some(&token),
        None,
        &[("traceparent", &format!("00-{REST_TRACE}-{REST_PARENT}-01"))],
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK);
    Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    let status = tokio::task::spawn_blocking(move || child.wait())
        .await
        .unwrap()
        .unwrap();
    assert!(status.success());
    let spans = collector.0.lock().unwrap().clone();
    assert!(
        spans
            .iter()
            .any(|s| hex(&s.trace_id) == REST_TRACE && s.kind == SpanKind::Server as i32),
        "the call's span was flushed at shutdown: {spans:#?}"
    );
    assert!(collector.1.lock().unwrap().iter().all(|n| n == "jitgate-under-test"));
}
