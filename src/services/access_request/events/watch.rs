//! An open WatchEvents stream: polls the org's stream from a position and
//! yields what committed since, until the client goes away, the database
//! fails, or the server shuts down.
//!
//! Polling (rather than an in-process signal) is what makes a watch on one
//! replica see events that another replica sharing the PostgreSQL database
//! committed. Each poll first reads the org's committed last sequence `L`
//! and then events in (position, L]: everything up to `L` is committed
//! (sequence order is commit order), so the position can move to `L` even
//! when the filters matched nothing, and a filtered watch never rescans.

use std::collections::VecDeque;

use futures_util::stream;
use tonic::Status;

use super::{WatchStream, encode};
use crate::{
    domain::ids::OrgId,
    error::{Error, Result},
    pb::v1 as pb,
    services::AppState,
    store::{EventFilter, EventQuery, StoredEvent},
};

/// Events read per query; a watcher behind by more catches up in batches.
const BATCH: u64 = 100;

pub struct Watcher {
    pub state: AppState,
    pub org: OrgId,
    pub filter: EventFilter,
    /// The last sequence read (delivered, or skipped by the filters).
    pub position: i64,
    /// The request id of the WatchEvents call, for the ending status.
    pub request_id: String,
}

struct Open {
    watcher: Watcher,
    pending: VecDeque<StoredEvent>,
    _counted: Counted,
}

/// Counts the stream in the open-streams gauge while it lives.
struct Counted(std::sync::Arc<crate::telemetry::Metrics>);

impl Counted {
    fn new(metrics: std::sync::Arc<crate::telemetry::Metrics>) -> Self {
        metrics.watch_opened();
        Self(metrics)
    }
}

impl Drop for Counted {
    fn drop(&mut self) {
        self.0.watch_closed();
    }
}

impl Watcher {
    /// The stream of this watch. Dropping it (the client went away) stops
    /// the polling.
    pub fn into_stream(self) -> WatchStream {
        let open = Open {
            _counted: Counted::new(self.state.metrics.clone()),
            watcher: self,
            pending: VecDeque::new(),
        };
        Box::pin(stream::unfold(Some(open), |open| async move {
            let mut open = open?;
            match open.next().await {
                Ok(event) => Some((Ok(pb::WatchEventsResponse { event: Some(event) }), Some(open))),
                // The ending status is the stream's last item.
                Err(status) => Some((Err(status), None)),
            }
        }))
    }
}

impl Open {
    /// The next event, waiting for one as long as it takes; an error status
    /// ends the stream.
    async fn next(&mut self) -> Result<pb::Event, Status> {
        let streams = self.watcher.state.streams.clone();
        loop {
            // Checked before every event: shutdown must not wait for a
            // backlog to drain; the client resumes from its last cursor.
            if streams.is_closed() {
                return Err(self.ending(Error::Unavailable(
                    "the server is shutting down: resume from the cursor of the last event received".into(),
                )));
            }
            if let Some(event) = self.pending.pop_front() {
                return Ok(encode::event(event));
            }
            match self.poll().await {
                Ok(true) => continue,
                Ok(false) => {
                    tokio::select! {
                        () = tokio::time::sleep(streams.poll_interval) => {}
                        () = streams.closed() => {}
                    }
                }
                Err(error) => {
                    tracing::warn!(org = %self.watcher.org, %error, "WatchEvents ended by a database error");
                    return Err(self.ending(Error::Unavailable(format!(
                        "cannot read events ({error}): resume from the cursor of the last event received"
                    ))));
                }
            }
        }
    }

    /// Reads what committed since the position; whether there is something
    /// to deliver or more to read right away.
    async fn poll(&mut self) -> Result<bool> {
        let w = &mut self.watcher;
        let last = w.state.store.last_event_sequence(&w.org).await?;
        if last <= w.position {
            return Ok(false);
        }
        let query = EventQuery {
            filter: w.filter.clone(),
            after: Some(w.position),
            before: Some(last + 1),
            newest_first: false,
            limit: BATCH,
        };
        let found = w.state.store.query_events(&w.org, &query).await?;
        // A full batch may have stopped short of `last`; otherwise every
        // match up to `last` is in hand.
        w.position = match found.last() {
            Some(event) if found.len() as u64 == BATCH => event.sequence,
            _ => last,
        };
        self.pending.extend(found);
        Ok(!self.pending.is_empty() || self.watcher.position < last)
    }

    fn ending(&self, error: Error) -> Status {
        error.into_status(&self.watcher.request_id)
    }
}
