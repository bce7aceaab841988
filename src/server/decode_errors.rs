//! Gives tonic's request-decoding failures the status codes the rest of the
//! gRPC ecosystem uses, so clients can classify them:
//!
//! - an over-size message: tonic says OUT_OF_RANGE; gRPC's status-code guide,
//!   grpc-go and grpc-java say RESOURCE_EXHAUSTED;
//! - bytes that are not a valid protobuf message: tonic says INTERNAL (which
//!   reads as "server bug, retry"); it is the client's INVALID_ARGUMENT.
//!
//! Tonic rejects such a request before any handler runs, with a trailers-only
//! response, so rewriting its status headers is enough. The messages matched
//! are tonic's own; `tests/processes/faults.rs` sends both kinds of bad request through
//! a real server, so a tonic upgrade that changes them fails loudly.

use http::Response;
use tonic::Status;

/// The start of tonic's message for an over-size request (OUT_OF_RANGE).
const TONIC_TOO_LARGE: &str = "Error, decoded message length too large";
/// The start of tonic-prost's message for undecodable bytes (INTERNAL).
const TONIC_UNDECODABLE: &str = "failed to decode Protobuf message";

/// Rewrites the status of a tonic decoding failure (the server maps every
/// response through it); any other response passes unchanged.
pub fn rewrite<B>(mut response: Response<B>) -> Response<B> {
    let headers = response.headers_mut();
    let code = headers
        .get("grpc-status")
        .and_then(|c| c.to_str().ok())
        .unwrap_or_default();
    let message = percent_decode(
        headers
            .get("grpc-message")
            .and_then(|m| m.to_str().ok())
            .unwrap_or_default(),
    );
    let replacement = if code == "11" && message.starts_with(TONIC_TOO_LARGE) {
        let detail = message[TONIC_TOO_LARGE.len()..].trim_start_matches(':').trim();
        Some(Status::resource_exhausted(format!(
            "the request message is too large ({detail})"
        )))
    } else if code == "13" && message.starts_with(TONIC_UNDECODABLE) {
        Some(Status::invalid_argument(format!(
            "the request is not a valid protobuf message: {message}"
        )))
    } else {
        None
    };
    if let Some(status) = replacement {
        headers.remove("grpc-status");
        headers.remove("grpc-message");
        // Writing a fresh status's headers cannot fail for a plain-text message.
        let _ = status.add_header(headers);
    }
    response
}

/// grpc-message is percent-encoded (gRPC over HTTP/2 spec).
fn percent_decode(text: &str) -> String {
    percent_encoding::percent_decode_str(text)
        .decode_utf8_lossy()
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::HeaderValue;

    fn response(status: &str, message: &str) -> Response<()> {
        let mut r = Response::new(());
        r.headers_mut()
            .insert("grpc-status", HeaderValue::from_str(status).unwrap());
        r.headers_mut()
            .insert("grpc-message", HeaderValue::from_str(message).unwrap());
        r
    }

    #[test]
    fn tonics_too_large_becomes_resource_exhausted() {
        let r = rewrite(response(
            "11",
            "Error,%20decoded%20message%20length%20too%20large:%20found%205000000%20bytes,%20the%20limit%20is:%204194304%20bytes",
        ));
        assert_eq!(r.headers()["grpc-status"], "8");
        let message = percent_decode(r.headers()["grpc-message"].to_str().unwrap());
        assert!(message.contains("too large"), "{message}");
        assert!(message.contains("4194304"), "{message}");
    }

    #[test]
    fn other_statuses_pass_unchanged() {
        let r = rewrite(response("11", "index out of range"));
        assert_eq!(r.headers()["grpc-status"], "11");
        let r = rewrite(response("3", "Error,%20decoded%20message%20length%20too%20large"));
        assert_eq!(r.headers()["grpc-status"], "3");
        let r = rewrite(response("13", "internal error (request id x)"));
        assert_eq!(r.headers()["grpc-status"], "13");
    }

    #[test]
    fn undecodable_bytes_become_invalid_argument() {
        let r = rewrite(response(
            "13",
            "failed%20to%20decode%20Protobuf%20message:%20invalid%20wire%20type",
        ));
        assert_eq!(r.headers()["grpc-status"], "3");
        assert!(percent_decode(r.headers()["grpc-message"].to_str().unwrap()).contains("invalid wire type"));
    }
}
