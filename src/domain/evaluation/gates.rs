//! The org gates of the request configuration, checked before any routing:
//! on-behalf-of, entitlement requests allowed, entitlement comments, and a
//! well-formed grant window. A violation here refuses the whole request.

use super::input::{Grant, Request};
use super::model::Violation;
use super::snapshot::Snapshot;
use crate::domain::directory::ids::user_key;

/// The role of an org's administrators and external systems' accounts.
pub const ORG_ADMIN: &str = "ORG_ADMIN";

pub fn check(request: &Request, snapshot: &Snapshot) -> Vec<Violation> {
    let config = &snapshot.request_config;
    let mut violations = Vec::new();
    // SailPoint: with external approvals only an external system's account
    // (an ORG_ADMIN) may file requests.
    if config.approvals_must_be_external && !request.requester_roles.iter().any(|r| r == ORG_ADMIN) {
        violations.push(Violation::new(
            "requester",
            "approvals_external",
            "approvals are processed by an external system: only an ORG_ADMIN may file requests",
        ));
    }
    if request.on_behalf_of() {
        let target = snapshot.directory.user(&request.target_user_id);
        let is_manager = target
            .and_then(|t| t.manager_id.as_deref())
            .is_some_and(|m| user_key(m) == user_key(&request.requester_id));
        let allowed = config.on_behalf_of.anyone_by_anyone || (config.on_behalf_of.employee_by_manager && is_manager);
        if !allowed {
            let why = if config.on_behalf_of.employee_by_manager {
                format!(
                    "only managers may request for their direct reports, and {} is not {}'s manager",
                    request.requester_id, request.target_user_id
                )
            } else {
                "requests on behalf of others are not allowed".to_string()
            };
            violations.push(Violation::new("target_user", "on_behalf_of", why));
        }
    }
    if request.resource.is_entitlement() {
        if !config.entitlements.allowed {
            violations.push(Violation::new(
                "resource.resource_type",
                "entitlement_requests_disabled",
                "entitlement requests are not allowed",
            ));
        } else if config.entitlements.request_comments_required && !request.has_justification() {
            violations.push(Violation::new(
                "request_justification",
                "require_reason",
                "a justification is required for entitlement requests",
            ));
        }
    }
    if let Grant::TimeRestricted { start, end } = request.grant
        && end <= start
    {
        violations.push(Violation::new(
            "requested_grant_end",
            "grant_type",
            "the window must end after it starts",
        ));
    }
    if let Grant::Floating { hours: 0 } = request.grant {
        violations.push(Violation::new(
            "requested_floating_length",
            "grant_type",
            "a floating window lasts 1 hour or more",
        ));
    }
    violations
}
