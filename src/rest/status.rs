//! gRPC statuses as grpc-gateway answers them over HTTP: its status table,
//! and its error body `{"code", "message", "details"}` with each detail a
//! `google.rpc` message carrying its `@type`.
//!
//! The table is the HTTP side of [`crate::error::Error::code`]: handlers only
//! choose a gRPC code, and this is the one place that code becomes an HTTP
//! status.

use std::time::Duration;

use http::{HeaderValue, StatusCode, header};
use prost_reflect::{DescriptorPool, DynamicMessage};
use serde_json::{Value, json};
use tonic::Code;
use tonic_types::StatusExt;

use super::json::to_json;

/// grpc-gateway's `HTTPStatusFromCode`.
pub fn http_status(code: Code) -> StatusCode {
    match code {
        Code::Ok => StatusCode::OK,
        // nginx's "client closed request"; grpc-gateway uses it too.
        Code::Cancelled => StatusCode::from_u16(499).unwrap_or(StatusCode::BAD_REQUEST),
        Code::Unknown | Code::Internal | Code::DataLoss => StatusCode::INTERNAL_SERVER_ERROR,
        Code::InvalidArgument | Code::FailedPrecondition | Code::OutOfRange => StatusCode::BAD_REQUEST,
        Code::DeadlineExceeded => StatusCode::GATEWAY_TIMEOUT,
        Code::NotFound => StatusCode::NOT_FOUND,
        Code::AlreadyExists | Code::Aborted => StatusCode::CONFLICT,
        Code::PermissionDenied => StatusCode::FORBIDDEN,
        Code::Unauthenticated => StatusCode::UNAUTHORIZED,
        Code::ResourceExhausted => StatusCode::TOO_MANY_REQUESTS,
        Code::Unimplemented => StatusCode::NOT_IMPLEMENTED,
        Code::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
    }
}

/// An HTTP error answer: its status, extra headers and JSON body.
#[derive(Debug)]
pub struct ErrorReply {
    pub status: StatusCode,
    pub headers: Vec<(header::HeaderName, HeaderValue)>,
    pub body: Value,
}

/// The reply for a failed call, with its status from the table.
pub fn error_reply(status: &tonic::Status, pool: &DescriptorPool) -> ErrorReply {
    error_reply_with(http_status(status.code()), status, pool)
}

/// The reply for a failed call with a chosen HTTP status; for the failures
/// that happen before any RPC is chosen (404 and 405 of unknown paths).
pub fn error_reply_with(http: StatusCode, status: &tonic::Status, pool: &DescriptorPool) -> ErrorReply {
    let mut headers = Vec::new();
    if http == StatusCode::UNAUTHORIZED {
        headers.push((header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer")));
    }
    if matches!(http, StatusCode::TOO_MANY_REQUESTS | StatusCode::SERVICE_UNAVAILABLE) {
        // A 429 always says when to come back (RFC 6585): the RetryInfo
        // delay when the server gave one, else one second.
        let delay = status.get_error_details().retry_info().and_then(|r| r.retry_delay);
        if delay.is_some() || http == StatusCode::TOO_MANY_REQUESTS {
            let seconds = retry_after_seconds(delay.unwrap_or(Duration::from_secs(1)));
            headers.push((header::RETRY_AFTER, HeaderValue::from(seconds)));
        }
    }
    ErrorReply {
        status: http,
        headers,
        body: json!({
            "code": status.code() as i32,
            "message": status.message(),
            "details": details_json(status.details(), pool),
        }),
    }
}

/// Whole seconds, rounded up: a client that waits less would be early.
fn retry_after_seconds(delay: Duration) -> u64 {
    delay.as_secs() + u64::from(delay.subsec_nanos() > 0)
}

/// The details of a status (`grpc-status-details-bin`, a `google.rpc.Status`)
/// as JSON `Any`s, each with its `@type`.
fn details_json(details: &[u8], pool: &DescriptorPool) -> Value {
    let Some(descriptor) = pool.get_message_by_name("google.rpc.Status") else {
        return json!([]);
    };
    match DynamicMessage::decode(descriptor, details) {
        Ok(message) => to_json(&message)
            .get_mut("details")
            .map(Value::take)
            .unwrap_or(json!([])),
        Err(_) => json!([]),
    }
}

#[cfg(test)]
mod tests {
    use tonic_types::ErrorDetails;

    use super::*;
    use crate::{error::Error, rest::table::Table};

    #[test]
    fn the_status_table_is_grpc_gateways() {
        let table = [
            (Code::Ok, 200),
            (Code::Cancelled, 499),
            (Code::Unknown, 500),
            (Code::InvalidArgument, 400),
            (Code::DeadlineExceeded, 504),
            (Code::NotFound, 404),
            (Code::AlreadyExists, 409),
            (Code::PermissionDenied, 403),
            (Code::ResourceExhausted, 429),
            (Code::FailedPrecondition, 400),
            (Code::Aborted, 409),
            (Code::OutOfRange, 400),
            (Code::Unimplemented, 501),
            (Code::Internal, 500),
            (Code::Unavailable, 503),
            (Code::DataLoss, 500),
            (Code::Unauthenticated, 401),
        ];
        for (code, http) in table {
            assert_eq!(http_status(code).as_u16(), http, "{code:?}");
        }
    }

    #[test]
    fn details_are_google_rpc_messages_with_their_type() {
        let table = Table::jitgate().unwrap();
        let status = Error::invalid("access_flow.name", "is required").into_status("req-9");
        let reply = error_reply(&status, table.pool());
        assert_eq!(reply.status, StatusCode::BAD_REQUEST);
        assert_eq!(reply.body["code"], 3);
        let details = reply.body["details"].as_array().unwrap();
        let types: Vec<_> = details.iter().map(|d| d["@type"].as_str().unwrap()).collect();
        assert!(
            types.contains(&"type.googleapis.com/google.rpc.BadRequest"),
            "{types:?}"
        );
        assert!(
            types.contains(&"type.googleapis.com/google.rpc.RequestInfo"),
            "{types:?}"
        );
        let bad = details
            .iter()
            .find(|d| d["@type"].as_str().unwrap().ends_with("BadRequest"))
            .unwrap();
        assert_eq!(bad["fieldViolations"][0]["field"], "access_flow.name");
    }

    #[test]
    fn unauthenticated_asks_for_a_bearer_token() {
        let table = Table::jitgate().unwrap();
        let reply = error_reply(&tonic::Status::unauthenticated("no token"), table.pool());
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
        assert!(
            reply
                .headers
                .contains(&(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer")))
        );
        assert_eq!(reply.body, json!({"code": 16, "message": "no token", "details": []}));
    }

    #[test]
    fn resource_exhausted_says_when_to_retry() {
        let table = Table::jitgate().unwrap();
        let mut details = ErrorDetails::new();
        details.set_retry_info(Some(Duration::from_millis(2500)));
        let status = tonic::Status::with_error_details(Code::ResourceExhausted, "slow down", details);
        let reply = error_reply(&status, table.pool());
        assert_eq!(reply.status, StatusCode::TOO_MANY_REQUESTS);
        assert!(reply.headers.contains(&(header::RETRY_AFTER, HeaderValue::from(3u64))));

        let reply = error_reply(&tonic::Status::resource_exhausted("too big"), table.pool());
        assert!(reply.headers.contains(&(header::RETRY_AFTER, HeaderValue::from(1u64))));
    }
}
