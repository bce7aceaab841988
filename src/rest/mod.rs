//! The REST surface: grpc-gateway semantics, transcoded from the
//! `google.api.http` annotations, on the gRPC port.
//!
//! [`RestLayer`] sits outside the tracing and auth layers. A request whose
//! content type is `application/grpc*` passes straight through; any other
//! request is matched against the route table, turned into the RPC's
//! request message, and sent as a real gRPC call into the same layered
//! service. Authentication, tenancy, tracing and request ids therefore have
//! one implementation for both surfaces (decision 0011).

pub mod call;
pub mod json;
pub mod request;
pub mod status;
pub mod stream;
pub mod table;
pub mod template;

use std::{
    sync::Arc,
    task::{Context, Poll},
};

use bytes::Bytes;
use futures_util::future::BoxFuture;
use http::{HeaderValue, Method, Request, Response, StatusCode, header};
use http_body_util::{BodyExt, Full, LengthLimitError, Limited};
use prost::Message;
use prost_reflect::DynamicMessage;
use tonic::{Code, Status, body::Body, codegen::StdError};
use tower::{Layer, Service};

use self::{
    status::{ErrorReply, error_reply, error_reply_with},
    table::{Lookup, Route, Table},
};
use crate::auth::layer::request_id_of;

/// The layer that serves REST in front of the gRPC stack.
#[derive(Clone)]
pub struct RestLayer {
    shared: Arc<Shared>,
}

struct Shared {
    table: Table,
    /// The largest request body accepted, as for gRPC messages.
    max_body_bytes: usize,
}

impl RestLayer {
    /// The layer for jitgate's own protos; fails only if an annotation is
    /// malformed, which the route table's tests catch first.
    pub fn new(max_body_bytes: usize) -> Result<Self, table::TableError> {
        Ok(Self {
            shared: Arc::new(Shared {
                table: Table::jitgate()?,
                max_body_bytes,
            }),
        })
    }
}

impl<S> Layer<S> for RestLayer {
    type Service = Rest<S>;

    fn layer(&self, inner: S) -> Self::Service {
        Rest {
            inner,
            shared: self.shared.clone(),
        }
    }
}

/// The service [`RestLayer`] wraps around the gRPC stack.
#[derive(Clone)]
pub struct Rest<S> {
    inner: S,
    shared: Arc<Shared>,
}

impl<S, ResBody> Service<Request<Body>> for Rest<S>
where
    S: Service<Request<Body>, Response = Response<ResBody>> + Clone + Send + 'static,
    S::Future: Send + 'static,
    S::Error: Into<StdError> + Send + 'static,
    ResBody: http_body::Body<Data = Bytes> + Send + 'static,
    ResBody::Error: Into<StdError>,
{
    type Response = Response<Body>;
    type Error = S::Error;
    type Future = BoxFuture<'static, Result<Response<Body>, S::Error>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<Body>) -> Self::Future {
        if is_grpc(&request) {
            let call = self.inner.call(request);
            return Box::pin(async move { call.await.map(|response| response.map(Body::new)) });
        }
        // The clone that was polled ready serves this request; the fresh
        // clone waits for the next poll_ready.
        let fresh = self.inner.clone();
        let ready = std::mem::replace(&mut self.inner, fresh);
        let shared = self.shared.clone();
        Box::pin(async move { Ok(serve(&shared, ready, request).await) })
    }
}

fn is_grpc<B>(request: &Request<B>) -> bool {
    request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/grpc"))
}

/// Answers one REST request; every failure is an HTTP answer, never an
/// error of the service.
async fn serve<S, ResBody>(shared: &Shared, inner: S, request: Request<Body>) -> Response<Body>
where
    S: Service<Request<Body>, Response = Response<ResBody>> + Send + 'static,
    S::Future: Send + 'static,
    S::Error: Into<StdError> + Send + 'static,
    ResBody: http_body::Body<Data = Bytes> + Send + 'static,
    ResBody::Error: Into<StdError>,
{
    let request_id = request_id_of(&request);
    let method = request.method().clone();
    let path = request.uri().path().to_string();
    let mut response = match transcode(shared, inner, request, &request_id).await {
        Ok(response) => response,
        Err(reply) => {
            tracing::debug!(request_id, %method, path, status = reply.status.as_u16(), "REST request refused");
            reply_response(reply)
        }
    };
    if let Ok(value) = HeaderValue::from_str(&request_id) {
        response.headers_mut().insert("x-request-id", value);
    }
    response
}

