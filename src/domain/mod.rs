//! Pure rules: validation, versioning, (later) matching and evaluation.
//! Nothing here does I/O or reads the clock; callers pass in what it needs.

pub mod access_flow;
pub mod access_request;
pub mod directory;
pub mod evaluation;
pub mod pagination;
pub mod request_config;
pub mod routing;
pub mod violations;
