//! WatchEvents and ListAuditEvents through a real server, on SQLite and on
//! PostgreSQL: events from real configuration writes, resuming from cursors
//! (across reconnects under concurrent writers, and across a server
//! restart), "from now", shutdown, permissions and argument errors, paging
//! both ways with filters, and REST streaming as NDJSON and SSE.

use crate::common;

use std::{sync::Arc, time::Duration};

use bytes::Bytes;
use common::{Backend, TestDb, TestServer, admin_token, authed, token, violation_fields};
use http::{Request, header};
use http_body_util::{BodyExt, Empty};
use hyper_util::rt::TokioIo;
use jitgate::{
    pb::v1::{
        self as pb, access_request_service_client::AccessRequestServiceClient,
        directory_service_client::DirectoryServiceClient,
    },
    server::ServerOptions,
};
use serde_json::Value;
use tonic::{Code, Status, Streaming, transport::Channel};

type Events = AccessRequestServiceClient<Channel>;

/// How long a test waits for one streamed event before it fails.
const PATIENCE: Duration = Duration::from_secs(15);

async fn events_client(server: &TestServer) -> Events {
    AccessRequestServiceClient::new(server.channel().await)
}

async fn create_rule(server: &TestServer, org: &str, name: &str) {
    let rule = pb::RoutingRule {
        name: name.into(),
        requestor: Some(pb::Requestor {
            r#type: "any".into(),
            ..Default::default()
        }),
        resource: Some(pb::Resource {
            r#type: "any".into(),
            ..Default::default()
        }),
        approval: vec![pb::Approval {
            r#type: "p0".into(),
            ..Default::default()
        }],
        ..Default::default()
    };
    let request = pb::CreateRoutingRuleRequest {
        org_id: org.into(),
        name: name.into(),
        rule: Some(rule),
        current_version: None,
    };
    server
        .routing()
        .await
        .create_routing_rule(authed(&admin_token(org), request))
        .await
        .unwrap();
}

async fn upsert_user(client: &mut DirectoryServiceClient<Channel>, org: &str, id: &str) {
    let user = pb::User {
        id: id.into(),
        ..Default::default()
    };
    let request = pb::UpsertUserRequest { user: Some(user) };
    client.upsert_user(authed(&admin_token(org), request)).await.unwrap();
}

async fn directory(server: &TestServer) -> DirectoryServiceClient<Channel> {
    DirectoryServiceClient::new(server.channel().await)
}

async fn watch(
    client: &mut Events,
    token: &str,
    request: pb::WatchEventsRequest,
) -> Result<Streaming<pb::WatchEventsResponse>, Status> {
    Ok(client.watch_events(authed(token, request)).await?.into_inner())
}

fn from_beginning() -> pb::WatchEventsRequest {
    pb::WatchEventsRequest {
        from_beginning: true,
        ..Default::default()
    }
}

fn after(cursor: &str) -> pb::WatchEventsRequest {
    pb::WatchEventsRequest {
        cursor: cursor.into(),
        ..Default::default()
    }
}

/// The next `n` events of `stream`.
async fn take(stream: &mut Streaming<pb::WatchEventsResponse>, n: usize) -> Vec<pb::Event> {
    let mut events = Vec::with_capacity(n);
    while events.len() < n {
        let next = tokio::time::timeout(PATIENCE, stream.message())
            .await
            .unwrap_or_else(|_| panic!("no event {} within {PATIENCE:?}", events.len() + 1));
        events.push(next.unwrap().expect("the stream ended early").event.unwrap());
    }
    events
}

/// Asserts nothing more arrives on `stream` for a while.
async fn assert_quiet(stream: &mut Streaming<pb::WatchEventsResponse>) {
    if let Ok(next) = tokio::time::timeout(Duration::from_millis(600), stream.message()).await {
        panic!("expected no event, got {next:?}");
    }
}

