use std::collections::BTreeMap;

use chrono::{DateTime, Utc};

use super::*;
use crate::domain::{
    access_request::model::*,
    directory::{User, ids::UserId},
    evaluation::{Evaluation, Outcome, Quorum, RequestedResource},
};

/// `secs` after a fixed instant.
pub(crate) fn at(secs: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(1_700_000_000 + secs, 0).expect("in range")
}

fn entry(id: &str, source: &str) -> ApproverEntry {
    ApproverEntry {
        kind: ApproverKind::User,
        id: id.into(),
        display_name: String::new(),
        source: source.into(),
        decision: None,
    }
}

fn step(name: &str, state: StepState, approvers: Vec<ApproverEntry>) -> StepProgress {
    StepProgress {
        name: name.into(),
        quorum: Quorum::Any,
        approvers,
        state,
        started_at: (state == StepState::Pending).then(|| at(0)),
        reminders_sent: 0,
        escalation_level: 0,
    }
}

/// A request filed at `at(0)`, pending on one step approved by
/// dev@x.test: the first reminder 3600 s after the step started, then every
/// 600 s (at most 3), escalation 600 s after the last (rounds of 5400 s),
/// fallback approver fallback@x.test, undecided deadline at `at(86_400)`.
pub(crate) fn pending_request() -> AccessRequest {
    let person = |id: &str| Person {
        id: id.into(),
        display_name: String::new(),
    };
    AccessRequest {
        id: "r1".into(),
        org_id: "acme".into(),
        client_request_id: String::new(),
        requester: person("req@x.test"),
        target_user: person("req@x.test"),
        requested_role: None,
        resource: RequestedResource::default(),
        justification: "j".into(),
        name: "n".into(),
        comment: String::new(),
        action: Action::Grant,
        approver_can_revoke: false,
        can_bypass_revoke_workflow: false,
        requested: Grant::Permanent,
        grant: Grant::Permanent,
        activated_window: None,
        plan: Evaluation {
            outcome: Outcome::Pending,
            reasons: vec![],
            evaluated_at: at(0),
            requester_id: "req@x.test".into(),
            target_user_id: "req@x.test".into(),
            resource: RequestedResource::default(),
            routing_version: String::new(),
            policies: vec![],
            paths: vec![],
            violations: vec![],
            grant: Grant::Permanent,
        },
        paths: vec![PathProgress {
            current_step: 0,
            steps: vec![
                step("Managers", StepState::Pending, vec![entry("dev@x.test", "approver")]),
                step("Security", StepState::Waiting, vec![entry("sec@x.test", "approver")]),
            ],
        }],
        state: State::PendingApproval,
        created: at(0),
        updated: at(0),
        decision_deadline: Some(at(86_400)),
        approved_via: None,
        approved_at: None,
        revocation: None,
        self_approval_enabled: false,
        approvals_external: false,
        follow_up: FollowUp {
            reminder_every: Some(600),
            max_reminders: 3,
            escalate_after: Some(3600),
            fallback_approver: Some("fallback@x.test".into()),
        },
        revision: 1,
    }
}

fn approved(grant: Grant) -> AccessRequest {
    let mut r = pending_request();
    r.state = State::Approved;
    r.grant = grant;
    r.requested = grant;
    r.decision_deadline = None;
    for s in r.paths.iter_mut().flat_map(|p| &mut p.steps) {
        s.state = StepState::Approved;
    }
    r
}

fn window(start: i64, end: i64) -> Grant {
    Grant::TimeRestricted {
        start: at(start),
        end: at(end),
    }
}

fn user(id: &str, manager: Option<&str>) -> User {
    User {
        id: id.into(),
        email: id.into(),
        display_name: id.to_uppercase(),
        manager_id: manager.map(UserId::new),
        attributes: BTreeMap::new(),
    }
}

