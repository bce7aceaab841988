//! Unit tests of the lifecycle rules on hand-built plans.

use chrono::{DateTime, Duration, TimeZone, Utc};

use super::{
    filing::Filing,
    lifecycle::{self, Actor, DecisionInput, NewRequest},
    model::*,
    schedule::next_due,
};
use crate::{
    domain::{
        directory::ids::UserId,
        evaluation::{
            ApprovalPath, ApproverKind, Constraints, EligibleApprover, Evaluation, Grant, Outcome, PolicyKind, Quorum,
            RequestedResource, Step, Violation,
        },
    },
    error::Error,
};

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap()
}

fn entry(kind: ApproverKind, id: &str) -> EligibleApprover {
    EligibleApprover {
        kind,
        id: id.into(),
        display_name: String::new(),
        source: "approver".into(),
        user_ids: vec![],
    }
}

fn path(steps: Vec<(Quorum, Vec<EligibleApprover>)>) -> ApprovalPath {
    ApprovalPath {
        policy_kind: PolicyKind::RoutingRule,
        policy_id: "rule".into(),
        approval_index: 0,
        approval_type: "group".into(),
        steps: steps
            .into_iter()
            .enumerate()
            .map(|(i, (quorum, approvers))| Step {
                name: format!("step {i}"),
                quorum,
                approvers,
            })
            .collect(),
        constraints: Constraints::default(),
        auto_approve: None,
        violations: vec![],
    }
}

fn plan(outcome: Outcome, paths: Vec<ApprovalPath>, grant: Grant) -> Evaluation {
    Evaluation {
        outcome,
        reasons: vec!["because".into()],
        evaluated_at: t0(),
        requester_id: "dev@x.test".into(),
        target_user_id: "dev@x.test".into(),
        resource: resource(),
        routing_version: "v1".into(),
        policies: vec![],
        paths,
        violations: vec![],
        grant,
    }
}

fn resource() -> RequestedResource {
    RequestedResource {
        service: "aws".into(),
        resource_id: "prod".into(),
        ..Default::default()
    }
}

fn window(hours: i64) -> Grant {
    Grant::TimeRestricted {
        start: t0(),
        end: t0() + Duration::hours(hours),
    }
}

fn new_request(grant: Grant) -> NewRequest {
    NewRequest {
        id: "r1".into(),
        org_id: "acme".into(),
        requester: person("dev@x.test"),
        target_user: person("dev@x.test"),
        filing: Filing {
            resource: resource(),
            justification: "incident".into(),
            ..Default::default()
        },
        requested: grant,
        self_approval_enabled: false,
        approvals_external: false,
        follow_up: FollowUp::default(),
        lifecycle: Default::default(),
    }
}

fn person(id: &str) -> Person {
    Person {
        id: id.into(),
        display_name: String::new(),
    }
}

fn actor(id: &str) -> Actor {
    Actor {
        person: person(id),
        ..Default::default()
    }
}

fn pending(paths: Vec<ApprovalPath>, grant: Grant) -> AccessRequest {
    lifecycle::file(new_request(grant), plan(Outcome::Pending, paths, grant), t0())
        .unwrap()
        .0
}

fn approve() -> DecisionInput {
    DecisionInput {
        step: None,
        decision: Decision::Approve,
        comment: String::new(),
        grant_start: None,
        grant_end: None,
        floating_length: None,
    }
}

fn deny(comment: &str) -> DecisionInput {
    DecisionInput {
        decision: Decision::Deny,
        comment: comment.into(),
        ..approve()
    }
}

fn kinds(changes: &[Change]) -> Vec<ChangeKind> {
    changes.iter().map(|c| c.kind).collect()
}

