//! The evaluation itself: a pure function of the request and a snapshot.
//! Order (DESIGN.md §5): org gates, applicable policies, deny wins, paths,
//! path constraints, auto-approval, and the grant window.

use std::collections::BTreeSet;

use chrono::Duration;

use super::input::{Grant, Request};
use super::model::{ApprovalPath, Evaluation, Outcome, PolicyKind, PolicyMatch, Violation};
use super::paths::{self, Requester};
use super::snapshot::Snapshot;
use super::{constraints, flow, gates, requestor, resource};
use crate::domain::routing::{Approval, ApprovalKind, RoutingRule};

/// The id and name of P0's default rule.
pub const DEFAULT_RULE: &str = "default";

pub fn evaluate(request: &Request, snapshot: &Snapshot) -> Evaluation {
    let request = request.clone().normalized();
    let dir = &snapshot.directory;
    let groups = dir.groups_of(&request.requester_id, &request.requester_groups);
    let who = Requester {
        request: &request,
        groups: &groups,
    };
    let entitlement = request.resource.is_entitlement();

    let mut policies = Vec::new();
    let mut rules: Vec<&RoutingRule> = Vec::new();
    for rule in snapshot.routing.iter().flat_map(|v| &v.rules) {
        let m = match_rule(rule, &request, &groups);
        if m.matched {
            rules.push(rule);
        }
        policies.push(m);
    }
    let mut flows = Vec::new();
    for record in &snapshot.flows {
        let result = flow::applies(
            &record.flow,
            &request.requester_id,
            &groups,
            &request.resource,
            request.now,
        );
        let matched = result.is_ok();
        if matched {
            flows.push(record);
        }
        policies.push(PolicyMatch {
            kind: PolicyKind::AccessFlow,
            id: record.id.clone(),
            name: record.flow.name.clone(),
            matched,
            reasons: result.unwrap_or_else(|r| r),
        });
    }
    // P0: an org that never configured routing is not locked out; anyone
    // may ask, and holders of the APPROVER role decide.
    let default_rule = !entitlement && snapshot.routing.is_none() && snapshot.flows.is_empty();
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
        let schemes: Vec<String> = snapshot
            .request_config
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
        routing_version: snapshot.routing.as_ref().map(|v| v.id.clone()).unwrap_or_default(),
        policies,
        paths: Vec::new(),
        violations: Vec::new(),
        grant: request.grant,
    };

    let gate = gates::check(&request, snapshot);
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
        paths.push(paths::entitlement_path(snapshot, &request));
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
        path.violations = constraints::violations(path, &request, &snapshot.prior_grants);
        if path.auto_approve.is_none() && snapshot.request_config.auto_approval_enabled && self_reviewable(path, &who) {
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
        Some(i) => window(&request, &open[i..=i]),
        None => window(&request, &open),
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

fn match_rule(rule: &RoutingRule, request: &Request, groups: &BTreeSet<String>) -> PolicyMatch {
    let mut m = PolicyMatch {
        kind: PolicyKind::RoutingRule,
        id: rule.name.clone(),
        name: rule.name.clone(),
        matched: false,
        reasons: Vec::new(),
    };
    if rule.disabled {
        m.reasons.push("disabled".into());
        return m;
    }
    match requestor::matches(&rule.requestor, &request.requester_id, groups) {
        Ok(r) => m.reasons.push(r),
        Err(r) => {
            m.reasons.push(r);
            return m;
        }
    }
    match resource::matches(&rule.resource, &request.resource) {
        Ok(r) => {
            m.reasons.extend(r);
            m.matched = true;
        }
        Err(r) => m.reasons.extend(r),
    }
    m
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
