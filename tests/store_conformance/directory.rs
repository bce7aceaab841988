//! The directory: users, groups and memberships, rosters and ownerships;
//! upserts that replace, all-or-nothing batches, reference checks inside the
//! write's transaction, cascading deletes, paging, tenancy and audit.

use std::{collections::BTreeMap, sync::Arc};

use chrono::{TimeZone, Utc};
use jitgate::{
    clock::new_id,
    domain::{
        directory::{
            DirectoryBatch, Group, Membership, OnCallRoster, Ownership, OwnershipKey, RosterKey, User,
            ids::{GroupId, UserId},
        },
        ids::OrgId,
        pagination::Page,
    },
    error::Error,
    pb::v1 as pb,
    store::{NewEvent, Store},
};

use crate::common::{ACME, GLOBEX};

fn roster_key(integration: &str, service: &str) -> RosterKey {
    RosterKey {
        integration: integration.into(),
        service: service.into(),
    }
}

fn membership(group_id: &str, user_id: &str) -> Membership {
    Membership {
        group_id: group_id.into(),
        user_id: UserId::new(user_id),
    }
}

fn user(id: &str, manager: Option<&str>) -> User {
    User {
        id: id.into(),
        email: id.into(),
        display_name: format!("Name of {id}"),
        manager_id: manager.map(String::from).map(UserId::from),
        attributes: BTreeMap::from([("department".to_string(), "sre".to_string())]),
    }
}

fn group(id: &str) -> Group {
    Group {
        id: id.into(),
        display_name: format!("Group {id}"),
        directory: "okta".into(),
    }
}

fn event(org: &str, subject_type: &str, subject_id: &str) -> NewEvent {
    NewEvent {
        id: new_id(),
        org_id: org.into(),
        kind: "DIRECTORY_CHANGED".into(),
        subject_type: subject_type.into(),
        subject_id: subject_id.into(),
        actor: "admin@acme.test".into(),
        request_id: "req-1".into(),
        occurred_at: Utc.with_ymd_and_hms(2026, 11, 24, 12, 0, 0).unwrap(),
        before: None,
        after: None,
        access_request_id: String::new(),
        comment: String::new(),
    }
}

fn page(limit: u32, offset: u32) -> Page {
    Page { limit, offset }
}

fn all() -> Page {
    page(100, 0)
}

/// A batch as BatchUpsert would validate it.
fn batch(req: pb::BatchUpsertRequest) -> DirectoryBatch {
    let (batch, violations) = jitgate::api::directory::decode::batch(&req);
    assert!(violations.is_empty(), "{violations:?}");
    batch
}

fn wire_user(id: &str, manager: &str) -> pb::User {
    pb::User {
        id: id.into(),
        manager_id: manager.into(),
        ..Default::default()
    }
}

async fn put_user(store: &Arc<dyn Store>, org: &str, u: User) {
    let id = u.id.clone();
    store
        .upsert_user(&OrgId::from(org), u, event(org, "user", &id))
        .await
        .unwrap();
}

async fn put_group(store: &Arc<dyn Store>, org: &str, id: &str) {
    store
        .upsert_group(&OrgId::from(org), group(id), event(org, "group", id))
        .await
        .unwrap();
}

/// ACME's pagerduty/api roster, the one these tests write and delete.
async fn pagerduty_api(store: &Arc<dyn Store>) -> Option<OnCallRoster> {
    store
        .on_call_roster(&ACME, &roster_key("pagerduty", "api"))
        .await
        .unwrap()
}

async fn ids_of_users(store: &Arc<dyn Store>, org: &str) -> Vec<String> {
    let listed = store.users(&OrgId::from(org), None, all()).await.unwrap();
    listed.items.into_iter().map(|u| u.user.id.into()).collect()
}

async fn an_empty_org_has_an_empty_directory(store: Arc<dyn Store>) {
    assert!(
        store
            .user(&ACME, &UserId::new("alice@acme.test"))
            .await
            .unwrap()
            .is_none()
    );
    assert!(store.group(&ACME, &GroupId::from("sre")).await.unwrap().is_none());
    assert!(
        store
            .group_members(&ACME, &GroupId::from("sre"), all())
            .await
            .unwrap()
            .is_none()
    );
    assert!(pagerduty_api(&store).await.is_none());
    let key = OwnershipKey {
        service: "aws".into(),
        resource_id: None,
    };
    assert!(store.ownership(&ACME, &key).await.unwrap().is_none());
    assert_eq!(store.users(&ACME, None, all()).await.unwrap().total, 0);
    assert_eq!(store.groups(&ACME, all()).await.unwrap().total, 0);
    assert_eq!(store.on_call_rosters(&ACME, None, all()).await.unwrap().total, 0);
    assert_eq!(store.ownerships(&ACME, None, all()).await.unwrap().total, 0);
}

