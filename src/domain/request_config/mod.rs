//! The org's access-request configuration (SailPoint's): the model with its
//! documented defaults, whole-object validation, and encoding.

pub mod model;
pub mod validate;

pub use model::*;
