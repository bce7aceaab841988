//! DirectoryService through a real server and the generated tonic client, on
//! SQLite and on PostgreSQL: every RPC, validation with exact field paths,
//! manager cycles, all-or-nothing batches, paging, tenancy, roles and audit.

use common::{Backend, TestServer, admin_token, authed, token, violations};
use jitgate::{
    domain::ids::OrgId,
    pb::v1::{self as pb, directory_service_client::DirectoryServiceClient},
    store::{EventStore, NewEvent},
};
use sea_orm::{ConnectionTrait, Database};
use tonic::{Code, Status, transport::Channel};

use crate::common;

type Client = DirectoryServiceClient<Channel>;

async fn client(server: &TestServer) -> Client {
    DirectoryServiceClient::new(server.channel().await)
}

fn user(id: &str, manager: &str) -> pb::User {
    pb::User {
        id: id.into(),
        manager_id: manager.into(),
        ..Default::default()
    }
}

fn group(id: &str) -> pb::Group {
    pb::Group {
        id: id.into(),
        display_name: format!("Group {id}"),
        directory: "okta".into(),
    }
}

async fn upsert_user(c: &mut Client, token: &str, u: pb::User) -> Result<pb::User, Status> {
    let req = pb::UpsertUserRequest { user: Some(u) };
    Ok(c.upsert_user(authed(token, req)).await?.into_inner().user.unwrap())
}

async fn get_user(c: &mut Client, token: &str, id: &str) -> Result<pb::User, Status> {
    let req = pb::GetUserRequest { id: id.into() };
    Ok(c.get_user(authed(token, req)).await?.into_inner().user.unwrap())
}

async fn list_users(c: &mut Client, token: &str, limit: i32, offset: i32) -> Result<pb::ListUsersResponse, Status> {
    let req = pb::ListUsersRequest {
        limit,
        offset,
        manager_id: String::new(),
    };
    Ok(c.list_users(authed(token, req)).await?.into_inner())
}

async fn upsert_group(c: &mut Client, token: &str, id: &str) -> Result<pb::Group, Status> {
    let req = pb::UpsertGroupRequest { group: Some(group(id)) };
    Ok(c.upsert_group(authed(token, req)).await?.into_inner().group.unwrap())
}

async fn add_member(c: &mut Client, token: &str, group_id: &str, user_id: &str) -> Result<(), Status> {
    let req = pb::AddGroupMemberRequest {
        group_id: group_id.into(),
        user_id: user_id.into(),
    };
    c.add_group_member(authed(token, req)).await.map(|_| ())
}

async fn members(c: &mut Client, token: &str, group_id: &str) -> Result<Vec<String>, Status> {
    let req = pb::ListGroupMembersRequest {
        group_id: group_id.into(),
        ..Default::default()
    };
    let listed = c.list_group_members(authed(token, req)).await?.into_inner();
    Ok(listed.data.into_iter().map(|u| u.id).collect())
}

async fn batch(c: &mut Client, token: &str, req: pb::BatchUpsertRequest) -> Result<pb::BatchUpsertResponse, Status> {
    Ok(c.batch_upsert(authed(token, req)).await?.into_inner())
}

fn fields(status: &Status) -> Vec<String> {
    assert_eq!(status.code(), Code::InvalidArgument, "{status:?}");
    violations(status).into_iter().map(|(f, _)| f).collect()
}

async fn events(server: &TestServer, org: &str) -> Vec<NewEvent> {
    let store = server.db.as_ref().unwrap().store().await;
    store
        .events(&OrgId::from(org), 0, 1000)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.event)
        .collect()
}

async fn user_ids(c: &mut Client, token: &str) -> Vec<String> {
    let listed = list_users(c, token, 100, 0).await.unwrap();
    listed.data.into_iter().map(|u| u.id).collect()
}

