//! What an evaluation answers: the outcome and its reasons, every policy
//! considered, the alternative approval paths, and the grant window. The
//! proto `Evaluation` is encoded from this (see [`api::evaluation`](crate::api::evaluation)).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::input::{Grant, RequestedResource};
use crate::domain::directory::ids::UserId;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evaluation {
    pub outcome: Outcome,
    /// Why, in order.
    pub reasons: Vec<String>,
    pub evaluated_at: DateTime<Utc>,
    pub requester_id: UserId,
    pub target_user_id: UserId,
    pub resource: RequestedResource,
    /// Empty when the org has no routing workflow.
    pub routing_version: String,
    pub policies: Vec<PolicyMatch>,
    /// Empty when DENIED or REFUSED.
    pub paths: Vec<ApprovalPath>,
    /// Non-empty exactly when REFUSED.
    pub violations: Vec<Violation>,
    /// The window the request would get.
    pub grant: Grant,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Outcome {
    Approved,
    Pending,
    Denied,
    Refused,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Approved => "APPROVED",
            Self::Pending => "PENDING",
            Self::Denied => "DENIED",
            Self::Refused => "REFUSED",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PolicyKind {
    RoutingRule,
    DefaultRule,
    AccessFlow,
    EntitlementSchemes,
}

impl PolicyKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::RoutingRule => "rule",
            Self::DefaultRule => "default",
            Self::AccessFlow => "flow",
            Self::EntitlementSchemes => "entitlement",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PolicyMatch {
    pub kind: PolicyKind,
    /// The rule's name, the flow's id, `default` or `entitlement`.
    pub id: String,
    pub name: String,
    pub matched: bool,
    pub reasons: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApprovalPath {
    pub policy_kind: PolicyKind,
    pub policy_id: String,
    /// For routing rules: the approval entry's index.
    pub approval_index: usize,
    /// For routing rules: the approval type; empty otherwise.
    pub approval_type: String,
    pub steps: Vec<Step>,
    pub constraints: Constraints,
    /// Why the path approves at once; `None` when it needs decisions.
    pub auto_approve: Option<String>,
    pub violations: Vec<Violation>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub name: String,
    pub quorum: Quorum,
    pub approvers: Vec<EligibleApprover>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Quorum {
    Any,
    All,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ApproverKind {
    User,
    Group,
    Role,
    OnCall,
}

impl ApproverKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::User => "user",
            Self::Group => "group",
            Self::Role => "role",
            Self::OnCall => "oncall",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EligibleApprover {
    pub kind: ApproverKind,
    /// A user id, group id, role name or `{integration}/{service}`.
    pub id: String,
    pub display_name: String,
    /// How the entry was derived (`approver`, `manager`, `sourceOwner`, ...).
    pub source: String,
    /// The users the entry stands for now, sorted; empty for roles.
    pub user_ids: Vec<UserId>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Constraints {
    pub require_reason: bool,
    pub allow_one_party: bool,
    pub requester_cannot_approve: bool,
    pub require_approver_justification: bool,
    pub require_denial_comment: bool,
    /// Seconds; `None`: no limit.
    pub max_duration: Option<u32>,
    /// Seconds; `None`: none.
    pub cooldown: Option<u32>,
    /// An open-ended request through this path stays open-ended (`persistent`).
    pub keeps_open_ended: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Violation {
    /// The request field at fault.
    pub field: String,
    /// `max_duration`, `require_reason`, `grant_type`, `cooldown`,
    /// `entitlement_requests_disabled`, `approvals_external`, `on_behalf_of`.
    pub constraint: String,
    pub description: String,
    /// For `cooldown`: seconds until a new request may succeed.
    pub retry_after_seconds: u32,
}

impl Violation {
    pub fn new(field: &str, constraint: &str, description: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            constraint: constraint.into(),
            description: description.into(),
            retry_after_seconds: 0,
        }
    }
}
