//! The events a request transition writes: one per [`Change`], each with
//! the request before and after as its REST JSON, written by the store in
//! the transition's transaction. Shared by the handlers and the scheduler.

use crate::{
    api::access_request as encode,
    app::audit::{Subject, rest_json},
    clock::new_id,
    domain::access_request::{AccessRequest, Change},
    error::Result,
    store::NewEvent,
};

/// The actor of time-driven transitions.
pub const SCHEDULER: &str = "system:scheduler";

/// The kinds of `events`, for the transition metrics (taken before the
/// events move into the store).
pub fn kinds(events: &[NewEvent]) -> Vec<String> {
    events.iter().map(|e| e.kind.clone()).collect()
}

/// The events of `changes`, which turned `before` (absent when filing) into
/// `after`, done by `actor` in the API call `tracking_id` (empty for the
/// scheduler).
pub fn request_events(
    before: Option<&AccessRequest>,
    after: &AccessRequest,
    changes: &[Change],
    actor: &str,
    tracking_id: &str,
) -> Result<Vec<NewEvent>> {
    let before_json = before.map(|r| rest_json(&encode::access_request(r))).transpose()?;
    let after_json = rest_json(&encode::access_request(after))?;
    Ok(changes
        .iter()
        .map(|change| NewEvent {
            id: new_id(),
            org_id: after.org_id.clone(),
            kind: change.kind.as_str().into(),
            subject_type: Subject::AccessRequest.as_str().into(),
            subject_id: after.id.clone(),
            actor: actor.into(),
            request_id: tracking_id.into(),
            occurred_at: after.updated,
            before: before_json.clone(),
            after: Some(after_json.clone()),
            access_request_id: after.id.clone(),
            comment: change.comment.clone(),
        })
        .collect())
}
