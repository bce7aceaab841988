//! Apono-style access flows: the typed model (decoded, validated and
//! PATCH-merged at the wire boundary, `api::access_flow`).

pub mod model;

pub use model::*;