async fn transcode<S, ResBody>(
    shared: &Shared,
    inner: S,
    request: Request<Body>,
    request_id: &str,
) -> Result<Response<Body>, ErrorReply>
where
    S: Service<Request<Body>, Response = Response<ResBody>> + Send + 'static,
    S::Future: Send + 'static,
    S::Error: Into<StdError> + Send + 'static,
    ResBody: http_body::Body<Data = Bytes> + Send + 'static,
    ResBody::Error: Into<StdError>,
{
    let pool = shared.table.pool();
    let (parts, body) = request.into_parts();
    let (route, values) = match shared.table.lookup(&parts.method, parts.uri.path()) {
        Lookup::Found(route, values) => (route.clone(), values),
        Lookup::NotFound => {
            let status = Status::not_found(format!("no REST route for {} {}", parts.method, parts.uri.path()));
            return Err(error_reply_with(StatusCode::NOT_FOUND, &status, pool));
        }
        Lookup::MethodNotAllowed(allowed) => {
            let status = Status::new(Code::Unimplemented, "Method Not Allowed");
            let mut reply = error_reply_with(StatusCode::METHOD_NOT_ALLOWED, &status, pool);
            let allow = allowed.iter().map(Method::as_str).collect::<Vec<_>>().join(", ");
            if let Ok(value) = HeaderValue::from_str(&allow) {
                reply.headers.push((header::ALLOW, value));
            }
            return Err(reply);
        }
    };

    let body = read_body(body, shared.max_body_bytes, pool).await?;
    let message = request::build(&route, &values, parts.uri.query(), &body)
        .map_err(|e| error_reply(&e.into_status(request_id), pool))?;
    let framing = stream::Framing::for_request(&parts.headers);
    let metadata = call::metadata_from(parts.headers);
    let encoded = Bytes::from(message.encode_to_vec());

    if route.rpc.is_server_streaming() {
        let messages = call::server_streaming(inner, &route.grpc_path(), metadata, parts.extensions, encoded)
            .await
            .map_err(|status| error_reply(&status, pool))?;
        let printer = stream::Printer {
            framing,
            output: route.output(),
            response_body: route.response_body.clone(),
            pool: pool.clone(),
        };
        return Ok(stream::respond(messages, printer));
    }

    let reply = call::unary(inner, &route.grpc_path(), metadata, parts.extensions, encoded)
        .await
        .map_err(|status| error_reply(&status, pool))?;
    unary_response(&route, reply).map_err(|status| error_reply(&status, pool))
}

/// The body, refused with 413 past the size limit that gRPC messages have
/// too (the code is RESOURCE_EXHAUSTED, as for an oversized gRPC message).
async fn read_body(body: Body, limit: usize, pool: &prost_reflect::DescriptorPool) -> Result<Bytes, ErrorReply> {
    match Limited::new(body, limit).collect().await {
        Ok(collected) => Ok(collected.to_bytes()),
        Err(error) if error.downcast_ref::<LengthLimitError>().is_some() => {
            let status = Status::resource_exhausted(format!("the request body is larger than {limit} bytes"));
            Err(error_reply_with(StatusCode::PAYLOAD_TOO_LARGE, &status, pool))
        }
        Err(error) => Err(error_reply(
            &Status::invalid_argument(format!("the request body could not be read: {error}")),
            pool,
        )),
    }
}

/// The HTTP answer of a successful unary call: the response message (or its
/// `response_body` field) as JSON; for DELETE, 204 with no body, as the
/// seed APIs document.
fn unary_response(route: &Route, reply: Bytes) -> Result<Response<Body>, Status> {
    let message = DynamicMessage::decode(route.output(), reply)
        .map_err(|_| Status::internal("the response message does not decode"))?;
    if route.method == Method::DELETE {
        let mut response = Response::new(Body::default());
        *response.status_mut() = StatusCode::NO_CONTENT;
        return Ok(response);
    }
    let json = json::response_json(&message, route.response_body.as_ref());
    Ok(json_response(StatusCode::OK, Bytes::from(json.to_string())))
}

fn json_response(status: StatusCode, body: Bytes) -> Response<Body> {
    let mut response = Response::new(Body::new(Full::new(body)));
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    response
}

fn reply_response(reply: ErrorReply) -> Response<Body> {
    let mut response = json_response(reply.status, Bytes::from(reply.body.to_string()));
    for (name, value) in reply.headers {
        response.headers_mut().insert(name, value);
    }
    response
}
