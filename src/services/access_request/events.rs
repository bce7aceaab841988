//! WatchEvents and ListAuditEvents: the org's event stream, from a cursor,
//! in commit order (decision 0013).

mod cursor;
mod encode;
mod list;
mod watch;

use std::pin::Pin;

pub use list::list;
use tokio_stream::Stream;
use tonic::Status;

use crate::{
    error::{Error, Result},
    pb::v1 as pb,
    services::{AppState, Caller},
    store::EventFilter,
};

pub type WatchStream = Pin<Box<dyn Stream<Item = Result<pb::WatchEventsResponse, Status>> + Send + 'static>>;

/// Opens a watch. Its starting position is fixed here, before the stream
/// is answered: "from now" means after the last event committed before
/// this call returned.
pub async fn watch(state: &AppState, caller: &Caller, req: pb::WatchEventsRequest) -> Result<WatchStream> {
    let org = caller.admin_org("")?;
    if req.from_beginning && !req.cursor.is_empty() {
        return Err(Error::invalid(
            "from_beginning",
            "cannot be combined with cursor: pass one or the other",
        ));
    }
    let filter = EventFilter {
        kinds: encode::kind_names("kinds", &req.kinds)?,
        access_request_id: (!req.access_request_id.is_empty()).then_some(req.access_request_id),
        ..EventFilter::default()
    };
    let position = if req.from_beginning {
        0
    } else {
        let last = state.store.last_event_sequence(org).await?;
        if req.cursor.is_empty() {
            last
        } else {
            cursor::decode("cursor", &req.cursor, org, last)?
        }
    };
    let watcher = watch::Watcher {
        state: state.clone(),
        org: org.clone(),
        filter,
        position,
        request_id: caller.request_id.clone(),
    };
    Ok(watcher.into_stream())
}