/// dev → lead → cto, and the fallback approver.
fn directory() -> DirectoryView {
    let users = [
        user("dev@x.test", Some("lead@x.test")),
        user("lead@x.test", Some("cto@x.test")),
        user("cto@x.test", None),
        user("fallback@x.test", None),
    ];
    let users = users.into_iter().map(|u| (u.id.clone(), u)).collect();
    DirectoryView::new(users, Default::default(), Default::default(), Default::default())
}

fn kinds(changes: &[Change]) -> Vec<ChangeKind> {
    changes.iter().map(|c| c.kind).collect()
}

fn no_reminders(mut r: AccessRequest) -> AccessRequest {
    r.follow_up.reminder_every = None;
    r
}

fn approvers(r: &AccessRequest) -> Vec<(String, String)> {
    r.paths[0].steps[0]
        .approvers
        .iter()
        .map(|a| (a.id.clone(), a.source.clone()))
        .collect()
}

/// Advances and checks the invariant the scheduler relies on: nothing is
/// left due at `now`.
fn run(r: &mut AccessRequest, secs: i64, directory: &DirectoryView) -> Vec<Change> {
    let changes = advance(r, at(secs), directory);
    if let Some(next) = schedule::next_due(r) {
        assert!(next > at(secs), "still due at {next} after advancing to {}", at(secs));
    }
    changes
}

#[test]
fn an_approved_window_activates_at_its_start_and_expires_at_its_end() {
    let dir = DirectoryView::default();
    let mut r = approved(window(100, 200));
    assert!(run(&mut r, 99, &dir).is_empty());
    assert_eq!(r.state, State::Approved);
    assert_eq!(schedule::next_due(&r), Some(at(100)));

    let changes = run(&mut r, 100, &dir);
    assert_eq!(kinds(&changes), [ChangeKind::GrantActivated]);
    assert!(changes[0].comment.contains("started"), "{}", changes[0].comment);
    assert_eq!(r.state, State::Active);
    assert_eq!(schedule::next_due(&r), Some(at(200)));

    assert!(run(&mut r, 199, &dir).is_empty());
    let changes = run(&mut r, 200, &dir);
    assert_eq!(kinds(&changes), [ChangeKind::GrantExpired]);
    assert_eq!(r.state, State::Expired);
    assert_eq!(schedule::next_due(&r), None);
    assert!(run(&mut r, 10_000, &dir).is_empty());
}

#[test]
fn a_scheduler_that_was_down_activates_and_expires_in_one_go_in_order() {
    let mut r = approved(window(100, 200));
    let changes = run(&mut r, 500, &DirectoryView::default());
    assert_eq!(kinds(&changes), [ChangeKind::GrantActivated, ChangeKind::GrantExpired]);
    assert_eq!(r.state, State::Expired);
    assert_eq!(r.revision, 1, "the caller bumps the revision");
    assert_eq!(r.updated, at(0), "the caller sets updated");
}

#[test]
fn an_activated_floating_grant_expires_at_its_window_end_and_others_never_do() {
    let dir = DirectoryView::default();
    let mut floating = approved(Grant::Floating { hours: 1 });
    assert!(
        run(&mut floating, 1_000_000, &dir).is_empty(),
        "only the user activates it"
    );
    floating.state = State::Active;
    assert!(run(&mut floating, 1_000_000, &dir).is_empty(), "no window yet");
    floating.activated_window = Some(Window {
        start: at(10),
        end: at(3610),
    });
    assert_eq!(schedule::next_due(&floating), Some(at(3610)));
    assert!(run(&mut floating, 3609, &dir).is_empty());
    assert_eq!(kinds(&run(&mut floating, 3610, &dir)), [ChangeKind::GrantExpired]);

    let mut permanent = approved(Grant::Permanent);
    permanent.state = State::Active;
    assert!(run(&mut permanent, 1_000_000, &dir).is_empty());
    assert_eq!(schedule::next_due(&permanent), None);
}

#[test]
fn finished_requests_never_change() {
    for state in [State::Denied, State::Canceled, State::Expired, State::Revoked] {
        let mut r = pending_request();
        r.state = state;
        r.grant = window(0, 10);
        let before = r.clone();
        assert!(run(&mut r, 1_000_000, &directory()).is_empty());
        assert_eq!(r, before);
    }
}

