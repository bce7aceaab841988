//! sea-orm entities: one module per table, mirroring `migrations/`.

/// Declares the entity of a link table: a set of key tuples whose every
/// column is text and part of the primary key (a group's members, a
/// roster's members, a resource's owners). Each row links a parent row,
/// named by the leading columns, to one user.
macro_rules! link_table {
    ($table:tt: $($column:ident),+) => {
        use sea_orm::entity::prelude::*;

        #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
        #[sea_orm(table_name = $table)]
        pub struct Model {
            $(
                #[sea_orm(primary_key, auto_increment = false)]
                pub $column: String,
            )+
        }

        #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
        pub enum Relation {}

        impl ActiveModelBehavior for ActiveModel {}
    };
}

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
