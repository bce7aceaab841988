//! Storage behind one interface. Everything jitgate persists goes through
//! [`Store`], which is the sum of one small trait per area; the sea-orm
//! implementation serves SQLite and PostgreSQL, and `tests/store_conformance/`
//! runs one suite against both.

mod access_flows;
mod access_requests;
mod directory;
pub(crate) mod entities;
mod events;
mod policy;
mod request_config;
mod routing;
mod sea;
mod versions;
mod write;

use async_trait::async_trait;

pub use access_flows::{AccessFlowStore, AccessFlowUpdate, NewAccessFlow, StoredAccessFlow};
pub use access_requests::{AccessRequestStore, Filed, RequestQuery};
pub use directory::DirectoryStore;
pub use events::{EventFilter, EventQuery, EventStore, NewEvent, StoredEvent};
pub use policy::{PolicyStore, PolicyWrite};
pub use request_config::{RequestConfigReplace, RequestConfigStore};
pub use routing::{NewWorkflowVersion, RoutingStore, WorkflowVersion};
pub use sea::{SeaStore, connect};
pub use versions::{OrgVersions, VersionStore};
pub use write::{MAX_WRITE_ATTEMPTS, read_modify_write};

use crate::error::Result;

/// One page of a list, and how many items match across all pages: what
/// every paged read of the store answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed<T> {
    pub items: Vec<T>,
    pub total: u64,
}

/// Whether the database answers at all (for health).
#[async_trait]
pub trait Ping {
    /// Succeeds when the database answers a trivial query.
    async fn ping(&self) -> Result<()>;

    /// Succeeds when the database answers and every migration this build
    /// knows is applied (`GET /readyz`).
    async fn ready(&self) -> Result<()> {
        self.ping().await
    }

    /// Connections of the pool: (in use, idle), when the store has one.
    fn pool_connections(&self) -> Option<(u64, u64)> {
        None
    }
}

/// Everything jitgate persists: a backend implements the area traits and
/// then says so with an empty `impl Store for …`.
pub trait Store:
    Ping
    + EventStore
    + RoutingStore
    + AccessFlowStore
    + AccessRequestStore
    + DirectoryStore
    + RequestConfigStore
    + PolicyStore
    + VersionStore
    + Send
    + Sync
    + 'static
{
}
