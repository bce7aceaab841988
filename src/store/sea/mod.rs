//! The sea-orm implementation of [`Store`](super::Store), for SQLite and
//! PostgreSQL: one file per area, sharing the connection set up here.

mod access_flows;
mod access_requests;
mod db_error;
mod directory;
mod document;
mod events;
mod policy;
mod request_config;
mod routing;
mod versions;

use std::{sync::Arc, time::Duration};

use async_trait::async_trait;
use migrations::{Migrator, MigratorTrait};
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DatabaseTransaction, DbErr, Statement,
    sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode},
};

use self::versions::VersionBook;
use super::{NewEvent, OrgVersions, Ping};
use crate::{
    domain::{directory::ids::UserId, ids::OrgId},
    error::{Error, Result},
};

// An org id is stored as it is spelled, as text.
impl From<&OrgId> for sea_orm::Value {
    fn from(org: &OrgId) -> Self {
        org.as_str().into()
    }
}

// A user id is stored folded, as its text.
impl From<&UserId> for sea_orm::Value {
    fn from(user: &UserId) -> Self {
        user.as_str().into()
    }
}

/// How long a call waits for a connection, or for a connection to open,
/// before it answers UNAVAILABLE.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(3);

/// How many connections read an SQLite database at once (WAL lets readers
/// run beside the one writer).
const SQLITE_READERS: u32 = 4;

#[derive(Clone)]
pub struct SeaStore {
    /// Writes (and the reads inside them). SQLite: its one writer.
    db: DatabaseConnection,
    /// Reads outside a write. PostgreSQL: the same pool as `db`.
    reader: DatabaseConnection,
    /// Where each org stands (see [`versions`]).
    versions: Arc<VersionBook>,
    /// Ends the PostgreSQL change listener with the last clone of the store.
    _listener: Option<Arc<AbortOnDrop>>,
}