/// Every event of the org, oldest first, through ListAuditEvents pages.
async fn list_all(client: &mut Events, org: &str) -> Vec<pb::Event> {
    let mut all = Vec::new();
    let mut cursor = String::new();
    loop {
        let request = pb::ListAuditEventsRequest {
            limit: 7,
            cursor: cursor.clone(),
            ..Default::default()
        };
        let page = client
            .list_audit_events(authed(&admin_token(org), request))
            .await
            .unwrap()
            .into_inner();
        all.extend(page.events);
        cursor = page.next_cursor;
        if !page.has_more {
            return all;
        }
    }
}

/// One ListAuditEvents call as acme's admin.
async fn list(client: &mut Events, request: pb::ListAuditEventsRequest) -> Result<pb::ListAuditEventsResponse, Status> {
    let response = client.list_audit_events(authed(&admin_token("acme"), request)).await?;
    Ok(response.into_inner())
}

fn sequences(events: &[pb::Event]) -> Vec<i64> {
    events.iter().map(|e| e.sequence).collect()
}

async fn a_watch_from_the_beginning_sees_every_event_in_order(backend: Backend) {
    let server = TestServer::start(backend).await;
    create_rule(&server, "acme", "first").await;
    upsert_user(&mut directory(&server).await, "acme", "alice@acme.test").await;
    create_rule(&server, "acme", "second").await;
    create_rule(&server, "globex", "theirs").await;

    let mut client = events_client(&server).await;
    let mut stream = watch(&mut client, &admin_token("acme"), from_beginning())
        .await
        .unwrap();
    let events = take(&mut stream, 3).await;
    assert_eq!(sequences(&events), [1, 2, 3]);
    let kinds: Vec<i32> = events.iter().map(|e| e.kind).collect();
    assert_eq!(
        kinds,
        [
            pb::EventKind::ConfigChanged as i32,
            pb::EventKind::DirectoryChanged as i32,
            pb::EventKind::ConfigChanged as i32
        ]
    );
    let first = &events[0];
    assert_eq!(first.org, "acme");
    assert_eq!(first.actor, "admin@acme.test");
    assert!(first.occurred_at.is_some() && !first.tracking_id.is_empty() && !first.cursor.is_empty());
    assert!(first.after.is_some(), "{first:?}");
    assert_eq!(events[1].subject_id, "alice@acme.test");
    assert_quiet(&mut stream).await;
    // A later write arrives on the open stream.
    create_rule(&server, "acme", "third").await;
    assert_eq!(take(&mut stream, 1).await[0].sequence, 4);
    // The watch and the audit list agree.
    let mut listed = list_all(&mut client, "acme").await;
    assert_eq!(listed.len(), 4);
    listed.truncate(3);
    assert_eq!(listed, events);
}

async fn a_watch_from_now_sees_only_later_events(backend: Backend) {
    let server = TestServer::start(backend).await;
    create_rule(&server, "acme", "before").await;
    let mut client = events_client(&server).await;
    let mut stream = watch(&mut client, &admin_token("acme"), Default::default())
        .await
        .unwrap();
    assert_quiet(&mut stream).await;
    create_rule(&server, "acme", "after").await;
    let event = take(&mut stream, 1).await.remove(0);
    assert_eq!(event.sequence, 2);
    // Even an org with no events yet.
    let mut globex = watch(&mut client, &admin_token("globex"), Default::default())
        .await
        .unwrap();
    create_rule(&server, "globex", "g").await;
    assert_eq!(take(&mut globex, 1).await[0].sequence, 1);
}

