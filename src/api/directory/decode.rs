//! Validation of directory objects as they arrive on the wire.
//!
//! Every object is checked whole and every problem is reported with its field
//! path in proto field names (AIP-193): `user.attributes["team"]`,
//! `users[3].manager_id`, `ownerships[0].owner_ids[2]`. These are the shape
//! rules, decided without the database; whether named users and groups exist,
//! and manager cycles, are [`references`](super::references).

use std::collections::HashMap;

use crate::{
    api::limits::{
        MAX_NAME_CHARS, MAX_RESOURCE_ID_CHARS, MAX_USER_ID_CHARS,
        directory::{
            MAX_ATTRIBUTE_KEY_CHARS, MAX_ATTRIBUTE_VALUE_CHARS, MAX_ATTRIBUTES, MAX_BATCH_ITEMS, MAX_LISTED_USERS,
        },
    },
    domain::{
        directory::{
            batch::DirectoryBatch,
            ids::{GroupId, UserId, email_problem, is_email_like, user_id_problem},
            model::*,
        },
        violations::Violations,
    },
    error::Result,
    pb::v1 as pb,
};

/// Validates UpsertUser's user, reported under `path`.
pub fn user(wire: &pb::User, path: &str) -> Result<User> {
    let mut v = Violations::new();
    let parsed = parse_user(wire, path, &mut v);
    v.into_result(parsed)
}

/// Validates UpsertGroup's group.
pub fn group(wire: &pb::Group, path: &str) -> Result<Group> {
    let mut v = Violations::new();
    let parsed = parse_group(wire, path, &mut v);
    v.into_result(parsed)
}

/// Validates UpsertOnCallRoster's roster.
pub fn roster(wire: &pb::OnCallRoster, path: &str) -> Result<OnCallRoster> {
    let mut v = Violations::new();
    let parsed = parse_roster(wire, path, &mut v);
    v.into_result(parsed)
}

/// Validates UpsertOwnership's ownership.
pub fn ownership(wire: &pb::Ownership, path: &str) -> Result<Ownership> {
    let mut v = Violations::new();
    let parsed = parse_ownership(wire, path, &mut v);
    v.into_result(parsed)
}

/// Validates a BatchUpsert. Returns the items that are valid on their own
/// and the violations of the others, so the caller can add reference
/// violations of the valid ones before answering (one INVALID_ARGUMENT
/// names everything). Only an empty [`Violations`] means the batch may be
/// written.
pub fn batch(req: &pb::BatchUpsertRequest) -> (DirectoryBatch, Violations) {
    let mut v = Violations::new();
    let mut batch = DirectoryBatch::new_batch();
    if !check_batch_size(req, &mut v) {
        return (batch, v);
    }

    let mut first: HashMap<UserId, usize> = HashMap::new();
    for (i, wire) in req.users.iter().enumerate() {
        let path = format!("users[{i}]");
        let mark = v.len();
        let parsed = parse_user(wire, &path, &mut v);
        let key = UserId::new(&wire.id);
        if let Some(&j) = first.get(&key).filter(|_| !key.is_empty()) {
            v.add(
                format!("{path}.id"),
                format!("duplicates users[{j}].id; a batch names each user once"),
            );
            continue;
        }
        first.insert(key.clone(), i);
        if v.len() == mark {
            batch.push_user(i, parsed);
        } else if !key.is_empty() {
            batch.refuse_user_id(key);
        }
    }

    let mut first: HashMap<&str, usize> = HashMap::new();
    for (i, wire) in req.groups.iter().enumerate() {
        let path = format!("groups[{i}]");
        let mark = v.len();
        let parsed = parse_group(wire, &path, &mut v);
        if let Some(&j) = first.get(wire.id.as_str()).filter(|_| !wire.id.is_empty()) {
            v.add(
                format!("{path}.id"),
                format!("duplicates groups[{j}].id; a batch names each group once"),
            );
            continue;
        }
        first.insert(&wire.id, i);
        if v.len() == mark {
            batch.push_group(parsed);
        } else if !wire.id.is_empty() {
            batch.refuse_group_id(GroupId::from(wire.id.as_str()));
        }
    }

    let mut first: HashMap<&str, usize> = HashMap::new();
    for (i, wire) in req.group_members.iter().enumerate() {
        let path = format!("group_members[{i}]");
        let mark = v.len();
        let group_id = check_group_id(&mut v, &format!("{path}.group_id"), &wire.group_id);
        let user_ids = check_user_ids(&mut v, &format!("{path}.user_ids"), &wire.user_ids);
        if let Some(&j) = first.get(wire.group_id.as_str()).filter(|_| !wire.group_id.is_empty()) {
            v.add(
                format!("{path}.group_id"),
                format!("duplicates group_members[{j}].group_id; a batch replaces each member list once"),
            );
        } else {
            first.insert(&wire.group_id, i);
            if v.len() == mark {
                batch.push_group_members(i, GroupMembers { group_id, user_ids });
            }
        }
    }

    let mut first: HashMap<(&str, &str), usize> = HashMap::new();
    for (i, wire) in req.on_call_rosters.iter().enumerate() {
        let path = format!("on_call_rosters[{i}]");
        let mark = v.len();
        let parsed = parse_roster(wire, &path, &mut v);
        if let Some(&j) = first.get(&(wire.integration.as_str(), wire.service.as_str())) {
            v.add(
                format!("{path}.service"),
                format!("duplicates on_call_rosters[{j}]; a batch names each integration and service once"),
            );
            continue;
        }
        first.insert((&wire.integration, &wire.service), i);
        if v.len() == mark {
            batch.push_roster(i, parsed);
        }
    }

    let mut first: HashMap<(&str, &str), usize> = HashMap::new();
    for (i, wire) in req.ownerships.iter().enumerate() {
        let path = format!("ownerships[{i}]");
        let mark = v.len();
        let parsed = parse_ownership(wire, &path, &mut v);
        if let Some(&j) = first.get(&(wire.service.as_str(), wire.resource_id.as_str())) {
            v.add(
                format!("{path}.resource_id"),
                format!("duplicates ownerships[{j}]; a batch names each service or resource once"),
            );
            continue;
        }
        first.insert((&wire.service, &wire.resource_id), i);
        if v.len() == mark {
            batch.push_ownership(i, parsed);
        }
    }
    (batch, v)
}