async fn every_user_rpc_round_trips(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut c = client(&server).await;
    let admin = admin_token("acme");

    upsert_user(&mut c, &admin, user("Boss@Acme.Test", "")).await.unwrap();
    let mut alice = user("Alice@Acme.Test", "BOSS@acme.test");
    alice.display_name = "Alice".into();
    alice.attributes.insert("department".into(), "SRE".into());
    alice.group_ids = vec!["ignored-on-input".into()];
    let stored = upsert_user(&mut c, &admin, alice).await.unwrap();
    let expected = pb::User {
        id: "alice@acme.test".into(),
        email: "alice@acme.test".into(),
        display_name: "Alice".into(),
        manager_id: "boss@acme.test".into(),
        attributes: [("department".to_string(), "SRE".to_string())].into(),
        group_ids: vec![],
    };
    assert_eq!(
        stored, expected,
        "ids lower-cased, email defaulted, group_ids read-only"
    );
    assert_eq!(get_user(&mut c, &admin, "ALICE@acme.test").await.unwrap(), expected);

    let reports = c
        .list_users(authed(
            &admin,
            pb::ListUsersRequest {
                manager_id: "boss@ACME.test".into(),
                ..Default::default()
            },
        ))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(reports.data, vec![expected.clone()]);
    assert_eq!(
        reports.pagination,
        Some(pb::Pagination {
            total: 1,
            limit: 50,
            offset: 0
        })
    );

    upsert_group(&mut c, &admin, "sre").await.unwrap();
    add_member(&mut c, &admin, "sre", "alice@acme.test").await.unwrap();
    assert_eq!(
        get_user(&mut c, &admin, "alice@acme.test").await.unwrap().group_ids,
        ["sre"]
    );

    c.delete_user(authed(
        &admin,
        pb::DeleteUserRequest {
            id: "alice@acme.test".into(),
        },
    ))
    .await
    .unwrap();
    let gone = get_user(&mut c, &admin, "alice@acme.test").await.unwrap_err();
    assert_eq!(gone.code(), Code::NotFound);
    let again = c
        .delete_user(authed(
            &admin,
            pb::DeleteUserRequest {
                id: "alice@acme.test".into(),
            },
        ))
        .await
        .unwrap_err();
    assert_eq!(again.code(), Code::NotFound);
    assert!(members(&mut c, &admin, "sre").await.unwrap().is_empty());
}

async fn groups_and_memberships_round_trip_and_memberships_are_idempotent(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut c = client(&server).await;
    let admin = admin_token("acme");
    for id in ["b@acme.test", "a@acme.test"] {
        upsert_user(&mut c, &admin, user(id, "")).await.unwrap();
    }
    assert_eq!(upsert_group(&mut c, &admin, "sre").await.unwrap(), group("sre"));
    let read = c
        .get_group(authed(&admin, pb::GetGroupRequest { id: "sre".into() }))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(read.group, Some(group("sre")));
    let not_found = c
        .get_group(authed(&admin, pb::GetGroupRequest { id: "SRE".into() }))
        .await
        .unwrap_err();
    assert_eq!(not_found.code(), Code::NotFound, "group ids are case-sensitive");

    for _ in 0..2 {
        add_member(&mut c, &admin, "sre", "B@acme.test").await.unwrap();
        add_member(&mut c, &admin, "sre", "a@acme.test").await.unwrap();
    }
    assert_eq!(
        members(&mut c, &admin, "sre").await.unwrap(),
        ["a@acme.test", "b@acme.test"]
    );

    let remove = |user: &str| pb::RemoveGroupMemberRequest {
        group_id: "sre".into(),
        user_id: user.into(),
    };
    for _ in 0..2 {
        c.remove_group_member(authed(&admin, remove("b@acme.test")))
            .await
            .unwrap();
    }
    c.remove_group_member(authed(&admin, remove("never@acme.test")))
        .await
        .unwrap();
    assert_eq!(members(&mut c, &admin, "sre").await.unwrap(), ["a@acme.test"]);

    let no_user = add_member(&mut c, &admin, "sre", "ghost@acme.test").await.unwrap_err();
    assert_eq!(no_user.code(), Code::NotFound);
    assert!(no_user.message().contains("ghost@acme.test"), "{}", no_user.message());
    let no_group = add_member(&mut c, &admin, "ghosts", "a@acme.test").await.unwrap_err();
    assert_eq!(no_group.code(), Code::NotFound);
    let no_group = c
        .remove_group_member(authed(
            &admin,
            pb::RemoveGroupMemberRequest {
                group_id: "ghosts".into(),
                user_id: "a@acme.test".into(),
            },
        ))
        .await
        .unwrap_err();
    assert_eq!(no_group.code(), Code::NotFound);
    let bad = add_member(&mut c, &admin, "", "not an id").await.unwrap_err();
    assert_eq!(fields(&bad), ["group_id", "user_id"]);

    let listed = c
        .list_groups(authed(&admin, pb::ListGroupsRequest::default()))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(listed.data, vec![group("sre")]);
    c.delete_group(authed(&admin, pb::DeleteGroupRequest { id: "sre".into() }))
        .await
        .unwrap();
    assert_eq!(members(&mut c, &admin, "sre").await.unwrap_err().code(), Code::NotFound);
    assert!(
        get_user(&mut c, &admin, "a@acme.test")
            .await
            .unwrap()
            .group_ids
            .is_empty()
    );
    let again = c
        .delete_group(authed(&admin, pb::DeleteGroupRequest { id: "sre".into() }))
        .await
        .unwrap_err();
    assert_eq!(again.code(), Code::NotFound);
}

