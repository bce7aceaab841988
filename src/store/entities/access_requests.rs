use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "access_requests")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub org_id: String,
    pub requester_id: String,
    pub target_user_id: String,
    pub client_request_id: Option<String>,
    pub state: String,
    #[sea_orm(column_type = "Text")]
    pub resource_key: String,
    pub approved_rule: Option<String>,
    pub approved_at: Option<ChronoDateTimeUtc>,
    pub created_at: ChronoDateTimeUtc,
    pub updated_at: ChronoDateTimeUtc,
    pub next_due_at: Option<ChronoDateTimeUtc>,
    pub revision: i64,
    #[sea_orm(column_type = "Text")]
    pub document: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
