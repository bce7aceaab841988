//! The evaluation on the wire: the proto `Evaluation`, field by field.

use crate::{
    api::timestamp::wire_timestamp,
    domain::evaluation::{
        input::{Grant, RequestedResource},
        model::{
            ApprovalPath, Constraints, EligibleApprover, Evaluation, Outcome, PolicyKind, PolicyMatch, Quorum, Step,
            Violation,
        },
    },
    pb::v1 as pb,
};

pub fn evaluation(e: &Evaluation) -> pb::Evaluation {
    pb::Evaluation {
        outcome: outcome(e.outcome) as i32,
        reasons: e.reasons.clone(),
        evaluated_at: Some(wire_timestamp(e.evaluated_at)),
        requester_id: e.requester_id.to_string(),
        target_user_id: e.target_user_id.to_string(),
        resource: Some(resource(&e.resource)),
        routing_version: e.routing_version.clone(),
        policies: e.policies.iter().map(policy).collect(),
        paths: e.paths.iter().enumerate().map(|(i, p)| path(i, p)).collect(),
        violations: e.violations.iter().map(violation).collect(),
        grant: Some(grant(&e.grant)),
    }
}

fn outcome(o: Outcome) -> pb::EvaluationOutcome {
    match o {
        Outcome::Approved => pb::EvaluationOutcome::Approved,
        Outcome::Pending => pb::EvaluationOutcome::Pending,
        Outcome::Denied => pb::EvaluationOutcome::Denied,
        Outcome::Refused => pb::EvaluationOutcome::Refused,
    }
}

fn kind(k: PolicyKind) -> pb::PolicyKind {
    match k {
        PolicyKind::RoutingRule => pb::PolicyKind::RoutingRule,
        PolicyKind::DefaultRule => pb::PolicyKind::DefaultRule,
        PolicyKind::AccessFlow => pb::PolicyKind::AccessFlow,
        PolicyKind::EntitlementSchemes => pb::PolicyKind::EntitlementSchemes,
    }
}

pub fn resource(r: &RequestedResource) -> pb::RequestedResource {
    pb::RequestedResource {
        service: r.service.clone(),
        resource_type: r.resource_type.clone(),
        resource_id: r.resource_id.clone(),
        tags: r.tags.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
        permissions: r.permissions.clone(),
        access_type: r.access_type.clone(),
    }
}

fn policy(m: &PolicyMatch) -> pb::PolicyMatch {
    pb::PolicyMatch {
        kind: kind(m.kind) as i32,
        id: m.id.clone(),
        name: m.name.clone(),
        matched: m.matched,
        reasons: m.reasons.clone(),
    }
}

fn path(index: usize, p: &ApprovalPath) -> pb::ApprovalPath {
    pb::ApprovalPath {
        index: int(index),
        policy_kind: kind(p.policy_kind) as i32,
        policy_id: p.policy_id.clone(),
        approval_index: int(p.approval_index),
        approval_type: p.approval_type.clone(),
        steps: p.steps.iter().map(step).collect(),
        constraints: Some(constraints(&p.constraints)),
        auto_approve: p.auto_approve.is_some(),
        auto_approve_reason: p.auto_approve.clone().unwrap_or_default(),
        violations: p.violations.iter().map(violation).collect(),
        // A dry run has made no decisions yet.
        current_step: 0,
    }
}

fn step(s: &Step) -> pb::PlanStep {
    pb::PlanStep {
        name: s.name.clone(),
        r#match: quorum(s.quorum) as i32,
        approvers: s.approvers.iter().map(approver).collect(),
    }
}

pub fn quorum(q: Quorum) -> pb::Quorum {
    match q {
        Quorum::Any => pb::Quorum::Any,
        Quorum::All => pb::Quorum::All,
    }
}

fn approver(a: &EligibleApprover) -> pb::EligibleApprover {
    pb::EligibleApprover {
        r#type: a.kind.as_str().into(),
        id: a.id.clone(),
        display_name: a.display_name.clone(),
        source: a.source.clone(),
        user_ids: super::user_ids(&a.user_ids),
    }
}

fn constraints(c: &Constraints) -> pb::PathConstraints {
    pb::PathConstraints {
        require_reason: c.require_reason,
        allow_one_party: c.allow_one_party,
        requester_cannot_approve: c.requester_cannot_approve,
        require_approver_justification: c.require_approver_justification,
        require_denial_comment: c.require_denial_comment,
        max_duration_seconds: c.max_duration.map_or(0, int),
        cooldown_seconds: c.cooldown.map_or(0, int),
    }
}

fn violation(v: &Violation) -> pb::ConstraintViolation {
    pb::ConstraintViolation {
        field: v.field.clone(),
        constraint: v.constraint.clone(),
        description: v.description.clone(),
        retry_after_seconds: int(v.retry_after_seconds),
    }
}

fn grant(g: &Grant) -> pb::GrantWindow {
    let mut w = pb::GrantWindow {
        grant_type: g.type_name().into(),
        ..Default::default()
    };
    match *g {
        Grant::Permanent => {}
        Grant::TimeRestricted { start, end } => {
            w.grant_start = Some(wire_timestamp(start));
            w.grant_end = Some(wire_timestamp(end));
        }
        Grant::Floating { hours } => w.floating_length = int(hours),
    }
    w
}

/// Saturates: counts and seconds here stay far below `i32::MAX`.
pub fn int<T: TryInto<i32>>(n: T) -> i32 {
    n.try_into().unwrap_or(i32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{
        evaluation::{evaluate, fixtures::*},
        routing::{ApprovalKind, ApprovalOptions},
    };

    #[test]
    fn the_proto_encoding_keeps_every_field() {
        let mut req = request();
        req.grant = Grant::Floating { hours: 8 };
        let opts = ApprovalOptions {
            duration: Some(3600),
            cooldown: Some(60),
            allow_one_party: Some(true),
            ..Default::default()
        };
        let r = rule(
            "r",
            vec![with_options(ApprovalKind::P0, opts), approval(group_approval("sre"))],
        );
        let pb = evaluation(&evaluate(&req, &snapshot(vec![r])));
        assert_eq!(pb.outcome, pb::EvaluationOutcome::Pending as i32);
        assert_eq!(pb.routing_version, "v1");
        assert_eq!(pb.paths[1].index, 1);
        assert_eq!(pb.paths[1].approval_index, 1);
        let c = pb.paths[0].constraints.as_ref().unwrap();
        assert_eq!(
            (c.max_duration_seconds, c.cooldown_seconds, c.allow_one_party),
            (3600, 60, true)
        );
        assert_eq!(pb.paths[0].violations[0].constraint, "max_duration");
        assert_eq!(pb.paths[1].steps[0].r#match, pb::Quorum::Any as i32);
        assert_eq!(pb.paths[1].steps[0].approvers[0].r#type, "group");
        assert_eq!(pb.grant.as_ref().unwrap().floating_length, 8);
        assert_eq!(pb.policies[0].kind, pb::PolicyKind::RoutingRule as i32);
    }
}
