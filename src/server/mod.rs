//! Assembles the server: the jitgate services behind the request-id, CORS,
//! REST, gRPC-Web, tracing and auth layers, plus open health and reflection
//! (v1 and v1alpha), gRPC, gRPC-Web and REST on one port, served until a
//! shutdown signal, after which calls in flight finish.

pub mod codec;
mod connections;
mod cors;
mod decode_errors;
mod detach;
mod ops;
pub mod rate_limit;
mod status;

use std::{future::Future, sync::Arc, time::Duration};

use tokio::net::TcpListener;
use tonic::transport::Server;
use tonic_health::{ServingStatus, server::HealthReporter};
use tower::ServiceBuilder;
use tower_http::{
    classify::GrpcFailureClass,
    request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer},
    trace::TraceLayer,
    validate_request::ValidateRequestHeaderLayer,
};

use crate::{
    auth::{self, jwt::TokenVerifier},
    middleware::StateLayer,
    pb::{
        self,
        v1::{
            access_flow_service_server::AccessFlowServiceServer,
            access_request_service_server::AccessRequestServiceServer,
            directory_service_server::DirectoryServiceServer, policy_service_server::PolicyServiceServer,
            request_config_service_server::RequestConfigServiceServer, routing_service_server::RoutingServiceServer,
        },
    },
    rest,
    services::{
        AppState, access_flow::AccessFlowApi, access_request::AccessRequestApi, directory::DirectoryApi,
        policy::PolicyApi, request_config::RequestConfigApi, routing::RoutingApi,
    },
    telemetry::access::Observe,
};

/// The fully qualified names of every jitgate service, as health reports them.
pub const SERVICE_NAMES: &[&str] = &[
    "jitgate.v1.RoutingService",
    "jitgate.v1.AccessFlowService",
    "jitgate.v1.RequestConfigService",
    "jitgate.v1.AccessRequestService",
    "jitgate.v1.DirectoryService",
    "jitgate.v1.PolicyService",
];

/// The services this build implements (every one, now); the REST parity
/// suite checks that each of their RPCs has a parity step.
pub const IMPLEMENTED_SERVICES: &[&str] = SERVICE_NAMES;

/// Tunables of the server itself (not of the services).
#[derive(Debug, Clone)]
pub struct ServerOptions {
    /// How often the health watchdog pings the database.
    pub health_interval: Duration,
    /// The largest request message accepted, in bytes.
    pub max_message_bytes: usize,
    /// Origins whose web pages may call the server (CORS, for gRPC-Web and
    /// REST from browsers); empty: no cross-origin calls.
    pub cors_allowed_origins: Vec<http::HeaderValue>,
    /// The most connections open at once.
    pub max_connections: usize,
    /// How long a connection may carry no bytes before it is closed.
    pub idle_timeout: Duration,
    /// How long a call may take to be answered, reading its request
    /// included (a client's shorter `grpc-timeout` wins).
    pub request_timeout: Duration,
    /// How often an HTTP/2 connection is pinged, and how long the answer
    /// may take before the connection is closed.
    pub keepalive_interval: Duration,
    pub keepalive_timeout: Duration,
    /// The most calls in flight on one HTTP/2 connection.
    pub max_concurrent_streams: u32,
    /// Per-org and per-subject call rates; none: unlimited.
    pub rate_limits: rate_limit::RateLimits,
    /// A listener of its own for `/metrics` (and the health probes).
    pub metrics_listen: Option<std::net::SocketAddr>,
}

impl Default for ServerOptions {
    fn default() -> Self {
        Self {
            health_interval: Duration::from_secs(2),
            max_message_bytes: 4 * 1024 * 1024,
            cors_allowed_origins: Vec::new(),
            max_connections: 10_000,
            idle_timeout: Duration::from_secs(60),
            request_timeout: Duration::from_secs(30),
            keepalive_interval: Duration::from_secs(20),
            keepalive_timeout: Duration::from_secs(10),
            max_concurrent_streams: 200,
            rate_limits: Default::default(),
            metrics_listen: None,
        }
    }
}