async fn rosters_and_ownerships_round_trip(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut c = client(&server).await;
    let admin = admin_token("acme");
    for id in ["b@acme.test", "a@acme.test"] {
        upsert_user(&mut c, &admin, user(id, "")).await.unwrap();
    }

    let roster = |users: &[&str]| pb::OnCallRoster {
        integration: "pagerduty".into(),
        service: "payments".into(),
        user_ids: users.iter().map(|u| u.to_string()).collect(),
    };
    let unknown = c
        .upsert_on_call_roster(authed(
            &admin,
            pb::UpsertOnCallRosterRequest {
                roster: Some(roster(&["a@acme.test", "ghost@acme.test"])),
            },
        ))
        .await
        .unwrap_err();
    assert_eq!(fields(&unknown), ["roster.user_ids[1]"]);
    let stored = c
        .upsert_on_call_roster(authed(
            &admin,
            pb::UpsertOnCallRosterRequest {
                roster: Some(roster(&["B@acme.test", "a@acme.test"])),
            },
        ))
        .await
        .unwrap()
        .into_inner()
        .roster
        .unwrap();
    assert_eq!(
        stored,
        roster(&["a@acme.test", "b@acme.test"]),
        "stored lower-cased and sorted"
    );
    let key = || pb::GetOnCallRosterRequest {
        integration: "pagerduty".into(),
        service: "payments".into(),
    };
    let read = c.get_on_call_roster(authed(&admin, key())).await.unwrap().into_inner();
    assert_eq!(read.roster, Some(stored.clone()));
    let listed = c
        .list_on_call_rosters(authed(
            &admin,
            pb::ListOnCallRostersRequest {
                integration: "opsgenie".into(),
                ..Default::default()
            },
        ))
        .await
        .unwrap()
        .into_inner();
    assert!(listed.data.is_empty(), "filtered by integration");
    let delete = || pb::DeleteOnCallRosterRequest {
        integration: "pagerduty".into(),
        service: "payments".into(),
    };
    c.delete_on_call_roster(authed(&admin, delete())).await.unwrap();
    let gone = c.get_on_call_roster(authed(&admin, key())).await.unwrap_err();
    assert_eq!(gone.code(), Code::NotFound);
    let again = c.delete_on_call_roster(authed(&admin, delete())).await.unwrap_err();
    assert_eq!(again.code(), Code::NotFound);

    let ownership = |kind: pb::OwnerKind, resource: &str| pb::Ownership {
        kind: kind as i32,
        service: "aws".into(),
        resource_id: resource.into(),
        owner_ids: vec!["b@acme.test".into(), "a@acme.test".into()],
    };
    let upsert = |o: pb::Ownership| pb::UpsertOwnershipRequest { ownership: Some(o) };
    let resource = "arn:aws:iam::123:role/admin";
    let stored = c
        .upsert_ownership(authed(&admin, upsert(ownership(pb::OwnerKind::Unspecified, resource))))
        .await
        .unwrap()
        .into_inner()
        .ownership
        .unwrap();
    assert_eq!(
        stored.kind,
        pb::OwnerKind::Resource as i32,
        "kind inferred and always set"
    );
    assert_eq!(stored.owner_ids, ["a@acme.test", "b@acme.test"]);
    let service_owners = c
        .upsert_ownership(authed(&admin, upsert(ownership(pb::OwnerKind::Service, ""))))
        .await
        .unwrap()
        .into_inner()
        .ownership
        .unwrap();
    assert_eq!(service_owners.kind, pb::OwnerKind::Service as i32);
    let mismatch = c
        .upsert_ownership(authed(&admin, upsert(ownership(pb::OwnerKind::Service, resource))))
        .await
        .unwrap_err();
    assert_eq!(fields(&mismatch), ["ownership.resource_id"]);

    let read = c
        .get_ownership(authed(
            &admin,
            pb::GetOwnershipRequest {
                service: "aws".into(),
                resource_id: resource.into(),
            },
        ))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(read.ownership, Some(stored.clone()));
    let listed = c
        .list_ownerships(authed(
            &admin,
            pb::ListOwnershipsRequest {
                service: "aws".into(),
                ..Default::default()
            },
        ))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(listed.data, vec![service_owners, stored], "service owners first");
    c.delete_ownership(authed(
        &admin,
        pb::DeleteOwnershipRequest {
            service: "aws".into(),
            resource_id: String::new(),
        },
    ))
    .await
    .unwrap();
    let remaining = c
        .list_ownerships(authed(&admin, pb::ListOwnershipsRequest::default()))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(remaining.data.len(), 1);
    assert_eq!(remaining.data[0].resource_id, resource);
    let gone = c
        .get_ownership(authed(
            &admin,
            pb::GetOwnershipRequest {
                service: "aws".into(),
                resource_id: String::new(),
            },
        ))
        .await
        .unwrap_err();
    assert_eq!(gone.code(), Code::NotFound);
}

