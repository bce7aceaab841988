//! One error type for the whole service, and its single projection onto a
//! gRPC status with `google.rpc` details.
//!
//! Domain and storage code return [`Error`] and know nothing about tonic;
//! only [`Error::into_status`] does. Every status carries an `ErrorInfo`
//! (a stable machine-readable reason) and a `RequestInfo` whose request id is
//! also in the server's logs, so a client can quote it (SailPoint's
//! "trackingId").

use std::time::Duration;

use tonic::{Code, Status};
use tonic_types::{ErrorDetails, StatusExt};

/// The `ErrorInfo.domain` of every error jitgate returns.
pub const ERROR_DOMAIN: &str = "jitgate.dev";

/// One invalid field: its path in the request (`workflow.rules[2].name`) and
/// the rule it breaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldViolation {
    pub field: String,
    pub description: String,
}

impl FieldViolation {
    pub fn new(field: impl Into<String>, description: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            description: description.into(),
        }
    }
}

/// Everything that can go wrong in a call, in the terms a client needs.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// The request is invalid; every bad field is listed.
    #[error("invalid request: {}", summarize(.0))]
    InvalidArgument(Vec<FieldViolation>),
    /// No token, or a token that does not verify.
    #[error("{0}")]
    Unauthenticated(String),
    /// A valid caller asking for something their token does not allow.
    #[error("{message}")]
    PermissionDenied { reason: Reason, message: String },
    /// The named object does not exist (or belongs to another org).
    #[error("{0} not found")]
    NotFound(String),
    /// The named object exists already.
    #[error("{0} already exists")]
    AlreadyExists(String),
    /// An optimistic-concurrency check failed; re-read and retry.
    #[error("{0}")]
    Aborted(String),
    /// The store's one conflict error: a conditional write lost its race to
    /// another writer since the attempt read, and wrote nothing.
    /// [`crate::store::read_modify_write`] runs the attempt again; a client
    /// that sees it (ABORTED) re-reads and retries.
    #[error("{0}")]
    Conflict(String),
    /// The request is valid but the system is not in a state to allow it.
    #[error("{message}")]
    FailedPrecondition {
        reason: Reason,
        message: String,
        retry_after: Option<Duration>,
    },
    /// A size limit was exceeded.
    #[error("{0}")]
    ResourceExhausted(String),
    /// A rate limit was exceeded; a call may succeed after `retry_after`.
    #[error("{message}")]
    RateLimited { message: String, retry_after: Duration },
    /// The database (or another dependency) cannot be reached right now.
    #[error("{0}")]
    Unavailable(String),
    /// A bug or an unexpected state; details are in the server log only.
    #[error("{0}")]
    Internal(String),
}

/// Why a call failed, as `ErrorInfo.reason` spells it: the values of the
/// proto enum `jitgate.v1.ErrorReason` (common.proto documents each), so
/// clients can switch on the rule that refused, not only on the code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reason {
    InvalidArgument,
    Unauthenticated,
    PermissionDenied,
    NotAnApprover,
    SelfApprovalNotAllowed,
    ApprovalsExternal,
    OnBehalfOfNotAllowed,
    NotFound,
    AlreadyExists,
    VersionConflict,
    FailedPrecondition,
    RequestNotPending,
    RequestNotGranted,
    GrantNotFloating,
    RequestExpired,
    StepNotCurrent,
    AlreadyDecided,
    CooldownActive,
    EntitlementsDisabled,
    RequestRefused,
    LimitReached,
    UserInUse,
    ResourceExhausted,
    RateLimited,
    Unavailable,
    Internal,
}

impl Reason {
    pub const ALL: [Reason; 26] = [
        Self::InvalidArgument,
        Self::Unauthenticated,
        Self::PermissionDenied,
        Self::NotAnApprover,
        Self::SelfApprovalNotAllowed,
        Self::ApprovalsExternal,
        Self::OnBehalfOfNotAllowed,
        Self::NotFound,
        Self::AlreadyExists,
        Self::VersionConflict,
        Self::FailedPrecondition,
        Self::RequestNotPending,
        Self::RequestNotGranted,
        Self::GrantNotFloating,
        Self::RequestExpired,
        Self::StepNotCurrent,
        Self::AlreadyDecided,
        Self::CooldownActive,
        Self::EntitlementsDisabled,
        Self::RequestRefused,
        Self::LimitReached,
        Self::UserInUse,
        Self::ResourceExhausted,
        Self::RateLimited,
        Self::Unavailable,
        Self::Internal,
    ];