/// Refuses a batch over [`MAX_BATCH_ITEMS`] as a whole, naming the list at
/// which the count went over: validating 100,000 items one by one helps
/// nobody.
fn check_batch_size(req: &pb::BatchUpsertRequest, v: &mut Violations) -> bool {
    let lists = [
        ("users", req.users.len()),
        ("groups", req.groups.len()),
        ("group_members", req.group_members.len()),
        ("on_call_rosters", req.on_call_rosters.len()),
        ("ownerships", req.ownerships.len()),
    ];
    let total: usize = lists.iter().map(|(_, n)| n).sum();
    let mut running = 0;
    for (name, n) in lists {
        running += n;
        if running > MAX_BATCH_ITEMS {
            v.add(
                name,
                format!("the batch holds {total} objects; at most {MAX_BATCH_ITEMS} in all"),
            );
            return false;
        }
    }
    true
}

/// A user id given outside an object (a path parameter), as a [`UserId`].
pub fn user_id(id: &str, field: &str) -> Result<UserId> {
    let mut v = Violations::new();
    let id = check_user_id(&mut v, field, id);
    v.into_result(id)
}

/// A group id given outside an object.
pub fn group_id(id: &str, field: &str) -> Result<GroupId> {
    let mut v = Violations::new();
    let id = check_group_id(&mut v, field, id);
    v.into_result(id)
}

/// The group and user of a membership call, both checked at once.
pub fn membership(group_id: &str, user_id: &str) -> Result<Membership> {
    let mut v = Violations::new();
    let group_id = check_group_id(&mut v, "group_id", group_id);
    let user_id = check_user_id(&mut v, "user_id", user_id);
    v.into_result(Membership { group_id, user_id })
}

/// The integration and service naming one roster.
pub fn roster_key(integration: &str, service: &str) -> Result<RosterKey> {
    let mut v = Violations::new();
    check_segment(&mut v, "integration", integration);
    check_segment(&mut v, "service", service);
    v.into_result(RosterKey {
        integration: integration.to_string(),
        service: service.to_string(),
    })
}

