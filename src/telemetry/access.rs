//! One access-log line and one metrics sample per call, on every surface.
//!
//! The layer sits outside everything but the request id, so it sees calls
//! that are refused before any RPC runs (an unknown REST path, a body that is
//! not JSON, a missing token) as well as answered ones. What only inner
//! layers know — the org and subject of the token, the RPC a REST route
//! calls — they write into the call's [`CallSlot`], which travels in the
//! request's extensions (REST passes them on to the gRPC call it makes).
//!
//! A gRPC call's status is in its trailers, so for gRPC the line is written
//! when the response body ends (a stream's line when the stream ends), or
//! when the client goes away (`CANCELLED`).

use std::{
    pin::Pin,
    sync::{Arc, Mutex},
    task::{Context, Poll},
    time::Instant,
};

use std::{collections::HashMap, sync::OnceLock};

use bytes::Bytes;
use http::{HeaderMap, Request, Response};
use http_body::{Body, Frame, SizeHint};
use tower::Service;
use tracing::Instrument;

use super::metrics::{CallLabels, Metrics};
use crate::{auth::layer::request_id_of, middleware::Wrapped};

/// An RPC's (service, method), from a closed set.
pub type Rpc = (&'static str, &'static str);

/// What inner layers learned about a call.
#[derive(Debug, Default)]
pub struct CallInfo {
    pub org: String,
    pub subject: String,
    /// The RPC a REST route calls: (service, method).
    pub rpc: Option<Rpc>,
    /// The REST route's template.
    pub route: Option<String>,
}

/// The shared [`CallInfo`] of one call.
#[derive(Debug, Clone, Default)]
pub struct CallSlot(Arc<Mutex<CallInfo>>);

impl CallSlot {
    pub fn update(&self, f: impl FnOnce(&mut CallInfo)) {
        f(&mut self.0.lock().unwrap_or_else(|e| e.into_inner()));
    }

    /// Records the caller (from the auth layer) on `extensions`' slot.
    pub fn caller(extensions: &http::Extensions, org: &str, subject: &str) {
        if let Some(slot) = extensions.get::<CallSlot>() {
            slot.update(|info| {
                info.org = org.to_string();
                info.subject = subject.to_string();
            });
        }
    }
}

/// The access log, the call metrics and the server span of every call.
#[derive(Clone)]
pub struct Observe {
    metrics: Arc<Metrics>,
}

impl Observe {
    pub fn new(metrics: Arc<Metrics>) -> Self {
        Self { metrics }
    }
}

impl<S, ReqBody, ResBody> Service<Request<ReqBody>> for Wrapped<S, Observe>
where
    S: Service<Request<ReqBody>, Response = Response<ResBody>>,
    S::Future: Send + 'static,
    ResBody: Body<Data = Bytes>,
{
    type Response = Response<ObservedBody<ResBody>>;
    type Error = S::Error;
    type Future = Pin<Box<dyn std::future::Future<Output = Result<Self::Response, Self::Error>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut request: Request<ReqBody>) -> Self::Future {
        if matches!(request.uri().path(), "/healthz" | "/readyz" | "/metrics") {
            // Probes every few seconds are not calls.
            let answer = self.inner.call(request);
            return Box::pin(async move {
                let response = answer.await?;
                Ok(response.map(|body| ObservedBody {
                    inner: Box::pin(body),
                    pending: None,
                }))
            });
        }
        let slot = CallSlot::default();
        request.extensions_mut().insert(slot.clone());
        let rpc = known_rpc(request.uri().path());
        let span = server_span(&request, rpc);
        let logging = tracing::enabled!(target: "jitgate::access", tracing::Level::INFO);
        let record = Record {
            span: span.clone(),
            http_method: request.method().clone(),
            started: Instant::now(),
            surface: surface_of(request.headers()),
            request_id: if logging {
                request_id_of(&request)
            } else {
                String::new()
            },
            trace_id: if logging {
                trace_id_of(request.headers())
            } else {
                String::new()
            },
            rpc,
            slot,
            metrics: self.state.metrics.clone(),
        };
        // Entered while the inner layers take the call (the auth layer
        // records the caller on it) and around everything they do.
        let answer = {
            let _entered = span.enter();
            self.inner.call(request)
        };
        Box::pin(async move {
            let response = answer.instrument(span).await?;
            let (parts, body) = response.into_parts();
            let pending = if record.surface == "rest" {
                record.finish(Status::Http(parts.status.as_u16()));
                None
            } else if let Some(code) = grpc_status(&parts.headers) {
                // Trailers-only: the call was refused or failed at once.
                record.finish(Status::Grpc(code));
                None
            } else {
                Some(record)
            };
            Ok(Response::from_parts(
                parts,
                ObservedBody {
                    inner: Box::pin(body),
                    pending,
                },
            ))
        })
    }
}

