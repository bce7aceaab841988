//! Builders shared by the evaluator's unit tests and the encoding's: a
//! requester with a manager, an on-call roster and two groups, one request,
//! rules and flows of any shape.

use chrono::{DateTime, Duration, TimeZone, Utc};

use super::*;
use crate::domain::{
    access_flow::{AccessFlow, Approver, Grantee, IntegrationTarget, PrincipalKind, RevokeAfter, Settings, Trigger},
    directory::{User, ids::UserId, resolve::Memberships},
    routing::{Approval, ApprovalKind, ApprovalOptions, Requestor, Resource, RoutingRule},
};

pub(crate) fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 1, 5, 12, 0, 0).unwrap()
}

pub(crate) fn request() -> Request {
    Request {
        requester_id: "dev@x.test".into(),
        requester_groups: vec![],
        requester_roles: vec![],
        target_user_id: "dev@x.test".into(),
        resource: RequestedResource {
            service: "aws".into(),
            resource_type: "role".into(),
            resource_id: "prod-db".into(),
            ..Default::default()
        },
        grant: Grant::TimeRestricted {
            start: now(),
            end: now() + Duration::hours(1),
        },
        justification: "incident 42".into(),
        now: now(),
    }
}

pub(crate) fn approval(kind: ApprovalKind) -> Approval {
    Approval { kind, options: None }
}

pub(crate) fn with_options(kind: ApprovalKind, options: ApprovalOptions) -> Approval {
    Approval {
        kind,
        options: Some(options),
    }
}

pub(crate) fn rule(name: &str, approvals: Vec<Approval>) -> RoutingRule {
    RoutingRule {
        name: name.into(),
        disabled: false,
        requestor: Requestor::Any,
        resource: Resource::Any,
        approvals,
    }
}

pub(crate) fn group_approval(id: &str) -> ApprovalKind {
    ApprovalKind::Group {
        directory: "okta".into(),
        id: id.into(),
        label: None,
    }
}

pub(crate) fn snapshot(rules: Vec<RoutingRule>) -> Snapshot {
    Snapshot {
        routing: Some(RoutingVersion { id: "v1".into(), rules }),
        directory: directory(),
        ..Snapshot::default()
    }
}

pub(crate) fn user(id: &str, manager: Option<&str>) -> User {
    User {
        id: id.into(),
        email: id.into(),
        display_name: String::new(),
        manager_id: manager.map(UserId::new),
        attributes: Default::default(),
    }
}

pub(crate) fn directory() -> DirectoryView {
    let users = [
        user("dev@x.test", Some("lead@x.test")),
        user("lead@x.test", None),
        user("peer@x.test", Some("lead@x.test")),
    ]
    .into_iter()
    .map(|u| (u.id.clone(), u))
    .collect();
    let memberships = Memberships::from_pairs([("sre", "ops@x.test"), ("dbas", "dev@x.test")]);
    let on_call = [(
        ("pagerduty".to_string(), "db".to_string()),
        vec![UserId::new("dev@x.test")],
    )]
    .into();
    DirectoryView::new(users, memberships, on_call, Default::default())
}

pub(crate) fn flow(approvers: Vec<Approver>, settings: Settings, revoke_after: RevokeAfter) -> FlowRecord {
    FlowRecord {
        id: "f1".into(),
        flow: AccessFlow {
            name: "prod flow".into(),
            active: true,
            trigger: Trigger::default(),
            grantees: vec![Grantee {
                kind: PrincipalKind::User,
                id: "dev@x.test".into(),
            }],
            integration_targets: vec![IntegrationTarget {
                integration_id: "aws".into(),
                resource_type: "role".into(),
                resource_tag_includes: vec![],
                resource_tag_excludes: vec![],
                permissions: vec![],
            }],
            bundle_targets: vec![],
            approvers,
            revoke_after,
            settings,
        },
    }
}
