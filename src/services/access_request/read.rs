//! GetAccessRequest and ListAccessRequests.

use crate::{
    error::{Error, Result},
    pb::v1 as pb,
    services::{AppState, Caller},
};

pub async fn get(
    _state: &AppState,
    _caller: &Caller,
    _req: pb::GetAccessRequestRequest,
) -> Result<pb::GetAccessRequestResponse> {
    Err(Error::Internal("GetAccessRequest: TODO".into()))
}

pub async fn list(
    _state: &AppState,
    _caller: &Caller,
    _req: pb::ListAccessRequestsRequest,
) -> Result<pb::ListAccessRequestsResponse> {
    Err(Error::Internal("ListAccessRequests: TODO".into()))
}
