//! The routing rule model. Types are closed enums, so an invalid rule cannot
//! be represented once it has been validated. Optional wire fields stay
//! optional here, so what a client saved reads back exactly as sent.
//!
//! The serde form is what the database stores (as JSON text).

/// The compiled size limit for a filter pattern, so a pathological regex
/// cannot take memory from every later evaluation.
pub const PATTERN_SIZE_LIMIT: usize = 256 * 1024;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoutingRule {
    pub name: String,
    pub disabled: bool,
    pub requestor: Requestor,
    pub resource: Resource,
    pub approvals: Vec<Approval>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Requestor {
    Any,
    User {
        uid: String,
    },
    Group {
        directory: String,
        id: String,
        label: Option<String>,
        effect: Option<GroupEffect>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum GroupEffect {
    Keep,
    Remove,
}

impl GroupEffect {
    pub const NAMES: &'static [&'static str] = &["keep", "remove"];

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "keep" => Some(Self::Keep),
            "remove" => Some(Self::Remove),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Keep => "keep",
            Self::Remove => "remove",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Resource {
    Any,
    Integration {
        service: String,
        access_type: Option<String>,
        filters: BTreeMap<String, ResourceFilter>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResourceFilter {
    pub effect: FilterEffect,
    pub key: Option<String>,
    pub value: Option<bool>,
    pub pattern: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum FilterEffect {
    Keep,
    Remove,
    RemoveAll,
}

impl FilterEffect {
    pub const NAMES: &'static [&'static str] = &["keep", "remove", "removeAll"];

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "keep" => Some(Self::Keep),
            "remove" => Some(Self::Remove),
            "removeAll" => Some(Self::RemoveAll),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Keep => "keep",
            Self::Remove => "remove",
            Self::RemoveAll => "removeAll",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Approval {
    pub kind: ApprovalKind,
    /// `None` when the client sent no `options` object at all.
    pub options: Option<ApprovalOptions>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum ApprovalKind {
    /// Approved when the requestor is on call in `integration` (optionally
    /// for one of `services`).
    Auto {
        integration: String,
        services: Vec<String>,
    },
    Deny,
    /// Approved by the on-call members of `services` in `integration`.
    Escalation {
        integration: String,
        services: Vec<String>,
    },
    /// Approved by a member of a directory group.
    Group {
        directory: String,
        id: String,
        label: Option<String>,
    },
    /// Approved at once; the grant does not expire.
    Persistent,
    /// Approved by the user named in the requestor's profile attribute.
    RequestorProfile {
        directory: String,
        profile_property: String,
    },
    /// Approved by anyone holding the APPROVER role.
    P0,
}

impl ApprovalKind {
    pub const NAMES: &'static [&'static str] = &[
        "auto",
        "deny",
        "escalation",
        "group",
        "persistent",
        "requestor-profile",
        "p0",
    ];

    pub fn type_name(&self) -> &'static str {
        match self {
            Self::Auto { .. } => "auto",
            Self::Deny => "deny",
            Self::Escalation { .. } => "escalation",
            Self::Group { .. } => "group",
            Self::Persistent => "persistent",
            Self::RequestorProfile { .. } => "requestor-profile",
            Self::P0 => "p0",
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApprovalOptions {
    pub allow_one_party: Option<bool>,
    pub require_reason: Option<bool>,
    /// Seconds.
    pub cooldown: Option<u32>,
    /// Seconds; the longest grant this path approves.
    pub duration: Option<u32>,
}
