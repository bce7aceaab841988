//! A stored request on the wire: the proto `AccessRequest` (PrivX's request
//! object plus jitgate's fields).

pub mod decode;

use chrono::Duration;

use crate::{
    api::{
        evaluation::{evaluation, int, quorum, resource},
        timestamp::wire_timestamp,
    },
    domain::{
        access_request::model::{AccessRequest, ApproverEntry, Decision, Person, State, StepState},
        evaluation::Grant,
    },
    pb::v1 as pb,
};

pub fn access_request(r: &AccessRequest) -> pb::AccessRequest {
    let mut plan = evaluation(&r.plan);
    for (path, progress) in plan.paths.iter_mut().zip(&r.paths) {
        path.current_step = int(progress.current_step);
    }
    let role = r.requested_role.as_ref().map(|role| pb::RoleRef {
        id: role.id.clone(),
        name: role.name.clone(),
    });
    let (grant_start, grant_end) = match (r.grant, r.activated_window) {
        (Grant::TimeRestricted { start, end }, _) => (Some(wire_timestamp(start)), Some(wire_timestamp(end))),
        (Grant::Floating { .. }, Some(w)) => (Some(wire_timestamp(w.start)), Some(wire_timestamp(w.end))),
        _ => (None, None),
    };
    let (requested_start, requested_end) = match r.requested {
        Grant::TimeRestricted { start, end } => (Some(wire_timestamp(start)), Some(wire_timestamp(end))),
        _ => (None, None),
    };
    let max = longest_window(r);
    let pending: Vec<_> = r
        .paths
        .iter()
        .flat_map(|p| &p.steps)
        .filter(|s| s.state == StepState::Pending)
        .collect();
    pb::AccessRequest {
        id: r.id.clone(),
        request_id: r.client_request_id.clone(),
        requested_role: role.clone(),
        resource: Some(resource(&r.resource)),
        request_justification: r.justification.clone(),
        grant_type: r.grant.type_name().into(),
        grant_types: grant_types(max.is_none()),
        grant_start,
        grant_end,
        floating_length: match r.grant {
            Grant::Floating { hours } => int(hours),
            _ => 0,
        },
        max_floating_duration: max.map_or(0, |d| int(d.num_hours())),
        max_time_restricted_duration: max.map_or(0, |d| int(d.num_days())),
        requested_grant_type: r.requested.type_name().into(),
        requested_grant_start: requested_start,
        requested_grant_end: requested_end,
        requested_floating_length: match r.requested {
            Grant::Floating { hours } => int(hours),
            _ => 0,
        },
        target_user: Some(user_ref(&r.target_user)),
        target_roles: role.into_iter().collect(),
        workflow_id: r.plan.routing_version.clone(),
        action: r.action.as_str().into(),
        name: r.name.clone(),
        comment: r.comment.clone(),
        approver_can_revoke: r.approver_can_revoke,
        target_role_revoked: r.revocation.is_some(),
        target_role_revoked_by: r.revocation.as_ref().map(|v| user_ref(&v.by)),
        target_role_revocation_time: r.revocation.as_ref().map(|v| wire_timestamp(v.at)),
        can_bypass_revoke_workflow: r.can_bypass_revoke_workflow,
        status: status(r.state).into(),
        steps: steps(r),
        state: state(r.state) as i32,
        requester: Some(user_ref(&r.requester)),
        created: Some(wire_timestamp(r.created)),
        updated: Some(wire_timestamp(r.updated)),
        plan: Some(plan),
        decision_deadline: r.decision_deadline.map(wire_timestamp),
        reminders_sent: pending.iter().map(|s| int(s.reminders_sent)).max().unwrap_or(0),
        escalation_level: pending.iter().map(|s| int(s.escalation_level)).max().unwrap_or(0),
    }
}

/// The longest window any open path allows; `None` when one has no limit.
fn longest_window(r: &AccessRequest) -> Option<Duration> {
    let mut longest = Duration::zero();
    for path in r.plan.paths.iter().filter(|p| p.violations.is_empty()) {
        let max = path
            .constraints
            .max_duration
            .filter(|_| !path.constraints.keeps_open_ended)?;
        longest = longest.max(Duration::seconds(i64::from(max)));
    }
    Some(longest)
}

fn grant_types(unlimited: bool) -> Vec<String> {
    let mut types = vec!["TIME_RESTRICTED".to_string(), "FLOATING".to_string()];
    if unlimited {
        types.insert(0, "PERMANENT".into());
    }
    types
}

/// The state as PrivX clients read it (`status`).
fn status(s: State) -> &'static str {
    match s {
        State::PendingApproval => "pending",
        State::Approved => "approved",
        State::Active => "active",
        State::Denied => "denied",
        State::Canceled => "canceled",
        State::Expired => "expired",
        State::Revoked => "revoked",
    }
}

pub fn state(s: State) -> pb::RequestState {
    match s {
        State::PendingApproval => pb::RequestState::PendingApproval,
        State::Approved => pb::RequestState::Approved,
        State::Active => pb::RequestState::Active,
        State::Denied => pb::RequestState::Denied,
        State::Canceled => pb::RequestState::Canceled,
        State::Expired => pb::RequestState::Expired,
        State::Revoked => pb::RequestState::Revoked,
    }
}

/// The domain state of a proto state; `None` for UNSPECIFIED or unknown.
pub fn state_of(value: i32) -> Option<State> {
    match pb::RequestState::try_from(value).ok()? {
        pb::RequestState::Unspecified => None,
        pb::RequestState::PendingApproval => Some(State::PendingApproval),
        pb::RequestState::Approved => Some(State::Approved),
        pb::RequestState::Active => Some(State::Active),
        pb::RequestState::Denied => Some(State::Denied),
        pb::RequestState::Canceled => Some(State::Canceled),
        pb::RequestState::Expired => Some(State::Expired),
        pb::RequestState::Revoked => Some(State::Revoked),
    }
}

fn user_ref(p: &Person) -> pb::UserRef {
    pb::UserRef {
        id: p.id.to_string(),
        display_name: p.display_name.clone(),
    }
}

fn steps(r: &AccessRequest) -> Vec<pb::RequestStep> {
    let mut out = Vec::new();
    for (p, path) in r.paths.iter().enumerate() {
        for (s, step) in path.steps.iter().enumerate() {
            out.push(pb::RequestStep {
                id: format!("{p}.{s}"),
                name: step.name.clone(),
                r#match: quorum(step.quorum) as i32,
                approvers: step.approvers.iter().map(approver).collect(),
                state: match step.state {
                    StepState::Waiting => pb::StepState::Waiting,
                    StepState::Pending => pb::StepState::Pending,
                    StepState::Approved => pb::StepState::Approved,
                    StepState::Denied => pb::StepState::Denied,
                    StepState::Closed => pb::StepState::Closed,
                } as i32,
                path_index: int(p),
                step_index: int(s),
            });
        }
    }
    out
}

fn approver(a: &ApproverEntry) -> pb::RequestStepApprover {
    let d = a.decision.as_ref();
    pb::RequestStepApprover {
        id: a.id.clone(),
        r#type: a.kind.as_str().into(),
        display_name: a.display_name.clone(),
        decision: match d.map(|d| d.decision) {
            None => pb::Decision::Unspecified,
            Some(Decision::Approve) => pb::Decision::Approved,
            Some(Decision::Deny) => pb::Decision::Denied,
        } as i32,
        user: d.map(|d| user_ref(&d.user)),
        decision_time: d.map(|d| wire_timestamp(d.at)),
        comment: d.map(|d| d.comment.clone()).unwrap_or_default(),
        source: a.source.clone(),
    }
}
