//! Storage of a policy apply: every change of a plan (a new workflow
//! version, flows deleted, updated and created, the request config) in one
//! transaction, conditional on the org's configuration not having moved.

use async_trait::async_trait;

use super::{AccessFlowUpdate, NewAccessFlow, NewEvent, NewWorkflowVersion, OrgVersions, RequestConfigReplace};
use crate::{domain::ids::OrgId, error::Result};

/// Everything one apply writes.
#[derive(Debug, Clone)]
pub struct PolicyWrite {
    pub org_id: OrgId,
    /// The configuration generation the plan was made at: if any routing,
    /// flow or request-config change committed since, nothing is written.
    pub base_config: i64,
    pub workflow: Option<NewWorkflowVersion>,
    /// `(id, revision read)` of each flow to delete.
    pub deleted_flows: Vec<(String, i64)>,
    pub updated_flows: Vec<AccessFlowUpdate>,
    pub created_flows: Vec<NewAccessFlow>,
    pub request_config: Option<RequestConfigReplace>,
}

#[async_trait]
pub trait PolicyStore {
    /// Writes `write` and its `events` (one per changed object) in one
    /// transaction. Fails with [`Error::Conflict`](crate::error::Error::Conflict)
    /// and writes nothing when the org's configuration changed since
    /// `base_config` or any single write's own check fails. Answers the
    /// org's position after the write.
    async fn apply_policy(&self, write: PolicyWrite, events: Vec<NewEvent>) -> Result<OrgVersions>;
}
