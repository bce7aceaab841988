//! The services through a real server on a loopback port (gRPC, REST and
//! grpc-gateway parity, the OpenAPI document, hardening, stored documents)
//! and the evaluation decision table, each database-backed test on SQLite
//! and PostgreSQL. One test binary, so CI links the crate once for all of
//! them; each file below is one area.

#[macro_use]
#[path = "../common/mod.rs"]
mod common;
// The evaluation cases (tests/evaluation/*.yaml), shared by the pure
// evaluator's table and the server's.
#[path = "../evaluation/cases.rs"]
mod cases;
#[path = "../evaluation/random.rs"]
mod random;

mod access_flow_api;
mod access_request_api;
mod auth;
mod directory_api;
mod evaluate_api;
mod evaluation_cases;
mod events_api;
mod hardening;
mod hot_path;
mod openapi;
mod policy_api;
mod request_config_api;
mod rest_api;
mod rest_parity;
mod routing_api;
mod scheduler;
mod stored_documents;
