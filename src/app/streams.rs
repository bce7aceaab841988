//! What the server's open streams (WatchEvents) share: how often they poll
//! the database, and the signal that ends them when the server shuts down.
//!
//! Graceful shutdown waits for every call in flight, and a watch never ends
//! by itself; so `server::serve` closes this when shutdown begins, and each
//! open stream ends with UNAVAILABLE, telling the client to resume from its
//! last cursor (on another replica, or this one once it is back).

use std::{sync::Arc, time::Duration};

use tokio::sync::watch;

/// How often an open watch reads the database for new events by default:
/// short enough to feel live, long enough to cost little (one indexed
/// primary-key read per watcher and interval while idle).
pub const DEFAULT_POLL_INTERVAL: Duration = Duration::from_millis(100);

#[derive(Clone, Debug)]
pub struct Streams {
    /// How often an open watch polls for new events.
    pub poll_interval: Duration,
    closing: Arc<watch::Sender<bool>>,
}

impl Default for Streams {
    fn default() -> Self {
        Self::new(DEFAULT_POLL_INTERVAL)
    }
}

impl Streams {
    pub fn new(poll_interval: Duration) -> Self {
        Self {
            poll_interval,
            closing: Arc::new(watch::channel(false).0),
        }
    }

    /// Ends every open stream (and every stream opened from now on).
    pub fn close(&self) {
        self.closing.send_replace(true);
    }

    pub fn is_closed(&self) -> bool {
        *self.closing.borrow()
    }

    /// Completes once [`close`](Self::close) was called.
    pub async fn closed(&self) {
        let mut receiver = self.closing.subscribe();
        // The sender lives in `self`, so this never sees it dropped.
        let _ = receiver.wait_for(|closed| *closed).await;
    }
}
