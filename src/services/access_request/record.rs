//! The events a request transition writes: one per [`Change`], each with
//! the request before and after as its REST JSON, written by the store in
//! the transition's transaction. Shared by the handlers and the scheduler.

use crate::{
    clock::new_id,
    domain::access_request::{AccessRequest, Change, encode},
    error::{Error, Result},
    rest::json_writer::WriteJson,
    store::NewEvent,
};

/// The subject type of request events.
pub const SUBJECT_TYPE: &str = "access_request";

/// The actor of time-driven transitions.
pub const SCHEDULER: &str = "system:scheduler";

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
    let before_json = before.map(rest_json).transpose()?;
    let after_json = rest_json(after)?;
    Ok(changes
        .iter()
        .map(|change| NewEvent {
            id: new_id(),
            org_id: after.org_id.clone(),
            kind: change.kind.as_str().into(),
            subject_type: SUBJECT_TYPE.into(),
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

/// The request as REST clients see it (the REST layer's JSON writer).
fn rest_json(request: &AccessRequest) -> Result<serde_json::Value> {
    let mut json = String::new();
    encode::access_request(request)
        .write_json(&mut json)
        .map_err(|e| Error::Internal(format!("access request {} has no JSON form: {}", request.id, e.0)))?;
    serde_json::from_str(&json).map_err(|e| Error::Internal(format!("access request {}: {e}", request.id)))
}
