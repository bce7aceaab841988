//! Pure rules: validation, versioning, matching and evaluation, the
//! request lifecycle.
//! Nothing here does I/O or reads the clock; callers pass in what it needs.

pub mod access_flow;
pub mod access_request;
pub mod bounds;
pub mod directory;
pub mod evaluation;
pub mod ids;
pub mod limits;
pub mod pagination;
pub mod policy;
pub mod request_config;
pub mod roles;
pub mod routing;
pub mod violations;
