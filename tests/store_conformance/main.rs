//! One conformance suite for every [`Store`](jitgate::store::Store)
//! implementation, run against SQLite and PostgreSQL (the OpenFGA / SpiceDB
//! pattern): a backend is correct when it passes every check here.
//!
//! One module per storage area. Each check is an `async fn(Arc<dyn Store>)`
//! on a freshly migrated, empty database; `conformance!` runs each on both
//! backends as `<area>::sqlite::<check>` and `<area>::postgres::<check>`.

#[path = "../common/mod.rs"]
mod common;

mod access_flows;
mod access_requests;
mod directory;
mod events;
mod policy;
mod request_config;
mod routing;

use std::{future::Future, sync::Arc};

use common::{Backend, TestDb};
use jitgate::store::Store;

/// Runs `check` on a fresh, migrated database of `backend`.
pub async fn on_fresh_store<F, Fut>(backend: Backend, check: F)
where
    F: FnOnce(Arc<dyn Store>) -> Fut,
    Fut: Future<Output = ()>,
{
    let db = TestDb::new(backend).await;
    let store: Arc<dyn Store> = Arc::new(db.store().await);
    check(store).await;
}

/// Declares each named check as a test on SQLite and on PostgreSQL.
#[macro_export]
macro_rules! conformance {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
                async fn $name() {
                    $crate::on_fresh_store($crate::common::Backend::Sqlite, super::$name).await
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
                async fn $name() {
                    $crate::on_fresh_store($crate::common::Backend::Postgres, super::$name).await
                }
            )*
        }
    };
}
