//! Routing workflow versions.

use async_trait::async_trait;
use sea_orm::{
    ActiveValue::{NotSet, Set},
    ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, QueryOrder, SqlErr, TransactionTrait,
};

use super::{SeaStore, document};
use crate::{
    domain::ids::OrgId,
    error::{Error, Result},
    store::{NewEvent, NewWorkflowVersion, RoutingStore, WorkflowVersion, entities::workflow_versions},
};

fn decode_version(row: workflow_versions::Model) -> Result<WorkflowVersion> {
    let rules = document::from_text(&format!("the rules of workflow version {}", row.id), &row.rules)?;
    Ok(WorkflowVersion {
        id: row.id,
        org_id: OrgId::new(row.org_id),
        number: row.version,
        created_at: row.created_at,
        created_by: row.created_by,
        rules,
    })
}

#[async_trait]
impl RoutingStore for SeaStore {
    #[tracing::instrument(name = "db", skip_all, fields(otel.kind = "client", db.operation.name = "latest_workflow"))]
    async fn latest_workflow(&self, org_id: &OrgId) -> Result<Option<WorkflowVersion>> {
        workflow_versions::Entity::find()
            .filter(workflow_versions::Column::OrgId.eq(org_id))
            .order_by_desc(workflow_versions::Column::Version)
            .one(&self.reader)
            .await?
            .map(decode_version)
            .transpose()
    }

    async fn workflow(&self, org_id: &OrgId, id: &str) -> Result<Option<WorkflowVersion>> {
        workflow_versions::Entity::find()
            .filter(workflow_versions::Column::OrgId.eq(org_id))
            .filter(workflow_versions::Column::Id.eq(id))
            .one(&self.reader)
            .await?
            .map(decode_version)
            .transpose()
    }

    #[tracing::instrument(name = "db", skip_all, fields(otel.kind = "client", db.operation.name = "append_workflow"))]
    async fn append_workflow(&self, version: NewWorkflowVersion, event: NewEvent) -> Result<WorkflowVersion> {
        let txn = self.db.begin().await?;
        let step = insert_version(&txn, &version).await;
        self.finish_with_events(txn, step, &[event], |_| Ok(())).await?;
        Ok(WorkflowVersion {
            id: version.id,
            org_id: version.org_id,
            number: version.base_number + 1,
            created_at: version.created_at,
            created_by: version.created_by,
            rules: version.rules,
        })
    }
}

/// Appends `version` inside `txn`. The unique (org_id, version) index is the
/// concurrency check: if anyone appended after `base_number`, version
/// `base_number + 1` exists already and this is the conflict error.
pub(super) async fn insert_version(txn: &DatabaseTransaction, version: &NewWorkflowVersion) -> Result<()> {
    let row = workflow_versions::ActiveModel {
        seq: NotSet,
        id: Set(version.id.clone()),
        org_id: Set(version.org_id.to_string()),
        version: Set(version.base_number + 1),
        created_at: Set(version.created_at),
        created_by: Set(version.created_by.clone()),
        rules: Set(document::to_text("routing rules", &version.rules)?),
    };
    match workflow_versions::Entity::insert(row).exec(txn).await {
        Ok(_) => Ok(()),
        Err(err) => Err(match err.sql_err() {
            Some(SqlErr::UniqueConstraintViolation(_)) => Error::Conflict(format!(
                "another change was saved after version {} of the routing workflow; re-read and retry",
                version.base_number
            )),
            _ => err.into(),
        }),
    }
}