impl Record {
    /// What the span learned by the end: the RPC a REST route called, its
    /// route, the caller's org, and the status (server faults mark the span
    /// as an error, per the semantic conventions).
    fn record_on_span(&self, info: &CallInfo, service: &str, method: &str, status: &Status) {
        let span = &self.span;
        if self.surface == "rest" {
            span.record("rpc.service", service);
            span.record("rpc.method", method);
        }
        if let Some(route) = &info.route {
            span.record("http.route", route.as_str());
            super::otel::rename(span, format!("{} {route}", self.http_method));
        }
        let server_fault = match status {
            Status::Grpc(code) => {
                span.record("rpc.grpc.status_code", *code as i64);
                matches!(
                    code,
                    tonic::Code::Unknown
                        | tonic::Code::DeadlineExceeded
                        | tonic::Code::Unimplemented
                        | tonic::Code::Internal
                        | tonic::Code::Unavailable
                        | tonic::Code::DataLoss
                )
            }
            Status::Http(http) => {
                span.record("http.response.status_code", i64::from(*http));
                *http >= 500
            }
        };
        if server_fault {
            span.record("otel.status_code", "error");
        }
    }
}

enum Status {
    Grpc(tonic::Code),
    Http(u16),
}

/// The call's server span, with the OpenTelemetry semantic-convention
/// attributes known up front; the rest are recorded when the call ends.
fn server_span<B>(request: &Request<B>, (service, method): Rpc) -> tracing::Span {
    if !tracing::enabled!(tracing::Level::INFO) {
        // Nothing would see it: skip building its fields.
        return tracing::Span::none();
    }
    let surface = surface_of(request.headers());
    let name = if surface == "rest" {
        request.method().to_string()
    } else {
        format!("{service}/{method}")
    };
    let span = tracing::info_span!(
        "rpc",
        otel.name = %name,
        otel.kind = "server",
        otel.status_code = tracing::field::Empty,
        rpc.system = "grpc",
        rpc.service = tracing::field::Empty,
        rpc.method = tracing::field::Empty,
        rpc.grpc.status_code = tracing::field::Empty,
        http.request.method = tracing::field::Empty,
        http.route = tracing::field::Empty,
        http.response.status_code = tracing::field::Empty,
        jitgate.surface = surface,
        jitgate.org = tracing::field::Empty,
        jitgate.subject = tracing::field::Empty,
        request_id = %request_id_of(request),
    );
    // Each attribute is recorded once: a REST call's RPC is known only
    // when the REST layer has matched its route (recorded at the end).
    if surface == "rest" {
        span.record("http.request.method", request.method().as_str());
    } else {
        span.record("rpc.service", service);
        span.record("rpc.method", method);
    }
    super::otel::continue_trace(&span, request.headers());
    span
}

