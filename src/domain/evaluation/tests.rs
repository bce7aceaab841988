//! The decision rules of docs/spec.md §5, one test per rule. The data-driven
//! suite in `tests/evaluation/` covers combinations.

use chrono::Duration;

use super::{fixtures::*, *};
use crate::domain::{
    access_flow::{Approver, RevokeAfter, Settings},
    request_config::ApprovalScheme,
    routing::{ApprovalKind, ApprovalOptions},
};

fn all_reasons(e: &Evaluation) -> String {
    e.reasons.join("\n")
}

#[test]
fn an_org_without_routing_or_flows_gets_the_default_p0_rule() {
    let e = evaluate(&request(), &Snapshot::default());
    assert_eq!(e.outcome, Outcome::Pending);
    assert_eq!(e.paths.len(), 1);
    assert_eq!(e.paths[0].policy_kind, PolicyKind::DefaultRule);
    assert_eq!(e.paths[0].steps[0].approvers[0].kind, ApproverKind::Role);
    assert_eq!(e.paths[0].steps[0].approvers[0].id, "APPROVER");
}

#[test]
fn a_saved_but_empty_routing_config_denies_for_lack_of_a_policy() {
    let e = evaluate(&request(), &snapshot(vec![]));
    assert_eq!(e.outcome, Outcome::Denied);
    assert!(all_reasons(&e).contains("no applicable policy"));
}

#[test]
fn disabled_rules_are_listed_but_never_apply() {
    let mut r = rule("off", vec![approval(ApprovalKind::Persistent)]);
    r.disabled = true;
    let e = evaluate(&request(), &snapshot(vec![r]));
    assert_eq!(e.outcome, Outcome::Denied);
    assert!(!e.policies[0].matched);
    assert_eq!(e.policies[0].reasons, ["disabled"]);
}

#[test]
fn deny_wins_over_every_other_applicable_path() {
    let rules = vec![
        rule("open", vec![approval(ApprovalKind::Persistent)]),
        rule("closed", vec![approval(ApprovalKind::Deny)]),
    ];
    let e = evaluate(&request(), &snapshot(rules));
    assert_eq!(e.outcome, Outcome::Denied);
    assert!(e.paths.is_empty());
    assert!(all_reasons(&e).contains("rule `closed` denies"));
}

#[test]
fn a_rule_with_no_approvals_denies() {
    let e = evaluate(&request(), &snapshot(vec![rule("empty", vec![])]));
    assert_eq!(e.outcome, Outcome::Denied);
    assert!(all_reasons(&e).contains("no approvals"));
}

#[test]
fn persistent_approves_at_once_and_keeps_an_open_ended_grant_open() {
    let mut req = request();
    req.grant = Grant::Permanent;
    let opts = ApprovalOptions {
        duration: Some(3600),
        ..Default::default()
    };
    let e = evaluate(
        &req,
        &snapshot(vec![rule("p", vec![with_options(ApprovalKind::Persistent, opts)])]),
    );
    assert_eq!(e.outcome, Outcome::Approved);
    assert_eq!(e.grant, Grant::Permanent);
}

#[test]
fn auto_approves_only_when_the_requester_is_on_call() {
    let auto = |services: &[&str]| {
        approval(ApprovalKind::Auto {
            integration: "pagerduty".into(),
            services: services.iter().map(|s| s.to_string()).collect(),
        })
    };
    let e = evaluate(&request(), &snapshot(vec![rule("a", vec![auto(&["db"])])]));
    assert_eq!(e.outcome, Outcome::Approved);
    let e = evaluate(&request(), &snapshot(vec![rule("a", vec![auto(&[])])]));
    assert_eq!(
        e.outcome,
        Outcome::Approved,
        "no services: any service of the integration"
    );
    let e = evaluate(&request(), &snapshot(vec![rule("a", vec![auto(&["web"])])]));
    assert_eq!(e.outcome, Outcome::Denied);
    assert!(all_reasons(&e).contains("not on call"));
}

#[test]
fn each_approval_entry_is_an_alternative_path() {
    let r = rule("two", vec![approval(group_approval("sre")), approval(ApprovalKind::P0)]);
    let e = evaluate(&request(), &snapshot(vec![r]));
    assert_eq!(e.outcome, Outcome::Pending);
    assert_eq!(
        e.paths.iter().map(|p| p.approval_type.as_str()).collect::<Vec<_>>(),
        ["group", "p0"]
    );
    assert_eq!(e.paths[0].steps[0].approvers[0].user_ids, ["ops@x.test"]);
}

#[test]
fn escalation_names_the_on_call_roster_of_each_service() {
    let kind = ApprovalKind::Escalation {
        integration: "pagerduty".into(),
        services: vec!["db".into(), "web".into()],
    };
    let e = evaluate(&request(), &snapshot(vec![rule("esc", vec![approval(kind)])]));
    let approvers = &e.paths[0].steps[0].approvers;
    assert_eq!(
        approvers.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(),
        ["pagerduty/db", "pagerduty/web"]
    );
    assert_eq!(approvers[0].kind, ApproverKind::OnCall);
}