struct AbortOnDrop(tokio::task::JoinHandle<()>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// Opens a store for `url` (`sqlite://path?mode=rwc` or `postgres://…`).
///
/// SQLite gets one writer connection (it allows one writer at a time
/// anyway, and one connection turns would-be "database is locked" failures
/// into an orderly queue) and a few read connections; WAL mode lets them
/// read while it writes. PostgreSQL gets one pool, and a listener for other
/// replicas' changes.
pub async fn connect(url: &str) -> Result<SeaStore, DbErr> {
    if !url.starts_with("sqlite:") {
        let db = Database::connect(options(url, 16, 0)).await?;
        let book = Arc::new(VersionBook::new(false));
        let listener = tokio::spawn(versions::listen(
            db.get_postgres_connection_pool().clone(),
            book.clone(),
        ));
        return Ok(SeaStore {
            reader: db.clone(),
            db,
            versions: book,
            _listener: Some(Arc::new(AbortOnDrop(listener))),
        });
    }
    let sqlite = |readers: bool| {
        let mut o = options(url, if readers { SQLITE_READERS } else { 1 }, 1);
        o.map_sqlx_sqlite_opts(|o: SqliteConnectOptions| {
            o.journal_mode(SqliteJournalMode::Wal)
                .busy_timeout(Duration::from_secs(5))
        });
        o
    };
    // The writer first: it creates the file (mode=rwc) and sets WAL mode,
    // which then holds for every connection.
    let db = Database::connect(sqlite(false)).await?;
    let reader = Database::connect(sqlite(true)).await?;
    Ok(SeaStore {
        db,
        reader,
        // This process is the database's only writer: its book misses
        // nothing.
        versions: Arc::new(VersionBook::new(true)),
        _listener: None,
    })
}

/// The advisory lock key migrations take on PostgreSQL ("jitgate-m" in
/// ASCII), shared by every jitgate process on one database.
const MIGRATION_LOCK: i64 = 0x6a69_7467_6174_652d;

fn options(url: &str, max: u32, min: u32) -> ConnectOptions {
    let mut options = ConnectOptions::new(url.to_owned());
    options
        .max_connections(max)
        .min_connections(min)
        .connect_timeout(CONNECT_TIMEOUT)
        .acquire_timeout(CONNECT_TIMEOUT)
        .sqlx_logging(false);
    options
}

impl SeaStore {
    /// Applies every pending migration. On PostgreSQL the migrations of
    /// every process run one at a time, under a session advisory lock held
    /// on a connection of its own: replicas started together (or two
    /// `migrate` jobs) wait for the first, then find nothing left to do. A
    /// process that dies holding the lock ends its session, which frees it.
    pub async fn migrate(&self) -> Result<(), DbErr> {
        if self.db.get_database_backend() != sea_orm::DatabaseBackend::Postgres {
            return Migrator::up(&self.db, None).await;
        }
        let pool = self.db.get_postgres_connection_pool();
        let mut lock = pool
            .acquire()
            .await
            .map_err(|e| DbErr::Conn(sea_orm::RuntimeErr::SqlxError(e.into())))?;
        let sql_err = |e: sea_orm::sqlx::Error| DbErr::Exec(sea_orm::RuntimeErr::SqlxError(e.into()));
        sea_orm::sqlx::query("SELECT pg_advisory_lock($1)")
            .bind(MIGRATION_LOCK)
            .execute(&mut *lock)
            .await
            .map_err(sql_err)?;
        let result = Migrator::up(&self.db, None).await;
        let unlocked = sea_orm::sqlx::query("SELECT pg_advisory_unlock($1)")
            .bind(MIGRATION_LOCK)
            .execute(&mut *lock)
            .await;
        if unlocked.is_err() {
            // The session ends with the connection, and the lock with it.
            lock.detach();
        }
        result
    }

    pub fn connection(&self) -> &DatabaseConnection {
        &self.db
    }

    /// Records the position a committed write of `org_id` returned.
    fn committed(&self, org_id: &OrgId, versions: OrgVersions) {
        self.versions.learn(org_id, versions);
    }

    /// Ends a configuration write: rolls `txn` back when its `step` failed
    /// (returning the step's error: a failed rollback means a broken
    /// connection, which the pool discards); otherwise records `events`
    /// (last: it locks the org's counter row to the commit), lets `check`
    /// refuse the org's new position, commits and learns that position.
    async fn finish_with_events<T>(
        &self,
        txn: DatabaseTransaction,
        step: Result<T>,
        events: &[NewEvent],
        check: impl FnOnce(&OrgVersions) -> Result<()>,
    ) -> Result<T> {
        let value = match step {
            Ok(value) => value,
            Err(err) => {
                txn.rollback().await.ok();
                return Err(err);
            }
        };
        let Some(versions) = events::insert_events(&txn, events).await? else {
            txn.rollback().await?;
            return Err(Error::Internal("a configuration write without its event".into()));
        };
        if let Err(err) = check(&versions) {
            txn.rollback().await.ok();
            return Err(err);
        }
        txn.commit().await?;
        self.committed(&events[0].org_id, versions);
        Ok(value)
    }
}

impl super::Store for SeaStore {}

#[async_trait]
impl Ping for SeaStore {
    async fn ping(&self) -> Result<()> {
        let backend = self.db.get_database_backend();
        self.reader
            .execute_raw(Statement::from_string(backend, "SELECT 1"))
            .await
            .map(|_| ())
            .map_err(|e| Error::Unavailable(format!("the database is unavailable: {e}")))
    }

    async fn ready(&self) -> Result<()> {
        self.ping().await?;
        let pending = Migrator::get_pending_migrations(&self.reader)
            .await
            .map_err(|e| Error::Unavailable(format!("cannot read the applied migrations: {e}")))?;
        if !pending.is_empty() {
            return Err(Error::Unavailable(format!(
                "{} migration(s) not applied yet; run `jitgate migrate`",
                pending.len()
            )));
        }
        Ok(())
    }

    fn pool_connections(&self) -> Option<(u64, u64)> {
        let mut in_use = 0u64;
        let mut idle = 0u64;
        let mut count = |size: u32, free: usize| {
            in_use += u64::from(size).saturating_sub(free as u64);
            idle += free as u64;
        };
        match self.db.get_database_backend() {
            sea_orm::DatabaseBackend::Postgres => {
                let pool = self.db.get_postgres_connection_pool();
                count(pool.size(), pool.num_idle());
            }
            _ => {
                for db in [&self.db, &self.reader] {
                    let pool = db.get_sqlite_connection_pool();
                    count(pool.size(), pool.num_idle());
                }
            }
        }
        Some((in_use, idle))
    }
}
