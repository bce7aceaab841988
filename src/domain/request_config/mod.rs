//! The org's access-request configuration (SailPoint's): the model with its
//! documented defaults (decoded and validated in `api::request_config::decode`).

pub mod model;

pub use model::*;