async fn filters_narrow_a_watch(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut dir = directory(&server).await;
    create_rule(&server, "acme", "r1").await;
    upsert_user(&mut dir, "acme", "u1@acme.test").await;
    create_rule(&server, "acme", "r2").await;
    upsert_user(&mut dir, "acme", "u2@acme.test").await;
    let mut client = events_client(&server).await;
    let request = pb::WatchEventsRequest {
        from_beginning: true,
        kinds: vec![pb::EventKind::DirectoryChanged as i32],
        ..Default::default()
    };
    let mut stream = watch(&mut client, &admin_token("acme"), request).await.unwrap();
    assert_eq!(sequences(&take(&mut stream, 2).await), [2, 4]);
    assert_quiet(&mut stream).await;
    create_rule(&server, "acme", "r3").await;
    upsert_user(&mut dir, "acme", "u3@acme.test").await;
    assert_eq!(sequences(&take(&mut stream, 1).await), [6]);
    // No request events yet: a watch on one request stays quiet.
    let request = pb::WatchEventsRequest {
        from_beginning: true,
        access_request_id: "no-such-request".into(),
        ..Default::default()
    };
    let mut stream = watch(&mut client, &admin_token("acme"), request).await.unwrap();
    assert_quiet(&mut stream).await;
}

/// A watcher that disconnects every few events and resumes from its last
/// cursor, while concurrent writers keep writing, receives every event
/// exactly once, in order.
async fn reconnecting_with_the_last_cursor_loses_and_repeats_nothing(backend: Backend) {
    const WRITERS: usize = 4;
    const EACH: usize = 15;
    let server = Arc::new(TestServer::start(backend).await);
    let writers: Vec<_> = (0..WRITERS)
        .map(|w| {
            let server = server.clone();
            tokio::spawn(async move {
                let mut dir = directory(&server).await;
                for i in 0..EACH {
                    upsert_user(&mut dir, "acme", &format!("w{w}-{i}@acme.test")).await;
                    tokio::time::sleep(Duration::from_millis(5)).await;
                }
            })
        })
        .collect();

    let mut client = events_client(&server).await;
    let admin = admin_token("acme");
    let mut received: Vec<pb::Event> = Vec::new();
    let mut reconnects = 0;
    while received.len() < WRITERS * EACH {
        let request = match received.last() {
            Some(last) => after(&last.cursor),
            None => from_beginning(),
        };
        let mut stream = watch(&mut client, &admin, request).await.unwrap();
        let n = 7.min(WRITERS * EACH - received.len());
        received.extend(take(&mut stream, n).await);
        drop(stream);
        reconnects += 1;
    }
    for writer in writers {
        writer.await.unwrap();
    }
    assert!(reconnects >= 8);
    let expected: Vec<i64> = (1..=(WRITERS * EACH) as i64).collect();
    assert_eq!(sequences(&received), expected);
    assert_eq!(received, list_all(&mut client, "acme").await);
}

async fn a_watch_resumes_across_a_server_restart(backend: Backend) {
    let db = TestDb::new(backend).await;
    let server = TestServer::with_store(Arc::new(db.store().await), ServerOptions::default()).await;
    create_rule(&server, "acme", "a").await;
    create_rule(&server, "acme", "b").await;
    let mut client = events_client(&server).await;
    let mut stream = watch(&mut client, &admin_token("acme"), from_beginning())
        .await
        .unwrap();
    let mut received = take(&mut stream, 2).await;
    create_rule(&server, "acme", "c").await;
    received.extend(take(&mut stream, 1).await);

    tokio::time::timeout(PATIENCE, server.stop())
        .await
        .expect("shutdown waited on the open watch")
        .unwrap();
    let ended = stream.message().await.expect_err("the watch must end with a status");
    assert_eq!(ended.code(), Code::Unavailable, "{ended:?}");

    let server = TestServer::with_store(Arc::new(db.store().await), ServerOptions::default()).await;
    create_rule(&server, "acme", "d").await;
    let mut client = events_client(&server).await;
    let mut stream = watch(&mut client, &admin_token("acme"), after(&received[2].cursor))
        .await
        .unwrap();
    create_rule(&server, "acme", "e").await;
    received.extend(take(&mut stream, 2).await);
    assert_quiet(&mut stream).await;
    assert_eq!(sequences(&received), [1, 2, 3, 4, 5]);
    assert_eq!(received, list_all(&mut client, "acme").await);
}

