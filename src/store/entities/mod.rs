//! sea-orm entities: one module per table, mirroring `migrations/`.

pub mod access_flows;
pub mod access_requests;
pub mod directory_group_members;
pub mod directory_groups;
pub mod directory_on_call_members;
pub mod directory_on_call_rosters;
pub mod directory_owners;
pub mod directory_ownerships;
pub mod directory_revisions;
pub mod directory_users;
pub mod event_streams;
pub mod events;
pub mod request_configs;
pub mod workflow_versions;
