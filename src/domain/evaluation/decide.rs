//! The evaluation itself: a pure function of the request and the org's
//! compiled policy, directory and the requester's earlier grants.
//! Order (docs/spec.md §5.1–§5.6): org gates, applicable policies, deny wins, paths,
//! path constraints, auto-approval, and the grant window.

use std::collections::BTreeSet;

use chrono::Duration;

use super::{
    constraints,
    explain::{Reasons, Verdict, View},
    flow, gates,
    input::{Grant, Request},
    model::{ApprovalPath, Evaluation, Outcome, PolicyKind, PolicyMatch, Violation},
    paths::{self, Requester},
    policy::{CompiledRule, Policy},
    requestor,
    snapshot::{DirectoryView, FlowRecord, PriorGrant, Snapshot},
};
use crate::domain::{
    directory::ids::GroupId,
    routing::{Approval, ApprovalKind, RoutingRule},
};

/// The id and name of P0's default rule.
pub const DEFAULT_RULE: &str = "default";

/// Evaluates `request` against a snapshot, explaining every policy (FULL).
/// Compiles the snapshot's configuration first: for tests and one-off
/// evaluations; the service evaluates against its cached [`Policy`].
pub fn evaluate(request: &Request, snapshot: &Snapshot) -> Evaluation {
    let policy = Policy::compile(
        snapshot.routing.clone(),
        snapshot.flows.clone(),
        snapshot.request_config.clone(),
    );
    decide(
        request,
        &policy,
        &snapshot.directory,
        &snapshot.prior_grants,
        View::Full,
    )
}

