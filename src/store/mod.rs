//! Storage behind one interface. Everything jitgate persists goes through
//! [`Store`], which is the sum of one small trait per area; the sea-orm
//! implementation serves SQLite and PostgreSQL, and `tests/store_conformance/`
//! runs one suite against both.

mod directory;
pub(crate) mod entities;
mod events;
mod routing;
mod sea;

use async_trait::async_trait;

pub use directory::{DirectoryStore, Listed};
pub use events::{EventStore, NewEvent, StoredEvent};
pub use routing::{NewWorkflowVersion, RoutingStore, WorkflowVersion};
pub use sea::{SeaStore, connect};

use crate::error::Result;

/// Whether the database answers at all (for health).
#[async_trait]
pub trait Ping {
    /// Succeeds when the database answers a trivial query.
    async fn ping(&self) -> Result<()>;
}

/// Everything jitgate persists. Implement the area traits; this one follows.
pub trait Store: Ping + EventStore + RoutingStore + DirectoryStore + Send + Sync + 'static {}

impl<T> Store for T where T: Ping + EventStore + RoutingStore + DirectoryStore + Send + Sync + 'static {}
