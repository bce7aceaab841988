use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "events")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub seq: i64,
    pub id: String,
    pub org_id: String,
    /// The event's position in its org's stream: 1, 2, 3… in commit order.
    pub sequence: i64,
    pub kind: String,
    pub subject_type: String,
    pub subject_id: String,
    pub actor: String,
    pub request_id: String,
    pub occurred_at: ChronoDateTimeUtc,
    #[sea_orm(column_type = "Text", nullable)]
    pub before: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub after: Option<String>,
    #[sea_orm(column_type = "Text")]
    pub access_request_id: String,
    #[sea_orm(column_type = "Text")]
    pub comment: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
