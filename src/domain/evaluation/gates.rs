//! The org gates of the request configuration, checked before any routing:
//! on-behalf-of, entitlement requests allowed, entitlement comments, and a
//! well-formed grant window. A violation here refuses the whole request.

use super::{
    input::{Grant, Request},
    model::Violation,
    snapshot::DirectoryView,
};
use crate::domain::{request_config::RequestConfig, roles::Role};

pub fn check(request: &Request, config: &RequestConfig, directory: &DirectoryView) -> Vec<Violation> {
    let mut violations = Vec::new();
    // SailPoint: with external approvals only an external system's account
    // (an ORG_ADMIN) may file requests.
    if config.approvals_must_be_external && !request.requester_roles.contains(&Role::OrgAdmin) {
        violations.push(Violation::new(
            "requester",
            "approvals_external",
            "approvals are processed by an external system: only an ORG_ADMIN may file requests",
        ));
    }
    if request.on_behalf_of() {
        let target = directory.user(&request.target_user_id);
        let is_manager = target
            .and_then(|t| t.manager_id.as_ref())
            .is_some_and(|m| *m == request.requester_id);
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

#[cfg(test)]
mod tests {
    use chrono::{Duration, TimeZone, Utc};

    use super::*;
    use crate::domain::{
        directory::{User, ids::UserId},
        evaluation::input::RequestedResource,
    };

    fn request(requester: &str, target: &str) -> Request {
        let now = Utc.with_ymd_and_hms(2026, 1, 5, 12, 0, 0).unwrap();
        Request {
            requester_id: requester.into(),
            requester_groups: vec![],
            requester_roles: vec![],
            target_user_id: target.into(),
            resource: RequestedResource {
                service: "aws".into(),
                resource_id: "r".into(),
                ..Default::default()
            },
            grant: Grant::TimeRestricted {
                start: now,
                end: now + Duration::hours(1),
            },
            justification: String::new(),
            now,
        }
    }

    use crate::domain::evaluation::Snapshot;

    fn check(request: &Request, snapshot: &Snapshot) -> Vec<Violation> {
        super::check(request, &snapshot.request_config, &snapshot.directory)
    }

    fn snapshot() -> Snapshot {
        let mut s = Snapshot::default();
        for (id, manager) in [("dev@x.test", Some("lead@x.test")), ("lead@x.test", Some("cto@x.test"))] {
            let user = User {
                id: id.into(),
                email: id.into(),
                display_name: String::new(),
                manager_id: manager.map(UserId::new),
                attributes: Default::default(),
            };
            s.directory.users.insert(id.into(), user);
        }
        s
    }

    fn constraints(v: Vec<Violation>) -> Vec<String> {
        v.into_iter().map(|v| v.constraint).collect()
    }

    #[test]
    fn the_manager_setting_covers_direct_reports_only() {
        let mut s = snapshot();
        s.request_config.on_behalf_of.employee_by_manager = true;
        assert!(check(&request("lead@x.test", "dev@x.test"), &s).is_empty());
        assert_eq!(
            constraints(check(&request("cto@x.test", "dev@x.test"), &s)),
            ["on_behalf_of"]
        );
    }

    #[test]
    fn external_approvals_admit_only_org_admins() {
        let mut s = snapshot();
        s.request_config.approvals_must_be_external = true;
        let mut r = request("dev@x.test", "dev@x.test");
        assert_eq!(constraints(check(&r, &s)), ["approvals_external"]);
        r.requester_roles.push(Role::OrgAdmin);
        assert!(check(&r, &s).is_empty());
    }

    #[test]
    fn a_window_must_end_after_it_starts_and_float_for_an_hour_or_more() {
        let mut r = request("dev@x.test", "dev@x.test");
        r.grant = Grant::TimeRestricted {
            start: r.now,
            end: r.now,
        };
        assert_eq!(constraints(check(&r, &snapshot())), ["grant_type"]);
        r.grant = Grant::Floating { hours: 0 };
        assert_eq!(constraints(check(&r, &snapshot())), ["grant_type"]);
    }
}
