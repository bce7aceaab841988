//! The org's access-request configuration: one row per org that ever saved
//! one (an org without a row uses the documented defaults).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum RequestConfigs {
    Table,
    OrgId,
    Config,
    FallbackApproverId,
    UpdatedAt,
    UpdatedBy,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(RequestConfigs::Table)
                    .col(
                        ColumnDef::new(RequestConfigs::OrgId)
                            .string_len(255)
                            .not_null()
                            .primary_key(),
                    )
                    // The validated model as JSON text.
                    .col(ColumnDef::new(RequestConfigs::Config).text().not_null())
                    // Copied out of the JSON so the directory can refuse to
                    // delete a user who is some org's fallback approver.
                    .col(
                        ColumnDef::new(RequestConfigs::FallbackApproverId)
                            .string_len(320)
                            .null(),
                    )
                    .col(
                        ColumnDef::new(RequestConfigs::UpdatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(ColumnDef::new(RequestConfigs::UpdatedBy).string_len(320).not_null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(RequestConfigs::Table).to_owned())
            .await
    }
}