async fn users_read_back_exactly_and_case_insensitively(store: Arc<dyn Store>) {
    let alice = user("alice@acme.test", None);
    let stored = store
        .upsert_user(&ACME, alice.clone(), event("acme", "user", "alice@acme.test"))
        .await
        .unwrap();
    assert_eq!(stored.user, alice);
    assert!(stored.group_ids.is_empty());
    let read = store
        .user(&ACME, &UserId::new("Alice@ACME.test"))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(read.user, alice, "ids are looked up case-insensitively");
    assert_eq!(read.user.attributes["department"], "sre");
}

async fn an_upsert_replaces_the_whole_user_and_keeps_their_groups(store: Arc<dyn Store>) {
    put_user(&store, "acme", user("boss@acme.test", None)).await;
    put_user(&store, "acme", user("alice@acme.test", Some("boss@acme.test"))).await;
    put_group(&store, "acme", "sre").await;
    store
        .add_group_member(
            &ACME,
            &membership("sre", "alice@acme.test"),
            event("acme", "group_member", "sre/alice"),
        )
        .await
        .unwrap();

    let replacement = User {
        display_name: "Alice A.".into(),
        manager_id: None,
        attributes: BTreeMap::new(),
        ..user("alice@acme.test", None)
    };
    let stored = store
        .upsert_user(&ACME, replacement.clone(), event("acme", "user", "alice@acme.test"))
        .await
        .unwrap();
    assert_eq!(stored.user, replacement, "no field of the old user survives");
    assert_eq!(stored.group_ids, ["sre"], "membership is not the user's to replace");
    assert_eq!(store.users(&ACME, None, all()).await.unwrap().total, 2);

    // Replacing the group's attributes leaves its members alone too.
    let renamed = Group {
        display_name: "Site reliability".into(),
        ..group("sre")
    };
    store
        .upsert_group(&ACME, renamed.clone(), event("acme", "group", "sre"))
        .await
        .unwrap();
    assert_eq!(
        store.group(&ACME, &GroupId::from("sre")).await.unwrap().unwrap(),
        renamed
    );
    let members = store
        .group_members(&ACME, &GroupId::from("sre"), all())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(members.total, 1);
    assert_eq!(members.items[0].user.id, "alice@acme.test");
}

async fn a_batch_writes_everything_with_one_event(store: Arc<dyn Store>) {
    let counts = store
        .batch_upsert(
            &ACME,
            batch(pb::BatchUpsertRequest {
                // The manager comes later in the same batch.
                users: vec![
                    wire_user("dev@acme.test", "lead@acme.test"),
                    wire_user("lead@acme.test", ""),
                ],
                groups: vec![pb::Group {
                    id: "sre".into(),
                    ..Default::default()
                }],
                group_members: vec![pb::GroupMembers {
                    group_id: "sre".into(),
                    user_ids: vec!["lead@acme.test".into(), "dev@acme.test".into()],
                }],
                on_call_rosters: vec![pb::OnCallRoster {
                    integration: "pagerduty".into(),
                    service: "api".into(),
                    user_ids: vec!["lead@acme.test".into(), "dev@acme.test".into()],
                }],
                ownerships: vec![pb::Ownership {
                    service: "aws".into(),
                    owner_ids: vec!["lead@acme.test".into()],
                    ..Default::default()
                }],
            }),
            event("acme", "directory_batch", ""),
        )
        .await
        .unwrap();
    assert_eq!(counts.total(), 6);
    let dev = store.user(&ACME, &UserId::new("dev@acme.test")).await.unwrap().unwrap();
    assert_eq!(dev.user.manager_id.as_deref(), Some("lead@acme.test"));
    assert_eq!(dev.group_ids, ["sre"]);
    let roster = pagerduty_api(&store).await.unwrap();
    assert_eq!(roster.user_ids, ["dev@acme.test", "lead@acme.test"], "read back sorted");

    let events = store.events(&ACME, 0, 10).await.unwrap();
    assert_eq!(events.len(), 1);
    let e = &events[0].event;
    assert_eq!(e.subject_type, "directory_batch");
    assert_eq!(e.before, None, "nothing was replaced");
    assert_eq!(e.after.as_ref().unwrap()["counts"]["users"], 2);

    // A second batch replaces the member list; the event keeps the old one.
    store
        .batch_upsert(
            &ACME,
            batch(pb::BatchUpsertRequest {
                group_members: vec![pb::GroupMembers {
                    group_id: "sre".into(),
                    user_ids: vec!["dev@acme.test".into()],
                }],
                ..Default::default()
            }),
            event("acme", "directory_batch", ""),
        )
        .await
        .unwrap();
    let members = store
        .group_members(&ACME, &GroupId::from("sre"), all())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(members.total, 1);
    let events = store.events(&ACME, 0, 10).await.unwrap();
    let before = events[1].event.before.as_ref().unwrap();
    assert_eq!(
        before["groupMembers"][0]["userIds"],
        serde_json::json!(["dev@acme.test", "lead@acme.test"])
    );
}

