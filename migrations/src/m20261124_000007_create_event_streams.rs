//! A per-org, commit-ordered event sequence.
//!
//! `events.seq` is a global autoincrement: on PostgreSQL a transaction that
//! took seq 10 may commit after one that took 11, so a reader that saw 11
//! and resumes "after 11" would skip 10 forever. Each org now has one
//! counter row in `event_streams`; writing an event increments it inside the
//! writer's transaction, and the row lock that increment takes is held until
//! commit. Per org, sequence order is therefore commit order, and the
//! sequence is dense (a rolled-back transaction rolls its increment back).
//!
//! Existing events are numbered per org in `seq` order.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum EventStreams {
    Table,
    OrgId,
    LastSequence,
}

#[derive(DeriveIden)]
enum Events {
    Table,
    OrgId,
    Sequence,
}

const UNIQUE_INDEX: &str = "events_org_sequence";

/// Numbers every existing event 1, 2, 3… per org, in `seq` order. `UPDATE …
/// FROM` and window functions run on PostgreSQL and on SQLite 3.33+.
const BACKFILL_SEQUENCES: &str = "UPDATE events SET sequence = numbered.n \
     FROM (SELECT seq, ROW_NUMBER() OVER (PARTITION BY org_id ORDER BY seq) AS n FROM events) AS numbered \
     WHERE events.seq = numbered.seq";

/// One counter row per org that has events, at its last sequence.
const BACKFILL_STREAMS: &str = "INSERT INTO event_streams (org_id, last_sequence) \
     SELECT org_id, MAX(sequence) FROM events GROUP BY org_id";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(EventStreams::Table)
                    .col(
                        ColumnDef::new(EventStreams::OrgId)
                            .string_len(255)
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(EventStreams::LastSequence).big_integer().not_null())
                    .to_owned(),
            )
            .await?;
        // NOT NULL with a default so SQLite can add it; every row gets its
        // real number below, before the unique index exists.
        manager
            .alter_table(
                Table::alter()
                    .table(Events::Table)
                    .add_column(ColumnDef::new(Events::Sequence).big_integer().not_null().default(0))
                    .to_owned(),
            )
            .await?;
        let db = manager.get_connection();
        db.execute_unprepared(BACKFILL_SEQUENCES).await?;
        db.execute_unprepared(BACKFILL_STREAMS).await?;
        manager
            .create_index(
                Index::create()
                    .name(UNIQUE_INDEX)
                    .table(Events::Table)
                    .col(Events::OrgId)
                    .col(Events::Sequence)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(Index::drop().name(UNIQUE_INDEX).table(Events::Table).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Events::Table)
                    .drop_column(Events::Sequence)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(EventStreams::Table).to_owned())
            .await
    }
}
