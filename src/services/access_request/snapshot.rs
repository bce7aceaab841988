//! Loads the [`Snapshot`](crate::domain::evaluation::Snapshot) an
//! evaluation reads, from the store.
