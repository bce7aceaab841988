//! The request configuration model. Every field has a concrete value: an
//! omitted field on the wire means its default (PUT replaces the whole
//! configuration), and an org that never saved one has [`RequestConfig::default`].
//! The serde form is what the database stores.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestConfig {
    /// Only ORG_ADMIN callers (an external system's account) may file or
    /// decide requests.
    pub approvals_must_be_external: bool,
    /// A requester who is an eligible approver of a path is approved at once.
    pub auto_approval_enabled: bool,
    pub on_behalf_of: OnBehalfOf,
    pub reminders: Reminders,
    pub entitlements: Entitlements,
    /// SailPoint's flags, kept for its clients; they change nothing here
    /// (no re-authentication, governance groups or machine identities).
    /// Added after documents were first stored: defaulted when absent.
    #[serde(default)]
    pub reauthorization_enabled: bool,
    #[serde(default)]
    pub gov_group_visibility_enabled: bool,
    #[serde(default = "yes")]
    pub machine_identity_access_request_enabled: bool,
}

impl Default for RequestConfig {
    fn default() -> Self {
        Self {
            approvals_must_be_external: false,
            auto_approval_enabled: false,
            on_behalf_of: OnBehalfOf::default(),
            reminders: Reminders::default(),
            entitlements: Entitlements::default(),
            reauthorization_enabled: false,
            gov_group_visibility_enabled: false,
            machine_identity_access_request_enabled: true,
        }
    }
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OnBehalfOf {
    pub anyone_by_anyone: bool,
    pub employee_by_manager: bool,
    /// SailPoint's machine-identity flags, kept for its clients.
    #[serde(default = "yes")]
    pub for_machine_identity: bool,
    #[serde(default)]
    pub machine_by_owner: bool,
}

impl Default for OnBehalfOf {
    fn default() -> Self {
        Self {
            anyone_by_anyone: false,
            employee_by_manager: false,
            for_machine_identity: true,
            machine_by_owner: false,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reminders {
    /// 0 disables reminders and escalation.
    pub days_until_escalation: u32,
    /// At least 1.
    pub days_between_reminders: u32,
    /// 0 to [`MAX_REMINDERS`].
    pub max_reminders: u32,
    /// The directory user id of the last-resort approver.
    pub fallback_approver_id: Option<String>,
}

/// The most reminders SailPoint allows before escalation.
pub const MAX_REMINDERS: u32 = 20;

impl Default for Reminders {
    fn default() -> Self {
        Self {
            days_until_escalation: 0,
            days_between_reminders: 1,
            // SailPoint's v3 client model refuses 0 on read.
            max_reminders: 1,
            fallback_approver_id: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entitlements {
    pub allowed: bool,
    pub request_comments_required: bool,
    pub denied_comments_required: bool,
    /// The ordered approval steps of an entitlement request; empty means no
    /// approval is needed.
    pub approval_schemes: Vec<ApprovalScheme>,
    /// SailPoint's settings jitgate keeps for round trips without acting on
    /// them (decision 0022); documents stored before them read as unset.
    #[serde(default)]
    pub kept: KeptEntitlementSettings,
}

impl Default for Entitlements {
    fn default() -> Self {
        Self {
            allowed: true,
            request_comments_required: false,
            denied_comments_required: false,
            approval_schemes: vec![ApprovalScheme::SourceOwner],
            kept: KeptEntitlementSettings::default(),
        }
    }
}

/// Fields of SailPoint's nested entitlement shape with no jitgate meaning:
/// stored and returned so a read-modify-write through its SDKs round-trips.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct KeptEntitlementSettings {
    pub reauthorization_required: bool,
    pub require_end_date: bool,
    pub max_permitted_access_duration: Option<AccessDuration>,
    pub form_definition_id: Option<String>,
    /// `revocationRequestConfig.approvalSchemes` (jitgate revokes at once).
    pub revocation_approval_schemes: Vec<ApprovalScheme>,
}

/// A length of time in SailPoint's units.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessDuration {
    pub value: u32,
    /// `HOURS`, `DAYS`, `WEEKS` or `MONTHS`.
    pub time_unit: String,
}

impl AccessDuration {
    pub const UNITS: &'static [&'static str] = &["HOURS", "DAYS", "WEEKS", "MONTHS"];
    pub const MAX_VALUE: u32 = 10_000;
}

/// One approval step of an entitlement request (SailPoint's schemes).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ApprovalScheme {
    /// The owners of the requested resource.
    EntitlementOwner,
    /// The owners of the resource's service.
    SourceOwner,
    /// The target user's manager.
    Manager,
    /// Any member of a directory group (a governance group).
    Workgroup(String),
}

impl ApprovalScheme {
    /// Parses one scheme as SailPoint spells it.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "entitlementOwner" => Some(Self::EntitlementOwner),
            "sourceOwner" => Some(Self::SourceOwner),
            "manager" => Some(Self::Manager),
            _ => text
                .strip_prefix("workgroup:")
                .filter(|id| !id.is_empty())
                .map(|id| Self::Workgroup(id.to_string())),
        }
    }
}

impl ApprovalScheme {
    /// The step as SailPoint's newer shape spells it: `approverType` and
    /// `approverId`.
    pub fn approver(&self) -> (&'static str, &str) {
        match self {
            Self::EntitlementOwner => ("ENTITLEMENT_OWNER", ""),
            Self::SourceOwner => ("SOURCE_OWNER", ""),
            Self::Manager => ("MANAGER", ""),
            Self::Workgroup(id) => ("GOVERNANCE_GROUP", id),
        }
    }

    pub const APPROVER_TYPES: &'static [&'static str] =
        &["ENTITLEMENT_OWNER", "SOURCE_OWNER", "MANAGER", "GOVERNANCE_GROUP"];
}

impl std::fmt::Display for ApprovalScheme {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::EntitlementOwner => f.write_str("entitlementOwner"),
            Self::SourceOwner => f.write_str("sourceOwner"),
            Self::Manager => f.write_str("manager"),
            Self::Workgroup(id) => write!(f, "workgroup:{id}"),
        }
    }
}
