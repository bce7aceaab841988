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
    api::access_request::{access_request, decode},
    domain::access_request::{
        AccessRequest, Change,
        lifecycle::{self, Actor},
    },
    error::Result,
    pb::v1 as pb,
    services::{AppState, Caller},
    store::read_modify_write,
};

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

/// A lifecycle rule that takes the caller's comment (cancel, revoke).
type Commented = fn(&mut AccessRequest, &Actor, &str, DateTime<Utc>) -> Result<Vec<Change>>;

/// Checks the comment, then applies `rule` with it.
async fn commented(
    state: &AppState,
    caller: &Caller,
    id: &str,
    comment: &str,
    rule: Commented,
) -> Result<pb::AccessRequest> {
    decode::comment(comment)?;
    transition(state, caller, id, |r, actor, now| rule(r, actor, comment, now)).await
}

pub async fn cancel(
    state: &AppState,
    caller: &Caller,
    req: pb::CancelAccessRequestRequest,
) -> Result<pb::CancelAccessRequestResponse> {
    let stored = commented(state, caller, &req.id, &req.comment, lifecycle::cancel).await?;
    Ok(pb::CancelAccessRequestResponse {
        access_request: Some(stored),
    })
}

pub async fn decide(
    state: &AppState,
    caller: &Caller,
    req: pb::DecideAccessRequestRequest,
) -> Result<pb::DecideAccessRequestResponse> {
    let input = decode::decision(&req)?;
    let stored = transition(state, caller, &req.id, |r, actor, now| {
        lifecycle::decide(r, actor, &input, now)
    })
    .await?;
    Ok(pb::DecideAccessRequestResponse {
        access_request: Some(stored),
    })
}

pub async fn revoke(
    state: &AppState,
    caller: &Caller,
    req: pb::RevokeAccessRequestRequest,
) -> Result<pb::RevokeAccessRequestResponse> {
    let stored = commented(state, caller, &req.id, &req.comment, lifecycle::revoke).await?;
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
