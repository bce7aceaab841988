//! Policy tests, offline: a file of cases (requester, resource, grant, time
//! → expected outcome, approvers, paths, maximum window) run against a
//! policy document with the pure evaluator — no server, no database — so a
//! policy repository can gate its merges in its own CI
//! (`jitgate policy test -f acme.yaml tests.yaml`).
//!
//! The format follows the evaluation decision table of `tests/evaluation/`:
//! a directory, `defaults` merged into every case's request, and cases.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};
use serde::Deserialize;

use crate::{
    api::policy as policy_file,
    domain::{
        directory::{
            OwnershipKey, User,
            ids::{GroupId, UserId},
            resolve::Memberships,
        },
        evaluation::{
            self, DirectoryView, Evaluation, FlowRecord, Grant, Policy, Request, RequestedResource, RoutingVersion,
            View,
        },
        policy::{Live, resolve},
        roles::Role,
    },
    error::{Error, Result},
};

/// A test file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TestFile {
    #[serde(default)]
    pub directory: Directory,
    /// Merged into every case's `request` (the case's keys win).
    #[serde(default)]
    pub defaults: serde_json::Map<String, serde_json::Value>,
    pub cases: Vec<TestCase>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Directory {
    #[serde(default)]
    pub users: Vec<DirUser>,
    /// Group id → member user ids.
    #[serde(default)]
    pub groups: BTreeMap<GroupId, Vec<UserId>>,
    #[serde(default)]
    pub on_call: Vec<Roster>,
    #[serde(default)]
    pub owners: Vec<Owners>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DirUser {
    pub id: UserId,
    pub manager: Option<UserId>,
    #[serde(default)]
    pub display_name: String,
    #[serde(default)]
    pub attributes: BTreeMap<String, String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Roster {
    pub integration: String,
    pub service: String,
    pub users: Vec<UserId>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Owners {
    pub service: String,
    pub resource_id: Option<String>,
    pub users: Vec<UserId>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TestCase {
    pub name: String,
    #[serde(default)]
    pub request: serde_json::Map<String, serde_json::Value>,
    pub expect: Expect,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseRequest {
    requester: UserId,
    #[serde(default)]
    groups: Vec<GroupId>,
    #[serde(default)]
    roles: Vec<Role>,
    target: Option<UserId>,
    resource: Resource,
    grant: GrantIn,
    #[serde(default)]
    justification: String,
    now: DateTime<Utc>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Resource {
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

#[derive(Debug, Deserialize, Clone, Copy)]
#[serde(tag = "type", rename_all = "SCREAMING_SNAKE_CASE", deny_unknown_fields)]
enum GrantIn {
    Permanent,
    TimeRestricted { start: DateTime<Utc>, end: DateTime<Utc> },
    Floating { hours: u32 },
}

/// What a case expects; every key given is checked.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expect {
    /// APPROVED, PENDING, DENIED or REFUSED.
    pub outcome: String,
    /// Exactly these approvers across all paths, as `{kind}:{id}`
    /// (`user:lead@acme.test`, `group:sre`, `role:APPROVER`,
    /// `oncall:pagerduty/db`).
    pub approvers: Option<BTreeSet<String>>,
    /// Exactly these paths, in order: `rule:{name}#{approval}`,
    /// `flow:{name}`, `default` or `entitlement`.
    pub paths: Option<Vec<String>>,
    /// The longest window a path allows, in seconds; 0: unbounded.
    pub max_duration: Option<u32>,
    /// Substrings each found in some reason.
    #[serde(default)]
    pub reasons: Vec<String>,
}

/// One case's result: `None` passed, else why it failed.
pub struct Outcome {
    pub name: String,
    pub failures: Vec<String>,
}

/// Runs every case of `tests` against the policy document `policy`.
pub fn run(policy: &str, tests: &str) -> Result<Vec<Outcome>> {
    let wire = policy_file::from_file(policy)?;
    let proposed = policy_file::decode(&wire, "policy", usize::MAX)?;
    let file: TestFile =
        serde_norway::from_str(tests).map_err(|e| Error::invalid("tests", format!("is not a valid test file: {e}")))?;
    let (routing, flows, config) = resolve(&Live::default(), &proposed);
    // Flows are named by name in a policy file, so their paths are too.
    let flows = flows
        .into_iter()
        .map(|(_, flow)| FlowRecord {
            id: flow.name.clone(),
            flow,
        })
        .collect();
    let compiled = Policy::compile(
        routing.map(|rules| RoutingVersion {
            id: "file".into(),
            rules,
        }),
        flows,
        config,
    );
    let directory = directory(&file.directory);
    file.cases
        .iter()
        .enumerate()
        .map(|(i, case)| {
            let mut merged = file.defaults.clone();
            merged.extend(case.request.clone());
            let request: CaseRequest = serde_json::from_value(serde_json::Value::Object(merged)).map_err(|e| {
                Error::invalid(
                    format!("cases[{i}].request"),
                    format!("({:?}, with the file's defaults merged in): {e}", case.name),
                )
            })?;
            let evaluation = evaluation::decide(&to_request(&request), &compiled, &directory, &[], View::Full);
            Ok(Outcome {
                name: case.name.clone(),
                failures: check(&evaluation, &case.expect),
            })
        })
        .collect()
}

/// The evaluator's view of a test file's directory (its user ids were
/// folded as they were read, as the server folds them).
pub fn directory(d: &Directory) -> DirectoryView {
    let users = d
        .users
        .iter()
        .map(|u| {
            let id = u.id.clone();
            let user = User {
                id: id.clone(),
                email: id.to_string(),
                display_name: u.display_name.clone(),
                manager_id: u.manager.clone(),
                attributes: u.attributes.clone(),
            };
            (id, user)
        })
        .collect();
    let memberships = Memberships::from_pairs(
        d.groups
            .iter()
            .flat_map(|(g, users)| users.iter().map(move |u| (g.clone(), u.clone()))),
    );
    let on_call = d
        .on_call
        .iter()
        .map(|r| ((r.integration.clone(), r.service.clone()), r.users.clone()))
        .collect();
    let owners = d
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
        .collect();
    DirectoryView::new(users, memberships, on_call, owners)
}

fn to_request(r: &CaseRequest) -> Request {
    Request {
        requester_id: r.requester.clone(),
        requester_groups: r.groups.clone(),
        requester_roles: r.roles.clone(),
        target_user_id: r.target.as_ref().unwrap_or(&r.requester).clone(),
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

/// Every way `e` misses `expect`, in words.
fn check(e: &Evaluation, expect: &Expect) -> Vec<String> {
    let mut failures = Vec::new();
    if !e.outcome.as_str().eq_ignore_ascii_case(&expect.outcome) {
        failures.push(format!(
            "outcome: expected {}, got {}",
            expect.outcome,
            e.outcome.as_str()
        ));
    }
    let summary = crate::domain::policy::summary(e);
    if let Some(approvers) = &expect.approvers
        && *approvers != summary.approvers
    {
        failures.push(format!(
            "approvers: expected {:?}, got {:?}",
            approvers, summary.approvers
        ));
    }
    if let Some(paths) = &expect.paths
        && *paths != summary.paths
    {
        failures.push(format!("paths: expected {paths:?}, got {:?}", summary.paths));
    }
    if let Some(max) = expect.max_duration {
        let got = summary.max_window.unwrap_or(0);
        if got != max {
            failures.push(format!("max_duration: expected {max}, got {got} (0: unbounded)"));
        }
    }
    let reasons: Vec<&str> = e
        .reasons
        .iter()
        .chain(e.violations.iter().map(|v| &v.description))
        .map(String::as_str)
        .collect();
    for wanted in &expect.reasons {
        if !reasons.iter().any(|r| r.contains(wanted.as_str())) {
            failures.push(format!("reasons: none contains {wanted:?} (reasons: {reasons:?})"));
        }
    }
    failures
}

#[cfg(test)]
mod tests {
    use super::*;

    const POLICY: &str = include_str!("../tests/fixtures/policy.yaml");

    const TESTS: &str = r#"
directory:
  users: [{id: Alice@Acme.test, manager: bob@acme.test}, {id: bob@acme.test}]
  groups: {engineering: [carol@acme.test]}
defaults:
  requester: alice@acme.test
  resource: {service: aws, resource_type: role, resource_id: admin}
  grant: {type: FLOATING, hours: 1}
  now: 2026-01-05T12:00:00Z
cases:
  - name: the manager approves, an hour at most
    expect: {outcome: PENDING, approvers: [user:bob@acme.test], max_duration: 3600, paths: ["rule:prod#0"]}
  - name: the flow's approver, for its members
    request: {requester: carol@acme.test, resource: {service: pg, resource_type: postgresql-database, resource_id: orders}}
    expect: {outcome: pending, paths: [flow:db-read], approvers: [user:dba@acme.test]}
  - name: a wrong expectation
    expect: {outcome: APPROVED, approvers: [user:nobody@acme.test], max_duration: 60, reasons: [no such reason]}
"#;

    #[test]
    fn cases_pass_and_fail_with_every_difference_named() {
        let outcomes = run(POLICY, TESTS).unwrap();
        let failures: Vec<(&str, &[String])> = outcomes
            .iter()
            .map(|o| (o.name.as_str(), o.failures.as_slice()))
            .collect();
        assert!(failures[0].1.is_empty(), "{failures:?}");
        assert!(failures[1].1.is_empty(), "{failures:?}");
        let wrong = failures[2].1;
        assert_eq!(wrong.len(), 4, "{wrong:?}");
        assert_eq!(wrong[0], "outcome: expected APPROVED, got PENDING");
        assert!(
            wrong[1].starts_with("approvers: expected {\"user:nobody@acme.test\"}"),
            "{wrong:?}"
        );
        assert_eq!(wrong[2], "max_duration: expected 60, got 3600 (0: unbounded)");
        assert!(
            wrong[3].starts_with("reasons: none contains \"no such reason\""),
            "{wrong:?}"
        );
    }

    #[test]
    fn bad_files_are_refused_with_their_reason() {
        let Err(Error::InvalidArgument(v)) = run("routing: {rules: [{name: x}]}", TESTS) else {
            panic!("a bad policy is refused")
        };
        assert!(
            v.iter().any(|v| v.field.starts_with("policy.routing.rules[0]")),
            "{v:?}"
        );
        let Err(Error::InvalidArgument(v)) = run(POLICY, "cases: [{name: x, expect: {outcome: X}, extra: 1}]") else {
            panic!("an unknown key is refused")
        };
        assert!(v[0].description.contains("extra"), "{v:?}");
        let Err(Error::InvalidArgument(v)) = run(POLICY, "cases: [{name: no request, expect: {outcome: DENIED}}]")
        else {
            panic!("a case without a requester is refused")
        };
        assert_eq!(v[0].field, "cases[0].request");
        assert!(
            v[0].description
                .contains("\"no request\", with the file's defaults merged in"),
            "{v:?}"
        );
        assert!(v[0].description.contains("requester"), "{v:?}");
        let Err(Error::InvalidArgument(v)) = run(
            POLICY,
            "defaults: {requester: a@x.test, resource: {service: aws, resource_id: r}, grant: {type: PERMANENT}, \
             now: 2026-01-05T12:00:00Z}\ncases: [{name: x, request: {roles: [SUPERUSER]}, expect: {outcome: DENIED}}]",
        ) else {
            panic!("an unknown role is refused")
        };
        assert!(v[0].description.contains("SUPERUSER"), "{v:?}");
    }
}
