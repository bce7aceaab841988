//! The model back onto the wire.

pub mod decode;

use crate::{
    domain::directory::{
        ids::{GroupId, UserId},
        model::*,
    },
    pb::v1 as pb,
};

impl From<&User> for pb::User {
    fn from(u: &User) -> Self {
        Self {
            id: u.id.to_string(),
            email: u.email.clone(),
            display_name: u.display_name.clone(),
            manager_id: u.manager_id.as_ref().map(UserId::to_string).unwrap_or_default(),
            attributes: u.attributes.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
            group_ids: Vec::new(),
        }
    }
}

impl From<&DirectoryUser> for pb::User {
    fn from(u: &DirectoryUser) -> Self {
        Self {
            group_ids: u.group_ids.iter().map(GroupId::to_string).collect(),
            ..(&u.user).into()
        }
    }
}

impl From<&Group> for pb::Group {
    fn from(g: &Group) -> Self {
        Self {
            id: g.id.to_string(),
            display_name: g.display_name.clone(),
            directory: g.directory.clone(),
        }
    }
}

impl From<&OnCallRoster> for pb::OnCallRoster {
    fn from(r: &OnCallRoster) -> Self {
        Self {
            integration: r.integration.clone(),
            service: r.service.clone(),
            user_ids: super::user_ids(&r.user_ids),
        }
    }
}

impl From<OwnerKind> for pb::OwnerKind {
    fn from(kind: OwnerKind) -> Self {
        match kind {
            OwnerKind::Service => Self::Service,
            OwnerKind::Resource => Self::Resource,
        }
    }
}

impl From<&Ownership> for pb::Ownership {
    fn from(o: &Ownership) -> Self {
        Self {
            // Always set on output, as the proto promises.
            kind: pb::OwnerKind::from(o.key.kind()) as i32,
            service: o.key.service.clone(),
            resource_id: o.key.resource_id.clone().unwrap_or_default(),
            owner_ids: super::user_ids(&o.owner_ids),
        }
    }
}

impl From<BatchCounts> for pb::BatchUpsertResponse {
    fn from(c: BatchCounts) -> Self {
        let n = |n: usize| i32::try_from(n).unwrap_or(i32::MAX);
        Self {
            users: n(c.users),
            groups: n(c.groups),
            group_members: n(c.group_members),
            on_call_rosters: n(c.on_call_rosters),
            ownerships: n(c.ownerships),
        }
    }
}
