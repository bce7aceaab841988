//! The authentication layer: one tower layer in front of every jitgate RPC,
//! whatever transport it arrived on.
//!
//! Calls to `/jitgate.*` must carry `authorization: Bearer <jwt>`; the
//! verified [`Principal`] is inserted into the request extensions, where
//! handlers find it. Health checks and reflection are deliberately open so
//! load balancers and grpcurl work without credentials.

use std::sync::Arc;

use http::{HeaderMap, Request, Response};
use tonic::body::Body;
use tower_http::{
    request_id::RequestId,
    validate_request::{ValidateRequest, ValidateRequestHeaderLayer},
};

use super::{Principal, jwt::TokenVerifier};
use crate::error::{Error, Result};

/// Path prefix of the calls that require a token.
const PROTECTED_PREFIX: &str = "/jitgate.";

/// The layer in front of the routes: tower-http's request validation with
/// [`Authenticate`] as its rule.
pub type AuthLayer = ValidateRequestHeaderLayer<Authenticate>;

/// The authentication layer, verifying tokens with `verifier`.
pub fn layer(verifier: Arc<TokenVerifier>) -> AuthLayer {
    ValidateRequestHeaderLayer::custom(Authenticate { verifier })
}

/// Verifies the token of every protected call and hands the handlers its
/// [`Principal`]; a call without a valid one is answered UNAUTHENTICATED
/// before it reaches a route.
#[derive(Clone)]
pub struct Authenticate {
    verifier: Arc<TokenVerifier>,
}

impl<B> ValidateRequest<B> for Authenticate {
    type ResponseBody = Body;

    fn validate(&mut self, request: &mut Request<B>) -> std::result::Result<(), Response<Body>> {
        if !request.uri().path().starts_with(PROTECTED_PREFIX) {
            return Ok(());
        }
        match authenticate(&self.verifier, request.headers()) {
            Ok(principal) => {
                let span = tracing::Span::current();
                span.record("jitgate.subject", principal.subject.as_str());
                span.record("jitgate.org", principal.org.as_str());
                crate::telemetry::access::CallSlot::caller(request.extensions(), &principal.org, &principal.subject);
                request.extensions_mut().insert(principal);
                Ok(())
            }
            Err(error) => {
                let request_id = request_id_of(request);
                tracing::info!(request_id, path = request.uri().path(), %error, "unauthenticated call");
                Err(error.into_status(&request_id).into_http())
            }
        }
    }
}

/// Extracts and verifies the Bearer token of a request.
pub fn authenticate(verifier: &TokenVerifier, headers: &HeaderMap) -> Result<Principal> {
    let value = headers
        .get(http::header::AUTHORIZATION)
        .ok_or_else(|| Error::Unauthenticated("missing authorization: Bearer <token>".into()))?;
    let value = value
        .to_str()
        .map_err(|_| Error::Unauthenticated("the authorization header is not valid text".into()))?;
    let token = value
        .strip_prefix("Bearer ")
        .or_else(|| value.strip_prefix("bearer "))
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .ok_or_else(|| Error::Unauthenticated("the authorization header must be \"Bearer <token>\"".into()))?;
    verifier.verify(token)
}

/// The request id that the request-id layer (outside this one) assigned.
pub fn request_id_of<B>(request: &Request<B>) -> String {
    request_id_of_extensions(request.extensions())
}

/// The request id among a request's extensions, or "" if none was assigned.
pub fn request_id_of_extensions(extensions: &http::Extensions) -> String {
    extensions
        .get::<RequestId>()
        .and_then(|id| id.header_value().to_str().ok())
        .unwrap_or_default()
        .to_string()
}
