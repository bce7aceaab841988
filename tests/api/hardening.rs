//! Hostile input and a failing network, against a real server on both
//! databases (issue 10, decision 0020): NUL bytes, unbounded times and
//! lists, look-alike identities, echoed input, request ids, idle and
//! excess connections, bodies before tokens, cancelled writes, dropped
//! database connections, and migrations started together.

use crate::common;

use std::{process::Command, sync::Arc, time::Duration};

use common::{
    Backend, TestDb, TestServer, admin_token, authed,
    rest::{self, Version},
    token, violation_fields,
};
use http::{Method, StatusCode};
use jitgate::{
    pb::v1::{self as pb, access_request_service_client::AccessRequestServiceClient},
    server::ServerOptions,
};
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tonic::{Code, transport::Channel};

const ORG: &str = "acme";
type Client = AccessRequestServiceClient<Channel>;

/// A server whose routing config sends every request to a `p0` approval.
async fn start(backend: Backend) -> (TestServer, Client) {
    start_with(backend, ServerOptions::default()).await
}

async fn start_with(backend: Backend, options: ServerOptions) -> (TestServer, Client) {
    let db = TestDb::new(backend).await;
    let mut server = TestServer::with_store(Arc::new(db.store().await), options).await;
    server.db = Some(db);
    let rule = pb::RoutingRule {
        name: "anything".into(),
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
    server
        .routing()
        .await
        .save_routing_config(authed(
            &admin_token(ORG),
            pb::SaveRoutingConfigRequest {
                org_id: ORG.into(),
                workflow: Some(pb::Workflow {
                    rules: vec![rule],
                    ..Default::default()
                }),
                ..Default::default()
            },
        ))
        .await
        .expect("routing config");
    let client = AccessRequestServiceClient::new(server.channel().await);
    (server, client)
}

fn body() -> pb::AccessRequest {
    pb::AccessRequest {
        resource: Some(pb::RequestedResource {
            service: "aws".into(),
            resource_id: "prod".into(),
            ..Default::default()
        }),
        requested_grant_type: "FLOATING".into(),
        requested_floating_length: 1,
        ..Default::default()
    }
}

async fn file(c: &mut Client, who: &str, body: pb::AccessRequest) -> Result<pb::AccessRequest, tonic::Status> {
    c.create_access_request(authed(
        &token(ORG, who, &[]),
        pb::CreateAccessRequestRequest {
            access_request: Some(body),
        },
    ))
    .await
    .map(|r| r.into_inner().access_request.expect("access_request"))
}

async fn nul_bytes_are_refused_by_field_on_every_surface(backend: Backend) {
    let (server, mut c) = start(backend).await;
    let mut with_nul = body();
    with_nul.request_justification = "incident\0".into();
    let status = file(&mut c, "alice@acme.test", with_nul).await.unwrap_err();
    assert_eq!(status.code(), Code::InvalidArgument, "{status:?}");
    assert_eq!(violation_fields(&status), ["access_request.request_justification"]);

    let mut keyed = body();
    keyed.request_id = "key\0".into();
    let status = file(&mut c, "alice@acme.test", keyed).await.unwrap_err();
    assert_eq!(violation_fields(&status), ["access_request.request_id"]);

    let filed = file(&mut c, "alice@acme.test", body()).await.unwrap();
    let status = c
        .cancel_access_request(authed(
            &token(ORG, "alice@acme.test", &[]),
            pb::CancelAccessRequestRequest {
                id: filed.id.clone(),
                comment: "no\0longer".into(),
            },
        ))
        .await
        .unwrap_err();
    assert_eq!(violation_fields(&status), ["comment"]);
    let status = c
        .get_access_request(authed(
            &token(ORG, "alice@acme.test", &[]),
            pb::GetAccessRequestRequest { id: "x\0".into() },
        ))
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::InvalidArgument);

    // REST: JSON's \u0000, in the body and in a query filter.
    let alice = token(ORG, "alice@acme.test", &[]);
    let reply = rest::send(
        server.addr,
        Version::Http1,
        Method::POST,
        "/workflow-engine/api/v1/requests",
        Some(&alice),
        Some(&json!({"resource": {"service": "aws\u{0}"}, "requested_grant_type": "FLOATING", "requested_floating_length": 1})),
        &[],
    )
    .await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{:?}", reply.json());
    assert!(
        reply.json().to_string().contains("access_request.resource.service"),
        "{}",
        reply.json()
    );
    let reply = rest::send(
        server.addr,
        Version::Http1,
        Method::GET,
        "/api/v1/access-flows?name=a%00b",
        Some(&admin_token(ORG)),
        None,
        &[],
    )
    .await;
    assert_ne!(reply.status, StatusCode::INTERNAL_SERVER_ERROR);
    // Nothing was stored by the refusals.
    let mine = c
        .list_access_requests(authed(&alice, pb::ListAccessRequestsRequest::default()))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(mine.count, 1);
}

