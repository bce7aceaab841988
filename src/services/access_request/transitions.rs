//! Cancel, decide, revoke and activate: read the request, apply the pure
//! lifecycle rule, and write it back conditional on its revision (and on
//! the directory the actor was resolved from) with its events. A write that
//! lost a race re-reads and re-applies the rule to the new state, so of two
//! conflicting calls the second sees the first's outcome (deciding a
//! canceled request is FAILED_PRECONDITION, not a lost update).

use chrono::{DateTime, Utc};

use super::{
    read::visible,
    record::{self, request_events},
};
use crate::{
    api::access_request::access_request,
    domain::{
        access_request::{
            AccessRequest, Change, Decision,
            lifecycle::{self, Actor, DecisionInput},
        },
        bounds::MAX_SPAN_HOURS,
        violations::Violations,
    },
    error::Result,
    pb::v1 as pb,
    services::{AppState, Caller},
    store::read_modify_write,
};

/// The most characters a comment may have.
const MAX_COMMENT: usize = 4096;

/// Applies `rule` to the request `id` and stores the result, through the
/// store's read-modify-write (a lost race re-reads and re-applies).
async fn transition(
    state: &AppState,
    caller: &Caller,
    id: &str,
    rule: impl Fn(&mut AccessRequest, &Actor, DateTime<Utc>) -> Result<Vec<Change>>,
) -> Result<pb::AccessRequest> {
    let org = caller.principal.org_scope("")?;
    read_modify_write(&format!("access request {id:?}"), |_| async {
        let compiled = state.cache.compiled(org).await?;
        let (before, actor) = visible(state, caller, &compiled.directory, id).await?;
        let now = state.clock.now();
        let mut after = before.clone();
        let changes = rule(&mut after, &actor, now)?;
        after.updated = now;
        let events = request_events(Some(&before), &after, &changes, &actor.person.id, &caller.request_id)?;
        let kinds = record::kinds(&events);
        after.revision = state
            .store
            .update_access_request(&after, events, Some(compiled.versions))
            .await?;
        state.metrics.transitions(kinds);
        Ok(access_request(&after))
    })
    .await
}

fn comment(text: &str, v: &mut Violations) {
    if text.chars().count() > MAX_COMMENT {
        v.add("comment", format!("must be at most {MAX_COMMENT} characters"));
    }
}

pub async fn cancel(
    state: &AppState,
    caller: &Caller,
    req: pb::CancelAccessRequestRequest,
) -> Result<pb::CancelAccessRequestResponse> {
    let mut v = Violations::new();
    comment(&req.comment, &mut v);
    v.into_result(())?;
    let stored = transition(state, caller, &req.id, |r, actor, now| {
        lifecycle::cancel(r, actor, &req.comment, now)
    })
    .await?;
    Ok(pb::CancelAccessRequestResponse {
        access_request: Some(stored),
    })
}

pub async fn decide(
    state: &AppState,
    caller: &Caller,
    req: pb::DecideAccessRequestRequest,
) -> Result<pb::DecideAccessRequestResponse> {
    let input = decision_input(&req)?;
    let stored = transition(state, caller, &req.id, |r, actor, now| {
        lifecycle::decide(r, actor, &input, now)
    })
    .await?;
    Ok(pb::DecideAccessRequestResponse {
        access_request: Some(stored),
    })
}

/// Validates a decision's fields, reporting every bad one.
fn decision_input(req: &pb::DecideAccessRequestRequest) -> Result<DecisionInput> {
    let mut v = Violations::new();
    let decision = match pb::Decision::try_from(req.decision) {
        Ok(pb::Decision::Approved) => Some(Decision::Approve),
        Ok(pb::Decision::Denied) => Some(Decision::Deny),
        _ => {
            v.add("decision", "is required: DECISION_APPROVED or DECISION_DENIED");
            None
        }
    };
    let step = match req.step {
        Some(s) if s < 0 => {
            v.add("step", "must be zero or more");
            None
        }
        Some(s) => usize::try_from(s).ok(),
        None => None,
    };
    let floating_length = match req.floating_length {
        Some(h) if h < 1 => {
            v.add("floating_length", "must be 1 hour or more");
            None
        }
        Some(h) if h as u32 > MAX_SPAN_HOURS => {
            v.add(
                "floating_length",
                format!("must be at most {MAX_SPAN_HOURS} hours (ten years), got {h}"),
            );
            None
        }
        Some(h) => u32::try_from(h).ok(),
        None => None,
    };
    comment(&req.comment, &mut v);
    let grant_start = time(req.grant_start.as_ref(), "grant_start", &mut v);
    let grant_end = time(req.grant_end.as_ref(), "grant_end", &mut v);
    v.into_result(())?;
    Ok(DecisionInput {
        step,
        // Set whenever there was no violation.
        decision: decision.unwrap_or(Decision::Deny),
        comment: req.comment.clone(),
        grant_start,
        grant_end,
        floating_length,
    })
}

/// A decision's timestamp, by the same rule as a request's (protobuf's
/// range, so window arithmetic cannot overflow).
fn time(t: Option<&prost_types::Timestamp>, field: &str, v: &mut Violations) -> Option<DateTime<Utc>> {
    let parsed = crate::api::timestamp::timestamp(t?);
    if parsed.is_none() {
        v.add(field, crate::domain::bounds::TIMESTAMP_RULE);
    }
    parsed
}

pub async fn revoke(
    state: &AppState,
    caller: &Caller,
    req: pb::RevokeAccessRequestRequest,
) -> Result<pb::RevokeAccessRequestResponse> {
    let mut v = Violations::new();
    comment(&req.comment, &mut v);
    v.into_result(())?;
    let stored = transition(state, caller, &req.id, |r, actor, now| {
        lifecycle::revoke(r, actor, &req.comment, now)
    })
    .await?;
    Ok(pb::RevokeAccessRequestResponse {
        access_request: Some(stored),
    })
}

pub async fn activate(
    state: &AppState,
    caller: &Caller,
    req: pb::ActivateAccessRequestRequest,
) -> Result<pb::ActivateAccessRequestResponse> {
    let stored = transition(state, caller, &req.id, lifecycle::activate).await?;
    Ok(pb::ActivateAccessRequestResponse {
        access_request: Some(stored),
    })
}
