//! The event log: the audit trail and the WatchEvents source. Events are
//! written by the other stores, in the same transaction as their change,
//! and numbered per org in commit order (decision 0013).

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use crate::{domain::ids::OrgId, error::Result};

/// An audit event to record in the same transaction as the change it
/// describes.
#[derive(Debug, Clone, PartialEq)]
pub struct NewEvent {
    pub id: String,
    pub org_id: OrgId,
    /// What happened, e.g. `CONFIG_CHANGED`: a `jitgate.v1.EventKind` name
    /// without its `EVENT_KIND_` prefix.
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

/// A recorded event, with its position in its org's stream.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredEvent {
    /// Position in the org's stream: 1, 2, 3… with no gaps, in commit order.
    pub sequence: i64,
    pub event: NewEvent,
}

/// Which events a query matches; every set field must match.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventFilter {
    /// Any of these kinds; empty: any kind.
    pub kinds: Vec<String>,
    pub subject_type: Option<String>,
    pub subject_id: Option<String>,
    pub access_request_id: Option<String>,
    pub actor: Option<String>,
    /// Occurred at or after.
    pub since: Option<DateTime<Utc>>,
    /// Occurred before.
    pub until: Option<DateTime<Utc>>,
}

/// A slice of one org's stream.
#[derive(Debug, Clone, PartialEq)]
pub struct EventQuery {
    pub filter: EventFilter,
    /// Only events with a sequence above this one.
    pub after: Option<i64>,
    /// Only events with a sequence below this one.
    pub before: Option<i64>,
    /// Highest sequence first (else lowest first).
    pub newest_first: bool,
    pub limit: u64,
}

impl EventQuery {
    /// Up to `limit` events of any kind after `after`, oldest first.
    pub fn after(after: i64, limit: u64) -> Self {
        Self {
            filter: EventFilter::default(),
            after: Some(after),
            before: None,
            newest_first: false,
            limit,
        }
    }
}

#[async_trait]
pub trait EventStore {
    /// The org's events matching `query`, in its order, at most its limit.
    async fn query_events(&self, org_id: &OrgId, query: &EventQuery) -> Result<Vec<StoredEvent>>;

    /// The sequence of the org's last committed event; 0 when it has none.
    /// Every event up to it is committed and visible.
    async fn last_event_sequence(&self, org_id: &OrgId) -> Result<i64>;

    /// The ids of the access requests that events after sequence `after` and
    /// up to `upto` changed, without repeats; `None` when more than `limit`
    /// such events were written (re-reading everything is then cheaper).
    async fn requests_changed(&self, org_id: &OrgId, after: i64, upto: i64, limit: u64) -> Result<Option<Vec<String>>>;

    /// The org's events after sequence `after`, oldest first, at most
    /// `limit`.
    async fn events(&self, org_id: &OrgId, after: i64, limit: u64) -> Result<Vec<StoredEvent>> {
        self.query_events(org_id, &EventQuery::after(after, limit)).await
    }
}
