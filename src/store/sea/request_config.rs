//! The org's access-request configuration.

use async_trait::async_trait;
use sea_orm::{
    ActiveValue::Set, ConnectionTrait, DatabaseTransaction, DbBackend, EntityTrait, Statement, TransactionTrait,
    sea_query::OnConflict,
};

use super::{SeaStore, document};
use crate::{
    domain::{ids::OrgId, request_config::RequestConfig},
    error::{Error, Result},
    store::{NewEvent, RequestConfigReplace, RequestConfigStore, entities::request_configs},
};

fn decode(row: &request_configs::Model) -> Result<RequestConfig> {
    document::from_text(&format!("the request config of org {}", row.org_id), &row.config)
}

#[async_trait]
impl RequestConfigStore for SeaStore {
    #[tracing::instrument(name = "db", skip_all, fields(otel.kind = "client", db.operation.name = "request_config"))]
    async fn request_config(&self, org_id: &OrgId) -> Result<Option<RequestConfig>> {
        request_configs::Entity::find_by_id(org_id.to_string())
            .one(self.connection())
            .await?
            .as_ref()
            .map(decode)
            .transpose()
    }

    #[tracing::instrument(name = "db", skip_all, fields(otel.kind = "client", db.operation.name = "replace_request_config"))]
    async fn replace_request_config(
        &self,
        org_id: &OrgId,
        replace: &RequestConfigReplace,
        event: NewEvent,
    ) -> Result<()> {
        let txn = self.connection().begin().await?;
        let step = self::replace(&txn, org_id, replace, &event).await;
        self.finish_with_events(txn, step, &[event], |_| Ok(())).await
    }
}

/// Replaces the org's config inside `txn`, if it is still the one read;
/// `event` says when and by whom.
pub(super) async fn replace(
    txn: &DatabaseTransaction,
    org_id: &OrgId,
    replace: &RequestConfigReplace,
    event: &NewEvent,
) -> Result<()> {
    let RequestConfigReplace { config, read } = replace;
    if txn.get_database_backend() == DbBackend::Postgres {
        // Serialize replacements per org, so a concurrent one waits and
        // then sees this one as its predecessor. A row lock is not enough:
        // before an org's first save there is no row to lock. (SQLite
        // has one writer at a time anyway.)
        txn.execute_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))",
            [format!("jitgate.request_config:{org_id}").into()],
        ))
        .await?;
    }
    let previous = request_configs::Entity::find_by_id(org_id.to_string())
        .one(txn)
        .await?
        .as_ref()
        .map(decode)
        .transpose()?;
    if previous.as_ref() != read.as_ref() {
        return Err(Error::Conflict(format!(
            "the request config of org {org_id} changed since it was read"
        )));
    }
    let row = request_configs::ActiveModel {
        org_id: Set(org_id.to_string()),
        config: Set(document::to_text("a request config", config)?),
        fallback_approver_id: Set(config.reminders.fallback_approver_id.clone()),
        updated_at: Set(event.occurred_at),
        updated_by: Set(event.actor.clone()),
    };
    request_configs::Entity::insert(row)
        .on_conflict(
            OnConflict::column(request_configs::Column::OrgId)
                .update_columns([
                    request_configs::Column::Config,
                    request_configs::Column::FallbackApproverId,
                    request_configs::Column::UpdatedAt,
                    request_configs::Column::UpdatedBy,
                ])
                .to_owned(),
        )
        .exec(txn)
        .await?;
    Ok(())
}
