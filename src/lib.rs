//! jitgate: decides and tracks just-in-time access.
//!
//! Data flows one way: transport ([`server`], with REST transcoded by
//! [`rest`] into the same gRPC calls) → authentication ([`auth`]) →
//! thin handlers ([`services`]) → pure rules ([`domain`]) → storage
//! ([`store`]); [`api`] encodes domain objects onto the wire types at the
//! edge. Errors are one type ([`error`]) projected onto gRPC statuses;
//! [`telemetry`] is what operators see of each call (access log, metrics).

pub mod api;
pub mod app;
pub mod auth;
pub mod cache;
pub mod clock;
pub mod config;
pub mod domain;
pub mod error;
pub mod middleware;
pub mod pb;
pub mod policy_cli;
pub mod policy_tests;
pub mod rest;
pub mod scheduler;
pub mod server;
pub mod services;
pub mod store;
pub mod telemetry;