async fn invalid_objects_are_refused_with_every_bad_field_named(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut c = client(&server).await;
    let admin = admin_token("acme");

    let mut bad = user("not an email", "the boss");
    bad.email = "alice@".into();
    bad.display_name = "x".repeat(256);
    bad.attributes.insert("k".repeat(129), "v".into());
    bad.attributes.insert("long".into(), "v".repeat(1025));
    let status = upsert_user(&mut c, &admin, bad).await.unwrap_err();
    assert_eq!(
        fields(&status),
        [
            "user.id",
            "user.email",
            "user.display_name",
            "user.manager_id",
            format!("user.attributes[{:?}]", "k".repeat(129)).as_str(),
            "user.attributes[\"long\"]",
        ]
    );
    let mut crowded = user("a@acme.test", "");
    crowded.attributes = (0..101).map(|i| (format!("k{i}"), String::new())).collect();
    assert_eq!(
        fields(&upsert_user(&mut c, &admin, crowded).await.unwrap_err()),
        ["user.attributes"]
    );
    let missing = c
        .upsert_user(authed(&admin, pb::UpsertUserRequest { user: None }))
        .await
        .unwrap_err();
    assert_eq!(fields(&missing), ["user"]);
    let long_id = format!("{}@acme.test", "a".repeat(320));
    assert_eq!(
        fields(&upsert_user(&mut c, &admin, user(&long_id, "")).await.unwrap_err()),
        ["user.id"]
    );
    assert_eq!(fields(&get_user(&mut c, &admin, "").await.unwrap_err()), ["id"]);

    let bad_group = c
        .upsert_group(authed(
            &admin,
            pb::UpsertGroupRequest {
                group: Some(pb::Group {
                    id: "a/b".into(),
                    display_name: "x".repeat(256),
                    directory: String::new(),
                }),
            },
        ))
        .await
        .unwrap_err();
    assert_eq!(fields(&bad_group), ["group.id", "group.display_name"]);

    // A batch names every bad item: shape problems, duplicates, and the
    // missing references of items that are otherwise fine.
    upsert_user(&mut c, &admin, user("stored@acme.test", "")).await.unwrap();
    let status = batch(
        &mut c,
        &admin,
        pb::BatchUpsertRequest {
            users: vec![
                user("a@acme.test", "stored@acme.test"),
                user("a@ACME.test", ""),
                user("b@acme.test", "ghost@acme.test"),
                pb::User {
                    id: "c@acme.test".into(),
                    email: "nope".into(),
                    ..Default::default()
                },
            ],
            group_members: vec![pb::GroupMembers {
                group_id: "ghosts".into(),
                user_ids: vec!["c@acme.test".into(), "ghost@acme.test".into()],
            }],
            ownerships: vec![pb::Ownership {
                service: "aws".into(),
                ..Default::default()
            }],
            ..Default::default()
        },
    )
    .await
    .unwrap_err();
    assert_eq!(
        fields(&status),
        [
            "users[1].id",
            "users[3].email",
            "ownerships[0].owner_ids",
            "users[2].manager_id",
            "group_members[0].group_id",
            "group_members[0].user_ids[1]",
        ]
    );
    assert_eq!(
        user_ids(&mut c, &admin).await,
        ["stored@acme.test"],
        "nothing was stored"
    );
    assert_eq!(events(&server, "acme").await.len(), 1, "refused writes leave no event");
}

async fn manager_cycles_are_refused_naming_the_cycle(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut c = client(&server).await;
    let admin = admin_token("acme");

    let own = upsert_user(&mut c, &admin, user("a@acme.test", "A@acme.test"))
        .await
        .unwrap_err();
    assert_eq!(
        violations(&own),
        [(
            "user.manager_id".to_string(),
            "creates a manager cycle: a@acme.test → a@acme.test (a user cannot be their own manager)".to_string()
        )]
    );

    upsert_user(&mut c, &admin, user("a@acme.test", "")).await.unwrap();
    upsert_user(&mut c, &admin, user("b@acme.test", "a@acme.test"))
        .await
        .unwrap();
    let direct = upsert_user(&mut c, &admin, user("a@acme.test", "b@acme.test"))
        .await
        .unwrap_err();
    assert_eq!(
        violations(&direct),
        [(
            "user.manager_id".to_string(),
            "creates a manager cycle: a@acme.test → b@acme.test → a@acme.test".to_string()
        )]
    );

    upsert_user(&mut c, &admin, user("c@acme.test", "b@acme.test"))
        .await
        .unwrap();
    let three = upsert_user(&mut c, &admin, user("a@acme.test", "c@acme.test"))
        .await
        .unwrap_err();
    assert_eq!(
        violations(&three)[0].1,
        "creates a manager cycle: a@acme.test → c@acme.test → b@acme.test → a@acme.test"
    );

    let missing = upsert_user(&mut c, &admin, user("d@acme.test", "nobody@acme.test"))
        .await
        .unwrap_err();
    assert_eq!(fields(&missing), ["user.manager_id"]);
    assert!(violations(&missing)[0].1.contains("nobody@acme.test"));

    // In a batch: x → y → z → x among new users, and a stored user moved
    // under one of them closes no cycle.
    let in_batch = batch(
        &mut c,
        &admin,
        pb::BatchUpsertRequest {
            users: vec![
                user("w@acme.test", "x@acme.test"),
                user("x@acme.test", "y@acme.test"),
                user("y@acme.test", "z@acme.test"),
                user("z@acme.test", "x@acme.test"),
                user("a@acme.test", "z@acme.test"),
            ],
            ..Default::default()
        },
    )
    .await
    .unwrap_err();
    assert_eq!(
        violations(&in_batch),
        [(
            "users[1].manager_id".to_string(),
            "creates a manager cycle: x@acme.test → y@acme.test → z@acme.test → x@acme.test".to_string()
        )]
    );
    // And one that runs through a stored user: b reports to a (stored);
    // the batch makes a report to q and q to b.
    let through_stored = batch(
        &mut c,
        &admin,
        pb::BatchUpsertRequest {
            users: vec![user("q@acme.test", "b@acme.test"), user("a@acme.test", "q@acme.test")],
            ..Default::default()
        },
    )
    .await
    .unwrap_err();
    assert_eq!(
        violations(&through_stored),
        [(
            "users[0].manager_id".to_string(),
            "creates a manager cycle: q@acme.test → b@acme.test → a@acme.test → q@acme.test".to_string()
        )]
    );
    assert_eq!(
        user_ids(&mut c, &admin).await,
        ["a@acme.test", "b@acme.test", "c@acme.test"]
    );
    assert_eq!(get_user(&mut c, &admin, "a@acme.test").await.unwrap().manager_id, "");
}

