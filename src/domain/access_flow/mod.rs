//! Apono-style access flows: the typed model, its validation from the wire
//! types, PATCH merging, and the encoding back onto the wire.

pub mod model;
pub mod patch;
pub mod validate;

pub use model::*;