async fn shutdown_ends_an_open_watch_promptly(backend: Backend) {
    let mut server = TestServer::start(backend).await;
    let mut client = events_client(&server).await;
    let mut stream = watch(&mut client, &admin_token("acme"), Default::default())
        .await
        .unwrap();
    assert_quiet(&mut stream).await;
    let started = std::time::Instant::now();
    server.begin_stop();
    let ended = tokio::time::timeout(Duration::from_secs(5), stream.message())
        .await
        .expect("the watch outlived shutdown")
        .expect_err("the watch ends with a status");
    assert_eq!(ended.code(), Code::Unavailable);
    assert!(ended.message().contains("cursor"), "{}", ended.message());
    tokio::time::timeout(Duration::from_secs(5), server.wait())
        .await
        .expect("the server did not finish")
        .unwrap();
    assert!(started.elapsed() < Duration::from_secs(5));
}

async fn watch_refuses_non_admins_and_bad_arguments(backend: Backend) {
    let server = TestServer::start(backend).await;
    create_rule(&server, "acme", "a").await;
    create_rule(&server, "globex", "g").await;
    let mut client = events_client(&server).await;
    let admin = admin_token("acme");
    let acme_cursor = take(&mut watch(&mut client, &admin, from_beginning()).await.unwrap(), 1).await[0]
        .cursor
        .clone();
    let globex_cursor = take(
        &mut watch(&mut client, &admin_token("globex"), from_beginning())
            .await
            .unwrap(),
        1,
    )
    .await[0]
        .cursor
        .clone();

    for roles in [&[][..], &["APPROVER"][..]] {
        let member = token("acme", "bob@acme.test", roles);
        let refused = watch(&mut client, &member, from_beginning()).await.unwrap_err();
        assert_eq!(refused.code(), Code::PermissionDenied);
        let refused = client
            .list_audit_events(authed(&member, pb::ListAuditEventsRequest::default()))
            .await
            .unwrap_err();
        assert_eq!(refused.code(), Code::PermissionDenied);
    }

    let beyond = {
        // A well-formed cursor of this org past its last event.
        use base64::Engine;
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode("v1:acme:99")
    };
    let cases = [
        (after("not a cursor"), "cursor"),
        (after(&globex_cursor), "cursor"),
        (after(&beyond), "cursor"),
        (
            pb::WatchEventsRequest {
                cursor: acme_cursor.clone(),
                from_beginning: true,
                ..Default::default()
            },
            "from_beginning",
        ),
        (
            pb::WatchEventsRequest {
                kinds: vec![pb::EventKind::ConfigChanged as i32, 0],
                ..Default::default()
            },
            "kinds[1]",
        ),
    ];
    for (request, field) in cases {
        let refused = watch(&mut client, &admin, request.clone()).await.unwrap_err();
        assert_eq!(refused.code(), Code::InvalidArgument, "{request:?}");
        assert_eq!(violation_fields(&refused), [field], "{request:?}");
    }
    // The same cursors on ListAuditEvents.
    for cursor in ["%%", &globex_cursor, &beyond] {
        let request = pb::ListAuditEventsRequest {
            cursor: cursor.to_string(),
            ..Default::default()
        };
        let refused = client.list_audit_events(authed(&admin, request)).await.unwrap_err();
        assert_eq!(violation_fields(&refused), ["cursor"]);
    }
}