async fn a_batch_with_an_invalid_last_item_stores_nothing(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut c = client(&server).await;
    let admin = admin_token("acme");
    let mut req = pb::BatchUpsertRequest {
        users: (0..50).map(|i| user(&format!("u{i:02}@acme.test"), "")).collect(),
        groups: vec![group("sre")],
        group_members: vec![pb::GroupMembers {
            group_id: "sre".into(),
            user_ids: vec!["u01@acme.test".into()],
        }],
        ..Default::default()
    };
    req.users.push(user("last@acme.test", "last@acme.test"));
    let status = batch(&mut c, &admin, req.clone()).await.unwrap_err();
    assert_eq!(fields(&status), ["users[50].manager_id"]);
    assert!(user_ids(&mut c, &admin).await.is_empty());
    assert_eq!(members(&mut c, &admin, "sre").await.unwrap_err().code(), Code::NotFound);
    assert!(events(&server, "acme").await.is_empty());

    // Fixed, the same batch goes through whole, with one event.
    req.users.last_mut().unwrap().manager_id = "u00@acme.test".into();
    let counts = batch(&mut c, &admin, req).await.unwrap();
    assert_eq!(
        counts,
        pb::BatchUpsertResponse {
            users: 51,
            groups: 1,
            group_members: 1,
            on_call_rosters: 0,
            ownerships: 0
        }
    );
    assert_eq!(
        list_users(&mut c, &admin, 10, 0)
            .await
            .unwrap()
            .pagination
            .unwrap()
            .total,
        51
    );
    assert_eq!(events(&server, "acme").await.len(), 1);
}

/// Makes the database itself refuse an ownership of service `boom`, to fail
/// a batch at its very last write.
async fn refuse_service_boom(server: &TestServer, backend: Backend) {
    let db = Database::connect(server.db.as_ref().unwrap().url.as_str())
        .await
        .unwrap();
    let sql = match backend {
        Backend::Sqlite => {
            "CREATE TRIGGER refuse_boom BEFORE INSERT ON directory_ownerships \
             WHEN NEW.service = 'boom' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;"
        }
        Backend::Postgres => {
            "CREATE FUNCTION refuse_boom() RETURNS trigger AS $$ BEGIN \
               IF NEW.service = 'boom' THEN RAISE EXCEPTION 'refused by the test'; END IF; \
               RETURN NEW; END $$ LANGUAGE plpgsql; \
             CREATE TRIGGER refuse_boom BEFORE INSERT ON directory_ownerships \
               FOR EACH ROW EXECUTE FUNCTION refuse_boom();"
        }
    };
    db.execute_unprepared(sql).await.unwrap();
    db.close().await.unwrap();
}

