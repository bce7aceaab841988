//! The count and length bounds the `api` decoders put on what a client
//! sends, in one place, so a reader finds every limit of an area together
//! (docs/spec.md §9 lists them for clients). The text limits at the top
//! hold for the same kind of value on every RPC, so a name or a user id
//! accepted by one service is accepted by the others; each area's own
//! counts and lengths follow in its module.
//!
//! Bounds that are rules of the domain stay there: spans and timestamps
//! (`domain::bounds`), paging and filter values (`domain::pagination`),
//! reminders and durations (`domain::request_config`). So do bounds of one
//! call that no decoder here checks: BatchCheckAccess's resources and the
//! event list's page (`services::access_request`), a simulation's budget
//! (`services::policy::simulate`), and `x-request-id` (`server`).

/// The longest name or id a client chooses (a rule, flow or group name, an
/// integration, service, resource type, permission, tag key or role), in
/// characters.
pub const MAX_NAME_CHARS: usize = 255;
/// The longest user id or email address (RFC 5321's path limit).
pub const MAX_USER_ID_CHARS: usize = 320;
/// The longest resource id (an ARN, a path), in characters.
pub const MAX_RESOURCE_ID_CHARS: usize = 1024;

/// An access request's body (CreateAccessRequest, EvaluateAccessRequest)
/// and a transition's comment.
pub mod access_request {
    /// The longest client-chosen request id (the idempotency key).
    pub const MAX_CLIENT_REQUEST_ID_CHARS: usize = 128;
    /// The most tags one requested resource may carry.
    pub const MAX_TAGS: usize = 100;
    /// The longest tag value, in characters.
    pub const MAX_TAG_VALUE_CHARS: usize = 1024;
    /// The most permissions one requested resource may list.
    pub const MAX_PERMISSIONS: usize = 100;
    /// The longest justification, name or comment, in characters.
    pub const MAX_TEXT_CHARS: usize = 4096;
    /// The shortest name a client gives (an empty one is derived).
    pub const MIN_NAME_CHARS: usize = 4;
}

/// An access flow (create, update, PATCH).
pub mod access_flow {
    /// The longest flow id a request may name (ours are 36-character UUIDs).
    pub const MAX_ID_CHARS: usize = 64;
    /// The most grantees one flow may list.
    pub const MAX_GRANTEES: usize = 500;
    /// The most approvers one flow may list.
    pub const MAX_APPROVERS: usize = 100;
    /// The most integration targets, and separately bundle targets, of a flow.
    pub const MAX_TARGETS: usize = 100;
    /// The most tags in one target's includes, and separately its excludes.
    pub const MAX_TAGS: usize = 50;
    /// The most permissions one target may list.
    pub const MAX_PERMISSIONS: usize = 100;
    /// The longest grant: 365 days.
    pub const MAX_REVOKE_AFTER_SECONDS: u32 = 365 * 24 * 60 * 60;
    /// The most paths one `update_mask` may name; there are only nine fields.
    pub const MAX_MASK_PATHS: usize = 20;
}

/// A routing rule (the org's rule count is a server flag,
/// [`OrgLimits`](crate::domain::limits::OrgLimits)).
pub mod routing {
    /// The most approval paths one rule may list.
    pub const MAX_APPROVALS: usize = 20;
    /// The most filters one resource may carry.
    pub const MAX_FILTERS: usize = 50;
    /// The most services one approval may list.
    pub const MAX_SERVICES: usize = 100;
    /// The longest regular expression, in characters.
    pub const MAX_PATTERN_CHARS: usize = 1024;
}

/// Directory objects: users, groups, on-call rosters, ownerships.
pub mod directory {
    /// The most profile attributes one user may carry.
    pub const MAX_ATTRIBUTES: usize = 100;
    /// The longest attribute key, in characters.
    pub const MAX_ATTRIBUTE_KEY_CHARS: usize = 128;
    /// The longest attribute value, in characters.
    pub const MAX_ATTRIBUTE_VALUE_CHARS: usize = 1024;
    /// The most objects one BatchUpsert may carry, all lists together.
    pub const MAX_BATCH_ITEMS: usize = 10_000;
    /// The most user ids one member list, roster or ownership may list.
    pub const MAX_LISTED_USERS: usize = 10_000;
}

/// The org's access-request configuration.
pub mod request_config {
    /// The longest identity or group id, in characters.
    pub const MAX_ID_CHARS: usize = super::MAX_USER_ID_CHARS;
    /// The most approval steps of one scheme list.
    pub const MAX_SCHEMES: usize = 10;
    /// The longest form definition id, in characters.
    pub const MAX_FORM_ID_CHARS: usize = 255;
}

/// A policy document (its rule count is the routing flag's).
pub mod policy {
    /// The most flows one document may hold (every one is validated).
    pub const MAX_FLOWS: usize = 10_000;
}