/// Evaluates `request` against an org's compiled policy and directory.
/// `prior_grants` are the target's earlier grants of the resource (read
/// only when [`Policy::has_cooldowns`]). BASIC looks only at the candidate
/// policies the indexes name and explains only those that apply; FULL
/// explains every policy. Both decide identically.
pub fn decide(
    request: &Request,
    policy: &Policy,
    dir: &DirectoryView,
    prior_grants: &[PriorGrant],
    view: View,
) -> Evaluation {
    let groups = dir.groups_of(&request.requester_id, &request.requester_groups);
    let who = Requester {
        request,
        groups: &groups,
    };
    let entitlement = request.resource.is_entitlement();
    let config = &policy.request_config;

    let mut policies = Vec::new();
    let mut rules: Vec<&RoutingRule> = Vec::new();
    let mut flows: Vec<&FlowRecord> = Vec::new();
    match view {
        View::Full => {
            for rule in policy.routing.iter().flat_map(|v| &v.rules) {
                let mut reasons = Vec::new();
                let matched = match_rule(rule, request, &groups, &mut reasons);
                if matched {
                    rules.push(&rule.rule);
                }
                policies.push(rule_match(&rule.rule, matched, reasons));
            }
            for record in &policy.flows {
                let mut reasons = Vec::new();
                let matched = flow_applies(record, request, &groups, &mut reasons);
                if matched {
                    flows.push(record);
                }
                policies.push(flow_match(record, matched, reasons));
            }
        }
        View::Basic => {
            let service = &request.resource.service;
            for rule in policy.candidate_rules(service, &request.requester_id, &groups) {
                if match_rule(rule, request, &groups, &mut Verdict) {
                    let mut reasons = Vec::new();
                    match_rule(rule, request, &groups, &mut reasons);
                    rules.push(&rule.rule);
                    policies.push(rule_match(&rule.rule, true, reasons));
                }
            }
            for record in policy.candidate_flows(&request.resource, &request.requester_id, &groups) {
                if flow_applies(record, request, &groups, &mut Verdict) {
                    let mut reasons = Vec::new();
                    flow_applies(record, request, &groups, &mut reasons);
                    flows.push(record);
                    policies.push(flow_match(record, true, reasons));
                }
            }
        }
    }
    // P0: an org that never configured routing is not locked out; anyone
    // may ask, and holders of the APPROVER role decide.
    let default_rule = !entitlement && policy.routing.is_none() && policy.flows.is_empty();
    if default_rule {
        policies.push(PolicyMatch {
            kind: PolicyKind::DefaultRule,
            id: DEFAULT_RULE.into(),
            name: DEFAULT_RULE.into(),
            matched: true,
            reasons: vec![
                "no routing configuration and no access flows: any requestor, any resource, approval p0".into(),
            ],
        });
    }
    if entitlement {
        let schemes: Vec<String> = config
            .entitlements
            .approval_schemes
            .iter()
            .map(|s| s.to_string())
            .collect();
        policies.push(PolicyMatch {
            kind: PolicyKind::EntitlementSchemes,
            id: "entitlement".into(),
            name: "entitlement approval schemes".into(),
            matched: true,
            reasons: vec![format!("entitlement request: schemes [{}]", schemes.join(", "))],
        });
    }

    let mut eval = Evaluation {
        outcome: Outcome::Pending,
        reasons: Vec::new(),
        evaluated_at: request.now,
        requester_id: request.requester_id.clone(),
        target_user_id: request.target_user_id.clone(),
        resource: request.resource.clone(),
        routing_version: policy.routing.as_ref().map(|v| v.id.clone()).unwrap_or_default(),
        policies,
        paths: Vec::new(),
        violations: Vec::new(),
        grant: request.grant,
    };

    let gate = gates::check(request, config, dir);
    if !gate.is_empty() {
        return refuse(eval, gate);
    }

    // Deny wins: one applicable rule that denies outweighs every path.
    let denials: Vec<String> = rules
        .iter()
        .filter_map(|r| {
            if r.approvals.is_empty() {
                Some(format!("rule `{}` denies: it has no approvals", r.name))
            } else if r.approvals.iter().any(|a| a.kind == ApprovalKind::Deny) {
                Some(format!("rule `{}` denies: approval `deny`", r.name))
            } else {
                None
            }
        })
        .collect();
    if !denials.is_empty() {
        eval.outcome = Outcome::Denied;
        eval.reasons = denials;
        return eval;
    }

    let mut paths = Vec::new();
    if entitlement {
        // SailPoint's schemes are the org's approval for entitlements;
        // matching rules could only deny (above).
        eval.reasons
            .push("entitlement request: routed by the request configuration's approval schemes".into());
        paths.push(paths::entitlement_path(config, dir, request));
    } else {
        for rule in &rules {
            for (i, approval) in rule.approvals.iter().enumerate() {
                match paths::rule_path(PolicyKind::RoutingRule, &rule.name, i, approval, &who, dir) {
                    Ok(p) => paths.push(p),
                    Err(why) => eval.reasons.push(format!("rule `{}` approval {i}: {why}", rule.name)),
                }
            }
        }
        for record in &flows {
            paths.push(paths::flow_path(&record.id, &record.flow, &who, dir));
        }
        if default_rule {
            let p0 = Approval {
                kind: ApprovalKind::P0,
                options: None,
            };
            // A `p0` entry always yields a path; `if let` only avoids a panic.
            if let Ok(p) = paths::rule_path(PolicyKind::DefaultRule, DEFAULT_RULE, 0, &p0, &who, dir) {
                paths.push(p);
            }
        }
    }
    if paths.is_empty() {
        eval.outcome = Outcome::Denied;
        let why = if rules.is_empty() && flows.is_empty() {
            "no applicable policy"
        } else {
            "no approval path can approve this request"
        };
        eval.reasons.push(why.into());
        return eval;
    }

    for path in &mut paths {
        path.violations = constraints::violations(path, request, prior_grants);
        if path.auto_approve.is_none() && config.auto_approval_enabled && self_reviewable(path, &who) {
            path.auto_approve = Some("autoApprovalEnabled: the requester is an eligible approver of every step".into());
        }
    }

    let open: Vec<&ApprovalPath> = paths.iter().filter(|p| p.violations.is_empty()).collect();
    if open.is_empty() {
        let mut all: Vec<Violation> = Vec::new();
        for v in paths.iter().flat_map(|p| &p.violations) {
            if !all.contains(v) {
                all.push(v.clone());
            }
        }
        return refuse(eval, all);
    }
    let approving = open.iter().position(|p| p.auto_approve.is_some());
    eval.grant = match approving {
        Some(i) => window(request, &open[i..=i]),
        None => window(request, &open),
    };
    match approving {
        Some(i) => {
            let p = open[i];
            eval.outcome = Outcome::Approved;
            eval.reasons.push(format!(
                "approved at once by {}: {}",
                label(p),
                p.auto_approve.as_deref().unwrap_or_default()
            ));
        }
        None => {
            eval.outcome = Outcome::Pending;
            let labels: Vec<String> = open.iter().map(|p| label(p)).collect();
            eval.reasons
                .push(format!("pending approval along any of: {}", labels.join("; ")));
        }
    }
    for p in paths.iter().filter(|p| !p.violations.is_empty()) {
        eval.reasons
            .push(format!("{} cannot approve: {}", label(p), p.violations[0].description));
    }
    eval.paths = paths;
    eval
}

