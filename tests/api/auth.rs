//! Authentication and tenancy through a real server: every token failure is
//! UNAUTHENTICATED with a clear message and the server keeps serving; RSA, EC
//! and JWKS keys verify; health and reflection need no token.

use crate::common;

use std::sync::Arc;

use base64::Engine as _;
use common::{AUDIENCE, ISSUER, TestDb, TestServer, admin_token, authed, claims};
use jitgate::{auth::jwt::TokenVerifier, pb::v1 as pb, server::ServerOptions};
use jsonwebtoken::{Algorithm, EncodingKey, Header, encode};
use tokio_stream::StreamExt;
use tonic::{Code, Request};
use tonic_types::StatusExt;

fn get_config() -> pb::GetRoutingConfigRequest {
    pb::GetRoutingConfigRequest { org_id: "acme".into() }
}

fn with_header(value: &str) -> Request<pb::GetRoutingConfigRequest> {
    let mut request = Request::new(get_config());
    request.metadata_mut().insert("authorization", value.parse().unwrap());
    request
}

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

#[tokio::test]
async fn every_bad_token_is_unauthenticated_and_the_server_keeps_serving() {
    let server = TestServer::start(common::Backend::Sqlite).await;
    let mut client = server.routing().await;

    let expired = {
        let mut c = claims("acme", "a@acme.test", &["ORG_ADMIN"]);
        c.exp = jsonwebtoken::get_current_timestamp() - 3600;
        jitgate::auth::dev::mint(common::SECRET, &c)
    };
    let wrong_audience = {
        let mut c = claims("acme", "a@acme.test", &["ORG_ADMIN"]);
        c.aud = "another-service".into();
        jitgate::auth::dev::mint(common::SECRET, &c)
    };
    let wrong_issuer = {
        let mut c = claims("acme", "a@acme.test", &["ORG_ADMIN"]);
        c.iss = "https://evil.example".into();
        jitgate::auth::dev::mint(common::SECRET, &c)
    };
    let forged = jitgate::auth::dev::mint(
        b"not the server's secret, 32 bytes",
        &claims("acme", "a@acme.test", &[]),
    );
    let unsigned = format!(
        "{}.{}.",
        b64(br#"{"alg":"none","typ":"JWT"}"#),
        b64(&serde_json::to_vec(&claims("acme", "a@acme.test", &["ORG_ADMIN"])).unwrap())
    );
    let no_exp = encode(
        &Header::new(Algorithm::HS256),
        &serde_json::json!({"sub": "a@acme.test", "org": "acme", "iss": ISSUER, "aud": AUDIENCE}),
        &EncodingKey::from_secret(common::SECRET),
    )
    .unwrap();

    let cases: Vec<(&str, Request<pb::GetRoutingConfigRequest>, &str)> = vec![
        ("missing", Request::new(get_config()), "missing authorization"),
        ("not bearer", with_header("Basic YWxpY2U6cGFzcw=="), "Bearer"),
        ("garbage", with_header("Bearer not-a-jwt"), "well-formed"),
        ("alg none", with_header(&format!("Bearer {unsigned}")), "none"),
        ("expired", with_header(&format!("Bearer {expired}")), "expired"),
        (
            "wrong audience",
            with_header(&format!("Bearer {wrong_audience}")),
            "aud",
        ),
        ("wrong issuer", with_header(&format!("Bearer {wrong_issuer}")), "iss"),
        ("forged", with_header(&format!("Bearer {forged}")), "signature"),
        ("no exp", with_header(&format!("Bearer {no_exp}")), "exp"),
    ];
    for (case, request, expected) in cases {
        let status = client.get_routing_config(request).await.unwrap_err();
        assert_eq!(status.code(), Code::Unauthenticated, "{case}: {status:?}");
        assert!(status.message().contains(expected), "{case}: {:?}", status.message());
        let details = status.get_error_details();
        assert!(
            !details.request_info().expect("RequestInfo").request_id.is_empty(),
            "{case}: every error names its request id"
        );
    }

    // Still serving.
    client
        .get_routing_config(authed(&admin_token("acme"), get_config()))
        .await
        .expect("a valid token works after all the bad ones");
}

#[tokio::test]
async fn a_token_for_another_org_is_permission_denied() {
    let server = TestServer::start(common::Backend::Sqlite).await;
    let status = server
        .routing()
        .await
        .get_routing_config(authed(&admin_token("globex"), get_config()))
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::PermissionDenied);
}

