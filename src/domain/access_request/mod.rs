//! Access requests once filed (docs/spec.md §6): the stored model, and the
//! pure lifecycle rules — who may decide, quorum, deny wins, windows that
//! decisions only shorten, activation, revocation, and the time-driven
//! transitions the scheduler applies.

pub mod check;
pub mod filing;
pub mod lifecycle;
pub mod model;
pub mod options;
pub mod schedule;
pub mod timed;

pub use model::*;
pub use options::LifecycleOptions;

#[cfg(test)]
mod tests;
