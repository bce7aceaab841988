//! PostgreSQL compresses large text values (an access request's document,
//! an event's before and after, over ~2 KB) with pglz by default, which
//! profiling CreateAccessRequest showed to be a large share of the
//! database's CPU. lz4 compresses about as well, several times faster.
//! Only rows written from now on use it. SQLite does not compress: nothing
//! to do there.

use sea_orm_migration::{prelude::*, sea_orm::DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

const COLUMNS: &[(&str, &str)] = &[
    ("access_requests", "document"),
    ("events", "before"),
    ("events", "after"),
    ("access_flows", "body"),
    ("workflow_versions", "rules"),
];

async fn set(manager: &SchemaManager<'_>, method: &str) -> Result<(), DbErr> {
    if manager.get_database_backend() != DbBackend::Postgres {
        return Ok(());
    }
    for (table, column) in COLUMNS {
        manager
            .get_connection()
            .execute_unprepared(&format!(
                "ALTER TABLE {table} ALTER COLUMN \"{column}\" SET COMPRESSION {method}"
            ))
            .await?;
    }
    Ok(())
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        set(manager, "lz4").await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        set(manager, "pglz").await
    }
}