/// Serves on `listener` until `shutdown` completes, then stops accepting and
/// waits for the calls in flight.
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    verifier: Arc<TokenVerifier>,
    options: ServerOptions,
    shutdown: impl Future<Output = ()> + Send,
) -> anyhow::Result<()> {
    let (health_reporter, health_service) = tonic_health::server::health_reporter();
    let mut health = DatabaseHealth {
        state: state.clone(),
        reporter: health_reporter,
        last: None,
    };
    // Report before accepting the first connection, so no health check ever
    // sees a service as unknown.
    health.check().await;
    let watchdog = tokio::spawn(health.watch(options.health_interval));

    let streams = state.streams.clone();
    let reflection_v1 = reflection().build_v1()?;
    let reflection_v1alpha = reflection().build_v1alpha()?;

    // REST sits inside the request-id layer (both surfaces share the id) and
    // outside everything else: it turns each REST request into a gRPC call
    // through the layers below, so they run once, identically, for both.
    let transcoder = rest::layer(options.max_message_bytes, verifier.clone())?;
    let ops = ops::Ops::new(state.store.clone(), state.metrics.clone());
    let (rate_limits, sweeper) = rate_limit::RateLimit::new(options.rate_limits, state.metrics.clone()).unzip();
    let metrics_server = match options.metrics_listen {
        Some(addr) => {
            let listener = TcpListener::bind(addr).await?;
            tracing::info!(addr = %listener.local_addr()?, "metrics listening");
            Some(tokio::spawn(serve_metrics(listener, ops.clone())))
        }
        None => None,
    };
    let layers = ServiceBuilder::new()
        .map_request(drop_unusable_request_id)
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(StateLayer(Observe::new(state.metrics.clone())))
        .option_layer(cors::layer(&options.cors_allowed_origins))
        .layer(StateLayer(ops))
        .layer(transcoder)
        // gRPC-Web arrives as `application/grpc-web*`, which REST passes
        // through; from here on every call is plain gRPC.
        .layer(tonic_web::GrpcWebLayer::new())
        .layer(
            TraceLayer::new_for_grpc()
                // The call's span is the access layer's (telemetry::access).
                .make_span_with(|_: &http::Request<_>| tracing::Span::none())
                .on_failure(log_failure),
        )
        .map_response(decode_errors::rewrite)
        .layer(auth::layer::layer(verifier))
        .option_layer(rate_limits.map(ValidateRequestHeaderLayer::custom))
        .layer(StateLayer(detach::Detach));

    let routing =
        RoutingServiceServer::new(RoutingApi::new(state.clone())).max_decoding_message_size(options.max_message_bytes);
    let access_flows = AccessFlowServiceServer::new(AccessFlowApi::new(state.clone()))
        .max_decoding_message_size(options.max_message_bytes);
    let directory = DirectoryServiceServer::new(DirectoryApi::new(state.clone()))
        .max_decoding_message_size(options.max_message_bytes);
    let access_requests = AccessRequestServiceServer::new(AccessRequestApi::new(state.clone()))
        .max_decoding_message_size(options.max_message_bytes);
    let request_config = RequestConfigServiceServer::new(RequestConfigApi::new(state.clone()))
        .max_decoding_message_size(options.max_message_bytes);
    let policy =
        PolicyServiceServer::new(PolicyApi::new(state.clone())).max_decoding_message_size(options.max_message_bytes);

    // HTTP/1.1 for REST clients; gRPC and REST both work over HTTP/2.
    let limits = connections::ConnectionLimits {
        max_connections: options.max_connections,
        idle_timeout: options.idle_timeout,
    };
    let result = Server::builder()
        .accept_http1(true)
        .timeout(options.request_timeout)
        .http2_keepalive_interval(Some(options.keepalive_interval))
        .http2_keepalive_timeout(Some(options.keepalive_timeout))
        .max_concurrent_streams(options.max_concurrent_streams)
        .layer(layers)
        .add_service(health_service)
        .add_service(reflection_v1)
        .add_service(reflection_v1alpha)
        .add_service(routing)
        .add_service(access_flows)
        .add_service(directory)
        .add_service(request_config)
        .add_service(access_requests)
        .add_service(policy)
        .serve_with_incoming_shutdown(connections::accepted(listener, limits), async move {
            shutdown.await;
            // Graceful shutdown waits for calls in flight; open watches
            // would never end by themselves, so end them now.
            streams.close();
        })
        .await;
    watchdog.abort();
    for task in [sweeper, metrics_server].into_iter().flatten() {
        task.abort();
    }
    result.map_err(Into::into)
}

/// `/metrics`, `/healthz` and `/readyz` alone on a listener of their own
/// (`--metrics-listen`), for a scrape port kept off the API's network.
async fn serve_metrics(listener: TcpListener, ops: ops::Ops) {
    let (_, health) = tonic_health::server::health_reporter();
    let served = Server::builder()
        .accept_http1(true)
        .layer(StateLayer(ops))
        .add_service(health)
        .serve_with_incoming(tokio_stream::wrappers::TcpListenerStream::new(listener))
        .await;
    if let Err(error) = served {
        tracing::error!(%error, "the metrics listener failed");
    }
}

