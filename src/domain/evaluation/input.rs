//! The request being evaluated, already decoded and validated: who asks, for
//! whom, for what, for how long, why, and at what instant.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use crate::domain::{
    directory::ids::{GroupId, UserId},
    roles::Role,
};

/// The `resource_type` that makes a request an entitlement request
/// (SailPoint), routed by the request configuration's approval schemes.
pub const ENTITLEMENT: &str = "entitlement";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// The caller.
    pub requester_id: UserId,
    /// Groups the requester's token carries; evaluation adds the directory's.
    pub requester_groups: Vec<GroupId>,
    /// Roles the requester's token carries (`APPROVER` makes them an eligible
    /// reviewer of `p0` paths).
    pub requester_roles: Vec<Role>,
    /// Who the access is for; the requester unless on behalf of someone.
    pub target_user_id: UserId,
    pub resource: RequestedResource,
    pub grant: Grant,
    /// Empty: none given.
    pub justification: String,
    /// The instant evaluated at: timeframes, on-call, cooldowns.
    pub now: DateTime<Utc>,
}

impl Request {
    pub fn on_behalf_of(&self) -> bool {
        self.target_user_id != self.requester_id
    }

    pub fn has_justification(&self) -> bool {
        !self.justification.trim().is_empty()
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestedResource {
    pub service: String,
    /// Empty: none.
    pub resource_type: String,
    pub resource_id: String,
    /// Empty: none.
    pub access_type: String,
    pub tags: BTreeMap<String, String>,
    /// Empty: the resource's default access.
    pub permissions: Vec<String>,
}

impl RequestedResource {
    pub fn is_entitlement(&self) -> bool {
        self.resource_type == ENTITLEMENT
    }

    /// Identifies the resource for cooldowns: two requests ask for the same
    /// resource when their keys are equal.
    pub fn key(&self) -> String {
        format!("{}/{}/{}", self.service, self.resource_type, self.resource_id)
    }
}

/// The grant asked for (PrivX's grant types).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Grant {
    /// Open-ended; capped to the path's maximum duration when it has one.
    Permanent,
    TimeRestricted {
        start: DateTime<Utc>,
        end: DateTime<Utc>,
    },
    /// A window of `hours` that starts at first use.
    Floating {
        hours: u32,
    },
}

impl Grant {
    /// The window's length; `None` for an open-ended grant.
    pub fn length(&self) -> Option<Duration> {
        match *self {
            Self::Permanent => None,
            Self::TimeRestricted { start, end } => Some(end - start),
            Self::Floating { hours } => Some(Duration::hours(i64::from(hours))),
        }
    }

    pub fn type_name(&self) -> &'static str {
        match self {
            Self::Permanent => "PERMANENT",
            Self::TimeRestricted { .. } => "TIME_RESTRICTED",
            Self::Floating { .. } => "FLOATING",
        }
    }

    /// The request field a window too long is blamed on.
    pub fn length_field(&self) -> &'static str {
        match self {
            Self::Floating { .. } => "requested_floating_length",
            _ => "requested_grant_end",
        }
    }
}