#[test]
fn requestor_profile_resolves_the_requesters_manager() {
    let kind = ApprovalKind::RequestorProfile {
        directory: "okta".into(),
        profile_property: "manager".into(),
    };
    let e = evaluate(&request(), &snapshot(vec![rule("mgr", vec![approval(kind)])]));
    let a = &e.paths[0].steps[0].approvers[0];
    assert_eq!(
        (a.id.as_str(), a.source.as_str()),
        ("lead@x.test", "profile_property:manager")
    );
}

#[test]
fn require_reason_refuses_a_request_without_justification() {
    let mut req = request();
    req.justification = "  ".into();
    let opts = ApprovalOptions {
        require_reason: Some(true),
        ..Default::default()
    };
    let e = evaluate(
        &req,
        &snapshot(vec![rule("r", vec![with_options(ApprovalKind::P0, opts)])]),
    );
    assert_eq!(e.outcome, Outcome::Refused);
    assert_eq!(e.violations[0].constraint, "require_reason");
    assert!(e.paths.is_empty());
}

#[test]
fn a_window_longer_than_the_duration_is_refused_naming_the_limit() {
    let mut req = request();
    req.grant = Grant::Floating { hours: 8 };
    let opts = ApprovalOptions {
        duration: Some(4 * 3600),
        ..Default::default()
    };
    let e = evaluate(
        &req,
        &snapshot(vec![rule("prod-db", vec![with_options(ApprovalKind::P0, opts)])]),
    );
    assert_eq!(e.outcome, Outcome::Refused);
    assert_eq!(e.violations[0].field, "requested_floating_length");
    assert_eq!(
        e.violations[0].description,
        "window of 8h exceeds the maximum of 4h (rule `prod-db`)"
    );
}

#[test]
fn an_open_ended_request_gets_the_maximum_duration() {
    let mut req = request();
    req.grant = Grant::Permanent;
    let opts = ApprovalOptions {
        duration: Some(7200),
        ..Default::default()
    };
    let e = evaluate(
        &req,
        &snapshot(vec![rule("r", vec![with_options(ApprovalKind::P0, opts)])]),
    );
    assert_eq!(e.outcome, Outcome::Pending);
    assert_eq!(
        e.grant,
        Grant::TimeRestricted {
            start: now(),
            end: now() + Duration::hours(2)
        }
    );
}

#[test]
fn a_path_without_a_limit_keeps_an_open_ended_request_open() {
    let mut req = request();
    req.grant = Grant::Permanent;
    let opts = ApprovalOptions {
        duration: Some(7200),
        ..Default::default()
    };
    let r = rule(
        "r",
        vec![with_options(ApprovalKind::P0, opts), approval(group_approval("sre"))],
    );
    assert_eq!(evaluate(&req, &snapshot(vec![r])).grant, Grant::Permanent);
}

#[test]
fn a_violated_path_leaves_the_others_open() {
    let mut req = request();
    req.grant = Grant::Floating { hours: 8 };
    let opts = ApprovalOptions {
        duration: Some(3600),
        ..Default::default()
    };
    let r = rule(
        "r",
        vec![with_options(ApprovalKind::P0, opts), approval(group_approval("sre"))],
    );
    let e = evaluate(&req, &snapshot(vec![r]));
    assert_eq!(e.outcome, Outcome::Pending);
    assert_eq!(e.paths[0].violations[0].constraint, "max_duration");
    assert!(e.paths[1].violations.is_empty());
    assert!(e.violations.is_empty());
}

#[test]
fn a_repeat_request_within_the_cooldown_is_refused_with_a_retry_delay() {
    let opts = ApprovalOptions {
        cooldown: Some(3600),
        ..Default::default()
    };
    let mut s = snapshot(vec![rule("cool", vec![with_options(ApprovalKind::P0, opts)])]);
    s.prior_grants.push(PriorGrant {
        rule: "cool".into(),
        resource_key: request().resource.key(),
        user_id: "dev@x.test".into(),
        granted_at: now() - Duration::minutes(20),
    });
    let e = evaluate(&request(), &s);
    assert_eq!(e.outcome, Outcome::Refused);
    assert_eq!(e.violations[0].constraint, "cooldown");
    assert_eq!(e.violations[0].retry_after_seconds, 2400);

    s.prior_grants[0].granted_at = now() - Duration::minutes(61);
    assert_eq!(
        evaluate(&request(), &s).outcome,
        Outcome::Pending,
        "the cooldown has passed"
    );
    s.prior_grants[0].rule = "other".into();
    s.prior_grants[0].granted_at = now();
    assert_eq!(
        evaluate(&request(), &s).outcome,
        Outcome::Pending,
        "another rule's grant does not count"
    );
}