/// The kind of refusal, as its variant's name.
fn code(e: &Error) -> &'static str {
    match e {
        Error::PermissionDenied { .. } => "PermissionDenied",
        Error::FailedPrecondition { .. } => "FailedPrecondition",
        Error::InvalidArgument(_) => "InvalidArgument",
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn a_pending_request_opens_the_first_step_of_every_path_and_waits_with_a_deadline() {
    let r = pending(
        vec![path(vec![
            (Quorum::Any, vec![entry(ApproverKind::User, "lead@x.test")]),
            (Quorum::Any, vec![entry(ApproverKind::User, "cto@x.test")]),
        ])],
        window(4),
    );
    assert_eq!(r.state, State::PendingApproval);
    assert_eq!(r.paths[0].steps[0].state, StepState::Pending);
    assert_eq!(r.paths[0].steps[1].state, StepState::Waiting);
    // The requested window ends before the decision timeout.
    assert_eq!(r.decision_deadline, Some(t0() + Duration::hours(4)));
    assert_eq!(next_due(&r), r.decision_deadline);
    assert_eq!(r.name, "Grant aws prod for dev@x.test");
}

#[test]
fn filing_an_auto_approved_request_activates_a_started_window_at_once() {
    let mut p = path(vec![]);
    p.auto_approve = Some("persistent".into());
    let (r, changes) = lifecycle::file(
        new_request(window(1)),
        plan(Outcome::Approved, vec![p], window(1)),
        t0(),
    )
    .unwrap();
    assert_eq!(r.state, State::Active);
    assert_eq!(r.approved_via, Some(0));
    assert_eq!(
        kinds(&changes),
        [
            ChangeKind::RequestFiled,
            ChangeKind::RequestApproved,
            ChangeKind::GrantActivated
        ]
    );
    assert_eq!(next_due(&r), Some(t0() + Duration::hours(1)));
}

#[test]
fn a_future_window_stays_approved_until_its_start_and_a_floating_one_until_activation() {
    let mut p = path(vec![]);
    p.auto_approve = Some("persistent".into());
    let later = Grant::TimeRestricted {
        start: t0() + Duration::hours(2),
        end: t0() + Duration::hours(3),
    };
    let (r, _) = lifecycle::file(
        new_request(later),
        plan(Outcome::Approved, vec![p.clone()], later),
        t0(),
    )
    .unwrap();
    assert_eq!(r.state, State::Approved);
    assert_eq!(next_due(&r), Some(t0() + Duration::hours(2)));

    let floating = Grant::Floating { hours: 2 };
    let (mut r, _) = lifecycle::file(new_request(floating), plan(Outcome::Approved, vec![p], floating), t0()).unwrap();
    assert_eq!(r.state, State::Approved);
    assert_eq!(next_due(&r), None);
    let err = lifecycle::activate(&mut r, &actor("eve@x.test"), t0()).unwrap_err();
    assert_eq!(code(&err), "PermissionDenied");
    let changes = lifecycle::activate(&mut r, &actor("dev@x.test"), t0() + Duration::hours(5)).unwrap();
    assert_eq!(kinds(&changes), [ChangeKind::GrantActivated]);
    assert_eq!(r.state, State::Active);
    assert_eq!(next_due(&r), Some(t0() + Duration::hours(7)));
    let again = lifecycle::activate(&mut r, &actor("dev@x.test"), t0()).unwrap_err();
    assert_eq!(code(&again), "FailedPrecondition");
}

#[test]
fn a_denied_evaluation_is_stored_denied_and_a_refused_one_is_an_error() {
    let (r, changes) = lifecycle::file(new_request(window(1)), plan(Outcome::Denied, vec![], window(1)), t0()).unwrap();
    assert_eq!(r.state, State::Denied);
    assert_eq!(kinds(&changes), [ChangeKind::RequestFiled, ChangeKind::RequestDenied]);

    let mut refused = plan(Outcome::Refused, vec![], window(1));
    refused.violations = vec![
        Violation::new(
            "requested_grant_end",
            "max_duration",
            "window of 8h exceeds the maximum of 4h",
        ),
        Violation::new("request_justification", "require_reason", "a justification is required"),
    ];
    let err = lifecycle::file(new_request(window(1)), refused.clone(), t0()).unwrap_err();
    let Error::InvalidArgument(fields) = err else {
        panic!("{err:?}")
    };
    assert_eq!(fields.len(), 2);
    assert_eq!(fields[0].field, "access_request.requested_grant_end");

    let mut cooldown = Violation::new("resource", "cooldown", "retry in 1h");
    cooldown.retry_after_seconds = 3600;
    refused.violations = vec![cooldown];
    let err = lifecycle::file(new_request(window(1)), refused.clone(), t0()).unwrap_err();
    assert_eq!(
        err,
        Error::FailedPrecondition {
            reason: crate::error::Reason::CooldownActive,
            message: "retry in 1h".into(),
            retry_after: Some(std::time::Duration::from_secs(3600)),
        }
    );
    refused.violations = vec![Violation::new("target_user", "on_behalf_of", "not allowed")];
    let err = lifecycle::file(new_request(window(1)), refused, t0()).unwrap_err();
    assert_eq!(code(&err), "PermissionDenied");
}

#[test]
fn an_approval_moves_through_ordered_steps_and_approves_when_the_path_is_met() {
    let mut r = pending(
        vec![path(vec![
            (Quorum::Any, vec![entry(ApproverKind::User, "lead@x.test")]),
            (Quorum::Any, vec![entry(ApproverKind::Group, "sec")]),
        ])],
        window(4),
    );
    // The second step's approver cannot jump the queue.
    let mut sec = actor("sam@x.test");
    sec.groups.insert("sec".into());
    let err = lifecycle::decide(&mut r, &sec, &approve(), t0()).unwrap_err();
    assert_eq!(code(&err), "PermissionDenied");
    let err = lifecycle::decide(
        &mut r,
        &sec,
        &DecisionInput {
            step: Some(1),
            ..approve()
        },
        t0(),
    )
    .unwrap_err();
    assert_eq!(code(&err), "FailedPrecondition");

    let changes = lifecycle::decide(&mut r, &actor("lead@x.test"), &approve(), t0()).unwrap();
    assert_eq!(kinds(&changes), [ChangeKind::StepApproved]);
    assert_eq!(r.paths[0].current_step, 1);
    assert_eq!(r.paths[0].steps[1].state, StepState::Pending);
    let changes = lifecycle::decide(&mut r, &sec, &approve(), t0()).unwrap();
    assert_eq!(
        kinds(&changes),
        [
            ChangeKind::StepApproved,
            ChangeKind::RequestApproved,
            ChangeKind::GrantActivated
        ]
    );
    assert_eq!(r.state, State::Active);
    assert_eq!(r.paths[0].current_step, 2);
    let d = r.paths[0].steps[1].approvers[0].decision.as_ref().unwrap();
    assert_eq!(d.user.id, "sam@x.test");
    // Deciding a closed request is refused.
    let err = lifecycle::decide(&mut r, &sec, &approve(), t0()).unwrap_err();
    assert_eq!(code(&err), "FailedPrecondition");
}

#[test]
fn all_quorum_needs_every_entry_and_one_user_counts_once_per_step() {
    let mut r = pending(
        vec![path(vec![(
            Quorum::All,
            vec![entry(ApproverKind::User, "a@x.test"), entry(ApproverKind::Group, "ops")],
        )])],
        window(4),
    );
    let mut a = actor("a@x.test");
    a.groups.insert("ops".into());
    let changes = lifecycle::decide(&mut r, &a, &approve(), t0()).unwrap();
    assert_eq!(kinds(&changes), [ChangeKind::ApprovalRecorded]);
    assert!(r.paths[0].steps[0].approvers[0].decision.is_some());
    assert!(r.paths[0].steps[0].approvers[1].decision.is_none());
    let err = lifecycle::decide(&mut r, &a, &approve(), t0()).unwrap_err();
    assert_eq!(code(&err), "FailedPrecondition");
    let mut b = actor("b@x.test");
    b.groups.insert("ops".into());
    let changes = lifecycle::decide(&mut r, &b, &approve(), t0()).unwrap();
    assert_eq!(
        kinds(&changes),
        [
            ChangeKind::StepApproved,
            ChangeKind::RequestApproved,
            ChangeKind::GrantActivated
        ]
    );
}

#[test]
fn any_eligible_denial_denies_and_closes_every_other_path() {
    let mut r = pending(
        vec![
            path(vec![(Quorum::Any, vec![entry(ApproverKind::Role, "APPROVER")])]),
            path(vec![(Quorum::Any, vec![entry(ApproverKind::OnCall, "pd/db")])]),
        ],
        window(4),
    );
    let mut oncall = actor("ops@x.test");
    oncall.on_call.insert("pd/db".into());
    let changes = lifecycle::decide(&mut r, &oncall, &deny("not now"), t0()).unwrap();
    assert_eq!(kinds(&changes), [ChangeKind::RequestDenied]);
    assert_eq!(changes[0].comment, "not now");
    assert_eq!(r.state, State::Denied);
    assert_eq!(r.paths[0].steps[0].state, StepState::Closed);
    assert_eq!(r.paths[1].steps[0].state, StepState::Denied);
    assert_eq!(next_due(&r), None);
}

#[test]
fn comments_are_required_where_the_path_says() {
    let mut p = path(vec![(Quorum::Any, vec![entry(ApproverKind::User, "lead@x.test")])]);
    p.constraints.require_denial_comment = true;
    let mut r = pending(vec![p.clone()], window(4));
    let err = lifecycle::decide(&mut r, &actor("lead@x.test"), &deny(" "), t0()).unwrap_err();
    assert_eq!(
        err,
        Error::invalid(
            "comment",
            "is required: this path requires a comment on denials or on every decision"
        )
    );
    assert_eq!(r.state, State::PendingApproval, "a refused decision changes nothing");
    lifecycle::decide(&mut r, &actor("lead@x.test"), &approve(), t0()).unwrap();

    p.constraints.require_denial_comment = false;
    p.constraints.require_approver_justification = true;
    let mut r = pending(vec![p], window(4));
    let err = lifecycle::decide(&mut r, &actor("lead@x.test"), &approve(), t0()).unwrap_err();
    assert_eq!(code(&err), "InvalidArgument");
}

#[test]
fn the_requester_approves_themself_only_where_one_party_is_allowed() {
    let approvers = vec![entry(ApproverKind::Group, "eng")];
    let mut dev = actor("dev@x.test");
    dev.groups.insert("eng".into());

    let mut r = pending(vec![path(vec![(Quorum::Any, approvers.clone())])], window(4));
    let err = lifecycle::decide(&mut r, &dev, &approve(), t0()).unwrap_err();
    assert_eq!(code(&err), "PermissionDenied");
    assert!(err.to_string().contains("own request"), "{err}");

    let mut one_party = path(vec![(Quorum::Any, approvers.clone())]);
    one_party.constraints.allow_one_party = true;
    let mut r = pending(vec![one_party.clone()], window(4));
    lifecycle::decide(&mut r, &dev, &approve(), t0()).unwrap();
    assert_eq!(r.state, State::Active);

    // Never where the path forbids it, whatever else allows it.
    one_party.constraints.requester_cannot_approve = true;
    let mut r = pending(vec![one_party], window(4));
    r.self_approval_enabled = true;
    let err = lifecycle::decide(&mut r, &dev, &approve(), t0()).unwrap_err();
    assert_eq!(code(&err), "PermissionDenied");

    // autoApprovalEnabled at filing lets them approve.
    let mut r = pending(vec![path(vec![(Quorum::Any, approvers)])], window(4));
    r.self_approval_enabled = true;
    lifecycle::decide(&mut r, &dev, &approve(), t0()).unwrap();
}

#[test]
fn a_decision_may_shorten_the_window_but_never_lengthen_it() {
    let approvers = vec![entry(ApproverKind::User, "lead@x.test")];
    let lead = actor("lead@x.test");
    let mut r = pending(vec![path(vec![(Quorum::Any, approvers.clone())])], window(4));
    let longer = DecisionInput {
        grant_end: Some(t0() + Duration::hours(5)),
        ..approve()
    };
    let err = lifecycle::decide(&mut r, &lead, &longer, t0()).unwrap_err();
    assert_eq!(code(&err), "InvalidArgument");
    let earlier_start = DecisionInput {
        grant_start: Some(t0() - Duration::hours(1)),
        ..approve()
    };
    assert!(lifecycle::decide(&mut r, &lead, &earlier_start, t0()).is_err());
    let shorter = DecisionInput {
        grant_start: Some(t0() + Duration::hours(1)),
        grant_end: Some(t0() + Duration::hours(2)),
        ..approve()
    };
    lifecycle::decide(&mut r, &lead, &shorter, t0()).unwrap();
    assert_eq!(
        r.grant,
        Grant::TimeRestricted {
            start: t0() + Duration::hours(1),
            end: t0() + Duration::hours(2)
        }
    );
    assert_eq!(r.state, State::Approved, "the shortened window starts later");

    // A PERMANENT request given an end becomes TIME_RESTRICTED.
    let mut r = pending(vec![path(vec![(Quorum::Any, approvers.clone())])], Grant::Permanent);
    let end = DecisionInput {
        grant_end: Some(t0() + Duration::hours(8)),
        ..approve()
    };
    lifecycle::decide(&mut r, &lead, &end, t0()).unwrap();
    assert_eq!(r.grant.type_name(), "TIME_RESTRICTED");

    // A FLOATING one only by its length.
    let mut r = pending(vec![path(vec![(Quorum::Any, approvers)])], Grant::Floating { hours: 4 });
    let longer = DecisionInput {
        floating_length: Some(5),
        ..approve()
    };
    assert!(lifecycle::decide(&mut r, &lead, &longer, t0()).is_err());
    let shorter = DecisionInput {
        floating_length: Some(2),
        ..approve()
    };
    lifecycle::decide(&mut r, &lead, &shorter, t0()).unwrap();
    assert_eq!(r.grant, Grant::Floating { hours: 2 });
}

#[test]
fn cancel_is_for_the_requester_or_an_admin_while_pending() {
    let approvers = vec![entry(ApproverKind::User, "lead@x.test")];
    let mut r = pending(vec![path(vec![(Quorum::Any, approvers)])], window(4));
    let err = lifecycle::cancel(&mut r, &actor("lead@x.test"), "", t0()).unwrap_err();
    assert_eq!(code(&err), "PermissionDenied");
    let changes = lifecycle::cancel(&mut r, &actor("dev@x.test"), "never mind", t0()).unwrap();
    assert_eq!(kinds(&changes), [ChangeKind::RequestCanceled]);
    assert_eq!(r.paths[0].steps[0].state, StepState::Closed);
    let err = lifecycle::cancel(&mut r, &actor("dev@x.test"), "", t0()).unwrap_err();
    assert_eq!(code(&err), "FailedPrecondition");
}

#[test]
fn revoke_is_for_admins_parties_and_approvers_when_allowed() {
    let approvers = vec![entry(ApproverKind::User, "lead@x.test")];
    let mut r = pending(vec![path(vec![(Quorum::Any, approvers)])], window(4));
    let lead = actor("lead@x.test");
    let err = lifecycle::revoke(&mut r, &lead, "", t0()).unwrap_err();
    assert_eq!(code(&err), "PermissionDenied");
    let err = lifecycle::revoke(&mut r, &actor("dev@x.test"), "", t0()).unwrap_err();
    assert_eq!(
        code(&err),
        "FailedPrecondition",
        "pending requests are canceled, not revoked"
    );
    lifecycle::decide(&mut r, &lead, &approve(), t0()).unwrap();
    assert!(lifecycle::revoke(&mut r.clone(), &lead, "", t0()).is_err());
    r.approver_can_revoke = true;
    let changes = lifecycle::revoke(&mut r, &lead, "done", t0() + Duration::minutes(5)).unwrap();
    assert_eq!(kinds(&changes), [ChangeKind::GrantRevoked]);
    assert_eq!(r.state, State::Revoked);
    assert_eq!(r.revocation.as_ref().unwrap().by.id, "lead@x.test");
    assert_eq!(next_due(&r), None);
}

#[test]
fn visibility_and_the_to_approve_view_follow_eligibility() {
    let mut r = pending(
        vec![path(vec![(Quorum::Any, vec![entry(ApproverKind::Group, "ops")])])],
        window(4),
    );
    let mut ops = actor("ops@x.test");
    ops.groups.insert("ops".into());
    assert!(lifecycle::visible_to(&r, &ops));
    assert!(lifecycle::awaits(&r, &ops));
    assert!(!lifecycle::visible_to(&r, &actor("eve@x.test")));
    assert!(lifecycle::visible_to(&r, &actor("dev@x.test")));
    assert!(!lifecycle::awaits(&r, &actor("dev@x.test")));
    let admin = Actor {
        is_admin: true,
        ..actor("root@x.test")
    };
    assert!(lifecycle::visible_to(&r, &admin));
    lifecycle::decide(&mut r, &ops, &approve(), t0()).unwrap();
    assert!(!lifecycle::awaits(&r, &ops));
    assert!(lifecycle::visible_to(&r, &ops));
}

#[test]
fn a_step_index_out_of_range_names_the_field() {
    let mut r = pending(
        vec![path(vec![(
            Quorum::Any,
            vec![entry(ApproverKind::User, "lead@x.test")],
        )])],
        window(4),
    );
    let err = lifecycle::decide(
        &mut r,
        &actor("lead@x.test"),
        &DecisionInput {
            step: Some(3),
            ..approve()
        },
        t0(),
    )
    .unwrap_err();
    assert_eq!(err, Error::invalid("step", "must index the request's steps (0 to 0)"));
}

#[test]
fn with_external_approvals_only_an_org_admin_decides_any_current_step() {
    let mut r = pending(
        vec![path(vec![(
            Quorum::Any,
            vec![entry(ApproverKind::User, "lead@x.test")],
        )])],
        window(4),
    );
    r.approvals_external = true;
    let err = lifecycle::decide(&mut r, &actor("lead@x.test"), &approve(), t0()).unwrap_err();
    assert_eq!(code(&err), "PermissionDenied");
    let system = Actor {
        is_admin: true,
        ..actor("idm@x.test")
    };
    lifecycle::decide(&mut r, &system, &approve(), t0()).unwrap();
    assert_eq!(r.state, State::Active);
    let d = r.paths[0].steps[0].approvers[0].decision.as_ref().unwrap();
    assert_eq!(d.user.id, "idm@x.test");
}

#[test]
fn a_decision_after_the_deadline_is_refused() {
    let mut r = pending(
        vec![path(vec![(
            Quorum::Any,
            vec![entry(ApproverKind::User, "lead@x.test")],
        )])],
        window(4),
    );
    let late = t0() + Duration::hours(4);
    let err = lifecycle::decide(&mut r, &actor("lead@x.test"), &approve(), late).unwrap_err();
    assert_eq!(code(&err), "FailedPrecondition");
    assert_eq!(r.state, State::PendingApproval);
}

/// CheckAccess's table holds exactly the grants in force, request by
/// request, as each changes.
#[test]
fn the_grant_table_follows_each_request_as_it_changes() {
    use super::check::{AccessQuery, GrantTable};
    let active = |id: &str| {
        let mut p = path(vec![]);
        p.auto_approve = Some("persistent".into());
        let mut new = new_request(window(2));
        new.id = id.into();
        let r = lifecycle::file(new, plan(Outcome::Approved, vec![p], window(2)), t0())
            .unwrap()
            .0;
        assert_eq!(r.state, State::Active);
        r
    };
    let (mut a, b) = (active("a"), active("b"));
    let query = AccessQuery {
        service: "aws".into(),
        resource_id: "prod".into(),
        ..Default::default()
    };
    let at = t0() + Duration::minutes(30);
    let mut table = GrantTable::of([&a, &b]);
    assert_eq!(table.len(), 2);
    assert_eq!(table.answering(&UserId::new("dev@x.test"), &query, at).len(), 2);
    assert!(table.answering(&UserId::new("ops@x.test"), &query, at).is_empty());
    assert!(
        table
            .answering(&UserId::new("dev@x.test"), &query, t0() + Duration::hours(2))
            .is_empty(),
        "ended"
    );
    a.state = State::Revoked;
    table.put(&a);
    let held: Vec<String> = table
        .answering(&UserId::new("dev@x.test"), &query, at)
        .into_iter()
        .map(|g| g.request_id)
        .collect();
    assert_eq!(held, ["b"]);
    table.drop("b");
    assert!(table.is_empty());
    assert_eq!(table.approx_bytes(), 0, "the byte count follows the grants");
}
