//! Directory writes, as methods of a [`DirectoryWrite`]: each runs inside
//! the caller's transaction and starts by taking the org's directory lock
//! ([`DirectoryWrite::lock_org`]), so the checks it makes hold for the state
//! it commits on.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait,
    ActiveValue::Set,
    ColumnTrait, DatabaseTransaction, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::{Expr, ExprTrait, OnConflict},
};

use super::{
    read,
    rows::{self, CHUNK},
};
use crate::{
    domain::{
        directory::{
            DirectoryBatch, DirectoryUser, Group, GroupMembers, Membership, OnCallRoster, Ownership, OwnershipKey,
            RosterKey, User,
            audit::Prior,
            references::{self, references},
        },
        ids::OrgId,
    },
    error::{Error, Reason, Result},
    store::{
        NewEvent,
        entities::{
            directory_group_members as members, directory_groups as groups, directory_on_call_members as on_call,
            directory_on_call_rosters as rosters, directory_owners as owners, directory_ownerships as ownerships,
            directory_revisions as revisions, directory_users as users, request_configs,
        },
    },
};

/// One directory write: its transaction, its org and its instant.
#[derive(Clone, Copy)]
pub(super) struct DirectoryWrite<'a> {
    txn: &'a DatabaseTransaction,
    org: &'a OrgId,
    at: DateTime<Utc>,
}

impl<'a> DirectoryWrite<'a> {
    /// The write that records `event`, at its instant.
    pub(super) fn of(txn: &'a DatabaseTransaction, org: &'a OrgId, event: &NewEvent) -> Self {
        Self {
            txn,
            org,
            at: event.occurred_at,
        }
    }
}

/// Inserts `rows` a chunk at a time.
async fn insert_all<A>(txn: &DatabaseTransaction, rows: Vec<A>, on_conflict: Option<OnConflict>) -> Result<()>
where
    A: ActiveModelTrait + Send,
{
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let chunk: Vec<A> = rows.by_ref().take(CHUNK).collect();
        let mut insert = A::Entity::insert_many(chunk);
        if let Some(on_conflict) = &on_conflict {
            insert = insert.on_conflict(on_conflict.clone());
        }
        insert.exec_without_returning(txn).await?;
    }
    Ok(())
}

/// The rows of objects stored as a parent row with member rows (a roster
/// and who is on call, an ownership and its owners).
struct WithMembers<P, M: EntityTrait> {
    parents: Vec<P>,
    /// How a parent that exists already is updated.
    upsert: OnConflict,
    /// Each parent's key, naming the member rows it replaces.
    keys: Vec<(String, String)>,
    /// The member table's org and key columns.
    member_key: [M::Column; 3],
    members: Vec<M::ActiveModel>,
}

/// The primary key of a membership's row.
fn member_key(org: &OrgId, m: &Membership) -> (String, String, String) {
    (org.to_string(), m.group_id.to_string(), m.user_id.to_string())
}

/// How many direct reports a refusal to delete their manager names.
const REPORTS_NAMED: u64 = 5;

