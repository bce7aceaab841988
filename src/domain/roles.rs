//! The roles a caller can hold: what a token's `roles` claim grants, what
//! an evaluation's role approvers (`p0` approvals) and the lifecycle's
//! role entries name. One enum from the token to the rules; a role name is
//! parsed once, where it enters.

use serde::{Deserialize, Serialize};

/// A role a token can carry (claim `roles`). Unknown role names are ignored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Role {
    /// Reads and writes all configuration, sees and revokes all requests,
    /// reads the audit stream.
    OrgAdmin,
    /// May approve requests routed to approval type `p0`.
    Approver,
    /// A service (proxy, provisioner, sidecar) that may check any user's
    /// access with CheckAccess.
    AccessChecker,
}

impl Role {
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "ORG_ADMIN" => Some(Self::OrgAdmin),
            "APPROVER" => Some(Self::Approver),
            "ACCESS_CHECKER" => Some(Self::AccessChecker),
            _ => None,
        }
    }

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::OrgAdmin => "ORG_ADMIN",
            Self::Approver => "APPROVER",
            Self::AccessChecker => "ACCESS_CHECKER",
        }
    }
}
