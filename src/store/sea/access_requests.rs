//! Access requests: one row per request holding its JSON document, plus the
//! columns queried by listing, idempotency, cooldowns and the scheduler.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, DbBackend, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, SqlErr, TransactionTrait,
};

use super::{SeaStore, document, events::insert_events};
use crate::{
    domain::{
        access_request::{AccessRequest, State, schedule::next_due},
        directory::ids::UserId,
        evaluation::{PolicyKind, PriorGrant},
        ids::OrgId,
    },
    error::{Error, Result},
    store::{
        AccessRequestStore, Filed, Listed, NewEvent, OrgVersions, RequestQuery, entities::access_requests as rows,
    },
};

fn encode_document(request: &AccessRequest) -> Result<String> {
    document::to_text(&format!("access request {}", request.id), request)
}

fn encode(request: &AccessRequest) -> Result<rows::ActiveModel> {
    let document = encode_document(request)?;
    Ok(rows::ActiveModel {
        id: Set(request.id.clone()),
        org_id: Set(request.org_id.to_string()),
        requester_id: Set(request.requester.id.to_string()),
        target_user_id: Set(request.target_user.id.to_string()),
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

/// A filing evaluated against a policy that changed before it committed.
fn stale_policy() -> Error {
    Error::Conflict("the org's configuration or directory changed while the request was evaluated".into())
}

fn decode(row: rows::Model) -> Result<AccessRequest> {
    document::from_text(&format!("access request {}", row.id), &row.document)
}

fn decode_all(found: Vec<rows::Model>) -> Result<Vec<AccessRequest>> {
    found.into_iter().map(decode).collect()
}

async fn find_by_client_key(
    db: &impl ConnectionTrait,
    org_id: &OrgId,
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
    #[tracing::instrument(name = "db", skip_all, fields(otel.kind = "client", db.operation.name = "file_access_request"))]
    async fn file_access_request(
        &self,
        request: &AccessRequest,
        events: Vec<NewEvent>,
        basis: OrgVersions,
    ) -> Result<Filed> {
        let key = request.client_request_id.as_str();
        if self.db.get_database_backend() == DbBackend::Postgres && !events.is_empty() {
            return match one_statement::file(&self.db, request, &events, basis).await {
                Ok(Some(versions)) => {
                    self.committed(&request.org_id, versions);
                    Ok(Filed::New(request.clone()))
                }
                Ok(None) => {
                    // Stale: nothing was written; learn where the org is.
                    self.committed(&request.org_id, self.org_versions_now(&request.org_id).await?);
                    Err(stale_policy())
                }
                Err(err) if matches!(err.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) && !key.is_empty() => {
                    let first = find_by_client_key(&self.db, &request.org_id, &request.requester.id, key).await?;
                    first.map(Filed::Existing).ok_or_else(|| {
                        Error::Aborted("a concurrent request with the same request_id was rolled back; retry".into())
                    })
                }
                Err(err) => Err(err.into()),
            };
        }
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
            return Err(stale_policy());
        }
        txn.commit().await?;
        if let Some(versions) = versions {
            self.committed(&request.org_id, versions);
        }
        Ok(Filed::New(request.clone()))
    }

    #[tracing::instrument(name = "db", skip_all, fields(otel.kind = "client", db.operation.name = "access_request"))]
    async fn access_request(&self, org_id: &OrgId, id: &str) -> Result<Option<AccessRequest>> {
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
        org_id: &OrgId,
        requester_id: &str,
        key: &str,
    ) -> Result<Option<AccessRequest>> {
        find_by_client_key(&self.reader, org_id, requester_id, key).await
    }

    #[tracing::instrument(name = "db", skip_all, fields(otel.kind = "client", db.operation.name = "list_access_requests"))]
    async fn list_access_requests(&self, org_id: &OrgId, query: &RequestQuery) -> Result<Listed<AccessRequest>> {
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
        if let Some(from) = query.created_from {
            select = select.filter(rows::Column::CreatedAt.gte(from));
        }
        if let Some(until) = query.created_until {
            select = select.filter(rows::Column::CreatedAt.lte(until));
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
        Ok(Listed {
            items: decode_all(found)?,
            total,
        })
    }

    async fn access_requests_in_state(&self, org_id: &OrgId, state: State) -> Result<Vec<AccessRequest>> {
        let found = rows::Entity::find()
            .filter(rows::Column::OrgId.eq(org_id))
            .filter(rows::Column::State.eq(state.as_str()))
            .order_by_desc(rows::Column::CreatedAt)
            .order_by_desc(rows::Column::Id)
            .all(&self.reader)
            .await?;
        decode_all(found)
    }

    #[tracing::instrument(name = "db", skip_all, fields(otel.kind = "client", db.operation.name = "update_access_request"))]
    async fn update_access_request(
        &self,
        request: &AccessRequest,
        events: Vec<NewEvent>,
        directory_basis: Option<OrgVersions>,
    ) -> Result<i64> {
        // The stored copy (the document too) carries the new revision.
        let revision = request.revision + 1;
        let mut changes = encode(&AccessRequest {
            revision,
            ..request.clone()
        })?;
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
            .filter(rows::Column::Revision.eq(request.revision))
            .exec(&txn)
            .await?;
        if done.rows_affected != 1 {
            txn.rollback().await?;
            return Err(Error::Conflict(format!(
                "access request {:?} changed after revision {}",
                request.id, request.revision
            )));
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
            return Err(Error::Conflict(
                "the org's directory changed after the caller was resolved".into(),
            ));
        }
        txn.commit().await?;
        if let Some(versions) = versions {
            self.committed(&request.org_id, versions);
        }
        Ok(revision)
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

    async fn access_requests_by_ids(&self, org_id: &OrgId, ids: &[String]) -> Result<Vec<AccessRequest>> {
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

    async fn prior_grants(
        &self,
        org_id: &OrgId,
        target_user_id: &UserId,
        resource_key: &str,
    ) -> Result<Vec<PriorGrant>> {
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
                user_id: target_user_id.clone(),
                granted_at,
            })
            .collect())
    }
}

/// Filing on PostgreSQL in one statement: the counter upsert that numbers
/// the events (and, conditional on the generations `basis` names, takes
/// the org's counter row lock), the request and its events, as one implicit
/// transaction. Four round trips (BEGIN, three statements, COMMIT) become
/// one, which matters most while the org's counter row is locked: its other
/// writers wait for exactly this statement and its commit.
mod one_statement {
    use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, DbErr, Statement, Value};

    use super::{encode_document, next_due};
    use crate::{
        domain::access_request::AccessRequest,
        store::{NewEvent, OrgVersions},
    };

    /// The org's position after the write; `None` when a configuration or
    /// directory change committed since `basis` (nothing was written).
    pub(super) async fn file(
        db: &DatabaseConnection,
        request: &AccessRequest,
        events: &[NewEvent],
        basis: OrgVersions,
    ) -> Result<Option<OrgVersions>, DbErr> {
        let mut values: Vec<Value> = vec![
            (&request.org_id).into(),
            (events.len() as i64).into(),
            basis.config.into(),
            basis.directory.into(),
            request.id.clone().into(),
            (&request.requester.id).into(),
            (&request.target_user.id).into(),
            Some(request.client_request_id.clone()).filter(|k| !k.is_empty()).into(),
            request.state.as_str().to_string().into(),
            request.resource.key().into(),
            super::approved_rule(request).into(),
            request.approved_at.into(),
            request.created.into(),
            request.updated.into(),
            next_due(request).into(),
            request.revision.into(),
            encode_document(request)
                .map_err(|e| DbErr::Custom(e.to_string()))?
                .into(),
        ];
        let mut rows = Vec::new();
        for (n, event) in events.iter().enumerate() {
            let at = values.len();
            rows.push(format!(
                "(${}, {}, ${}, ${}, ${}, ${}, ${}, ${}::timestamptz, ${}, ${}, ${}, ${})",
                at + 1,
                n + 1,
                at + 2,
                at + 3,
                at + 4,
                at + 5,
                at + 6,
                at + 7,
                at + 8,
                at + 9,
                at + 10,
                at + 11
            ));
            values.extend([
                event.id.clone().into(),
                event.kind.clone().into(),
                event.subject_type.clone().into(),
                event.subject_id.clone().into(),
                event.actor.clone().into(),
                event.request_id.clone().into(),
                event.occurred_at.into(),
                event.before.as_ref().map(|v| v.to_string()).into(),
                event.after.as_ref().map(|v| v.to_string()).into(),
                event.access_request_id.clone().into(),
                event.comment.clone().into(),
            ]);
        }
        let config_bump = events.iter().filter(|e| e.kind == "CONFIG_CHANGED").count();
        let directory_bump = events.iter().filter(|e| e.kind == "DIRECTORY_CHANGED").count();
        if config_bump + directory_bump > 0 {
            return Err(DbErr::Custom("a request's events never change configuration".into()));
        }
        let sql = format!(
            "WITH counter AS ( \
               INSERT INTO event_streams AS s (org_id, last_sequence, config_generation, directory_generation) \
               VALUES ($1, $2, 0, 0) \
               ON CONFLICT (org_id) DO UPDATE SET last_sequence = s.last_sequence + $2 \
                 WHERE s.config_generation = $3 AND s.directory_generation = $4 \
               RETURNING last_sequence, config_generation, directory_generation \
             ), request AS ( \
               INSERT INTO access_requests (id, org_id, requester_id, target_user_id, client_request_id, state, \
                 resource_key, approved_rule, approved_at, created_at, updated_at, next_due_at, revision, document) \
               SELECT $5, $1, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17 FROM counter \
               RETURNING 1 \
             ) \
             INSERT INTO events (id, org_id, sequence, kind, subject_type, subject_id, actor, request_id, occurred_at, \
               before, after, access_request_id, comment) \
             SELECT e.id, $1, counter.last_sequence - $2 + e.n, e.kind, e.subject_type, e.subject_id, e.actor, \
               e.request_id, e.occurred_at, e.before, e.after, e.access_request_id, e.comment \
             FROM counter, (VALUES {}) AS e(id, n, kind, subject_type, subject_id, actor, request_id, occurred_at, \
               before, after, access_request_id, comment) \
             RETURNING (SELECT last_sequence FROM counter), (SELECT config_generation FROM counter), \
               (SELECT directory_generation FROM counter)",
            rows.join(", ")
        );
        let written = db
            .query_all_raw(Statement::from_sql_and_values(DbBackend::Postgres, sql, values))
            .await?;
        let Some(row) = written.first() else { return Ok(None) };
        Ok(Some(OrgVersions {
            sequence: row.try_get_by_index(0)?,
            config: row.try_get_by_index(1)?,
            directory: row.try_get_by_index(2)?,
        }))
    }
}
