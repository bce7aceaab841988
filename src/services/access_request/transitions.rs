//! Cancel, decide, revoke and activate: read the request, apply the pure
//! lifecycle rule, write it back conditional on its revision (retrying a
//! lost race against the new state), with its events.

use crate::{
    error::{Error, Result},
    pb::v1 as pb,
    services::{AppState, Caller},
};

pub async fn cancel(
    _state: &AppState,
    _caller: &Caller,
    _req: pb::CancelAccessRequestRequest,
) -> Result<pb::CancelAccessRequestResponse> {
    Err(Error::Internal("TODO".into()))
}

pub async fn decide(
    _state: &AppState,
    _caller: &Caller,
    _req: pb::DecideAccessRequestRequest,
) -> Result<pb::DecideAccessRequestResponse> {
    Err(Error::Internal("TODO".into()))
}

pub async fn revoke(
    _state: &AppState,
    _caller: &Caller,
    _req: pb::RevokeAccessRequestRequest,
) -> Result<pb::RevokeAccessRequestResponse> {
    Err(Error::Internal("TODO".into()))
}

pub async fn activate(
    _state: &AppState,
    _caller: &Caller,
    _req: pb::ActivateAccessRequestRequest,
) -> Result<pb::ActivateAccessRequestResponse> {
    Err(Error::Internal("TODO".into()))
}