async fn a_write_naming_what_does_not_exist_stores_nothing(store: Arc<dyn Store>) {
    // Everything in this batch is fine except its last item.
    let refused = store
        .batch_upsert(
            &ACME,
            batch(pb::BatchUpsertRequest {
                users: vec![wire_user("a@acme.test", ""), wire_user("b@acme.test", "a@acme.test")],
                groups: vec![pb::Group {
                    id: "sre".into(),
                    ..Default::default()
                }],
                ownerships: vec![pb::Ownership {
                    service: "aws".into(),
                    owner_ids: vec!["a@acme.test".into(), "ghost@acme.test".into()],
                    ..Default::default()
                }],
                ..Default::default()
            }),
            event("acme", "directory_batch", ""),
        )
        .await
        .unwrap_err();
    let Error::InvalidArgument(v) = refused else {
        panic!("{refused:?}")
    };
    assert_eq!(v.len(), 1);
    assert_eq!(v[0].field, "ownerships[0].owner_ids[1]");
    assert!(ids_of_users(&store, "acme").await.is_empty());
    assert!(store.group(&ACME, &GroupId::from("sre")).await.unwrap().is_none());
    assert!(store.events(&ACME, 0, 10).await.unwrap().is_empty());

    // A single upsert names its own field.
    let err = store
        .upsert_user(
            &ACME,
            user("c@acme.test", Some("nobody@acme.test")),
            event("acme", "user", "c@acme.test"),
        )
        .await
        .unwrap_err();
    let Error::InvalidArgument(v) = err else {
        panic!("{err:?}")
    };
    assert_eq!(v[0].field, "user.manager_id");
    assert!(store.user(&ACME, &UserId::new("c@acme.test")).await.unwrap().is_none());
}

async fn a_manager_cycle_through_stored_users_is_refused(store: Arc<dyn Store>) {
    put_user(&store, "acme", user("c@acme.test", None)).await;
    put_user(&store, "acme", user("b@acme.test", Some("c@acme.test"))).await;
    put_user(&store, "acme", user("a@acme.test", Some("b@acme.test"))).await;
    let err = store
        .upsert_user(
            &ACME,
            user("c@acme.test", Some("a@acme.test")),
            event("acme", "user", "c@acme.test"),
        )
        .await
        .unwrap_err();
    let Error::InvalidArgument(v) = err else {
        panic!("{err:?}")
    };
    assert_eq!(v[0].field, "user.manager_id");
    assert_eq!(
        v[0].description,
        "creates a manager cycle: c@acme.test → a@acme.test → b@acme.test → c@acme.test"
    );
    let c = store.user(&ACME, &UserId::new("c@acme.test")).await.unwrap().unwrap();
    assert_eq!(c.user.manager_id, None, "the refused write changed nothing");
}

async fn concurrent_writes_cannot_close_a_manager_cycle_together(store: Arc<dyn Store>) {
    // Each pair starts unrelated; then both "a reports to b" and "b reports
    // to a" are written at once. Each check alone passes against the old
    // state; the org's directory lock makes the second see the first.
    for round in 0..8 {
        let (a, b) = (format!("a{round}@acme.test"), format!("b{round}@acme.test"));
        put_user(&store, "acme", user(&a, None)).await;
        put_user(&store, "acme", user(&b, None)).await;
        let writes = [(a.clone(), b.clone()), (b.clone(), a.clone())].map(|(who, manager)| {
            let store = store.clone();
            tokio::spawn(async move {
                let id = who.clone();
                store
                    .upsert_user(&ACME, user(&who, Some(&manager)), event("acme", "user", &id))
                    .await
            })
        });
        let mut wins = 0;
        for write in writes {
            match write.await.unwrap() {
                Ok(_) => wins += 1,
                Err(e) => assert!(matches!(e, Error::InvalidArgument(_)), "{e:?}"),
            }
        }
        assert_eq!(wins, 1, "round {round}: exactly one of the two may win");
    }
}

