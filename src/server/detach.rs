//! Runs every call's handler on a task of its own, so that a client that
//! goes away (a closed connection, a passed `grpc-timeout`) never interrupts
//! it halfway.
//!
//! Dropping a handler's future in the middle of a transaction could hand its
//! database connection back to the pool still inside that transaction, and
//! the next call to take it failed. Detached, a write that has started runs
//! to its end — committed or rolled back — whatever the client does; a
//! client that retries with the same `request_id` gets the request it filed.
//! A handler that panics answers INTERNAL instead of closing the stream.

use std::{
    future::Future,
    pin::Pin,
    task::{Context, Poll},
};

use http::{Request, Response};
use tower::Service;
use tracing::Instrument;

use crate::middleware::Wrapped;

/// The middleware's state: none.
#[derive(Debug, Clone, Copy, Default)]
pub struct Detach;

impl<S, ReqBody, ResBody> Service<Request<ReqBody>> for Wrapped<S, Detach>
where
    S: Service<Request<ReqBody>, Response = Response<ResBody>>,
    S::Future: Send + 'static,
    S::Error: Send + 'static,
    ResBody: Default + Send + 'static,
{
    type Response = Response<ResBody>;
    type Error = S::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self::Response, Self::Error>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<ReqBody>) -> Self::Future {
        let handler = tokio::spawn(self.inner.call(request).in_current_span());
        Box::pin(async move {
            match handler.await {
                Ok(answer) => answer,
                Err(failure) => {
                    tracing::error!(error = %failure, "a call's handler panicked");
                    Ok(tonic::Status::internal("internal error: the handler failed").into_http())
                }
            }
        })
    }
}
