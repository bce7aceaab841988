//! Access requests: one row per request holding its JSON document, plus the
//! columns queried by listing, idempotency, cooldowns and the scheduler.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, SqlErr, TransactionTrait,
};

use super::{SeaStore, events::insert_events};
use crate::{
    domain::{
        access_request::{AccessRequest, State, schedule::next_due},
        evaluation::{PolicyKind, PriorGrant},
    },
    error::{Error, Result},
    store::{
        AccessRequestStore, Filed, NewEvent, OrgVersions, RequestQuery, Updated, entities::access_requests as rows,
    },
};

fn encode(request: &AccessRequest) -> Result<rows::ActiveModel> {
    let document = serde_json::to_string(request)
        .map_err(|e| Error::Internal(format!("cannot encode access request {}: {e}", request.id)))?;
    Ok(rows::ActiveModel {
        id: Set(request.id.clone()),
        org_id: Set(request.org_id.clone()),
        requester_id: Set(request.requester.id.clone()),
        target_user_id: Set(request.target_user.id.clone()),
        client_request_id: Set(Some(request.client_request_id.clone()).filter(|k| !k.is_empty())),
        state: Set(request.state.as_str().to_string()),
        resource_key: Set(request.resource.key()),
        approved_rule: Set(approved_rule(request)),
        approved_at: Set(request.approved_at),
        created_at: Set(request.created),
        updated_at: Set(request.updated),
        next_due_at: Set(next_due(request)),
        revision: Set(request.revision),
        document: Set(document),
    })
}

/// The routing rule a granted request was approved through: cooldowns are
/// per rule.
fn approved_rule(request: &AccessRequest) -> Option<String> {
    let path = request.plan.paths.get(request.approved_via?)?;
    (path.policy_kind == PolicyKind::RoutingRule).then(|| path.policy_id.clone())
}

fn decode(row: rows::Model) -> Result<AccessRequest> {
    serde_json::from_str(&row.document)
        .map_err(|e| Error::Internal(format!("access request {} has an unreadable document: {e}", row.id)))
}

fn decode_all(found: Vec<rows::Model>) -> Result<Vec<AccessRequest>> {
    found.into_iter().map(decode).collect()
}

async fn find_by_client_key(
    db: &impl ConnectionTrait,
    org_id: &str,
    requester_id: &str,
    key: &str,
) -> Result<Option<AccessRequest>> {
    rows::Entity::find()
        .filter(rows::Column::OrgId.eq(org_id))
        .filter(rows::Column::RequesterId.eq(requester_id))
        .filter(rows::Column::ClientRequestId.eq(key))
        .one(db)
        .await?
        .map(decode)
        .transpose()
}

#[async_trait]
impl AccessRequestStore for SeaStore {
    async fn file_access_request(
        &self,
        request: &AccessRequest,
        events: Vec<NewEvent>,
        basis: OrgVersions,
    ) -> Result<Filed> {
        let key = request.client_request_id.as_str();
        let txn = self.db.begin().await?;
        if let Err(err) = rows::Entity::insert(encode(request)?).exec(&txn).await {
            txn.rollback().await?;
            // A concurrent retry with the same key committed first: answer
            // with its request, as a sequential retry would get.
            if matches!(err.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) && !key.is_empty() {
                let first = find_by_client_key(&self.db, &request.org_id, &request.requester.id, key).await?;
                return first.map(Filed::Existing).ok_or_else(|| {
                    Error::Aborted("a concurrent request with the same request_id was rolled back; retry".into())
                });
            }
            return Err(err.into());
        }
        let versions = insert_events(&txn, &events).await?;
        // The counter row is locked from here to the commit, so no
        // configuration or directory change can commit in between: if none
        // committed since `basis`, the request was evaluated against the
        // policy in force when it is stored. (Only fixtures file a request
        // without events, and with them nothing to check against.)
        if let Some(versions) = versions
            && !versions.same_policy(&basis)
        {
            txn.rollback().await?;
            let before = OrgVersions {
                sequence: versions.sequence - events.len() as i64,
                ..versions
            };
            self.committed(&request.org_id, before);
            return Ok(Filed::Stale);
        }
        txn.commit().await?;
        if let Some(versions) = versions {
            self.committed(&request.org_id, versions);
        }
        Ok(Filed::New(request.clone()))
    }

    async fn access_request(&self, org_id: &str, id: &str) -> Result<Option<AccessRequest>> {
        rows::Entity::find()
            .filter(rows::Column::OrgId.eq(org_id))
            .filter(rows::Column::Id.eq(id))
            .one(&self.reader)
            .await?
            .map(decode)
            .transpose()
    }

    async fn access_request_by_client_key(
        &self,
        org_id: &str,
        requester_id: &str,
        key: &str,
    ) -> Result<Option<AccessRequest>> {
        find_by_client_key(&self.reader, org_id, requester_id, key).await
    }