/// The service and (optional) resource naming one ownership.
pub fn ownership_key(service: &str, resource_id: &str) -> Result<OwnershipKey> {
    let mut v = Violations::new();
    check_segment(&mut v, "service", service);
    let resource_id = check_resource_id(&mut v, "resource_id", resource_id);
    v.into_result(OwnershipKey {
        service: service.to_string(),
        resource_id,
    })
}

/// An optional list filter: empty means no filter.
pub fn filter(value: &str, field: &str) -> Result<Option<String>> {
    if value.is_empty() {
        return Ok(None);
    }
    let mut v = Violations::new();
    check_segment(&mut v, field, value);
    v.into_result(Some(value.to_string()))
}

/// An optional user id filter (ListUsers' `manager_id`).
pub fn user_filter(value: &str, field: &str) -> Result<Option<UserId>> {
    if value.is_empty() {
        return Ok(None);
    }
    user_id(value, field).map(Some)
}

fn parse_user(u: &pb::User, path: &str, v: &mut Violations) -> User {
    let id = check_user_id(v, &format!("{path}.id"), &u.id);
    let email = if u.email.is_empty() {
        // An opaque id is no address: the email stays empty.
        if is_email_like(&id) {
            id.to_string()
        } else {
            String::new()
        }
    } else {
        check_email(v, &format!("{path}.email"), &u.email);
        u.email.clone()
    };
    check_optional_text(v, &format!("{path}.display_name"), &u.display_name, MAX_NAME_CHARS);
    let manager_id = if u.manager_id.is_empty() {
        None
    } else {
        let field = format!("{path}.manager_id");
        let manager = check_user_id(v, &field, &u.manager_id);
        if manager == id {
            v.add(
                field,
                format!("creates a manager cycle: {id} → {id} (a user cannot be their own manager)"),
            );
        }
        Some(manager)
    };
    check_attributes(v, &format!("{path}.attributes"), &u.attributes);
    User {
        id,
        email,
        display_name: u.display_name.clone(),
        manager_id,
        attributes: u.attributes.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
    }
}

fn check_attributes(v: &mut Violations, path: &str, attributes: &HashMap<String, String>) {
    if attributes.len() > MAX_ATTRIBUTES {
        v.add(
            path,
            format!(
                "must hold at most {MAX_ATTRIBUTES} attributes, got {}",
                attributes.len()
            ),
        );
        return;
    }
    // Sorted, so the violations come in a stable order.
    let mut keys: Vec<&String> = attributes.keys().collect();
    keys.sort();
    for key in keys {
        let field = format!("{path}[{key:?}]");
        v.check_text(&field, key, MAX_ATTRIBUTE_KEY_CHARS);
        if attributes[key].chars().count() > MAX_ATTRIBUTE_VALUE_CHARS {
            v.add(
                field,
                format!("the value must be at most {MAX_ATTRIBUTE_VALUE_CHARS} characters"),
            );
        }
    }
}

fn parse_group(g: &pb::Group, path: &str, v: &mut Violations) -> Group {
    let id = check_group_id(v, &format!("{path}.id"), &g.id);
    check_optional_text(v, &format!("{path}.display_name"), &g.display_name, MAX_NAME_CHARS);
    check_optional_text(v, &format!("{path}.directory"), &g.directory, MAX_NAME_CHARS);
    Group {
        id,
        display_name: g.display_name.clone(),
        directory: g.directory.clone(),
    }
}

fn parse_roster(r: &pb::OnCallRoster, path: &str, v: &mut Violations) -> OnCallRoster {
    check_segment(v, &format!("{path}.integration"), &r.integration);
    check_segment(v, &format!("{path}.service"), &r.service);
    OnCallRoster {
        integration: r.integration.clone(),
        service: r.service.clone(),
        user_ids: check_user_ids(v, &format!("{path}.user_ids"), &r.user_ids),
    }
}

