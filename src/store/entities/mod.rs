//! sea-orm entities: one module per table, mirroring `migrations/`.

pub mod access_flows;
pub mod events;
pub mod request_configs;
pub mod workflow_versions;
