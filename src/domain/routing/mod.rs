//! P0-style routing rules: the typed model and the pure edits that turn one workflow version into the next.

pub mod edit;
pub mod model;

pub use model::*;
