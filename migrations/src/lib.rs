//! jitgate's schema, as plain sea-orm-migration steps.
//!
//! One file per step, named for what it does. A step is never edited after it
//! lands: a change to the schema is a new step. Every step runs on SQLite (the
//! embedded default) and PostgreSQL.

pub use sea_orm_migration::prelude::*;

mod m20261124_000001_create_workflow_versions;
mod m20261124_000002_create_events;
mod m20261124_000003_create_access_flows;
mod m20261124_000004_create_directory;
mod m20261124_000005_create_request_configs;
mod m20261124_000006_create_access_requests;
mod m20261124_000007_create_event_streams;
mod m20261201_000008_add_org_generations;
mod m20261201_000009_compress_documents_with_lz4;

/// All of jitgate's migrations, in order.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261124_000001_create_workflow_versions::Migration),
            Box::new(m20261124_000002_create_events::Migration),
            Box::new(m20261124_000003_create_access_flows::Migration),
            Box::new(m20261124_000004_create_directory::Migration),
            Box::new(m20261124_000005_create_request_configs::Migration),
            Box::new(m20261124_000006_create_access_requests::Migration),
            Box::new(m20261124_000007_create_event_streams::Migration),
            Box::new(m20261201_000008_add_org_generations::Migration),
            Box::new(m20261201_000009_compress_documents_with_lz4::Migration),
        ]
    }
}
