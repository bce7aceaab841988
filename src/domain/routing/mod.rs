//! P0-style routing rules: the typed model, its validation from the wire
//! types, and the pure edits that turn one workflow version into the next.

pub mod edit;
pub mod model;
pub mod validate;

pub use model::*;
