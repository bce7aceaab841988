//! A filed access request as jitgate keeps it: what was asked, the plan it
//! was evaluated to (copied, so later configuration changes never alter it),
//! the progress of every step, the effective grant window, and the state.
//! The serde form is what the database stores.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::domain::{
    directory::ids::UserId,
    evaluation::{ApproverKind, Evaluation, Grant, Quorum, RequestedResource},
    ids::OrgId,
};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessRequest {
    /// Server-assigned (UUIDv7).
    pub id: String,
    pub org_id: OrgId,
    /// The client's idempotency key; empty: none.
    pub client_request_id: String,
    /// Who filed it.
    pub requester: Person,
    /// Who the access is for.
    pub target_user: Person,
    pub requested_role: Option<RoleRef>,
    /// The resource as evaluated (from `resource`, or the requested role).
    pub resource: RequestedResource,
    pub justification: String,
    /// The title.
    pub name: String,
    pub comment: String,
    pub action: Action,
    pub approver_can_revoke: bool,
    /// PrivX's flag; documents stored before it read as false.
    #[serde(default)]
    pub can_bypass_revoke_workflow: bool,
    /// The window asked for.
    pub requested: Grant,
    /// The effective window: the requested one, capped at filing and
    /// possibly shortened by decisions; a FLOATING grant becomes
    /// TIME_RESTRICTED when activated.
    pub grant: Grant,
    /// The fixed window of a FLOATING grant, set when it is activated.
    pub activated_window: Option<Window>,
    /// The evaluation made at filing.
    pub plan: Evaluation,
    /// One entry per path of the plan, in order.
    pub paths: Vec<PathProgress>,
    pub state: State,
    pub created: DateTime<Utc>,
    pub updated: DateTime<Utc>,
    /// When a PENDING_APPROVAL request expires undecided.
    pub decision_deadline: Option<DateTime<Utc>>,
    /// The path that approved the request, once approved.
    pub approved_via: Option<usize>,
    pub approved_at: Option<DateTime<Utc>>,
    pub revocation: Option<Revocation>,
    /// `autoApprovalEnabled` of the request configuration at filing: lets
    /// the requester approve steps they are an eligible approver of.
    pub self_approval_enabled: bool,
    /// `approvalsMustBeExternal` at filing: only an ORG_ADMIN (the external
    /// system's account) decides, on any current step.
    pub approvals_external: bool,
    /// Reminders and escalation of pending steps, copied from the request
    /// configuration at filing.
    pub follow_up: FollowUp,
    /// Bumped on every stored change; writes are conditional on it.
    pub revision: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Window {
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub id: UserId,
    pub display_name: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleRef {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Action {
    #[default]
    Grant,
    Remove,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Grant => "GRANT",
            Self::Remove => "REMOVE",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum State {
    PendingApproval,
    Approved,
    Active,
    Denied,
    Canceled,
    Expired,
    Revoked,
}

impl State {
    pub const ALL: [State; 7] = [
        Self::PendingApproval,
        Self::Approved,
        Self::Active,
        Self::Denied,
        Self::Canceled,
        Self::Expired,
        Self::Revoked,
    ];

    /// The name stored in the database and shown in errors.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::PendingApproval => "PENDING_APPROVAL",
            Self::Approved => "APPROVED",
            Self::Active => "ACTIVE",
            Self::Denied => "DENIED",
            Self::Canceled => "CANCELED",
            Self::Expired => "EXPIRED",
            Self::Revoked => "REVOKED",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }

    /// Whether access was (or is) granted: cooldowns count from these.
    pub fn was_granted(self) -> bool {
        matches!(self, Self::Approved | Self::Active | Self::Expired | Self::Revoked)
    }
}

/// The progress of one alternative path.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PathProgress {
    /// The index of the step awaiting decisions; the number of steps once
    /// the path is met.
    pub current_step: usize,
    pub steps: Vec<StepProgress>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepProgress {
    pub name: String,
    pub quorum: Quorum,
    pub approvers: Vec<ApproverEntry>,
    pub state: StepState,
    /// When the step became current (reminders and escalation count from
    /// here); `None` while waiting.
    pub started_at: Option<DateTime<Utc>>,
    pub reminders_sent: u32,
    /// 0 none, 1 managers added, 2 managers' managers added, 3 the fallback
    /// approver added.
    pub escalation_level: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum StepState {
    Waiting,
    Pending,
    Approved,
    Denied,
    Closed,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApproverEntry {
    pub kind: ApproverKind,
    /// A user id, group id, role name or `{integration}/{service}`.
    pub id: String,
    pub display_name: String,
    /// How the entry was derived (`approver`, `manager`, ...,
    /// `escalation:manager`, `escalation:fallback`).
    pub source: String,
    pub decision: Option<DecisionRecord>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionRecord {
    pub decision: Decision,
    pub user: Person,
    pub at: DateTime<Utc>,
    pub comment: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Decision {
    Approve,
    Deny,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Revocation {
    pub by: Person,
    pub at: DateTime<Utc>,
    pub comment: String,
}

/// SailPoint's reminders and escalation for pending steps, as configured
/// when the request was filed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowUp {
    /// Seconds between reminders; `None`: no reminders.
    pub reminder_every: Option<i64>,
    pub max_reminders: u32,
    /// Seconds a step may stay pending before each escalation level;
    /// `None`: no escalation.
    pub escalate_after: Option<i64>,
    pub fallback_approver: Option<String>,
}

/// What a transition did, one per event it must write (docs/spec.md §7). The
/// service (or the scheduler) turns each into a stored event with the
/// request's before and after.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub kind: ChangeKind,
    /// The actor's comment, if any.
    pub comment: String,
}

impl Change {
    pub fn new(kind: ChangeKind) -> Self {
        Self {
            kind,
            comment: String::new(),
        }
    }

    pub fn with_comment(kind: ChangeKind, comment: &str) -> Self {
        Self {
            kind,
            comment: comment.to_string(),
        }
    }
}

/// The request event kinds (the proto `EventKind`, without its prefix).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    RequestFiled,
    ApprovalRecorded,
    StepApproved,
    RequestApproved,
    RequestDenied,
    RequestCanceled,
    GrantActivated,
    GrantExpired,
    RequestExpired,
    GrantRevoked,
    ReminderDue,
    Escalated,
}

impl ChangeKind {
    /// The name stored in the events table (the proto enum value without
    /// `EVENT_KIND_`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::RequestFiled => "REQUEST_FILED",
            Self::ApprovalRecorded => "APPROVAL_RECORDED",
            Self::StepApproved => "STEP_APPROVED",
            Self::RequestApproved => "REQUEST_APPROVED",
            Self::RequestDenied => "REQUEST_DENIED",
            Self::RequestCanceled => "REQUEST_CANCELED",
            Self::GrantActivated => "GRANT_ACTIVATED",
            Self::GrantExpired => "GRANT_EXPIRED",
            Self::RequestExpired => "REQUEST_EXPIRED",
            Self::GrantRevoked => "GRANT_REVOKED",
            Self::ReminderDue => "REMINDER_DUE",
            Self::Escalated => "ESCALATED",
        }
    }
}
