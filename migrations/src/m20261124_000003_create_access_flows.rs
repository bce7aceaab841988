//! Access flows: one row per flow, updated in place.
//!
//! `(org_id, name)` is unique, so two concurrent creates (or a rename) with
//! one name cannot both win. `revision` is the optimistic-concurrency check
//! of updates and deletes: a writer names the revision it read, and a write
//! that matches no row lost a race. Lists page in `(created_at, id)` order,
//! which the `(org_id, created_at, id)` index serves.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum AccessFlows {
    Table,
    Seq,
    Id,
    OrgId,
    Name,
    CreatedAt,
    UpdatedAt,
    Revision,
    Body,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(AccessFlows::Table)
                    .col(
                        ColumnDef::new(AccessFlows::Seq)
                            .big_integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(AccessFlows::Id).string_len(64).not_null().unique_key())
                    .col(ColumnDef::new(AccessFlows::OrgId).string_len(255).not_null())
                    // A copy of the body's name, for the uniqueness index.
                    .col(ColumnDef::new(AccessFlows::Name).string_len(255).not_null())
                    .col(
                        ColumnDef::new(AccessFlows::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(AccessFlows::UpdatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(ColumnDef::new(AccessFlows::Revision).big_integer().not_null())
                    // The flow as JSON text, like workflow rules.
                    .col(ColumnDef::new(AccessFlows::Body).text().not_null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("access_flows_org_name")
                    .table(AccessFlows::Table)
                    .col(AccessFlows::OrgId)
                    .col(AccessFlows::Name)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("access_flows_org_created")
                    .table(AccessFlows::Table)
                    .col(AccessFlows::OrgId)
                    .col(AccessFlows::CreatedAt)
                    .col(AccessFlows::Id)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(AccessFlows::Table).to_owned())
            .await
    }
}