#[test]
fn an_undecided_request_expires_at_its_deadline_and_closes_open_steps() {
    let mut r = no_reminders(pending_request());
    r.follow_up.escalate_after = None;
    r.paths.push(PathProgress {
        current_step: 1,
        steps: vec![
            step("Done", StepState::Approved, vec![]),
            step("Open", StepState::Pending, vec![]),
        ],
    });
    assert!(run(&mut r, 86_399, &directory()).is_empty());
    let changes = run(&mut r, 86_400, &directory());
    assert_eq!(kinds(&changes), [ChangeKind::RequestExpired]);
    assert!(
        changes[0].comment.contains("decision deadline"),
        "{}",
        changes[0].comment
    );
    assert_eq!(r.state, State::Expired);
    let states: Vec<StepState> = r.paths.iter().flat_map(|p| &p.steps).map(|s| s.state).collect();
    assert_eq!(
        states,
        [
            StepState::Closed,
            StepState::Closed,
            StepState::Approved,
            StepState::Closed
        ]
    );
    assert_eq!(schedule::next_due(&r), None);
}

#[test]
fn an_undecided_request_also_expires_when_its_window_ends_first() {
    let mut r = no_reminders(pending_request());
    r.grant = window(100, 5000);
    let changes = run(&mut r, 6000, &directory());
    assert_eq!(kinds(&changes), [ChangeKind::Escalated, ChangeKind::RequestExpired]);
    assert!(changes[1].comment.contains("window ended"), "{}", changes[1].comment);
    assert_eq!(
        r.paths[0].steps[0].escalation_level, 1,
        "only the escalation before the end"
    );
}

#[test]
fn reminders_start_after_days_until_escalation_and_come_every_interval_up_to_the_maximum() {
    let mut r = pending_request();
    let dir = directory();
    assert!(run(&mut r, 3599, &dir).is_empty());
    for (n, secs) in [(1, 3600), (2, 4200), (3, 4800)] {
        let changes = run(&mut r, secs, &dir);
        assert_eq!(kinds(&changes), [ChangeKind::ReminderDue]);
        assert_eq!(changes[0].comment, format!("reminder {n} of 3 for step \"Managers\""));
        assert_eq!(r.paths[0].steps[0].reminders_sent, n);
        assert_eq!(r.paths[0].steps[1].reminders_sent, 0, "waiting steps get none");
    }
    assert_eq!(
        schedule::next_due(&r),
        Some(at(5400)),
        "escalation, one interval after the last reminder"
    );
    assert!(run(&mut r, 5399, &dir).is_empty());
    assert_eq!(r.paths[0].steps[0].reminders_sent, 3);
}

#[test]
fn every_reminder_comes_before_escalation_and_each_level_starts_over() {
    let mut r = pending_request();
    let dir = directory();
    run(&mut r, 4800, &dir);
    let changes = run(&mut r, 5400, &dir);
    assert_eq!(kinds(&changes), [ChangeKind::Escalated], "no reminder in the same pass");
    assert_eq!(r.paths[0].steps[0].escalation_level, 1);
    assert_eq!(r.paths[0].steps[0].reminders_sent, 0);
    assert_eq!(
        schedule::next_due(&r),
        Some(at(9000)),
        "the new approvers wait a full first interval"
    );
    let changes = run(&mut r, 9000, &dir);
    assert_eq!(kinds(&changes), [ChangeKind::ReminderDue]);
    assert_eq!(changes[0].comment, "reminder 1 of 3 for step \"Managers\"");
}

#[test]
fn overdue_reminders_collapse_into_one_event_counting_what_is_due() {
    let mut r = pending_request();
    let dir = directory();
    let changes = run(&mut r, 4250, &dir);
    assert_eq!(kinds(&changes), [ChangeKind::ReminderDue]);
    assert!(
        changes[0].comment.contains("reminders 1 to 2 of 3"),
        "{}",
        changes[0].comment
    );
    assert_eq!(r.paths[0].steps[0].reminders_sent, 2);
    assert_eq!(schedule::next_due(&r), Some(at(4800)));

    let mut late = pending_request();
    let changes = run(&mut late, 5399, &dir);
    assert_eq!(kinds(&changes), [ChangeKind::ReminderDue]);
    assert_eq!(late.paths[0].steps[0].reminders_sent, 3, "never past the maximum");
}

