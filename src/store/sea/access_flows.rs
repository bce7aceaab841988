//! Access flows.

use async_trait::async_trait;
use sea_orm::{
    AccessMode, ActiveModelTrait,
    ActiveValue::{NotSet, Set},
    ColumnTrait, ConnectionTrait, DatabaseTransaction, DbBackend, DbErr, EntityTrait, IsolationLevel, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, SqlErr, TransactionTrait,
};

use super::{SeaStore, document};
use crate::{
    domain::{access_flow::AccessFlow, ids::OrgId, pagination::Page},
    error::{Error, Result},
    store::{
        AccessFlowStore, AccessFlowUpdate, Listed, NewAccessFlow, NewEvent, StoredAccessFlow, entities::access_flows,
    },
};

fn encode_body(flow: &AccessFlow) -> Result<String> {
    document::to_text("an access flow", flow)
}

fn decode_flow(row: access_flows::Model) -> Result<StoredAccessFlow> {
    let flow = document::from_text(&format!("access flow {}", row.id), &row.body)?;
    Ok(StoredAccessFlow {
        id: row.id,
        org_id: OrgId::new(row.org_id),
        created_at: row.created_at,
        updated_at: row.updated_at,
        revision: row.revision,
        flow,
    })
}

/// The unique `(org_id, name)` index refusing a write, as the client sees it.
fn name_taken(err: DbErr, name: &str) -> Error {
    match err.sql_err() {
        Some(SqlErr::UniqueConstraintViolation(_)) => Error::AlreadyExists(format!("an access flow named {name:?}")),
        _ => err.into(),
    }
}

fn not_found(id: &str) -> Error {
    Error::NotFound(format!("access flow {id:?}"))
}

async fn find(db: &impl ConnectionTrait, org_id: &OrgId, id: &str) -> Result<Option<StoredAccessFlow>> {
    access_flows::Entity::find()
        .filter(access_flows::Column::OrgId.eq(org_id))
        .filter(access_flows::Column::Id.eq(id))
        .one(db)
        .await?
        .map(decode_flow)
        .transpose()
}

/// Why a write guarded by `base_revision` matched no row: the flow is gone
/// (NOT_FOUND) or someone wrote first (the conflict error).
async fn lost_race(txn: &DatabaseTransaction, org_id: &OrgId, id: &str, base_revision: i64) -> Error {
    match find(txn, org_id, id).await {
        Ok(None) => not_found(id),
        Ok(Some(current)) => Error::Conflict(format!(
            "access flow {id:?} changed (revision {} is now {}); re-read and retry",
            base_revision, current.revision
        )),
        Err(e) => e,
    }
}

/// Creates `new` inside `txn`; the row as the database keeps it.
pub(super) async fn insert_flow(txn: &DatabaseTransaction, new: &NewAccessFlow) -> Result<StoredAccessFlow> {
    let row = access_flows::ActiveModel {
        seq: NotSet,
        id: Set(new.id.clone()),
        org_id: Set(new.org_id.to_string()),
        name: Set(new.flow.name.clone()),
        created_at: Set(new.created_at),
        updated_at: Set(new.created_at),
        revision: Set(1),
        body: Set(encode_body(&new.flow)?),
    };
    // `insert` reads the row back, so the timestamps are the database's.
    let inserted = row.insert(txn).await.map_err(|err| name_taken(err, &new.flow.name))?;
    decode_flow(inserted)
}

/// Writes `update` inside `txn`, if the flow is still at its base revision.
pub(super) async fn update_flow(txn: &DatabaseTransaction, update: &AccessFlowUpdate) -> Result<StoredAccessFlow> {
    let changes = access_flows::ActiveModel {
        seq: NotSet,
        id: NotSet,
        org_id: NotSet,
        name: Set(update.flow.name.clone()),
        created_at: NotSet,
        updated_at: Set(update.updated_at),
        revision: Set(update.base_revision + 1),
        body: Set(encode_body(&update.flow)?),
    };
    // The revision in the WHERE clause is the concurrency check: a
    // concurrent writer that committed first has moved it on.
    let done = access_flows::Entity::update_many()
        .set(changes)
        .filter(access_flows::Column::OrgId.eq(&update.org_id))
        .filter(access_flows::Column::Id.eq(&update.id))
        .filter(access_flows::Column::Revision.eq(update.base_revision))
        .exec(txn)
        .await
        .map_err(|err| name_taken(err, &update.flow.name))?;
    if done.rows_affected != 1 {
        return Err(lost_race(txn, &update.org_id, &update.id, update.base_revision).await);
    }
    find(txn, &update.org_id, &update.id)
        .await?
        .ok_or_else(|| Error::Internal(format!("access flow {:?} vanished inside its update", update.id)))
}

