//! The sea-orm implementation of [`Store`](super::Store), for SQLite and
//! PostgreSQL: one file per area, sharing the connection set up here.

mod access_flows;
mod access_requests;
mod directory;
mod events;
mod request_config;
mod routing;

use std::time::Duration;

use async_trait::async_trait;
use migrations::{Migrator, MigratorTrait};
use sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbErr, Statement};

use super::Ping;
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

#[async_trait]
impl Ping for SeaStore {
    async fn ping(&self) -> Result<()> {
        let backend = self.db.get_database_backend();
        self.db
            .execute_raw(Statement::from_string(backend, "SELECT 1"))
            .await
            .map(|_| ())
            .map_err(|e| Error::Unavailable(format!("the database is unavailable: {e}")))
    }
}
