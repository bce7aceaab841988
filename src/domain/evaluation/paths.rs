//! Turns applicable policies into alternative approval paths: each approval
//! entry of a routing rule, each access flow, and the entitlement schemes
//! become ordered steps of eligible approvers with a quorum.
//!
//! Users derived from the directory (managers, profile properties, owners)
//! are resolved here, as the plan is copied into the request when filed;
//! groups, roles and on-call rosters stay entries, resolved when deciding
//! (`user_ids` only informs).

use std::collections::BTreeSet;

use super::{
    input::Request,
    model::{ApprovalPath, ApproverKind, Constraints, EligibleApprover, PolicyKind, Quorum, Step},
    snapshot::DirectoryView,
};
use crate::domain::{
    access_flow::{AccessFlow, Approver, RevokeAfter},
    directory::{
        ids::{GroupId, UserId},
        resolve::{manager_chain, profile_property},
    },
    request_config::{ApprovalScheme, RequestConfig},
    roles::Role,
    routing::{Approval, ApprovalKind},
};

/// The role whose holders approve `p0` approvals.
pub const APPROVER_ROLE: &str = Role::Approver.as_str();

/// What the evaluation knows about the requester.
pub struct Requester<'a> {
    pub request: &'a Request,
    pub groups: &'a BTreeSet<GroupId>,
}

/// The path of one approval entry of a rule; `Err(reason)` when the entry
/// offers none (`auto` with the requester off call). `deny` never gets
/// here: deny wins before paths are built.
pub fn rule_path(
    kind: PolicyKind,
    rule: &str,
    index: usize,
    approval: &Approval,
    who: &Requester,
    dir: &DirectoryView,
) -> Result<ApprovalPath, String> {
    let options = approval.options.clone().unwrap_or_default();
    let mut constraints = Constraints {
        require_reason: options.require_reason.unwrap_or(false),
        allow_one_party: options.allow_one_party.unwrap_or(false),
        // 0 means no limit / no cooldown (decision 0002).
        max_duration: options.duration.filter(|d| *d > 0),
        cooldown: options.cooldown.filter(|c| *c > 0),
        ..Constraints::default()
    };
    let requester = &who.request.requester_id;
    let mut auto_approve = None;
    let steps = match &approval.kind {
        ApprovalKind::Persistent => {
            constraints.keeps_open_ended = true;
            auto_approve = Some("persistent: approved at once".to_string());
            vec![]
        }
        ApprovalKind::Auto { integration, services } => {
            if !dir.is_on_call(integration, services, requester) {
                return Err(format!(
                    "auto: {requester} is not on call for {}",
                    scope(integration, services)
                ));
            }
            auto_approve = Some(format!(
                "auto: {requester} is on call for {}",
                scope(integration, services)
            ));
            vec![]
        }
        // Deny wins before paths are built; were one to get here, it must
        // not become a path that nobody can satisfy silently.
        ApprovalKind::Deny => return Err("deny: never an approval path".into()),
        ApprovalKind::Escalation { integration, services } => {
            let approvers = services
                .iter()
                .map(|s| EligibleApprover {
                    kind: ApproverKind::OnCall,
                    id: format!("{integration}/{s}"),
                    display_name: String::new(),
                    source: "escalation".into(),
                    user_ids: dir.on_call_for(integration, s),
                })
                .collect();
            vec![step("On-call approval", Quorum::Any, approvers)]
        }
        ApprovalKind::Group { id, label, .. } => {
            let approver = group(dir, id, label.as_deref().unwrap_or_default(), "approver");
            vec![step("Group approval", Quorum::Any, vec![approver])]
        }
        ApprovalKind::RequestorProfile {
            profile_property: property,
            ..
        } => {
            let approvers = dir
                .user(requester)
                .and_then(|u| profile_property(u, property))
                .map(|id| user(dir, &UserId::new(id), &format!("profile_property:{property}")))
                .into_iter()
                .collect();
            vec![step("Requestor profile approval", Quorum::Any, approvers)]
        }
        ApprovalKind::P0 => {
            let approver = EligibleApprover {
                kind: ApproverKind::Role,
                id: APPROVER_ROLE.into(),
                display_name: String::new(),
                source: "p0".into(),
                user_ids: vec![],
            };
            vec![step("Approver approval", Quorum::Any, vec![approver])]
        }
    };
    Ok(ApprovalPath {
        policy_kind: kind,
        policy_id: rule.to_string(),
        approval_index: index,
        approval_type: approval.kind.type_name().to_string(),
        steps,
        constraints,
        auto_approve,
        violations: vec![],
    })
}

fn scope(integration: &str, services: &[String]) -> String {
    if services.is_empty() {
        integration.to_string()
    } else {
        format!("{integration} ({})", services.join(", "))
    }
}

