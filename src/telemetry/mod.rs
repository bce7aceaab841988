//! What operators see of a running server: one access-log line and one
//! metrics sample per call, and the Prometheus registry.

pub mod access;
pub mod metrics;
pub mod otel;

pub use metrics::Metrics;