#[tokio::test]
async fn the_request_id_is_echoed_and_reported_in_errors() {
    let server = TestServer::start(common::Backend::Sqlite).await;
    let mut request = Request::new(get_config());
    request
        .metadata_mut()
        .insert("x-request-id", "trace-me-123".parse().unwrap());
    let status = server.routing().await.get_routing_config(request).await.unwrap_err();
    assert_eq!(
        status.get_error_details().request_info().unwrap().request_id,
        "trace-me-123"
    );
    assert_eq!(status.metadata().get("x-request-id").unwrap(), "trace-me-123");
}

async fn server_with_key_files() -> (TestServer, TestDb) {
    let db = TestDb::new(common::Backend::Sqlite).await;
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let keys = TokenVerifier::load_key_files(
        &[fixtures.join("rsa_public.pem"), fixtures.join("ec_public.pem")],
        &[fixtures.join("jwks.json")],
    )
    .unwrap();
    let verifier = Arc::new(TokenVerifier::new(keys, ISSUER, AUDIENCE));
    let server = TestServer::with_verifier(Arc::new(db.store().await), verifier, ServerOptions::default()).await;
    (server, db)
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name),
    )
    .unwrap()
}

#[tokio::test]
async fn rsa_and_ec_keys_verify_from_pem_and_jwks() {
    let (server, _db) = server_with_key_files().await;
    let mut client = server.routing().await;
    let c = claims("acme", "a@acme.test", &["ORG_ADMIN"]);
    let rsa = EncodingKey::from_rsa_pem(&fixture("rsa_private.pem")).unwrap();
    let ec = EncodingKey::from_ec_pem(&fixture("ec_private.pem")).unwrap();

    let with_kid = |alg, kid: Option<&str>| {
        let mut h = Header::new(alg);
        h.kid = kid.map(String::from);
        h
    };
    let tokens = [
        (
            "RS256 via PEM",
            encode(&with_kid(Algorithm::RS256, None), &c, &rsa).unwrap(),
        ),
        (
            "PS256 via PEM",
            encode(&with_kid(Algorithm::PS256, None), &c, &rsa).unwrap(),
        ),
        (
            "ES256 via PEM",
            encode(&with_kid(Algorithm::ES256, None), &c, &ec).unwrap(),
        ),
        (
            "ES256 via JWKS kid",
            encode(&with_kid(Algorithm::ES256, Some("ec-1")), &c, &ec).unwrap(),
        ),
        (
            "RS256 via JWKS kid",
            encode(&with_kid(Algorithm::RS256, Some("rsa-1")), &c, &rsa).unwrap(),
        ),
    ];
    for (case, token) in tokens {
        client
            .get_routing_config(authed(&token, get_config()))
            .await
            .unwrap_or_else(|s| panic!("{case}: {s:?}"));
    }

    // An HMAC token against public keys only: refused (no key confusion).
    let hmac = jitgate::auth::dev::mint(b"any secret at all, of 32 bytes..", &c);
    let status = client
        .get_routing_config(authed(&hmac, get_config()))
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::Unauthenticated);

    // A kid that names no key: refused.
    let unknown_kid = encode(&with_kid(Algorithm::ES256, Some("retired-key")), &c, &ec).unwrap();
    // Falls back to the PEM keys without kid, which hold the same EC key, so
    // it verifies; a different EC key with an unknown kid must not.
    client
        .get_routing_config(authed(&unknown_kid, get_config()))
        .await
        .unwrap();
    let other_ec = EncodingKey::from_ec_pem(
        b"-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgevZzL1gdAFr88hb2\nOF/2NxApJCzGCEDdfSp6VQO30hyhRANCAAQRWz+jn65BtOMvdyHKcvjBeBSDZH2r\n1RTwjmYSi9R/zpBnuQ4EiMnCqfMPWiZqB4QdbAd0E7oH50VpuZ1P087G\n-----END PRIVATE KEY-----\n",
    )
    .unwrap();
    let foreign = encode(&with_kid(Algorithm::ES256, Some("retired-key")), &c, &other_ec).unwrap();
    let status = client
        .get_routing_config(authed(&foreign, get_config()))
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::Unauthenticated);
}

