//! The evaluation decision table: every `tests/evaluation/*.yaml` file holds
//! cases (configuration, directory, request, time → expected outcome, paths
//! and reasons). Routing rules, access flows and the request configuration
//! are written in their REST wire form and go through the same validation a
//! save does, so a case cannot hold configuration the service would refuse.
//!
//! A file's `defaults` are merged into each of its cases (objects merge key
//! by key unless their `type` differs; anything else is replaced), so a case
//! states only what differs.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::{DateTime, Utc};
use jitgate::domain::access_flow::validate as flow_validate;
use jitgate::domain::directory::resolve::Memberships;
use jitgate::domain::directory::{OwnershipKey, User};
use jitgate::domain::evaluation::*;
use jitgate::domain::request_config::validate as config_validate;
use jitgate::domain::routing::validate as routing_validate;
use jitgate::pb;
use prost_reflect::{DescriptorPool, DynamicMessage};
use serde::Deserialize;
use serde_json::Value;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    defaults: Value,
    cases: Vec<Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    /// Absent or null: the org never saved routing configuration.
    routing: Option<Vec<Value>>,
    #[serde(default)]
    flows: Vec<Value>,
    /// Absent: the default configuration.
    request_config: Option<Value>,
    #[serde(default)]
    directory: Directory,
    #[serde(default)]
    prior_grants: Vec<Prior>,
    request: Req,
    expect: Expect,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Directory {
    #[serde(default)]
    users: Vec<DirUser>,
    #[serde(default)]
    groups: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    on_call: Vec<Roster>,
    #[serde(default)]
    owners: Vec<Owners>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DirUser {
    id: String,
    manager: Option<String>,
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    attributes: BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Roster {
    integration: String,
    service: String,
    users: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Owners {
    service: String,
    resource_id: Option<String>,
    users: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Prior {
    rule: String,
    /// `{service}/{resource_type}/{resource_id}`.
    resource: String,
    user: String,
    granted_at: DateTime<Utc>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Req {
    requester: String,
    #[serde(default)]
    groups: Vec<String>,
    #[serde(default)]
    roles: Vec<String>,
    target: Option<String>,
    resource: Res,
    grant: GrantIn,
    #[serde(default)]
    justification: String,
    now: DateTime<Utc>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Res {
    service: String,
    #[serde(default)]
    resource_type: String,
    resource_id: String,
    #[serde(default)]
    access_type: String,
    #[serde(default)]
    tags: BTreeMap<String, String>,
    #[serde(default)]
    permissions: Vec<String>,
}

#[derive(Deserialize)]
#[serde(tag = "type", rename_all = "SCREAMING_SNAKE_CASE", deny_unknown_fields)]
enum GrantIn {
    Permanent,
    TimeRestricted { start: DateTime<Utc>, end: DateTime<Utc> },
    Floating { hours: u32 },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Expect {
    outcome: String,
    /// Substrings, each found in some reason (evaluation, policy or violation).
    #[serde(default)]
    reasons: Vec<String>,
    /// `rule:{name}` or `flow:{id}` → matched.
    #[serde(default)]
    policies: BTreeMap<String, bool>,
    /// When given: exactly these paths, in order.
    paths: Option<Vec<ExpPath>>,
    /// When given: exactly these request-wide violations, in order.
    violations: Option<Vec<ExpViolation>>,
    grant: Option<ExpGrant>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpPath {
    /// `rule:{name}#{approval index}`, `flow:{id}`, `default` or `entitlement`.
    policy: String,
    #[serde(default)]
    auto: bool,
    steps: Option<Vec<ExpStep>>,
    /// The constraints this path violates.
    #[serde(default)]
    violations: Vec<String>,
    max_duration: Option<u32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpStep {
    quorum: String,
    /// `{type}:{id}`, such as `user:lead@x.test` or `oncall:pagerduty/db`.
    approvers: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpViolation {
    constraint: String,
    field: Option<String>,
    retry_after: Option<u32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpGrant {
    #[serde(rename = "type")]
    grant_type: String,
    end: Option<DateTime<Utc>>,
}

fn merge(base: &Value, over: &Value) -> Value {
    match (base, over) {
        // A tagged object of another type (a grant) replaces the base whole.
        (Value::Object(b), Value::Object(o)) if o.get("type").is_none_or(|t| b.get("type") == Some(t)) => {
            let mut out = b.clone();
            for (k, v) in o {
                let merged = b.get(k).map_or_else(|| v.clone(), |bv| merge(bv, v));
                out.insert(k.clone(), merged);
            }
            Value::Object(out)
        }
        (_, o) => o.clone(),
    }
}

/// A wire JSON object decoded as proto3 JSON into the generated type.
fn wire<T: prost::Message + Default>(pool: &DescriptorPool, message: &str, json: &Value) -> T {
    let desc = pool
        .get_message_by_name(message)
        .unwrap_or_else(|| panic!("no message {message}"));
    let dynamic = DynamicMessage::deserialize(desc, json.clone()).unwrap_or_else(|e| panic!("{message}: {e}: {json}"));
    dynamic.transcode_to().expect("transcode")
}

fn snapshot(pool: &DescriptorPool, case: &Case) -> Snapshot {
    let routing = case.routing.as_ref().map(|rules| {
        let wire: Vec<pb::v1::RoutingRule> = rules.iter().map(|r| wire(pool, "jitgate.v1.RoutingRule", r)).collect();
        RoutingVersion {
            id: "v1".into(),
            rules: routing_validate::workflow_rules(&wire, "rules")
                .unwrap_or_else(|e| panic!("{}: rules: {e:?}", case.name)),
        }
    });
    let flows = case
        .flows
        .iter()
        .map(|f| {
            let msg: pb::v1::AccessFlow = wire(pool, "jitgate.v1.AccessFlow", f);
            let flow =
                flow_validate::access_flow(&msg, "flow").unwrap_or_else(|e| panic!("{}: flow: {e:?}", case.name));
            let id = if msg.id.is_empty() {
                flow.name.clone()
            } else {
                msg.id.clone()
            };
            FlowRecord { id, flow }
        })
        .collect();
    let request_config = case.request_config.as_ref().map_or_else(Default::default, |c| {
        let msg: pb::v1::AccessRequestConfig = wire(pool, "jitgate.v1.AccessRequestConfig", c);
        config_validate::request_config(&msg, "config").unwrap_or_else(|e| panic!("{}: config: {e:?}", case.name))
    });
    let d = &case.directory;
    let directory = DirectoryView {
        users: d
            .users
            .iter()
            .map(|u| {
                let user = User {
                    id: u.id.to_lowercase(),
                    email: u.id.to_lowercase(),
                    display_name: u.display_name.clone(),
                    manager_id: u.manager.as_ref().map(|m| m.to_lowercase()),
                    attributes: u.attributes.clone(),
                };
                (user.id.clone(), user)
            })
            .collect(),
        memberships: Memberships::from_pairs(
            d.groups
                .iter()
                .flat_map(|(g, users)| users.iter().map(move |u| (g.clone(), u.clone()))),
        ),
        on_call: d
            .on_call
            .iter()
            .map(|r| ((r.integration.clone(), r.service.clone()), r.users.clone()))
            .collect(),
        owners: d
            .owners
            .iter()
            .map(|o| {
                (
                    OwnershipKey {
                        service: o.service.clone(),
                        resource_id: o.resource_id.clone(),
                    },
                    o.users.clone(),
                )
            })
            .collect(),
    };
    let prior_grants = case
        .prior_grants
        .iter()
        .map(|p| PriorGrant {
            rule: p.rule.clone(),
            resource_key: p.resource.clone(),
            user_id: p.user.clone(),
            granted_at: p.granted_at,
        })
        .collect();
    Snapshot {
        routing,
        flows,
        request_config,
        directory,
        prior_grants,
    }
}

fn request(r: &Req) -> Request {
    Request {
        requester_id: r.requester.clone(),
        requester_groups: r.groups.clone(),
        requester_roles: r.roles.clone(),
        target_user_id: r.target.clone().unwrap_or_else(|| r.requester.clone()),
        resource: RequestedResource {
            service: r.resource.service.clone(),
            resource_type: r.resource.resource_type.clone(),
            resource_id: r.resource.resource_id.clone(),
            access_type: r.resource.access_type.clone(),
            tags: r.resource.tags.clone(),
            permissions: r.resource.permissions.clone(),
        },
        grant: match r.grant {
            GrantIn::Permanent => Grant::Permanent,
            GrantIn::TimeRestricted { start, end } => Grant::TimeRestricted { start, end },
            GrantIn::Floating { hours } => Grant::Floating { hours },
        },
        justification: r.justification.clone(),
        now: r.now,
    }
}

fn path_label(p: &ApprovalPath) -> String {
    match p.policy_kind {
        PolicyKind::RoutingRule => format!("rule:{}#{}", p.policy_id, p.approval_index),
        PolicyKind::DefaultRule => "default".into(),
        PolicyKind::AccessFlow => format!("flow:{}", p.policy_id),
        PolicyKind::EntitlementSchemes => "entitlement".into(),
    }
}

fn policy_label(m: &PolicyMatch) -> String {
    format!("{}:{}", m.kind.as_str(), m.id)
}

/// Every way the case can fail, as messages; empty when it passes.
fn check(case: &Case, e: &Evaluation) -> Vec<String> {
    let mut failures = Vec::new();
    let x = &case.expect;
    if e.outcome.as_str() != x.outcome {
        failures.push(format!("outcome {} (expected {})", e.outcome.as_str(), x.outcome));
    }
    let mut texts: Vec<&str> = e.reasons.iter().map(String::as_str).collect();
    texts.extend(e.policies.iter().flat_map(|p| p.reasons.iter().map(String::as_str)));
    texts.extend(e.violations.iter().map(|v| v.description.as_str()));
    texts.extend(
        e.paths
            .iter()
            .flat_map(|p| p.violations.iter().map(|v| v.description.as_str())),
    );
    texts.extend(e.paths.iter().filter_map(|p| p.auto_approve.as_deref()));
    for wanted in &x.reasons {
        if !texts.iter().any(|t| t.contains(wanted.as_str())) {
            failures.push(format!("no reason contains {wanted:?}"));
        }
    }
    for (label, matched) in &x.policies {
        match e.policies.iter().find(|m| policy_label(m) == *label) {
            None => failures.push(format!("policy {label} not considered")),
            Some(m) if m.matched != *matched => {
                failures.push(format!("policy {label} matched={} ({:?})", m.matched, m.reasons))
            }
            Some(_) => {}
        }
    }
    if let Some(paths) = &x.paths {
        let got: Vec<String> = e.paths.iter().map(path_label).collect();
        let want: Vec<&str> = paths.iter().map(|p| p.policy.as_str()).collect();
        if got != want {
            failures.push(format!("paths {got:?} (expected {want:?})"));
        } else {
            for (p, w) in e.paths.iter().zip(paths) {
                check_path(p, w, &mut failures);
            }
        }
    }
    if let Some(vs) = &x.violations {
        let got: Vec<&str> = e.violations.iter().map(|v| v.constraint.as_str()).collect();
        let want: Vec<&str> = vs.iter().map(|v| v.constraint.as_str()).collect();
        if got != want {
            failures.push(format!("violations {got:?} (expected {want:?})"));
        } else {
            for (v, w) in e.violations.iter().zip(vs) {
                if w.retry_after.is_some_and(|r| r != v.retry_after_seconds) {
                    failures.push(format!(
                        "retry_after {} (expected {:?})",
                        v.retry_after_seconds, w.retry_after
                    ));
                }
                if w.field.as_ref().is_some_and(|f| *f != v.field) {
                    failures.push(format!("violation field {} (expected {:?})", v.field, w.field));
                }
            }
        }
    }
    if let Some(g) = &x.grant {
        if e.grant.type_name() != g.grant_type {
            failures.push(format!("grant {} (expected {})", e.grant.type_name(), g.grant_type));
        }
        if let (Some(end), Grant::TimeRestricted { end: got, .. }) = (g.end, e.grant)
            && end != got
        {
            failures.push(format!("grant end {got} (expected {end})"));
        }
    }
    failures
}

fn check_path(p: &ApprovalPath, w: &ExpPath, failures: &mut Vec<String>) {
    let label = path_label(p);
    if p.auto_approve.is_some() != w.auto {
        failures.push(format!(
            "{label}: auto_approve {:?} (expected {})",
            p.auto_approve, w.auto
        ));
    }
    let got: Vec<&str> = p.violations.iter().map(|v| v.constraint.as_str()).collect();
    if got != w.violations {
        failures.push(format!("{label}: violations {got:?} (expected {:?})", w.violations));
    }
    if w.max_duration.is_some() && w.max_duration != p.constraints.max_duration {
        failures.push(format!(
            "{label}: max_duration {:?} (expected {:?})",
            p.constraints.max_duration, w.max_duration
        ));
    }
    if let Some(steps) = &w.steps {
        let got: Vec<(String, Vec<String>)> = p
            .steps
            .iter()
            .map(|s| {
                let q = match s.quorum {
                    Quorum::Any => "ANY",
                    Quorum::All => "ALL",
                };
                (
                    q.to_string(),
                    s.approvers
                        .iter()
                        .map(|a| format!("{}:{}", a.kind.as_str(), a.id))
                        .collect(),
                )
            })
            .collect();
        let want: Vec<(String, Vec<String>)> = steps.iter().map(|s| (s.quorum.clone(), s.approvers.clone())).collect();
        if got != want {
            failures.push(format!("{label}: steps {got:?} (expected {want:?})"));
        }
    }
}

#[test]
fn every_evaluation_case_holds() {
    let pool = DescriptorPool::decode(pb::FILE_DESCRIPTOR_SET).expect("descriptor set");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/evaluation");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/evaluation")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    files.sort();
    let (mut count, mut failed) = (0, Vec::new());
    for path in &files {
        let text = std::fs::read_to_string(path).expect("read");
        let file: File = serde_norway::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for raw in &file.cases {
            let merged = merge(&file.defaults, raw);
            let case: Case = serde_json::from_value(merged)
                .unwrap_or_else(|e| panic!("{}: case {:?}: {e}", path.display(), raw.get("name")));
            let evaluation = evaluate(&request(&case.request), &snapshot(&pool, &case));
            count += 1;
            let failures = check(&case, &evaluation);
            if !failures.is_empty() {
                let file = path.file_name().unwrap_or_default().to_string_lossy();
                failed.push(format!(
                    "{file} / {}:\n  {}\n  reasons: {:?}",
                    case.name,
                    failures.join("\n  "),
                    evaluation.reasons
                ));
            }
        }
    }
    assert!(count >= 1, "no cases found in {}", dir.display());
    assert!(
        failed.is_empty(),
        "{} of {count} cases failed:\n{}",
        failed.len(),
        failed.join("\n")
    );
    println!("{count} evaluation cases passed");
}
