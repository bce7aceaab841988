//! The evaluation decision table, shared by the two suites that run it:
//! `tests/api/evaluation_cases.rs` (the pure evaluator) and
//! `tests/api/evaluate_api.rs` (EvaluateAccessRequest on a real server). Both
//! check the proto `Evaluation` the same way, so a case means the same thing
//! in both places.
//!
//! Every `tests/evaluation/*.yaml` file holds cases (configuration,
//! directory, request, time → expected outcome, paths and reasons). A
//! file's `defaults` are merged into each of its cases (objects merge key by
//! key unless their `type` differs; anything else is replaced), so a case
//! states only what differs.
#![allow(dead_code)]

use std::{
    collections::BTreeMap,
    path::{Path, PathBuf},
};

use chrono::{DateTime, Utc};
use jitgate::{
    domain::{directory::ids::GroupId, roles::Role},
    pb::v1 as pb,
};
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
pub struct Case {
    pub name: String,
    /// Absent or null: the org never saved routing configuration.
    pub routing: Option<Vec<Value>>,
    #[serde(default)]
    pub flows: Vec<Value>,
    /// Absent: the default configuration.
    pub request_config: Option<Value>,
    #[serde(default)]
    pub directory: Directory,
    #[serde(default)]
    pub prior_grants: Vec<Prior>,
    pub request: Req,
    pub expect: Expect,
    /// Only for the server suite: the API answers this case differently
    /// from the pure evaluator, and why.
    pub api: Option<Api>,
}

/// How the server answers a case the pure evaluator decides differently.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Api {
    /// Why the API differs (documentation, required).
    pub why: String,
    /// The call is INVALID_ARGUMENT naming exactly these fields, in order.
    pub invalid_argument: Vec<String>,
}

