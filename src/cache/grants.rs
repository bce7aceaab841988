//! The active grants of an org, for CheckAccess: loaded once, then kept
//! current from the event log. When the org's sequence moves, only the
//! requests that the new events name are read again.

use std::sync::{
    RwLock,
    atomic::{AtomicI64, Ordering},
};

use chrono::{DateTime, Utc};

use super::OrgCache;
use crate::{
    domain::{
        access_request::{
            State,
            check::{AccessQuery, ActiveGrant, GrantTable},
        },
        directory::ids::UserId,
        ids::OrgId,
    },
    error::Result,
};

/// The most changed requests applied one by one; past it, every active
/// grant is read again (one query instead of many).
const MAX_INCREMENTAL: u64 = 1_000;

#[derive(Default)]
struct Table {
    /// `None` until first loaded.
    sequence: Option<i64>,
    grants: GrantTable,
    bytes: usize,
}

/// The org's grants table, and the lock that lets one caller bring it up
/// to date while the others wait.
pub(super) struct Slot {
    table: RwLock<Table>,
    refresh: tokio::sync::Mutex<()>,
    /// The sequence the table is current at (-1: never loaded), readable
    /// without the table's lock.
    sequence: AtomicI64,
}

impl Default for Slot {
    fn default() -> Self {
        Self {
            table: RwLock::default(),
            refresh: tokio::sync::Mutex::default(),
            sequence: AtomicI64::new(-1),
        }
    }
}

impl Slot {
    pub(super) fn bytes(&self) -> usize {
        self.table.read().unwrap_or_else(|e| e.into_inner()).bytes
    }
}

impl OrgCache {
    /// The grants `user_id` holds that answer each query at
    /// `now`, one list per query, with the org's grants current as of the
    /// store's position now.
    pub async fn check_access(
        &self,
        org: &OrgId,
        user_id: &UserId,
        queries: &[AccessQuery],
        now: DateTime<Utc>,
    ) -> Result<Vec<Vec<ActiveGrant>>> {
        let state = self.state(org);
        let slot = &state.grants;
        let sequence = self.versions(org).await?.sequence;
        if slot.sequence.load(Ordering::Acquire) < sequence {
            self.refresh_grants(org, slot, sequence).await?;
        }
        let table = slot.table.read().unwrap_or_else(|e| e.into_inner());
        Ok(queries
            .iter()
            .map(|q| table.grants.answering(user_id, q, now))
            .collect())
    }

    async fn refresh_grants(&self, org: &OrgId, slot: &Slot, sequence: i64) -> Result<()> {
        let _refreshing = slot.refresh.lock().await;
        let known = slot.table.read().unwrap_or_else(|e| e.into_inner()).sequence;
        if known.is_some_and(|k| k >= sequence) {
            return Ok(());
        }
        let changed = match known {
            Some(after) => {
                self.store
                    .requests_changed(org, after, sequence, MAX_INCREMENTAL)
                    .await?
            }
            None => None,
        };
        match changed {
            Some(ids) => {
                let requests = self.store.access_requests_by_ids(org, &ids).await?;
                let mut table = slot.table.write().unwrap_or_else(|e| e.into_inner());
                for id in &ids {
                    table.grants.drop(id);
                }
                for request in &requests {
                    table.grants.put(request);
                }
                table.sequence = Some(sequence);
                table.bytes = table.grants.approx_bytes();
            }
            None => {
                let active = self.store.access_requests_in_state(org, State::Active).await?;
                let grants = GrantTable::of(&active);
                let bytes = grants.approx_bytes();
                *slot.table.write().unwrap_or_else(|e| e.into_inner()) = Table {
                    sequence: Some(sequence),
                    grants,
                    bytes,
                };
            }
        }
        slot.sequence.store(sequence, Ordering::Release);
        Ok(())
    }
}
