//! The event log: every configuration change and (later) every request state
//! change, written in the same transaction as the change itself. It is both the
//! audit trail and the source of the WatchEvents stream.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Events {
    Table,
    Seq,
    Id,
    OrgId,
    Kind,
    SubjectType,
    SubjectId,
    Actor,
    RequestId,
    OccurredAt,
    Before,
    After,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Events::Table)
                    .col(
                        ColumnDef::new(Events::Seq)
                            .big_integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(Events::Id).string_len(64).not_null().unique_key())
                    .col(ColumnDef::new(Events::OrgId).string_len(255).not_null())
                    .col(ColumnDef::new(Events::Kind).string_len(64).not_null())
                    .col(ColumnDef::new(Events::SubjectType).string_len(64).not_null())
                    .col(ColumnDef::new(Events::SubjectId).string_len(512).not_null())
                    .col(ColumnDef::new(Events::Actor).string_len(320).not_null())
                    // The x-request-id of the call that caused the event, for tracing.
                    .col(ColumnDef::new(Events::RequestId).string_len(128).not_null())
                    .col(ColumnDef::new(Events::OccurredAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(Events::Before).text().null())
                    .col(ColumnDef::new(Events::After).text().null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("events_org_seq")
                    .table(Events::Table)
                    .col(Events::OrgId)
                    .col(Events::Seq)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(Events::Table).to_owned()).await
    }
}