#[tokio::test]
async fn health_is_open_and_reports_serving() {
    let server = TestServer::start(common::Backend::Sqlite).await;
    let mut health = tonic_health::pb::health_client::HealthClient::new(server.channel().await);
    for service in ["", "jitgate.v1.RoutingService", "jitgate.v1.AccessRequestService"] {
        let status = health
            .check(tonic_health::pb::HealthCheckRequest {
                service: service.into(),
            })
            .await
            .unwrap()
            .into_inner()
            .status;
        assert_eq!(
            status,
            tonic_health::pb::health_check_response::ServingStatus::Serving as i32
        );
    }
}

#[tokio::test]
async fn access_requests_require_a_token_like_every_service() {
    let server = TestServer::start(common::Backend::Sqlite).await;
    let mut requests = pb::access_request_service_client::AccessRequestServiceClient::new(server.channel().await);
    let status = requests
        .list_access_requests(pb::ListAccessRequestsRequest::default())
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::Unauthenticated);
    let page = requests
        .list_access_requests(authed(&admin_token("acme"), pb::ListAccessRequestsRequest::default()))
        .await
        .expect("a token is all it takes")
        .into_inner();
    assert_eq!(page.count, 0);
}

#[tokio::test]
async fn reflection_v1_is_open_and_serves_the_http_annotations() {
    use tonic_reflection::pb::v1::{
        ServerReflectionRequest, server_reflection_client::ServerReflectionClient,
        server_reflection_request::MessageRequest, server_reflection_response::MessageResponse,
    };
    let server = TestServer::start(common::Backend::Sqlite).await;
    let mut client = ServerReflectionClient::new(server.channel().await);
    let ask = |message| ServerReflectionRequest {
        host: String::new(),
        message_request: Some(message),
    };
    let requests = tokio_stream::iter(vec![
        ask(MessageRequest::ListServices(String::new())),
        ask(MessageRequest::FileContainingSymbol("jitgate.v1.RoutingService".into())),
    ]);
    let mut responses = client.server_reflection_info(requests).await.unwrap().into_inner();

    let Some(MessageResponse::ListServicesResponse(list)) = responses.next().await.unwrap().unwrap().message_response
    else {
        panic!("expected a service list")
    };
    let names: Vec<String> = list.service.into_iter().map(|s| s.name).collect();
    for expected in jitgate::server::SERVICE_NAMES {
        assert!(names.iter().any(|n| n == expected), "{expected} missing from {names:?}");
    }

    let Some(MessageResponse::FileDescriptorResponse(files)) =
        responses.next().await.unwrap().unwrap().message_response
    else {
        panic!("expected file descriptors")
    };
    // Decode the served bytes as grpcurl or a transcoder would (knowing the
    // google.api.http extension) and read GetRoutingConfig's binding.
    let pool = prost_reflect::DescriptorPool::decode(jitgate::pb::FILE_DESCRIPTOR_SET).unwrap();
    let http = pool.get_extension_by_name("google.api.http").unwrap();
    let file_type = pool.get_message_by_name("google.protobuf.FileDescriptorProto").unwrap();
    let routing_file = files
        .file_descriptor_proto
        .iter()
        .map(|bytes| prost_reflect::DynamicMessage::decode(file_type.clone(), bytes.as_slice()).unwrap())
        .find(|f| f.get_field_by_name("name").unwrap().as_str() == Some("jitgate/v1/routing.proto"))
        .expect("routing.proto is served");
    let services = routing_file.get_field_by_name("service").unwrap();
    let methods = services.as_list().unwrap()[0]
        .as_message()
        .unwrap()
        .get_field_by_name("method")
        .unwrap();
    let get_config = methods
        .as_list()
        .unwrap()
        .iter()
        .map(|m| m.as_message().unwrap().clone())
        .find(|m| m.get_field_by_name("name").unwrap().as_str() == Some("GetRoutingConfig"))
        .unwrap();
    let options = get_config.get_field_by_name("options").unwrap();
    let rule = options.as_message().unwrap().get_extension(&http);
    let rule = rule.as_message().unwrap();
    assert_eq!(
        rule.get_field_by_name("get").unwrap().as_str(),
        Some("/o/{org_id}/routing")
    );
    assert_eq!(
        rule.get_field_by_name("response_body").unwrap().as_str(),
        Some("workflow")
    );
}