async fn a_batch_failing_in_the_database_mid_write_stores_nothing(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut c = client(&server).await;
    let admin = admin_token("acme");
    upsert_user(&mut c, &admin, user("stored@acme.test", "")).await.unwrap();
    refuse_service_boom(&server, backend).await;

    let ownership = |service: &str| pb::Ownership {
        service: service.into(),
        owner_ids: vec!["new@acme.test".into()],
        ..Default::default()
    };
    let mut renamed = user("stored@acme.test", "");
    renamed.display_name = "Renamed".into();
    let req = pb::BatchUpsertRequest {
        users: vec![user("new@acme.test", ""), renamed],
        groups: vec![group("sre")],
        group_members: vec![pb::GroupMembers {
            group_id: "sre".into(),
            user_ids: vec!["new@acme.test".into()],
        }],
        on_call_rosters: vec![pb::OnCallRoster {
            integration: "pagerduty".into(),
            service: "api".into(),
            user_ids: vec!["new@acme.test".into()],
        }],
        ownerships: vec![ownership("aws"), ownership("boom")],
    };
    let status = batch(&mut c, &admin, req).await.unwrap_err();
    assert_eq!(status.code(), Code::Internal, "{status:?}");

    // Users, the group, its members, the roster and the first ownership were
    // all written before the failure; the rollback took every one back.
    assert_eq!(user_ids(&mut c, &admin).await, ["stored@acme.test"]);
    assert_eq!(
        get_user(&mut c, &admin, "stored@acme.test").await.unwrap().display_name,
        ""
    );
    assert_eq!(members(&mut c, &admin, "sre").await.unwrap_err().code(), Code::NotFound);
    let rosters = c
        .list_on_call_rosters(authed(&admin, pb::ListOnCallRostersRequest::default()))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(rosters.pagination.unwrap().total, 0);
    let owned = c
        .list_ownerships(authed(&admin, pb::ListOwnershipsRequest::default()))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(owned.pagination.unwrap().total, 0);
    assert_eq!(events(&server, "acme").await.len(), 1, "only the first upsert's event");
}

async fn pages_stay_complete_while_users_are_inserted(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut c = client(&server).await;
    let admin = admin_token("acme");
    let seeded: Vec<String> = (0..10).map(|i| format!("m{i}@acme.test")).collect();
    for id in &seeded {
        upsert_user(&mut c, &admin, user(id, "")).await.unwrap();
    }

    // Between the first pages, one user is inserted after everything read
    // so far and one before it; then paging runs to the end.
    const INSERTING_ROUNDS: usize = 3;
    let mut seen: Vec<String> = Vec::new();
    let mut offset = 0;
    for round in 0.. {
        let page = list_users(&mut c, &admin, 3, offset).await.unwrap();
        let summary = page.pagination.unwrap();
        assert_eq!((summary.limit, summary.offset), (3, offset));
        let inserted = 2 * round.min(INSERTING_ROUNDS);
        assert_eq!(
            summary.total as usize,
            seeded.len() + inserted,
            "the total counts new rows"
        );
        if page.data.is_empty() {
            break;
        }
        offset += page.data.len() as i32;
        seen.extend(page.data.into_iter().map(|u| u.id));
        if round < INSERTING_ROUNDS {
            upsert_user(&mut c, &admin, user(&format!("z{round}@acme.test"), ""))
                .await
                .unwrap();
            upsert_user(&mut c, &admin, user(&format!("a{round}@acme.test"), ""))
                .await
                .unwrap();
        }
    }
    // Offset paging over an order by id loses no row that existed when
    // paging began and never goes backwards; a row inserted before the
    // cursor shifts the rest, so the row at the page boundary is read again.
    for id in &seeded {
        assert!(seen.contains(id), "{id} was skipped: {seen:?}");
    }
    let first_seen: Vec<&String> = seen.iter().filter(|id| id.starts_with('m')).collect();
    let mut deduped = first_seen.clone();
    deduped.dedup();
    assert_eq!(deduped, seeded.iter().collect::<Vec<_>>(), "in id order");
    assert!(
        seen.len() > seeded.len(),
        "rows inserted ahead of the cursor shift later pages"
    );
    for round in 0..INSERTING_ROUNDS {
        let later = format!("z{round}@acme.test");
        assert!(seen.contains(&later), "{later}, inserted past the cursor, is read");
    }
}

async fn page_limits_and_offsets_follow_the_seed_rules(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut c = client(&server).await;
    let admin = admin_token("acme");
    for i in 0..3 {
        upsert_user(&mut c, &admin, user(&format!("u{i}@acme.test"), ""))
            .await
            .unwrap();
    }
    let too_big = list_users(&mut c, &admin, 101, 0).await.unwrap_err();
    assert_eq!(fields(&too_big), ["limit"]);
    let negative = list_users(&mut c, &admin, -1, -1).await.unwrap_err();
    assert_eq!(fields(&negative), ["limit", "offset"]);
    let groups = c
        .list_groups(authed(&admin, pb::ListGroupsRequest { limit: 101, offset: 0 }))
        .await
        .unwrap_err();
    assert_eq!(fields(&groups), ["limit"]);

    let past = list_users(&mut c, &admin, 100, 3).await.unwrap();
    assert!(past.data.is_empty());
    assert_eq!(
        past.pagination,
        Some(pb::Pagination {
            total: 3,
            limit: 100,
            offset: 3
        })
    );
    let far = list_users(&mut c, &admin, 0, 1_000_000).await.unwrap();
    assert!(far.data.is_empty());
    assert_eq!(far.pagination.unwrap().limit, 50, "zero means the default");
}