    async fn list_access_requests(&self, org_id: &str, query: &RequestQuery) -> Result<(Vec<AccessRequest>, u64)> {
        let mut select = rows::Entity::find().filter(rows::Column::OrgId.eq(org_id));
        if let Some(user) = &query.involving {
            select = select.filter(
                Condition::any()
                    .add(rows::Column::RequesterId.eq(user.as_str()))
                    .add(rows::Column::TargetUserId.eq(user.as_str())),
            );
        }
        if !query.states.is_empty() {
            select = select.filter(rows::Column::State.is_in(query.states.iter().map(|s| s.as_str())));
        }
        let txn = self.begin_snapshot().await?;
        let total = select.clone().count(&txn).await?;
        let found = select
            .order_by_desc(rows::Column::CreatedAt)
            .order_by_desc(rows::Column::Id)
            .offset(query.offset)
            .limit(query.limit)
            .all(&txn)
            .await?;
        txn.commit().await?;
        Ok((decode_all(found)?, total))
    }

    async fn access_requests_in_state(&self, org_id: &str, state: State) -> Result<Vec<AccessRequest>> {
        let found = rows::Entity::find()
            .filter(rows::Column::OrgId.eq(org_id))
            .filter(rows::Column::State.eq(state.as_str()))
            .order_by_desc(rows::Column::CreatedAt)
            .order_by_desc(rows::Column::Id)
            .all(&self.reader)
            .await?;
        decode_all(found)
    }

    async fn update_access_request(
        &self,
        request: &AccessRequest,
        events: Vec<NewEvent>,
        directory_basis: Option<OrgVersions>,
    ) -> Result<Updated> {
        let mut changes = encode(request)?;
        changes.id = sea_orm::ActiveValue::NotSet;
        changes.org_id = sea_orm::ActiveValue::NotSet;
        changes.created_at = sea_orm::ActiveValue::NotSet;
        let txn = self.db.begin().await?;
        // The revision in the WHERE clause is the concurrency check: whoever
        // changed the request first moved it on, and this write matches no
        // row. That is what makes every transition fire once, across
        // replicas too.
        let done = rows::Entity::update_many()
            .set(changes)
            .filter(rows::Column::OrgId.eq(&request.org_id))
            .filter(rows::Column::Id.eq(&request.id))
            .filter(rows::Column::Revision.eq(request.revision - 1))
            .exec(&txn)
            .await?;
        if done.rows_affected != 1 {
            txn.rollback().await?;
            return Ok(Updated::Lost);
        }
        let versions = insert_events(&txn, &events).await?;
        if let (Some(versions), Some(basis)) = (versions, directory_basis)
            && versions.directory != basis.directory
        {
            txn.rollback().await?;
            let before = OrgVersions {
                sequence: versions.sequence - events.len() as i64,
                ..versions
            };
            self.committed(&request.org_id, before);
            return Ok(Updated::Stale);
        }
        txn.commit().await?;
        if let Some(versions) = versions {
            self.committed(&request.org_id, versions);
        }
        Ok(Updated::Done)
    }

    async fn due_access_requests(&self, now: DateTime<Utc>, limit: u64) -> Result<Vec<AccessRequest>> {
        let found = rows::Entity::find()
            .filter(rows::Column::NextDueAt.is_not_null())
            .filter(rows::Column::NextDueAt.lte(now))
            .order_by_asc(rows::Column::NextDueAt)
            .order_by_asc(rows::Column::Id)
            .limit(limit)
            .all(&self.reader)
            .await?;
        // One unreadable document must not stop time for every other
        // request: it is logged (every pass, so it is noticed) and skipped.
        Ok(found
            .into_iter()
            .filter_map(|row| {
                decode(row)
                    .map_err(|e| tracing::error!(error = %e, "scheduler skips an unreadable access request"))
                    .ok()
            })
            .collect())
    }

    async fn access_requests_by_ids(&self, org_id: &str, ids: &[String]) -> Result<Vec<AccessRequest>> {
        let mut found = Vec::with_capacity(ids.len());
        // Chunked: SQLite binds at most 32,766 parameters per statement.
        for chunk in ids.chunks(500) {
            let rows = rows::Entity::find()
                .filter(rows::Column::OrgId.eq(org_id))
                .filter(rows::Column::Id.is_in(chunk.iter().map(String::as_str)))
                .all(&self.reader)
                .await?;
            found.extend(decode_all(rows)?);
        }
        Ok(found)
    }

    async fn prior_grants(&self, org_id: &str, target_user_id: &str, resource_key: &str) -> Result<Vec<PriorGrant>> {
        let found: Vec<(String, DateTime<Utc>)> = rows::Entity::find()
            .select_only()
            .column(rows::Column::ApprovedRule)
            .column(rows::Column::ApprovedAt)
            .filter(rows::Column::OrgId.eq(org_id))
            .filter(rows::Column::TargetUserId.eq(target_user_id))
            .filter(rows::Column::ResourceKey.eq(resource_key))
            .filter(rows::Column::ApprovedRule.is_not_null())
            .filter(rows::Column::ApprovedAt.is_not_null())
            .filter(rows::Column::State.is_in(State::ALL.iter().filter(|s| s.was_granted()).map(|s| s.as_str())))
            .into_tuple()
            .all(&self.reader)
            .await?;
        Ok(found
            .into_iter()
            .map(|(rule, granted_at)| PriorGrant {
                rule,
                resource_key: resource_key.to_string(),
                user_id: target_user_id.to_string(),
                granted_at,
            })
            .collect())
    }
}
