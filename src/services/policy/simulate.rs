//! SimulateConfigChange: the org's recent requests and hypothetical ones
//! evaluated under the live and the proposed policy, and every one whose
//! decision differs.
//!
//! Bounded so a large org cannot stall the server: a window of at most 90
//! days, at most [`MAX_LIMIT`] stored requests read in pages of
//! [`PAGE`], at most [`MAX_HYPOTHETICAL`] hypothetical ones, at most
//! [`MAX_REPORTED`] changes in the answer (each carries two evaluations),
//! and [`TIME_BUDGET`] of work; the answer says which bound stopped it.
//! Evaluation runs off the async threads, a page at a time. Stored requests
//! are re-evaluated at their filing time, for their requester with the
//! directory's groups (tokens' groups and roles are not stored), against
//! today's directory.

use std::{sync::Arc, time::Instant};

use chrono::{DateTime, Duration, Utc};

use super::{AppState, Caller, proposed, read};
use crate::{
    api::{
        access_request::decode as request_decode,
        directory::decode as directory_decode,
        evaluation as encode,
        timestamp::{timestamp, wire_timestamp},
    },
    domain::{
        access_request::AccessRequest,
        evaluation::{self, DirectoryView, Evaluation, FlowRecord, Policy, Request, RoutingVersion, View},
        policy::{decision_differences, resolve},
    },
    error::{Error, Result},
    pb::v1 as pb,
    store::RequestQuery,
};

pub const MAX_LIMIT: i32 = 10_000;
pub const DEFAULT_LIMIT: i32 = 1_000;
pub const MAX_HYPOTHETICAL: usize = 100;
pub const MAX_WINDOW_DAYS: i64 = 90;
pub const DEFAULT_WINDOW_DAYS: i64 = 7;
pub const MAX_REPORTED: usize = 500;
// Every hypothetical request's change is always listed.
const _: () = assert!(MAX_HYPOTHETICAL <= MAX_REPORTED);
pub const PAGE: u64 = 500;
pub const TIME_BUDGET: std::time::Duration = std::time::Duration::from_secs(10);

/// One request to evaluate both ways.
struct Case {
    id: String,
    hypothetical_index: i32,
    request: Request,
}

/// The two policies and the directory every case is evaluated against.
struct Both {
    live: Arc<Policy>,
    proposed: Policy,
    directory: Arc<DirectoryView>,
}

impl Both {
    fn compare(&self, case: &Case) -> Option<pb::DecisionChange> {
        // BASIC: the matching policies with their reasons, the paths and
        // their constraints — all a difference is made of, at a fraction of
        // FULL's cost on a large org (docs/performance.md).
        let live = evaluation::decide(&case.request, &self.live, &self.directory, &[], View::Basic);
        let proposed = evaluation::decide(&case.request, &self.proposed, &self.directory, &[], View::Basic);
        let differences = decision_differences(&live, &proposed);
        (!differences.is_empty()).then(|| change(case, differences, &live, &proposed))
    }
}

fn change(case: &Case, differences: Vec<String>, live: &Evaluation, proposed: &Evaluation) -> pb::DecisionChange {
    let r = &case.request.resource;
    pb::DecisionChange {
        access_request_id: case.id.clone(),
        hypothetical_index: case.hypothetical_index,
        requester_id: case.request.requester_id.to_string(),
        resource: format!("{}/{}/{}", r.service, r.resource_type, r.resource_id),
        differences,
        live: Some(encode::evaluation(live)),
        proposed: Some(encode::evaluation(proposed)),
    }
}

/// A stored request as it was filed, evaluated at its filing time.
fn stored_case(r: &AccessRequest) -> Case {
    Case {
        id: r.id.clone(),
        hypothetical_index: -1,
        request: Request {
            requester_id: r.requester.id.clone(),
            requester_groups: Vec::new(),
            requester_roles: Vec::new(),
            target_user_id: r.target_user.id.clone(),
            resource: r.resource.clone(),
            grant: r.requested,
            justification: r.justification.clone(),
            now: r.created,
        },
    }
}