fn refuse(mut eval: Evaluation, violations: Vec<Violation>) -> Evaluation {
    eval.outcome = Outcome::Refused;
    eval.reasons.extend(violations.iter().map(|v| v.description.clone()));
    eval.violations = violations;
    eval.paths.clear();
    eval
}

/// Whether an enabled rule's requestor and resource cover the request.
fn match_rule(rule: &CompiledRule, request: &Request, groups: &BTreeSet<GroupId>, why: &mut impl Reasons) -> bool {
    if rule.rule.disabled {
        why.note(|| "disabled".into());
        return false;
    }
    requestor::check(&rule.rule.requestor, &request.requester_id, groups, why)
        && rule.resource.check(&request.resource, why)
}

fn rule_match(rule: &RoutingRule, matched: bool, reasons: Vec<String>) -> PolicyMatch {
    PolicyMatch {
        kind: PolicyKind::RoutingRule,
        id: rule.name.clone(),
        name: rule.name.clone(),
        matched,
        reasons,
    }
}

fn flow_applies(record: &FlowRecord, request: &Request, groups: &BTreeSet<GroupId>, why: &mut impl Reasons) -> bool {
    flow::check(
        &record.flow,
        &request.requester_id,
        groups,
        &request.resource,
        request.now,
        why,
    )
}

fn flow_match(record: &FlowRecord, matched: bool, reasons: Vec<String>) -> PolicyMatch {
    PolicyMatch {
        kind: PolicyKind::AccessFlow,
        id: record.id.clone(),
        name: record.flow.name.clone(),
        matched,
        reasons,
    }
}

/// With `autoApprovalEnabled`, SailPoint approves a step whose reviewer is
/// the requester; a path is approved at once when that holds for every
/// step, and never where the path forbids self-approval.
fn self_reviewable(path: &ApprovalPath, who: &Requester) -> bool {
    !path.constraints.requester_cannot_approve
        && !path.steps.is_empty()
        && path
            .steps
            .iter()
            .all(|s| s.approvers.iter().any(|a| paths::requester_eligible(a, who)))
}

/// The window the request gets through `via` (the approving path, or every
/// open one): as requested, except that an open-ended request gets the
/// longest maximum when every path has one (`persistent` keeps it open).
fn window(request: &Request, via: &[&ApprovalPath]) -> Grant {
    if request.grant != Grant::Permanent {
        return request.grant;
    }
    let unlimited = via
        .iter()
        .any(|p| p.constraints.keeps_open_ended || p.constraints.max_duration.is_none());
    match via.iter().filter_map(|p| p.constraints.max_duration).max() {
        Some(max) if !unlimited => Grant::TimeRestricted {
            start: request.now,
            end: request.now + Duration::seconds(i64::from(max)),
        },
        _ => Grant::Permanent,
    }
}

fn label(p: &ApprovalPath) -> String {
    match p.policy_kind {
        PolicyKind::RoutingRule => format!(
            "rule `{}` approval {} ({})",
            p.policy_id, p.approval_index, p.approval_type
        ),
        PolicyKind::DefaultRule => "the default rule (p0)".into(),
        PolicyKind::AccessFlow => format!("flow `{}`", p.policy_id),
        PolicyKind::EntitlementSchemes => "the entitlement schemes".into(),
    }
}