async fn deleting_a_user_takes_their_memberships_rosters_and_sole_ownerships(store: Arc<dyn Store>) {
    store
        .batch_upsert(
            &ACME,
            batch(pb::BatchUpsertRequest {
                users: vec![
                    wire_user("boss@acme.test", ""),
                    wire_user("dev@acme.test", "boss@acme.test"),
                    wire_user("ops@acme.test", ""),
                ],
                groups: vec![pb::Group {
                    id: "sre".into(),
                    ..Default::default()
                }],
                group_members: vec![pb::GroupMembers {
                    group_id: "sre".into(),
                    user_ids: vec!["dev@acme.test".into(), "ops@acme.test".into()],
                }],
                on_call_rosters: vec![pb::OnCallRoster {
                    integration: "pagerduty".into(),
                    service: "api".into(),
                    user_ids: vec!["dev@acme.test".into(), "ops@acme.test".into()],
                }],
                ownerships: vec![
                    pb::Ownership {
                        service: "aws".into(),
                        owner_ids: vec!["dev@acme.test".into()],
                        ..Default::default()
                    },
                    pb::Ownership {
                        service: "gcp".into(),
                        owner_ids: vec!["dev@acme.test".into(), "ops@acme.test".into()],
                        ..Default::default()
                    },
                ],
            }),
            event("acme", "directory_batch", ""),
        )
        .await
        .unwrap();

    let refused = store
        .delete_user(
            &ACME,
            &UserId::new("boss@acme.test"),
            event("acme", "user", "boss@acme.test"),
        )
        .await
        .unwrap_err();
    let Error::FailedPrecondition { message, .. } = &refused else {
        panic!("{refused:?}")
    };
    assert!(message.contains("dev@acme.test"), "{message}");

    store
        .delete_user(
            &ACME,
            &UserId::new("DEV@acme.test"),
            event("acme", "user", "dev@acme.test"),
        )
        .await
        .unwrap();
    assert!(
        store
            .user(&ACME, &UserId::new("dev@acme.test"))
            .await
            .unwrap()
            .is_none()
    );
    let members = store
        .group_members(&ACME, &GroupId::from("sre"), all())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        members.items.iter().map(|u| u.user.id.as_str()).collect::<Vec<_>>(),
        ["ops@acme.test"]
    );
    let roster = pagerduty_api(&store).await.unwrap();
    assert_eq!(roster.user_ids, ["ops@acme.test"]);
    let aws = OwnershipKey {
        service: "aws".into(),
        resource_id: None,
    };
    assert!(
        store.ownership(&ACME, &aws).await.unwrap().is_none(),
        "its only owner left"
    );
    let gcp = OwnershipKey {
        service: "gcp".into(),
        resource_id: None,
    };
    assert_eq!(
        store.ownership(&ACME, &gcp).await.unwrap().unwrap().owner_ids,
        ["ops@acme.test"]
    );

    // With their report gone, the manager may go too.
    store
        .delete_user(
            &ACME,
            &UserId::new("boss@acme.test"),
            event("acme", "user", "boss@acme.test"),
        )
        .await
        .unwrap();
    let missing = store
        .delete_user(
            &ACME,
            &UserId::new("boss@acme.test"),
            event("acme", "user", "boss@acme.test"),
        )
        .await
        .unwrap_err();
    assert!(matches!(missing, Error::NotFound(_)), "{missing:?}");
    let deleted = store.events(&ACME, 0, 10).await.unwrap();
    let user_deleted = &deleted[1].event;
    assert_eq!(user_deleted.subject_id, "dev@acme.test");
    assert_eq!(
        user_deleted.before.as_ref().unwrap()["groupIds"],
        serde_json::json!(["sre"])
    );
    assert_eq!(user_deleted.after, None);
}

async fn deleting_a_group_or_roster_takes_its_members(store: Arc<dyn Store>) {
    put_user(&store, "acme", user("dev@acme.test", None)).await;
    put_group(&store, "acme", "sre").await;
    store
        .add_group_member(
            &ACME,
            &membership("sre", "dev@acme.test"),
            event("acme", "group_member", "sre/dev"),
        )
        .await
        .unwrap();
    let roster = OnCallRoster {
        integration: "pagerduty".into(),
        service: "api".into(),
        user_ids: vec!["dev@acme.test".into()],
    };
    store
        .upsert_on_call_roster(&ACME, roster, event("acme", "oncall_roster", "pagerduty/api"))
        .await
        .unwrap();

    store
        .delete_group(&ACME, &GroupId::from("sre"), event("acme", "group", "sre"))
        .await
        .unwrap();
    assert!(
        store
            .group_members(&ACME, &GroupId::from("sre"), all())
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        store
            .user(&ACME, &UserId::new("dev@acme.test"))
            .await
            .unwrap()
            .unwrap()
            .group_ids
            .is_empty()
    );
    // A group of the same id starts out empty.
    put_group(&store, "acme", "sre").await;
    assert_eq!(
        store
            .group_members(&ACME, &GroupId::from("sre"), all())
            .await
            .unwrap()
            .unwrap()
            .total,
        0
    );

    store
        .delete_on_call_roster(
            &ACME,
            &roster_key("pagerduty", "api"),
            event("acme", "oncall_roster", "pagerduty/api"),
        )
        .await
        .unwrap();
    assert!(pagerduty_api(&store).await.is_none());
    let again = store
        .delete_on_call_roster(
            &ACME,
            &roster_key("pagerduty", "api"),
            event("acme", "oncall_roster", "pagerduty/api"),
        )
        .await
        .unwrap_err();
    assert!(matches!(again, Error::NotFound(_)));
    let missing = store
        .delete_group(&ACME, &GroupId::from("nope"), event("acme", "group", "nope"))
        .await
        .unwrap_err();
    assert!(matches!(missing, Error::NotFound(_)));
}

