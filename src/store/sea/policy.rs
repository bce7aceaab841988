//! A policy apply: the steps of the area writes, in one transaction.

use async_trait::async_trait;
use sea_orm::{DatabaseTransaction, TransactionTrait};

use super::{SeaStore, access_flows, events::insert_events, request_config, routing};
use crate::{
    error::{Error, Result},
    store::{NewEvent, OrgVersions, PolicyStore, PolicyWrite},
};

/// The writes of `write`, in an order no unique index can trip on: a flow
/// deleted frees its name before one is created with it.
async fn steps(txn: &DatabaseTransaction, write: &PolicyWrite, events: &[NewEvent]) -> Result<()> {
    if let Some(version) = &write.workflow {
        routing::insert_version(txn, version).await?;
    }
    for (id, revision) in &write.deleted_flows {
        access_flows::delete_flow(txn, &write.org_id, id, *revision).await?;
    }
    for update in &write.updated_flows {
        access_flows::update_flow(txn, update).await?;
    }
    for new in &write.created_flows {
        access_flows::insert_flow(txn, new).await?;
    }
    if let Some(replace) = &write.request_config {
        // Its event (the last) says when and by whom.
        let event = events
            .last()
            .ok_or_else(|| Error::Internal("a request config replaced without its event".into()))?;
        request_config::replace(txn, &write.org_id, &replace.config, replace.read.as_ref(), event).await?;
    }
    Ok(())
}

#[async_trait]
impl PolicyStore for SeaStore {
    #[tracing::instrument(name = "db", skip_all, fields(otel.kind = "client", db.operation.name = "apply_policy"))]
    async fn apply_policy(&self, write: PolicyWrite, events: Vec<NewEvent>) -> Result<OrgVersions> {
        let txn = self.db.begin().await?;
        if let Err(err) = steps(&txn, &write, &events).await {
            txn.rollback().await?;
            return Err(err);
        }
        // Every event of an apply is a configuration change (one per object).
        let config_events = events.len() as i64;
        // Last: the counter row stays locked to the commit, so no other
        // configuration change can commit between this check and it.
        let Some(versions) = insert_events(&txn, &events).await? else {
            txn.rollback().await?;
            return Err(Error::Internal("a policy apply without events".into()));
        };
        if versions.config != write.base_config + config_events {
            txn.rollback().await?;
            return Err(Error::Conflict(format!(
                "the configuration of org {} changed since it was read (generation {}); re-plan and retry",
                write.org_id, write.base_config
            )));
        }
        txn.commit().await?;
        self.committed(&write.org_id, versions);
        Ok(versions)
    }
}
