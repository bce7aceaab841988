//! Storage of access flows: one record per flow, changed in place under an
//! optimistic-concurrency check on its revision.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::{Listed, NewEvent};
use crate::{
    domain::{access_flow::AccessFlow, ids::OrgId, pagination::Page},
    error::Result,
};

/// An access flow as stored, with the fields the server owns.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredAccessFlow {
    pub id: String,
    pub org_id: OrgId,
    /// As the database keeps it (PostgreSQL: microseconds), so every read,
    /// the create response included, shows the same `created_date`.
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// 1 when created, then one more per update. A writer names the revision
    /// it read; a write on any other is refused.
    pub revision: i64,
    pub flow: AccessFlow,
}

/// A flow to create.
#[derive(Debug, Clone)]
pub struct NewAccessFlow {
    pub id: String,
    pub org_id: OrgId,
    pub created_at: DateTime<Utc>,
    pub flow: AccessFlow,
}

/// A new state of an existing flow, computed from revision `base_revision`.
#[derive(Debug, Clone)]
pub struct AccessFlowUpdate {
    pub id: String,
    pub org_id: OrgId,
    pub base_revision: i64,
    pub updated_at: DateTime<Utc>,
    pub flow: AccessFlow,
}

#[async_trait]
pub trait AccessFlowStore {
    /// One of the org's flows by id. Another org's flow is `None`.
    async fn access_flow(&self, org_id: &OrgId, id: &str) -> Result<Option<StoredAccessFlow>>;

    /// One page of the org's flows, oldest first (creation time, then id),
    /// and how many the org has in all. An offset past the end gives an
    /// empty page.
    async fn access_flows(&self, org_id: &OrgId, page: Page) -> Result<Listed<StoredAccessFlow>>;

    /// Every flow of the org, oldest first (creation time, then id), read
    /// in one query: what the policy cache compiles.
    async fn all_access_flows(&self, org_id: &OrgId) -> Result<Vec<StoredAccessFlow>>;

    /// Stores `flow` and `event` atomically. ALREADY_EXISTS, writing nothing,
    /// if the org has a flow of that name.
    async fn create_access_flow(&self, flow: NewAccessFlow, event: NewEvent) -> Result<StoredAccessFlow>;

    /// Replaces a flow and stores `event`, atomically, as revision
    /// `base_revision + 1`. Writing nothing, it fails with NOT_FOUND if the
    /// flow does not exist, [`Error::Conflict`](crate::error::Error::Conflict)
    /// if its revision is no longer `base_revision`, and ALREADY_EXISTS if
    /// another flow of the org has the new name.
    async fn update_access_flow(&self, update: AccessFlowUpdate, event: NewEvent) -> Result<StoredAccessFlow>;

    /// Deletes a flow and stores `event`, atomically. Writing nothing, it
    /// fails with NOT_FOUND if the flow does not exist and
    /// [`Error::Conflict`](crate::error::Error::Conflict) if its revision is
    /// no longer `base_revision`.
    async fn delete_access_flow(&self, org_id: &OrgId, id: &str, base_revision: i64, event: NewEvent) -> Result<()>;
}