async fn memberships_are_idempotent_and_need_their_group_and_user(store: Arc<dyn Store>) {
    put_user(&store, "acme", user("dev@acme.test", None)).await;
    put_group(&store, "acme", "sre").await;
    for _ in 0..2 {
        store
            .add_group_member(
                &ACME,
                &membership("sre", "Dev@acme.test"),
                event("acme", "group_member", "sre/dev"),
            )
            .await
            .unwrap();
    }
    assert_eq!(
        store
            .group_members(&ACME, &GroupId::from("sre"), all())
            .await
            .unwrap()
            .unwrap()
            .total,
        1
    );
    let no_user = store
        .add_group_member(
            &ACME,
            &membership("sre", "ghost@acme.test"),
            event("acme", "group_member", "x"),
        )
        .await
        .unwrap_err();
    assert!(
        matches!(no_user, Error::NotFound(ref m) if m.contains("user")),
        "{no_user:?}"
    );
    let no_group = store
        .add_group_member(
            &ACME,
            &membership("ghosts", "dev@acme.test"),
            event("acme", "group_member", "x"),
        )
        .await
        .unwrap_err();
    assert!(
        matches!(no_group, Error::NotFound(ref m) if m.contains("group")),
        "{no_group:?}"
    );

    for _ in 0..2 {
        store
            .remove_group_member(
                &ACME,
                &membership("sre", "dev@acme.test"),
                event("acme", "group_member", "sre/dev"),
            )
            .await
            .unwrap();
    }
    assert_eq!(
        store
            .group_members(&ACME, &GroupId::from("sre"), all())
            .await
            .unwrap()
            .unwrap()
            .total,
        0
    );
    let no_group = store
        .remove_group_member(
            &ACME,
            &membership("ghosts", "dev@acme.test"),
            event("acme", "group_member", "x"),
        )
        .await
        .unwrap_err();
    assert!(matches!(no_group, Error::NotFound(_)));

    // Every successful call left one event; a repeat records before == after.
    let events = store.events(&ACME, 0, 100).await.unwrap();
    let memberships: Vec<_> = events
        .iter()
        .filter(|e| e.event.subject_type == "group_member")
        .map(|e| (e.event.before.is_some(), e.event.after.is_some()))
        .collect();
    assert_eq!(
        memberships,
        [(false, true), (true, true), (true, false), (false, false)]
    );
}

