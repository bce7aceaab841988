//! The edge's projection of [`Error`] onto a gRPC status: the code, and
//! the `google.rpc` details every status carries — `ErrorInfo` (the
//! machine-readable reason), `RequestInfo` (the request id, also in the
//! server's logs, so a client can quote it: SailPoint's "trackingId"),
//! `BadRequest` for invalid input and `RetryInfo` where waiting helps.

use std::time::Duration;

use tonic::{Code, Status};
use tonic_types::{ErrorDetails, StatusExt};

use crate::error::{
    ERROR_DOMAIN, Error, FieldViolation, MAX_DESCRIPTION_CHARS, MAX_FIELD_CHARS, MAX_MESSAGE_CHARS, MAX_VIOLATIONS,
    clip, invalid_request_message,
};

impl Error {
    /// The gRPC code, the HTTP projection's source of truth too.
    pub fn code(&self) -> Code {
        match self {
            Self::InvalidArgument(_) => Code::InvalidArgument,
            Self::Unauthenticated(_) => Code::Unauthenticated,
            Self::PermissionDenied { .. } => Code::PermissionDenied,
            Self::NotFound(_) => Code::NotFound,
            Self::AlreadyExists(_) => Code::AlreadyExists,
            Self::Aborted(_) | Self::Conflict(_) => Code::Aborted,
            Self::FailedPrecondition { .. } => Code::FailedPrecondition,
            Self::ResourceExhausted(_) | Self::RateLimited { .. } => Code::ResourceExhausted,
            Self::Unavailable(_) => Code::Unavailable,
            Self::Internal(_) => Code::Internal,
        }
    }

    /// Projects the error onto a gRPC status, with `BadRequest`, `ErrorInfo`,
    /// `RequestInfo` and (when there is a delay to wait) `RetryInfo` details.
    pub fn into_status(self, request_id: &str) -> Status {
        if let Self::Internal(detail) = &self {
            // The client gets the request id; the log gets the detail.
            tracing::error!(request_id, error = %detail, "internal error");
        }
        // What the client sent is quoted once, cut, in the details and the message.
        let shown: Vec<FieldViolation> = match &self {
            Self::InvalidArgument(violations) => violations
                .iter()
                .take(MAX_VIOLATIONS)
                .map(|v| {
                    FieldViolation::new(
                        clip(&v.field, MAX_FIELD_CHARS),
                        clip(&v.description, MAX_DESCRIPTION_CHARS),
                    )
                })
                .collect(),
            _ => Vec::new(),
        };
        let mut details = ErrorDetails::new();
        for v in &shown {
            details.add_bad_request_violation(v.field.clone(), v.description.clone());
        }
        details.set_error_info(self.reason().as_str(), ERROR_DOMAIN, std::collections::HashMap::new());
        details.set_request_info(request_id, "");
        let retry_after = match &self {
            Self::FailedPrecondition { retry_after, .. } => *retry_after,
            Self::RateLimited { retry_after, .. } => Some(*retry_after),
            Self::Unavailable(_) => Some(Duration::from_secs(1)),
            _ => None,
        };
        if let Some(delay) = retry_after {
            details.set_retry_info(Some(delay));
        }
        let message = match &self {
            Self::Internal(_) => format!("internal error (request id {request_id})"),
            Self::InvalidArgument(_) => invalid_request_message(&shown),
            other => clip(&other.to_string(), MAX_MESSAGE_CHARS),
        };
        Status::with_error_details(self.code(), message, details)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_argument_lists_every_field_as_a_bad_request_violation() {
        let err = Error::InvalidArgument(vec![
            FieldViolation::new("a", "must not be empty"),
            FieldViolation::new("b.c", "must be at least 0"),
        ]);
        let status = err.into_status("req-1");
        assert_eq!(status.code(), Code::InvalidArgument);
        let details = status.get_error_details();
        let bad = details.bad_request().expect("BadRequest detail");
        let fields: Vec<_> = bad.field_violations.iter().map(|v| v.field.as_str()).collect();
        assert_eq!(fields, ["a", "b.c"]);
        assert_eq!(details.request_info().unwrap().request_id, "req-1");
        assert_eq!(details.error_info().unwrap().domain, ERROR_DOMAIN);
    }

    #[test]
    fn echoed_input_is_cut_to_a_short_prefix() {
        let key = "k".repeat(1_000_000);
        let violations = (0..500)
            .map(|_| FieldViolation::new(format!("tags[{key}]"), format!("{key} is bad")))
            .collect();
        let status = Error::InvalidArgument(violations).into_status("r1");
        assert!(status.message().len() <= 3 * 2048, "{}", status.message().len());
        let details = status.get_error_details();
        let bad = details.bad_request().unwrap();
        assert_eq!(bad.field_violations.len(), 100);
        assert!(bad.field_violations[0].field.chars().count() <= 256);
        assert!(bad.field_violations[0].description.chars().count() <= 512);
        assert!(bad.field_violations[0].field.starts_with("tags[kkk"));
        let status = Error::NotFound(format!("access request {key}")).into_status("r1");
        assert!(status.message().chars().count() <= 2048);
    }

    #[test]
    fn internal_errors_hide_their_detail_from_the_client() {
        let status = Error::Internal("secret table name".into()).into_status("req-2");
        assert!(!status.message().contains("secret"));
        assert!(status.message().contains("req-2"));
    }

    #[test]
    fn unavailable_carries_a_retry_delay() {
        let status = Error::Unavailable("db down".into()).into_status("r");
        assert_eq!(status.code(), Code::Unavailable);
        assert!(status.get_error_details().retry_info().is_some());
    }
}
