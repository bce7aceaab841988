//! Storage of the directory: users, groups and memberships, on-call rosters
//! and owners of one org.
//!
//! Every write is one transaction that first takes the org's directory lock
//! (so concurrent writes of one org apply one after the other), re-checks
//! the write's references against the state it will commit on (named users
//! and groups exist, no manager cycle:
//! [`references`](crate::domain::directory::references)), applies it and
//! records its event. A write that fails leaves nothing behind.
//!
//! User ids arrive as [`UserId`]s, folded where they were decoded, and are
//! stored and matched as such.

use async_trait::async_trait;

use super::{Listed, NewEvent};
use crate::{
    domain::{
        directory::{
            BatchCounts, DirectoryBatch, DirectoryUser, Group, Membership, OnCallRoster, Ownership, OwnershipKey,
            RosterKey, User,
            ids::{GroupId, UserId},
            references::{References, Snapshot},
        },
        evaluation::DirectoryView,
        ids::OrgId,
        pagination::Page,
    },
    error::Result,
};

/// The directory of each org. Lists are sorted by id (rosters by integration
/// then service, ownerships by service then resource id, service owners
/// first), byte-wise on every backend. Another org's objects do not exist.
///
/// Writes take an `event` whose `before` and `after` the store fills from
/// the stored state inside the transaction (as
/// [`audit`](crate::domain::directory::audit) shapes them), so the record
/// matches exactly what was replaced.
#[async_trait]
pub trait DirectoryStore {
    /// One user, with their groups.
    async fn user(&self, org_id: &OrgId, id: &UserId) -> Result<Option<DirectoryUser>>;

    /// A page of users; with `manager_id`, only that manager's direct
    /// reports.
    async fn users(&self, org_id: &OrgId, manager_id: Option<&UserId>, page: Page) -> Result<Listed<DirectoryUser>>;

    async fn group(&self, org_id: &OrgId, id: &GroupId) -> Result<Option<Group>>;

    async fn groups(&self, org_id: &OrgId, page: Page) -> Result<Listed<Group>>;

    /// A page of a group's members; `None` if the group does not exist.
    async fn group_members(
        &self,
        org_id: &OrgId,
        group_id: &GroupId,
        page: Page,
    ) -> Result<Option<Listed<DirectoryUser>>>;

    async fn on_call_roster(&self, org_id: &OrgId, key: &RosterKey) -> Result<Option<OnCallRoster>>;

    /// A page of rosters; with `integration`, only that integration's.
    async fn on_call_rosters(
        &self,
        org_id: &OrgId,
        integration: Option<&str>,
        page: Page,
    ) -> Result<Listed<OnCallRoster>>;

    async fn ownership(&self, org_id: &OrgId, key: &OwnershipKey) -> Result<Option<Ownership>>;

    /// A page of ownerships; with `service`, only that service's.
    async fn ownerships(&self, org_id: &OrgId, service: Option<&str>, page: Page) -> Result<Listed<Ownership>>;

    /// The org's whole directory as evaluation reads it: every user, every
    /// group membership, who is on call for each roster and the owners of
    /// each service and resource, read in one consistent snapshot (an
    /// evaluation must not see half of a concurrent batch).
    async fn directory_view(&self, org_id: &OrgId) -> Result<DirectoryView>;

    /// The stored state `references` need, read outside any write: for
    /// reporting reference violations beside shape violations. Writes read
    /// their own inside their transaction.
    async fn directory_snapshot(&self, org_id: &OrgId, references: &References) -> Result<Snapshot>;

    /// Creates or replaces a user (their groups are unchanged) and returns
    /// it as stored.
    async fn upsert_user(&self, org_id: &OrgId, user: User, event: NewEvent) -> Result<DirectoryUser>;

    /// Creates or replaces a group's attributes (members are unchanged).
    async fn upsert_group(&self, org_id: &OrgId, group: Group, event: NewEvent) -> Result<Group>;

    /// Creates or replaces a roster; returns it with its users sorted.
    async fn upsert_on_call_roster(
        &self,
        org_id: &OrgId,
        roster: OnCallRoster,
        event: NewEvent,
    ) -> Result<OnCallRoster>;

    /// Creates or replaces an ownership; returns it with its owners sorted.
    async fn upsert_ownership(&self, org_id: &OrgId, ownership: Ownership, event: NewEvent) -> Result<Ownership>;

    /// Applies a whole batch, users first, with one event: all of it or,
    /// on any failure, none of it.
    async fn batch_upsert(&self, org_id: &OrgId, batch: DirectoryBatch, event: NewEvent) -> Result<BatchCounts>;

    /// Deletes a user with their memberships, roster entries and ownerships
    /// (an ownership left without owners is deleted). NOT_FOUND if absent;
    /// FAILED_PRECONDITION while another user names them as manager.
    async fn delete_user(&self, org_id: &OrgId, id: &UserId, event: NewEvent) -> Result<()>;

    /// Deletes a group and its memberships. NOT_FOUND if absent.
    async fn delete_group(&self, org_id: &OrgId, id: &GroupId, event: NewEvent) -> Result<()>;

    /// Adds a member; adding one again succeeds. NOT_FOUND if the group or
    /// the user is absent.
    async fn add_group_member(&self, org_id: &OrgId, membership: &Membership, event: NewEvent) -> Result<()>;

    /// Removes a member; removing a non-member succeeds. NOT_FOUND if the
    /// group is absent.
    async fn remove_group_member(&self, org_id: &OrgId, membership: &Membership, event: NewEvent) -> Result<()>;

    /// Deletes a roster. NOT_FOUND if absent.
    async fn delete_on_call_roster(&self, org_id: &OrgId, key: &RosterKey, event: NewEvent) -> Result<()>;

    /// Deletes an ownership. NOT_FOUND if absent.
    async fn delete_ownership(&self, org_id: &OrgId, key: &OwnershipKey, event: NewEvent) -> Result<()>;
}
