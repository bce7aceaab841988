//! Who a request is evaluated for ([`RequesterInfo`]).

use std::collections::BTreeSet;

use crate::{
    auth::Principal,
    domain::{
        directory::ids::{GroupId, UserId},
        evaluation::DirectoryView,
        roles::Role,
    },
};

/// Who a request is evaluated for, with what their token asserts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequesterInfo {
    pub id: UserId,
    /// Groups the token asserts; the evaluator joins the directory's
    /// ([`RequesterInfo::groups`] is that union).
    pub token_groups: Vec<GroupId>,
    /// Role names the token carries (`ORG_ADMIN`, `APPROVER`).
    pub roles: Vec<Role>,
}

impl RequesterInfo {
    /// The caller: their token's groups and roles apply.
    pub fn caller(principal: &Principal) -> Self {
        Self {
            id: principal.subject.clone(),
            token_groups: principal.groups.clone(),
            roles: principal.roles.iter().copied().collect(),
        }
    }

    /// Another user an ORG_ADMIN evaluates for. We hold no token of theirs,
    /// so only their directory groups count and they hold no roles (the
    /// admin's own roles must not leak into someone else's evaluation).
    pub fn other(id: UserId) -> Self {
        Self {
            id,
            token_groups: Vec::new(),
            roles: Vec::new(),
        }
    }

    /// The requester's groups: the token's joined with the directory's.
    pub fn groups(&self, directory: &DirectoryView) -> BTreeSet<GroupId> {
        directory.groups_of(&self.id, &self.token_groups)
    }
}