async fn times_and_lengths_are_bounded_and_named(backend: Backend) {
    let (_server, mut c) = start(backend).await;
    let mut long = body();
    long.requested_floating_length = 2_000_000_000;
    let status = file(&mut c, "alice@acme.test", long).await.unwrap_err();
    assert_eq!(status.code(), Code::InvalidArgument);
    assert_eq!(violation_fields(&status), ["access_request.requested_floating_length"]);
    assert!(status.message().contains("87600"), "{}", status.message());

    let mut far = body();
    far.requested_grant_type = "TIME_RESTRICTED".into();
    far.requested_floating_length = 0;
    far.requested_grant_end = Some(prost_types::Timestamp {
        seconds: 253_402_300_799,
        nanos: 0,
    });
    let status = file(&mut c, "alice@acme.test", far).await.unwrap_err();
    assert_eq!(violation_fields(&status), ["access_request.requested_grant_end"]);
    assert!(
        status.message().contains("2999-12-31T23:59:59Z"),
        "{}",
        status.message()
    );

    // A decision's floating length too.
    let filed = file(&mut c, "alice@acme.test", body()).await.unwrap();
    let status = c
        .decide_access_request(authed(
            &token(ORG, "bob@acme.test", &["APPROVER"]),
            pb::DecideAccessRequestRequest {
                id: filed.id,
                decision: pb::Decision::Approved as i32,
                floating_length: Some(i32::MAX),
                ..Default::default()
            },
        ))
        .await
        .unwrap_err();
    assert_eq!(violation_fields(&status), ["floating_length"]);
}

async fn repeated_filters_are_bounded(backend: Backend) {
    let (_server, mut c) = start(backend).await;
    let admin = admin_token(ORG);
    let states = vec![pb::RequestState::Active as i32; 33_000];
    let status = c
        .list_access_requests(authed(
            &admin,
            pb::ListAccessRequestsRequest {
                states,
                ..Default::default()
            },
        ))
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::InvalidArgument, "{status:?}");
    assert_eq!(violation_fields(&status), ["states"]);
    assert!(status.message().contains("at most 100"), "{}", status.message());
    // At the limit, duplicates and all, it answers.
    let states = vec![pb::RequestState::Active as i32; 100];
    c.list_access_requests(authed(
        &admin,
        pb::ListAccessRequestsRequest {
            states,
            ..Default::default()
        },
    ))
    .await
    .expect("100 values are allowed");
}

async fn a_look_alike_id_is_another_user(backend: Backend) {
    let (_server, mut c) = start(backend).await;
    file(&mut c, "karl@acme.test", body()).await.unwrap();
    let kelvin = token(ORG, "\u{212A}arl@acme.test", &[]);
    let mine = c
        .list_access_requests(authed(&kelvin, pb::ListAccessRequestsRequest::default()))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(mine.count, 0, "the Kelvin sign is not K: not karl's requests");
    let upper = token(ORG, "KARL@acme.test", &[]);
    let mine = c
        .list_access_requests(authed(&upper, pb::ListAccessRequestsRequest::default()))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(mine.count, 1, "ASCII case still folds");
}

