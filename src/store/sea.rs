//! The sea-orm implementation of [`Store`], for SQLite and PostgreSQL.

use std::time::Duration;

use async_trait::async_trait;
use migrations::{Migrator, MigratorTrait};
use sea_orm::{
    ActiveValue::{NotSet, Set},
    ColumnTrait, ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbErr, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, SqlErr, Statement, TransactionTrait,
};

use super::{NewEvent, NewWorkflowVersion, Store, StoredEvent, WorkflowVersion, entities::*};
use crate::error::{Error, Result};

/// How long a call waits for a connection, or for a connection to open,
/// before it answers UNAVAILABLE.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(3);

#[derive(Clone)]
pub struct SeaStore {
    db: DatabaseConnection,
}

/// Opens a pool for `url` (`sqlite://path?mode=rwc` or `postgres://…`).
///
/// SQLite gets one connection: it allows one writer at a time anyway, and a
/// single connection turns would-be "database is locked" failures into an
/// orderly queue. WAL mode lets other processes read while we write.
pub async fn connect(url: &str) -> Result<SeaStore, DbErr> {
    let sqlite = url.starts_with("sqlite:");
    let mut options = ConnectOptions::new(url.to_owned());
    options
        .max_connections(if sqlite { 1 } else { 16 })
        .min_connections(if sqlite { 1 } else { 0 })
        .connect_timeout(CONNECT_TIMEOUT)
        .acquire_timeout(CONNECT_TIMEOUT)
        .sqlx_logging(false);
    let db = Database::connect(options).await?;
    if sqlite {
        db.execute_unprepared("PRAGMA journal_mode=WAL; PRAGMA busy_timeout=5000;")
            .await?;
    }
    Ok(SeaStore { db })
}

impl SeaStore {
    /// Applies every pending migration.
    pub async fn migrate(&self) -> Result<(), DbErr> {
        Migrator::up(&self.db, None).await
    }

    pub fn connection(&self) -> &DatabaseConnection {
        &self.db
    }
}

fn decode_version(row: workflow_versions::Model) -> Result<WorkflowVersion> {
    let rules = serde_json::from_str(&row.rules)
        .map_err(|e| Error::Internal(format!("workflow version {} has unreadable rules: {e}", row.id)))?;
    Ok(WorkflowVersion {
        id: row.id,
        org_id: row.org_id,
        number: row.version,
        created_at: row.created_at,
        created_by: row.created_by,
        rules,
    })
}

fn encode_json(value: &Option<serde_json::Value>) -> Option<String> {
    value.as_ref().map(serde_json::Value::to_string)
}

fn decode_json(text: Option<String>, seq: i64) -> Result<Option<serde_json::Value>> {
    text.map(|t| serde_json::from_str(&t))
        .transpose()
        .map_err(|e| Error::Internal(format!("event {seq} has unreadable JSON: {e}")))
}

fn event_row(event: &NewEvent) -> events::ActiveModel {
    events::ActiveModel {
        seq: NotSet,
        id: Set(event.id.clone()),
        org_id: Set(event.org_id.clone()),
        kind: Set(event.kind.clone()),
        subject_type: Set(event.subject_type.clone()),
        subject_id: Set(event.subject_id.clone()),
        actor: Set(event.actor.clone()),
        request_id: Set(event.request_id.clone()),
        occurred_at: Set(event.occurred_at),
        before: Set(encode_json(&event.before)),
        after: Set(encode_json(&event.after)),
    }
}

#[async_trait]
impl Store for SeaStore {
    async fn ping(&self) -> Result<()> {
        let backend = self.db.get_database_backend();
        self.db
            .execute_raw(Statement::from_string(backend, "SELECT 1"))
            .await
            .map(|_| ())
            .map_err(|e| Error::Unavailable(format!("the database is unavailable: {e}")))
    }

    async fn latest_workflow(&self, org_id: &str) -> Result<Option<WorkflowVersion>> {
        workflow_versions::Entity::find()
            .filter(workflow_versions::Column::OrgId.eq(org_id))
            .order_by_desc(workflow_versions::Column::Version)
            .one(&self.db)
            .await?
            .map(decode_version)
            .transpose()
    }

    async fn workflow(&self, org_id: &str, id: &str) -> Result<Option<WorkflowVersion>> {
        workflow_versions::Entity::find()
            .filter(workflow_versions::Column::OrgId.eq(org_id))
            .filter(workflow_versions::Column::Id.eq(id))
            .one(&self.db)
            .await?
            .map(decode_version)
            .transpose()
    }

    async fn append_workflow(&self, version: NewWorkflowVersion, event: NewEvent) -> Result<WorkflowVersion> {
        let rules =
            serde_json::to_string(&version.rules).map_err(|e| Error::Internal(format!("cannot encode rules: {e}")))?;
        let number = version.base_number + 1;
        let row = workflow_versions::ActiveModel {
            seq: NotSet,
            id: Set(version.id.clone()),
            org_id: Set(version.org_id.clone()),
            version: Set(number),
            created_at: Set(version.created_at),
            created_by: Set(version.created_by.clone()),
            rules: Set(rules),
        };
        let txn = self.db.begin().await?;
        // The unique (org_id, version) index is the concurrency check: if
        // anyone appended after base_number, version `number` exists already.
        if let Err(err) = workflow_versions::Entity::insert(row).exec(&txn).await {
            txn.rollback().await?;
            return Err(match err.sql_err() {
                Some(SqlErr::UniqueConstraintViolation(_)) => Error::Aborted(format!(
                    "another change was saved after version {} of the routing workflow; re-read and retry",
                    version.base_number
                )),
                _ => err.into(),
            });
        }
        events::Entity::insert(event_row(&event)).exec(&txn).await?;
        txn.commit().await?;
        Ok(WorkflowVersion {
            id: version.id,
            org_id: version.org_id,
            number,
            created_at: version.created_at,
            created_by: version.created_by,
            rules: version.rules,
        })
    }

    async fn events(&self, org_id: &str, after_seq: i64, limit: u64) -> Result<Vec<StoredEvent>> {
        let rows = events::Entity::find()
            .filter(events::Column::OrgId.eq(org_id))
            .filter(events::Column::Seq.gt(after_seq))
            .order_by_asc(events::Column::Seq)
            .limit(limit)
            .all(&self.db)
            .await?;
        rows.into_iter()
            .map(|row| {
                let seq = row.seq;
                Ok(StoredEvent {
                    seq,
                    event: NewEvent {
                        id: row.id,
                        org_id: row.org_id,
                        kind: row.kind,
                        subject_type: row.subject_type,
                        subject_id: row.subject_id,
                        actor: row.actor,
                        request_id: row.request_id,
                        occurred_at: row.occurred_at,
                        before: decode_json(row.before, seq)?,
                        after: decode_json(row.after, seq)?,
                    },
                })
            })
            .collect()
    }
}
