//! Bad input and failures through a real server: undecodable and over-size
//! messages, a database that goes away and comes back, and shutdown while a
//! call is in flight.

use crate::common;

use std::{
    sync::Arc,
    time::{Duration, Instant},
};

use bytes::{Buf, BufMut};
use common::{Backend, TestDb, TestServer, admin_token, authed, proxy::Proxy};
use jitgate::{pb::v1 as pb, server::ServerOptions};
use tonic::{
    Code, Status,
    codec::{Codec, DecodeBuf, Decoder, EncodeBuf, Encoder},
};
use tonic_health::pb::{HealthCheckRequest, health_check_response::ServingStatus, health_client::HealthClient};

/// Sends raw bytes as a request message, whatever they are.
#[derive(Debug, Clone, Copy, Default)]
struct RawCodec;

impl Codec for RawCodec {
    type Encode = Vec<u8>;
    type Decode = Vec<u8>;
    type Encoder = RawCodec;
    type Decoder = RawCodec;
    fn encoder(&mut self) -> Self::Encoder {
        RawCodec
    }
    fn decoder(&mut self) -> Self::Decoder {
        RawCodec
    }
}

impl Encoder for RawCodec {
    type Item = Vec<u8>;
    type Error = Status;
    fn encode(&mut self, item: Vec<u8>, dst: &mut EncodeBuf<'_>) -> Result<(), Status> {
        dst.put_slice(&item);
        Ok(())
    }
}

impl Decoder for RawCodec {
    type Item = Vec<u8>;
    type Error = Status;
    fn decode(&mut self, src: &mut DecodeBuf<'_>) -> Result<Option<Vec<u8>>, Status> {
        Ok(Some(src.copy_to_bytes(src.remaining()).to_vec()))
    }
}

async fn raw_call(server: &TestServer, bytes: Vec<u8>) -> Status {
    let mut grpc = tonic::client::Grpc::new(server.channel().await);
    grpc.ready().await.unwrap();
    let path = http::uri::PathAndQuery::from_static("/jitgate.v1.RoutingService/SaveRoutingConfig");
    grpc.unary(authed(&admin_token("acme"), bytes), path, RawCodec)
        .await
        .unwrap_err()
}

#[tokio::test]
async fn malformed_protobuf_is_invalid_argument() {
    let server = TestServer::start(Backend::Sqlite).await;
    // Field 1 with wire type 7, which does not exist.
    let status = raw_call(&server, vec![0x0f, 0x01, 0x02]).await;
    assert_eq!(status.code(), Code::InvalidArgument, "{status:?}");
    assert!(status.message().contains("not a valid protobuf message"));
    // A truncated length-delimited field.
    let status = raw_call(&server, vec![0x0a, 0x40, b'a']).await;
    assert_eq!(status.code(), Code::InvalidArgument, "{status:?}");
}

#[tokio::test]
async fn an_over_size_message_is_resource_exhausted_and_the_server_keeps_serving() {
    let db = TestDb::new(Backend::Sqlite).await;
    let options = ServerOptions {
        max_message_bytes: 64 * 1024,
        ..Default::default()
    };
    let server = TestServer::with_store(Arc::new(db.store().await), options).await;
    let mut client = server.routing().await;
    let rules: Vec<pb::RoutingRule> = (0..20_000)
        .map(|i| pb::RoutingRule {
            name: format!("rule-{i}"),
            ..Default::default()
        })
        .collect();
    let status = client
        .save_routing_config(authed(
            &admin_token("acme"),
            pb::SaveRoutingConfigRequest {
                org_id: "acme".into(),
                current_version: None,
                workflow: Some(pb::Workflow {
                    rules,
                    ..Default::default()
                }),
            },
        ))
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::ResourceExhausted, "{status:?}");
    assert!(status.message().contains("65536"), "{}", status.message());
    client
        .get_routing_config(authed(&admin_token("acme"), pb::GetRoutingConfigRequest::default()))
        .await
        .unwrap();
}

