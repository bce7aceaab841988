//! Storage of routing workflows: immutable versions, appended under an
//! optimistic-concurrency check.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::NewEvent;
use crate::{
    domain::{ids::OrgId, routing::RoutingRule},
    error::Result,
};

/// One saved version of an org's routing workflow.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkflowVersion {
    /// The public version id (`Workflow.id`, `current_version`).
    pub id: String,
    pub org_id: OrgId,
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
    pub org_id: OrgId,
    pub base_number: i64,
    pub created_at: DateTime<Utc>,
    pub created_by: String,
    pub rules: Vec<RoutingRule>,
}

#[async_trait]
pub trait RoutingStore {
    /// The org's latest workflow version, if it ever saved one.
    async fn latest_workflow(&self, org_id: &OrgId) -> Result<Option<WorkflowVersion>>;

    /// One of the org's versions by id. Another org's version is `None`.
    async fn workflow(&self, org_id: &OrgId, id: &str) -> Result<Option<WorkflowVersion>>;

    /// Appends `version` and `event` atomically. Fails with
    /// [`Error::Conflict`](crate::error::Error::Conflict), writing nothing,
    /// if any version was appended after `version.base_number`.
    async fn append_workflow(&self, version: NewWorkflowVersion, event: NewEvent) -> Result<WorkflowVersion>;
}
