//! The event log, and the helper every other area uses to write its event in
//! its own transaction.

use async_trait::async_trait;
use sea_orm::{
    ActiveValue::{NotSet, Set},
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};

use super::SeaStore;
use crate::{
    error::{Error, Result},
    store::{EventStore, NewEvent, StoredEvent, entities::events},
};

fn encode_json(value: &Option<serde_json::Value>) -> Option<String> {
    value.as_ref().map(serde_json::Value::to_string)
}

fn decode_json(text: Option<String>, seq: i64) -> Result<Option<serde_json::Value>> {
    text.map(|t| serde_json::from_str(&t))
        .transpose()
        .map_err(|e| Error::Internal(format!("event {seq} has unreadable JSON: {e}")))
}

fn event_row(event: &NewEvent) -> events::ActiveModel {
    events::ActiveModel {
        seq: NotSet,
        id: Set(event.id.clone()),
        org_id: Set(event.org_id.clone()),
        kind: Set(event.kind.clone()),
        subject_type: Set(event.subject_type.clone()),
        subject_id: Set(event.subject_id.clone()),
        actor: Set(event.actor.clone()),
        request_id: Set(event.request_id.clone()),
        occurred_at: Set(event.occurred_at),
        before: Set(encode_json(&event.before)),
        after: Set(encode_json(&event.after)),
        access_request_id: Set(event.access_request_id.clone()),
        comment: Set(event.comment.clone()),
    }
}

/// Records `event` on `db` (normally the transaction of the change it
/// describes).
pub(super) async fn insert_event(db: &impl ConnectionTrait, event: &NewEvent) -> Result<()> {
    events::Entity::insert(event_row(event)).exec(db).await?;
    Ok(())
}

#[async_trait]
impl EventStore for SeaStore {
    async fn events(&self, org_id: &str, after_seq: i64, limit: u64) -> Result<Vec<StoredEvent>> {
        let rows = events::Entity::find()
            .filter(events::Column::OrgId.eq(org_id))
            .filter(events::Column::Seq.gt(after_seq))
            .order_by_asc(events::Column::Seq)
            .limit(limit)
            .all(&self.db)
            .await?;
        rows.into_iter()
            .map(|row| {
                let seq = row.seq;
                Ok(StoredEvent {
                    seq,
                    event: NewEvent {
                        id: row.id,
                        org_id: row.org_id,
                        kind: row.kind,
                        subject_type: row.subject_type,
                        subject_id: row.subject_id,
                        actor: row.actor,
                        request_id: row.request_id,
                        occurred_at: row.occurred_at,
                        before: decode_json(row.before, seq)?,
                        after: decode_json(row.after, seq)?,
                        access_request_id: row.access_request_id,
                        comment: row.comment,
                    },
                })
            })
            .collect()
    }
}
