//! Evaluating an access request (docs/spec.md §5): which routing rules and
//! access flows apply and why, the alternative approval paths, their
//! constraints, and the outcome. Pure: the caller loads a [`Snapshot`] and
//! passes the time in the [`Request`].

pub mod constraints;
pub mod decide;
pub mod explain;
pub mod flow;
pub mod gates;
pub mod input;
pub mod model;
pub mod paths;
pub mod policy;
pub mod requestor;
pub mod resource;
pub mod snapshot;

pub use decide::{decide, evaluate};
pub use explain::View;
pub use input::{Grant, Request, RequestedResource};
pub use model::*;
pub use policy::Policy;
pub use snapshot::{DirectoryView, FlowRecord, PriorGrant, RoutingVersion, Snapshot};

#[cfg(test)]
pub(crate) mod fixtures;
#[cfg(test)]
mod tests;
