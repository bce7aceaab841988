//! The `jitgate` binary as operators run it: the CLI and the README's
//! examples (grpcurl, curl), kill -9 and restarts, and several replicas on
//! one PostgreSQL. One test binary for everything that spawns processes.

#[macro_use]
#[path = "../common/mod.rs"]
mod common;

mod cli;
mod faults;
mod replicas;
