//! CreateAccessRequest: evaluate, copy the plan into the request, store it
//! with its events; idempotent on the client's `request_id`.

use crate::{
    error::{Error, Result},
    pb::v1 as pb,
    services::{AppState, Caller},
};

pub async fn create(
    _state: &AppState,
    _caller: &Caller,
    _req: pb::CreateAccessRequestRequest,
) -> Result<pb::CreateAccessRequestResponse> {
    Err(Error::Internal("CreateAccessRequest: TODO".into()))
}