/// The one path of an access flow: a single step of all its approvers,
/// every one required when `require_all_approvers`.
pub fn flow_path(id: &str, flow: &AccessFlow, who: &Requester, dir: &DirectoryView) -> ApprovalPath {
    let request = who.request;
    let mut approvers = Vec::new();
    for a in &flow.approvers {
        match a {
            Approver::User { id } => approvers.push(user(dir, &UserId::new(id), "approver")),
            Approver::Group { id } => approvers.push(group(dir, id, "", "approver")),
            Approver::Manager => {
                if let Some(m) = manager_chain(&dir.users, &request.requester_id).first() {
                    approvers.push(user(dir, m, "manager"));
                }
            }
            Approver::Owner => {
                let service = &request.resource.service;
                let mut owners = dir.owners_of(service, Some(&request.resource.resource_id));
                if owners.is_empty() {
                    owners = dir.owners_of(service, None);
                }
                approvers.extend(owners.iter().map(|o| user(dir, o, "owner")));
            }
        }
    }
    let settings = flow.settings;
    let quorum = if settings.require_all_approvers {
        Quorum::All
    } else {
        Quorum::Any
    };
    let auto_approve = flow
        .approvers
        .is_empty()
        .then(|| "flow: no approvers, approved at once".to_string());
    let steps = if flow.approvers.is_empty() {
        vec![]
    } else {
        vec![step("Flow approval", quorum, approvers)]
    };
    ApprovalPath {
        policy_kind: PolicyKind::AccessFlow,
        policy_id: id.to_string(),
        approval_index: 0,
        approval_type: String::new(),
        steps,
        constraints: Constraints {
            require_reason: settings.require_justification_on_request_again,
            requester_cannot_approve: settings.approver_cannot_approve_himself,
            require_approver_justification: settings.require_approver_justification,
            max_duration: match flow.revoke_after {
                RevokeAfter::Never => None,
                RevokeAfter::Seconds(s) => Some(s.get()),
            },
            ..Constraints::default()
        },
        auto_approve,
        violations: vec![],
    }
}

/// The path of an entitlement request: one step per SailPoint scheme, in
/// order. A scheme that names nobody falls back to the fallback approver,
/// else stays empty (the request waits for escalation) — never skipped, so
/// a missing owner cannot waive an approval.
pub fn entitlement_path(config: &RequestConfig, dir: &DirectoryView, request: &Request) -> ApprovalPath {
    let r = &request.resource;
    let steps: Vec<Step> = config
        .entitlements
        .approval_schemes
        .iter()
        .map(|scheme| {
            let source = scheme.to_string();
            let mut approvers: Vec<EligibleApprover> = match scheme {
                ApprovalScheme::EntitlementOwner => dir.owners_of(&r.service, Some(&r.resource_id)),
                ApprovalScheme::SourceOwner => dir.owners_of(&r.service, None),
                ApprovalScheme::Manager => manager_chain(&dir.users, &request.target_user_id)
                    .into_iter()
                    .take(1)
                    .collect(),
                ApprovalScheme::Workgroup(_) => vec![],
            }
            .iter()
            .map(|id| user(dir, id, &source))
            .collect();
            if let ApprovalScheme::Workgroup(id) = scheme {
                approvers.push(group(dir, id, "", "workgroup"));
            }
            if approvers.is_empty()
                && let Some(fallback) = &config.reminders.fallback_approver_id
            {
                approvers.push(user(dir, &UserId::new(fallback), "fallback"));
            }
            step(&step_name(scheme), Quorum::Any, approvers)
        })
        .collect();
    let auto_approve = steps
        .is_empty()
        .then(|| "entitlement: no approval schemes, approved at once".to_string());
    ApprovalPath {
        policy_kind: PolicyKind::EntitlementSchemes,
        policy_id: "entitlement".into(),
        approval_index: 0,
        approval_type: String::new(),
        steps,
        constraints: Constraints {
            require_reason: config.entitlements.request_comments_required,
            require_denial_comment: config.entitlements.denied_comments_required,
            ..Constraints::default()
        },
        auto_approve,
        violations: vec![],
    }
}

fn step_name(scheme: &ApprovalScheme) -> String {
    match scheme {
        ApprovalScheme::EntitlementOwner => "Entitlement owner approval".into(),
        ApprovalScheme::SourceOwner => "Source owner approval".into(),
        ApprovalScheme::Manager => "Manager approval".into(),
        ApprovalScheme::Workgroup(id) => format!("Workgroup {id} approval"),
    }
}

fn step(name: &str, quorum: Quorum, approvers: Vec<EligibleApprover>) -> Step {
    Step {
        name: name.into(),
        quorum,
        approvers,
    }
}

fn user(dir: &DirectoryView, id: &UserId, source: &str) -> EligibleApprover {
    EligibleApprover {
        kind: ApproverKind::User,
        display_name: dir.display_name(id),
        source: source.into(),
        user_ids: vec![id.clone()],
        id: id.to_string(),
    }
}

fn group(dir: &DirectoryView, id: &str, label: &str, source: &str) -> EligibleApprover {
    EligibleApprover {
        kind: ApproverKind::Group,
        id: id.into(),
        display_name: label.into(),
        source: source.into(),
        user_ids: dir.memberships.members(&GroupId::new(id)).cloned().collect(),
    }
}

/// Whether the requester may review `approver`: it names them, a group of
/// theirs, a role they hold, or a roster they are on.
pub fn requester_eligible(approver: &EligibleApprover, who: &Requester) -> bool {
    let me = &who.request.requester_id;
    match approver.kind {
        ApproverKind::User => UserId::new(&approver.id) == *me,
        ApproverKind::Group => who.groups.contains(approver.id.as_str()) || approver.user_ids.contains(me),
        ApproverKind::Role => Role::parse(&approver.id).is_some_and(|r| who.request.requester_roles.contains(&r)),
        ApproverKind::OnCall => approver.user_ids.contains(me),
    }
}
