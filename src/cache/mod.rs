//! Each org's state in memory, compiled from the store once per change and
//! shared read-only by every call (decision 0017):
//! - [`policy`]: the compiled routing rules, access flows and request
//!   configuration, and the directory, for evaluations;
//! - [`grants`]: the active grants, for CheckAccess.
//!
//! Each is labeled with the org's position it was built at
//! ([`OrgVersions`]) and rebuilt when the store reports a later one. Idle
//! orgs are evicted, and so are the least recently used ones while the
//! cache holds more than its byte budget.

pub mod grants;
pub mod policy;

use std::{
    collections::HashMap,
    sync::{
        Arc, Mutex,
        atomic::{AtomicU64, Ordering},
    },
    time::{Duration, Instant},
};

use crate::{
    domain::ids::OrgId,
    store::{OrgVersions, Store},
};

/// How much the cache may hold.
#[derive(Debug, Clone, Copy)]
pub struct CacheLimits {
    /// The most bytes (approximately) of compiled state across orgs.
    pub max_bytes: usize,
    /// An org untouched this long is evicted.
    pub idle: Duration,
}

impl Default for CacheLimits {
    fn default() -> Self {
        Self {
            max_bytes: 512 * 1024 * 1024,
            idle: Duration::from_secs(15 * 60),
        }
    }
}

/// One org's cached state.
#[derive(Default)]
struct OrgState {
    policy: policy::Slot,
    grants: grants::Slot,
    /// Milliseconds since the cache's epoch, at the last use.
    last_used: AtomicU64,
}

impl OrgState {
    fn bytes(&self) -> usize {
        self.policy.bytes() + self.grants.bytes()
    }
}

/// Every org's cached state.
pub struct OrgCache {
    store: Arc<dyn Store>,
    orgs: Mutex<HashMap<OrgId, Arc<OrgState>>>,
    limits: CacheLimits,
    epoch: Instant,
}

impl OrgCache {
    pub fn new(store: Arc<dyn Store>, limits: CacheLimits) -> Self {
        Self {
            store,
            orgs: Mutex::default(),
            limits,
            epoch: Instant::now(),
        }
    }

    /// The org's state, created empty on first use, marked used now.
    fn state(&self, org: &OrgId) -> Arc<OrgState> {
        let now = self.epoch.elapsed().as_millis() as u64;
        let mut orgs = self.orgs.lock().unwrap_or_else(|e| e.into_inner());
        let state = match orgs.get(org) {
            Some(state) => state.clone(),
            None => orgs.entry(org.clone()).or_default().clone(),
        };
        state.last_used.store(now, Ordering::Relaxed);
        state
    }

    /// The org's position as the store knows it now.
    async fn versions(&self, org: &OrgId) -> crate::error::Result<OrgVersions> {
        self.store.org_versions(org).await
    }

    /// How many orgs are cached and about how many bytes they hold.
    pub fn usage(&self) -> (usize, usize) {
        let orgs = self.orgs.lock().unwrap_or_else(|e| e.into_inner());
        (orgs.len(), orgs.values().map(|s| s.bytes()).sum())
    }

    /// Evicts idle orgs, then the least recently used ones while over the
    /// byte budget. An evicted org is rebuilt on its next call.
    pub fn evict(&self) {
        let now = self.epoch.elapsed().as_millis() as u64;
        let idle = self.limits.idle.as_millis() as u64;
        let mut orgs = self.orgs.lock().unwrap_or_else(|e| e.into_inner());
        orgs.retain(|_, s| now.saturating_sub(s.last_used.load(Ordering::Relaxed)) < idle);
        let mut total: usize = orgs.values().map(|s| s.bytes()).sum();
        if total <= self.limits.max_bytes {
            return;
        }
        let mut by_age: Vec<(u64, OrgId, usize)> = orgs
            .iter()
            .map(|(org, s)| (s.last_used.load(Ordering::Relaxed), org.clone(), s.bytes()))
            .collect();
        by_age.sort();
        for (_, org, bytes) in by_age {
            if total <= self.limits.max_bytes {
                break;
            }
            orgs.remove(&org);
            total -= bytes;
        }
    }

    /// Evicts every `every` until the returned task is aborted.
    pub fn spawn_evictor(self: &Arc<Self>, every: Duration) -> tokio::task::JoinHandle<()> {
        let cache = Arc::downgrade(self);
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(every).await;
                match cache.upgrade() {
                    Some(cache) => cache.evict(),
                    None => return,
                }
            }
        })
    }
}
