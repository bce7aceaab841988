//! The directory on sea-orm: queries in [`read`], writes in [`write`], row
//! conversions in [`rows`]. This file only opens and finishes transactions
//! and records each write's event in the same one.

mod read;
mod rows;
mod write;

use async_trait::async_trait;
use sea_orm::{DatabaseTransaction, TransactionTrait};

use self::write::DirectoryWrite;
use super::{SeaStore, events::insert_event};
use crate::{
    domain::{
        directory::{
            BatchCounts, DirectoryBatch, DirectoryUser, Group, Membership, OnCallRoster, Ownership, OwnershipKey,
            RosterKey, User, audit,
            ids::{GroupId, UserId},
            references::{References, Snapshot},
        },
        evaluation::DirectoryView,
        ids::OrgId,
        pagination::Page,
    },
    error::{Error, Result},
    store::{DirectoryStore, Listed, NewEvent, OrgVersions},
};

impl SeaStore {
    /// Commits `txn` if `result` is a success (and learns the org's new
    /// position), else rolls it back and returns the error (a failed
    /// rollback means a broken connection, which the pool discards; the
    /// client needs the original error).
    async fn finish<T>(&self, txn: DatabaseTransaction, org: &OrgId, result: Result<(T, OrgVersions)>) -> Result<T> {
        match result {
            Ok((value, versions)) => {
                txn.commit().await?;
                self.committed(org, versions);
                Ok(value)
            }
            Err(error) => {
                txn.rollback().await.ok();
                Err(error)
            }
        }
    }

    /// Ends a write of one object that `change` made in `txn`: records
    /// `event` with what it replaced and wrote (`before`, `after`) and
    /// commits, or rolls back on the change's error.
    async fn record(
        &self,
        txn: DatabaseTransaction,
        org: &OrgId,
        mut event: NewEvent,
        change: Result<Audited>,
    ) -> Result<()> {
        let result = match change {
            Ok((before, after)) => {
                (event.before, event.after) = (before, after);
                insert_event(&txn, &event).await.map(|v| ((), v))
            }
            Err(error) => Err(error),
        };
        self.finish(txn, org, result).await
    }

    /// Applies `batch` in a transaction of its own with its event.
    async fn upsert_batch(&self, org: &OrgId, batch: &DirectoryBatch, event: NewEvent) -> Result<()> {
        let txn = self.db.begin().await?;
        let result = upsert_recorded(&txn, org, batch, event).await.map(|v| ((), v));
        self.finish(txn, org, result).await
    }
}

/// What a single write replaced and wrote, as its event records them.
type Audited = (Option<serde_json::Value>, Option<serde_json::Value>);

/// Applies `batch` and records `event` with what it replaced and wrote.
async fn upsert_recorded(
    txn: &DatabaseTransaction,
    org: &OrgId,
    batch: &DirectoryBatch,
    mut event: NewEvent,
) -> Result<OrgVersions> {
    let prior = DirectoryWrite::of(txn, org, &event).upsert(batch).await?;
    (event.before, event.after) = audit::upsert(batch, &prior);
    // A user reads back with their groups, which an upsert keeps: both
    // sides of a single user's event carry them, as its REST GET does.
    if let (true, [written]) = (batch.is_single(), batch.users.as_slice())
        && let Some(stored) = read::directory_user(txn, org, &written.id).await?
    {
        let groups = serde_json::json!(sorted(stored.group_ids.clone()));
        event.after = Some(audit::directory_user(&stored));
        if let Some(before) = event.before.as_mut() {
            before["groupIds"] = groups;
        }
    }
    insert_event(txn, &event).await
}

/// `ids` sorted, as the store reads lists back.
fn sorted<T: Ord>(mut ids: Vec<T>) -> Vec<T> {
    ids.sort_unstable();
    ids
}

#[async_trait]
impl DirectoryStore for SeaStore {
    async fn user(&self, org_id: &OrgId, id: &UserId) -> Result<Option<DirectoryUser>> {
        read::directory_user(&self.reader, org_id, id).await
    }

    async fn users(&self, org_id: &OrgId, manager_id: Option<&UserId>, page: Page) -> Result<Listed<DirectoryUser>> {
        read::user_page(&self.reader, org_id, manager_id, page).await
    }

    async fn group(&self, org_id: &OrgId, id: &GroupId) -> Result<Option<Group>> {
        read::group(&self.reader, org_id, id).await
    }

    async fn groups(&self, org_id: &OrgId, page: Page) -> Result<Listed<Group>> {
        read::group_page(&self.reader, org_id, page).await
    }

    async fn group_members(
        &self,
        org_id: &OrgId,
        group_id: &GroupId,
        page: Page,
    ) -> Result<Option<Listed<DirectoryUser>>> {
        if read::group(&self.reader, org_id, group_id).await?.is_none() {
            return Ok(None);
        }
        read::member_page(&self.reader, org_id, group_id, page).await.map(Some)
    }

    async fn on_call_roster(&self, org_id: &OrgId, key: &RosterKey) -> Result<Option<OnCallRoster>> {
        Ok(read::rosters_by_keys(&self.reader, org_id, std::slice::from_ref(key))
            .await?
            .pop())
    }

    async fn on_call_rosters(
        &self,
        org_id: &OrgId,
        integration: Option<&str>,
        page: Page,
    ) -> Result<Listed<OnCallRoster>> {
        read::roster_page(&self.reader, org_id, integration, page).await
    }

