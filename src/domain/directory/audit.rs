//! The `before` and `after` of directory audit events.
//!
//! Each object is recorded as its REST JSON (lowerCamelCase keys, every
//! field printed, defaults included), what a REST GET of it returns; the
//! store renders them here, inside the write's transaction, from what it
//! replaced and wrote. A BatchUpsert is one event: `before` holds the stored
//! versions of the objects it replaced, `after` what it wrote and how many
//! of each.

use serde_json::{Map, Value, json};

use super::{batch::DirectoryBatch, model::*};
use crate::domain::directory::ids::UserId;

/// The stored versions of the objects a write replaces; objects that did not
/// exist yet are absent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Prior {
    pub users: Vec<User>,
    pub groups: Vec<Group>,
    /// The member lists of the batch's `group_members` groups.
    pub group_members: Vec<GroupMembers>,
    pub on_call_rosters: Vec<OnCallRoster>,
    pub ownerships: Vec<Ownership>,
}

/// An object with every field, as the REST surface prints it.
fn object(fields: impl IntoIterator<Item = (&'static str, Value)>) -> Value {
    Value::Object(
        fields
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect::<Map<_, _>>(),
    )
}

fn sorted(ids: &[UserId]) -> Vec<&str> {
    let mut ids: Vec<&str> = ids.iter().map(UserId::as_str).collect();
    ids.sort_unstable();
    ids
}

pub fn user(u: &User) -> Value {
    object([
        ("id", json!(u.id)),
        ("email", json!(u.email)),
        ("displayName", json!(u.display_name)),
        ("managerId", json!(u.manager_id.clone().unwrap_or_default())),
        ("attributes", json!(u.attributes)),
    ])
}

/// A user with their groups (what a deletion takes away).
pub fn directory_user(u: &DirectoryUser) -> Value {
    let mut value = user(&u.user);
    value["groupIds"] = json!(u.group_ids);
    value
}

pub fn group(g: &Group) -> Value {
    object([
        ("id", json!(g.id)),
        ("displayName", json!(g.display_name)),
        ("directory", json!(g.directory)),
    ])
}

/// One membership (AddGroupMember, RemoveGroupMember).
pub fn group_member(m: &Membership) -> Value {
    json!({ "groupId": m.group_id, "userId": m.user_id })
}

pub fn group_members(m: &GroupMembers) -> Value {
    object([("groupId", json!(m.group_id)), ("userIds", json!(sorted(&m.user_ids)))])
}

pub fn roster(r: &OnCallRoster) -> Value {
    object([
        ("integration", json!(r.integration)),
        ("service", json!(r.service)),
        ("userIds", json!(sorted(&r.user_ids))),
    ])
}

pub fn ownership(o: &Ownership) -> Value {
    let kind = match o.key.kind() {
        OwnerKind::Service => "OWNER_KIND_SERVICE",
        OwnerKind::Resource => "OWNER_KIND_RESOURCE",
    };
    object([
        ("kind", json!(kind)),
        ("service", json!(o.key.service)),
        ("resourceId", json!(o.key.resource_id.clone().unwrap_or_default())),
        ("ownerIds", json!(sorted(&o.owner_ids))),
    ])
}

/// `before` and `after` of an upsert. A single object's write records that
/// object; a BatchUpsert records every list, and the counts.
pub fn upsert(batch: &DirectoryBatch, prior: &Prior) -> (Option<Value>, Option<Value>) {
    if batch.is_single() {
        if let Some(u) = batch.users.first() {
            return (prior.users.first().map(user), Some(user(u)));
        }
        if let Some(g) = batch.groups.first() {
            return (prior.groups.first().map(group), Some(group(g)));
        }
        if let Some(r) = batch.on_call_rosters.first() {
            return (prior.on_call_rosters.first().map(roster), Some(roster(r)));
        }
        if let Some(o) = batch.ownerships.first() {
            return (prior.ownerships.first().map(ownership), Some(ownership(o)));
        }
    }
    let lists =
        |users: &[User], groups: &[Group], members: &[GroupMembers], rosters: &[OnCallRoster], owned: &[Ownership]| {
            object([
                ("users", Value::Array(users.iter().map(user).collect())),
                ("groups", Value::Array(groups.iter().map(group).collect())),
                (
                    "groupMembers",
                    Value::Array(members.iter().map(group_members).collect()),
                ),
                ("onCallRosters", Value::Array(rosters.iter().map(roster).collect())),
                ("ownerships", Value::Array(owned.iter().map(ownership).collect())),
            ])
        };
    let before = lists(
        &prior.users,
        &prior.groups,
        &prior.group_members,
        &prior.on_call_rosters,
        &prior.ownerships,
    );
    let mut after = lists(
        &batch.users,
        &batch.groups,
        &batch.group_members,
        &batch.on_call_rosters,
        &batch.ownerships,
    );
    let counts = batch.counts();
    after["counts"] = json!({
        "users": counts.users,
        "groups": counts.groups,
        "groupMembers": counts.group_members,
        "onCallRosters": counts.on_call_rosters,
        "ownerships": counts.ownerships,
    });
    // Nothing replaced: like a creation, `before` is unset.
    let replaced_nothing = prior.users.is_empty()
        && prior.groups.is_empty()
        && prior.group_members.is_empty()
        && prior.on_call_rosters.is_empty()
        && prior.ownerships.is_empty();
    let before = (!replaced_nothing).then_some(before);
    (before, Some(after))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn alice() -> User {
        User {
            id: "alice@x.test".into(),
            email: "alice@x.test".into(),
            display_name: "Alice".into(),
            manager_id: None,
            attributes: [("team".to_string(), "sre".to_string())].into(),
        }
    }

    #[test]
    fn objects_are_recorded_as_their_rest_json_with_every_field() {
        assert_eq!(
            user(&alice()),
            json!({"id": "alice@x.test", "email": "alice@x.test", "displayName": "Alice",
                   "managerId": "", "attributes": {"team": "sre"}})
        );
        let o = Ownership {
            key: OwnershipKey {
                service: "aws".into(),
                resource_id: Some("arn:aws:s3:::logs".into()),
            },
            owner_ids: vec!["b@x.test".into(), "a@x.test".into()],
        };
        assert_eq!(
            ownership(&o),
            json!({"kind": "OWNER_KIND_RESOURCE", "service": "aws", "resourceId": "arn:aws:s3:::logs",
                   "ownerIds": ["a@x.test", "b@x.test"]})
        );
    }

    #[test]
    fn a_single_upsert_records_the_object_before_and_after() {
        let mut renamed = alice();
        renamed.display_name = "Alice A.".into();
        let prior = Prior {
            users: vec![alice()],
            ..Default::default()
        };
        let (before, after) = upsert(&DirectoryBatch::of_user(renamed.clone()), &prior);
        assert_eq!(before, Some(user(&alice())));
        assert_eq!(after, Some(user(&renamed)));
        let (before, _) = upsert(&DirectoryBatch::of_user(renamed), &Prior::default());
        assert_eq!(before, None, "a creation has no before");
    }

    #[test]
    fn a_batch_records_its_lists_and_counts() {
        let mut batch = DirectoryBatch::new_batch();
        batch.push_user(
            0,
            User {
                id: "alice@x.test".into(),
                email: "alice@x.test".into(),
                display_name: String::new(),
                manager_id: None,
                attributes: Default::default(),
            },
        );
        let (before, after) = upsert(&batch, &Prior::default());
        assert_eq!(before, None);
        let after = after.unwrap();
        assert_eq!(after["users"][0]["id"], "alice@x.test");
        assert_eq!(after["counts"]["users"], 1);
        assert_eq!(after["counts"]["ownerships"], 0);
        let (before, _) = upsert(
            &batch,
            &Prior {
                users: vec![alice()],
                ..Default::default()
            },
        );
        assert_eq!(before.unwrap()["users"][0]["displayName"], "Alice");
    }
}
