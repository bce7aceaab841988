//! The directory: users and their managers, groups, on-call rosters and
//! owners, as an IdP or paging sync job pushes them. Validation of what
//! arrives is decoded and checked at the wire boundary
//! (`api::directory::decode`); here: the rules a write keeps against what is stored
//! ([`references`]: existence, manager cycles), the audit record of a change
//! ([`audit`]), and what evaluation asks of the directory ([`resolve`]).

pub mod audit;
pub mod batch;
pub mod ids;
pub mod model;
pub mod references;
pub mod resolve;

pub use batch::DirectoryBatch;
pub use model::*;
