//! The sea-orm [`VersionStore`]: a book of every org's position, learned
//! without a query per call.
//!
//! The book learns an org's position three ways, and keeps the latest of
//! what it hears (positions only grow, so hearing an old one late is
//! harmless):
//! - from this process's own writes: the upsert that numbers a write's
//!   events returns the org's new position, learned once it commits;
//! - on PostgreSQL, from other processes' writes: a trigger announces every
//!   new position on a channel at commit, and a listener here learns it;
//! - from the database, the first time an org is asked about.
//!
//! The book is trusted only while it cannot miss a change: on SQLite always
//! (one process owns the database file: `jitgate serve` locks its data
//! directory), on PostgreSQL while the listener is connected. Otherwise
//! every call reads the database. When the listener (re)connects, the book
//! starts over, and a read that began before that is not kept.

use std::{collections::HashMap, sync::RwLock, time::Duration};

use async_trait::async_trait;
use sea_orm::{DatabaseConnection, EntityTrait, sqlx::postgres::PgListener};

use super::SeaStore;
use crate::{
    domain::ids::OrgId,
    error::Result,
    store::{OrgVersions, VersionStore, entities::event_streams},
};

/// The channel the migration's trigger announces positions on.
const CHANNEL: &str = "jitgate_org_changes";

#[derive(Default)]
struct Book {
    /// Whether `orgs` may answer without a read.
    trusted: bool,
    /// Bumped whenever the book starts over, so a read that began before
    /// cannot put an older position back.
    epoch: u64,
    orgs: HashMap<OrgId, OrgVersions>,
}

pub(super) struct VersionBook {
    book: RwLock<Book>,
}

impl VersionBook {
    pub(super) fn new(trusted: bool) -> Self {
        Self {
            book: RwLock::new(Book {
                trusted,
                ..Book::default()
            }),
        }
    }

    /// What a write this process committed (or a notification) says.
    pub(super) fn learn(&self, org_id: &OrgId, versions: OrgVersions) {
        let mut book = self.book.write().unwrap_or_else(|e| e.into_inner());
        // Untrusted, nothing is kept: every call reads the database.
        if book.trusted {
            let known = book.orgs.entry(org_id.clone()).or_insert(versions);
            *known = known.max(versions);
        }
    }

    /// Starts over, trusted or not.
    fn reset(&self, trusted: bool) {
        let mut book = self.book.write().unwrap_or_else(|e| e.into_inner());
        book.epoch += 1;
        book.orgs.clear();
        book.trusted = trusted;
    }

    async fn versions(&self, db: &DatabaseConnection, org_id: &OrgId) -> Result<OrgVersions> {
        let epoch = {
            let book = self.book.read().unwrap_or_else(|e| e.into_inner());
            if book.trusted
                && let Some(known) = book.orgs.get(org_id)
            {
                return Ok(*known);
            }
            book.epoch
        };
        let read = read_versions(db, org_id).await?;
        let mut book = self.book.write().unwrap_or_else(|e| e.into_inner());
        if book.trusted && book.epoch == epoch {
            let known = book.orgs.entry(org_id.clone()).or_insert(read);
            *known = known.max(read);
            return Ok(*known);
        }
        Ok(read)
    }
}

async fn read_versions(db: &DatabaseConnection, org_id: &OrgId) -> Result<OrgVersions> {
    let row = event_streams::Entity::find_by_id(org_id.to_string()).one(db).await?;
    Ok(row.map_or_else(OrgVersions::default, |r| OrgVersions {
        sequence: r.last_sequence,
        config: r.config_generation,
        directory: r.directory_generation,
    }))
}

/// Parses a notification: `sequence config directory org_id`.
fn parse(payload: &str) -> Option<(OrgId, OrgVersions)> {
    let mut parts = payload.splitn(4, ' ');
    let mut number = || parts.next()?.parse::<i64>().ok();
    let versions = OrgVersions {
        sequence: number()?,
        config: number()?,
        directory: number()?,
    };
    Some((OrgId::new(parts.next()?), versions))
}

/// Listens for other processes' changes for as long as the store lives,
/// reconnecting after a lost connection (the book is untrusted meanwhile).
pub(super) async fn listen(pool: sea_orm::sqlx::PgPool, book: std::sync::Arc<VersionBook>) {
    let mut delay = Duration::from_millis(100);
    loop {
        match PgListener::connect_with(&pool).await {
            Ok(mut listener) => match listener.listen(CHANNEL).await {
                Ok(()) => {
                    // Everything committed from here on is announced.
                    book.reset(true);
                    delay = Duration::from_millis(100);
                    // `None` or an error: the connection was lost, and
                    // changes may be missed.
                    while let Ok(Some(notification)) = listener.try_recv().await {
                        if let Some((org, versions)) = parse(notification.payload()) {
                            book.learn(&org, versions);
                        }
                    }
                    tracing::warn!(
                        "lost the change notifications of other replicas: reading versions per call until reconnected"
                    );
                }
                Err(error) => tracing::warn!(%error, "cannot listen for other replicas' changes"),
            },
            Err(error) => tracing::debug!(%error, "cannot connect the change listener"),
        }
        book.reset(false);
        tokio::time::sleep(delay).await;
        delay = (delay * 2).min(Duration::from_secs(5));
    }
}

impl SeaStore {
    /// The org's position as the database has it now (one read).
    pub(super) async fn org_versions_now(&self, org_id: &OrgId) -> Result<OrgVersions> {
        read_versions(&self.db, org_id).await
    }
}

#[async_trait]
impl VersionStore for SeaStore {
    #[tracing::instrument(name = "db", skip_all, fields(otel.kind = "client", db.operation.name = "org_versions"))]
    async fn org_versions(&self, org_id: &OrgId) -> Result<OrgVersions> {
        self.versions.versions(&self.reader, org_id).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notifications_carry_the_numbers_first_and_the_org_last() {
        let (org, v) = parse("42 3 7 acme corp").unwrap();
        assert_eq!(org, "acme corp");
        assert_eq!(
            v,
            OrgVersions {
                sequence: 42,
                config: 3,
                directory: 7
            }
        );
        assert!(parse("42 3 acme").is_none());
        assert!(parse("x 3 7 acme").is_none());
    }

    #[test]
    fn the_book_keeps_the_latest_position_it_hears() {
        let book = VersionBook::new(true);
        let v = |s, c, d| OrgVersions {
            sequence: s,
            config: c,
            directory: d,
        };
        book.learn(&OrgId::from("acme"), v(5, 1, 1));
        book.learn(&OrgId::from("acme"), v(4, 2, 1));
        assert_eq!(book.book.read().unwrap().orgs["acme"], v(5, 2, 1));
        book.reset(false);
        book.learn(&OrgId::from("acme"), v(9, 9, 9));
        assert!(book.book.read().unwrap().orgs.is_empty(), "untrusted, nothing is kept");
    }
}