#[test]
fn reminders_due_after_the_deadline_are_not_counted() {
    let mut r = pending_request();
    r.decision_deadline = Some(at(4200));
    let changes = run(&mut r, 5000, &directory());
    assert_eq!(kinds(&changes), [ChangeKind::ReminderDue, ChangeKind::RequestExpired]);
    assert_eq!(
        r.paths[0].steps[0].reminders_sent, 1,
        "the one at 4200 is moot: the deadline wins ties"
    );
}

#[test]
fn escalation_adds_managers_then_their_managers_then_the_fallback_approver() {
    let mut r = no_reminders(pending_request());
    let dir = directory();
    assert!(run(&mut r, 3599, &dir).is_empty());
    assert_eq!(schedule::next_due(&r), Some(at(3600)));

    let changes = run(&mut r, 3600, &dir);
    assert_eq!(kinds(&changes), [ChangeKind::Escalated]);
    assert_eq!(
        changes[0].comment,
        "level 1: escalated step \"Managers\" to lead@x.test (manager of dev@x.test)"
    );
    assert_eq!(r.paths[0].steps[0].escalation_level, 1);
    assert_eq!(r.paths[0].steps[0].approvers[1].display_name, "LEAD@X.TEST");
    assert_eq!(schedule::next_due(&r), Some(at(7200)));

    let changes = run(&mut r, 7200, &dir);
    assert_eq!(
        changes[0].comment,
        "level 2: escalated step \"Managers\" to cto@x.test (manager of lead@x.test, the manager of dev@x.test)"
    );
    let changes = run(&mut r, 10_800, &dir);
    assert_eq!(
        changes[0].comment,
        "level 3: escalated step \"Managers\" to fallback@x.test (the fallback approver)"
    );
    assert_eq!(
        approvers(&r),
        [
            ("dev@x.test".to_string(), "approver".to_string()),
            ("lead@x.test".into(), SOURCE_ESCALATION_MANAGER.into()),
            ("cto@x.test".into(), SOURCE_ESCALATION_MANAGER.into()),
            ("fallback@x.test".into(), SOURCE_ESCALATION_FALLBACK.into()),
        ]
    );
    assert_eq!(r.paths[0].steps[0].escalation_level, 3);
    assert_eq!(r.paths[0].steps[1].escalation_level, 0, "waiting steps do not escalate");
    assert_eq!(
        schedule::next_due(&r),
        Some(at(86_400)),
        "then only the deadline is left"
    );
}

#[test]
fn overdue_escalations_apply_level_by_level_in_time_order_with_reminders() {
    // Rounds of 5400 s: reminders at +3600, +4200, +4800, escalation at
    // +5400; level 3 (from 16,200) has reminders and no escalation.
    let mut r = pending_request();
    let changes = run(&mut r, 20_000, &directory());
    assert_eq!(
        kinds(&changes),
        [
            ChangeKind::ReminderDue,
            ChangeKind::Escalated,
            ChangeKind::ReminderDue,
            ChangeKind::Escalated,
            ChangeKind::ReminderDue,
            ChangeKind::Escalated,
            ChangeKind::ReminderDue,
        ]
    );
    assert_eq!(r.paths[0].steps[0].reminders_sent, 1, "19,800 only, in level 3");
    assert_eq!(r.paths[0].steps[0].escalation_level, 3);
    assert_eq!(r.paths[0].steps[0].approvers.len(), 4);
}