fn parse_ownership(o: &pb::Ownership, path: &str, v: &mut Violations) -> Ownership {
    check_segment(v, &format!("{path}.service"), &o.service);
    let resource_field = format!("{path}.resource_id");
    let resource_id = check_resource_id(v, &resource_field, &o.resource_id);
    match pb::OwnerKind::try_from(o.kind) {
        Ok(pb::OwnerKind::Unspecified) => {}
        Ok(pb::OwnerKind::Service) if resource_id.is_some() => {
            v.add(resource_field, "must be empty when kind is OWNER_KIND_SERVICE")
        }
        Ok(pb::OwnerKind::Resource) if resource_id.is_none() => {
            v.add(resource_field, "is required when kind is OWNER_KIND_RESOURCE")
        }
        Ok(_) => {}
        Err(_) => v.add(
            format!("{path}.kind"),
            "must be OWNER_KIND_SERVICE, OWNER_KIND_RESOURCE or unset",
        ),
    }
    let owners_field = format!("{path}.owner_ids");
    if o.owner_ids.is_empty() {
        v.add(&owners_field, "must list at least one owner");
    }
    Ownership {
        key: OwnershipKey {
            service: o.service.clone(),
            resource_id,
        },
        owner_ids: check_user_ids(v, &owners_field, &o.owner_ids),
    }
}

/// Checks a list of user ids: each one valid, none twice. Returns them
/// in the client's order, so later violations can still name `user_ids[i]`
/// as the client sent it.
fn check_user_ids(v: &mut Violations, path: &str, ids: &[String]) -> Vec<UserId> {
    if ids.len() > MAX_LISTED_USERS {
        v.add(
            path,
            format!("must list at most {MAX_LISTED_USERS} users, got {}", ids.len()),
        );
        return Vec::new();
    }
    let mut first: HashMap<UserId, usize> = HashMap::new();
    let mut out = Vec::with_capacity(ids.len());
    for (i, raw) in ids.iter().enumerate() {
        let field = format!("{path}[{i}]");
        let id = check_user_id(v, &field, raw);
        if let Some(&j) = first.get(&id) {
            v.add(field, format!("lists {id} again (first at {path}[{j}])"));
        } else {
            first.insert(id.clone(), i);
            out.push(id);
        }
    }
    out
}

/// Checks a user id and returns it as a [`UserId`].
fn check_user_id(v: &mut Violations, field: &str, id: &str) -> UserId {
    let mark = v.len();
    v.check_text(field, id, MAX_USER_ID_CHARS);
    if v.len() == mark
        && let Some(problem) = user_id_problem(id)
    {
        v.add(field, problem);
    }
    UserId::new(id)
}

/// Checks an email address; true when it passed.
fn check_email(v: &mut Violations, field: &str, value: &str) -> bool {
    let mark = v.len();
    v.check_text(field, value, MAX_USER_ID_CHARS);
    if v.len() != mark {
        return false;
    }
    match email_problem(value) {
        Some(problem) => {
            v.add(field, problem);
            false
        }
        None => true,
    }
}

fn check_group_id(v: &mut Violations, field: &str, id: &str) -> GroupId {
    check_segment(v, field, id);
    GroupId::from(id)
}

/// Checks a name that is one REST path segment (a group id, an
/// integration, a service).
fn check_segment(v: &mut Violations, field: &str, value: &str) {
    let mark = v.len();
    v.check_text(field, value, MAX_NAME_CHARS);
    if v.len() == mark && value.contains('/') {
        v.add(field, "must not contain '/'");
    }
}

/// Checks an optional resource id; `None` when empty. It may contain `/`:
/// the REST path binds it with `{resource_id=**}`.
fn check_resource_id(v: &mut Violations, field: &str, value: &str) -> Option<String> {
    if value.is_empty() {
        return None;
    }
    v.check_text(field, value, MAX_RESOURCE_ID_CHARS);
    Some(value.to_string())
}