async fn errors_quote_only_a_prefix_of_the_input(backend: Backend) {
    let (server, mut c) = start(backend).await;
    let mut big = body();
    big.resource
        .as_mut()
        .unwrap()
        .tags
        .insert("k".repeat(1_000_000), "v".into());
    // A default client accepts trailers up to its header-list limit: the
    // answer must be INVALID_ARGUMENT, not a transport error.
    let status = file(&mut c, "alice@acme.test", big).await.unwrap_err();
    assert_eq!(status.code(), Code::InvalidArgument, "{:?}", status.message().len());
    assert!(status.message().len() < 8 * 1024, "{}", status.message().len());

    let alice = token(ORG, "alice@acme.test", &[]);
    let key = "k".repeat(1_000_000);
    let reply = rest::send(
        server.addr,
        Version::Http1,
        Method::POST,
        "/workflow-engine/api/v1/requests",
        Some(&alice),
        Some(&json!({"resource": {"service": "aws", "tags": {key: "v"}}, "requested_grant_type": "FLOATING", "requested_floating_length": 1})),
        &[],
    )
    .await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert!(reply.body.len() < 16 * 1024, "{}", reply.body.len());
}

async fn unusable_request_ids_are_replaced(backend: Backend) {
    let (server, _c) = start(backend).await;
    let admin = admin_token(ORG);
    for sent in ["", &"r".repeat(129), "ünïcode", "has space"] {
        let reply = rest::send(
            server.addr,
            Version::Http1,
            Method::GET,
            "/api/v1/access-flows",
            Some(&admin),
            None,
            &[("x-request-id", sent)],
        )
        .await;
        assert_eq!(reply.status, StatusCode::OK, "{sent:?}");
        let id = reply.header("x-request-id").expect("every answer carries a request id");
        assert_ne!(id, sent);
        assert_eq!(id.len(), 36, "a generated UUID: {id}");
    }
    let kept = "r".repeat(128);
    let reply = rest::send(
        server.addr,
        Version::Http1,
        Method::GET,
        "/api/v1/access-flows",
        Some(&admin),
        None,
        &[("x-request-id", &kept)],
    )
    .await;
    assert_eq!(reply.header("x-request-id"), Some(kept.as_str()));
}

/// Calls whose client goes away mid-write never leave a connection in a
/// transaction: every later call succeeds.
async fn cancelled_writes_leave_no_dirty_connection(backend: Backend) {
    let (server, mut c) = start(backend).await;
    let mut cancelled = 0;
    for i in 0..200u64 {
        let mut client = c.clone();
        let mut request = body();
        request.request_id = format!("cancel-{i}");
        let call = tokio::spawn(async move { file(&mut client, "alice@acme.test", request).await });
        // Abort after a few hundred microseconds: some calls are in the
        // middle of their transaction.
        tokio::time::sleep(Duration::from_micros(100 + (i % 7) * 150)).await;
        call.abort();
        if call.await.is_err() {
            cancelled += 1;
        }
    }
    assert!(cancelled > 0, "some calls were cancelled");
    for i in 0..200u64 {
        // Retrying each key answers the request if it was filed, or files it.
        let mut request = body();
        request.request_id = format!("cancel-{i}");
        let filed = file(&mut c, "alice@acme.test", request).await;
        assert!(filed.is_ok(), "call {i} after the cancellations: {filed:?}");
    }
    let mine = c
        .list_access_requests(authed(
            &token(ORG, "alice@acme.test", &[]),
            pb::ListAccessRequestsRequest::default(),
        ))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(mine.count, 200, "one request per key, none lost, none twice");
    drop(server);
}