/// The directory of a case: the policy-test format's (`jitgate policy test`),
/// so both read one shape.
pub use jitgate::policy_tests::Directory;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Prior {
    pub rule: String,
    /// `{service}/{resource_type}/{resource_id}`.
    pub resource: String,
    pub user: String,
    pub granted_at: DateTime<Utc>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Req {
    pub requester: String,
    #[serde(default)]
    pub groups: Vec<GroupId>,
    #[serde(default)]
    pub roles: Vec<Role>,
    pub target: Option<String>,
    pub resource: Res,
    pub grant: GrantIn,
    #[serde(default)]
    pub justification: String,
    pub now: DateTime<Utc>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Res {
    pub service: String,
    #[serde(default)]
    pub resource_type: String,
    pub resource_id: String,
    #[serde(default)]
    pub access_type: String,
    #[serde(default)]
    pub tags: BTreeMap<String, String>,
    #[serde(default)]
    pub permissions: Vec<String>,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(tag = "type", rename_all = "SCREAMING_SNAKE_CASE", deny_unknown_fields)]
pub enum GrantIn {
    Permanent,
    TimeRestricted { start: DateTime<Utc>, end: DateTime<Utc> },
    Floating { hours: u32 },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expect {
    pub outcome: String,
    /// Substrings, each found in some reason (evaluation, policy or violation).
    #[serde(default)]
    pub reasons: Vec<String>,
    /// `rule:{name}` or `flow:{id}` → matched.
    #[serde(default)]
    pub policies: BTreeMap<String, bool>,
    /// When given: exactly these paths, in order.
    pub paths: Option<Vec<ExpPath>>,
    /// When given: exactly these request-wide violations, in order.
    pub violations: Option<Vec<ExpViolation>>,
    pub grant: Option<ExpGrant>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpPath {
    /// `rule:{name}#{approval index}`, `flow:{id}`, `default` or `entitlement`.
    pub policy: String,
    #[serde(default)]
    pub auto: bool,
    pub steps: Option<Vec<ExpStep>>,
    /// The constraints this path violates.
    #[serde(default)]
    pub violations: Vec<String>,
    pub max_duration: Option<u32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpStep {
    pub quorum: String,
    /// `{type}:{id}`, such as `user:lead@x.test` or `oncall:pagerduty/db`.
    pub approvers: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpViolation {
    pub constraint: String,
    pub field: Option<String>,
    pub retry_after: Option<u32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpGrant {
    #[serde(rename = "type")]
    pub grant_type: String,
    pub end: Option<DateTime<Utc>>,
}

/// One case and the file it came from.
pub struct Loaded {
    pub file: String,
    pub case: Case,
}

impl Loaded {
    pub fn label(&self) -> String {
        format!("{} / {}", self.file, self.case.name)
    }
}

pub fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/evaluation")
}

/// Every case of every YAML file, files in name order, cases in file order,
/// each merged with its file's defaults. Panics on a malformed file.
pub fn load() -> Vec<Loaded> {
    let dir = dir();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/evaluation")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for path in &files {
        let text = std::fs::read_to_string(path).expect("read");
        let file: File = serde_norway::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let name = path.file_name().unwrap_or_default().to_string_lossy().to_string();
        for raw in &file.cases {
            let merged = merge(&file.defaults, raw);
            let case: Case = serde_json::from_value(merged)
                .unwrap_or_else(|e| panic!("{}: case {:?}: {e}", path.display(), raw.get("name")));
            out.push(Loaded {
                file: name.clone(),
                case,
            });
        }
    }
    assert!(!out.is_empty(), "no cases found in {}", dir.display());
    out
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

pub fn pool() -> DescriptorPool {
    DescriptorPool::decode(jitgate::pb::FILE_DESCRIPTOR_SET).expect("descriptor set")
}

/// A wire JSON object decoded as proto3 JSON into the generated type.
pub fn wire<T: prost::Message + Default>(pool: &DescriptorPool, message: &str, json: &Value) -> T {
    let desc = pool
        .get_message_by_name(message)
        .unwrap_or_else(|| panic!("no message {message}"));
    let dynamic = DynamicMessage::deserialize(desc, json.clone()).unwrap_or_else(|e| panic!("{message}: {e}: {json}"));
    dynamic.transcode_to().expect("transcode")
}

/// The id a case's flow has in expectations: its `id`, else its name.
pub fn flow_label(flow: &pb::AccessFlow) -> String {
    if flow.id.is_empty() {
        flow.name.clone().unwrap_or_default()
    } else {
        flow.id.clone()
    }
}

/// Replaces the ids a server assigned to flows (keys of `names`) by the
/// case's ids (values), wherever they appear: policy and path ids, and the
/// reasons and violations that quote them.
pub fn rename_flows(e: &mut pb::Evaluation, names: &BTreeMap<String, String>) {
    let fix = |s: &mut String| {
        for (from, to) in names {
            if s.contains(from.as_str()) {
                *s = s.replace(from.as_str(), to);
            }
        }
    };
    e.reasons.iter_mut().for_each(fix);
    for p in &mut e.policies {
        fix(&mut p.id);
        p.reasons.iter_mut().for_each(fix);
    }
    for v in &mut e.violations {
        fix(&mut v.description);
    }
    for p in &mut e.paths {
        fix(&mut p.policy_id);
        fix(&mut p.auto_approve_reason);
        for v in &mut p.violations {
            fix(&mut v.description);
        }
    }
}

fn kind_label(kind: i32) -> &'static str {
    match pb::PolicyKind::try_from(kind) {
        Ok(pb::PolicyKind::RoutingRule) => "rule",
        Ok(pb::PolicyKind::DefaultRule) => "default",
        Ok(pb::PolicyKind::AccessFlow) => "flow",
        Ok(pb::PolicyKind::EntitlementSchemes) => "entitlement",
        _ => "?",
    }
}

fn path_label(p: &pb::ApprovalPath) -> String {
    match kind_label(p.policy_kind) {
        "rule" => format!("rule:{}#{}", p.policy_id, p.approval_index),
        "flow" => format!("flow:{}", p.policy_id),
        other => other.to_string(),
    }
}

fn policy_label(m: &pb::PolicyMatch) -> String {
    format!("{}:{}", kind_label(m.kind), m.id)
}

fn outcome_name(outcome: i32) -> String {
    pb::EvaluationOutcome::try_from(outcome)
        .map(|o| o.as_str_name().trim_start_matches("EVALUATION_OUTCOME_").to_string())
        .unwrap_or_else(|_| format!("<{outcome}>"))
}

/// Every way the evaluation misses the case's expectations, as messages;
/// empty when it meets them.
pub fn check(case: &Case, e: &pb::Evaluation) -> Vec<String> {
    let mut failures = Vec::new();
    let x = &case.expect;
    let outcome = outcome_name(e.outcome);
    if outcome != x.outcome {
        failures.push(format!("outcome {outcome} (expected {})", x.outcome));
    }
    let mut texts: Vec<&str> = e.reasons.iter().map(String::as_str).collect();
    texts.extend(e.policies.iter().flat_map(|p| p.reasons.iter().map(String::as_str)));
    texts.extend(e.violations.iter().map(|v| v.description.as_str()));
    texts.extend(
        e.paths
            .iter()
            .flat_map(|p| p.violations.iter().map(|v| v.description.as_str())),
    );
    texts.extend(
        e.paths
            .iter()
            .filter(|p| p.auto_approve)
            .map(|p| p.auto_approve_reason.as_str()),
    );
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
                if w.retry_after
                    .is_some_and(|r| i64::from(r) != i64::from(v.retry_after_seconds))
                {
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
        let grant = e.grant.clone().unwrap_or_default();
        if grant.grant_type != g.grant_type {
            failures.push(format!("grant {} (expected {})", grant.grant_type, g.grant_type));
        }
        if let (Some(end), "TIME_RESTRICTED") = (g.end, grant.grant_type.as_str()) {
            let got = grant.grant_end.unwrap_or_default();
            if (got.seconds, got.nanos) != (end.timestamp(), end.timestamp_subsec_nanos() as i32) {
                failures.push(format!("grant end {got:?} (expected {end})"));
            }
        }
    }
    failures
}

fn check_path(p: &pb::ApprovalPath, w: &ExpPath, failures: &mut Vec<String>) {
    let label = path_label(p);
    if p.auto_approve != w.auto {
        failures.push(format!(
            "{label}: auto_approve {} {:?} (expected {})",
            p.auto_approve, p.auto_approve_reason, w.auto
        ));
    }
    let got: Vec<&str> = p.violations.iter().map(|v| v.constraint.as_str()).collect();
    if got != w.violations {
        failures.push(format!("{label}: violations {got:?} (expected {:?})", w.violations));
    }
    let max = p
        .constraints
        .as_ref()
        .map(|c| c.max_duration_seconds)
        .filter(|s| *s > 0)
        .and_then(|s| u32::try_from(s).ok());
    if w.max_duration.is_some() && w.max_duration != max {
        failures.push(format!("{label}: max_duration {max:?} (expected {:?})", w.max_duration));
    }
    if let Some(steps) = &w.steps {
        let got: Vec<(String, Vec<String>)> = p
            .steps
            .iter()
            .map(|s| {
                let q = match pb::Quorum::try_from(s.r#match) {
                    Ok(pb::Quorum::Any) => "ANY",
                    Ok(pb::Quorum::All) => "ALL",
                    _ => "?",
                };
                (
                    q.to_string(),
                    s.approvers.iter().map(|a| format!("{}:{}", a.r#type, a.id)).collect(),
                )
            })
            .collect();
        let want: Vec<(String, Vec<String>)> = steps.iter().map(|s| (s.quorum.clone(), s.approvers.clone())).collect();
        if got != want {
            failures.push(format!("{label}: steps {got:?} (expected {want:?})"));
        }
    }
}