    async fn ownership(&self, org_id: &OrgId, key: &OwnershipKey) -> Result<Option<Ownership>> {
        Ok(
            read::ownerships_by_keys(&self.reader, org_id, std::slice::from_ref(key))
                .await?
                .pop(),
        )
    }

    async fn ownerships(&self, org_id: &OrgId, service: Option<&str>, page: Page) -> Result<Listed<Ownership>> {
        read::ownership_page(&self.reader, org_id, service, page).await
    }

    #[tracing::instrument(name = "db", skip_all, fields(otel.kind = "client", db.operation.name = "directory_view"))]
    async fn directory_view(&self, org_id: &OrgId) -> Result<DirectoryView> {
        let txn = self.begin_snapshot().await?;
        let result = read::whole(&txn, org_id).await;
        // Read-only: commit or roll back, it ends the same.
        txn.commit().await?;
        result
    }

    #[tracing::instrument(name = "db", skip_all, fields(otel.kind = "client", db.operation.name = "directory_snapshot"))]
    async fn directory_snapshot(&self, org_id: &OrgId, references: &References) -> Result<Snapshot> {
        read::snapshot(&self.reader, org_id, references).await
    }

    async fn upsert_user(&self, org_id: &OrgId, user: User, event: NewEvent) -> Result<DirectoryUser> {
        let id = user.id.clone();
        let txn = self.db.begin().await?;
        let result = async {
            let versions = upsert_recorded(&txn, org_id, &DirectoryBatch::of_user(user), event).await?;
            // A plain read after the event: it takes no lock, so the event
            // counter is still the last lock this transaction takes.
            let user = read::directory_user(&txn, org_id, &id)
                .await?
                .ok_or_else(|| Error::Internal(format!("user {id:?} is missing right after its upsert")))?;
            Ok((user, versions))
        }
        .await;
        self.finish(txn, org_id, result).await
    }

    async fn upsert_group(&self, org_id: &OrgId, group: Group, event: NewEvent) -> Result<Group> {
        let batch = DirectoryBatch::of_group(group.clone());
        self.upsert_batch(org_id, &batch, event).await.map(|()| group)
    }

    async fn upsert_on_call_roster(
        &self,
        org_id: &OrgId,
        mut roster: OnCallRoster,
        event: NewEvent,
    ) -> Result<OnCallRoster> {
        roster.user_ids.sort_unstable();
        let batch = DirectoryBatch::of_roster(roster.clone());
        self.upsert_batch(org_id, &batch, event).await.map(|()| roster)
    }

    async fn upsert_ownership(&self, org_id: &OrgId, mut ownership: Ownership, event: NewEvent) -> Result<Ownership> {
        ownership.owner_ids.sort_unstable();
        let batch = DirectoryBatch::of_ownership(ownership.clone());
        self.upsert_batch(org_id, &batch, event).await.map(|()| ownership)
    }

    async fn batch_upsert(&self, org_id: &OrgId, batch: DirectoryBatch, event: NewEvent) -> Result<BatchCounts> {
        self.upsert_batch(org_id, &batch, event).await.map(|()| batch.counts())
    }

    async fn delete_user(&self, org_id: &OrgId, id: &UserId, event: NewEvent) -> Result<()> {
        let txn = self.db.begin().await?;
        let deleted = DirectoryWrite::of(&txn, org_id, &event).delete_user(id).await;
        let change = deleted.map(|d| (Some(audit::directory_user(&d)), None));
        self.record(txn, org_id, event, change).await
    }

    async fn delete_group(&self, org_id: &OrgId, id: &GroupId, event: NewEvent) -> Result<()> {
        let txn = self.db.begin().await?;
        let deleted = DirectoryWrite::of(&txn, org_id, &event).delete_group(id).await;
        let change = deleted.map(|d| (Some(audit::group(&d)), None));
        self.record(txn, org_id, event, change).await
    }

    async fn add_group_member(&self, org_id: &OrgId, membership: &Membership, event: NewEvent) -> Result<()> {
        let txn = self.db.begin().await?;
        let was_member = DirectoryWrite::of(&txn, org_id, &event).add_member(membership).await;
        let after = audit::group_member(membership);
        let change = was_member.map(|was| (was.then(|| after.clone()), Some(after)));
        self.record(txn, org_id, event, change).await
    }

    async fn remove_group_member(&self, org_id: &OrgId, membership: &Membership, event: NewEvent) -> Result<()> {
        let txn = self.db.begin().await?;
        let was_member = DirectoryWrite::of(&txn, org_id, &event).remove_member(membership).await;
        let change = was_member.map(|was| (was.then(|| audit::group_member(membership)), None));
        self.record(txn, org_id, event, change).await
    }

    async fn delete_on_call_roster(&self, org_id: &OrgId, key: &RosterKey, event: NewEvent) -> Result<()> {
        let txn = self.db.begin().await?;
        let deleted = DirectoryWrite::of(&txn, org_id, &event).delete_roster(key).await;
        let change = deleted.map(|d| (Some(audit::roster(&d)), None));
        self.record(txn, org_id, event, change).await
    }

    async fn delete_ownership(&self, org_id: &OrgId, key: &OwnershipKey, event: NewEvent) -> Result<()> {
        let txn = self.db.begin().await?;
        let deleted = DirectoryWrite::of(&txn, org_id, &event).delete_ownership(key).await;
        let change = deleted.map(|d| (Some(audit::ownership(&d)), None));
        self.record(txn, org_id, event, change).await
    }
}