fn hypothetical_cases(list: &[pb::HypotheticalRequest], now: DateTime<Utc>) -> Result<Vec<Case>> {
    if list.len() > MAX_HYPOTHETICAL {
        return Err(Error::invalid(
            "hypothetical",
            format!("must hold at most {MAX_HYPOTHETICAL} requests, got {}", list.len()),
        ));
    }
    list.iter()
        .enumerate()
        .map(|(i, h)| {
            let at = |field: &str| format!("hypothetical[{i}].{field}");
            let requester = directory_decode::user_id(&h.requester_id, &at("requester_id"))?;
            let body = h
                .access_request
                .as_ref()
                .ok_or_else(|| Error::invalid(at("access_request"), "is required"))?;
            let filing = request_decode::decode(body, &at("access_request"))?;
            Ok(Case {
                id: String::new(),
                hypothetical_index: i as i32,
                request: Request {
                    target_user_id: filing.target_or(&requester).clone(),
                    requester_id: requester,
                    requester_groups: Vec::new(),
                    requester_roles: Vec::new(),
                    resource: filing.resource.clone(),
                    grant: filing.grant.to_grant(now),
                    justification: filing.justification.clone(),
                    now,
                },
            })
        })
        .collect()
}

/// The window `[since, until]` the request asks for, checked.
fn window(req: &pb::SimulateConfigChangeRequest, now: DateTime<Utc>) -> Result<(DateTime<Utc>, DateTime<Utc>)> {
    let at = |t: &Option<prost_types::Timestamp>, field: &str| {
        t.as_ref()
            .map(|t| timestamp(t).ok_or_else(|| Error::invalid(field, crate::domain::bounds::TIMESTAMP_RULE)))
            .transpose()
    };
    // Never past now: what is filed later is not history yet, and a fixed
    // end keeps the pages of the window from shifting while they are read.
    let until = at(&req.until, "until")?.map_or(now, |until| until.min(now));
    let since = at(&req.since, "since")?.unwrap_or(until - Duration::days(DEFAULT_WINDOW_DAYS));
    if since >= until {
        return Err(Error::invalid("since", "must be before until"));
    }
    if until - since > Duration::days(MAX_WINDOW_DAYS) {
        return Err(Error::invalid(
            "since",
            format!("must be at most {MAX_WINDOW_DAYS} days before until"),
        ));
    }
    Ok((since, until))
}

fn limit(requested: i32) -> Result<u64> {
    match requested {
        0 => Ok(DEFAULT_LIMIT as u64),
        1..=MAX_LIMIT => Ok(requested as u64),
        _ => Err(Error::invalid(
            "limit",
            format!("must be between 0 and {MAX_LIMIT}, got {requested}"),
        )),
    }
}

async fn compile(
    routing: Option<RoutingVersion>,
    flows: Vec<FlowRecord>,
    config: crate::domain::request_config::RequestConfig,
) -> Result<Policy> {
    tokio::task::spawn_blocking(move || Policy::compile(routing, flows, config))
        .await
        .map_err(|e| Error::Internal(format!("compiling a policy failed: {e}")))
}

/// What comparing a batch found: the changed decisions, and how many cases
/// were compared before the deadline.
struct Compared {
    changes: Vec<pb::DecisionChange>,
    evaluated: usize,
}

/// Compares a batch of cases off the async threads, stopping at `deadline`.
async fn compare_all(both: &Arc<Both>, cases: Vec<Case>, deadline: Instant) -> Result<Compared> {
    let both = both.clone();
    tokio::task::spawn_blocking(move || {
        let mut compared = Compared {
            changes: Vec::new(),
            evaluated: 0,
        };
        for case in &cases {
            if Instant::now() > deadline {
                break;
            }
            compared.changes.extend(both.compare(case));
            compared.evaluated += 1;
        }
        compared
    })
    .await
    .map_err(|e| Error::Internal(format!("simulating failed: {e}")))
}