async fn rosters_and_ownerships_replace_and_list_in_key_order(store: Arc<dyn Store>) {
    for id in ["a@acme.test", "b@acme.test"] {
        put_user(&store, "acme", user(id, None)).await;
    }
    for (integration, service) in [("pagerduty", "web"), ("opsgenie", "db"), ("pagerduty", "api")] {
        let roster = OnCallRoster {
            integration: integration.into(),
            service: service.into(),
            user_ids: vec!["b@acme.test".into(), "a@acme.test".into()],
        };
        let stored = store
            .upsert_on_call_roster(&ACME, roster, event("acme", "oncall_roster", service))
            .await
            .unwrap();
        assert_eq!(stored.user_ids, ["a@acme.test", "b@acme.test"]);
    }
    let emptied = OnCallRoster {
        integration: "pagerduty".into(),
        service: "web".into(),
        user_ids: vec![],
    };
    store
        .upsert_on_call_roster(&ACME, emptied, event("acme", "oncall_roster", "web"))
        .await
        .unwrap();
    let listed = store.on_call_rosters(&ACME, None, all()).await.unwrap();
    let keys: Vec<_> = listed
        .items
        .iter()
        .map(|r| (r.integration.as_str(), r.service.as_str(), r.user_ids.len()))
        .collect();
    assert_eq!(
        keys,
        [("opsgenie", "db", 2), ("pagerduty", "api", 2), ("pagerduty", "web", 0)]
    );
    let pagerduty = store.on_call_rosters(&ACME, Some("pagerduty"), all()).await.unwrap();
    assert_eq!(pagerduty.total, 2);

    let owned = |service: &str, resource: Option<&str>, owners: &[&str]| Ownership {
        key: OwnershipKey {
            service: service.into(),
            resource_id: resource.map(String::from),
        },
        owner_ids: owners.iter().map(|o| UserId::new(o)).collect(),
    };
    for o in [
        owned("aws", Some("arn:aws:s3:::logs/2026"), &["b@acme.test"]),
        owned("aws", None, &["b@acme.test", "a@acme.test"]),
        owned("gcp", Some("projects/p"), &["a@acme.test"]),
    ] {
        let subject = o.key.subject_id();
        store
            .upsert_ownership(&ACME, o, event("acme", "ownership", &subject))
            .await
            .unwrap();
    }
    let listed = store.ownerships(&ACME, None, all()).await.unwrap();
    let keys: Vec<_> = listed.items.iter().map(|o| o.key.subject_id()).collect();
    assert_eq!(
        keys,
        ["aws", "aws/arn:aws:s3:::logs/2026", "gcp/projects/p"],
        "service owners first"
    );
    assert_eq!(listed.items[0].owner_ids, ["a@acme.test", "b@acme.test"]);
    assert_eq!(store.ownerships(&ACME, Some("aws"), all()).await.unwrap().total, 2);

    let replaced = owned("aws", None, &["a@acme.test"]);
    store
        .upsert_ownership(&ACME, replaced.clone(), event("acme", "ownership", "aws"))
        .await
        .unwrap();
    assert_eq!(store.ownership(&ACME, &replaced.key).await.unwrap().unwrap(), replaced);
    store
        .delete_ownership(&ACME, &replaced.key, event("acme", "ownership", "aws"))
        .await
        .unwrap();
    assert!(store.ownership(&ACME, &replaced.key).await.unwrap().is_none());
    let resource = store
        .ownership(&ACME, &owned("aws", Some("arn:aws:s3:::logs/2026"), &[]).key)
        .await
        .unwrap();
    assert!(resource.is_some(), "the service's resources keep their owners");
}

async fn lists_page_by_id_byte_order_with_totals(store: Arc<dyn Store>) {
    // Byte order, not a locale's: 'Z' < 'a', '-' < '.' < '_'.
    for id in ["beta_1", "alpha", "Zeta", "beta.3", "beta-2"] {
        put_group(&store, "acme", id).await;
    }
    let mut seen = Vec::new();
    for offset in (0..6).step_by(2) {
        let listed = store.groups(&ACME, page(2, offset)).await.unwrap();
        assert_eq!(listed.total, 5);
        seen.extend(listed.items.into_iter().map(|g| g.id));
    }
    assert_eq!(seen, ["Zeta", "alpha", "beta-2", "beta.3", "beta_1"]);
    let past = store.groups(&ACME, page(2, 50)).await.unwrap();
    assert!(past.items.is_empty());
    assert_eq!(past.total, 5);

    put_user(&store, "acme", user("boss@acme.test", None)).await;
    for id in ["c@acme.test", "a@acme.test", "b@acme.test"] {
        put_user(&store, "acme", user(id, Some("boss@acme.test"))).await;
    }
    let reports = store
        .users(&ACME, Some(&UserId::new("BOSS@acme.test")), page(2, 1))
        .await
        .unwrap();
    assert_eq!(reports.total, 3);
    let ids: Vec<_> = reports.items.iter().map(|u| u.user.id.as_str()).collect();
    assert_eq!(ids, ["b@acme.test", "c@acme.test"]);
}

async fn orgs_are_isolated(store: Arc<dyn Store>) {
    put_user(&store, "acme", user("alice@shared.test", None)).await;
    put_group(&store, "acme", "sre").await;
    assert!(
        store
            .user(&GLOBEX, &UserId::new("alice@shared.test"))
            .await
            .unwrap()
            .is_none()
    );
    assert!(store.group(&GLOBEX, &GroupId::from("sre")).await.unwrap().is_none());
    let err = store
        .add_group_member(
            &GLOBEX,
            &membership("sre", "alice@shared.test"),
            event("globex", "group_member", "x"),
        )
        .await
        .unwrap_err();
    assert!(matches!(err, Error::NotFound(_)));
    // A globex write may not name acme's user either.
    let err = store
        .upsert_user(
            &GLOBEX,
            user("bob@globex.test", Some("alice@shared.test")),
            event("globex", "user", "bob@globex.test"),
        )
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidArgument(_)));

    put_user(&store, "globex", user("alice@shared.test", None)).await;
    store
        .delete_user(
            &GLOBEX,
            &UserId::new("alice@shared.test"),
            event("globex", "user", "alice@shared.test"),
        )
        .await
        .unwrap();
    assert!(
        store
            .user(&ACME, &UserId::new("alice@shared.test"))
            .await
            .unwrap()
            .is_some()
    );
    assert_eq!(store.events(&ACME, 0, 100).await.unwrap().len(), 2);
}