fn check_optional_text(v: &mut Violations, field: &str, value: &str, max: usize) {
    if !value.is_empty() {
        v.check_text(field, value, max);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Error;

    fn fields<T: std::fmt::Debug>(result: Result<T>) -> Vec<String> {
        match result {
            Ok(_) => vec![],
            Err(Error::InvalidArgument(v)) => v.into_iter().map(|v| v.field).collect(),
            Err(other) => panic!("unexpected {other:?}"),
        }
    }

    fn wire_user(id: &str) -> pb::User {
        pb::User {
            id: id.into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_valid_user_is_lower_cased_and_defaults_its_email_to_its_id() {
        let mut wire = wire_user("Alice@Acme.Test");
        wire.manager_id = "BOSS@acme.test".into();
        wire.display_name = "Alice".into();
        wire.attributes.insert("department".into(), "SRE".into());
        let user = user(&wire, "user").unwrap();
        assert_eq!(user.id, "alice@acme.test");
        assert_eq!(user.email, "alice@acme.test");
        assert_eq!(user.manager_id.as_deref(), Some("boss@acme.test"));
        assert_eq!(user.attributes["department"], "SRE", "attribute values keep their case");

        wire.email = "Alice.Smith@Acme.Test".into();
        assert_eq!(super::user(&wire, "user").unwrap().email, "Alice.Smith@Acme.Test");
    }

    #[test]
    fn every_bad_user_field_is_named() {
        let mut wire = wire_user("not an email");
        wire.email = "alice@".into();
        wire.display_name = "x".repeat(256);
        wire.manager_id = "the boss".into();
        wire.attributes.insert(String::new(), "v".into());
        wire.attributes.insert("long".into(), "v".repeat(1025));
        wire.attributes.insert("k".repeat(129), "v".into());
        wire.attributes.insert("fine".into(), "v".repeat(1024));
        assert_eq!(
            fields(user(&wire, "user")),
            [
                "user.id",
                "user.email",
                "user.display_name",
                "user.manager_id",
                "user.attributes[\"\"]",
                format!("user.attributes[{:?}]", "k".repeat(129)).as_str(),
                "user.attributes[\"long\"]",
            ]
        );
    }

    #[test]
    fn ids_are_emails_or_opaque_ids_of_at_most_320_characters() {
        assert_eq!(fields(user(&wire_user(""), "user")), ["user.id"]);
        // Plain user names, SailPoint and Okta ids are opaque ids.
        for opaque in ["ab", "2c9180835d2e5168015d32f890ca1581", "00u1AbCdEfGh"] {
            let parsed = user(&wire_user(opaque), "user").unwrap();
            assert_eq!(parsed.id, opaque, "kept exactly");
            assert_eq!(parsed.email, "", "an opaque id is no address");
        }
        assert_eq!(fields(user(&wire_user("a b"), "user")), ["user.id"]);
        assert_eq!(fields(user(&wire_user("a/b"), "user")), ["user.id"]);
        assert_eq!(fields(user(&wire_user("a@b@c"), "user")), ["user.id"]);
        assert!(fields(user(&wire_user("a@b"), "user")).is_empty());
        let long = format!("{}@{}.test", "a".repeat(60), "d".repeat(254));
        assert_eq!(long.chars().count(), 320);
        assert!(fields(user(&wire_user(&long), "user")).is_empty());
        assert_eq!(fields(user(&wire_user(&format!("{long}x")), "user")), ["user.id"]);
        assert_eq!(fields(user(&wire_user(" a@b.test"), "user")), ["user.id"]);
    }

    #[test]
    fn a_user_cannot_be_their_own_manager_in_any_case() {
        let mut wire = wire_user("alice@acme.test");
        wire.manager_id = "ALICE@acme.test".into();
        let Err(Error::InvalidArgument(v)) = user(&wire, "user") else {
            panic!()
        };
        assert_eq!(v[0].field, "user.manager_id");
        assert!(
            v[0].description.contains("alice@acme.test → alice@acme.test"),
            "{}",
            v[0].description
        );
    }

    #[test]
    fn too_many_attributes_are_refused_whole() {
        let mut wire = wire_user("a@b.test");
        for i in 0..=MAX_ATTRIBUTES {
            wire.attributes.insert(format!("k{i}"), String::new());
        }
        assert_eq!(fields(user(&wire, "user")), ["user.attributes"]);
        wire.attributes.remove("k0");
        assert!(fields(user(&wire, "user")).is_empty());
    }

    #[test]
    fn groups_rosters_and_path_names_are_single_segments() {
        let bad_group = pb::Group {
            id: "a/b".into(),
            display_name: "x".repeat(256),
            directory: " okta".into(),
        };
        assert_eq!(
            fields(group(&bad_group, "group")),
            ["group.id", "group.display_name", "group.directory"]
        );
        let bad_roster = pb::OnCallRoster {
            integration: String::new(),
            service: "a/b".into(),
            user_ids: vec!["a@b.test".into(), "A@B.test".into(), "no pe".into()],
        };
        assert_eq!(
            fields(roster(&bad_roster, "roster")),
            [
                "roster.integration",
                "roster.service",
                "roster.user_ids[1]",
                "roster.user_ids[2]"
            ]
        );
    }

    #[test]
    fn ownership_kind_must_agree_with_the_resource_id() {
        let o = |kind: pb::OwnerKind, resource: &str| pb::Ownership {
            kind: kind as i32,
            service: "aws".into(),
            resource_id: resource.into(),
            owner_ids: vec!["a@b.test".into()],
        };
        let service = ownership(&o(pb::OwnerKind::Unspecified, ""), "ownership").unwrap();
        assert_eq!(service.key.kind(), OwnerKind::Service);
        let resource = ownership(&o(pb::OwnerKind::Unspecified, "arn:aws:s3:::a/b"), "ownership").unwrap();
        assert_eq!(resource.key.kind(), OwnerKind::Resource);
        assert!(ownership(&o(pb::OwnerKind::Resource, "r"), "ownership").is_ok());
        assert!(ownership(&o(pb::OwnerKind::Service, ""), "ownership").is_ok());
        assert_eq!(
            fields(ownership(&o(pb::OwnerKind::Service, "r"), "ownership")),
            ["ownership.resource_id"]
        );
        assert_eq!(
            fields(ownership(&o(pb::OwnerKind::Resource, ""), "ownership")),
            ["ownership.resource_id"]
        );
        let mut unknown = o(pb::OwnerKind::Service, "");
        unknown.kind = 7;
        unknown.owner_ids.clear();
        assert_eq!(
            fields(ownership(&unknown, "ownership")),
            ["ownership.kind", "ownership.owner_ids"]
        );
    }

    fn batch_fields(req: &pb::BatchUpsertRequest) -> Vec<String> {
        let (_, v) = batch(req);
        fields(v.into_result(()))
    }

    #[test]
    fn a_batch_names_each_object_once() {
        let req = pb::BatchUpsertRequest {
            users: vec![wire_user("a@b.test"), wire_user("b@b.test"), wire_user("A@b.test")],
            groups: vec![
                pb::Group {
                    id: "g".into(),
                    ..Default::default()
                },
                pb::Group {
                    id: "g".into(),
                    ..Default::default()
                },
            ],
            group_members: vec![
                pb::GroupMembers {
                    group_id: "g".into(),
                    user_ids: vec![],
                },
                pb::GroupMembers {
                    group_id: "g".into(),
                    user_ids: vec![],
                },
            ],
            on_call_rosters: vec![
                pb::OnCallRoster {
                    integration: "pd".into(),
                    service: "api".into(),
                    user_ids: vec![],
                },
                pb::OnCallRoster {
                    integration: "pd".into(),
                    service: "api".into(),
                    user_ids: vec![],
                },
            ],
            ownerships: vec![
                pb::Ownership {
                    service: "aws".into(),
                    owner_ids: vec!["a@b.test".into()],
                    ..Default::default()
                },
                pb::Ownership {
                    kind: pb::OwnerKind::Service as i32,
                    service: "aws".into(),
                    owner_ids: vec!["a@b.test".into()],
                    ..Default::default()
                },
            ],
        };
        assert_eq!(
            batch_fields(&req),
            [
                "users[2].id",
                "groups[1].id",
                "group_members[1].group_id",
                "on_call_rosters[1].service",
                "ownerships[1].resource_id",
            ]
        );
    }

    #[test]
    fn a_batch_keeps_its_valid_items_beside_the_violations_of_the_others() {
        let mut bad = wire_user("b@b.test");
        bad.email = "nope".into();
        let req = pb::BatchUpsertRequest {
            users: vec![wire_user("a@b.test"), bad, wire_user("c@b.test")],
            ..Default::default()
        };
        let (kept, v) = batch(&req);
        assert_eq!(fields(v.into_result(())), ["users[1].email"]);
        let ids: Vec<&str> = kept.users.iter().map(|u| u.id.as_str()).collect();
        assert_eq!(ids, ["a@b.test", "c@b.test"]);
        assert_eq!(kept.user_path(1), "users[2]");
    }

    #[test]
    fn an_oversized_batch_is_refused_whole_at_the_list_that_overflows() {
        let req = pb::BatchUpsertRequest {
            users: (0..6000).map(|i| wire_user(&format!("u{i}@b.test"))).collect(),
            groups: (0..4001)
                .map(|i| pb::Group {
                    id: format!("g{i}"),
                    ..Default::default()
                })
                .collect(),
            ..Default::default()
        };
        assert_eq!(batch_fields(&req), ["groups"]);
    }

    #[test]
    fn path_parameters_are_checked_like_fields() {
        assert_eq!(user_id("Bob@B.test", "id").unwrap(), "bob@b.test");
        assert_eq!(fields(user_id("", "id")), ["id"]);
        assert_eq!(fields(membership("", "b/ob")), ["group_id", "user_id"]);
        let expected = Membership {
            group_id: "g".into(),
            user_id: "Bob".into(),
        };
        assert_eq!(membership("g", "Bob").unwrap(), expected);
        assert_eq!(fields(roster_key("pd", "")), ["service"]);
        assert_eq!(
            ownership_key("aws", "").unwrap(),
            OwnershipKey {
                service: "aws".into(),
                resource_id: None
            }
        );
        assert_eq!(
            fields(ownership_key("a/b", &"r".repeat(1025))),
            ["service", "resource_id"]
        );
        assert_eq!(filter("", "integration").unwrap(), None);
        assert_eq!(
            user_filter("Boss@B.test", "manager_id").unwrap().as_deref(),
            Some("boss@b.test")
        );
    }
}

/// A decoded batch checked against what is stored: what the decoder records
/// (positions, refused ids) is what the reference rules report against.
#[cfg(test)]
mod references_of_decoded_batches {
    use std::collections::BTreeSet;

    use super::*;
    use crate::{
        domain::directory::references::{Snapshot, check_into, references, violations},
        error::Error,
    };

    fn wire_user(id: &str, manager: &str) -> pb::User {
        pb::User {
            id: id.into(),
            manager_id: manager.into(),
            ..Default::default()
        }
    }

    fn stored(users: &[&str]) -> Snapshot {
        Snapshot {
            managers: users.iter().map(|id| (id.to_string(), None)).collect(),
            ..Default::default()
        }
    }

    #[test]
    fn members_owners_and_groups_must_exist() {
        let req = pb::BatchUpsertRequest {
            users: vec![wire_user("new@x.test", "")],
            group_members: vec![pb::GroupMembers {
                group_id: "ghosts".into(),
                user_ids: vec!["new@x.test".into(), "old@x.test".into(), "nobody@x.test".into()],
            }],
            on_call_rosters: vec![pb::OnCallRoster {
                integration: "pagerduty".into(),
                service: "api".into(),
                user_ids: vec!["nobody@x.test".into()],
            }],
            ownerships: vec![pb::Ownership {
                service: "aws".into(),
                owner_ids: vec!["old@x.test".into(), "nobody@x.test".into()],
                ..Default::default()
            }],
            ..Default::default()
        };
        let (batch, v) = batch(&req);
        assert!(v.is_empty());
        let refs = references(&batch);
        assert_eq!(
            refs.user_ids,
            BTreeSet::from(["old@x.test".to_string(), "nobody@x.test".to_string()])
        );
        assert_eq!(refs.group_ids, BTreeSet::from(["ghosts".to_string()]));
        let fields: Vec<String> = violations(&batch, &stored(&["old@x.test"]))
            .into_iter()
            .map(|(f, _)| f)
            .collect();
        assert_eq!(
            fields,
            [
                "group_members[0].group_id",
                "group_members[0].user_ids[2]",
                "on_call_rosters[0].user_ids[0]",
                "ownerships[0].owner_ids[1]",
            ]
        );
    }

    #[test]
    fn items_refused_for_their_shape_still_count_as_present() {
        // users[0] has a bad email; users[1] reports to it and must not be
        // blamed for a missing manager as well.
        let req = pb::BatchUpsertRequest {
            users: vec![
                pb::User {
                    id: "a@x.test".into(),
                    email: "not-an-email".into(),
                    ..Default::default()
                },
                wire_user("b@x.test", "a@x.test"),
            ],
            ..Default::default()
        };
        let (batch, mut v) = batch(&req);
        check_into(&batch, &Snapshot::default(), &mut v);
        let Err(Error::InvalidArgument(v)) = v.into_result(()) else {
            panic!()
        };
        let fields: Vec<&str> = v.iter().map(|v| v.field.as_str()).collect();
        assert_eq!(fields, ["users[0].email"]);
    }
}