    /// The proto enum value's name, which is the `ErrorInfo.reason`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::InvalidArgument => "INVALID_ARGUMENT",
            Self::Unauthenticated => "UNAUTHENTICATED",
            Self::PermissionDenied => "PERMISSION_DENIED",
            Self::NotAnApprover => "NOT_AN_APPROVER",
            Self::SelfApprovalNotAllowed => "SELF_APPROVAL_NOT_ALLOWED",
            Self::ApprovalsExternal => "APPROVALS_EXTERNAL",
            Self::OnBehalfOfNotAllowed => "ON_BEHALF_OF_NOT_ALLOWED",
            Self::NotFound => "NOT_FOUND",
            Self::AlreadyExists => "ALREADY_EXISTS",
            Self::VersionConflict => "VERSION_CONFLICT",
            Self::FailedPrecondition => "FAILED_PRECONDITION",
            Self::RequestNotPending => "REQUEST_NOT_PENDING",
            Self::RequestNotGranted => "REQUEST_NOT_GRANTED",
            Self::GrantNotFloating => "GRANT_NOT_FLOATING",
            Self::RequestExpired => "REQUEST_EXPIRED",
            Self::StepNotCurrent => "STEP_NOT_CURRENT",
            Self::AlreadyDecided => "ALREADY_DECIDED",
            Self::CooldownActive => "COOLDOWN_ACTIVE",
            Self::EntitlementsDisabled => "ENTITLEMENTS_DISABLED",
            Self::RequestRefused => "REQUEST_REFUSED",
            Self::LimitReached => "LIMIT_REACHED",
            Self::UserInUse => "USER_IN_USE",
            Self::ResourceExhausted => "RESOURCE_EXHAUSTED",
            Self::RateLimited => "RATE_LIMITED",
            Self::Unavailable => "UNAVAILABLE",
            Self::Internal => "INTERNAL",
        }
    }
}

/// Errors quote what the client sent (a field path with a map key, a value
/// that is not allowed) but only a prefix of it: a 1 MB tag key must not
/// come back as a 1 MB status message, which standard gRPC clients refuse
/// as an over-size trailer. These bound what one status can carry.
const MAX_FIELD_CHARS: usize = 256;
const MAX_DESCRIPTION_CHARS: usize = 512;
const MAX_MESSAGE_CHARS: usize = 2048;
/// The most field violations one status lists (a batch of 10,000 bad
/// items reports the first ones).
const MAX_VIOLATIONS: usize = 100;

/// `text` cut to at most `max` characters, marked with `…` when cut.
pub fn clip(text: &str, max: usize) -> String {
    if text.chars().nth(max).is_none() {
        return text.to_string();
    }
    let kept: String = text.chars().take(max.saturating_sub(1)).collect();
    format!("{kept}…")
}

/// How an INVALID_ARGUMENT message starts; the violations follow.
pub const INVALID_REQUEST: &str = "invalid request: ";

/// The message of an INVALID_ARGUMENT listing `violations`, cut to the
/// message limit.
pub fn invalid_request_message(violations: &[FieldViolation]) -> String {
    clip(
        &format!("{INVALID_REQUEST}{}", summarize(violations)),
        MAX_MESSAGE_CHARS,
    )
}