/// Deletes flow `id` inside `txn`, if it is still at `base_revision`.
pub(super) async fn delete_flow(txn: &DatabaseTransaction, org_id: &OrgId, id: &str, base_revision: i64) -> Result<()> {
    let done = access_flows::Entity::delete_many()
        .filter(access_flows::Column::OrgId.eq(org_id))
        .filter(access_flows::Column::Id.eq(id))
        .filter(access_flows::Column::Revision.eq(base_revision))
        .exec(txn)
        .await?;
    if done.rows_affected != 1 {
        return Err(lost_race(txn, org_id, id, base_revision).await);
    }
    Ok(())
}

impl SeaStore {
    /// A read transaction whose statements all see one snapshot, so a page
    /// and its total agree. An SQLite transaction reads one snapshot
    /// already (and refuses the setting).
    pub(super) async fn begin_snapshot(&self) -> Result<DatabaseTransaction> {
        let txn = if self.reader.get_database_backend() == DbBackend::Postgres {
            self.reader
                .begin_with_config(Some(IsolationLevel::RepeatableRead), Some(AccessMode::ReadOnly))
                .await?
        } else {
            self.reader.begin().await?
        };
        Ok(txn)
    }
}

#[async_trait]
impl AccessFlowStore for SeaStore {
    async fn access_flow(&self, org_id: &OrgId, id: &str) -> Result<Option<StoredAccessFlow>> {
        find(&self.reader, org_id, id).await
    }

    async fn access_flows(&self, org_id: &OrgId, page: Page) -> Result<Listed<StoredAccessFlow>> {
        let txn = self.begin_snapshot().await?;
        let of_org = access_flows::Entity::find().filter(access_flows::Column::OrgId.eq(org_id));
        let total = of_org.clone().count(&txn).await?;
        // SQLite keeps timestamps as RFC 3339 text in UTC, whose byte order
        // is time order, so one ORDER BY serves both databases.
        let rows = of_org
            .order_by_asc(access_flows::Column::CreatedAt)
            .order_by_asc(access_flows::Column::Id)
            .offset(u64::from(page.offset))
            .limit(u64::from(page.limit))
            .all(&txn)
            .await?;
        txn.commit().await?;
        let flows = rows.into_iter().map(decode_flow).collect::<Result<_>>()?;
        Ok(Listed { items: flows, total })
    }

    #[tracing::instrument(name = "db", skip_all, fields(otel.kind = "client", db.operation.name = "all_access_flows"))]
    async fn all_access_flows(&self, org_id: &OrgId) -> Result<Vec<StoredAccessFlow>> {
        let rows = access_flows::Entity::find()
            .filter(access_flows::Column::OrgId.eq(org_id))
            .order_by_asc(access_flows::Column::CreatedAt)
            .order_by_asc(access_flows::Column::Id)
            .all(&self.reader)
            .await?;
        rows.into_iter().map(decode_flow).collect()
    }

    #[tracing::instrument(name = "db", skip_all, fields(otel.kind = "client", db.operation.name = "create_access_flow"))]
    async fn create_access_flow(&self, new: NewAccessFlow, event: NewEvent) -> Result<StoredAccessFlow> {
        let txn = self.db.begin().await?;
        let step = insert_flow(&txn, &new).await;
        self.finish_with_events(txn, step, &[event], |_| Ok(())).await
    }

    async fn update_access_flow(&self, update: AccessFlowUpdate, event: NewEvent) -> Result<StoredAccessFlow> {
        let txn = self.db.begin().await?;
        let step = update_flow(&txn, &update).await;
        self.finish_with_events(txn, step, &[event], |_| Ok(())).await
    }

    async fn delete_access_flow(&self, org_id: &OrgId, id: &str, base_revision: i64, event: NewEvent) -> Result<()> {
        let txn = self.db.begin().await?;
        let step = delete_flow(&txn, org_id, id, base_revision).await;
        self.finish_with_events(txn, step, &[event], |_| Ok(())).await
    }
}