/// Everything the line needs, until the call's status is known.
struct Record {
    span: tracing::Span,
    http_method: http::Method,
    started: Instant,
    surface: &'static str,
    request_id: String,
    trace_id: String,
    /// The gRPC path's RPC (REST calls learn theirs from the slot).
    rpc: Rpc,
    slot: CallSlot,
    metrics: Arc<Metrics>,
}

impl Record {
    fn finish(self, status: Status) {
        let latency = self.started.elapsed();
        let info = std::mem::take(&mut *self.slot.0.lock().unwrap_or_else(|e| e.into_inner()));
        let (service, method) = match (info.rpc, self.surface) {
            (Some(rpc), _) => rpc,
            (None, "rest") => ("rest", "unmatched"),
            (None, _) => self.rpc,
        };
        let (code, status_text) = match status {
            Status::Grpc(code) => (code_name(code), code_name(code).to_string()),
            Status::Http(http) => (http_label(http), http.to_string()),
        };
        self.record_on_span(&info, service, method, &status);
        tracing::info!(
            target: "jitgate::access",
            request_id = %self.request_id,
            trace_id = %self.trace_id,
            org = %info.org,
            subject = %info.subject,
            surface = self.surface,
            method = %format!("{service}/{method}"),
            route = info.route.as_deref().unwrap_or(""),
            status = %status_text,
            latency_ms = latency.as_secs_f64() * 1e3,
            "call"
        );
        self.metrics.call(
            CallLabels {
                service,
                method,
                surface: self.surface,
                code,
            },
            latency.as_secs_f64(),
        );
    }
}

/// A response body that writes the call's line when the gRPC status
/// arrives in the trailers, or when the body ends or is dropped first.
pub struct ObservedBody<B> {
    // Boxed so the wrapper is Unpin whatever the inner body is.
    inner: Pin<Box<B>>,
    pending: Option<Record>,
}

impl<B: Body<Data = Bytes>> Body for ObservedBody<B> {
    type Data = Bytes;
    type Error = B::Error;