fn summarize(violations: &[FieldViolation]) -> String {
    violations
        .iter()
        .map(|v| format!("{}: {}", v.field, v.description))
        .collect::<Vec<_>>()
        .join("; ")
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn invalid(field: impl Into<String>, description: impl Into<String>) -> Self {
        Self::InvalidArgument(vec![FieldViolation::new(field, description)])
    }

    /// PERMISSION_DENIED for a missing role or another org.
    pub fn denied(message: impl Into<String>) -> Self {
        Self::denied_because(Reason::PermissionDenied, message)
    }

    /// PERMISSION_DENIED for a named rule.
    pub fn denied_because(reason: Reason, message: impl Into<String>) -> Self {
        Self::PermissionDenied {
            reason,
            message: message.into(),
        }
    }

    /// FAILED_PRECONDITION for a named rule, with nothing to wait for.
    pub fn precondition(reason: Reason, message: impl Into<String>) -> Self {
        Self::FailedPrecondition {
            reason,
            message: message.into(),
            retry_after: None,
        }
    }

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

    /// The machine-readable reason (`ErrorInfo.reason`).
    pub fn reason(&self) -> Reason {
        match self {
            Self::InvalidArgument(_) => Reason::InvalidArgument,
            Self::Unauthenticated(_) => Reason::Unauthenticated,
            Self::PermissionDenied { reason, .. } | Self::FailedPrecondition { reason, .. } => *reason,
            Self::NotFound(_) => Reason::NotFound,
            Self::AlreadyExists(_) => Reason::AlreadyExists,
            Self::Aborted(_) | Self::Conflict(_) => Reason::VersionConflict,
            Self::ResourceExhausted(_) => Reason::ResourceExhausted,
            Self::RateLimited { .. } => Reason::RateLimited,
            Self::Unavailable(_) => Reason::Unavailable,
            Self::Internal(_) => Reason::Internal,
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

impl From<sea_orm::DbErr> for Error {
    fn from(err: sea_orm::DbErr) -> Self {
        use sea_orm::DbErr;
        match err {
            DbErr::Conn(_) | DbErr::ConnectionAcquire(_) => {
                Self::Unavailable(format!("the database is unavailable: {err}"))
            }
            // sqlx reports a dropped connection or refused socket as an I/O
            // error inside a query or exec error.
            DbErr::Exec(sea_orm::RuntimeErr::SqlxError(ref e))
            | DbErr::Query(sea_orm::RuntimeErr::SqlxError(ref e))
                if is_connection_error(e) =>
            {
                Self::Unavailable(format!("the database is unavailable: {err}"))
            }
            DbErr::Exec(sea_orm::RuntimeErr::SqlxError(ref e))
            | DbErr::Query(sea_orm::RuntimeErr::SqlxError(ref e))
                if is_outage(e) =>
            {
                Self::Unavailable(format!("the database is unavailable: {err}"))
            }
            other => Self::Internal(format!("database error: {other}")),
        }
    }
}

/// PostgreSQL's SQLSTATE classes for a lost or refused connection (08) and
/// an operator intervention (57P: shutdown, `pg_terminate_backend`,
/// recovery): the call may succeed on a retry, so UNAVAILABLE.
fn is_outage(err: &sea_orm::sqlx::Error) -> bool {
    match err {
        sea_orm::sqlx::Error::Database(db) => db
            .code()
            .is_some_and(|code| code.starts_with("08") || code.starts_with("57P")),
        _ => false,
    }
}

fn is_connection_error(err: &sea_orm::sqlx::Error) -> bool {
    use sea_orm::sqlx::Error as E;
    matches!(
        err,
        E::Io(_) | E::Tls(_) | E::PoolTimedOut | E::PoolClosed | E::WorkerCrashed | E::Protocol(_)
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn reasons_are_the_proto_enums_values() {
        let descriptor = crate::pb::descriptor_pool()
            .get_enum_by_name("jitgate.v1.ErrorReason")
            .expect("ErrorReason in common.proto");
        let proto: Vec<String> = descriptor
            .values()
            .filter(|v| v.number() != 0)
            .map(|v| v.name().to_string())
            .collect();
        let ours: Vec<String> = super::Reason::ALL.iter().map(|r| r.as_str().to_string()).collect();
        assert_eq!(ours, proto, "Reason::ALL follows ErrorReason's values in order");
    }

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
    fn clip_keeps_short_text_and_cuts_long_text_on_a_character() {
        assert_eq!(clip("abc", 3), "abc");
        assert_eq!(clip("abcd", 3), "ab…");
        assert_eq!(clip("ééé", 3), "ééé");
        assert_eq!(clip("éééé", 3), "éé…");
        assert_eq!(clip("", 3), "");
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
