//! The compiled policy and directory of an org: rebuilt (only the part that
//! changed) when the org's configuration or directory generation moves.

use std::sync::{Arc, RwLock};

use chrono::{DateTime, Utc};

use super::OrgCache;
use crate::{
    domain::{
        evaluation::{DirectoryView, FlowRecord, Policy, RoutingVersion},
        ids::OrgId,
    },
    error::{Error, Result},
    store::OrgVersions,
};

/// An org's compiled state at one position. Its content is at least as new
/// as `versions` says (it was read after the versions were), never older.
#[derive(Debug)]
pub struct Compiled {
    pub policy: Arc<Policy>,
    /// When the routing workflow `policy` holds was saved (GetRoutingConfig
    /// answers from here).
    pub routing_saved_at: Option<DateTime<Utc>>,
    pub directory: Arc<DirectoryView>,
    pub versions: OrgVersions,
    policy_bytes: usize,
    directory_bytes: usize,
}

impl Compiled {
    /// Whether this state is as new as `versions` (configuration and
    /// directory; request events do not matter to a policy).
    fn covers(&self, versions: &OrgVersions) -> bool {
        self.versions.config >= versions.config && self.versions.directory >= versions.directory
    }

    pub fn bytes(&self) -> usize {
        self.policy_bytes + self.directory_bytes
    }
}

/// The org's current compiled state, and the lock that lets one caller
/// rebuild it while the others wait for the result.
#[derive(Default)]
pub(super) struct Slot {
    current: RwLock<Option<Arc<Compiled>>>,
    rebuild: tokio::sync::Mutex<()>,
}

impl Slot {
    fn current(&self) -> Option<Arc<Compiled>> {
        self.current.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    pub(super) fn bytes(&self) -> usize {
        self.current().map_or(0, |c| c.bytes())
    }
}

impl OrgCache {
    /// The org's compiled state, current as of the store's position now.
    pub async fn compiled(&self, org: &OrgId) -> Result<Arc<Compiled>> {
        let versions = self.versions(org).await?;
        self.compiled_at(org, versions).await
    }

    /// The org's compiled state, at least as new as `versions`.
    pub async fn compiled_at(&self, org: &OrgId, versions: OrgVersions) -> Result<Arc<Compiled>> {
        let slot = &self.state(org).policy;
        if let Some(current) = slot.current()
            && current.covers(&versions)
        {
            return Ok(current);
        }
        let _rebuilding = slot.rebuild.lock().await;
        // Another caller may have rebuilt it while this one waited.
        let previous = slot.current();
        if let Some(current) = &previous
            && current.covers(&versions)
        {
            return Ok(current.clone());
        }
        let (policy, routing_saved_at, policy_bytes) = match &previous {
            Some(p) if p.versions.config == versions.config => (p.policy.clone(), p.routing_saved_at, p.policy_bytes),
            _ => self.load_policy(org).await?,
        };
        let (directory, directory_bytes) = match &previous {
            Some(p) if p.versions.directory == versions.directory => (p.directory.clone(), p.directory_bytes),
            _ => {
                let directory = self.store.directory_view(org).await?;
                let bytes = directory.approx_bytes();
                (Arc::new(directory), bytes)
            }
        };
        let compiled = Arc::new(Compiled {
            policy,
            routing_saved_at,
            directory,
            versions,
            policy_bytes,
            directory_bytes,
        });
        *slot.current.write().unwrap_or_else(|e| e.into_inner()) = Some(compiled.clone());
        Ok(compiled)
    }

    /// Reads the org's configuration and compiles it off the async threads
    /// (an org of 10,000 rules compiles 10,000 patterns).
    async fn load_policy(&self, org: &OrgId) -> Result<(Arc<Policy>, Option<DateTime<Utc>>, usize)> {
        let latest = self.store.latest_workflow(org).await?;
        let saved_at = latest.as_ref().map(|v| v.created_at);
        let routing = latest.map(|v| RoutingVersion {
            id: v.id,
            rules: v.rules,
        });
        let flows: Vec<FlowRecord> = self
            .store
            .all_access_flows(org)
            .await?
            .into_iter()
            .map(|f| FlowRecord { id: f.id, flow: f.flow })
            .collect();
        let config = self.store.request_config(org).await?.unwrap_or_default();
        tokio::task::spawn_blocking(move || {
            let policy = Policy::compile(routing, flows, config);
            let bytes = policy.approx_bytes();
            (Arc::new(policy), saved_at, bytes)
        })
        .await
        .map_err(|e| Error::Internal(format!("compiling the policy failed: {e}")))
    }
}