impl DirectoryWrite<'_> {
    /// Bumps the org's directory revision. On PostgreSQL the upsert locks the
    /// org's row until the transaction ends, so directory writes of one org
    /// queue up behind each other; without it, two concurrent writes could each
    /// pass the manager-cycle check against the other's old state and commit a
    /// cycle together. (SQLite allows one writer at a time anyway.)
    async fn lock_org(&self) -> Result<()> {
        let Self { txn, org, at } = *self;
        let row = revisions::ActiveModel {
            org_id: Set(org.to_string()),
            revision: Set(1),
            updated_at: Set(at),
        };
        revisions::Entity::insert(row)
            .on_conflict(
                OnConflict::column(revisions::Column::OrgId)
                    .value(
                        revisions::Column::Revision,
                        Expr::col((revisions::Entity, revisions::Column::Revision)).add(1),
                    )
                    .update_column(revisions::Column::UpdatedAt)
                    .to_owned(),
            )
            .exec_without_returning(txn)
            .await?;
        Ok(())
    }

    /// Applies an upsert batch: checks its references against the state it
    /// commits on, reads what it replaces (for the audit event), then writes
    /// users, groups, member lists, rosters and ownerships, in that order.
    pub(super) async fn upsert(&self, batch: &DirectoryBatch) -> Result<Prior> {
        let Self { txn, org, .. } = *self;
        self.lock_org().await?;
        let snapshot = read::snapshot(txn, org, &references(batch)).await?;
        references::check(batch, &snapshot)?;
        let prior = self.prior(batch).await?;
        self.write_users(&batch.users).await?;
        self.write_groups(&batch.groups).await?;
        self.replace_members(&batch.group_members).await?;
        self.write_rosters(&batch.on_call_rosters).await?;
        self.write_ownerships(&batch.ownerships).await?;
        Ok(prior)
    }

    /// The stored versions of what `batch` replaces.
    async fn prior(&self, batch: &DirectoryBatch) -> Result<Prior> {
        let Self { txn, org, .. } = *self;
        let user_ids: Vec<String> = batch.users.iter().map(|u| u.id.to_string()).collect();
        let group_ids: Vec<String> = batch.groups.iter().map(|g| g.id.to_string()).collect();
        let listed_groups: Vec<String> = batch.group_members.iter().map(|m| m.group_id.to_string()).collect();
        // Only groups that existed had a member list to replace.
        let existed: Vec<String> = read::groups_by_ids(txn, org, &listed_groups)
            .await?
            .into_iter()
            .map(|g| g.id.into())
            .collect();
        let mut old_members = read::members_of(txn, org, &existed).await?;
        let roster_keys: Vec<RosterKey> = batch.on_call_rosters.iter().map(OnCallRoster::key).collect();
        let ownership_keys: Vec<OwnershipKey> = batch.ownerships.iter().map(|o| o.key.clone()).collect();
        Ok(Prior {
            users: read::users_by_ids(txn, org, &user_ids).await?,
            groups: read::groups_by_ids(txn, org, &group_ids).await?,
            group_members: existed
                .into_iter()
                .map(|group_id| GroupMembers {
                    user_ids: old_members.remove(&group_id).unwrap_or_default(),
                    group_id: group_id.into(),
                })
                .collect(),
            on_call_rosters: read::rosters_by_keys(txn, org, &roster_keys).await?,
            ownerships: read::ownerships_by_keys(txn, org, &ownership_keys).await?,
        })
    }

    async fn write_users(&self, batch: &[User]) -> Result<()> {
        let Self { txn, org, at } = *self;
        let rows = batch
            .iter()
            .map(|u| rows::user_row(org, u, at))
            .collect::<Result<Vec<_>>>()?;
        // A replacement keeps the row's created_at.
        let replace = OnConflict::columns([users::Column::OrgId, users::Column::Id])
            .update_columns([
                users::Column::Email,
                users::Column::DisplayName,
                users::Column::ManagerId,
                users::Column::Attributes,
                users::Column::UpdatedAt,
            ])
            .to_owned();
        insert_all(txn, rows, Some(replace)).await
    }

    async fn write_groups(&self, batch: &[Group]) -> Result<()> {
        let Self { txn, org, at } = *self;
        let rows = batch.iter().map(|g| rows::group_row(org, g, at)).collect();
        let replace = OnConflict::columns([groups::Column::OrgId, groups::Column::Id])
            .update_columns([
                groups::Column::DisplayName,
                groups::Column::Directory,
                groups::Column::UpdatedAt,
            ])
            .to_owned();
        insert_all(txn, rows, Some(replace)).await
    }

    /// Replaces whole member lists: delete the old, insert the new.
    async fn replace_members(&self, lists: &[GroupMembers]) -> Result<()> {
        let Self { txn, org, .. } = *self;
        let group_ids: Vec<String> = lists.iter().map(|m| m.group_id.to_string()).collect();
        for chunk in group_ids.chunks(CHUNK) {
            members::Entity::delete_many()
                .filter(members::Column::OrgId.eq(org))
                .filter(members::Column::GroupId.is_in(chunk.iter().cloned()))
                .exec(txn)
                .await?;
        }
        let rows = lists
            .iter()
            .flat_map(|m| m.user_ids.iter().map(|u| rows::member_row(org, &m.group_id, u)))
            .collect();
        insert_all(txn, rows, None).await
    }

    /// Replaces the member rows (on-call entries, owners) of the objects named
    /// by `keys` with `rows`; `columns` are the member table's org and key
    /// columns.
    async fn replace_by_key<E: EntityTrait>(
        &self,
        keys: &[(String, String)],
        columns: [E::Column; 3],
        rows: Vec<E::ActiveModel>,
    ) -> Result<()>
    where
        E::ActiveModel: Send,
    {
        let Self { txn, org, .. } = *self;
        let [org_column, first, second] = columns;
        for chunk in keys.chunks(CHUNK / 2) {
            E::delete_many()
                .filter(org_column.eq(org))
                .filter(read::any_pair(first, second, chunk))
                .exec(txn)
                .await?;
        }
        insert_all(txn, rows, None).await
    }

    /// Upserts the parents, then replaces each one's members whole.
    async fn write_with_members<P, M>(&self, rows: WithMembers<P, M>) -> Result<()>
    where
        P: ActiveModelTrait + Send,
        M: EntityTrait,
        M::ActiveModel: Send,
    {
        let Self { txn, .. } = *self;
        insert_all(txn, rows.parents, Some(rows.upsert)).await?;
        self.replace_by_key::<M>(&rows.keys, rows.member_key, rows.members)
            .await
    }

    async fn write_rosters(&self, batch: &[OnCallRoster]) -> Result<()> {
        let Self { org, at, .. } = *self;
        let parent_key = [
            rosters::Column::OrgId,
            rosters::Column::Integration,
            rosters::Column::Service,
        ];
        let rows = WithMembers::<_, on_call::Entity> {
            parents: batch
                .iter()
                .map(|r| rows::roster_row(org, &r.integration, &r.service, at))
                .collect(),
            upsert: OnConflict::columns(parent_key)
                .update_column(rosters::Column::UpdatedAt)
                .to_owned(),
            keys: batch
                .iter()
                .map(|r| (r.integration.clone(), r.service.clone()))
                .collect(),
            member_key: [
                on_call::Column::OrgId,
                on_call::Column::Integration,
                on_call::Column::Service,
            ],
            members: batch
                .iter()
                .flat_map(|r| {
                    r.user_ids
                        .iter()
                        .map(|u| rows::on_call_row(org, &r.integration, &r.service, u))
                })
                .collect(),
        };
        self.write_with_members(rows).await
    }

    async fn write_ownerships(&self, batch: &[Ownership]) -> Result<()> {
        let Self { org, at, .. } = *self;
        let parent_key = [
            ownerships::Column::OrgId,
            ownerships::Column::Service,
            ownerships::Column::ResourceId,
        ];
        let rows = WithMembers::<_, owners::Entity> {
            parents: batch.iter().map(|o| rows::ownership_row(org, &o.key, at)).collect(),
            upsert: OnConflict::columns(parent_key)
                .update_columns([ownerships::Column::Kind, ownerships::Column::UpdatedAt])
                .to_owned(),
            keys: batch
                .iter()
                .map(|o| (o.key.service.clone(), rows::resource_column(&o.key)))
                .collect(),
            member_key: [
                owners::Column::OrgId,
                owners::Column::Service,
                owners::Column::ResourceId,
            ],
            members: batch
                .iter()
                .flat_map(|o| o.owner_ids.iter().map(|u| rows::owner_row(org, &o.key, u)))
                .collect(),
        };
        self.write_with_members(rows).await
    }

    /// Deletes a user; their memberships and roster entries go with them
    /// (`ON DELETE CASCADE`). Returns the user as they were.
    pub(super) async fn delete_user(&self, id: &str) -> Result<DirectoryUser> {
        let Self { txn, org, .. } = *self;
        self.lock_org().await?;
        let user = read::directory_user(txn, org, id)
            .await?
            .ok_or_else(|| Error::NotFound(format!("user {id:?}")))?;
        let reports = users::Entity::find()
            .filter(users::Column::OrgId.eq(org))
            .filter(users::Column::ManagerId.eq(id));
        let count = reports.clone().count(txn).await?;
        if count > 0 {
            let named: Vec<String> = reports
                .select_only()
                .column(users::Column::Id)
                .order_by_asc(users::Column::Id)
                .limit(REPORTS_NAMED)
                .into_tuple()
                .all(txn)
                .await?;
            let more = if count > REPORTS_NAMED {
                format!(" and {} more", count - REPORTS_NAMED)
            } else {
                String::new()
            };
            return Err(Error::FailedPrecondition {
                reason: Reason::UserInUse,
                message: format!(
                    "user {id} is the manager of {}{more}; give them another manager (or none) first",
                    named.join(", ")
                ),
                retry_after: None,
            });
        }
        let is_fallback_approver = request_configs::Entity::find_by_id(org.to_string())
            .filter(request_configs::Column::FallbackApproverId.eq(id))
            .count(txn)
            .await?
            > 0;
        if is_fallback_approver {
            return Err(Error::FailedPrecondition {
                reason: Reason::UserInUse,
                message: format!(
                    "user {id} is the fallback approver of the access-request config; name another one (or none) first"
                ),
                retry_after: None,
            });
        }
        self.drop_sole_ownerships(id).await?;
        users::Entity::delete_many()
            .filter(users::Column::OrgId.eq(org))
            .filter(users::Column::Id.eq(id))
            .exec(txn)
            .await?;
        Ok(user)
    }

    /// Deletes the ownerships whose only owner is `user_id`: an ownership must
    /// name at least one owner, so it goes with its last one.
    async fn drop_sole_ownerships(&self, user_id: &str) -> Result<()> {
        let Self { txn, org, .. } = *self;
        let owned: Vec<(String, String)> = owners::Entity::find()
            .select_only()
            .column(owners::Column::Service)
            .column(owners::Column::ResourceId)
            .filter(owners::Column::OrgId.eq(org))
            .filter(owners::Column::UserId.eq(user_id))
            .into_tuple()
            .all(txn)
            .await?;
        for (service, resource_id) in owned {
            let owner_count = owners::Entity::find()
                .filter(owners::Column::OrgId.eq(org))
                .filter(owners::Column::Service.eq(&service))
                .filter(owners::Column::ResourceId.eq(&resource_id))
                .count(txn)
                .await?;
            if owner_count == 1 {
                ownerships::Entity::delete_by_id((org.to_string(), service, resource_id))
                    .exec(txn)
                    .await?;
            }
        }
        Ok(())
    }

    /// Deletes a group; its memberships go with it. Returns it as it was.
    pub(super) async fn delete_group(&self, id: &str) -> Result<Group> {
        let Self { txn, org, .. } = *self;
        self.lock_org().await?;
        let group = read::group(txn, org, id)
            .await?
            .ok_or_else(|| Error::NotFound(format!("group {id:?}")))?;
        groups::Entity::delete_by_id((org.to_string(), id.to_string()))
            .exec(txn)
            .await?;
        Ok(group)
    }

    /// Fails with NOT_FOUND unless the group exists.
    async fn require_group(&self, group_id: &str) -> Result<()> {
        let Self { txn, org, .. } = *self;
        match read::group(txn, org, group_id).await? {
            Some(_) => Ok(()),
            None => Err(Error::NotFound(format!("group {group_id:?}"))),
        }
    }

    async fn is_member(&self, m: &Membership) -> Result<bool> {
        let key = member_key(self.org, m);
        Ok(members::Entity::find_by_id(key).one(self.txn).await?.is_some())
    }

    /// Adds a member unless they are one already. Returns whether they were.
    pub(super) async fn add_member(&self, m: &Membership) -> Result<bool> {
        let Self { txn, org, .. } = *self;
        self.lock_org().await?;
        self.require_group(&m.group_id).await?;
        if read::user(txn, org, &m.user_id).await?.is_none() {
            return Err(Error::NotFound(format!("user {:?}", m.user_id.as_str())));
        }
        let was_member = self.is_member(m).await?;
        if !was_member {
            members::Entity::insert(rows::member_row(org, &m.group_id, &m.user_id))
                .exec_without_returning(txn)
                .await?;
        }
        Ok(was_member)
    }

    /// Removes a member if they are one. Returns whether they were.
    pub(super) async fn remove_member(&self, m: &Membership) -> Result<bool> {
        self.lock_org().await?;
        self.require_group(&m.group_id).await?;
        let key = member_key(self.org, m);
        let removed = members::Entity::delete_by_id(key).exec(self.txn).await?.rows_affected;
        Ok(removed > 0)
    }

    /// Deletes a roster; who was on call goes with it. Returns it as it was.
    pub(super) async fn delete_roster(&self, key: &RosterKey) -> Result<OnCallRoster> {
        let Self { txn, org, .. } = *self;
        self.lock_org().await?;
        let roster = read::rosters_by_keys(txn, org, std::slice::from_ref(key))
            .await?
            .pop()
            .ok_or_else(|| Error::NotFound(format!("on-call roster {}", key.quoted())))?;
        rosters::Entity::delete_by_id((org.to_string(), key.integration.clone(), key.service.clone()))
            .exec(txn)
            .await?;
        Ok(roster)
    }

    /// Deletes an ownership; its owner entries go with it. Returns it as it was.
    pub(super) async fn delete_ownership(&self, key: &OwnershipKey) -> Result<Ownership> {
        let Self { txn, org, .. } = *self;
        self.lock_org().await?;
        let ownership = read::ownerships_by_keys(txn, org, std::slice::from_ref(key))
            .await?
            .pop()
            .ok_or_else(|| Error::NotFound(format!("ownership of {:?}", key.subject_id())))?;
        ownerships::Entity::delete_by_id((org.to_string(), key.service.clone(), rows::resource_column(key)))
            .exec(txn)
            .await?;
        Ok(ownership)
    }
}