#[test]
fn a_missing_or_deleted_fallback_approver_still_advances_the_level() {
    let mut dir = directory();
    dir.users.remove("fallback@x.test");
    let mut r = no_reminders(pending_request());
    let changes = run(&mut r, 10_800, &dir);
    assert_eq!(kinds(&changes).len(), 3);
    assert_eq!(
        changes[2].comment,
        "level 3: nobody to escalate step \"Managers\" to: the fallback approver fallback@x.test is not in the directory"
    );
    assert_eq!(r.paths[0].steps[0].escalation_level, 3);
    assert_eq!(r.paths[0].steps[0].approvers.len(), 3, "dev, lead and cto only");

    let mut none = no_reminders(pending_request());
    none.follow_up.fallback_approver = None;
    let changes = run(&mut none, 10_800, &dir);
    assert!(
        changes[2].comment.ends_with("no fallback approver is configured"),
        "{}",
        changes[2].comment
    );
}

#[test]
fn a_level_without_managers_finds_nobody_and_moves_on() {
    let mut dir = directory();
    dir.users.insert("dev@x.test".into(), user("dev@x.test", None));
    let mut r = no_reminders(pending_request());
    let changes = run(&mut r, 7200, &dir);
    assert_eq!(
        changes[0].comment,
        "level 1: nobody to escalate step \"Managers\" to: no manager of dev@x.test in the directory"
    );
    assert!(
        changes[1].comment.contains("no manager's manager of dev@x.test"),
        "{}",
        changes[1].comment
    );
    assert_eq!(r.paths[0].steps[0].escalation_level, 2);
    assert_eq!(r.paths[0].steps[0].approvers.len(), 1);

    // An empty view (the directory could not be read for it) is the same.
    let mut r = no_reminders(pending_request());
    let changes = run(&mut r, 3600, &DirectoryView::default());
    assert!(changes[0].comment.contains("nobody"), "{}", changes[0].comment);
}

#[test]
fn escalation_skips_users_already_on_the_step_and_decided_or_group_approvers() {
    let mut r = no_reminders(pending_request());
    r.paths[0].steps[0].approvers.push(entry("LEAD@x.test", "approver"));
    let changes = run(&mut r, 3600, &directory());
    // lead is an undecided approver too, so its manager cto is found as well.
    assert_eq!(
        changes[0].comment,
        "level 1: escalated step \"Managers\" to cto@x.test (manager of lead@x.test)"
    );
    assert_eq!(r.paths[0].steps[0].approvers.len(), 3);

    let mut nobody_undecided = no_reminders(pending_request());
    nobody_undecided.paths[0].steps[0].approvers[0].decision = Some(DecisionRecord {
        decision: Decision::Approve,
        user: Person::default(),
        at: at(5),
        comment: String::new(),
    });
    nobody_undecided.paths[0].steps[0].approvers.push(ApproverEntry {
        kind: ApproverKind::Group,
        ..entry("sre", "approver")
    });
    let changes = run(&mut nobody_undecided, 3600, &directory());
    assert!(
        changes[0].comment.contains("no undecided user approvers"),
        "{}",
        changes[0].comment
    );

    let mut fallback_present = no_reminders(pending_request());
    fallback_present.paths[0].steps[0]
        .approvers
        .push(entry("fallback@x.test", "approver"));
    let changes = run(&mut fallback_present, 10_800, &directory());
    assert_eq!(
        changes[2].comment,
        "level 3: nobody new to escalate step \"Managers\" to: fallback@x.test already approve(s) it"
    );
}

#[test]
fn a_deadline_due_with_escalations_expires_the_request_first() {
    let mut r = no_reminders(pending_request());
    r.decision_deadline = Some(at(3600));
    let changes = run(&mut r, 3600, &directory());
    assert_eq!(kinds(&changes), [ChangeKind::RequestExpired]);
    assert_eq!(r.paths[0].steps[0].escalation_level, 0);
}

#[test]
fn nothing_is_ever_left_due_after_advancing() {
    let dir = directory();
    for secs in (0..100_000).step_by(337) {
        let mut r = pending_request();
        run(&mut r, secs, &dir);
        let mut g = approved(window(1000, 40_000));
        run(&mut g, secs, &dir);
    }
}
