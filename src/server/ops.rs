//! What load balancers and Prometheus ask, without a token: `GET /healthz`
//! (the process answers), `GET /readyz` (the database answers and every
//! migration is applied; 503 otherwise) and `GET /metrics` (the Prometheus
//! text format). Answered before the access log and the REST layer, so
//! probes every few seconds neither fill the log nor count as calls.

use std::{
    pin::Pin,
    sync::Arc,
    task::{Context, Poll},
};

use bytes::Bytes;
use http::{HeaderValue, Method, Request, Response, StatusCode, header};
use http_body_util::Full;
use tonic::body::Body;
use tower::Service;

use crate::{middleware::Wrapped, store::Store, telemetry::Metrics};

const METRICS_CONTENT_TYPE: &str = "application/openmetrics-text; version=1.0.0; charset=utf-8";

#[derive(Clone)]
pub struct Ops {
    store: Arc<dyn Store>,
    metrics: Arc<Metrics>,
}

impl Ops {
    pub fn new(store: Arc<dyn Store>, metrics: Arc<Metrics>) -> Self {
        Self { store, metrics }
    }

    /// The answer to `path`, if it is one of ours.
    pub async fn answer(&self, method: &Method, path: &str) -> Option<Response<Body>> {
        if !matches!(*method, Method::GET | Method::HEAD) {
            return None;
        }
        let (status, content_type, body) = match path {
            "/healthz" => (StatusCode::OK, "text/plain; charset=utf-8", "ok\n".to_string()),
            "/readyz" => match self.store.ready().await {
                Ok(()) => (StatusCode::OK, "text/plain; charset=utf-8", "ready\n".to_string()),
                Err(e) => (
                    StatusCode::SERVICE_UNAVAILABLE,
                    "text/plain; charset=utf-8",
                    format!("not ready: {e}\n"),
                ),
            },
            "/metrics" => {
                if let Some((in_use, idle)) = self.store.pool_connections() {
                    self.metrics.pool(in_use, idle);
                }
                (StatusCode::OK, METRICS_CONTENT_TYPE, self.metrics.render())
            }
            _ => return None,
        };
        let body = if *method == Method::HEAD { String::new() } else { body };
        let mut response = Response::new(Body::new(Full::new(Bytes::from(body))));
        *response.status_mut() = status;
        response
            .headers_mut()
            .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        Some(response)
    }
}

impl<S, ReqBody> Service<Request<ReqBody>> for Wrapped<S, Ops>
where
    S: Service<Request<ReqBody>, Response = Response<Body>> + Clone + Send + 'static,
    S::Future: Send + 'static,
    ReqBody: Send + 'static,
{
    type Response = Response<Body>;
    type Error = S::Error;
    type Future = Pin<Box<dyn std::future::Future<Output = Result<Response<Body>, S::Error>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<ReqBody>) -> Self::Future {
        let path = request.uri().path();
        if !matches!(path, "/healthz" | "/readyz" | "/metrics") {
            return Box::pin(self.inner.call(request));
        }
        let ops = self.state.clone();
        let method = request.method().clone();
        let path = path.to_string();
        // The clone that was polled ready serves a request we pass on.
        let fresh = self.inner.clone();
        let mut ready = std::mem::replace(&mut self.inner, fresh);
        Box::pin(async move {
            match ops.answer(&method, &path).await {
                Some(response) => Ok(response),
                None => ready.call(request).await,
            }
        })
    }
}