#[test]
fn a_flow_without_approvers_approves_at_once() {
    let mut s = snapshot(vec![]);
    s.flows.push(flow(vec![], Settings::default(), RevokeAfter::Never));
    let e = evaluate(&request(), &s);
    assert_eq!(e.outcome, Outcome::Approved);
    assert_eq!(e.paths[0].policy_kind, PolicyKind::AccessFlow);
}

#[test]
fn require_all_approvers_makes_the_flow_step_all() {
    let settings = Settings {
        require_all_approvers: true,
        ..Default::default()
    };
    let mut s = snapshot(vec![]);
    s.flows.push(flow(
        vec![Approver::Manager, Approver::Group { id: "sre".into() }],
        settings,
        RevokeAfter::Never,
    ));
    let e = evaluate(&request(), &s);
    assert_eq!(e.paths[0].steps[0].quorum, Quorum::All);
    assert_eq!(e.paths[0].steps[0].approvers[0].id, "lead@x.test");
}

#[test]
fn auto_approval_enabled_approves_a_requester_who_is_an_eligible_approver() {
    let mut s = snapshot(vec![rule("g", vec![approval(group_approval("dbas"))])]);
    assert_eq!(evaluate(&request(), &s).outcome, Outcome::Pending);
    s.request_config.auto_approval_enabled = true;
    let e = evaluate(&request(), &s);
    assert_eq!(e.outcome, Outcome::Approved);
    assert!(all_reasons(&e).contains("autoApprovalEnabled"));
}

#[test]
fn approver_cannot_approve_himself_blocks_auto_approval() {
    let settings = Settings {
        approver_cannot_approve_himself: true,
        ..Default::default()
    };
    let mut s = snapshot(vec![]);
    s.request_config.auto_approval_enabled = true;
    s.flows.push(flow(
        vec![Approver::User {
            id: "dev@x.test".into(),
        }],
        settings,
        RevokeAfter::Never,
    ));
    let e = evaluate(&request(), &s);
    assert_eq!(e.outcome, Outcome::Pending);
    assert!(e.paths[0].constraints.requester_cannot_approve);
}

#[test]
fn on_behalf_of_is_refused_unless_the_config_allows_it() {
    let mut req = request();
    req.requester_id = "peer@x.test".into();
    let s = snapshot(vec![rule("p0", vec![approval(ApprovalKind::P0)])]);
    let e = evaluate(&req, &s);
    assert_eq!(e.outcome, Outcome::Refused);
    assert_eq!(e.violations[0].constraint, "on_behalf_of");

    let mut by_manager = s.clone();
    by_manager.request_config.on_behalf_of.employee_by_manager = true;
    assert_eq!(
        evaluate(&req, &by_manager).outcome,
        Outcome::Refused,
        "peer is not dev's manager"
    );
    req.requester_id = "lead@x.test".into();
    assert_eq!(evaluate(&req, &by_manager).outcome, Outcome::Pending);

    let mut anyone = s;
    anyone.request_config.on_behalf_of.anyone_by_anyone = true;
    req.requester_id = "peer@x.test".into();
    assert_eq!(evaluate(&req, &anyone).outcome, Outcome::Pending);
}

#[test]
fn entitlement_requests_follow_the_schemes_in_order() {
    let mut req = request();
    req.resource.resource_type = "entitlement".into();
    let mut s = snapshot(vec![]);
    s.directory.owners.insert(
        crate::domain::directory::OwnershipKey {
            service: "aws".into(),
            resource_id: None,
        },
        vec!["owner@x.test".into()],
    );
    s.request_config.entitlements.approval_schemes = vec![
        ApprovalScheme::Manager,
        ApprovalScheme::SourceOwner,
        ApprovalScheme::Workgroup("gov".into()),
    ];
    let e = evaluate(&req, &s);
    assert_eq!(e.outcome, Outcome::Pending);
    let ids: Vec<&str> = e.paths[0].steps.iter().map(|st| st.approvers[0].id.as_str()).collect();
    assert_eq!(ids, ["lead@x.test", "owner@x.test", "gov"]);
}

#[test]
fn entitlement_requests_with_no_schemes_are_approved_at_once() {
    let mut req = request();
    req.resource.resource_type = "entitlement".into();
    let mut s = snapshot(vec![]);
    s.request_config.entitlements.approval_schemes.clear();
    assert_eq!(evaluate(&req, &s).outcome, Outcome::Approved);
}

#[test]
fn entitlement_requests_are_refused_when_disabled_or_uncommented() {
    let mut req = request();
    req.resource.resource_type = "entitlement".into();
    let mut s = snapshot(vec![]);
    s.request_config.entitlements.allowed = false;
    assert_eq!(
        evaluate(&req, &s).violations[0].constraint,
        "entitlement_requests_disabled"
    );
    s.request_config.entitlements.allowed = true;
    s.request_config.entitlements.request_comments_required = true;
    req.justification.clear();
    assert_eq!(evaluate(&req, &s).violations[0].constraint, "require_reason");
}