async fn health(server: &TestServer) -> i32 {
    HealthClient::new(server.channel().await)
        .check(HealthCheckRequest { service: String::new() })
        .await
        .unwrap()
        .into_inner()
        .status
}

async fn eventually<F, Fut>(what: &str, timeout: Duration, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = Instant::now() + timeout;
    while Instant::now() < deadline {
        if check().await {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("timed out waiting for: {what}");
}

#[tokio::test]
async fn a_stopped_database_is_unavailable_and_the_server_recovers_when_it_returns() {
    let db = TestDb::new(Backend::Postgres).await;
    db.store().await; // migrate directly
    let authority = db.url.split('@').nth(1).unwrap().split('/').next().unwrap().to_string();
    let proxy = Proxy::start(authority.parse().expect("host:port of the test PostgreSQL")).await;
    let proxied_url = db.url.replacen(&authority, &proxy.addr.to_string(), 1);
    let store = jitgate::store::connect(&proxied_url).await.unwrap();
    let options = ServerOptions {
        health_interval: Duration::from_millis(100),
        ..Default::default()
    };
    let server = TestServer::with_store(Arc::new(store), options).await;
    let mut client = server.routing().await;
    let admin = admin_token("acme");
    let rule = pb::RoutingRule {
        name: "survives".into(),
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
    client
        .save_routing_config(authed(
            &admin,
            pb::SaveRoutingConfigRequest {
                org_id: "acme".into(),
                current_version: None,
                workflow: Some(pb::Workflow {
                    rules: vec![rule.clone()],
                    ..Default::default()
                }),
            },
        ))
        .await
        .unwrap();

    proxy.cut();
    let started = Instant::now();
    let status = client
        .get_routing_config(authed(&admin, pb::GetRoutingConfigRequest::default()))
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::Unavailable, "{status:?}");
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "fails fast, not after a long hang"
    );
    eventually("health NOT_SERVING", Duration::from_secs(10), || async {
        health(&server).await == ServingStatus::NotServing as i32
    })
    .await;

    proxy.restore().await;
    eventually("calls succeed again", Duration::from_secs(20), || {
        let mut client = client.clone();
        let admin = admin.clone();
        async move {
            client
                .get_routing_config(authed(&admin, pb::GetRoutingConfigRequest::default()))
                .await
                .is_ok()
        }
    })
    .await;
    let workflow = client
        .get_routing_config(authed(&admin, pb::GetRoutingConfigRequest::default()))
        .await
        .unwrap()
        .into_inner()
        .workflow
        .unwrap();
    assert_eq!(workflow.rules, vec![rule]);
    eventually("health SERVING", Duration::from_secs(10), || async {
        health(&server).await == ServingStatus::Serving as i32
    })
    .await;
}

#[tokio::test]
async fn shutdown_finishes_calls_in_flight() {
    use sea_orm::{ConnectionTrait, TransactionTrait};
    let mut server = TestServer::start(Backend::Postgres).await;
    // Hold a lock that makes the next read of the workflow table wait, so a
    // call is truly in flight when shutdown begins.
    let blocker = sea_orm::Database::connect(&server.db.as_ref().unwrap().url)
        .await
        .unwrap();
    let lock = blocker.begin().await.unwrap();
    lock.execute_unprepared("LOCK TABLE workflow_versions IN ACCESS EXCLUSIVE MODE")
        .await
        .unwrap();

    let mut client = server.routing().await;
    let in_flight = tokio::spawn(async move {
        client
            .get_routing_config(authed(&admin_token("acme"), pb::GetRoutingConfigRequest::default()))
            .await
    });
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(!in_flight.is_finished(), "the call waits on the lock");
    server.begin_stop();
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(!in_flight.is_finished(), "shutdown does not cut the call off");
    lock.commit().await.unwrap();

    let answer = in_flight.await.unwrap();
    assert!(answer.is_ok(), "the call in flight completes: {answer:?}");
    server.wait().await.expect("clean shutdown");
    let refused = tokio::net::TcpStream::connect(server.addr).await;
    assert!(refused.is_err(), "no longer accepting connections");
}