/// The longest client-chosen `x-request-id` kept (its column's width).
const MAX_REQUEST_ID_CHARS: usize = 128;

/// Removes a client's `x-request-id` that jitgate could not log, echo and
/// store as given — empty, longer than 128 characters, or anything but
/// visible ASCII — so the next layer assigns a fresh one: every answer
/// carries a request id, and no id fails a write.
fn drop_unusable_request_id<B>(mut request: http::Request<B>) -> http::Request<B> {
    let usable = |value: &http::HeaderValue| {
        let bytes = value.as_bytes();
        !bytes.is_empty() && bytes.len() <= MAX_REQUEST_ID_CHARS && bytes.iter().all(|b| b.is_ascii_graphic())
    };
    let headers = request.headers_mut();
    if headers.get_all("x-request-id").iter().count() > 1 || headers.get("x-request-id").is_some_and(|v| !usable(v)) {
        headers.remove("x-request-id");
    }
    request
}

/// Logs a failed call at a level that matches whose problem it is: server
/// faults are errors, unavailability a warning, and a client's mistake
/// (INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED…) only debug noise.
fn log_failure(failure: GrpcFailureClass, latency: Duration, _span: &tracing::Span) {
    let latency_ms = latency.as_millis() as u64;
    match failure {
        GrpcFailureClass::Code(code) => match tonic::Code::from(code.get()) {
            tonic::Code::Unknown | tonic::Code::Internal | tonic::Code::DataLoss => {
                tracing::error!(code = code.get(), latency_ms, "call failed")
            }
            tonic::Code::Unavailable | tonic::Code::DeadlineExceeded => {
                tracing::warn!(code = code.get(), latency_ms, "call failed")
            }
            _ => tracing::debug!(code = code.get(), latency_ms, "call refused"),
        },
        GrpcFailureClass::Error(error) => tracing::error!(%error, latency_ms, "call failed"),
    }
}

/// Reflection over every service we serve: jitgate's (with the HTTP
/// annotations intact) and health's, plus the `google.rpc` detail messages
/// our errors carry, so grpcurl and other reflection clients can print them.
fn reflection() -> tonic_reflection::server::Builder<'static> {
    tonic_reflection::server::Builder::configure()
        .register_encoded_file_descriptor_set(pb::FILE_DESCRIPTOR_SET)
        .register_encoded_file_descriptor_set(tonic_health::pb::FILE_DESCRIPTOR_SET)
        .register_encoded_file_descriptor_set(tonic_types::pb::FILE_DESCRIPTOR_SET)
}

/// Keeps health in step with the database: NOT_SERVING while it cannot be
/// reached, SERVING again once it answers.
struct DatabaseHealth {
    state: AppState,
    reporter: HealthReporter,
    last: Option<ServingStatus>,
}

impl DatabaseHealth {
    /// Pings the database once and reports the result if it changed.
    async fn check(&mut self) {
        let status = match self.state.store.ping().await {
            Ok(()) => ServingStatus::Serving,
            Err(error) => {
                if self.last != Some(ServingStatus::NotServing) {
                    tracing::warn!(%error, "database unreachable: health is NOT_SERVING");
                }
                ServingStatus::NotServing
            }
        };
        if self.last == Some(status) {
            return;
        }
        if status == ServingStatus::Serving && self.last.is_some() {
            tracing::info!("database reachable again: health is SERVING");
        }
        self.reporter.set_service_status("", status).await;
        for name in SERVICE_NAMES {
            self.reporter.set_service_status(*name, status).await;
        }
        self.last = Some(status);
    }

    async fn watch(mut self, interval: Duration) {
        loop {
            tokio::time::sleep(interval).await;
            self.check().await;
        }
    }
}

/// A future that completes on SIGINT or SIGTERM. The handlers are installed
/// now, not when the future is first polled, so a signal that arrives while
/// the server is still starting is not lost (nor does it kill the process
/// mid-start).
pub fn shutdown_signal() -> std::io::Result<impl Future<Output = ()> + Send> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let mut terminate = signal(SignalKind::terminate())?;
        let mut interrupt = signal(SignalKind::interrupt())?;
        Ok(async move {
            tokio::select! {
                _ = terminate.recv() => {},
                _ = interrupt.recv() => {},
            }
            tracing::info!("shutdown signal received: finishing calls in flight");
        })
    }
    #[cfg(not(unix))]
    {
        Ok(async {
            let _ = tokio::signal::ctrl_c().await;
            tracing::info!("shutdown signal received: finishing calls in flight");
        })
    }
}