async fn single_upserts_record_the_object_before_and_after(store: Arc<dyn Store>) {
    put_user(&store, "acme", user("alice@acme.test", None)).await;
    let renamed = User {
        display_name: "Alice A.".into(),
        ..user("alice@acme.test", None)
    };
    store
        .upsert_user(&ACME, renamed, event("acme", "user", "alice@acme.test"))
        .await
        .unwrap();
    let events = store.events(&ACME, 0, 10).await.unwrap();
    assert_eq!(events.len(), 2);
    let (created, replaced) = (&events[0].event, &events[1].event);
    assert_eq!(created.kind, "DIRECTORY_CHANGED");
    assert_eq!(created.before, None);
    assert_eq!(
        created.after.as_ref().unwrap()["displayName"],
        "Name of alice@acme.test"
    );
    assert_eq!(
        replaced.before.as_ref().unwrap()["displayName"],
        "Name of alice@acme.test"
    );
    assert_eq!(replaced.after.as_ref().unwrap()["displayName"], "Alice A.");
    assert_eq!(replaced.after.as_ref().unwrap()["attributes"]["department"], "sre");
}

/// Evaluation reads an org's directory whole, in one call: every user,
/// membership, roster entry and owner, and nothing of another org.
async fn the_directory_view_holds_the_whole_org_and_only_it(store: Arc<dyn Store>) {
    let empty = store.directory_view(&ACME).await.unwrap();
    assert!(empty.users.is_empty() && empty.on_call.is_empty() && empty.owners.is_empty());
    for org in ["acme", "globex"] {
        store
            .batch_upsert(
                &OrgId::from(org),
                batch(pb::BatchUpsertRequest {
                    users: vec![
                        wire_user(&format!("Dev@{org}.test"), &format!("lead@{org}.test")),
                        wire_user(&format!("lead@{org}.test"), ""),
                    ],
                    groups: vec![
                        pb::Group {
                            id: "sre".into(),
                            ..Default::default()
                        },
                        pb::Group {
                            id: "Eng".into(),
                            ..Default::default()
                        },
                    ],
                    group_members: vec![
                        pb::GroupMembers {
                            group_id: "sre".into(),
                            user_ids: vec![format!("lead@{org}.test"), format!("dev@{org}.test")],
                        },
                        pb::GroupMembers {
                            group_id: "Eng".into(),
                            user_ids: vec![format!("dev@{org}.test")],
                        },
                    ],
                    on_call_rosters: vec![
                        pb::OnCallRoster {
                            integration: "pagerduty".into(),
                            service: "api".into(),
                            user_ids: vec![format!("lead@{org}.test"), format!("dev@{org}.test")],
                        },
                        pb::OnCallRoster {
                            integration: "pagerduty".into(),
                            service: "quiet".into(),
                            user_ids: vec![],
                        },
                    ],
                    ownerships: vec![
                        pb::Ownership {
                            service: "aws".into(),
                            owner_ids: vec![format!("lead@{org}.test")],
                            ..Default::default()
                        },
                        pb::Ownership {
                            service: "aws".into(),
                            resource_id: "db/prod".into(),
                            owner_ids: vec![format!("dev@{org}.test"), format!("lead@{org}.test")],
                            ..Default::default()
                        },
                    ],
                }),
                event(org, "directory_batch", ""),
            )
            .await
            .unwrap();
    }
    let view = store.directory_view(&ACME).await.unwrap();
    assert_eq!(
        view.users.keys().cloned().collect::<Vec<_>>(),
        ["dev@acme.test", "lead@acme.test"]
    );
    assert_eq!(
        view.user(&UserId::new("DEV@acme.test")).unwrap().manager_id.as_deref(),
        Some("lead@acme.test")
    );
    assert_eq!(
        view.memberships
            .groups_of(&UserId::new("dev@acme.test"))
            .collect::<Vec<_>>(),
        ["Eng", "sre"]
    );
    assert_eq!(
        view.memberships.members(&GroupId::from("sre")).collect::<Vec<_>>(),
        ["dev@acme.test", "lead@acme.test"]
    );
    assert_eq!(
        view.on_call_for("pagerduty", "api"),
        ["dev@acme.test", "lead@acme.test"]
    );
    assert!(view.on_call_for("pagerduty", "quiet").is_empty());
    assert!(view.is_on_call("pagerduty", &[], &UserId::new("lead@acme.test")));
    assert_eq!(view.owners_of("aws", None), ["lead@acme.test"]);
    assert_eq!(
        view.owners_of("aws", Some("db/prod")),
        ["dev@acme.test", "lead@acme.test"]
    );
    assert!(view.owners_of("aws", Some("other")).is_empty());
    // Nothing of globex leaks in.
    assert!(view.user(&UserId::new("dev@globex.test")).is_none());
    assert!(!view.is_on_call("pagerduty", &[], &UserId::new("dev@globex.test")));
}

