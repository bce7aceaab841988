//! Routing workflows: one row per saved version, never updated in place.
//!
//! `(org_id, version)` is unique: two writers that both read version N and
//! both try to insert N + 1 collide on it, and the loser sees a conflict. That
//! constraint is the whole of the optimistic-concurrency mechanism.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum WorkflowVersions {
    Table,
    Seq,
    Id,
    OrgId,
    Version,
    CreatedAt,
    CreatedBy,
    Rules,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(WorkflowVersions::Table)
                    .col(
                        ColumnDef::new(WorkflowVersions::Seq)
                            .big_integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(WorkflowVersions::Id)
                            .string_len(64)
                            .not_null()
                            .unique_key(),
                    )
                    .col(ColumnDef::new(WorkflowVersions::OrgId).string_len(255).not_null())
                    .col(ColumnDef::new(WorkflowVersions::Version).big_integer().not_null())
                    .col(
                        ColumnDef::new(WorkflowVersions::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(ColumnDef::new(WorkflowVersions::CreatedBy).string_len(320).not_null())
                    // The rules as JSON text: readable with plain SQL, and the same
                    // column type on both databases.
                    .col(ColumnDef::new(WorkflowVersions::Rules).text().not_null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("workflow_versions_org_version")
                    .table(WorkflowVersions::Table)
                    .col(WorkflowVersions::OrgId)
                    .col(WorkflowVersions::Version)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(WorkflowVersions::Table).to_owned())
            .await
    }
}
