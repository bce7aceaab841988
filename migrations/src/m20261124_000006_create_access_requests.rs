//! Access requests, and the two event columns request events need.
//!
//! A request is stored as its JSON document (the plan and every decision)
//! plus the columns that listing, idempotency, cooldowns and the scheduler
//! query by.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum AccessRequests {
    Table,
    Id,
    OrgId,
    RequesterId,
    TargetUserId,
    ClientRequestId,
    State,
    ResourceKey,
    ApprovedRule,
    ApprovedAt,
    CreatedAt,
    UpdatedAt,
    NextDueAt,
    Revision,
    Document,
}

#[derive(DeriveIden)]
enum Events {
    Table,
    AccessRequestId,
    Comment,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(AccessRequests::Table)
                    .col(
                        ColumnDef::new(AccessRequests::Id)
                            .string_len(64)
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(AccessRequests::OrgId).string_len(255).not_null())
                    .col(ColumnDef::new(AccessRequests::RequesterId).string_len(320).not_null())
                    .col(ColumnDef::new(AccessRequests::TargetUserId).string_len(320).not_null())
                    // NULL when the client sent no idempotency key, so the
                    // unique index below only binds keyed requests.
                    .col(ColumnDef::new(AccessRequests::ClientRequestId).string_len(128).null())
                    .col(ColumnDef::new(AccessRequests::State).string_len(32).not_null())
                    .col(ColumnDef::new(AccessRequests::ResourceKey).text().not_null())
                    // The routing rule the request was approved through
                    // (cooldowns); NULL otherwise.
                    .col(ColumnDef::new(AccessRequests::ApprovedRule).string_len(255).null())
                    .col(
                        ColumnDef::new(AccessRequests::ApprovedAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(AccessRequests::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(AccessRequests::UpdatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    // The next instant the scheduler has work on this
                    // request; NULL when it never will.
                    .col(
                        ColumnDef::new(AccessRequests::NextDueAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .col(ColumnDef::new(AccessRequests::Revision).big_integer().not_null())
                    .col(ColumnDef::new(AccessRequests::Document).text().not_null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("access_requests_idempotency")
                    .table(AccessRequests::Table)
                    .col(AccessRequests::OrgId)
                    .col(AccessRequests::RequesterId)
                    .col(AccessRequests::ClientRequestId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("access_requests_by_org_created")
                    .table(AccessRequests::Table)
                    .col(AccessRequests::OrgId)
                    .col(AccessRequests::CreatedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("access_requests_by_requester")
                    .table(AccessRequests::Table)
                    .col(AccessRequests::OrgId)
                    .col(AccessRequests::RequesterId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("access_requests_by_target")
                    .table(AccessRequests::Table)
                    .col(AccessRequests::OrgId)
                    .col(AccessRequests::TargetUserId)
                    .col(AccessRequests::ResourceKey)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("access_requests_by_state")
                    .table(AccessRequests::Table)
                    .col(AccessRequests::OrgId)
                    .col(AccessRequests::State)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("access_requests_due")
                    .table(AccessRequests::Table)
                    .col(AccessRequests::NextDueAt)
                    .to_owned(),
            )
            .await?;
        // One column per statement: SQLite's ALTER TABLE adds one at a time.
        for column in [Events::AccessRequestId, Events::Comment] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Events::Table)
                        .add_column(ColumnDef::new(column).text().not_null().default(""))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [Events::Comment, Events::AccessRequestId] {
            manager
                .alter_table(Table::alter().table(Events::Table).drop_column(column).to_owned())
                .await?;
        }
        manager
            .drop_table(Table::drop().table(AccessRequests::Table).to_owned())
            .await
    }
}