async fn another_orgs_objects_are_not_found(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut c = client(&server).await;
    let acme = admin_token("acme");
    let globex = admin_token("globex");
    upsert_user(&mut c, &acme, user("alice@acme.test", "")).await.unwrap();
    upsert_group(&mut c, &acme, "sre").await.unwrap();

    assert_eq!(
        get_user(&mut c, &globex, "alice@acme.test").await.unwrap_err().code(),
        Code::NotFound
    );
    let delete = c
        .delete_user(authed(
            &globex,
            pb::DeleteUserRequest {
                id: "alice@acme.test".into(),
            },
        ))
        .await
        .unwrap_err();
    assert_eq!(delete.code(), Code::NotFound);
    assert_eq!(
        add_member(&mut c, &globex, "sre", "alice@acme.test")
            .await
            .unwrap_err()
            .code(),
        Code::NotFound
    );
    assert_eq!(
        members(&mut c, &globex, "sre").await.unwrap_err().code(),
        Code::NotFound
    );
    // Naming acme's user as a manager in globex names nobody.
    let manager = upsert_user(&mut c, &globex, user("bob@globex.test", "alice@acme.test"))
        .await
        .unwrap_err();
    assert_eq!(fields(&manager), ["user.manager_id"]);
    assert!(user_ids(&mut c, &globex).await.is_empty());
    assert!(events(&server, "globex").await.is_empty());
    assert_eq!(user_ids(&mut c, &acme).await, ["alice@acme.test"]);
}

async fn members_without_org_admin_cannot_read_or_write(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut c = client(&server).await;
    let admin = admin_token("acme");
    upsert_user(&mut c, &admin, user("bob@acme.test", "")).await.unwrap();
    let member = token("acme", "bob@acme.test", &["APPROVER"]);

    let write = upsert_user(&mut c, &member, user("eve@acme.test", ""))
        .await
        .unwrap_err();
    assert_eq!(write.code(), Code::PermissionDenied);
    assert!(write.message().contains("ORG_ADMIN"), "{}", write.message());
    let batch_write = batch(
        &mut c,
        &member,
        pb::BatchUpsertRequest {
            users: vec![user("eve@acme.test", "")],
            ..Default::default()
        },
    )
    .await
    .unwrap_err();
    assert_eq!(batch_write.code(), Code::PermissionDenied);
    let delete = c
        .delete_user(authed(
            &member,
            pb::DeleteUserRequest {
                id: "bob@acme.test".into(),
            },
        ))
        .await
        .unwrap_err();
    assert_eq!(delete.code(), Code::PermissionDenied);
    // Reads too: the directory is configuration (decision 0009).
    let read = get_user(&mut c, &member, "bob@acme.test").await.unwrap_err();
    assert_eq!(read.code(), Code::PermissionDenied);
    let list = list_users(&mut c, &member, 0, 0).await.unwrap_err();
    assert_eq!(list.code(), Code::PermissionDenied);

    let anonymous = c
        .get_user(pb::GetUserRequest {
            id: "bob@acme.test".into(),
        })
        .await
        .unwrap_err();
    assert_eq!(anonymous.code(), Code::Unauthenticated);
    assert_eq!(user_ids(&mut c, &admin).await, ["bob@acme.test"]);
    assert_eq!(events(&server, "acme").await.len(), 1);
}

