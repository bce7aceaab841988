//! Where each org's state stands, so the caches above the store know when
//! what they compiled is out of date without reading it again.

use async_trait::async_trait;

use crate::{domain::ids::OrgId, error::Result};

/// An org's position: its last event, and how many configuration and
/// directory changes it has had. Every write records an event, so the
/// sequence moves with every change; configuration writes (routing, access
/// flows, request configuration) also bump `config`, directory writes
/// `directory`, in the same statement and transaction.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OrgVersions {
    pub sequence: i64,
    pub config: i64,
    pub directory: i64,
}

impl OrgVersions {
    /// The later of two positions, field by field (positions only grow).
    pub fn max(self, other: Self) -> Self {
        Self {
            sequence: self.sequence.max(other.sequence),
            config: self.config.max(other.config),
            directory: self.directory.max(other.directory),
        }
    }

    /// Whether the configuration and the directory are the same in both.
    pub fn same_policy(&self, other: &Self) -> bool {
        self.config == other.config && self.directory == other.directory
    }
}

#[async_trait]
pub trait VersionStore {
    /// The org's position as this process knows it.
    ///
    /// Exact for changes this process made (it learns them when they
    /// commit). Changes made by other processes on a shared PostgreSQL are
    /// announced when they commit and seen within the notification's
    /// delivery; while that channel is down every call reads the database.
    /// A write that must not act on a stale policy checks the versions it
    /// used inside its own transaction (see
    /// [`AccessRequestStore::file_access_request`](super::AccessRequestStore::file_access_request)).
    async fn org_versions(&self, org_id: &OrgId) -> Result<OrgVersions>;
}
