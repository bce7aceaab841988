//! The event log, and the helper every other area uses to write its event in
//! its own transaction.
//!
//! Each org's events are numbered by a counter row in `event_streams`
//! (decision 0013). [`insert_event`] increments it inside the writer's
//! transaction; the row lock that takes is held until commit, so a second
//! writer of the same org waits for the first to commit (or roll back)
//! before it gets its number. Per org, sequence order is commit order and
//! the sequence has no gaps, which is what lets a watcher resume "after N"
//! without ever skipping a late commit.

use async_trait::async_trait;
use sea_orm::{
    ActiveValue::{NotSet, Set},
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::{Expr, ExprTrait, OnConflict, Query},
};

use super::SeaStore;
use crate::{
    domain::ids::OrgId,
    error::{Error, Result},
    store::{
        EventFilter, EventQuery, EventStore, NewEvent, OrgVersions, StoredEvent,
        entities::{event_streams, events},
    },
};

fn encode_json(value: &Option<serde_json::Value>) -> Option<String> {
    value.as_ref().map(serde_json::Value::to_string)
}

fn decode_json(text: Option<String>, sequence: i64) -> Result<Option<serde_json::Value>> {
    text.map(|t| serde_json::from_str(&t))
        .transpose()
        .map_err(|e| Error::Internal(format!("event {sequence} has unreadable JSON: {e}")))
}

