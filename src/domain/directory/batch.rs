//! One directory write. Every upsert — a single user, roster or ownership,
//! or a sync job's batch — is a [`DirectoryBatch`], so one set of rules
//! (references, manager cycles, audit) covers them all. The batch remembers
//! where each item came from in the request, so a violation found later (in
//! the store's transaction) still names the client's field: `user.manager_id`
//! for UpsertUser, `users[3].manager_id` for BatchUpsert.

use std::collections::{BTreeSet, HashSet};

use super::model::*;
use crate::domain::directory::ids::{GroupId, UserId};

/// Validated objects to create or replace, applied in field order: users
/// first, so the others may name users of the same batch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirectoryBatch {
    pub users: Vec<User>,
    pub groups: Vec<Group>,
    pub group_members: Vec<GroupMembers>,
    pub on_call_rosters: Vec<OnCallRoster>,
    pub ownerships: Vec<Ownership>,
    /// For a single-object RPC, the request field the object came in.
    single: Option<&'static str>,
    /// For a BatchUpsert, where each kept item was in the request.
    positions: Positions,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Positions {
    users: Vec<usize>,
    group_members: Vec<usize>,
    on_call_rosters: Vec<usize>,
    ownerships: Vec<usize>,
    /// Ids of batch users and groups left out for shape violations. They
    /// count as present when references are checked, so one bad item is not
    /// reported again by every item that names it.
    refused_user_ids: BTreeSet<UserId>,
    refused_group_ids: BTreeSet<GroupId>,
}

impl DirectoryBatch {
    fn single(field: &'static str) -> Self {
        Self {
            single: Some(field),
            ..Self::new_batch()
        }
    }

    /// UpsertUser's write: fields under `user`.
    pub fn of_user(user: User) -> Self {
        let mut batch = Self::single("user");
        batch.users.push(user);
        batch
    }

    /// UpsertGroup's write: fields under `group`.
    pub fn of_group(group: Group) -> Self {
        let mut batch = Self::single("group");
        batch.groups.push(group);
        batch
    }

    /// UpsertOnCallRoster's write: fields under `roster`.
    pub fn of_roster(roster: OnCallRoster) -> Self {
        let mut batch = Self::single("roster");
        batch.on_call_rosters.push(roster);
        batch
    }

    /// UpsertOwnership's write: fields under `ownership`.
    pub fn of_ownership(ownership: Ownership) -> Self {
        let mut batch = Self::single("ownership");
        batch.ownerships.push(ownership);
        batch
    }

    /// An empty BatchUpsert, filled item by item by its decoder
    /// (`api::directory::decode::batch`), which records each item's
    /// position in the request for error paths.
    pub fn new_batch() -> Self {
        Self {
            users: Vec::new(),
            groups: Vec::new(),
            group_members: Vec::new(),
            on_call_rosters: Vec::new(),
            ownerships: Vec::new(),
            single: None,
            positions: Positions::default(),
        }
    }

    pub fn push_user(&mut self, index: usize, user: User) {
        self.positions.users.push(index);
        self.users.push(user);
    }

    pub fn push_group(&mut self, group: Group) {
        self.groups.push(group);
    }

    pub fn push_group_members(&mut self, index: usize, members: GroupMembers) {
        self.positions.group_members.push(index);
        self.group_members.push(members);
    }

    pub fn push_roster(&mut self, index: usize, roster: OnCallRoster) {
        self.positions.on_call_rosters.push(index);
        self.on_call_rosters.push(roster);
    }

    pub fn push_ownership(&mut self, index: usize, ownership: Ownership) {
        self.positions.ownerships.push(index);
        self.ownerships.push(ownership);
    }

    pub fn refuse_user_id(&mut self, id: UserId) {
        self.positions.refused_user_ids.insert(id);
    }

    pub fn refuse_group_id(&mut self, id: GroupId) {
        self.positions.refused_group_ids.insert(id);
    }

    /// Whether this is a single object's write (its audit event describes
    /// that object) rather than a BatchUpsert.
    pub fn is_single(&self) -> bool {
        self.single.is_some()
    }

    /// How many objects of each kind the batch writes.
    pub fn counts(&self) -> BatchCounts {
        BatchCounts {
            users: self.users.len(),
            groups: self.groups.len(),
            group_members: self.group_members.len(),
            on_call_rosters: self.on_call_rosters.len(),
            ownerships: self.ownerships.len(),
        }
    }

    fn path(&self, list: &str, positions: impl Fn(&Positions) -> &Vec<usize>, k: usize) -> String {
        match self.single {
            Some(field) => field.to_string(),
            None => format!("{list}[{}]", positions(&self.positions)[k]),
        }
    }

    /// The request path of `users[k]` of this batch.
    pub fn user_path(&self, k: usize) -> String {
        self.path("users", |p| &p.users, k)
    }

    pub(super) fn group_members_path(&self, k: usize) -> String {
        self.path("group_members", |p| &p.group_members, k)
    }

    pub(super) fn roster_path(&self, k: usize) -> String {
        self.path("on_call_rosters", |p| &p.on_call_rosters, k)
    }

    pub(super) fn ownership_path(&self, k: usize) -> String {
        self.path("ownerships", |p| &p.ownerships, k)
    }

    /// The ids of this batch's users, kept or refused.
    pub(super) fn user_ids(&self) -> HashSet<&str> {
        let kept = self.users.iter().map(|u| u.id.as_str());
        kept.chain(self.positions.refused_user_ids.iter().map(UserId::as_str))
            .collect()
    }

    /// The ids of this batch's groups, kept or refused.
    pub(super) fn group_ids(&self) -> HashSet<&str> {
        let kept = self.groups.iter().map(|g| g.id.as_str());
        kept.chain(self.positions.refused_group_ids.iter().map(GroupId::as_str))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(id: &str) -> User {
        User {
            id: id.into(),
            email: id.into(),
            display_name: String::new(),
            manager_id: None,
            attributes: Default::default(),
        }
    }

    #[test]
    fn a_single_objects_fields_are_named_under_its_request_field() {
        let batch = DirectoryBatch::of_user(user("a@x.test"));
        assert_eq!(batch.user_path(0), "user");
        assert!(batch.is_single());
    }

    #[test]
    fn a_batch_item_keeps_its_request_index_when_earlier_items_were_refused() {
        let mut batch = DirectoryBatch::new_batch();
        batch.refuse_user_id("bad@x.test".into());
        batch.push_user(1, user("b@x.test"));
        assert_eq!(batch.user_path(0), "users[1]");
        assert_eq!(batch.user_ids(), HashSet::from(["bad@x.test", "b@x.test"]));
        assert!(!batch.is_single());
        assert_eq!(batch.counts().users, 1);
    }
}
