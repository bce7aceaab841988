//! Storage behind one interface. Everything jitgate persists goes through
//! [`Store`]; the sea-orm implementation serves SQLite and PostgreSQL, and
//! `tests/store_conformance.rs` runs one suite against both.

mod entities;
mod sea;

use async_trait::async_trait;
use chrono::{DateTime, Utc};

pub use sea::{SeaStore, connect};

use crate::{domain::routing::RoutingRule, error::Result};

/// One saved version of an org's routing workflow.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkflowVersion {
    /// The public version id (`Workflow.id`, `current_version`).
    pub id: String,
    pub org_id: String,
    /// 1 for an org's first version, then consecutive.
    pub number: i64,
    pub created_at: DateTime<Utc>,
    pub created_by: String,
    pub rules: Vec<RoutingRule>,
}

/// A version to append after `base_number` (0 when the org has none).
#[derive(Debug, Clone)]
pub struct NewWorkflowVersion {
    pub id: String,
    pub org_id: String,
    pub base_number: i64,
    pub created_at: DateTime<Utc>,
    pub created_by: String,
    pub rules: Vec<RoutingRule>,
}

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
}

/// A recorded event, with its position in the log.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredEvent {
    /// Position in the log: increases with every event.
    pub seq: i64,
    pub event: NewEvent,
}

#[async_trait]
pub trait Store: Send + Sync + 'static {
    /// Succeeds when the database answers a trivial query.
    async fn ping(&self) -> Result<()>;

    /// The org's latest workflow version, if it ever saved one.
    async fn latest_workflow(&self, org_id: &str) -> Result<Option<WorkflowVersion>>;

    /// One of the org's versions by id. Another org's version is `None`.
    async fn workflow(&self, org_id: &str, id: &str) -> Result<Option<WorkflowVersion>>;

    /// Appends `version` and `event` atomically. Fails with ABORTED, writing
    /// nothing, if any version was appended after `version.base_number`.
    async fn append_workflow(&self, version: NewWorkflowVersion, event: NewEvent) -> Result<WorkflowVersion>;

    /// The org's events after `after_seq`, oldest first, at most `limit`.
    async fn events(&self, org_id: &str, after_seq: i64, limit: u64) -> Result<Vec<StoredEvent>>;
}