pub(super) async fn simulate(
    s: &AppState,
    caller: &Caller,
    req: pb::SimulateConfigChangeRequest,
) -> Result<pb::SimulateConfigChangeResponse> {
    let org = caller.admin_org(&req.org_id)?;
    let started = Instant::now();
    let now = s.clock.now();
    let proposed = proposed(s, org, req.policy.as_ref()).await?;
    let (since, until) = window(&req, now)?;
    let limit = limit(req.limit)?;
    let hypothetical = hypothetical_cases(&req.hypothetical, now)?;

    let read = read(s, org).await?;
    // The live policy and the directory as evaluation sees them: the org's
    // compiled state, built (or already held) by the policy cache.
    let compiled = s.cache.compiled(org).await?;
    let (routing, flows, config) = resolve(&read.live, &proposed);
    let proposed_routing = routing.map(|rules| RoutingVersion {
        id: "proposed".into(),
        rules,
    });
    let proposed_flows = flows.into_iter().map(|(id, flow)| FlowRecord { id, flow }).collect();
    let both = Arc::new(Both {
        live: compiled.policy.clone(),
        proposed: compile(proposed_routing, proposed_flows, config).await?,
        directory: compiled.directory.clone(),
    });

    let deadline = started + TIME_BUDGET;
    let out_of_time = || format!("the time budget ({}s) ran out", TIME_BUDGET.as_secs());
    // The hypothetical requests first (few, and what the caller asked about),
    // then the stored ones page by page; listed stored first, as the proto says.
    let asked = hypothetical.len();
    let what_if = compare_all(&both, hypothetical, deadline).await?;
    let mut evaluated = what_if.evaluated;
    let mut changes = Vec::new();
    let mut unlisted = 0usize;
    let mut truncated = String::new();
    if what_if.evaluated < asked {
        truncated = out_of_time();
    }
    let mut offset = 0;
    while truncated.is_empty() {
        let page = s
            .store
            .list_access_requests(
                org,
                &RequestQuery {
                    created_from: Some(since),
                    created_until: Some(until),
                    offset,
                    limit: PAGE.min(limit - offset),
                    ..RequestQuery::default()
                },
            )
            .await?;
        let count = page.items.len() as u64;
        let compared = compare_all(&both, page.items.iter().map(stored_case).collect(), deadline).await?;
        evaluated += compared.evaluated;
        changes.extend(compared.changes);
        // Only what can be listed is kept; the rest is counted.
        let room = MAX_REPORTED - what_if.changes.len();
        if changes.len() > room {
            unlisted += changes.len() - room;
            changes.truncate(room);
        }
        offset += compared.evaluated as u64;
        if offset >= page.total || count == 0 {
            break;
        }
        if (compared.evaluated as u64) < count || Instant::now() > deadline {
            truncated = format!(
                "{}; {} requests of the window not evaluated",
                out_of_time(),
                page.total - offset
            );
        } else if offset >= limit {
            truncated = format!(
                "the limit of {limit} requests was reached; {} more in the window",
                page.total - offset
            );
        }
    }
    // The hypothetical requests' changes are always listed (at most 100);
    // the stored ones filled the rest of the room.
    if unlisted > 0 {
        let also = format!("{unlisted} more changed decisions not listed (at most {MAX_REPORTED} are)");
        truncated = if truncated.is_empty() {
            also
        } else {
            format!("{truncated}; {also}")
        };
    }
    changes.extend(what_if.changes);
    Ok(pb::SimulateConfigChangeResponse {
        changes,
        evaluated: evaluated as i32,
        truncated: !truncated.is_empty(),
        truncated_reason: truncated,
        since: Some(wire_timestamp(since)),
        until: Some(wire_timestamp(until)),
        base: Some(read.base()),
    })
}