on_both_backends!(
    nul_bytes_are_refused_by_field_on_every_surface,
    times_and_lengths_are_bounded_and_named,
    repeated_filters_are_bounded,
    a_look_alike_id_is_another_user,
    errors_quote_only_a_prefix_of_the_input,
    unusable_request_ids_are_replaced,
    cancelled_writes_leave_no_dirty_connection,
);

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn idle_connections_are_closed_and_connections_are_capped() {
    let options = ServerOptions {
        idle_timeout: Duration::from_millis(500),
        max_connections: 2,
        ..Default::default()
    };
    let (server, _c) = start_with(Backend::Sqlite, options).await;
    // The client channel made by `start` holds one slot while it lives;
    // drop it so both slots are free.
    drop(_c);
    tokio::time::sleep(Duration::from_millis(800)).await;

    // A connection that never sends anything is closed after the timeout.
    let mut idle = tokio::net::TcpStream::connect(server.addr).await.unwrap();
    let mut buf = [0u8; 16];
    let closed = tokio::time::timeout(Duration::from_secs(5), idle.read(&mut buf)).await;
    assert!(
        matches!(closed, Ok(Ok(0)) | Ok(Err(_))),
        "an idle connection is closed: {closed:?}"
    );

    // Two connections are served at once; a third waits for a slot.
    let first = tokio::net::TcpStream::connect(server.addr).await.unwrap();
    let second = tokio::net::TcpStream::connect(server.addr).await.unwrap();
    tokio::time::sleep(Duration::from_millis(100)).await;
    let waiting = rest::send(
        server.addr,
        Version::Http1,
        Method::GET,
        "/openapi.json",
        None,
        None,
        &[],
    );
    let waited = tokio::time::timeout(Duration::from_millis(300), waiting).await;
    assert!(waited.is_err(), "a third connection is not served while two are open");
    drop((first, second));
    let reply = tokio::time::timeout(
        Duration::from_secs(5),
        rest::send(
            server.addr,
            Version::Http1,
            Method::GET,
            "/openapi.json",
            None,
            None,
            &[],
        ),
    )
    .await
    .expect("served once a slot is free");
    assert_eq!(reply.status, StatusCode::OK);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn rest_checks_the_token_and_the_declared_size_before_reading_the_body() {
    let options = ServerOptions {
        max_message_bytes: 1024,
        ..Default::default()
    };
    let (server, _c) = start_with(Backend::Sqlite, options).await;
    // Headers only: the body never comes. Both answers must arrive anyway.
    for (auth, length, expected) in [
        ("", "100", "401"),
        ("Authorization: Bearer not-a-token\r\n", "100", "401"),
        (
            &format!("Authorization: Bearer {}\r\n", admin_token(ORG)) as &str,
            "1000000",
            "413",
        ),
    ] {
        let mut conn = tokio::net::TcpStream::connect(server.addr).await.unwrap();
        let head = format!(
            "POST /api/v1/access-flows HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n{auth}Content-Length: {length}\r\n\r\n"
        );
        conn.write_all(head.as_bytes()).await.unwrap();
        let mut answer = vec![0u8; 512];
        let n = tokio::time::timeout(Duration::from_secs(5), conn.read(&mut answer))
            .await
            .expect("answered without the body")
            .unwrap();
        let text = String::from_utf8_lossy(&answer[..n]);
        assert!(text.starts_with(&format!("HTTP/1.1 {expected}")), "{text}");
    }
}

/// Connections PostgreSQL drops (a restart, a failover, an operator's
/// `pg_terminate_backend`) answer UNAVAILABLE, never INTERNAL, and the
/// server recovers.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn terminated_database_connections_are_unavailable_not_internal() {
    let (server, mut c) = start(Backend::Postgres).await;
    let url = server.db.as_ref().unwrap().url.clone();
    let name = url.rsplit('/').next().unwrap().split('?').next().unwrap().to_string();
    let admin = sea_orm::Database::connect(common::postgres_admin_url()).await.unwrap();
    let killer = tokio::spawn(async move {
        use sea_orm::ConnectionTrait;
        for _ in 0..20 {
            let _ = admin
                .execute_unprepared(&format!(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}' AND pid <> pg_backend_pid()"
                ))
                .await;
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    });
    let mut codes = Vec::new();
    for i in 0..100 {
        let mut request = body();
        request.request_id = format!("terminated-{i}");
        match file(&mut c, "alice@acme.test", request).await {
            Ok(_) => codes.push(Code::Ok),
            Err(status) => codes.push(status.code()),
        }
    }
    killer.await.unwrap();
    assert!(
        codes.iter().all(|code| matches!(code, Code::Ok | Code::Unavailable)),
        "{codes:?}"
    );
    // Afterwards everything works again.
    let mut recovered = false;
    for _ in 0..50 {
        if file(&mut c, "alice@acme.test", body()).await.is_ok() {
            recovered = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(recovered);
}

/// Three `migrate` processes on one fresh PostgreSQL database at once: all
/// succeed (one migrates, the others wait for its lock).
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn migrations_started_together_all_succeed() {
    let db = TestDb::new(Backend::Postgres).await;
    let children: Vec<_> = (0..3)
        .map(|_| {
            let url = db.url.clone();
            std::thread::spawn(move || {
                Command::new(common::jitgate_bin())
                    .args(["migrate", "--database-url", &url])
                    .output()
            })
        })
        .collect();
    for child in children {
        let out = child.join().unwrap().expect("migrate runs");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
}
