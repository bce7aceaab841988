//! Per-org configuration and directory generations, and change
//! notifications between replicas.
//!
//! Each org's compiled policy and directory are cached in memory (decision
//! 0017). `config_generation` counts the org's configuration changes
//! (routing, access flows, request configuration) and
//! `directory_generation` its directory changes; both are bumped by the same
//! upsert of the org's counter row that numbers the change's event, so they
//! move in the change's own transaction.
//!
//! On PostgreSQL a trigger announces every new state of a counter row on
//! the `jitgate_org_changes` channel, delivered when the writer commits:
//! the other replicas learn the org's new sequence and generations without
//! asking the database on every call.

use sea_orm_migration::{prelude::*, sea_orm::DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum EventStreams {
    Table,
    ConfigGeneration,
    DirectoryGeneration,
}

/// The payload is `sequence config directory org_id`: the numbers first, so
/// an org id with spaces still parses.
const CREATE_NOTIFY: &str = r#"
CREATE OR REPLACE FUNCTION jitgate_notify_org_change() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('jitgate_org_changes',
    NEW.last_sequence || ' ' || NEW.config_generation || ' ' || NEW.directory_generation || ' ' || NEW.org_id);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER jitgate_org_changes AFTER INSERT OR UPDATE ON event_streams
  FOR EACH ROW EXECUTE FUNCTION jitgate_notify_org_change();
"#;

const DROP_NOTIFY: &str = "DROP TRIGGER IF EXISTS jitgate_org_changes ON event_streams; \
     DROP FUNCTION IF EXISTS jitgate_notify_org_change();";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite adds a single column per ALTER.
        for column in [EventStreams::ConfigGeneration, EventStreams::DirectoryGeneration] {
            manager
                .alter_table(
                    Table::alter()
                        .table(EventStreams::Table)
                        .add_column(ColumnDef::new(column).big_integer().not_null().default(0))
                        .to_owned(),
                )
                .await?;
        }
        if manager.get_database_backend() == DbBackend::Postgres {
            manager.get_connection().execute_unprepared(CREATE_NOTIFY).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() == DbBackend::Postgres {
            manager.get_connection().execute_unprepared(DROP_NOTIFY).await?;
        }
        for column in [EventStreams::DirectoryGeneration, EventStreams::ConfigGeneration] {
            manager
                .alter_table(Table::alter().table(EventStreams::Table).drop_column(column).to_owned())
                .await?;
        }
        Ok(())
    }
}