fn event_row(event: &NewEvent, sequence: i64) -> events::ActiveModel {
    events::ActiveModel {
        seq: NotSet,
        id: Set(event.id.clone()),
        org_id: Set(event.org_id.to_string()),
        sequence: Set(sequence),
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

fn decode_row(row: events::Model) -> Result<StoredEvent> {
    let sequence = row.sequence;
    Ok(StoredEvent {
        sequence,
        event: NewEvent {
            id: row.id,
            org_id: OrgId::new(row.org_id),
            kind: row.kind,
            subject_type: row.subject_type,
            subject_id: row.subject_id,
            actor: row.actor,
            request_id: row.request_id,
            occurred_at: row.occurred_at,
            before: decode_json(row.before, sequence)?,
            after: decode_json(row.after, sequence)?,
            access_request_id: row.access_request_id,
            comment: row.comment,
        },
    })
}

/// How a batch of events moves its org's counters.
#[derive(Default)]
struct Bumps {
    events: i64,
    config: i64,
    directory: i64,
}

impl Bumps {
    fn of(events: &[NewEvent]) -> Self {
        let count = |kind: &str| events.iter().filter(|e| e.kind == kind).count() as i64;
        Self {
            events: events.len() as i64,
            config: count(CONFIG_CHANGED),
            directory: count(DIRECTORY_CHANGED),
        }
    }
}

/// The event kinds of configuration and directory writes: each bumps its
/// generation, which tells the policy cache its copy is out of date.
const CONFIG_CHANGED: &str = "CONFIG_CHANGED";
const DIRECTORY_CHANGED: &str = "DIRECTORY_CHANGED";

/// Moves the org's counters by `bumps`: one upsert that creates the counter
/// row or increments it, and returns the org's new position. On PostgreSQL
/// the conflicting update waits for (and then sees) any concurrent writer's
/// commit, and locks the row until this transaction ends.
async fn advance(db: &impl ConnectionTrait, org_id: &OrgId, bumps: &Bumps) -> Result<OrgVersions> {
    use event_streams::Column::{ConfigGeneration, DirectoryGeneration, LastSequence, OrgId};
    let plus = |column: event_streams::Column, n: i64| Expr::col((event_streams::Entity, column)).add(n);
    let upsert = Query::insert()
        .into_table(event_streams::Entity)
        .columns([OrgId, LastSequence, ConfigGeneration, DirectoryGeneration])
        .values_panic([
            org_id.into(),
            bumps.events.into(),
            bumps.config.into(),
            bumps.directory.into(),
        ])
        .on_conflict(
            OnConflict::column(OrgId)
                .value(LastSequence, plus(LastSequence, bumps.events))
                .value(ConfigGeneration, plus(ConfigGeneration, bumps.config))
                .value(DirectoryGeneration, plus(DirectoryGeneration, bumps.directory))
                .to_owned(),
        )
        .returning(Query::returning().columns([LastSequence, ConfigGeneration, DirectoryGeneration]))
        .to_owned();
    let row = db
        .query_one(&upsert)
        .await?
        .ok_or_else(|| Error::Internal(format!("the event counter of org {org_id:?} returned no row")))?;
    Ok(OrgVersions {
        sequence: row.try_get("", "last_sequence")?,
        config: row.try_get("", "config_generation")?,
        directory: row.try_get("", "directory_generation")?,
    })
}

/// Records `events` (all of one org, in order) on `db`, which must be the
/// transaction of the change they describe, and returns the org's position
/// after them (for [`SeaStore::committed`](super::SeaStore) once the
/// transaction commits).
///
/// Callers write their events as the last statements of the transaction,
/// right before commit: the counter row lock is then the last lock taken,
/// so two writers can never wait on each other in a cycle (no deadlock),
/// and the org's other writers wait for it only as long as the commit.
pub(super) async fn insert_events(db: &impl ConnectionTrait, events: &[NewEvent]) -> Result<Option<OrgVersions>> {
    let Some(first) = events.first() else {
        return Ok(None);
    };
    let org_id = &first.org_id;
    if let Some(other) = events.iter().find(|e| e.org_id != *org_id) {
        return Err(Error::Internal(format!(
            "one write recorded events of two orgs ({org_id:?} and {:?})",
            other.org_id
        )));
    }
    let versions = advance(db, org_id, &Bumps::of(events)).await?;
    let first_sequence = versions.sequence - events.len() as i64 + 1;
    let rows = events
        .iter()
        .zip(first_sequence..)
        .map(|(event, sequence)| event_row(event, sequence));
    events::Entity::insert_many(rows).exec(db).await?;
    Ok(Some(versions))
}

/// Records one event; see [`insert_events`].
pub(super) async fn insert_event(db: &impl ConnectionTrait, event: &NewEvent) -> Result<OrgVersions> {
    let versions = insert_events(db, std::slice::from_ref(event)).await?;
    versions.ok_or_else(|| Error::Internal("an event was not recorded".into()))
}

/// The WHERE clause of `filter`.
fn matching(filter: &EventFilter) -> Condition {
    let mut condition = Condition::all();
    if !filter.kinds.is_empty() {
        condition = condition.add(events::Column::Kind.is_in(filter.kinds.iter().map(String::as_str)));
    }
    if let Some(subject_type) = &filter.subject_type {
        condition = condition.add(events::Column::SubjectType.eq(subject_type.as_str()));
    }
    if let Some(subject_id) = &filter.subject_id {
        condition = condition.add(events::Column::SubjectId.eq(subject_id.as_str()));
    }
    if let Some(id) = &filter.access_request_id {
        condition = condition.add(events::Column::AccessRequestId.eq(id.as_str()));
    }
    if let Some(actor) = &filter.actor {
        condition = condition.add(events::Column::Actor.eq(actor.as_str()));
    }
    // SQLite keeps timestamps as RFC 3339 text in UTC, whose byte order is
    // time order, so these compare correctly on both databases.
    if let Some(since) = filter.since {
        condition = condition.add(events::Column::OccurredAt.gte(since));
    }
    if let Some(until) = filter.until {
        condition = condition.add(events::Column::OccurredAt.lt(until));
    }
    condition
}

#[async_trait]
impl EventStore for SeaStore {
    async fn query_events(&self, org_id: &OrgId, query: &EventQuery) -> Result<Vec<StoredEvent>> {
        let mut select = events::Entity::find()
            .filter(events::Column::OrgId.eq(org_id))
            .filter(matching(&query.filter));
        if let Some(after) = query.after {
            select = select.filter(events::Column::Sequence.gt(after));
        }
        if let Some(before) = query.before {
            select = select.filter(events::Column::Sequence.lt(before));
        }
        select = if query.newest_first {
            select.order_by_desc(events::Column::Sequence)
        } else {
            select.order_by_asc(events::Column::Sequence)
        };
        let rows = select.limit(query.limit).all(&self.reader).await?;
        rows.into_iter().map(decode_row).collect()
    }

    async fn requests_changed(&self, org_id: &OrgId, after: i64, upto: i64, limit: u64) -> Result<Option<Vec<String>>> {
        let ids: Vec<String> = events::Entity::find()
            .select_only()
            .column(events::Column::AccessRequestId)
            .filter(events::Column::OrgId.eq(org_id))
            .filter(events::Column::Sequence.gt(after))
            .filter(events::Column::Sequence.lte(upto))
            .filter(events::Column::AccessRequestId.ne(""))
            .limit(limit + 1)
            .into_tuple()
            .all(&self.reader)
            .await?;
        if ids.len() as u64 > limit {
            return Ok(None);
        }
        let unique: std::collections::BTreeSet<String> = ids.into_iter().collect();
        Ok(Some(unique.into_iter().collect()))
    }

    async fn last_event_sequence(&self, org_id: &OrgId) -> Result<i64> {
        let stream = event_streams::Entity::find_by_id(org_id.to_string())
            .one(&self.reader)
            .await?;
        Ok(stream.map_or(0, |s| s.last_sequence))
    }
}
