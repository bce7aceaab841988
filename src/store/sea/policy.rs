//! A policy apply: the steps of the area writes, in one transaction.

use async_trait::async_trait;
use sea_orm::{DatabaseTransaction, TransactionTrait};

use super::{SeaStore, access_flows, request_config, routing};
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
        request_config::replace(txn, &write.org_id, replace, event).await?;
    }
    Ok(())
}

#[async_trait]
impl PolicyStore for SeaStore {
    #[tracing::instrument(name = "db", skip_all, fields(otel.kind = "client", db.operation.name = "apply_policy"))]
    async fn apply_policy(&self, write: PolicyWrite, events: Vec<NewEvent>) -> Result<OrgVersions> {
        let txn = self.db.begin().await?;
        // A flow gone or a name taken since the plan was read is a
        // concurrent change like any other: the caller re-plans.
        let step = steps(&txn, &write, &events).await.map_err(|err| match err {
            Error::NotFound(what) | Error::AlreadyExists(what) => Error::Conflict(format!(
                "{what} changed since the policy was planned; re-plan and retry"
            )),
            other => other,
        });
        // Every event of an apply is a configuration change (one per
        // object): if none other committed since the plan, the generation
        // moved by exactly that many.
        let expected = write.base_config + events.len() as i64;
        let mut position = OrgVersions::default();
        self.finish_with_events(txn, step, &events, |versions| {
            position = *versions;
            if versions.config == expected {
                Ok(())
            } else {
                Err(Error::Conflict(format!(
                    "the configuration of org {} changed since it was read (generation {}); re-plan and retry",
                    write.org_id, write.base_config
                )))
            }
        })
        .await?;
        Ok(position)
    }
}
