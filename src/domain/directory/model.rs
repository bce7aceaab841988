//! The directory model: what an IdP or paging sync job pushes, once it has
//! been validated. User ids are [`UserId`]s, folded where they were
//! decoded; id lists are free of duplicates and
//! keep the client's order until stored: the store keeps them as sets and
//! reads them back sorted.

use std::collections::BTreeMap;

use super::ids::{GroupId, UserId};

/// A person in the directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    /// As in tokens' `sub`.
    pub id: UserId,
    /// Contact address; the id when the client gave none.
    pub email: String,
    /// May be empty.
    pub display_name: String,
    /// Another user, never this one.
    pub manager_id: Option<UserId>,
    /// Profile attributes read by `requestor-profile` approvals.
    pub attributes: BTreeMap<String, String>,
}

/// A user as read back: the user and the groups they belong to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirectoryUser {
    pub user: User,
    /// Sorted.
    pub group_ids: Vec<GroupId>,
}

/// A group of users, such as an IdP group. Its members live apart from it,
/// so replacing a group's attributes never touches its membership.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub id: GroupId,
    pub display_name: String,
    /// Informational, such as `okta`; may be empty.
    pub directory: String,
}

/// One user's membership of one group (AddGroupMember, RemoveGroupMember).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Membership {
    pub group_id: GroupId,
    pub user_id: UserId,
}

impl Membership {
    /// The id of the membership in its events: `group/user`.
    pub fn subject_id(&self) -> String {
        format!("{}/{}", self.group_id, self.user_id)
    }
}

/// The whole member list of one group (BatchUpsert replaces it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupMembers {
    pub group_id: GroupId,
    /// Unique.
    pub user_ids: Vec<UserId>,
}

/// What names one roster: an on-call integration and one of its services.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RosterKey {
    pub integration: String,
    pub service: String,
}

impl RosterKey {
    /// The id of the roster in its events: `integration/service`.
    pub fn subject_id(&self) -> String {
        format!("{}/{}", self.integration, self.service)
    }

    /// The text a NOT_FOUND names it by.
    pub fn quoted(&self) -> String {
        format!("{:?}/{:?}", self.integration, self.service)
    }
}

/// Who is on call for one service of one on-call integration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OnCallRoster {
    pub integration: String,
    pub service: String,
    /// Unique. Empty: nobody is on call.
    pub user_ids: Vec<UserId>,
}

impl OnCallRoster {
    /// What names it.
    pub fn key(&self) -> RosterKey {
        RosterKey {
            integration: self.integration.clone(),
            service: self.service.clone(),
        }
    }
}

/// What an ownership record owns: a whole service or one of its resources.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum OwnerKind {
    /// SailPoint's `sourceOwner`.
    Service,
    /// SailPoint's `entitlementOwner`.
    Resource,
}

impl OwnerKind {
    /// The stored (and audit) name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Service => "SERVICE",
            Self::Resource => "RESOURCE",
        }
    }
}

/// Names one ownership record: a service, or one resource of a service.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct OwnershipKey {
    pub service: String,
    /// `None` for the service's own owners.
    pub resource_id: Option<String>,
}

impl OwnershipKey {
    pub fn kind(&self) -> OwnerKind {
        match self.resource_id {
            None => OwnerKind::Service,
            Some(_) => OwnerKind::Resource,
        }
    }

    /// The audit subject id: `{service}` or `{service}/{resource_id}`.
    pub fn subject_id(&self) -> String {
        match &self.resource_id {
            None => self.service.clone(),
            Some(resource) => format!("{}/{resource}", self.service),
        }
    }
}

/// The owners of a service or of one resource.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ownership {
    pub key: OwnershipKey,
    /// Unique; never empty.
    pub owner_ids: Vec<UserId>,
}

/// How many objects of each kind a batch wrote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BatchCounts {
    pub users: usize,
    pub groups: usize,
    pub group_members: usize,
    pub on_call_rosters: usize,
    pub ownerships: usize,
}

impl BatchCounts {
    pub fn total(&self) -> usize {
        self.users + self.groups + self.group_members + self.on_call_rosters + self.ownerships
    }
}