    fn poll_frame(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, B::Error>>> {
        let polled = self.inner.as_mut().poll_frame(cx);
        match &polled {
            Poll::Ready(Some(Ok(frame))) => {
                if let Some(trailers) = frame.trailers_ref()
                    && let Some(record) = self.pending.take()
                {
                    record.finish(Status::Grpc(grpc_status(trailers).unwrap_or(tonic::Code::Unknown)));
                }
            }
            Poll::Ready(Some(Err(_))) => {
                if let Some(record) = self.pending.take() {
                    record.finish(Status::Grpc(tonic::Code::Internal));
                }
            }
            Poll::Ready(None) => {
                if let Some(record) = self.pending.take() {
                    record.finish(Status::Grpc(tonic::Code::Unknown));
                }
            }
            Poll::Pending => {}
        }
        polled
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

impl<B> Drop for ObservedBody<B> {
    fn drop(&mut self) {
        // The client went away before the status was sent.
        if let Some(record) = self.pending.take() {
            record.finish(Status::Grpc(tonic::Code::Cancelled));
        }
    }
}

fn surface_of(headers: &HeaderMap) -> &'static str {
    match headers.get(http::header::CONTENT_TYPE).and_then(|v| v.to_str().ok()) {
        Some(t) if t.starts_with("application/grpc-web") => "grpc-web",
        Some(t) if t.starts_with("application/grpc") => "grpc",
        _ => "rest",
    }
}

fn grpc_status(headers: &HeaderMap) -> Option<tonic::Code> {
    tonic::Status::from_header_map(headers).map(|status| status.code())
}

/// The W3C `traceparent`'s trace id, when the client sent a valid one.
fn trace_id_of(headers: &HeaderMap) -> String {
    headers
        .get("traceparent")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split('-').nth(1))
        .filter(|id| id.len() == 32 && id.bytes().all(|b| b.is_ascii_hexdigit()))
        .unwrap_or_default()
        .to_string()
}

/// (service, method) of a gRPC path, if it names an RPC we serve; else
/// ("unknown", "unknown"), so label values stay a closed set.
pub fn known_rpc(path: &str) -> Rpc {
    static KNOWN: OnceLock<HashMap<String, Rpc>> = OnceLock::new();
    let known = KNOWN.get_or_init(|| {
        // Built once: every RPC of our protos, health and reflection. The
        // names are leaked once so labels and spans borrow them for free.
        let mut rpcs: Vec<(String, String)> = crate::pb::descriptor_pool()
            .services()
            .flat_map(|s| {
                let service = s.full_name().to_string();
                s.methods()
                    .map(|m| (service.clone(), m.name().to_string()))
                    .collect::<Vec<_>>()
            })
            .collect();
        for (service, method) in [
            ("grpc.health.v1.Health", "Check"),
            ("grpc.health.v1.Health", "Watch"),
            ("grpc.reflection.v1.ServerReflection", "ServerReflectionInfo"),
            ("grpc.reflection.v1alpha.ServerReflection", "ServerReflectionInfo"),
        ] {
            rpcs.push((service.into(), method.into()));
        }
        rpcs.into_iter()
            .map(|(service, method)| {
                let path = format!("/{service}/{method}");
                let rpc: Rpc = (Box::leak(service.into_boxed_str()), Box::leak(method.into_boxed_str()));
                (path, rpc)
            })
            .collect()
    });
    known.get(path).copied().unwrap_or(("unknown", "unknown"))
}

fn code_name(code: tonic::Code) -> &'static str {
    use tonic::Code::*;
    match code {
        Ok => "OK",
        Cancelled => "CANCELLED",
        Unknown => "UNKNOWN",
        InvalidArgument => "INVALID_ARGUMENT",
        DeadlineExceeded => "DEADLINE_EXCEEDED",
        NotFound => "NOT_FOUND",
        AlreadyExists => "ALREADY_EXISTS",
        PermissionDenied => "PERMISSION_DENIED",
        ResourceExhausted => "RESOURCE_EXHAUSTED",
        FailedPrecondition => "FAILED_PRECONDITION",
        Aborted => "ABORTED",
        OutOfRange => "OUT_OF_RANGE",
        Unimplemented => "UNIMPLEMENTED",
        Internal => "INTERNAL",
        Unavailable => "UNAVAILABLE",
        DataLoss => "DATA_LOSS",
        Unauthenticated => "UNAUTHENTICATED",
    }
}

/// A REST answer's status as a label value from a closed set.
fn http_label(status: u16) -> &'static str {
    match status {
        200 => "200",
        204 => "204",
        400 => "400",
        401 => "401",
        403 => "403",
        404 => "404",
        405 => "405",
        409 => "409",
        413 => "413",
        429 => "429",
        500 => "500",
        501 => "501",
        503 => "503",
        504 => "504",
        s if s < 300 => "2xx",
        s if s < 500 => "4xx",
        _ => "5xx",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_rpcs_we_serve_become_label_values() {
        assert_eq!(
            known_rpc("/jitgate.v1.RoutingService/GetRoutingConfig"),
            ("jitgate.v1.RoutingService", "GetRoutingConfig")
        );
        assert_eq!(known_rpc("/jitgate.v1.RoutingService/Nope").0, "unknown");
        assert_eq!(known_rpc("/evil.Service/x").0, "unknown");
        assert_eq!(known_rpc("/nothing").0, "unknown");
        assert_eq!(known_rpc("/grpc.health.v1.Health/Check").1, "Check");
    }

    #[test]
    fn a_traceparent_yields_its_trace_id() {
        let mut headers = HeaderMap::new();
        headers.insert(
            "traceparent",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"
                .parse()
                .unwrap(),
        );
        assert_eq!(trace_id_of(&headers), "4bf92f3577b34da6a3ce929d0e0e4736");
        headers.insert("traceparent", "garbage".parse().unwrap());
        assert_eq!(trace_id_of(&headers), "");
    }
}
