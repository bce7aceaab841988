//! The event log: audit trail and (later) the WatchEvents source. Events are
//! written by the other stores, in the same transaction as their change.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use crate::error::Result;

/// An audit event to record in the same transaction as the change it
/// describes.
#[derive(Debug, Clone, PartialEq)]
pub struct NewEvent {
    pub id: String,
    pub org_id: String,
    /// What happened, e.g. `CONFIG_CHANGED`.
    pub kind: String,
    /// What it happened to, e.g. `routing_rule` / `deploy-prod`.
    pub subject_type: String,
    pub subject_id: String,
    /// Who did it (the token's `sub`).
    pub actor: String,
    /// The x-request-id of the call that did it.
    pub request_id: String,
    pub occurred_at: DateTime<Utc>,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
    /// The access request's id for request events; empty otherwise.
    pub access_request_id: String,
    /// The actor's comment (a decision, cancel or revoke comment); may be
    /// empty.
    pub comment: String,
}

/// A recorded event, with its position in the log.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredEvent {
    /// Position in the log: increases with every event.
    pub seq: i64,
    pub event: NewEvent,
}

#[async_trait]
pub trait EventStore {
    /// The org's events after `after_seq`, oldest first, at most `limit`.
    async fn events(&self, org_id: &str, after_seq: i64, limit: u64) -> Result<Vec<StoredEvent>>;
}