async fn list_pages_both_ways_with_filters_and_limits(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut dir = directory(&server).await;
    for i in 0..5 {
        create_rule(&server, "acme", &format!("r{i}")).await;
        upsert_user(&mut dir, "acme", &format!("u{i}@acme.test")).await;
    }
    let mut client = events_client(&server).await;
    let client = &mut client;

    // Oldest first, default limit.
    let all = list(client, Default::default()).await.unwrap();
    assert_eq!(sequences(&all.events), (1..=10).collect::<Vec<_>>());
    assert!(!all.has_more);
    assert_eq!(all.next_cursor, all.events[9].cursor);

    // Forward pages.
    let page = list(
        client,
        pb::ListAuditEventsRequest {
            limit: 4,
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert_eq!(sequences(&page.events), [1, 2, 3, 4]);
    assert!(page.has_more);
    let page = list(
        client,
        pb::ListAuditEventsRequest {
            limit: 4,
            cursor: page.next_cursor,
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert_eq!(sequences(&page.events), [5, 6, 7, 8]);
    let last = list(
        client,
        pb::ListAuditEventsRequest {
            limit: 4,
            cursor: page.next_cursor,
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert_eq!(sequences(&last.events), [9, 10]);
    assert!(!last.has_more);
    // Past the end: empty, and the cursor stays where it was.
    let empty = list(
        client,
        pb::ListAuditEventsRequest {
            cursor: last.next_cursor.clone(),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert!(empty.events.is_empty() && !empty.has_more);
    assert_eq!(empty.next_cursor, last.next_cursor);

    // Newest first, continuing backwards.
    let page = list(
        client,
        pb::ListAuditEventsRequest {
            limit: 3,
            newest_first: true,
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert_eq!(sequences(&page.events), [10, 9, 8]);
    assert!(page.has_more);
    let page = list(
        client,
        pb::ListAuditEventsRequest {
            limit: 100,
            newest_first: true,
            cursor: page.next_cursor,
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert_eq!(sequences(&page.events), [7, 6, 5, 4, 3, 2, 1]);
    assert!(!page.has_more);

    // Filters.
    let directory_only = list(
        client,
        pb::ListAuditEventsRequest {
            kinds: vec![pb::EventKind::DirectoryChanged as i32],
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert_eq!(sequences(&directory_only.events), [2, 4, 6, 8, 10]);
    let one_user = list(
        client,
        pb::ListAuditEventsRequest {
            subject_type: directory_only.events[1].subject_type.clone(),
            subject_id: "u1@acme.test".into(),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert_eq!(sequences(&one_user.events), [4]);
    let by_actor = list(
        client,
        pb::ListAuditEventsRequest {
            actor: "admin@acme.test".into(),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert_eq!(by_actor.events.len(), 10);
    // An actor is a user id: an email address matches in any case.
    let by_actor_spelled = list(
        client,
        pb::ListAuditEventsRequest {
            actor: "Admin@ACME.test".into(),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert_eq!(sequences(&by_actor_spelled.events), sequences(&by_actor.events));
    let nobody = list(
        client,
        pb::ListAuditEventsRequest {
            actor: "nobody@acme.test".into(),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert!(nobody.events.is_empty());
    let no_request = list(
        client,
        pb::ListAuditEventsRequest {
            access_request_id: "absent".into(),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert!(no_request.events.is_empty());
    // A time window: events at or after the 3rd's time and before the 6th's.
    let third = all.events[2].occurred_at;
    let sixth = all.events[5].occurred_at;
    let window = list(
        client,
        pb::ListAuditEventsRequest {
            since: third,
            until: sixth,
            ..Default::default()
        },
    )
    .await
    .unwrap();
    // Computed from the events' own times: events written within the same
    // instant may share one.
    let key = |t: &Option<prost_types::Timestamp>| t.as_ref().map(|t| (t.seconds, t.nanos));
    let expected: Vec<i64> = all
        .events
        .iter()
        .filter(|e| key(&e.occurred_at) >= key(&third) && key(&e.occurred_at) < key(&sixth))
        .map(|e| e.sequence)
        .collect();
    assert!(expected.contains(&3) && !expected.contains(&6));
    assert_eq!(sequences(&window.events), expected);
    let future = list(
        client,
        pb::ListAuditEventsRequest {
            since: Some(prost_types::Timestamp {
                seconds: chrono::Utc::now().timestamp() + 3600,
                nanos: 0,
            }),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert!(future.events.is_empty());

    // Limits and other refusals.
    let one = list(
        client,
        pb::ListAuditEventsRequest {
            limit: 100,
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert_eq!(one.events.len(), 10);
    for (request, field) in [
        (
            pb::ListAuditEventsRequest {
                limit: 101,
                ..Default::default()
            },
            "limit",
        ),
        (
            pb::ListAuditEventsRequest {
                limit: -1,
                ..Default::default()
            },
            "limit",
        ),
        (
            pb::ListAuditEventsRequest {
                kinds: vec![77],
                ..Default::default()
            },
            "kinds[0]",
        ),
        (
            pb::ListAuditEventsRequest {
                since: sixth,
                until: third,
                ..Default::default()
            },
            "until",
        ),
        (
            pb::ListAuditEventsRequest {
                subject_id: "u1@acme.test".into(),
                ..Default::default()
            },
            "subject_type",
        ),
    ] {
        let refused = list(client, request.clone()).await.unwrap_err();
        assert_eq!(refused.code(), Code::InvalidArgument, "{request:?}");
        assert_eq!(violation_fields(&refused), [field], "{request:?}");
    }
}

/// Opens a REST watch and returns its response head and body.
async fn rest_watch(
    server: &TestServer,
    query: &str,
    token: &str,
    accept: Option<&str>,
) -> (http::response::Parts, hyper::body::Incoming) {
    let tcp = tokio::net::TcpStream::connect(server.addr).await.unwrap();
    let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(tcp)).await.unwrap();
    tokio::spawn(connection);
    let mut request = Request::get(format!("http://{}/workflow-engine/api/v1/events?{query}", server.addr))
        .header(header::HOST, server.addr.to_string())
        .header(header::AUTHORIZATION, format!("Bearer {token}"));
    if let Some(accept) = accept {
        request = request.header(header::ACCEPT, accept);
    }
    let response = tokio::time::timeout(
        PATIENCE,
        sender.send_request(request.body(Empty::<Bytes>::new()).unwrap()),
    )
    .await
    .expect("no response head")
    .unwrap();
    response.into_parts()
}

/// Reads `body` until `done` says the text so far is complete.
async fn read_until(body: &mut hyper::body::Incoming, text: &mut String, done: impl Fn(&str) -> bool) {
    while !done(text) {
        let frame = tokio::time::timeout(PATIENCE, body.frame())
            .await
            .unwrap_or_else(|_| panic!("stalled after {text:?}"))
            .expect("the body ended")
            .unwrap();
        if let Ok(data) = frame.into_data() {
            text.push_str(std::str::from_utf8(&data).unwrap());
        }
    }
}

async fn rest_streams_ndjson_and_server_sent_events(backend: Backend) {
    let server = TestServer::start(backend).await;
    create_rule(&server, "acme", "a").await;
    upsert_user(&mut directory(&server).await, "acme", "alice@acme.test").await;
    let admin = admin_token("acme");

    // NDJSON: one {"result": event} per line, live.
    let (head, mut body) = rest_watch(&server, "from_beginning=true", &admin, None).await;
    assert_eq!(head.status, 200);
    assert_eq!(head.headers[header::CONTENT_TYPE], "application/json");
    let mut text = String::new();
    read_until(&mut body, &mut text, |t| t.matches('\n').count() >= 2).await;
    create_rule(&server, "acme", "b").await;
    read_until(&mut body, &mut text, |t| t.matches('\n').count() >= 3).await;
    let lines: Vec<Value> = text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let first = &lines[0]["result"];
    assert_eq!(first["sequence"], "1", "{first}");
    assert_eq!(first["kind"], "EVENT_KIND_CONFIG_CHANGED");
    assert_eq!(first["subject_type"], "routing_rule");
    assert!(first["cursor"].is_string() && first["occurred_at"].is_string());
    assert_eq!(lines[1]["result"]["kind"], "EVENT_KIND_DIRECTORY_CHANGED");
    assert_eq!(lines[2]["result"]["sequence"], "3");
    drop(body);

    // Resume over REST from a cursor, filtered by kind.
    let cursor = lines[0]["result"]["cursor"].as_str().unwrap();
    let (_, mut body) = rest_watch(
        &server,
        &format!("cursor={cursor}&kinds=EVENT_KIND_CONFIG_CHANGED"),
        &admin,
        None,
    )
    .await;
    let mut text = String::new();
    read_until(&mut body, &mut text, |t| t.contains('\n')).await;
    let line: Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    assert_eq!(line["result"]["sequence"], "3");

    // Server-Sent Events when asked for.
    let (head, mut body) = rest_watch(&server, "from_beginning=true", &admin, Some("text/event-stream")).await;
    assert_eq!(head.status, 200);
    assert_eq!(head.headers[header::CONTENT_TYPE], "text/event-stream");
    let mut text = String::new();
    read_until(&mut body, &mut text, |t| t.matches("\n\n").count() >= 3).await;
    let data: Vec<Value> = text
        .split("\n\n")
        .filter_map(|event| event.strip_prefix("data: "))
        .map(|json| serde_json::from_str(json).unwrap())
        .collect();
    let seqs: Vec<&str> = data.iter().map(|e| e["sequence"].as_str().unwrap()).collect();
    assert_eq!(seqs, ["1", "2", "3"]);

    // Refusals before the stream starts are ordinary HTTP errors.
    let member = token("acme", "bob@acme.test", &[]);
    let (head, _) = rest_watch(&server, "from_beginning=true", &member, None).await;
    assert_eq!(head.status, 403);
    let (head, body) = rest_watch(&server, "cursor=garbage", &admin, None).await;
    assert_eq!(head.status, 400);
    let error: Value = serde_json::from_slice(&body.collect().await.unwrap().to_bytes()).unwrap();
    assert_eq!(error["code"], 3);

    // Shutdown ends the REST stream with a last error line.
    let (_, mut body) = rest_watch(&server, "", &admin, None).await;
    tokio::time::timeout(PATIENCE, server.stop())
        .await
        .expect("shutdown waited on the open REST watch")
        .unwrap();
    let mut text = String::new();
    read_until(&mut body, &mut text, |t| t.contains('\n')).await;
    let line: Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    assert_eq!(line["error"]["code"], 14, "{line}");
}

/// Every audited object's `after` is what a REST GET of that object returns
/// (and a change's `before` the GET before it), for every subject type a
/// client can read back.
async fn after_is_the_objects_rest_get(backend: Backend) {
    use common::rest::call;
    use http::Method;
    use serde_json::json;

    let server = TestServer::start(backend).await;
    let addr = server.addr;
    let admin = admin_token("acme");
    let send = |method: Method, path: String, body: Option<Value>| {
        let admin = admin.clone();
        async move {
            let reply = call(addr, method.clone(), &path, Some(&admin), body.as_ref()).await;
            assert!(reply.status.is_success(), "{method} {path}: {}", reply.json());
            reply.json()
        }
    };
    let get = |path: String| send(Method::GET, path, None);
    // The newest event of a subject.
    let last_event = |subject_type: &'static str| {
        let path =
            format!("/workflow-engine/api/v1/audit-events?newest_first=true&limit=1&subject_type={subject_type}");
        async move { get(path).await["events"][0].clone() }
    };

    let rule = |name: &str, duration: i32| {
        json!({"name": name, "requestor": {"type": "any"},
               "resource": {"type": "integration", "service": "aws"},
               "approval": [{"type": "p0", "options": {"duration": duration}}]})
    };
    send(
        Method::POST,
        "/o/acme/routing".into(),
        Some(json!({"workflow": {"rules": [rule("a", 3600)]}})),
    )
    .await;
    let event = last_event("routing_workflow").await;
    assert_eq!(event["after"], get("/o/acme/routing".into()).await, "{event}");

    send(Method::POST, "/o/acme/routing/name/b".into(), Some(rule("b", 60))).await;
    assert_eq!(
        last_event("routing_rule").await["after"],
        get("/o/acme/routing/name/b".into()).await
    );
    let before = get("/o/acme/routing/name/b".into()).await;
    send(Method::PUT, "/o/acme/routing/name/b".into(), Some(rule("b", 120))).await;
    let event = last_event("routing_rule").await;
    assert_eq!(event["before"], before);
    assert_eq!(event["after"], get("/o/acme/routing/name/b".into()).await);

    let flow = json!({"name": "db", "grantees": [{"type": "group", "id": "eng"}],
                      "integration_targets": [{"integration_id": "pg", "resource_type": "database"}],
                      "revoke_after_in_sec": 3600});
    let created = send(Method::POST, "/api/v1/access-flows".into(), Some(flow)).await;
    let path = format!("/api/v1/access-flows/{}", created["id"].as_str().unwrap());
    assert_eq!(last_event("access_flow").await["after"], get(path.clone()).await);
    send(Method::PATCH, path.clone(), Some(json!({"active": false}))).await;
    let event = last_event("access_flow").await;
    assert_eq!(event["before"], created);
    assert_eq!(event["after"], get(path).await);

    let before = get("/access-request-config".into()).await;
    send(
        Method::PUT,
        "/v3/access-request-config".into(),
        Some(json!({"autoApprovalEnabled": true})),
    )
    .await;
    let event = last_event("request_config").await;
    assert_eq!(event["before"], before);
    assert_eq!(event["after"], get("/access-request-config".into()).await);

    send(
        Method::PUT,
        "/directory/v1/users/dev@acme.test".into(),
        Some(json!({"displayName": "Dev"})),
    )
    .await;
    assert_eq!(
        last_event("user").await["after"],
        get("/directory/v1/users/dev@acme.test".into()).await
    );
    send(
        Method::PUT,
        "/directory/v1/groups/eng".into(),
        Some(json!({"displayName": "Engineering"})),
    )
    .await;
    assert_eq!(
        last_event("group").await["after"],
        get("/directory/v1/groups/eng".into()).await
    );
    send(
        Method::PUT,
        "/directory/v1/oncall/pagerduty/api".into(),
        Some(json!({"userIds": ["dev@acme.test"]})),
    )
    .await;
    assert_eq!(
        last_event("oncall_roster").await["after"],
        get("/directory/v1/oncall/pagerduty/api".into()).await
    );

    let request = json!({"resource": {"service": "aws", "resource_type": "role", "resource_id": "r"},
                         "requested_grant_type": "PERMANENT"});
    let filed = send(Method::POST, "/workflow-engine/api/v1/requests".into(), Some(request)).await;
    let path = format!("/workflow-engine/api/v1/requests/{}", filed["id"].as_str().unwrap());
    assert_eq!(last_event("access_request").await["after"], get(path).await);
}

on_both_backends!(
    after_is_the_objects_rest_get,
    a_watch_from_the_beginning_sees_every_event_in_order,
    a_watch_from_now_sees_only_later_events,
    filters_narrow_a_watch,
    reconnecting_with_the_last_cursor_loses_and_repeats_nothing,
    a_watch_resumes_across_a_server_restart,
    shutdown_ends_an_open_watch_promptly,
    watch_refuses_non_admins_and_bad_arguments,
    list_pages_both_ways_with_filters_and_limits,
    rest_streams_ndjson_and_server_sent_events,
);
