//! The text limits that hold for the same kind of value on every RPC, so a
//! name or a user id accepted by one service is accepted by the others.
//! Each decoder keeps the limits only its area has (how many rules,
//! grantees, attributes…) beside its code.

/// The longest name or id a client chooses (a rule, flow or group name, an
/// integration, service, resource type, permission, tag key or role), in
/// characters.
pub const MAX_NAME_CHARS: usize = 255;
/// The longest user id or email address (RFC 5321's path limit).
pub const MAX_USER_ID_CHARS: usize = 320;
/// The longest resource id (an ARN, a path), in characters.
pub const MAX_RESOURCE_ID_CHARS: usize = 1024;
