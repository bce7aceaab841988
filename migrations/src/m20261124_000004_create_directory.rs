//! The directory: users, groups and memberships, on-call rosters and owners,
//! keyed per org so that an upsert is a real `INSERT … ON CONFLICT` on the
//! object's natural key.
//!
//! Member lists are tables rather than JSON, so the lookups evaluation needs
//! are index scans (a group's members, a user's groups, who is on call for
//! an integration, what a user owns), and deleting a user or a group takes
//! their memberships with it (`ON DELETE CASCADE`).
//!
//! `directory_revisions` holds one row per org that every directory write
//! bumps first: the row lock serializes an org's directory writes on
//! PostgreSQL, so the checks a write makes in its transaction (no manager
//! cycle, named users exist) still hold when it commits. SQLite has one
//! writer anyway.
//!
//! Key columns use the "C" collation on PostgreSQL, so lists sort by id
//! byte-wise there as they do on SQLite, whatever the cluster's locale.

use sea_orm_migration::{prelude::*, sea_orm::DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum DirectoryRevisions {
    Table,
    OrgId,
    Revision,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum DirectoryUsers {
    Table,
    OrgId,
    Id,
    Email,
    DisplayName,
    ManagerId,
    Attributes,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum DirectoryGroups {
    Table,
    OrgId,
    Id,
    DisplayName,
    Directory,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum DirectoryGroupMembers {
    Table,
    OrgId,
    GroupId,
    UserId,
}

#[derive(DeriveIden)]
enum DirectoryOnCallRosters {
    Table,
    OrgId,
    Integration,
    Service,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum DirectoryOnCallMembers {
    Table,
    OrgId,
    Integration,
    Service,
    UserId,
}

#[derive(DeriveIden)]
enum DirectoryOwnerships {
    Table,
    OrgId,
    Service,
    ResourceId,
    Kind,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum DirectoryOwners {
    Table,
    OrgId,
    Service,
    ResourceId,
    UserId,
}

/// Lengths, in characters, matching the API's limits.
const ORG: u32 = 255;
const USER_ID: u32 = 320;
const NAME: u32 = 255;
const RESOURCE_ID: u32 = 1024;

/// Builds the columns of one migration for one backend.
struct Columns {
    postgres: bool,
}

impl Columns {
    /// A text key column: compared and sorted byte-wise on both databases.
    fn key(&self, name: impl IntoIden, len: u32) -> ColumnDef {
        let mut col = ColumnDef::new(name);
        col.string_len(len).not_null();
        if self.postgres {
            col.extra("COLLATE \"C\"");
        }
        col
    }

    fn text(&self, name: impl IntoIden, len: u32) -> ColumnDef {
        ColumnDef::new(name).string_len(len).not_null().to_owned()
    }

    fn time(&self, name: impl IntoIden) -> ColumnDef {
        ColumnDef::new(name).timestamp_with_time_zone().not_null().to_owned()
    }
}

/// A foreign key from a member table to its parent, deleted with it.
fn cascade(
    name: &str,
    from: (impl IntoIden, impl IdenList),
    to: (impl IntoIden, impl IdenList),
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(name)
        .from(from.0, from.1)
        .to(to.0, to.1)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let c = Columns {
            postgres: manager.get_database_backend() == DbBackend::Postgres,
        };

        manager
            .create_table(
                Table::create()
                    .table(DirectoryRevisions::Table)
                    .col(c.key(DirectoryRevisions::OrgId, ORG).primary_key())
                    .col(ColumnDef::new(DirectoryRevisions::Revision).big_integer().not_null())
                    .col(c.time(DirectoryRevisions::UpdatedAt))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(DirectoryUsers::Table)
                    .col(c.key(DirectoryUsers::OrgId, ORG))
                    .col(c.key(DirectoryUsers::Id, USER_ID))
                    .col(c.text(DirectoryUsers::Email, USER_ID))
                    .col(c.text(DirectoryUsers::DisplayName, NAME))
                    .col(c.key(DirectoryUsers::ManagerId, USER_ID).null())
                    // Profile attributes as a JSON object: read whole, never queried.
                    .col(ColumnDef::new(DirectoryUsers::Attributes).text().not_null())
                    .col(c.time(DirectoryUsers::CreatedAt))
                    .col(c.time(DirectoryUsers::UpdatedAt))
                    .primary_key(Index::create().col(DirectoryUsers::OrgId).col(DirectoryUsers::Id))
                    .to_owned(),
            )
            .await?;
        // Direct reports: ListUsers' filter, and DeleteUser's precondition.
        manager
            .create_index(
                Index::create()
                    .name("directory_users_org_manager")
                    .table(DirectoryUsers::Table)
                    .col(DirectoryUsers::OrgId)
                    .col(DirectoryUsers::ManagerId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(DirectoryGroups::Table)
                    .col(c.key(DirectoryGroups::OrgId, ORG))
                    .col(c.key(DirectoryGroups::Id, NAME))
                    .col(c.text(DirectoryGroups::DisplayName, NAME))
                    .col(c.text(DirectoryGroups::Directory, NAME))
                    .col(c.time(DirectoryGroups::CreatedAt))
                    .col(c.time(DirectoryGroups::UpdatedAt))
                    .primary_key(Index::create().col(DirectoryGroups::OrgId).col(DirectoryGroups::Id))
                    .to_owned(),
            )
            .await?;

        // The primary key serves "members of a group"; the index "groups of a user".
        manager
            .create_table(
                Table::create()
                    .table(DirectoryGroupMembers::Table)
                    .col(c.key(DirectoryGroupMembers::OrgId, ORG))
                    .col(c.key(DirectoryGroupMembers::GroupId, NAME))
                    .col(c.key(DirectoryGroupMembers::UserId, USER_ID))
                    .primary_key(
                        Index::create()
                            .col(DirectoryGroupMembers::OrgId)
                            .col(DirectoryGroupMembers::GroupId)
                            .col(DirectoryGroupMembers::UserId),
                    )
                    .foreign_key(&mut cascade(
                        "directory_group_members_group",
                        (
                            DirectoryGroupMembers::Table,
                            (DirectoryGroupMembers::OrgId, DirectoryGroupMembers::GroupId),
                        ),
                        (DirectoryGroups::Table, (DirectoryGroups::OrgId, DirectoryGroups::Id)),
                    ))
                    .foreign_key(&mut cascade(
                        "directory_group_members_user",
                        (
                            DirectoryGroupMembers::Table,
                            (DirectoryGroupMembers::OrgId, DirectoryGroupMembers::UserId),
                        ),
                        (DirectoryUsers::Table, (DirectoryUsers::OrgId, DirectoryUsers::Id)),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("directory_group_members_org_user")
                    .table(DirectoryGroupMembers::Table)
                    .col(DirectoryGroupMembers::OrgId)
                    .col(DirectoryGroupMembers::UserId)
                    .col(DirectoryGroupMembers::GroupId)
                    .to_owned(),
            )
            .await?;

        // A roster row exists even with nobody on call, so an empty roster
        // reads back as empty rather than NOT_FOUND.
        manager
            .create_table(
                Table::create()
                    .table(DirectoryOnCallRosters::Table)
                    .col(c.key(DirectoryOnCallRosters::OrgId, ORG))
                    .col(c.key(DirectoryOnCallRosters::Integration, NAME))
                    .col(c.key(DirectoryOnCallRosters::Service, NAME))
                    .col(c.time(DirectoryOnCallRosters::CreatedAt))
                    .col(c.time(DirectoryOnCallRosters::UpdatedAt))
                    .primary_key(
                        Index::create()
                            .col(DirectoryOnCallRosters::OrgId)
                            .col(DirectoryOnCallRosters::Integration)
                            .col(DirectoryOnCallRosters::Service),
                    )
                    .to_owned(),
            )
            .await?;

        // The primary key serves "who is on call for integration/service";
        // the index "is this user on call anywhere in integration" (`auto`
        // approvals) and a user's deletion.
        manager
            .create_table(
                Table::create()
                    .table(DirectoryOnCallMembers::Table)
                    .col(c.key(DirectoryOnCallMembers::OrgId, ORG))
                    .col(c.key(DirectoryOnCallMembers::Integration, NAME))
                    .col(c.key(DirectoryOnCallMembers::Service, NAME))
                    .col(c.key(DirectoryOnCallMembers::UserId, USER_ID))
                    .primary_key(
                        Index::create()
                            .col(DirectoryOnCallMembers::OrgId)
                            .col(DirectoryOnCallMembers::Integration)
                            .col(DirectoryOnCallMembers::Service)
                            .col(DirectoryOnCallMembers::UserId),
                    )
                    .foreign_key(&mut cascade(
                        "directory_on_call_members_roster",
                        (
                            DirectoryOnCallMembers::Table,
                            (
                                DirectoryOnCallMembers::OrgId,
                                DirectoryOnCallMembers::Integration,
                                DirectoryOnCallMembers::Service,
                            ),
                        ),
                        (
                            DirectoryOnCallRosters::Table,
                            (
                                DirectoryOnCallRosters::OrgId,
                                DirectoryOnCallRosters::Integration,
                                DirectoryOnCallRosters::Service,
                            ),
                        ),
                    ))
                    .foreign_key(&mut cascade(
                        "directory_on_call_members_user",
                        (
                            DirectoryOnCallMembers::Table,
                            (DirectoryOnCallMembers::OrgId, DirectoryOnCallMembers::UserId),
                        ),
                        (DirectoryUsers::Table, (DirectoryUsers::OrgId, DirectoryUsers::Id)),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("directory_on_call_members_org_user")
                    .table(DirectoryOnCallMembers::Table)
                    .col(DirectoryOnCallMembers::OrgId)
                    .col(DirectoryOnCallMembers::UserId)
                    .col(DirectoryOnCallMembers::Integration)
                    .to_owned(),
            )
            .await?;

        // `resource_id` is '' for a service's own owners: key columns cannot be NULL.
        manager
            .create_table(
                Table::create()
                    .table(DirectoryOwnerships::Table)
                    .col(c.key(DirectoryOwnerships::OrgId, ORG))
                    .col(c.key(DirectoryOwnerships::Service, NAME))
                    .col(c.key(DirectoryOwnerships::ResourceId, RESOURCE_ID))
                    // SERVICE or RESOURCE: derived from resource_id, kept for plain-SQL readers.
                    .col(c.text(DirectoryOwnerships::Kind, 16))
                    .col(c.time(DirectoryOwnerships::CreatedAt))
                    .col(c.time(DirectoryOwnerships::UpdatedAt))
                    .primary_key(
                        Index::create()
                            .col(DirectoryOwnerships::OrgId)
                            .col(DirectoryOwnerships::Service)
                            .col(DirectoryOwnerships::ResourceId),
                    )
                    .to_owned(),
            )
            .await?;

        // The primary key serves "owners of a service / resource"; the index
        // "what does this user own" (their deletion).
        manager
            .create_table(
                Table::create()
                    .table(DirectoryOwners::Table)
                    .col(c.key(DirectoryOwners::OrgId, ORG))
                    .col(c.key(DirectoryOwners::Service, NAME))
                    .col(c.key(DirectoryOwners::ResourceId, RESOURCE_ID))
                    .col(c.key(DirectoryOwners::UserId, USER_ID))
                    .primary_key(
                        Index::create()
                            .col(DirectoryOwners::OrgId)
                            .col(DirectoryOwners::Service)
                            .col(DirectoryOwners::ResourceId)
                            .col(DirectoryOwners::UserId),
                    )
                    .foreign_key(&mut cascade(
                        "directory_owners_ownership",
                        (
                            DirectoryOwners::Table,
                            (
                                DirectoryOwners::OrgId,
                                DirectoryOwners::Service,
                                DirectoryOwners::ResourceId,
                            ),
                        ),
                        (
                            DirectoryOwnerships::Table,
                            (
                                DirectoryOwnerships::OrgId,
                                DirectoryOwnerships::Service,
                                DirectoryOwnerships::ResourceId,
                            ),
                        ),
                    ))
                    .foreign_key(&mut cascade(
                        "directory_owners_user",
                        (
                            DirectoryOwners::Table,
                            (DirectoryOwners::OrgId, DirectoryOwners::UserId),
                        ),
                        (DirectoryUsers::Table, (DirectoryUsers::OrgId, DirectoryUsers::Id)),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("directory_owners_org_user")
                    .table(DirectoryOwners::Table)
                    .col(DirectoryOwners::OrgId)
                    .col(DirectoryOwners::UserId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Children first: the member tables reference the others.
        for table in [
            DirectoryOwners::Table.into_iden(),
            DirectoryOwnerships::Table.into_iden(),
            DirectoryOnCallMembers::Table.into_iden(),
            DirectoryOnCallRosters::Table.into_iden(),
            DirectoryGroupMembers::Table.into_iden(),
            DirectoryGroups::Table.into_iden(),
            DirectoryUsers::Table.into_iden(),
            DirectoryRevisions::Table.into_iden(),
        ] {
            manager.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}
