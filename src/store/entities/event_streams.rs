use sea_orm::entity::prelude::*;

/// One row per org with events: the org's last event sequence and its
/// configuration and directory generations. Writers increment them in
/// their transaction (see `store::sea::events`).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "event_streams")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub org_id: String,
    pub last_sequence: i64,
    pub config_generation: i64,
    pub directory_generation: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
