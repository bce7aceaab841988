//! WatchEvents and ListAuditEvents: the org's event stream, from a cursor,
//! in commit order.

use std::pin::Pin;

use tokio_stream::Stream;
use tonic::Status;

use crate::{
    error::{Error, Result},
    pb::v1 as pb,
    services::{AppState, Caller},
};

pub type WatchStream = Pin<Box<dyn Stream<Item = Result<pb::WatchEventsResponse, Status>> + Send + 'static>>;

pub async fn watch(_state: &AppState, _caller: &Caller, _req: pb::WatchEventsRequest) -> Result<WatchStream> {
    Err(Error::Internal("WatchEvents: TODO(events helper)".into()))
}

pub async fn list(
    _state: &AppState,
    _caller: &Caller,
    _req: pb::ListAuditEventsRequest,
) -> Result<pb::ListAuditEventsResponse> {
    Err(Error::Internal("ListAuditEvents: TODO(events helper)".into()))
}