/// Decision 0023: an id with an `@` is an email address, compared without
/// ASCII case; any other id (a SailPoint identity id, Okta ids, a plain user
/// name) is opaque and compared exactly, in every lookup and reference.
async fn opaque_ids_compare_exactly_and_email_addresses_without_case(store: Arc<dyn Store>) {
    let sailpoint = "2c9180835d2e5168015d32f890ca1581";
    let (okta_upper, okta_lower) = ("00u1AbCdE", "00u1abcde");
    store
        .batch_upsert(
            &ACME,
            batch(pb::BatchUpsertRequest {
                users: vec![
                    wire_user(sailpoint, ""),
                    wire_user(okta_upper, sailpoint),
                    wire_user(okta_lower, ""),
                    wire_user("jdoe", okta_upper),
                    wire_user("Alice@ACME.test", "jdoe"),
                ],
                groups: vec![pb::Group {
                    id: "sre".into(),
                    ..Default::default()
                }],
                group_members: vec![pb::GroupMembers {
                    group_id: "sre".into(),
                    user_ids: vec![okta_upper.into(), "ALICE@acme.test".into()],
                }],
                ownerships: vec![pb::Ownership {
                    service: "aws".into(),
                    owner_ids: vec![okta_lower.into()],
                    ..Default::default()
                }],
                ..Default::default()
            }),
            event("acme", "directory", "batch"),
        )
        .await
        .unwrap();
    let mut ids = ids_of_users(&store, "acme").await;
    ids.sort();
    assert_eq!(ids, ["00u1AbCdE", "00u1abcde", sailpoint, "alice@acme.test", "jdoe"]);

    let read = |id: &'static str| {
        let store = store.clone();
        async move { store.user(&ACME, &UserId::new(id)).await.unwrap().map(|u| u.user) }
    };
    assert_eq!(read("00u1AbCdE").await.unwrap().manager_id.as_deref(), Some(sailpoint));
    assert_eq!(read("00u1abcde").await.unwrap().manager_id, None);
    assert!(read("00U1ABCDE").await.is_none(), "opaque ids are not folded");
    assert!(read("2C9180835D2E5168015D32F890CA1581").await.is_none());
    assert_eq!(
        read("alice@Acme.TEST").await.unwrap().manager_id.as_deref(),
        Some("jdoe")
    );
    assert!(read("JDOE").await.is_none());

    let reports = |manager: &'static str| {
        let store = store.clone();
        async move {
            let listed = store.users(&ACME, Some(&UserId::new(manager)), all()).await.unwrap();
            listed.items.into_iter().map(|u| u.user.id).collect::<Vec<_>>()
        }
    };
    assert_eq!(reports("00u1AbCdE").await, ["jdoe"]);
    assert!(reports("00u1abcde").await.is_empty());
    let members = store
        .group_members(&ACME, &GroupId::from("sre"), all())
        .await
        .unwrap()
        .unwrap();
    let mut members: Vec<String> = members.items.into_iter().map(|u| u.user.id.into()).collect();
    members.sort();
    assert_eq!(members, ["00u1AbCdE", "alice@acme.test"]);
    assert_eq!(read("00u1AbCdE").await.map(|u| u.id), Some(UserId::new("00u1AbCdE")));

    // Deleting one of two ids that differ only in case leaves the other.
    store
        .delete_user(&ACME, &UserId::new(okta_lower), event("acme", "user", okta_lower))
        .await
        .unwrap();
    assert!(read("00u1abcde").await.is_none());
    assert!(read("00u1AbCdE").await.is_some());
}

crate::conformance!(
    opaque_ids_compare_exactly_and_email_addresses_without_case,
    an_empty_org_has_an_empty_directory,
    users_read_back_exactly_and_case_insensitively,
    an_upsert_replaces_the_whole_user_and_keeps_their_groups,
    a_batch_writes_everything_with_one_event,
    a_write_naming_what_does_not_exist_stores_nothing,
    a_manager_cycle_through_stored_users_is_refused,
    concurrent_writes_cannot_close_a_manager_cycle_together,
    deleting_a_user_takes_their_memberships_rosters_and_sole_ownerships,
    deleting_a_group_or_roster_takes_its_members,
    memberships_are_idempotent_and_need_their_group_and_user,
    rosters_and_ownerships_replace_and_list_in_key_order,
    lists_page_by_id_byte_order_with_totals,
    orgs_are_isolated,
    single_upserts_record_the_object_before_and_after,
    the_directory_view_holds_the_whole_org_and_only_it,
);