async fn every_write_leaves_an_audit_event_with_before_and_after(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut c = client(&server).await;
    let admin = admin_token("acme");
    upsert_user(&mut c, &admin, user("alice@acme.test", "")).await.unwrap();
    let mut renamed = user("alice@acme.test", "");
    renamed.display_name = "Alice".into();
    upsert_user(&mut c, &admin, renamed).await.unwrap();
    upsert_group(&mut c, &admin, "sre").await.unwrap();
    add_member(&mut c, &admin, "sre", "alice@acme.test").await.unwrap();
    c.upsert_on_call_roster(authed(
        &admin,
        pb::UpsertOnCallRosterRequest {
            roster: Some(pb::OnCallRoster {
                integration: "pagerduty".into(),
                service: "api".into(),
                user_ids: vec!["alice@acme.test".into()],
            }),
        },
    ))
    .await
    .unwrap();
    c.upsert_ownership(authed(
        &admin,
        pb::UpsertOwnershipRequest {
            ownership: Some(pb::Ownership {
                service: "aws".into(),
                resource_id: "arn:x".into(),
                owner_ids: vec!["alice@acme.test".into()],
                ..Default::default()
            }),
        },
    ))
    .await
    .unwrap();
    batch(
        &mut c,
        &admin,
        pb::BatchUpsertRequest {
            users: vec![user("bob@acme.test", "alice@acme.test")],
            ..Default::default()
        },
    )
    .await
    .unwrap();
    c.delete_group(authed(&admin, pb::DeleteGroupRequest { id: "sre".into() }))
        .await
        .unwrap();
    // Refused writes leave nothing.
    upsert_user(&mut c, &admin, user("x@acme.test", "ghost@acme.test"))
        .await
        .unwrap_err();

    let events = events(&server, "acme").await;
    let summary: Vec<(&str, &str, &str)> = events
        .iter()
        .map(|e| (e.kind.as_str(), e.subject_type.as_str(), e.subject_id.as_str()))
        .collect();
    assert_eq!(
        summary,
        [
            ("DIRECTORY_CHANGED", "user", "alice@acme.test"),
            ("DIRECTORY_CHANGED", "user", "alice@acme.test"),
            ("DIRECTORY_CHANGED", "group", "sre"),
            ("DIRECTORY_CHANGED", "group_member", "sre/alice@acme.test"),
            ("DIRECTORY_CHANGED", "oncall_roster", "pagerduty/api"),
            ("DIRECTORY_CHANGED", "ownership", "aws/arn:x"),
            ("DIRECTORY_CHANGED", "directory_batch", ""),
            ("DIRECTORY_CHANGED", "group", "sre"),
        ]
    );
    for e in &events {
        assert_eq!(e.actor, "admin@acme.test");
        assert!(!e.request_id.is_empty());
    }
    assert_eq!(events[0].before, None);
    // The user as its REST GET prints it, defaults and groups included.
    assert_eq!(
        events[0].after,
        Some(
            serde_json::json!({"id": "alice@acme.test", "email": "alice@acme.test", "displayName": "",
                                "managerId": "", "attributes": {}, "groupIds": []})
        )
    );
    assert_eq!(events[1].before, events[0].after);
    assert_eq!(events[1].after.as_ref().unwrap()["displayName"], "Alice");
    assert_eq!(
        events[3].after,
        Some(serde_json::json!({"groupId": "sre", "userId": "alice@acme.test"}))
    );
    assert_eq!(events[5].after.as_ref().unwrap()["kind"], "OWNER_KIND_RESOURCE");
    let batch_after = events[6].after.as_ref().unwrap();
    assert_eq!(batch_after["counts"]["users"], 1);
    assert_eq!(batch_after["users"][0]["managerId"], "alice@acme.test");
    assert_eq!(events[7].before.as_ref().unwrap()["id"], "sre");
    assert_eq!(events[7].after, None);
}

async fn deletes_keep_their_preconditions(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut c = client(&server).await;
    let admin = admin_token("acme");
    batch(
        &mut c,
        &admin,
        pb::BatchUpsertRequest {
            users: vec![
                user("boss@acme.test", ""),
                user("a@acme.test", "boss@acme.test"),
                user("b@acme.test", "boss@acme.test"),
            ],
            ownerships: vec![pb::Ownership {
                service: "aws".into(),
                owner_ids: vec!["a@acme.test".into()],
                ..Default::default()
            }],
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let delete = |id: &str| pb::DeleteUserRequest { id: id.into() };
    let refused = c
        .delete_user(authed(&admin, delete("boss@acme.test")))
        .await
        .unwrap_err();
    assert_eq!(refused.code(), Code::FailedPrecondition);
    assert!(
        refused.message().contains("a@acme.test, b@acme.test"),
        "{}",
        refused.message()
    );

    // Moving the reports away lifts the precondition.
    batch(
        &mut c,
        &admin,
        pb::BatchUpsertRequest {
            users: vec![user("a@acme.test", ""), user("b@acme.test", "")],
            ..Default::default()
        },
    )
    .await
    .unwrap();
    c.delete_user(authed(&admin, delete("boss@acme.test"))).await.unwrap();
    // The only owner of aws leaves: the ownership goes with them.
    c.delete_user(authed(&admin, delete("a@acme.test"))).await.unwrap();
    let owned = c
        .list_ownerships(authed(&admin, pb::ListOwnershipsRequest::default()))
        .await
        .unwrap()
        .into_inner();
    assert!(owned.data.is_empty());
    assert_eq!(user_ids(&mut c, &admin).await, ["b@acme.test"]);
}

on_both_backends!(
    every_user_rpc_round_trips,
    groups_and_memberships_round_trip_and_memberships_are_idempotent,
    rosters_and_ownerships_round_trip,
    invalid_objects_are_refused_with_every_bad_field_named,
    manager_cycles_are_refused_naming_the_cycle,
    a_batch_with_an_invalid_last_item_stores_nothing,
    a_batch_failing_in_the_database_mid_write_stores_nothing,
    pages_stay_complete_while_users_are_inserted,
    page_limits_and_offsets_follow_the_seed_rules,
    another_orgs_objects_are_not_found,
    members_without_org_admin_cannot_read_or_write,
    every_write_leaves_an_audit_event_with_before_and_after,
    deletes_keep_their_preconditions,
);
