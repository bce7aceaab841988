//! One error type for the whole service: what went wrong, in the terms a
//! client needs, with a machine-readable [`Reason`]. It knows neither tonic
//! nor the database: the gRPC projection (`Error::into_status`, with its
//! `google.rpc` details) lives at the edge in `server::status`, and the
//! mapping of database errors in the store (`store::sea::db_error`).

use std::time::Duration;

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
pub(crate) const MAX_FIELD_CHARS: usize = 256;
pub(crate) const MAX_DESCRIPTION_CHARS: usize = 512;
pub(crate) const MAX_MESSAGE_CHARS: usize = 2048;
/// The most field violations one status lists (a batch of 10,000 bad
/// items reports the first ones).
pub(crate) const MAX_VIOLATIONS: usize = 100;

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
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let ours: Vec<String> = Reason::ALL.iter().map(|r| r.as_str().to_string()).collect();
        assert_eq!(ours, proto, "Reason::ALL follows ErrorReason's values in order");
    }

    #[test]
    fn clip_keeps_short_text_and_cuts_long_text_on_a_character() {
        assert_eq!(clip("abc", 3), "abc");
        assert_eq!(clip("abcd", 3), "ab…");
        assert_eq!(clip("ééé", 3), "ééé");
        assert_eq!(clip("éééé", 3), "éé…");
        assert_eq!(clip("", 3), "");
    }
}
